#include "parse/linear.h"

#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "parse/bucket_order.h"

namespace vigil::parse {

KeyIndex::KeyIndex() {
  slots_.assign(1024, 0);
  rows_.assign(1024, 0);
  mask_ = 1023;
}

int64_t KeyIndex::find(uint64_t key) const {
  if (key == 0) key = 1;
  for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
    uint64_t k = slots_[pos];
    if (k == key) return rows_[pos];
    if (k == 0) return -1;
  }
}

uint32_t KeyIndex::insert(uint64_t key) {
  if (key == 0) key = 1;
  for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
    uint64_t k = slots_[pos];
    if (k == key) return rows_[pos];
    if (k == 0) {
      slots_[pos] = key;
      uint32_t row = static_cast<uint32_t>(keys_in_order_.size());
      rows_[pos] = row;
      keys_in_order_.push_back(key);
      if (keys_in_order_.size() * 2 > slots_.size()) grow();
      return row;
    }
  }
}

void KeyIndex::grow() {
  std::vector<uint64_t> old_slots;
  std::vector<uint32_t> old_rows;
  old_slots.swap(slots_);
  old_rows.swap(rows_);
  slots_.assign(old_slots.size() * 2, 0);
  rows_.assign(old_slots.size() * 2, 0);
  mask_ = slots_.size() - 1;
  for (size_t i = 0; i < old_slots.size(); ++i) {
    if (!old_slots[i]) continue;
    uint64_t pos = old_slots[i] & mask_;
    while (slots_[pos]) pos = (pos + 1) & mask_;
    slots_[pos] = old_slots[i];
    rows_[pos] = old_rows[i];
  }
}

uint32_t Perceptron::add_row(uint64_t key) {
  size_t before = index_.size();
  uint32_t row = index_.insert(key);
  if (index_.size() != before) {
    w_.resize(w_.size() + classes_, 0.0f);
    u_.resize(u_.size() + classes_, 0.0);
    updates_.push_back(0);
  }
  return row;
}

void Perceptron::score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    int64_t row = index_.find(keys[i]);
    if (row < 0) continue;
    const float* w = w_.data() + row * classes_;
    for (int c = 0; c < classes_; ++c) scores[c] += w[c];
  }
}

int64_t Perceptron::row_to_update(uint64_t key) {
  if (frozen_) return index_.find(key);
  return add_row(key);
}

void Perceptron::update(const uint64_t* keys, size_t n, int gold, int pred) {
  if (gold == pred) return;
  double t = static_cast<double>(time_);
  for (size_t i = 0; i < n; ++i) {
    int64_t row = row_to_update(keys[i]);
    if (row < 0) continue;
    size_t base = static_cast<size_t>(row) * classes_;
    ++updates_[row];
    w_[base + gold] += 1.0f;
    u_[base + gold] += t;
    w_[base + pred] -= 1.0f;
    u_[base + pred] -= t;
  }
}

void Perceptron::add(const uint64_t* keys, size_t n, int cls, float delta) {
  double t = static_cast<double>(time_);
  for (size_t i = 0; i < n; ++i) {
    int64_t row = row_to_update(keys[i]);
    if (row < 0) continue;
    size_t at = static_cast<size_t>(row) * classes_ + cls;
    ++updates_[row];
    w_[at] += delta;
    u_[at] += t * delta;
  }
}

Perceptron::Averaged Perceptron::averaged(uint32_t min_updates) const {
  double t = static_cast<double>(time_);
  size_t rows = index_.size();
  std::vector<uint32_t> order;
  const std::vector<uint64_t>& keys = index_.keys();
  for (uint32_t r = 0; r < rows; ++r)
    if (updates_[r] >= min_updates) order.push_back(r);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  Averaged out;
  out.keys.reserve(order.size());
  out.weights.reserve(order.size() * classes_);
  for (uint32_t r : order) {
    out.keys.push_back(keys[r]);
    size_t base = static_cast<size_t>(r) * classes_;
    for (int c = 0; c < classes_; ++c) out.weights.push_back(static_cast<float>(w_[base + c] - u_[base + c] / t));
  }
  return out;
}

