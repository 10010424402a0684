// Event dates: the temporal expression of the clause an event's word belongs to, resolved against the publication
// date; an event with none takes the publication date (basis "published").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "events/temporal_expressions.h"
#include "text/sentence.h"

namespace vigil::events {

class Story;

struct DateContext {
  std::optional<std::chrono::year_month_day> published;
  DateOrder order = DateOrder::unknown;
};

struct EventDate {
  std::string date;       // YYYY-MM-DD or empty
  std::string precision;  // day, week, month, year, or empty
  std::string basis;      // text, published, unresolved
  std::string reason;     // the words that decided it and how
  const TemporalExpression* expression = nullptr;  // the expression used (points into the given list)
};

// The expression that dates the event whose word is `word` (1-based) in the parsed sentence of view `t`, or nullptr:
// one in the event word's own clause (or inside the event noun's phrase), else one of a clause that governs it ("said
// on Sunday that it had advanced"). Expressions inside a noun's name or modifier ("the January 6 committee", "the
// 2008 attacks") date nothing.
const TemporalExpression* expression_for_word(const coding::DependencyView& t,
                                              const std::vector<TemporalExpression>& exprs, int word);

// Whether the clause that `word` heads (or belongs to) speaks of a coming act: "will", "would", "is due to", "is
// expected", present tense of a non-speech verb ("expires on Wednesday").
bool future_clause(const coding::DependencyView& t, int word);

// The full decision for one event word (the Sentence form builds the view; a caller that has one passes it).
EventDate date_for_word(const Sentence& s, const std::vector<TemporalExpression>& exprs, int word,
                        const DateContext& ctx);
EventDate date_for_word(const coding::DependencyView& t, const std::vector<TemporalExpression>& exprs, int word,
                        const DateContext& ctx);

// Story pass: dates the events [first, out.size()).
void date_events(Story& story, std::vector<coding::Event>& out, size_t first, DateOrder order = DateOrder::unknown);

}  // namespace vigil::events
