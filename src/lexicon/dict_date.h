// Dates in dictionaries: role periods of actors and PETRARCH date restrictions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vigil::lexicon {

// A calendar date as the number YYYYMMDD (20211026): ordered like the dates and readable in a debugger.
using Date = int32_t;
inline constexpr Date kDateMin = 0;         // open start of a period
inline constexpr Date kDateMax = 99991231;  // open end of a period
inline constexpr Date kNoDate = -1;         // an event without a date

// Inclusive at both ends.
struct Period {
  Date from = kDateMin;
  Date to = kDateMax;
  bool contains(Date d) const { return d >= from && d <= to; }
  bool overlaps(const Period& o) const { return from <= o.to && o.from <= to; }
};

bool valid_date(int year, int month, int day);

// vigil's form: "YYYY-MM-DD", "YYYY-MM" or "YYYY". A partial date is its first day when `as_end` is false and its
// last day when true. On failure returns nullopt and sets `error`.
std::optional<Date> parse_iso_date(std::string_view text, bool as_end, std::string& error);

// vigil's period "FROM..TO" with either end optional.
std::optional<Period> parse_period(std::string_view text, std::string& error);

// PETRARCH's "YYYYMMDD" or "YYMMDD" (YY 00-30 -> 20YY, else 19YY); digits only.
std::optional<Date> parse_petrarch_date(std::string_view text, std::string& error);

// "2021-10-26"; "" for kDateMin/kDateMax.
std::string format_date(Date d);
std::string format_period(const Period& p);  // "2015-11-04..2021-10-25", "2019-05-20.."

}  // namespace vigil::lexicon
