// Feature hashing for the learned models (tagger, parser, labeler, sentence boundaries): 64-bit keys built from
// small integers and word hashes without allocation. The same inputs always give the same keys on every platform.
#pragma once

#include <bit>
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

// Bytes s[0..n) (n <= 8) as a little-endian number: s[0] is the lowest byte. On little-endian machines by loads
// of 8, 4, 2 or 1 bytes (the two loads of a size may overlap: an overlapping byte lands in the same place twice),
// never past the end.
inline uint64_t load_le(const char* s, size_t n) {
  if constexpr (std::endian::native != std::endian::little) {
    uint64_t v = 0;
    for (size_t k = n; k > 0; --k) v = (v << 8) | static_cast<unsigned char>(s[k - 1]);
    return v;
  }
  auto load = [&](size_t at, auto word) {
    decltype(word) v;
    std::memcpy(&v, s + at, sizeof v);
    return static_cast<uint64_t>(v);
  };
  if (n >= 8) return load(0, uint64_t{});
  if (n >= 4) return load(0, uint32_t{}) | load(n - 4, uint32_t{}) << (8 * (n - 4));
  if (n >= 2) return load(0, uint16_t{}) | load(n - 2, uint16_t{}) << (8 * (n - 2));
  return n ? static_cast<unsigned char>(s[0]) : 0;
}

// 64-bit hash of a byte string (FNV-1a over 8-byte little-endian blocks, then mixed). Stable across platforms.
inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ (seed * kMul) ^ (static_cast<uint64_t>(s.size()) << 56);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    h = (h ^ load_le(s.data() + i, 8)) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  h = (h ^ load_le(s.data() + i, s.size() - i)) * 0x100000001b3ULL;
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
