#include "events/temporal_expressions.h"

#include <array>
#include <cctype>
#include <string_view>

#include "ingest/decimal.h"

namespace vigil::events {

using namespace std::chrono;

const char* precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::week: return "week";
    case DatePrecision::month: return "month";
    case DatePrecision::year: return "year";
  }
  return "day";
}

namespace {

using Kind = TemporalExpression::Kind;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The same into a caller's buffer, for the names of months, days and ordinals (at most 11 letters): these run on
// every word of a sentence, and a string per word cost more than the matching. A word longer than the buffer gives
// "", which is none of those names.
template <size_t N>
std::string_view lower_short(std::string_view s, char (&buf)[N]) {
  if (s.size() > N) return {};
  for (size_t i = 0; i < s.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  return std::string_view(buf, s.size());
}

// 1..12, or 0. Abbreviations with or without a period; "May" and "March" only capitalised (modal, verb).
int month_of(std::string_view form) {
  static constexpr std::array<std::string_view, 12> full = {"january", "february", "march",     "april",
                                                            "may",     "june",     "july",      "august",
                                                            "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> abbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  if (form.empty() || !std::isupper(static_cast<unsigned char>(form[0]))) return 0;
  char buf[16];
  std::string_view f = lower_short(form, buf);
  if (!f.empty() && f.back() == '.') f.remove_suffix(1);
  for (int i = 0; i < 12; ++i) {
    if (f == full[i]) return i + 1;
    if (f == abbr[i]) return i + 1;
  }
  if (f == "sept") return 9;
  return 0;
}

// 0 = Sunday .. 6 = Saturday, or -1.
int weekday_of(std::string_view form) {
  static constexpr std::array<std::string_view, 7> names = {"sunday",   "monday", "tuesday", "wednesday",
                                                            "thursday", "friday", "saturday"};
  char buf[16];
  std::string_view f = lower_short(form, buf);
  for (int i = 0; i < 7; ++i)
    if (f == names[i]) return i;
  return -1;
}

// "22nd", "7th", "1st" -> day; "eleventh" -> 11; else 0.
int ordinal_of(std::string_view form) {
  static constexpr std::array<std::string_view, 21> words = {
      "",          "first",      "second",    "third",      "fourth",     "fifth",     "sixth",
      "seventh",   "eighth",     "ninth",     "tenth",      "eleventh",   "twelfth",   "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  char buf[16];
  std::string_view f = lower_short(form, buf);
  if (f.size() >= 3 && f.size() <= 4) {
    std::string_view suf = f.substr(f.size() - 2);
    std::string_view num = f.substr(0, f.size() - 2);
    if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && is_decimal(num)) return decimal_value(num);
  }
  for (int i = 1; i < static_cast<int>(words.size()); ++i)
    if (f == words[i]) return i;
  if (f == "thirtieth") return 30;
  return 0;
}

// A day number as written: "9", "09", "9th".
int day_number(std::string_view form) {
  if (is_decimal(form) && form.size() <= 2) return decimal_value(form);
  if (is_decimal(form)) return 99;  // "123": not a day, but shaped like one (kept impossible)
  return ordinal_of(form);
}

bool is_year_token(std::string_view form) { return is_decimal(form) && form.size() == 4; }

class Matcher {
 public:
  explicit Matcher(const Sentence& s) : s_(s) {
    for (const Word& w : s.words) low_.push_back(lower(w.form));
  }
  int n() const { return static_cast<int>(s_.words.size()); }
  // 1-based access; out of range gives "". Views, so the many comparisons with literals below are a length check
  // and an inline compare, not a call to std::string::compare and strlen each.
  std::string_view w(int i) const { return i >= 1 && i <= n() ? std::string_view(low_[i - 1]) : std::string_view(); }
  std::string_view form(int i) const {
    return i >= 1 && i <= n() ? std::string_view(s_.words[i - 1].form) : std::string_view();
  }
  bool adjacent(int i) const {  // word i and i+1 touch (no space between)
    return i >= 1 && i < n() && s_.words[i - 1].span.end == s_.words[i].span.begin;
  }

  std::vector<TemporalExpression> run() {
    std::vector<TemporalExpression> out;
    for (int i = 1; i <= n();) {
      TemporalExpression e;
      if (match(i, e)) {
        e.first = i;
        // "on Sunday night", "yesterday afternoon", "Monday evening": the part of the day belongs to the expression.
        if (e.kind == Kind::weekday || e.kind == Kind::day_offset || e.kind == Kind::date) {
          const std::string_view nx = w(e.last + 1);
          if (nx == "morning" || nx == "afternoon" || nx == "evening" || nx == "night" || nx == "noon")
            e.last += 1;
        }
        finish(e);
        i = e.last + 1;
        out.push_back(std::move(e));
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  void finish(TemporalExpression& e) const {
    e.span = Span{s_.words[e.first - 1].span.begin, s_.words[e.last - 1].span.end};
    e.text.clear();
    for (int i = e.first; i <= e.last; ++i) {
      e.text += s_.words[i - 1].form;
      if (i < e.last && !adjacent(i)) e.text += ' ';
    }
  }

  static bool is_unit(std::string_view t, std::string_view unit) {
    return t == unit || (t.size() == unit.size() + 1 && t.starts_with(unit) && t.back() == 's');
  }

  // An optional ", YYYY" or " YYYY" after word `at`; returns the year's word or 0.
  int year_after(int at) const {
    if (is_year_token(w(at + 1))) return at + 1;
    if (w(at + 1) == "," && is_year_token(w(at + 2))) return at + 2;
    return 0;
  }

  void set_date(TemporalExpression& e, int y, int m, int d) const {
    e.kind = Kind::date;
    e.year = y, e.month = m, e.day = d;
  }

  // Month-first dates: "January 9", "Jan. 9, 2022", "March 15 to March 17", "April 3 and 4", "April 1949", and a
  // bare month name after a preposition ("in March", "since December", "in mid-May", "in late October").
  bool month_first(int i, TemporalExpression& e) const {
    int m = month_of(form(i));
    if (!m) return false;
    // Month names that are also common words need a capital (checked) and, when bare, a temporal context.
    int d = day_number(w(i + 1));
    if (d > 0 && !(is_year_token(w(i + 1)))) {
      int last = i + 1;
      // A range: "March 15 to March 17", "April 3 and 4": the first day.
      const std::string_view c = w(last + 1);
      if (c == "to" || c == "and" || c == "-" || c == "through" || c == "until") {
        if (day_number(w(last + 2)) > 0 && !is_year_token(w(last + 2))) last += 2;
        else if (month_of(form(last + 2)) && day_number(w(last + 3)) > 0) last += 3;
      }
      int y = 0;
      if (int yw = year_after(last)) y = decimal_value(w(yw)), last = yw;
      set_date(e, y, m, d);
      e.last = last;
      return true;
    }
    if (is_year_token(w(i + 1))) {
      set_date(e, decimal_value(w(i + 1)), m, 0);
      e.last = i + 1;
      return true;
    }
    const std::string_view p = w(i - 1);
    bool context = p == "in" || p == "since" || p == "until" || p == "by" || p == "from" || p == "early" ||
                   p == "late" || p == "mid" || p == "during" || p == "of" || p == "till" || p == "before" ||
                   p == "after" || (p == "-" && w(i - 2) == "mid");
    if (!context && form(i).size() > 4 && form(i) != "March" && form(i) != "May") context = p == "last" || p == "next";
    if (!context) return false;
    // A bare month is written in full or with its period: "in Mar del Plata" is a city.
    if (form(i).size() <= 4 && form(i) != "May" && form(i) != "June" && form(i) != "July" && form(i).back() != '.')
      return false;
    set_date(e, 0, m, 0);
    e.last = i;
    return true;
  }

  // Day-first dates: "9 January", "26 February 2024", "between 6 and 9 June", "0 July" (impossible), "the 22nd of
  // March".
  bool day_first(int i, TemporalExpression& e) const {
    const std::string_view t = w(i);
    bool digits = is_decimal(t) && t.size() <= 3;
    int d = digits ? decimal_value(t) : ordinal_of(t);
    if (!digits && d == 0) return false;
    if (digits && d == 0) d = -1;  // "0 July": a day that does not exist, not a month
    int j = i + 1;
    if (w(j) == "of" && !digits) ++j;
    int last_day = i;
    if ((w(j) == "and" || w(j) == "to" || w(j) == "-") && is_decimal(w(j + 1)) && w(j + 1).size() <= 2) {
      last_day = j + 1;
      j += 2;
    }
    (void)last_day;
    int m = month_of(form(j));
    if (!m) return false;
    int last = j;
    int y = 0;
    if (int yw = year_after(last)) y = decimal_value(w(yw)), last = yw;
    set_date(e, y, m, d);
    e.last = last;
    return true;
  }

  // ISO dates "2022-01-09" (split by the tokenizer into five words) and numeric dates "9/1", "03/04/2024",
  // "21.09.2022" (one word).
  bool numeric(int i, TemporalExpression& e) const {
    const std::string_view t = w(i);
    if (is_year_token(t) && w(i + 1) == "-" && is_decimal(w(i + 2)) && w(i + 3) == "-" && is_decimal(w(i + 4)) &&
        adjacent(i) && adjacent(i + 1) && adjacent(i + 2) && adjacent(i + 3) && w(i + 2).size() <= 2 &&
        w(i + 4).size() <= 2) {
      set_date(e, decimal_value(t), decimal_value(w(i + 2)), decimal_value(w(i + 4)));
      e.last = i + 4;
      return true;
    }
    char sep = 0;
    for (char c : t)
      if (c == '/' || c == '.') sep = sep ? sep : c;
    if (!sep) return false;
    std::vector<std::string_view> parts;
    std::string_view rest = t;
    while (true) {
      size_t k = rest.find(sep);
      parts.push_back(rest.substr(0, k));
      if (k == std::string_view::npos) break;
      rest = rest.substr(k + 1);
    }
    if (parts.size() < 2 || parts.size() > 3) return false;
    for (auto p : parts)
      if (!is_decimal(p)) return false;
    if (parts[0].size() > 2 || parts[1].size() > 2) return false;
    bool has_year = parts.size() == 3;
    if (has_year && parts[2].size() != 4) return false;
    if (sep == '.' && !has_year) return false;  // "3.5" is a number
    if (!has_year) {
      const std::string_view p = w(i - 1);
      if (!(p == "on" || p == "dated" || p == "since" || p == "until" || p == "from" || p == "by")) return false;
    }
    e.kind = Kind::numeric;
    e.num_a = decimal_value(parts[0]);
    e.num_b = decimal_value(parts[1]);
    e.year = has_year ? decimal_value(parts[2]) : 0;
    e.last = i;
    return true;
  }

  // "in 2019", "since 2020", "in late 2001", "the year 0", "in 3024", "since the year 20222", "in 999", "in the
  // 2020s".
  bool year(int i, TemporalExpression& e) const {
    const std::string_view t = w(i);
    const std::string_view p = w(i - 1);
    bool after_year_word = p == "year" && w(i - 2) == "the";
    bool after_prep = p == "in" || p == "since" || p == "until" || p == "by" || p == "from" || p == "early" ||
                      p == "late" || p == "mid" || p == "during" || p == "of" || p == "before" || p == "after" ||
                      p == "till" || p == "-";
    if (t.size() == 5 && is_decimal(t.substr(0, 4)) && t.back() == 's' && (p == "the")) {
      e.kind = Kind::unresolvable;
      e.why = "a decade (no decade precision)";
      e.last = i;
      return true;
    }
    if (!is_decimal(t) || !(after_year_word || after_prep)) return false;
    // A number after "in" that counts something ("in 999 cases") is not a year; a four-digit one usually is.
    const std::string_view nx = w(i + 1);
    bool next_ok = nx.empty() || !std::isalpha(static_cast<unsigned char>(nx[0])) || nx == "in" || nx == "on" ||
                   nx == "at" || nx == "after" || nx == "before" || nx == "when" || nx == "and" || nx == "but" ||
                   nx == "as" || nx == "to" || nx == "with" || nx == "for" || nx == "from" || nx == "during" ||
                   nx == "until" || nx == "the" || nx == "that" || nx == "while";
    if (!after_year_word && !(t.size() == 4 || next_ok)) return false;
    if (!after_year_word && t.size() != 4 && p == "-") return false;
    e.kind = Kind::year;
    e.year = decimal_value(t);
    if (t.size() > 4) e.year = 99999;
    e.last = i;
    return true;
  }

  bool weekday(int i, TemporalExpression& e) const {
    int wd = weekday_of(w(i));
    if (wd < 0) return false;
    e.kind = Kind::weekday;
    e.weekday = wd;
    e.last = i;
    if (w(i - 1) == "last" || w(i - 1) == "previous") e.relation = -1;
    if (w(i - 1) == "next" || (w(i - 1) == "coming" && w(i - 2) == "this")) e.relation = +1;
    if (w(i + 1) == "or" && weekday_of(w(i + 2)) >= 0) {
      e.kind = Kind::weekday_pair;
      e.last = i + 2;
    }
    // "last Tuesday's explosion": the possessive belongs to the expression.
    return true;
  }

  // Expressions anchored on the publication date: days, weeks, months, years, and vague spans.
  bool relative(int i, TemporalExpression& e) const {
    const std::string_view t = w(i);
    auto done = [&](Kind k, int offset, int last) {
      e.kind = k;
      e.offset = offset;
      e.last = last;
      return true;
    };
    auto vague = [&](int last, const char* why) {
      e.kind = Kind::unresolvable;
      e.why = why;
      e.last = last;
      return true;
    };
    if (t == "yesterday") return done(Kind::day_offset, -1, i);
    if (t == "today" || t == "tonight") return done(Kind::day_offset, 0, i);
    if (t == "tomorrow") return done(Kind::day_offset, 1, i);
    if (t == "recently" || t == "lately") return vague(i, "vague: recently");
    if (t == "the" && w(i + 1) == "day" && (w(i + 2) == "before" || w(i + 2) == "after")) {
      if (w(i + 2) == "before" && w(i + 3) == "yesterday") return done(Kind::day_offset, -2, i + 3);
      if (w(i + 2) == "after" && w(i + 3) == "tomorrow") return done(Kind::day_offset, 2, i + 3);
    }
    if (t == "the" && w(i + 1) == "week" && w(i + 2) == "before" && w(i + 3) == "last")
      return done(Kind::week_offset, -2, i + 3);
    if (t == "this" || t == "last" || t == "next") {
      int dir = t == "this" ? 0 : (t == "last" ? -1 : 1);
      const std::string_view u = w(i + 1);
      if (u == "morning" || u == "afternoon" || u == "evening")
        return t == "this" ? done(Kind::day_offset, 0, i + 1) : false;
      if (u == "night") return t == "last" ? done(Kind::day_offset, -1, i + 1) : false;
      if (u == "week") return done(Kind::week_offset, dir, i + 1);
      if (u == "weekend") {
        if (t == "next") return done(Kind::week_offset, 1, i + 1);
        return done(Kind::weekend, 0, i + 1);
      }
      if (u == "month") return done(Kind::month_offset, dir, i + 1);
      if (u == "year") return done(Kind::year_offset, dir, i + 1);
    }
    // "at the start of the month", "earlier in the week", "within the week", "at the weekend".
    if ((t == "in" || t == "within" || t == "of") && w(i + 1) == "the") {
      if (w(i + 2) == "week") return done(Kind::week_offset, 0, i + 2);
      if (w(i + 2) == "month") return done(Kind::month_offset, 0, i + 2);
    }
    if ((t == "over" || t == "at" || t == "during") && w(i + 1) == "the" && w(i + 2) == "weekend")
      return done(Kind::weekend, 0, i + 2);
    if ((t == "within" || t == "in") && w(i + 1) == "the" && w(i + 2) == "next" && w(i + 4) == "hours" &&
        count_of(w(i + 3)) > 0 && count_of(w(i + 3)) <= 24)
      return done(Kind::day_offset, 0, i + 4);
    if (t == "in" && w(i + 1) == "the" && (w(i + 2) == "coming" || w(i + 2) == "next") &&
        (w(i + 3) == "days" || w(i + 3) == "weeks" || w(i + 3) == "months" || w(i + 3) == "years"))
      return vague(i + 3, "vague: the coming days");
    if ((t == "in" || t == "within" || t == "for" || t == "over") &&
        (w(i + 1) == "weeks" || w(i + 1) == "days" || w(i + 1) == "months" || w(i + 1) == "decades" ||
         w(i + 1) == "years"))
      return vague(i + 1, "vague span");
    if (t == "in" && w(i + 1) == "recent" &&
        (w(i + 2) == "days" || w(i + 2) == "weeks" || w(i + 2) == "months" || w(i + 2) == "years"))
      return vague(i + 2, "vague: recent");
    if (t == "by" && w(i + 1) == "the" && w(i + 2) == "end" && w(i + 3) == "of" && w(i + 4) == "the" &&
        w(i + 5) == "decade")
      return vague(i + 5, "vague: a decade");
    // "two days ago", "a week ago", "20 years ago", "a year ago today", "in two weeks", "in two months".
    if (int n = count_of(t); n > 0) {
      const std::string_view u = w(i + 1);
      bool ago = w(i + 2) == "ago";
      if (ago) {
        if (is_unit(u, "day")) return done(Kind::day_offset, -n, i + 2);
        if (is_unit(u, "week")) return done(Kind::days_week, -7 * n, i + 2);
        if (is_unit(u, "month")) return done(Kind::month_offset, -n, i + 2);
        if (is_unit(u, "year")) {
          if (w(i + 3) == "today") return done(Kind::years_ago_day, -n, i + 3);
          return done(Kind::year_offset, -n, i + 2);
        }
      }
      // "the second ship in three days", "the third attack in a week": a span that counts, not a date ahead.
      bool counting = false;
      for (int k = 2; k <= 6 && i - k >= 0; ++k) counting = counting || ordinal_of(w(i - k)) > 0;
      if (w(i - 1) == "in" && !counting) {
        if (is_unit(u, "day")) return done(Kind::day_offset, n, i + 1);
        if (is_unit(u, "week")) return done(Kind::days_week, 7 * n, i + 1);
        if (is_unit(u, "month")) return done(Kind::month_offset, n, i + 1);
        if (is_unit(u, "year")) return done(Kind::year_offset, n, i + 1);
      }
    }
    // "on the 22nd", "on the eleventh of this month".
    if (t == "the" && w(i - 1) == "on") {
      int d = ordinal_of(w(i + 1));
      if (d > 0) {
        if (w(i + 2) == "of" && w(i + 3) == "this" && w(i + 4) == "month") {
          e.relation = 2;
          e.day = d;
          return done(Kind::day_of_month, 0, i + 4);
        }
        const std::string_view nx = w(i + 2);
        bool tail = nx.empty() || !std::isalpha(static_cast<unsigned char>(nx[0])) || nx == "in" || nx == "and" ||
                    nx == "at" || nx == "when" || nx == "after" || nx == "before";
        if (tail && !month_of(form(i + 3))) {
          e.day = d;
          return done(Kind::day_of_month, 0, i + 1);
        }
      }
    }
    return false;
  }

  bool match(int i, TemporalExpression& e) const {
    return numeric(i, e) || month_first(i, e) || day_first(i, e) || weekday(i, e) || relative(i, e) || year(i, e);
  }

  const Sentence& s_;
  std::vector<std::string> low_;
};

sys_days monday_of(sys_days d) { return d - days{(weekday{d}.iso_encoding() - 1)}; }

bool year_plausible(int y, const std::optional<year_month_day>& published) {
  if (y < 1000) return false;
  int limit = published ? static_cast<int>(published->year()) + 100 : 2200;
  return y <= limit;
}

ResolvedDate unresolved(std::string why) {
  ResolvedDate r;
  r.reason = std::move(why);
  return r;
}

ResolvedDate resolved(year_month_day d, DatePrecision p, std::string why) {
  // Arithmetic near the ends of the calendar ("next year" in 9999, "yesterday" on 0001-01-01) leaves YYYY-MM-DD.
  if (!d.ok() || static_cast<int>(d.year()) < 1 || static_cast<int>(d.year()) > 9999)
    return unresolved("outside the years 1-9999");
  ResolvedDate r;
  r.date = d;
  r.precision = p;
  r.reason = std::move(why);
  return r;
}

// A month and day without a year: the nearest such date on or before (past) or on or after (future) publication.
ResolvedDate month_day_by_tense(int m, int d, const year_month_day& pub, bool future, const char* what) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return unresolved("impossible date");
  int y = static_cast<int>(pub.year());
  // Try the publication year and the years around it, in the direction of the tense (Feb 29 skips to a leap year).
  for (int k = 0; k < 9; ++k) {
    int yy = future ? y + k : y - k;
    year_month_day c{year{yy}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!c.ok()) continue;
    if (!future && sys_days{c} > sys_days{pub}) continue;
    if (future && sys_days{c} < sys_days{pub}) continue;
    return resolved(c, DatePrecision::day, what);
  }
  return unresolved("impossible date");
}

}  // namespace

int count_of(std::string_view form) {
  static constexpr std::array<std::string_view, 21> words = {
      "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string f = lower(form);
  if (f == "a" || f == "an") return 1;
  if (f == "thirty") return 30;
  if (f == "forty") return 40;
  if (f == "fifty") return 50;
  for (int i = 1; i < static_cast<int>(words.size()); ++i)
    if (f == words[i]) return i;
  if (is_decimal(f) && f.size() <= 3) return decimal_value(f);
  return 0;
}


std::vector<TemporalExpression> find_temporal_expressions(const Sentence& s) { return Matcher(s).run(); }

std::optional<year_month_day> parse_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!is_decimal(s.substr(0, 4)) || !is_decimal(s.substr(5, 2)) || !is_decimal(s.substr(8, 2))) return std::nullopt;
  year_month_day d{year{decimal_value(s.substr(0, 4))}, month{static_cast<unsigned>(decimal_value(s.substr(5, 2)))},
                   day{static_cast<unsigned>(decimal_value(s.substr(8, 2)))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string format_date(const year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

ResolvedDate resolve_temporal_expression(const TemporalExpression& e, const std::optional<year_month_day>& pub,
                                         bool future, DateOrder order) {
  const char* tense = future ? "future tense" : "past or present tense";
  auto need_pub = [&]() { return unresolved("relative to a publication date the document lacks"); };
  switch (e.kind) {
    case Kind::unresolvable: return unresolved(e.why.empty() ? "no date" : e.why);
    case Kind::date: {
      if (e.month < 1 || e.month > 12) return unresolved("impossible month");
      if (e.day < 0 || e.day > 31) return unresolved("impossible day");
      if (e.year) {
        if (!year_plausible(e.year, pub)) return unresolved("implausible year");
        if (e.day == 0)
          return resolved(year{e.year} / month{static_cast<unsigned>(e.month)} / day{1}, DatePrecision::month,
                          "month and year as written");
        year_month_day d{year{e.year}, month{static_cast<unsigned>(e.month)}, day{static_cast<unsigned>(e.day)}};
        if (!d.ok()) return unresolved("impossible date");
        return resolved(d, DatePrecision::day, "date as written");
      }
      if (e.day == 0) {
        if (!pub) return need_pub();
        int y = static_cast<int>(pub->year());
        int pm = static_cast<int>(static_cast<unsigned>(pub->month()));
        if (!future && e.month > pm) --y;
        if (future && e.month < pm) ++y;
        return resolved(year{y} / month{static_cast<unsigned>(e.month)} / day{1}, DatePrecision::month,
                        std::string("month without a year: the nearest one, ") + tense);
      }
      if (e.day < 1) return unresolved("impossible day");
      // An impossible month-day stays impossible whether or not a publication date is known.
      {
        year_month_day leap{year{2000}, month{static_cast<unsigned>(e.month)}, day{static_cast<unsigned>(e.day)}};
        if (!leap.ok()) return unresolved("impossible date");
      }
      if (!pub) return need_pub();
      return month_day_by_tense(e.month, e.day, *pub,
                                future, future ? "month and day: the nearest on or after publication"
                                               : "month and day: the nearest on or before publication");
    }
    case Kind::year:
      if (!year_plausible(e.year, pub)) return unresolved("implausible year");
      return resolved(year{e.year} / January / day{1}, DatePrecision::year, "year as written");
    case Kind::numeric: {
      auto valid = [&](int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) return false;
        year_month_day c{year{e.year ? e.year : 2000}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
        return c.ok();
      };
      if (e.year && !year_plausible(e.year, pub)) return unresolved("implausible year");
      bool mdy = valid(e.num_a, e.num_b), dmy = valid(e.num_b, e.num_a);
      int m = 0, d = 0;
      std::string why;
      if (mdy && dmy && e.num_a != e.num_b) {
        if (order == DateOrder::mdy) m = e.num_a, d = e.num_b, why = "numeric date, the outlet's month-day order";
        else if (order == DateOrder::dmy) m = e.num_b, d = e.num_a, why = "numeric date, the outlet's day-month order";
        else return unresolved("ambiguous numeric date (day-month or month-day) and no outlet convention");
      } else if (mdy) {
        m = e.num_a, d = e.num_b, why = "numeric date, only the month-day reading is valid";
      } else if (dmy) {
        m = e.num_b, d = e.num_a, why = "numeric date, only the day-month reading is valid";
      } else {
        return unresolved("impossible numeric date");
      }
      if (e.year)
        return resolved(year_month_day{year{e.year}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}},
                        DatePrecision::day, why);
      if (!pub) return need_pub();
      return month_day_by_tense(m, d, *pub, future, "numeric month and day: the nearest by tense");
    }
    default: break;
  }
  if (!pub) return need_pub();
  sys_days p{*pub};
  switch (e.kind) {
    case Kind::weekday: {
      int pw = static_cast<int>(weekday{p}.c_encoding());
      int back = ((pw - e.weekday) % 7 + 7) % 7, fwd = ((e.weekday - pw) % 7 + 7) % 7;
      if (e.relation < 0) return resolved(year_month_day{p - days{back ? back : 7}}, DatePrecision::day,
                                          "weekday strictly before publication ('last')");
      if (e.relation > 0) return resolved(year_month_day{p + days{fwd ? fwd : 7}}, DatePrecision::day,
                                          "weekday strictly after publication ('next')");
      if (future) return resolved(year_month_day{p + days{fwd}}, DatePrecision::day,
                                  "weekday: the nearest on or after publication (future tense)");
      return resolved(year_month_day{p - days{back}}, DatePrecision::day,
                      "weekday: the latest on or before publication");
    }
    case Kind::weekday_pair: {
      int pw = static_cast<int>(weekday{p}.c_encoding());
      int back = ((pw - e.weekday) % 7 + 7) % 7, fwd = ((e.weekday - pw) % 7 + 7) % 7;
      sys_days d = future ? p + days{fwd} : p - days{back};
      return resolved(year_month_day{monday_of(d)}, DatePrecision::week, "one of two weekdays: their week");
    }
    case Kind::day_offset:
      return resolved(year_month_day{p + days{e.offset}}, DatePrecision::day, "days from publication");
    case Kind::years_ago_day: {
      year_month_day d{pub->year() + years{e.offset}, pub->month(), pub->day()};
      if (!d.ok()) d = year_month_day{year_month_day_last{d.year(), month_day_last{d.month()}}};
      return resolved(d, DatePrecision::day, "the same day, years before");
    }
    case Kind::week_offset:
      return resolved(year_month_day{monday_of(p) + weeks{e.offset}}, DatePrecision::week,
                      "weeks from the publication week");
    case Kind::days_week:
      return resolved(year_month_day{monday_of(p + days{e.offset})}, DatePrecision::week,
                      "the week holding that day");
    case Kind::weekend: {
      int pw = static_cast<int>(weekday{p}.c_encoding());
      int back = ((pw - 6) % 7 + 7) % 7, fwd = ((6 - pw) % 7 + 7) % 7;
      sys_days sat = future ? p + days{fwd} : p - days{back};
      return resolved(year_month_day{monday_of(sat)}, DatePrecision::week, "the week of the weekend");
    }
    case Kind::month_offset: {
      year_month ym = year_month{pub->year(), pub->month()} + months{e.offset};
      return resolved(ym / day{1}, DatePrecision::month, "months from the publication month");
    }
    case Kind::day_of_month: {
      if (e.day < 1 || e.day > 31) return unresolved("impossible day");
      year_month ym{pub->year(), pub->month()};
      if (e.relation == 2) {
        year_month_day d = ym / day{static_cast<unsigned>(e.day)};
        if (!d.ok()) return unresolved("impossible day");
        return resolved(d, DatePrecision::day, "day of the publication month");
      }
      for (int k = 0; k < 3; ++k) {
        year_month_day d = (future ? ym + months{k} : ym - months{k}) / day{static_cast<unsigned>(e.day)};
        if (!d.ok()) continue;
        if (!future && sys_days{d} > p) continue;
        if (future && sys_days{d} < p) continue;
        return resolved(d, DatePrecision::day, "day of the month: the nearest by tense");
      }
      return unresolved("impossible day");
    }
    case Kind::year_offset: {
      int y = static_cast<int>(pub->year()) + e.offset;
      return resolved(year{y} / January / day{1}, DatePrecision::year, "years from the publication year");
    }
    default: break;
  }
  return unresolved("no date");
}

}  // namespace vigil::events
