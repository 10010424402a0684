// Linear classifiers over hashed features: the averaged perceptron used while training, and the compact read-only
// table the runtime scores with.
//
// A feature is a 64-bit key (see hash.h). At runtime a key leads, through an open-addressing table of 8-byte slots,
// to a short row of (class, weight) entries packed in 32-bit words: most features carry weight for only a few
// classes, so rows stay short and scoring is a handful of adds per feature, with no allocation.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/binary_io.h"
#include "parse/pod_array.h"

namespace vigil::parse {

// Maps 64-bit keys to dense row numbers (training time).
class KeyIndex {
 public:
  KeyIndex();
  // Row of `key`, or -1.
  int64_t find(uint64_t key) const;
  // Row of `key`, adding it (as row size()) when new.
  uint32_t insert(uint64_t key);
  size_t size() const { return keys_in_order_.size(); }
  const std::vector<uint64_t>& keys() const { return keys_in_order_; }

 private:
  void grow();
  std::vector<uint64_t> slots_;  // 0 = empty (key 0 is stored as 1)
  std::vector<uint32_t> rows_;
  std::vector<uint64_t> keys_in_order_;
  uint64_t mask_ = 0;
};

class WeightTable;
class TransitionTable;

// Averaged perceptron with lazily averaged weights (Daume's trick: avg = w - u / t).
class Perceptron {
 public:
  explicit Perceptron(int classes) : classes_(classes) {}
  int classes() const { return classes_; }
  // When frozen, updates touch only keys already present (see allow()).
  void freeze() { frozen_ = true; }
  void allow(uint64_t key) { add_row(key); }
  // Adds the current weights of the features to scores[0..classes).
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // One mistake: features move towards `gold` and away from `pred`.
  void update(const uint64_t* keys, size_t n, int gold, int pred);
  // Adds `delta` to class `cls` of the features (a global update: a gold path up, a predicted one down).
  void add(const uint64_t* keys, size_t n, int cls, float delta);
  // Call once per training example (the averaging clock).
  void tick() { ++time_; }
  size_t features() const { return index_.size(); }
  // The averaged weights as a runtime table. Features updated fewer than `min_updates` times are dropped.
  WeightTable average(uint32_t min_updates = 1) const;
  // Averaged weights of the features updated at least `min_updates` times, in increasing key order.
  struct Averaged {
    std::vector<uint64_t> keys;
    std::vector<float> weights;  // classes per key
  };
  Averaged averaged(uint32_t min_updates) const;

 private:
  uint32_t add_row(uint64_t key);
  // The row a feature's update goes to: a new one while the feature set may grow; once frozen, the feature's own
  // row or -1 (unknown features are not learnt).
  int64_t row_to_update(uint64_t key);
  int classes_;
  bool frozen_ = false;
  KeyIndex index_;
  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<uint32_t> updates_;
  uint64_t time_ = 1;
};

// Read-only weights (runtime). Keys hash to 64-byte buckets of eight slots (a 32-bit key check and the offset of
// the feature's row); a bucket is searched without branches, so unknown features cost no mispredictions. A row is
// a length followed by packed entries (weight << 8 | class); offset 0 is an empty row.
class WeightTable {
 public:
  WeightTable() = default;
  int classes() const { return classes_; }
  size_t features() const { return features_; }
  size_t entries() const { return entries_; }
  size_t dropped() const { return dropped_; }
  // Perceptron weight units per integer step of the stored weights (scores * unit() are comparable across tables).
  double unit() const { return unit_; }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot) + data_.size() * 4 + keys_.size() * 8; }
  // Adds the weights of the features to scores[0..classes) (unknown keys add nothing). At most kMaxKeys keys, so
  // the sums of 24-bit weights cannot overflow.
  static constexpr size_t kMaxKeys = 128;
  void score(const uint64_t* keys, size_t n, int32_t* scores) const;
  void write(BinWriter& out) const;
  static WeightTable read(BinReader& in);

 private:
  friend class Perceptron;
  struct Slot {
    uint32_t check;
    uint32_t offset;
  };
  static constexpr int kBucket = 8;
  static constexpr uint32_t kDense = 0x80000000u;  // row header flag: `classes` weights follow, one per class
  // `keys` sorted and distinct; `data` holds their rows in the same order (length, then entries).
  void build(int classes, std::vector<uint64_t> keys, std::vector<uint32_t> data);
  int classes_ = 0;
  size_t features_ = 0;
  size_t entries_ = 0;
  size_t dropped_ = 0;
  double unit_ = 1.0;
  uint64_t bucket_mask_ = 0;
  PodArray<Slot> slots_;
  PodArray<uint32_t> data_;
  std::vector<uint64_t> keys_;  // sorted (for writing the table back)
  std::vector<uint32_t> rows_;  // rows in key order, as read (for writing the table back)
};

// Read-only weights for the parser's four transitions. A key hashes to a bucket of eight slots, each a 16-bit key
// check and the weights of classes 1..3 relative to class 0 as 16-bit integers (adding the same amount to every
// class of a feature changes no decision). A bucket is one cache line laid out by column (the eight checks, then
// the eight weights of each class), so a key is compared with all eight checks at once and its weights are
// selected with the resulting mask: no branch per feature.
class TransitionTable {
 public:
  static constexpr int kClasses = 4;
  TransitionTable() = default;
  explicit TransitionTable(const Perceptron::Averaged& avg);
  size_t features() const { return features_; }
  size_t dropped() const { return dropped_; }
  size_t memory_bytes() const { return buckets_.size() * sizeof(Bucket) + keys_.size() * 14; }
  // scores[0] is 0; scores[1..3] get the sums.
  void score(const uint64_t* keys, size_t n, float* scores) const;
  void write(BinWriter& out) const;
  static TransitionTable read(BinReader& in);

  static constexpr int kBucket = 8;
  struct Bucket {
    uint16_t check[kBucket];    // (key & 0xffff) | 1 of the slot's key; 0 = empty slot
    int16_t w[3][kBucket];      // w[c][j]: the weight of class c + 1 in slot j
  };
  static_assert(sizeof(Bucket) == 64);

 private:
  void build(std::vector<uint64_t> keys, std::vector<int16_t> weights);
  size_t features_ = 0;
  size_t dropped_ = 0;
  uint64_t bucket_mask_ = 0;
  PodArray<Bucket> buckets_;
  std::vector<uint64_t> keys_;     // sorted (for writing the table back)
  std::vector<int16_t> weights_;   // 3 per key
};

}  // namespace vigil::parse