WeightTable Perceptron::average(uint32_t min_updates) const {
  Averaged avg = averaged(min_updates);
  float max_abs = 0.0f;
  for (float v : avg.weights) max_abs = std::max(max_abs, std::fabs(v));
  // Quantise to 24-bit integers (the scale does not matter for argmax).
  double scale = max_abs > 0 ? 8388000.0 / max_abs : 1.0;
  std::vector<uint64_t> out_keys;
  std::vector<uint32_t> data;
  for (size_t r = 0; r < avg.keys.size(); ++r) {
    size_t head = data.size();
    data.push_back(0);
    for (int c = 0; c < classes_; ++c) {
      long q = std::lround(avg.weights[r * classes_ + c] * scale);
      if (q == 0) continue;
      data.push_back((static_cast<uint32_t>(static_cast<int32_t>(q)) << 8) | static_cast<uint32_t>(c));
    }
    if (data.size() == head + 1) {
      data.pop_back();
      continue;
    }
    data[head] = static_cast<uint32_t>(data.size() - head - 1);
    out_keys.push_back(avg.keys[r]);
  }
  WeightTable table;
  table.build(classes_, std::move(out_keys), std::move(data));
  table.unit_ = 1.0 / scale;
  return table;
}

namespace {

// The slot of a bucket that a new key with `check` takes: the first empty one, or -1 when the bucket is full or
// already holds that check (two keys alike in their hash: the later, weaker one is dropped). check_of(j) and
// is_empty(j) read slot j of the bucket.
template <int Size, class Check, class CheckOf, class IsEmpty>
int claim_slot(Check check, CheckOf check_of, IsEmpty is_empty) {
  int free_slot = -1;
  for (int j = 0; j < Size; ++j) {
    if (is_empty(j)) {
      if (free_slot < 0) free_slot = j;
    } else if (check_of(j) == check) {
      return -1;
    }
  }
  return free_slot;
}

size_t bucket_count(size_t features, double per_bucket) {
  size_t buckets = 1;
  while (static_cast<double>(buckets) * per_bucket < static_cast<double>(features)) buckets <<= 1;
  return buckets;
}

}  // namespace

