// Feature hashing for the learned models (tagger, parser, labeler, sentence boundaries): 64-bit keys built from
// small integers and word hashes without allocation. The same inputs always give the same keys on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vigil {

inline constexpr uint64_t kMul = 0x9e3779b97f4a7c15ULL;

// Finalizer of MurmurHash3 (a bijection that spreads every input bit over the whole word).
inline uint64_t fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// 64-bit hash of a byte string (FNV-1a over 8-byte blocks, then mixed). Stable across platforms (little-endian
// loads are assembled by hand).
inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {
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

// Builds a feature key: template id, then any number of values.
class Key {
 public:
  explicit Key(uint32_t template_id) : h_((template_id + 1) * 0xd6e8feb86659fd93ULL) {}
  Key& operator()(uint64_t v) {
    h_ = (h_ ^ v) * kMul;
    h_ ^= h_ >> 31;
    return *this;
  }
  uint64_t done() const { return fmix64(h_); }
  // The key before its final mixing: finish_keys turns a batch of these into what done() gives, several at once.
  uint64_t unfinished() const { return h_; }

 private:
  uint64_t h_;
};

// keys[i] = fmix64(keys[i]) for i < n: Key::unfinished() values become Key::done() ones. With AVX2, four at a time
// (the multiplications built from 32-bit products): the same values in fewer instructions.
void finish_keys(uint64_t* keys, size_t n);

}  // namespace vigil
