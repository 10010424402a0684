#include "ingest/published_date.h"

#include <chrono>

#include <fmt/format.h>

#include "ingest/decimal.h"

namespace vigil {

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
  if (!is_decimal(y) || !is_decimal(m) || !is_decimal(d)) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{decimal_value(y)}, std::chrono::month{static_cast<unsigned>(decimal_value(m))},
                                  std::chrono::day{static_cast<unsigned>(decimal_value(d))}};
  if (!ymd.ok() || decimal_value(y) < 1) return std::nullopt;
  return fmt::format("{}-{}-{}", y, m, d);
}

}  // namespace vigil
