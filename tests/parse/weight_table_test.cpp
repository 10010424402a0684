// The tagger's and labelers' runtime weight table (WeightTable): a set of keys scores the sum of what each key
// scores alone, for sparse rows of every length (summed a few entries at a time) and dense ones, and for any count of
// keys (the buckets are found four keys at a time with AVX2); a key is known by its bucket and its upper 32 bits,
// even when those are 0, as an empty slot's are.
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

TEST(ParseWeightTable, EveryCountOfKeysScoresTheSumOfEachAlone) {
  Perceptron p(kClasses);
  std::vector<uint64_t> keys;
  for (uint64_t k = 1; k <= 23; ++k) {
    const uint64_t key = 0x9e3779b97f4a7c15ULL * k;
    keys.push_back(key);
    p.update(&key, 1, static_cast<int>(k % kClasses), static_cast<int>((k * 7 + 3) % kClasses));
    p.tick();
  }
  WeightTable t = p.average();
  std::vector<uint64_t> asked;
  for (size_t k = 0; k < keys.size(); ++k)  // known keys, an unknown one every third
    asked.push_back(k % 3 == 2 ? keys[k] ^ 0x5a5a00000000ULL : keys[k]);
  for (size_t count = 0; count <= asked.size(); ++count) {
    std::vector<uint64_t> some(asked.begin(), asked.begin() + count);
    std::vector<int32_t> each(kClasses, 0);
    for (uint64_t k : some) {
      std::vector<int32_t> one = score(t, {k});
      for (int c = 0; c < kClasses; ++c) each[c] += one[c];
    }
    EXPECT_EQ(score(t, some), each) << count;
  }
}

TEST(ParseWeightTable, AKeyWhoseUpperHalfIsZeroIsKnownAndAnUnknownOneScoresNothing) {
  // A key's check is its upper 32 bits; these keys' is 0, as an empty slot's is. Among 40 keys (eight buckets;
  // the low bits choose one), the known key is found in its bucket, and an unknown key of another bucket, with
  // the same upper half, finds only empty slots there.
  Perceptron p(kClasses);
  const uint64_t known = 0x12345678ULL;
  p.update(&known, 1, 5, 9);
  p.tick();
  for (uint64_t k = 1; k < 40; ++k) {
    const uint64_t key = 0x9e3779b97f4a7c15ULL * k;
    p.update(&key, 1, static_cast<int>(k % kClasses), static_cast<int>((k * 7 + 3) % kClasses));
    p.tick();
  }
  WeightTable t = p.average();
  ASSERT_EQ(t.features(), 40u);
  std::vector<int32_t> s = score(t, {known});
  EXPECT_GT(s[5], 0);
  EXPECT_LT(s[9], 0);
  EXPECT_EQ(score(t, {0x12345679ULL}), std::vector<int32_t>(kClasses, 0));
  EXPECT_EQ(score(t, {0x112345678ULL}), std::vector<int32_t>(kClasses, 0));  // the known key's bucket, check 1
}

}  // namespace
}  // namespace vigil::parse
