// Tests of feature key hashing: finishing keys in a batch (finish_keys, four at a time with AVX2) gives exactly the
// keys that finishing them one by one (Key::done) gives, for every batch length; the models' keys depend on it.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "text/feature_hash.h"

namespace vigil {
namespace {

TEST(FeatureHash, FinishingABatchGivesTheKeysOfDone) {
  for (size_t n = 0; n <= 13; ++n) {
    std::vector<uint64_t> batch, one_by_one;
    for (size_t i = 0; i < n; ++i) {
      // Values with high, low and sign bits set, and small ones, as templates and word hashes give.
      Key key(static_cast<uint32_t>(100 + i));
      key(i * 0x9e3779b97f4a7c15ULL)(i % 3 == 0 ? ~uint64_t{0} : i);
      batch.push_back(key.unfinished());
      one_by_one.push_back(key.done());
    }
    finish_keys(batch.data(), batch.size());
    EXPECT_EQ(batch, one_by_one) << n;
  }
  // fmix64's known values: zero stays zero, and the mixing reaches every bit.
  uint64_t keys[5] = {0, 1, 0xffffffffffffffffULL, 0x8000000000000000ULL, 0x00000000ffffffffULL};
  uint64_t expected[5];
  for (int i = 0; i < 5; ++i) expected[i] = fmix64(keys[i]);
  finish_keys(keys, 5);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(keys[i], expected[i]) << i;
  EXPECT_EQ(keys[0], 0u);
}

}  // namespace
}  // namespace vigil
