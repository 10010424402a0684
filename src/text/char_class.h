// Character classes the tokenizer decides on, for any Unicode code point (ICU's properties underneath).
#pragma once

#include <cstdint>

namespace vigil {

enum class CharClass : uint8_t {
  space,
  letter,      // letters and combining marks
  digit,
  apostrophe,  // ' and the right single quotation mark used as an apostrophe
  hyphen,      // - and Unicode hyphens
  dash,        // en and em dashes, horizontal bar
  period,
  comma,
  colon,
  semicolon,
  exclaim,     // ! and ?
  quote,       // double and guillemet quotes, and the left single quotation mark
  open_bracket,
  close_bracket,
  slash,
  ellipsis,    // the single character U+2026
  other,       // symbols and other punctuation: $ % & * + = @ # and so on
};

CharClass classify(char32_t c);

inline bool is_word_class(CharClass k) { return k == CharClass::letter || k == CharClass::digit; }

}  // namespace vigil