void WeightTable::build(int classes, std::vector<uint64_t> keys, std::vector<uint32_t> data) {
  classes_ = classes;
  keys_ = std::move(keys);
  rows_ = std::move(data);
  const size_t n = keys_.size();
  std::vector<uint32_t> start(n);
  size_t offset = 0;
  for (size_t i = 0; i < n; ++i) {
    if (offset >= rows_.size()) throw ModelError("weight table rows run past their data");
    start[i] = static_cast<uint32_t>(offset);
    offset += 1 + rows_[offset];
  }
  if (offset != rows_.size()) throw ModelError("weight table rows do not match their data");
  // Runtime data: an empty row at offset 0, then the rows. Rows with many entries (features seen everywhere, like
  // the bias or the previous tag) are stored dense, one weight per class, and added with vector instructions.
  std::vector<uint32_t> runtime{0};
  std::vector<uint32_t> runtime_offset(n);
  const uint32_t dense_above = static_cast<uint32_t>(std::max(4, classes_ / 6));
  for (size_t i = 0; i < n; ++i) {
    runtime_offset[i] = static_cast<uint32_t>(runtime.size());
    uint32_t len = rows_[start[i]];
    if (len > dense_above) {
      runtime.push_back(kDense | static_cast<uint32_t>(classes_));
      size_t at = runtime.size();
      // Zeros up to a multiple of eight: the AVX2 scorer reads whole vectors of eight weights.
      runtime.resize(at + (classes_ + 7) / 8 * 8, 0);
      for (uint32_t j = 1; j <= len; ++j) {
        int32_t e = static_cast<int32_t>(rows_[start[i] + j]);
        runtime[at + (e & 0xff)] = static_cast<uint32_t>(e >> 8);
      }
    } else {
      runtime.insert(runtime.end(), rows_.begin() + start[i], rows_.begin() + start[i] + 1 + len);
    }
  }
  data_ = PodArray<uint32_t>::from(runtime);
  size_t buckets = bucket_count(n, 5.0);
  slots_ = PodArray<Slot>(buckets * kBucket);
  slots_.fill(Slot{0, 0});
  bucket_mask_ = buckets - 1;
  auto bucket_of = [&](size_t i) { return keys_[i] & bucket_mask_; };
  auto order = bucket_insertion_order(n, buckets, bucket_of, [&](size_t i) {
    uint64_t best = 0;
    for (uint32_t j = 1; j <= rows_[start[i]]; ++j)
      best = std::max<uint64_t>(best, static_cast<uint64_t>(std::abs(static_cast<int32_t>(rows_[start[i] + j]) >> 8)));
    return best;
  });
  features_ = entries_ = dropped_ = 0;
  for (uint32_t i : order) {
    Slot* b = slots_.data() + (keys_[i] & bucket_mask_) * kBucket;
    uint32_t check = static_cast<uint32_t>(keys_[i] >> 32);
    int free_slot = claim_slot<kBucket>(
        check, [&](int j) { return b[j].check; }, [&](int j) { return b[j].offset == 0; });
    if (free_slot < 0) {
      ++dropped_;
      continue;
    }
    b[free_slot] = Slot{check, runtime_offset[i]};
    ++features_;
    entries_ += rows_[start[i]];
  }
}

namespace {

// The row offset stored for `key` in its bucket (0 when absent). `b` is the bucket's eight (check, offset) pairs.
__attribute__((always_inline)) inline uint32_t bucket_offset(const uint32_t* b, uint32_t check) {
#if defined(__SSE2__)
  const __m128i c = _mm_set1_epi32(static_cast<int>(check));
  __m128i v = _mm_setzero_si128();
  for (int k = 0; k < 4; ++k) {
    __m128i x = _mm_load_si128(reinterpret_cast<const __m128i*>(b) + k);
    __m128i eq = _mm_shuffle_epi32(_mm_cmpeq_epi32(x, c), _MM_SHUFFLE(2, 2, 0, 0));
    v = _mm_or_si128(v, _mm_and_si128(x, eq));
  }
  v = _mm_or_si128(v, _mm_srli_si128(v, 8));
  return static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(v, 4)));
#else
  uint32_t offset = 0;
  for (int j = 0; j < 8; ++j) offset |= b[2 * j] == check ? b[2 * j + 1] : 0;
  return offset;
#endif
}

// The row offset of each key (0 for unknown keys), prefetching the buckets and then the rows.
__attribute__((always_inline)) inline void find_rows(const uint32_t* slots, uint64_t bucket_mask, const uint32_t* data,
                                                     const uint64_t* keys, size_t n, uint32_t* rows) {
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(slots + (keys[i] & bucket_mask) * 16);
  for (size_t i = 0; i < n; ++i) {
    rows[i] = bucket_offset(slots + (keys[i] & bucket_mask) * 16, static_cast<uint32_t>(keys[i] >> 32));
    __builtin_prefetch(data + rows[i]);
  }
}

// Adds a sparse row's entries (weight << 8 | class) to the scores, four at a time: a row holds a dozen entries or
// so, and a loop step per entry cost as many instructions as the add itself. Integer sums: the same in any order.
__attribute__((always_inline)) inline void add_sparse_row(const uint32_t* e, uint32_t len, int32_t* __restrict out) {
  const uint32_t* end = e + len;
  for (; end - e >= 4; e += 4) {
    const int32_t a = static_cast<int32_t>(e[0]), b = static_cast<int32_t>(e[1]);
    const int32_t c = static_cast<int32_t>(e[2]), d = static_cast<int32_t>(e[3]);
    out[a & 0xff] += a >> 8;
    out[b & 0xff] += b >> 8;
    out[c & 0xff] += c >> 8;
    out[d & 0xff] += d >> 8;
  }
  for (; e < end; ++e) {
    const int32_t a = static_cast<int32_t>(*e);
    out[a & 0xff] += a >> 8;
  }
}

