// The tagger's and labelers' runtime weight table (WeightTable): a set of keys scores the sum of what each key
// scores alone, for sparse rows of every length (summed a few entries at a time) and dense ones.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "parse/linear.h"

namespace vigil::parse {
namespace {

constexpr int kClasses = 60;  // rows of up to ten entries stay sparse (max(4, 60 / 6)), longer ones are dense

std::vector<int32_t> score(const WeightTable& t, const std::vector<uint64_t>& keys) {
  std::vector<int32_t> s(kClasses, 0);
  t.score(keys.data(), keys.size(), s.data());
  return s;
}

TEST(ParseWeightTable, KeysTogetherScoreTheSumOfEachAloneForRowsOfEveryLength) {
  Perceptron p(kClasses);
  std::vector<uint64_t> keys;
  // Key k (1..14) is moved towards k classes and away from one: a row of k + 1 entries.
  for (int k = 1; k <= 14; ++k) {
    const uint64_t key = 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(k);
    keys.push_back(key);
    for (int c = 0; c < k; ++c) {
      p.update(&key, 1, (c * 7 + k) % kClasses, (k * 13 + 5) % kClasses == (c * 7 + k) % kClasses ? 59 : (k * 13 + 5) % kClasses);
      p.tick();
    }
  }
  WeightTable t = p.average();
  ASSERT_EQ(t.features(), keys.size());
  std::vector<int32_t> sum(kClasses, 0);
  for (uint64_t key : keys) {
    std::vector<int32_t> alone = score(t, {key});
    int nonzero = 0;
    for (int c = 0; c < kClasses; ++c) {
      sum[c] += alone[c];
      nonzero += alone[c] != 0;
    }
    EXPECT_GE(nonzero, 2) << key;  // a class up and a class down at least
  }
  EXPECT_EQ(score(t, keys), sum);
  // The same keys twice: twice the sum; unknown keys add nothing.
  std::vector<uint64_t> twice = keys;
  twice.insert(twice.end(), keys.begin(), keys.end());
  twice.push_back(0x1234567);
  std::vector<int32_t> doubled(kClasses);
  for (int c = 0; c < kClasses; ++c) doubled[c] = 2 * sum[c];
  EXPECT_EQ(score(t, twice), doubled);
}

}  // namespace
}  // namespace vigil::parse
