// Tests of the parser's runtime weight table (TransitionTable): what a key scores, how a key is recognised (its
// bucket and the low 16 bits of its hash), which keys a full bucket drops, and that a written table reads back the
// same. The shipped model's parses depend on these rules exactly, so the table's in-memory layout may change but
// they may not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "parse/linear.h"

namespace vigil::parse {
namespace {

// An averaged perceptron's output for `keys` (sorted), each with the four transition weights of `weights`.
Perceptron::Averaged averaged(std::vector<uint64_t> keys, std::vector<std::vector<float>> weights) {
  Perceptron::Averaged avg;
  avg.keys = std::move(keys);
  for (const auto& w : weights) avg.weights.insert(avg.weights.end(), w.begin(), w.end());
  return avg;
}

std::vector<float> score(const TransitionTable& t, std::vector<uint64_t> keys) {
  std::vector<float> s(4, -1.0f);
  t.score(keys.data(), keys.size(), s.data());
  return s;
}

TEST(ParseTransitionTable, ScoresAreSumsOfWeightsRelativeToTheFirstClass) {
  // Relative weights (class c minus class 0); the largest, 4, is stored as 32767.
  TransitionTable t(averaged({0x1000, 0x2002, 0x3004}, {{1, 2, 3, 5}, {0, -1, 0, 0}, {2, 2, 2, 2}}));
  EXPECT_EQ(t.features(), 2u);  // the third key weighs nothing relative to class 0: not stored
  EXPECT_EQ(t.dropped(), 0u);
  const double scale = 32767.0 / 4.0;
  auto q = [&](double v) { return static_cast<float>(std::lround(v * scale)); };
  EXPECT_EQ(score(t, {0x1000}), (std::vector<float>{0, q(1), q(2), q(4)}));
  EXPECT_EQ(score(t, {0x2002}), (std::vector<float>{0, q(-1), 0, 0}));
  // Several keys add up; unknown keys add nothing.
  EXPECT_EQ(score(t, {0x1000, 0x4008, 0x2002, 0x1000}), (std::vector<float>{0, q(1) + q(-1) + q(1), 2 * q(2), 2 * q(4)}));
  EXPECT_EQ(score(t, {0x4008, 0x3004}), (std::vector<float>{0, 0, 0, 0}));
  EXPECT_EQ(score(t, {}), (std::vector<float>{0, 0, 0, 0}));
}

TEST(ParseTransitionTable, AKeyIsKnownByItsBucketAndTheLow16BitsOfItsHash) {
  // Two keys: one bucket. Bits 16 and up choose the bucket; the check is the low 16 bits with bit 0 set.
  TransitionTable t(averaged({0x1000, 0x2000}, {{0, 1, 0, 0}, {0, 0, 1, 0}}));
  const std::vector<float> first{0, 32767, 0, 0};
  EXPECT_EQ(score(t, {0x1000}), first);
  EXPECT_EQ(score(t, {0x1001}), first);              // the same check
  EXPECT_EQ(score(t, {0xabcd00001000ULL}), first);  // higher bits only pick the (one) bucket
  EXPECT_EQ(score(t, {0x1002}), (std::vector<float>{0, 0, 0, 0}));
  EXPECT_EQ(score(t, {0x2001}), (std::vector<float>{0, 0, 32767, 0}));
}

TEST(ParseTransitionTable, AFullBucketDropsItsWeakestKeys) {
  // Nine keys in one bucket of eight slots (bit 16 is 0 in all of them): the weakest is left out. Of two keys with
  // the same check, the stronger stays.
  std::vector<uint64_t> keys;
  std::vector<std::vector<float>> weights;
  for (uint64_t k = 1; k <= 9; ++k) {
    keys.push_back(k << 4);
    weights.push_back({0, k == 5 ? 0.5f : static_cast<float>(k), 0, 0});
  }
  TransitionTable t(averaged(keys, weights));
  EXPECT_EQ(t.features(), 8u);
  EXPECT_EQ(t.dropped(), 1u);
  EXPECT_EQ(score(t, {5 << 4}), (std::vector<float>{0, 0, 0, 0}));
  for (uint64_t k : {1, 4, 6, 9}) EXPECT_GT(score(t, {k << 4})[1], 0) << k;

  TransitionTable same_check(averaged({0x10, 0x11}, {{0, 3, 0, 0}, {0, 0, 0, 6}}));
  EXPECT_EQ(same_check.features(), 1u);
  EXPECT_EQ(same_check.dropped(), 1u);
  EXPECT_EQ(score(same_check, {0x10}), (std::vector<float>{0, 0, 0, 32767}));
}

// The keys in ascending order, each with its weights, as the table's builder takes them.
std::pair<std::vector<uint64_t>, std::vector<std::vector<float>>> sorted_by_key(
    const std::vector<uint64_t>& keys, const std::vector<std::vector<float>>& weights) {
  std::vector<size_t> order(keys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  std::pair<std::vector<uint64_t>, std::vector<std::vector<float>>> out;
  for (size_t i : order) {
    out.first.push_back(keys[i]);
    out.second.push_back(weights[i]);
  }
  return out;
}

TEST(ParseTransitionTable, WrittenTablesReadBackTheSame) {
  std::vector<uint64_t> keys;
  std::vector<std::vector<float>> weights;
  for (uint64_t k = 0; k < 200; ++k) {
    keys.push_back(k * 0x9e3779b97f4a7c15ULL >> 1 | k);  // spread over buckets
    weights.push_back({0, static_cast<float>(k % 7) - 3, static_cast<float>(k % 5), -static_cast<float>(k % 3)});
  }
  auto [sorted_keys, sorted_weights] = sorted_by_key(keys, weights);
  TransitionTable t(averaged(sorted_keys, sorted_weights));
  BinWriter out;
  t.write(out);
  BinReader in(out.buffer(), "table");
  TransitionTable back = TransitionTable::read(in);
  EXPECT_EQ(back.features(), t.features());
  EXPECT_EQ(back.dropped(), t.dropped());
  EXPECT_EQ(score(back, sorted_keys), score(t, sorted_keys));
  for (size_t i = 0; i < sorted_keys.size(); i += 17)
    EXPECT_EQ(score(back, {sorted_keys[i]}), score(t, {sorted_keys[i]})) << i;
}

TEST(ParseTransitionTable, KeysTogetherScoreTheSumOfEachAloneForEveryCount) {
  // The scorer takes keys two at a time (with AVX2) and an odd one alone: every count, odd or even, known keys and
  // unknown ones mixed, and repeated keys, must sum to what the keys score one by one.
  std::vector<uint64_t> keys;
  std::vector<std::vector<float>> weights;
  for (uint64_t k = 1; k <= 64; ++k) {
    keys.push_back(k * 0x9e3779b97f4a7c15ULL);
    weights.push_back({0, static_cast<float>(k % 7) - 3, static_cast<float>(k % 5), -static_cast<float>(k % 11)});
  }
  auto [sorted_keys, sorted_weights] = sorted_by_key(keys, weights);
  TransitionTable t(averaged(sorted_keys, sorted_weights));
  std::vector<uint64_t> asked;
  for (size_t k = 0; k < 41; ++k)  // known keys, an unknown one every third, a repeat every fifth
    asked.push_back(k % 3 == 2 ? keys[k] ^ 0x5a5a : keys[k % 5 == 4 ? k - 1 : k]);
  for (size_t count = 0; count <= asked.size(); ++count) {
    std::vector<uint64_t> some(asked.begin(), asked.begin() + count);
    std::vector<float> each(4, 0.0f);
    for (uint64_t k : some) {
      std::vector<float> one = score(t, {k});
      for (int c = 0; c < 4; ++c) each[c] += one[c];
    }
    EXPECT_EQ(score(t, some), each) << count;
  }
}

}  // namespace
}  // namespace vigil::parse
