#include "text/feature_hash.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace vigil {
namespace {

using FinishKeysFn = void (*)(uint64_t*, size_t);

void finish_keys_base(uint64_t* keys, size_t n) {
  for (size_t i = 0; i < n; ++i) keys[i] = fmix64(keys[i]);
}

#if defined(__x86_64__)
// Four 64-bit lanes times a 64-bit constant, modulo 2^64: low x low, plus the two cross products shifted up (the
// high x high product lies wholly above bit 63).
__attribute__((target("avx2"), always_inline)) inline __m256i times(__m256i x, uint64_t c) {
  const __m256i lo = _mm256_set1_epi64x(static_cast<long long>(c & 0xffffffffULL));
  const __m256i hi = _mm256_set1_epi64x(static_cast<long long>(c >> 32));
  const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(x, 32), lo), _mm256_mul_epu32(x, hi));
  return _mm256_add_epi64(_mm256_mul_epu32(x, lo), _mm256_slli_epi64(cross, 32));
}

__attribute__((target("avx2"), always_inline)) inline __m256i xor_shift_33(__m256i h) {
  return _mm256_xor_si256(h, _mm256_srli_epi64(h, 33));
}

// fmix64 (feature_hash.h) on four keys at a time.
__attribute__((target("avx2"))) void finish_keys_avx2(uint64_t* keys, size_t n) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(keys + i));
    h = xor_shift_33(h);
    h = times(h, 0xff51afd7ed558ccdULL);
    h = xor_shift_33(h);
    h = times(h, 0xc4ceb9fe1a85ec53ULL);
    h = xor_shift_33(h);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(keys + i), h);
  }
  finish_keys_base(keys + i, n - i);
}

FinishKeysFn pick_finish_keys() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? finish_keys_avx2 : finish_keys_base;
}
#else
FinishKeysFn pick_finish_keys() { return finish_keys_base; }
#endif

}  // namespace

void finish_keys(uint64_t* keys, size_t n) {
  static const FinishKeysFn impl = pick_finish_keys();  // set on first use: static initialisers may hash keys too
  impl(keys, n);
}

}  // namespace vigil
