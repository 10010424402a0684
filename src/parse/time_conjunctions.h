// The conjunctions that open a clause of time ("after the government signed ...", "while talks went on"), shared by
// the parse repair that rebuilds such a clause the model read as a prepositional phrase and by the coder that gives
// the clause's countryless roles the country its main clause is about.
#pragma once

#include <string_view>

#include "text/word_list.h"

namespace vigil::parse {

inline bool is_time_conjunction(std::string_view lower) {
  static constexpr std::string_view kConjunctions[] = {"after", "before", "since", "until", "once", "while", "when"};
  return is_one_of(lower, kConjunctions);
}

}  // namespace vigil::parse
