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
  // Call once per training example (the averaging clock).
  void tick() { ++time_; }
  size_t features() const { return index_.size(); }
  // The averaged weights as a runtime table. Features whose averaged weights all fall below `min_abs` are dropped.
  WeightTable average(float min_abs) const;

 private:
  uint32_t add_row(uint64_t key);
  int classes_;
  bool frozen_ = false;
  KeyIndex index_;
  std::vector<float> w_;
  std::vector<double> u_;
  uint64_t time_ = 1;
};

// Read-only weights (runtime).
class WeightTable {
 public:
  WeightTable() = default;
  int classes() const { return classes_; }
  size_t features() const { return features_; }
  size_t entries() const { return data_.size() - features_; }
  // Adds the weights of the features to scores[0..classes) (unknown keys add nothing).
  void score(const uint64_t* keys, size_t n, float* scores) const {
    for (size_t i = 0; i < n; ++i) {
      const uint32_t* row = find(keys[i]);
      if (!row) continue;
      uint32_t len = row[0];
      for (uint32_t j = 1; j <= len; ++j) {
        int32_t e = static_cast<int32_t>(row[j]);
        scores[e & 0xff] += static_cast<float>(e >> 8);
      }
    }
  }
  const uint32_t* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    uint32_t check = static_cast<uint32_t>(key >> 32);
    for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
      const Slot& s = slots_[pos];
      if (s.offset == kEmpty) return nullptr;
      if (s.check == check) return data_.data() + s.offset;
    }
  }
  void write(BinWriter& out) const;
  static WeightTable read(BinReader& in);

 private:
  friend class Perceptron;
  static constexpr uint32_t kEmpty = 0xffffffffu;
  struct Slot {
    uint32_t check;
    uint32_t offset;
  };
  // Builds from rows given as sorted keys with their entries.
  // `keys` sorted and distinct; `data` holds their rows in the same order (length, then entries).
  void build(int classes, std::vector<uint64_t> keys, std::vector<uint32_t> data);
  int classes_ = 0;
  size_t features_ = 0;
  uint64_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<uint32_t> data_;  // per feature: length, then packed entries (weight << 8 | class)
  std::vector<uint64_t> keys_;  // sorted (for writing the table back)
};

}  // namespace vigil::parse