using WeightScoreFn = void (*)(const uint32_t*, uint64_t, const uint32_t*, int, const uint64_t*, size_t, int32_t*,
                               uint32_t);

void weight_score_base(const uint32_t* slots, uint64_t bucket_mask, const uint32_t* data, int classes,
                       const uint64_t* keys, size_t n, int32_t* __restrict out, uint32_t dense_flag) {
  uint32_t rows[WeightTable::kMaxKeys];
  find_rows(slots, bucket_mask, data, keys, n, rows);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t* row = data + rows[i];
    uint32_t len = row[0];
    if (len & dense_flag) {
      const int32_t* __restrict w = reinterpret_cast<const int32_t*>(row + 1);
      for (int c = 0; c < classes; ++c) out[c] += w[c];
      continue;
    }
    add_sparse_row(row + 1, len, out);
  }
}

#if defined(__x86_64__)
// bucket_offset with AVX2: the bucket in two halves, and the first slot whose check matches found from the compare
// mask (fewer steps than folding the eight slots together). Keys fill a bucket's slots in order and empty slots
// (check 0, offset 0) come last, so the first match is the one slot a key can have, or an empty one: offset 0.
__attribute__((target("avx2"), always_inline)) inline uint32_t bucket_offset_avx2(const uint32_t* b, uint32_t check) {
  const __m256i c = _mm256_set1_epi32(static_cast<int>(check));
  const __m256i x0 = _mm256_load_si256(reinterpret_cast<const __m256i*>(b));
  const __m256i x1 = _mm256_load_si256(reinterpret_cast<const __m256i*>(b) + 1);
  const unsigned lo = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(x0, c))));
  const unsigned hi = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(x1, c))));
  const unsigned checks = (lo | hi << 8) & 0x5555u;  // the even words are the checks, the odd ones offsets
  const uint32_t offset = b[(__builtin_ctz(checks | 0x10000u) & 15) + 1];
  return offset & (0u - static_cast<uint32_t>(checks != 0));
}

// find_rows with AVX2: the buckets' addresses four keys at a time (a bucket is 64 bytes), kept for the lookups.
__attribute__((target("avx2"), always_inline)) inline void find_rows_avx2(const uint32_t* slots, uint64_t bucket_mask,
                                                                          const uint32_t* data, const uint64_t* keys,
                                                                          size_t n, uint32_t* rows) {
  const uint32_t* bucket[WeightTable::kMaxKeys];
  const __m256i m = _mm256_set1_epi64x(static_cast<long long>(bucket_mask));
  const __m256i base = _mm256_set1_epi64x(static_cast<long long>(reinterpret_cast<uintptr_t>(slots)));
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const __m256i k = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(keys + i));
    const __m256i offset = _mm256_slli_epi64(_mm256_and_si256(k, m), 6);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(bucket + i), _mm256_add_epi64(base, offset));
    __builtin_prefetch(bucket[i]);
    __builtin_prefetch(bucket[i + 1]);
    __builtin_prefetch(bucket[i + 2]);
    __builtin_prefetch(bucket[i + 3]);
  }
  for (; i < n; ++i) {
    bucket[i] = slots + (keys[i] & bucket_mask) * 16;
    __builtin_prefetch(bucket[i]);
  }
  for (i = 0; i < n; ++i) {
    rows[i] = bucket_offset_avx2(bucket[i], static_cast<uint32_t>(keys[i] >> 32));
    __builtin_prefetch(data + rows[i]);
  }
}

