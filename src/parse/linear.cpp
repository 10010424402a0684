#include "parse/linear.h"

#include <algorithm>
#include <cmath>
#include <numeric>

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

void Perceptron::update(const uint64_t* keys, size_t n, int gold, int pred) {
  if (gold == pred) return;
  double t = static_cast<double>(time_);
  for (size_t i = 0; i < n; ++i) {
    int64_t row;
    if (frozen_) {
      row = index_.find(keys[i]);
      if (row < 0) continue;
    } else {
      row = add_row(keys[i]);
    }
    size_t base = static_cast<size_t>(row) * classes_;
    w_[base + gold] += 1.0f;
    u_[base + gold] += t;
    w_[base + pred] -= 1.0f;
    u_[base + pred] -= t;
  }
}

WeightTable Perceptron::average(float min_abs) const {
  double t = static_cast<double>(time_);
  size_t rows = index_.size();
  std::vector<float> avg(rows * classes_);
  float max_abs = 0.0f;
  for (size_t i = 0; i < avg.size(); ++i) {
    avg[i] = static_cast<float>(w_[i] - u_[i] / t);
    max_abs = std::max(max_abs, std::fabs(avg[i]));
  }
  // Quantise to 24-bit integers (the scale does not matter for argmax).
  double scale = max_abs > 0 ? 8388000.0 / max_abs : 1.0;
  std::vector<uint32_t> order(rows);
  std::iota(order.begin(), order.end(), 0u);
  const std::vector<uint64_t>& keys = index_.keys();
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<uint64_t> out_keys;
  std::vector<uint32_t> data;
  for (uint32_t r : order) {
    size_t head = data.size();
    data.push_back(0);
    for (int c = 0; c < classes_; ++c) {
      float v = avg[static_cast<size_t>(r) * classes_ + c];
      if (std::fabs(v) < min_abs) continue;
      long q = std::lround(v * scale);
      if (q == 0) continue;
      data.push_back((static_cast<uint32_t>(static_cast<int32_t>(q)) << 8) | static_cast<uint32_t>(c));
    }
    if (data.size() == head + 1) {
      data.pop_back();
      continue;
    }
    data[head] = static_cast<uint32_t>(data.size() - head - 1);
    out_keys.push_back(keys[r]);
  }
  WeightTable table;
  table.build(classes_, std::move(out_keys), std::move(data));
  return table;
}

void WeightTable::build(int classes, std::vector<uint64_t> keys, std::vector<uint32_t> data) {
  classes_ = classes;
  features_ = keys.size();
  keys_ = std::move(keys);
  data_ = std::move(data);
  size_t cap = 16;
  while (cap < features_ * 2) cap <<= 1;
  slots_.assign(cap, Slot{0, kEmpty});
  mask_ = cap - 1;
  size_t offset = 0;
  for (size_t i = 0; i < features_; ++i) {
    if (offset >= data_.size()) throw ModelError("weight table rows run past their data");
    uint64_t pos = keys_[i] & mask_;
    while (slots_[pos].offset != kEmpty) pos = (pos + 1) & mask_;
    slots_[pos] = Slot{static_cast<uint32_t>(keys_[i] >> 32), static_cast<uint32_t>(offset)};
    offset += 1 + data_[offset];
  }
  if (offset != data_.size()) throw ModelError("weight table rows do not match their data");
}

void WeightTable::write(BinWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(classes_));
  out.vec(keys_);
  out.vec(data_);
}

WeightTable WeightTable::read(BinReader& in) {
  WeightTable t;
  uint32_t classes = in.get<uint32_t>();
  if (classes == 0 || classes > 256) in.fail("corrupt (bad class count in a weight table)");
  std::vector<uint64_t> keys = in.vec<uint64_t>();
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
  return t;
}

}  // namespace vigil::parse
