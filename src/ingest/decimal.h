// Runs of ASCII digits in dates and numbers written in text ("2022", "09", "17"): every stage that reads dates uses
// these, so they agree on what a number is.
#pragma once

#include <string_view>

namespace vigil {

// True for a non-empty run of ASCII digits 0-9 (no sign, no spaces, no other scripts' digits).
inline bool is_decimal(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The value of a run of digits (is_decimal must hold). More than 9 digits give 999999999: absurdly long numbers stay
// absurd and never overflow.
inline int decimal_value(std::string_view s) {
  if (s.size() > 9) return 999999999;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace vigil
