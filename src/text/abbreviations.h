// Abbreviations that keep their final period ("Gen.", "Jan.", "Inc.") and what they tell the sentence splitter.
#pragma once

#include <string_view>

namespace vigil {

enum class AbbreviationKind {
  none,
  title,        // comes before a name and never ends a sentence: Mr. Gen. Dr. Sen. St.
  before_number,  // only an abbreviation before a number: No. 5, Vol. 2, Art. 3
  ordinary,     // may end a sentence: Inc. Ltd. Jan. etc. a.m.
};

// `word` is the token without its final period.
AbbreviationKind abbreviation_kind(std::string_view word);

// Whether a token is a title with its period ("Dr.", "v."), which never ends a sentence.
inline bool is_title_with_period(std::string_view token) {
  return token.size() > 1 && token.back() == '.' &&
         abbreviation_kind(token.substr(0, token.size() - 1)) == AbbreviationKind::title;
}

}  // namespace vigil
