#include "lexicon/word_table.h"

#include <algorithm>

namespace vigil::lexicon {

size_t WordTable::slot_of(std::string_view folded, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = h >> 32;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint64_t s = slots_[i];
    if (s == 0 || ((s >> 32) == tag && words_[(s & 0xffffffffu) - 1] == folded)) return i;
  }
}

void WordTable::grow() {
  slots_.assign(std::max<size_t>(1024, slots_.size() * 2), 0);
  for (uint32_t id = 0; id < words_.size(); ++id) {
    const uint64_t h = hash(words_[id]);
    slots_[slot_of(words_[id], h)] = (h >> 32 << 32) | (uint64_t{id} + 1);
  }
}

uint32_t WordTable::intern(std::string_view folded) {
  if (uint32_t id = find(folded); id != kUnknownWord) return id;
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(folded);
  if (2 * words_.size() > slots_.size()) {
    grow();  // places every word, the new one too
    return id;
  }
  const uint64_t h = hash(folded);
  slots_[slot_of(folded, h)] = (h >> 32 << 32) | (uint64_t{id} + 1);
  return id;
}

uint32_t WordTable::find(std::string_view folded) const {
  if (slots_.empty()) return kUnknownWord;
  const uint64_t s = slots_[slot_of(folded, hash(folded))];
  return s == 0 ? kUnknownWord : static_cast<uint32_t>((s & 0xffffffffu) - 1);
}

}  // namespace vigil::lexicon