// With AVX2, for at most 8 * NV classes: the dense rows (a weight for every tag or label) are summed in NV
// registers and added to the scores once at the end. Integer sums in another order: the same scores.
template <int NV>
__attribute__((target("avx2"))) void weight_score_avx2(const uint32_t* slots, uint64_t bucket_mask,
                                                        const uint32_t* data, int classes, const uint64_t* keys,
                                                        size_t n, int32_t* __restrict out, uint32_t dense_flag) {
  uint32_t rows[WeightTable::kMaxKeys];
  find_rows_avx2(slots, bucket_mask, data, keys, n, rows);
  __m256i acc[NV];
  for (int k = 0; k < NV; ++k) acc[k] = _mm256_setzero_si256();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t* row = data + rows[i];
    uint32_t len = row[0];
    if (len & dense_flag) {
      const __m256i* w = reinterpret_cast<const __m256i*>(row + 1);
      for (int k = 0; k < NV; ++k) acc[k] = _mm256_add_epi32(acc[k], _mm256_loadu_si256(w + k));
      continue;
    }
    add_sparse_row(row + 1, len, out);
  }
  // Whole vectors straight into the scores; the last, partly past `classes`, through a buffer.
  int k = 0;
  for (; k < NV && 8 * k + 8 <= classes; ++k) {
    __m256i* o = reinterpret_cast<__m256i*>(out + 8 * k);
    _mm256_storeu_si256(o, _mm256_add_epi32(_mm256_loadu_si256(o), acc[k]));
  }
  if (k < NV) {
    alignas(32) int32_t rest[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(rest), acc[k]);
    for (int c = 8 * k; c < classes; ++c) out[c] += rest[c - 8 * k];
  }
}

constexpr int kMaxVectors = 16;  // up to 128 classes (the tagger has about 100, the labelers about 50)

template <int... V>
constexpr std::array<WeightScoreFn, sizeof...(V)> avx2_scorers(std::integer_sequence<int, V...>) {
  return {weight_score_avx2<V + 1>...};
}

// The scorer for a table of `classes` classes.
WeightScoreFn pick_weight_score(int classes) {
  static const bool avx2 = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  static constexpr auto kAvx2 = avx2_scorers(std::make_integer_sequence<int, kMaxVectors>{});
  int vectors = (classes + 7) / 8;
  return avx2 && vectors >= 1 && vectors <= kMaxVectors ? kAvx2[vectors - 1] : weight_score_base;
}
#else
WeightScoreFn pick_weight_score(int) { return weight_score_base; }
#endif

}  // namespace

void WeightTable::score(const uint64_t* keys, size_t n, int32_t* scores) const {
  if (slots_.empty()) return;
  pick_weight_score(classes_)(reinterpret_cast<const uint32_t*>(slots_.data()), bucket_mask_, data_.data(), classes_,
                              keys, n, scores, kDense);
}

void WeightTable::write(BinWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(classes_));
  out.put<double>(unit_);
  out.vec(keys_);
  out.vec(rows_);
}

WeightTable WeightTable::read(BinReader& in) {
  WeightTable t;
  uint32_t classes = in.get<uint32_t>();
  double unit = in.get<double>();
  if (!(unit > 0) || !(unit < 1e30)) in.fail("corrupt (bad weight unit)");
  std::vector<uint64_t> keys = in.vec<uint64_t>();
  if ((classes == 0 && !keys.empty()) || classes > 256) in.fail("corrupt (bad class count in a weight table)");
  std::vector<uint32_t> data = in.vec<uint32_t>();
  for (size_t i = 1; i < keys.size(); ++i)
    if (keys[i] <= keys[i - 1]) in.fail("corrupt (weight table keys out of order)");
  // Every row: a length, then entries whose class is in range.
  size_t offset = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (offset >= data.size() || data[offset] > data.size() - offset - 1) in.fail("corrupt (weight table rows)");
    for (uint32_t j = 1; j <= data[offset]; ++j)
      if ((data[offset + j] & 0xff) >= classes) in.fail("corrupt (class out of range in a weight table)");
    offset += 1 + data[offset];
  }
  if (offset != data.size()) in.fail("corrupt (weight table rows)");
  t.build(static_cast<int>(classes), std::move(keys), std::move(data));
  t.unit_ = unit;
  return t;
}

