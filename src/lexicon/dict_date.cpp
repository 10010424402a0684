#include "lexicon/dict_date.h"

#include <fmt/format.h>

#include "ingest/decimal.h"

namespace vigil::lexicon {
namespace {

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return 29;
  return kDays[month - 1];
}

std::optional<Date> checked(int year, int month, int day, std::string_view text, std::string& error) {
  if (month < 1 || month > 12) {
    error = fmt::format("bad date \"{}\": month must be 01-12", text);
    return std::nullopt;
  }
  if (day < 1 || day > days_in_month(year, month)) {
    error = fmt::format("bad date \"{}\": no such day in that month", text);
    return std::nullopt;
  }
  return year * 10000 + month * 100 + day;
}

}  // namespace

bool valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view text, bool as_end, std::string& error) {
  auto bad = [&] {
    error = fmt::format("bad date \"{}\": expected YYYY-MM-DD, YYYY-MM or YYYY", text);
    return std::nullopt;
  };
  if (text.size() < 4 || !is_decimal(text.substr(0, 4))) return bad();
  int year = decimal_value(text.substr(0, 4));
  if (text.size() == 4) return year * 10000 + (as_end ? 1231 : 101);
  if (text.size() < 7 || text[4] != '-' || !is_decimal(text.substr(5, 2))) return bad();
  int month = decimal_value(text.substr(5, 2));
  if (text.size() == 7) {
    if (month < 1 || month > 12) return checked(year, month, 1, text, error);
    return year * 10000 + month * 100 + (as_end ? days_in_month(year, month) : 1);
  }
  if (text.size() != 10 || text[7] != '-' || !is_decimal(text.substr(8, 2))) return bad();
  return checked(year, month, decimal_value(text.substr(8, 2)), text, error);
}

std::optional<Period> parse_period(std::string_view text, std::string& error) {
  auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    error = fmt::format("bad period \"{}\": expected FROM..TO (either end may be left out)", text);
    return std::nullopt;
  }
  Period p;
  std::string_view from = text.substr(0, dots), to = text.substr(dots + 2);
  if (!from.empty()) {
    auto d = parse_iso_date(from, false, error);
    if (!d) return std::nullopt;
    p.from = *d;
  }
  if (!to.empty()) {
    auto d = parse_iso_date(to, true, error);
    if (!d) return std::nullopt;
    p.to = *d;
  }
  if (p.to < p.from) {
    error = fmt::format("period ends before it starts: {}", text);
    return std::nullopt;
  }
  return p;
}

std::optional<Date> parse_petrarch_date(std::string_view text, std::string& error) {
  if (!is_decimal(text) || (text.size() != 6 && text.size() != 8)) {
    error = fmt::format("bad date \"{}\": expected YYYYMMDD or YYMMDD", text);
    return std::nullopt;
  }
  int year, rest;
  if (text.size() == 8) {
    year = decimal_value(text.substr(0, 4));
    rest = decimal_value(text.substr(4));
  } else {
    year = decimal_value(text.substr(0, 2));
    year += year <= 30 ? 2000 : 1900;  // KEDS/TABARI convention
    rest = decimal_value(text.substr(2));
  }
  return checked(year, rest / 100, rest % 100, text, error);
}

std::string format_date(Date d) {
  if (d <= kDateMin || d >= kDateMax) return "";
  return fmt::format("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100);
}

std::string format_period(const Period& p) { return format_date(p.from) + ".." + format_date(p.to); }

}  // namespace vigil::lexicon
