// Tests of bucket_insertion_order: a weight table filled in its order must get exactly the buckets that one global
// order (importance first, then key) gives, since the shipped model's parses depend on which features each bucket
// keeps and in which slot.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

#include "parse/bucket_order.h"

namespace vigil::parse {
namespace {

// The global order the tables used before: all features sorted by importance (largest first), then key.
std::vector<uint32_t> global_order(const std::vector<uint64_t>& keys, const std::vector<uint64_t>& imp) {
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return imp[a] != imp[b] ? imp[a] > imp[b] : keys[a] < keys[b]; });
  return order;
}

// The features of each bucket in the order `order` visits them.
std::vector<std::vector<uint32_t>> per_bucket(const std::vector<uint32_t>& order, const std::vector<uint64_t>& keys,
                                              uint64_t mask) {
  std::vector<std::vector<uint32_t>> b(mask + 1);
  for (uint32_t i : order) b[keys[i] & mask].push_back(i);
  return b;
}

TEST(ParseBucketOrder, EachBucketSeesItsFeaturesInTheGlobalOrder) {
  std::mt19937_64 rng(14);
  for (uint64_t mask : {0ULL, 7ULL, 255ULL}) {
    std::vector<uint64_t> keys(3000);
    for (uint64_t& k : keys) k = rng();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<uint64_t> imp(keys.size());
    for (uint64_t& v : imp) v = rng() % 20;  // many ties, so the key order inside a bucket matters
    auto order = bucket_insertion_order(
        keys.size(), mask + 1, [&](size_t i) { return keys[i] & mask; }, [&](size_t i) { return imp[i]; });
    ASSERT_EQ(order.size(), keys.size());
    // A permutation, grouped by bucket in increasing bucket order.
    std::vector<uint32_t> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < sorted.size(); ++i) ASSERT_EQ(sorted[i], i);
    for (size_t j = 1; j < order.size(); ++j) ASSERT_LE(keys[order[j - 1]] & mask, keys[order[j]] & mask);
    EXPECT_EQ(per_bucket(order, keys, mask), per_bucket(global_order(keys, imp), keys, mask)) << mask;
  }
}

TEST(ParseBucketOrder, AnEmptyTableHasNoOrder) {
  auto order = bucket_insertion_order(0, 4, [](size_t) { return 0; }, [](size_t) { return 0; });
  EXPECT_TRUE(order.empty());
}

}  // namespace
}  // namespace vigil::parse