TransitionTable::TransitionTable(const Perceptron::Averaged& avg) {
  const size_t n = avg.keys.size();
  float max_abs = 0.0f;
  std::vector<float> rel(n * 3);
  for (size_t i = 0; i < n; ++i)
    for (int c = 1; c < kClasses; ++c) {
      float v = avg.weights[i * kClasses + c] - avg.weights[i * kClasses];
      rel[i * 3 + c - 1] = v;
      max_abs = std::max(max_abs, std::fabs(v));
    }
  double scale = max_abs > 0 ? 32767.0 / max_abs : 1.0;
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights;
  for (size_t i = 0; i < n; ++i) {
    int16_t q[3];
    bool any = false;
    for (int c = 0; c < 3; ++c) {
      long v = std::lround(rel[i * 3 + c] * scale);
      q[c] = static_cast<int16_t>(std::clamp(v, -32767L, 32767L));
      any |= q[c] != 0;
    }
    if (!any) continue;
    keys.push_back(avg.keys[i]);
    weights.insert(weights.end(), q, q + 3);
  }
  build(std::move(keys), std::move(weights));
}

void TransitionTable::build(std::vector<uint64_t> keys, std::vector<int16_t> weights) {
  keys_ = std::move(keys);
  weights_ = std::move(weights);
  const size_t n = keys_.size();
  size_t buckets = bucket_count(n, 5.0);
  buckets_ = PodArray<Bucket>(buckets);
  buckets_.fill(Bucket{});
  bucket_mask_ = buckets - 1;
  auto bucket_of = [&](size_t i) { return (keys_[i] >> 16) & bucket_mask_; };
  auto order = bucket_insertion_order(n, buckets, bucket_of, [&](size_t i) {
    int m = 0;
    for (int c = 0; c < 3; ++c) m = std::max(m, std::abs(static_cast<int>(weights_[i * 3 + c])));
    return static_cast<uint64_t>(m);
  });
  features_ = dropped_ = 0;
  for (uint32_t i : order) {
    Bucket& b = buckets_[(keys_[i] >> 16) & bucket_mask_];
    uint16_t check = static_cast<uint16_t>(keys_[i]) | 1;  // 0 marks an empty slot
    int free_slot = claim_slot<kBucket>(
        check, [&](int j) { return b.check[j]; }, [&](int j) { return b.check[j] == 0; });
    if (free_slot < 0) {
      ++dropped_;
      continue;
    }
    b.check[free_slot] = check;
    for (int c = 0; c < 3; ++c) b.w[c][free_slot] = weights_[i * 3 + c];
    ++features_;
  }
}

namespace {

using TransitionBucket = TransitionTable::Bucket;

// Adds to sum[0..3) the weights of the slot of at[i] whose check is checks_of(keys[i]) (none when no slot holds it;
// at most one slot can, see claim_slot).
#if defined(__SSE2__)
__attribute__((always_inline)) inline void transition_sums_sse2(const TransitionBucket* const* at, const uint64_t* keys,
                                                                size_t n, int32_t* sum) {
  const __m128i ones = _mm_set1_epi16(1);
  __m128i acc[3] = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
  for (size_t i = 0; i < n; ++i) {
    const __m128i* b = reinterpret_cast<const __m128i*>(at[i]);
    const __m128i check = _mm_set1_epi16(static_cast<short>(static_cast<uint16_t>(keys[i]) | 1));
    const __m128i hit = _mm_cmpeq_epi16(_mm_load_si128(b), check);  // all ones in the matching slot's lane
    // The selected weight is the only non-zero lane: multiply-adding pairs with 1 widens it to 32 bits.
    for (int c = 0; c < 3; ++c)
      acc[c] = _mm_add_epi32(acc[c], _mm_madd_epi16(_mm_and_si128(hit, _mm_load_si128(b + 1 + c)), ones));
  }
  for (int c = 0; c < 3; ++c) {
    alignas(16) int32_t lanes[4];
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), acc[c]);
    sum[c] = lanes[0] + lanes[1] + lanes[2] + lanes[3];
  }
}

