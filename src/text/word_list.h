// Whether a word is one of a short fixed list: how the stages test closed classes of words ("said", "which",
// "dozens", ...).
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace vigil {

template <class List>
bool is_one_of(std::string_view word, const List& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace vigil
