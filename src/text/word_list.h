// Whether a word is one of a short fixed list: how the stages test closed classes of words ("said", "which",
// "dozens", ...), and the lower-casing such tests need.
#pragma once

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>

namespace vigil {

template <class List>
bool is_one_of(std::string_view word, const List& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// The byte in lower case if it is an ASCII capital; any other byte as it is (no locale, no library call: the
// tokenizer folds every token's letters).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// The word with its ASCII letters in lower case, for those lists ("Which" -> "which"); other bytes stay.
inline std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace vigil
