// Temporal expressions of news English ("on Monday", "Jan. 9, 2022", "last week", "two days ago", "since 2020",
// "9/1") found in a tokenized sentence and resolved to a calendar date with a precision, against the document's
// publication date. Recognition reads word forms only (no parse needed); resolution needs the tense of the clause
// the expression modifies (a bare "on Thursday" is the nearest past Thursday in "met on Thursday" and the nearest
// coming one in "will meet on Thursday").
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "text/sentence.h"

namespace vigil::events {

enum class DatePrecision { day, week, month, year };
const char* precision_name(DatePrecision p);

// The order of an outlet's all-numeric dates ("9/1"): unknown leaves an ambiguous one unresolved.
enum class DateOrder { unknown, mdy, dmy };

struct TemporalExpression {
  enum class Kind {
    date,          // year (0 = none), month, day (0 = month precision); a missing year is found by tense
    year,          // an explicit year
    weekday,       // weekday, with relation: 0 by tense, -1 strictly before ("last"), +1 strictly after ("next")
    weekday_pair,  // "on Saturday or Sunday": the week holding the first one
    day_offset,    // publication day + offset days ("yesterday" -1, "tomorrow" +1)
    years_ago_day, // the publication day, offset years ("a year ago today")
    week_offset,   // the publication week + offset weeks
    days_week,     // the week holding the publication day + offset days ("two weeks ago": -14)
    weekend,       // the week holding the most recent Saturday (the coming one in future tense)
    month_offset,  // the publication month + offset months
    day_of_month,  // "on the 22nd": day of the publication month or a neighbouring one, by tense
    year_offset,   // the publication year + offset years
    numeric,       // all-numeric "a/b" or "a/b/y": day-month order decided at resolution
    unresolvable,  // recognised but gives no date: vague ("recently", "for decades"), impossible ("February 30")
  };
  Kind kind = Kind::unresolvable;
  int first = 0, last = 0;  // words (1-based, inclusive) of the sentence
  Span span;
  std::string text;  // as written (document bytes are not at hand here: the words joined as in the text)
  int year = 0, month = 0, day = 0;
  int weekday = -1;  // 0 = Sunday .. 6 = Saturday (std::chrono::weekday encoding)
  int relation = 0;
  int offset = 0;
  int num_a = 0, num_b = 0;  // numeric: the two leading numbers as written
  std::string why;           // for unresolvable: the reason
};

// Every temporal expression of a sentence, left to right, not overlapping.
std::vector<TemporalExpression> find_temporal_expressions(const Sentence& s);

// A small count written as a word or digits: "a", "two", "3" -> 1, 2, 3 (up to "fifty" and three digits); 0 when not
// one.
int count_of(std::string_view form);

struct ResolvedDate {
  std::optional<std::chrono::year_month_day> date;  // empty: unresolved
  DatePrecision precision = DatePrecision::day;
  std::string reason;  // how it was resolved, for explain
};

// "YYYY-MM-DD" -> date; empty or malformed -> nullopt.
std::optional<std::chrono::year_month_day> parse_iso_date(const std::string& s);
std::string format_date(const std::chrono::year_month_day& d);

// Resolves `e` against the publication date. `future`: the clause speaks of a coming act ("will meet").
// Never throws: impossible, implausible and relative-without-publication dates come back unresolved.
ResolvedDate resolve_temporal_expression(const TemporalExpression& e,
                                         const std::optional<std::chrono::year_month_day>& published, bool future,
                                         DateOrder order = DateOrder::unknown);

}  // namespace vigil::events