void transition_sums_base(const TransitionBucket* const* at, const uint64_t* keys, size_t n, int32_t* sum) {
  transition_sums_sse2(at, keys, n, sum);
}

// Row `row` of two buckets (0: the checks, 1..3: the weights of a class) side by side in one 256-bit register.
__attribute__((target("avx2"), always_inline)) inline __m256i bucket_rows(const TransitionBucket* lo,
                                                                          const TransitionBucket* hi, int row) {
  return _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(lo) + row)),
                                 _mm_load_si128(reinterpret_cast<const __m128i*>(hi) + row), 1);
}

// With AVX2, two keys a step: both buckets' checks (and then each class's weights) in one register, so each
// compare, mask and widening add serves both keys. The two keys' checks are spread over their halves of a register
// by one byte shuffle. Integer sums in another order: the same sums.
__attribute__((target("avx2"))) void transition_sums_avx2(const TransitionBucket* const* at, const uint64_t* keys,
                                                           size_t n, int32_t* sum) {
  const __m256i ones = _mm256_set1_epi16(1);
  // Bytes 0-1 of the low half's key, eight times; bytes 8-9 (the second key's) in the high half.
  const __m256i spread = _mm256_setr_epi8(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,  //
                                          8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9);
  __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256(), acc2 = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 2 <= n; i += 2) {
    const __m256i both = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(keys + i)));
    const __m256i check = _mm256_or_si256(_mm256_shuffle_epi8(both, spread), ones);  // (key & 0xffff) | 1
    const __m256i hit = _mm256_cmpeq_epi16(bucket_rows(at[i], at[i + 1], 0), check);
    acc0 = _mm256_add_epi32(acc0, _mm256_madd_epi16(_mm256_and_si256(hit, bucket_rows(at[i], at[i + 1], 1)), ones));
    acc1 = _mm256_add_epi32(acc1, _mm256_madd_epi16(_mm256_and_si256(hit, bucket_rows(at[i], at[i + 1], 2)), ones));
    acc2 = _mm256_add_epi32(acc2, _mm256_madd_epi16(_mm256_and_si256(hit, bucket_rows(at[i], at[i + 1], 3)), ones));
  }
  int32_t tail[3] = {0, 0, 0};
  if (i < n) transition_sums_sse2(at + i, keys + i, n - i, tail);  // the odd key out
  const __m256i acc[3] = {acc0, acc1, acc2};
  for (int c = 0; c < 3; ++c) {
    alignas(32) int32_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), acc[c]);
    sum[c] = tail[c];
    for (int l = 0; l < 8; ++l) sum[c] += lanes[l];
  }
}

using TransitionSumsFn = void (*)(const TransitionBucket* const*, const uint64_t*, size_t, int32_t*);
TransitionSumsFn pick_transition_sums() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? transition_sums_avx2 : transition_sums_base;
}
const TransitionSumsFn transition_sums = pick_transition_sums();
#else
void transition_sums(const TransitionBucket* const* at, const uint64_t* keys, size_t n, int32_t* sum) {
  sum[0] = sum[1] = sum[2] = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint16_t check = static_cast<uint16_t>(keys[i]) | 1;
    for (int j = 0; j < TransitionTable::kBucket; ++j) {
      if (at[i]->check[j] != check) continue;
      for (int c = 0; c < 3; ++c) sum[c] += at[i]->w[c][j];
    }
  }
}
#endif

