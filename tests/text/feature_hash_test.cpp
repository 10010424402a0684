// Tests of feature hashing: finishing keys in a batch (finish_keys, four at a time with AVX2) gives exactly the
// keys that finishing them one by one (Key::done) gives, and hash_bytes's word loads give the byte-by-byte hash;
// the models' keys depend on both.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
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

// hash_bytes as first written: each 8-byte block and the tail assembled byte by byte, little-endian.
uint64_t hash_bytes_bytewise(std::string_view s, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ULL ^ (seed * kMul) ^ (static_cast<uint64_t>(s.size()) << 56);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v = 0;
    for (int k = 7; k >= 0; --k) v = (v << 8) | static_cast<unsigned char>(s[i + k]);
    h = (h ^ v) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  uint64_t v = 0;
  for (size_t k = s.size(); k > i; --k) v = (v << 8) | static_cast<unsigned char>(s[k - 1]);
  h = (h ^ v) * 0x100000001b3ULL;
  return fmix64(h);
}

TEST(FeatureHash, WordLoadsGiveTheHashOfByteByByteAssembly) {
  // Every length up to 40 (every tail length, several blocks), bytes of every value, several seeds, and strings
  // that start at every alignment inside a buffer.
  std::mt19937_64 rng(14);
  std::string buffer(64, '\0');
  for (char& c : buffer) c = static_cast<char>(rng());
  for (size_t start = 0; start < 8; ++start)
    for (size_t len = 0; start + len <= 48; ++len)
      for (uint64_t seed : {0u, 2u, 23u})
        ASSERT_EQ(hash_bytes(std::string_view(buffer).substr(start, len), seed),
                  hash_bytes_bytewise(std::string_view(buffer).substr(start, len), seed))
            << start << " " << len << " " << seed;
  for (std::string w : {"", "a", "the", "Ukraine's", "Mélanie", "\xff\x80\x01", "0000-00-00"})
    EXPECT_EQ(hash_bytes(w, 1), hash_bytes_bytewise(w, 1)) << w;
}

}  // namespace
}  // namespace vigil
