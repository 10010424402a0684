// The words for telling someone something and for the press told it, shared by the parse repair that hangs a
// reported clause back under "told reporters" and by the coder that keeps the press from being such a verb's target.
#pragma once

#include <string_view>

#include "text/word_list.h"

namespace vigil::parse {

// Verbs of telling whose object is whom the news is given to: "told reporters that ...".
inline bool is_telling_verb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"tell", "inform", "assure", "remind", "warn", "brief"};
  return is_one_of(lemma, kVerbs);
}

// Nouns for the press as an audience ("reporters", "journalists"), singular or plural.
inline bool is_press_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"reporter",      "reporters",      "journalist", "journalists",
                                                "correspondent", "correspondents", "newsman",    "newsmen"};
  return is_one_of(word, kNouns);
}

}  // namespace vigil::parse