// The bucket of each key, prefetched so that the cache misses overlap: at[i] = buckets + ((keys[i] >> 16) & mask).
void bucket_addresses_base(const TransitionBucket* buckets, uint64_t mask, const uint64_t* keys, size_t n,
                           const TransitionBucket** at) {
  for (size_t i = 0; i < n; ++i) {
    at[i] = buckets + ((keys[i] >> 16) & mask);
    __builtin_prefetch(at[i]);
  }
}

#if defined(__x86_64__)
// The same four keys a step: the addresses are computed in one register (a bucket is 64 bytes), and only the
// prefetches go one by one. The parser looks up some 90 keys a transition.
__attribute__((target("avx2"))) void bucket_addresses_avx2(const TransitionBucket* buckets, uint64_t mask,
                                                            const uint64_t* keys, size_t n,
                                                            const TransitionBucket** at) {
  static_assert(sizeof(TransitionBucket) == 64 && sizeof(const TransitionBucket*) == 8);
  const __m256i m = _mm256_set1_epi64x(static_cast<long long>(mask));
  const __m256i base = _mm256_set1_epi64x(static_cast<long long>(reinterpret_cast<uintptr_t>(buckets)));
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const __m256i k = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(keys + i));
    const __m256i offset = _mm256_slli_epi64(_mm256_and_si256(_mm256_srli_epi64(k, 16), m), 6);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(at + i), _mm256_add_epi64(base, offset));
    __builtin_prefetch(at[i]);
    __builtin_prefetch(at[i + 1]);
    __builtin_prefetch(at[i + 2]);
    __builtin_prefetch(at[i + 3]);
  }
  bucket_addresses_base(buckets, mask, keys + i, n - i, at + i);
}

using BucketAddressesFn = void (*)(const TransitionBucket*, uint64_t, const uint64_t*, size_t, const TransitionBucket**);
BucketAddressesFn pick_bucket_addresses() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? bucket_addresses_avx2 : bucket_addresses_base;
}
const BucketAddressesFn bucket_addresses = pick_bucket_addresses();
#else
void bucket_addresses(const TransitionBucket* buckets, uint64_t mask, const uint64_t* keys, size_t n,
                      const TransitionBucket** at) {
  bucket_addresses_base(buckets, mask, keys, n, at);
}
#endif

}  // namespace

void TransitionTable::score(const uint64_t* keys, size_t n, float* scores) const {
  int32_t total[3] = {0, 0, 0};
  if (!buckets_.empty()) {
    // In chunks: first every bucket's address (prefetched, so the cache misses overlap), then the sums.
    constexpr size_t kChunk = 128;
    const Bucket* at[kChunk];
    for (size_t from = 0; from < n; from += kChunk) {
      const size_t m = std::min(kChunk, n - from);
      bucket_addresses(buckets_.data(), bucket_mask_, keys + from, m, at);
      int32_t sum[3];
      transition_sums(at, keys + from, m, sum);
      for (int c = 0; c < 3; ++c) total[c] += sum[c];
    }
  }
  scores[0] = 0.0f;
  scores[1] = static_cast<float>(total[0]);
  scores[2] = static_cast<float>(total[1]);
  scores[3] = static_cast<float>(total[2]);
}

void TransitionTable::write(BinWriter& out) const {
  out.vec(keys_);
  out.vec(weights_);
}

TransitionTable TransitionTable::read(BinReader& in) {
  TransitionTable t;
  std::vector<uint64_t> keys = in.vec<uint64_t>();
  std::vector<int16_t> weights = in.vec<int16_t>();
  if (weights.size() != keys.size() * 3) in.fail("corrupt (transition table sizes)");
  for (size_t i = 1; i < keys.size(); ++i)
    if (keys[i] <= keys[i - 1]) in.fail("corrupt (transition table keys out of order)");
  t.build(std::move(keys), std::move(weights));
  return t;
}

}  // namespace vigil::parse
