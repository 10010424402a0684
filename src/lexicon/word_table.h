// Interned dictionary words: every folded word any dictionary uses gets a small integer id, so matching compares
// integers and a sentence is encoded once (one hash lookup per token, no allocation).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
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
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
};

}  // namespace vigil::lexicon
