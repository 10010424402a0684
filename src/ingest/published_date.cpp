#include "ingest/published_date.h"

#include <cctype>
#include <chrono>

#include <fmt/format.h>

namespace vigil {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<std::string> normalize_published_date(std::string_view s) {
  std::string_view y, m, d;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    std::string_view rest = s.substr(10);
    if (!rest.empty() && rest[0] != 'T' && rest[0] != ' ') return std::nullopt;
  } else if (s.size() == 8) {
    y = s.substr(0, 4), m = s.substr(4, 2), d = s.substr(6, 2);
  } else {
    return std::nullopt;
  }
  if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{number(y)}, std::chrono::month{static_cast<unsigned>(number(m))},
                                  std::chrono::day{static_cast<unsigned>(number(d))}};
  if (!ymd.ok() || number(y) < 1) return std::nullopt;
  return fmt::format("{}-{}-{}", y, m, d);
}

}  // namespace vigil
