// Interned dictionary words: every folded word any dictionary uses gets a small integer id, so matching compares
// integers and a sentence is encoded once (one hash lookup per token, no allocation).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::lexicon {

inline constexpr uint32_t kUnknownWord = UINT32_MAX;  // a token no dictionary mentions

class WordTable {
 public:
  // The id of `folded`, adding it if new.
  uint32_t intern(std::string_view folded);
  // The id of `folded`, or kUnknownWord. Does not allocate.
  uint32_t find(std::string_view folded) const;
  std::string_view word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  // Open addressing with linear probing over a flat array, at most half full: a slot holds a word's id + 1 (0: empty)
  // in its low half and the top half of the word's hash in its high half, so a probe compares strings only when the
  // hashes agree. Every word of every sentence is looked up; a node-based map cost a cache miss or two per node.
  static uint64_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
  // The slot that holds `folded` (hash `h`), or the empty slot where it would go. The table must not be empty.
  size_t slot_of(std::string_view folded, uint64_t h) const;
  void grow();
  std::vector<uint64_t> slots_;
  std::vector<std::string> words_;
};

}  // namespace vigil::lexicon
