#include "lexicon/word_table.h"

namespace vigil::lexicon {

uint32_t WordTable::intern(std::string_view folded) {
  if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(folded);
  ids_.emplace(words_.back(), id);
  return id;
}

uint32_t WordTable::find(std::string_view folded) const {
  auto it = ids_.find(folded);
  return it == ids_.end() ? kUnknownWord : it->second;
}

}  // namespace vigil::lexicon
