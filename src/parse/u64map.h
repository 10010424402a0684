// A read-only map from 64-bit keys to 32-bit values (open addressing), stored in model files as sorted pairs.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "parse/binary_io.h"

namespace vigil::parse {

class U64Map {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;
  U64Map() = default;
  // Builds from pairs (later duplicates of a key are ignored); values must not be kMissing.
  explicit U64Map(std::vector<std::pair<uint64_t, uint32_t>> pairs) { assign(std::move(pairs)); }
  void assign(std::vector<std::pair<uint64_t, uint32_t>> pairs) {
    std::stable_sort(pairs.begin(), pairs.end(), [](auto& a, auto& b) { return a.first < b.first; });
    pairs.erase(std::unique(pairs.begin(), pairs.end(), [](auto& a, auto& b) { return a.first == b.first; }),
                pairs.end());
    keys_.clear();
    values_.clear();
    for (auto& [k, v] : pairs) {
      keys_.push_back(k);
      values_.push_back(v);
    }
    index();
  }
  uint32_t get(uint64_t key) const {
    if (slot_keys_.empty()) return kMissing;
    for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
      if (slot_vals_[pos] == kMissing) return kMissing;
      if (slot_keys_[pos] == key) return slot_vals_[pos];
    }
  }
  size_t size() const { return keys_.size(); }
  void write(BinWriter& out) const {
    out.vec(keys_);
    out.vec(values_);
  }
  static U64Map read(BinReader& in, uint32_t value_limit) {
    U64Map m;
    m.keys_ = in.vec<uint64_t>();
    m.values_ = in.vec<uint32_t>();
    if (m.keys_.size() != m.values_.size()) in.fail("corrupt (map sizes differ)");
    for (size_t i = 0; i < m.keys_.size(); ++i) {
      if (i && m.keys_[i] <= m.keys_[i - 1]) in.fail("corrupt (map keys out of order)");
      if (m.values_[i] >= value_limit) in.fail("corrupt (map value out of range)");
    }
    m.index();
    return m;
  }

 private:
  void index() {
    size_t cap = 16;
    while (cap < keys_.size() * 2) cap <<= 1;
    slot_keys_.assign(cap, 0);
    slot_vals_.assign(cap, kMissing);
    mask_ = cap - 1;
    for (size_t i = 0; i < keys_.size(); ++i) {
      uint64_t pos = keys_[i] & mask_;
      while (slot_vals_[pos] != kMissing) pos = (pos + 1) & mask_;
      slot_keys_[pos] = keys_[i];
      slot_vals_[pos] = values_[i];
    }
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  std::vector<uint64_t> slot_keys_;
  std::vector<uint32_t> slot_vals_;
  uint64_t mask_ = 0;
};

}  // namespace vigil::parse
