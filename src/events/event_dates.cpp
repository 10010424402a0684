#include "events/event_dates.h"

#include <fmt/format.h>

#include "coding/dependency_view.h"
#include "events/document_coder.h"
#include "text/word_list.h"

namespace vigil::events {

namespace {

bool clause_head(const coding::DependencyView& t, int i) {
  const Word& w = t.word(i);
  if (t.head(i) == 0) return true;
  if (w.upos == "VERB") return true;
  for (int c : t.children(i))
    if (t.base_rel(c) == "cop" || t.base_rel(c) == "nsubj") return true;
  return false;
}

// The word of the expression whose head lies outside it.
int expression_head(const coding::DependencyView& t, const TemporalExpression& e) {
  for (int i = e.first; i <= e.last; ++i) {
    int h = t.head(i);
    if (h < e.first || h > e.last) return i;
  }
  return e.first;
}

// A date inside a noun phrase's name or pre-modifier: "the January 6 committee", "the 2008 Mumbai attacks"; or
// after "of" in the name of a text or a war: "the Mutual Defense Treaty of 1951", "the war of 1967" (not "the end
// of 2005", "the early hours of Sunday", which are times; nor the event's own word).
bool inside_noun_modifier(const coding::DependencyView& t, int h, const TemporalExpression& e, int word) {
  std::string_view r = t.base_rel(h);
  int head = t.head(h);
  if (r == "compound" || r == "amod" || r == "nummod") return head > e.last;
  if (r == "nmod" && head != word && head > 0) {
    static constexpr std::string_view named[] = {"treaty", "agreement", "accord", "accords", "convention",
                                                 "resolution", "act", "law", "constitution", "charter", "war"};
    int cs = t.child(h, "case");
    std::string_view l = t.lemma(head);
    return cs && t.lemma(cs) == "of" && (t.upos(head) == "PROPN" || is_one_of(l, named));
  }
  return false;
}

// An adverbial clause of the same time as the clause it modifies: "when" or "while" opens it ("as" is as often a
// cause or a comparison: "as it did last January").
bool same_time_clause(const coding::DependencyView& t, int clause) {
  static constexpr std::string_view kSameTime[] = {"when", "while"};
  const int mark = t.child(clause, "mark");
  return mark && is_one_of(t.folded_form(mark), kSameTime);
}

int depth(const coding::DependencyView& t, int i) {
  int d = 0;
  for (int steps = 0; i > 0 && steps <= t.size(); ++steps) i = t.head(i), ++d;
  return d;
}

}  // namespace

const TemporalExpression* expression_for_word(const coding::DependencyView& t,
                                              const std::vector<TemporalExpression>& exprs, int word) {
  const Sentence& s = t.sentence();
  if (exprs.empty() || word < 1 || word > static_cast<int>(s.words.size())) return nullptr;
  bool parsed = !s.words.empty() && s.words[0].head >= 0;
  if (!parsed) return exprs.size() == 1 ? &exprs[0] : nullptr;  // nothing to attach by: the lone one
  const TemporalExpression* best = nullptr;
  const TemporalExpression* below = nullptr;  // in a subjectless clause under the event word
  int best_depth = -1;
  for (const TemporalExpression& e : exprs) {
    int h = expression_head(t, e);
    if (inside_noun_modifier(t, h, e, word)) continue;
    // The clause the expression modifies: the first clause head (or the event word itself) above it.
    int c = t.head(h);
    while (c != 0 && c != word && !clause_head(t, c)) c = t.head(c);
    if (c == 0) c = h;  // the expression is the root itself (a fragment)
    bool dates = c == word || t.dominates(c, word);
    if (!dates) {
      // "applied to join NATO two years ago", "began leaving Karabakh a week ago", "the convoy crossed on ...": a
      // clause without a subject of its own continues the event's (the parser often hangs the date there).
      bool subjectless = !t.child(c, "nsubj") && !t.child(c, "nsubj:pass") && !t.child(c, "expl");
      std::string_view r = t.base_rel(c);
      if (!below && t.dominates(word, c) && subjectless && (r == "xcomp" || r == "advcl" || r == "acl") &&
          (r != "acl" || t.head(c) == word))
        below = &e;
      // "Nineteen people were killed when extremists launched a bombing campaign on Christmas Eve in 2000": a
      // clause of the same time on the event word dates it too.
      if (!below && r == "advcl" && t.head(c) == word && same_time_clause(t, c)) below = &e;
      continue;
    }
    int d = depth(t, c);
    if (d > best_depth) best = &e, best_depth = d;
  }
  return best ? best : below;
}

bool future_clause(const coding::DependencyView& t, int word) {
  if (word < 1 || word > t.size()) return false;
  for (int c = word, hops = 0; c != 0 && hops < 4; c = t.head(c), ++hops) {
    for (int ch : t.children(c)) {
      std::string_view r = t.base_rel(ch);
      std::string l(t.lemma(ch));
      for (char& x : l) x = static_cast<char>(std::tolower(static_cast<unsigned char>(x)));
      if (r == "aux" && (l == "will" || l == "shall" || l == "would" || l == "'ll" || l == "wo")) return true;
    }
    std::string l(t.lemma(c));
    for (char& x : l) x = static_cast<char>(std::tolower(static_cast<unsigned char>(x)));
    if (l == "due" || l == "expect" || l == "schedule" || l == "plan" || l == "set" || l == "intend" ||
        l == "hope" || l == "poise")
      if (c != word || t.child(c, "aux:pass") || t.child(c, "cop") || t.child(c, "xcomp")) return true;
    if (c == word) {
      const std::string_view x = t.xpos(c);
      bool has_aux = false;
      for (int ch : t.children(c))
        if (t.base_rel(ch) == "aux" || t.base_rel(ch) == "cop") has_aux = true;
      if (x == "VBZ" && !has_aux && l != "say" && l != "tell" && l != "report" && l != "be" &&
          l != "have")
        return true;
      if (l == "going" || l == "go") {
        if (t.child(c, "xcomp")) return true;
      }
    }
    // Only climb through infinitival complements ("is due to meet", "will begin to withdraw"), and from a clause
    // of what comes first to the act it comes before ("hopes to pass the bill before leaving on April 24").
    bool before = false;
    if (t.base_rel(c) == "advcl")
      if (int mk = t.child(c, "mark"); mk && (t.folded_form(mk) == "before" || t.folded_form(mk) == "until"))
        before = true;
    if (t.base_rel(c) != "xcomp" && !before) break;
  }
  return false;
}

EventDate date_for_word(const Sentence& s, const std::vector<TemporalExpression>& exprs, int word,
                        const DateContext& ctx) {
  coding::DependencyView t;
  t.reset(s);
  return date_for_word(t, exprs, word, ctx);
}

EventDate date_for_word(const coding::DependencyView& t, const std::vector<TemporalExpression>& exprs, int word,
                        const DateContext& ctx) {
  const Sentence& s = t.sentence();
  EventDate out;
  const TemporalExpression* e = expression_for_word(t, exprs, word);
  if (!e) {
    if (ctx.published) {
      out.date = format_date(*ctx.published);
      out.precision = "day";
      out.basis = "published";
      out.reason = "no temporal expression in the event's clause: the publication date";
    } else {
      out.basis = "unresolved";
      out.reason = "no temporal expression in the event's clause and no publication date";
    }
    return out;
  }
  out.expression = e;
  // Tense of the clause the expression modifies.
  int h = expression_head(t, *e);
  int c = t.head(h);
  while (c != 0 && c != word && !clause_head(t, c)) c = t.head(c);
  if (c == 0) c = word;
  bool future = future_clause(t, c);
  ResolvedDate r = resolve_temporal_expression(*e, ctx.published, future, ctx.order);
  std::string verb = c >= 1 && c <= static_cast<int>(s.words.size()) ? s.words[c - 1].form : "?";
  if (r.date) {
    out.date = format_date(*r.date);
    out.precision = precision_name(r.precision);
    out.basis = "text";
  } else {
    out.basis = "unresolved";
  }
  out.reason = fmt::format("'{}' (words {}-{}) modifies '{}': {}", e->text, e->first, e->last, verb, r.reason);
  return out;
}

void date_events(Story& story, std::vector<coding::Event>& out, size_t first, DateOrder order) {
  DateContext ctx;
  ctx.published = parse_iso_date(story.doc().published);
  ctx.order = order;
  int cached = -1;
  std::vector<TemporalExpression> exprs;
  for (size_t k = first; k < out.size(); ++k) {
    coding::Event& ev = out[k];
    if (ev.sentence < 0 || static_cast<size_t>(ev.sentence) >= story.size()) continue;
    const Sentence& s = story.parsed(static_cast<size_t>(ev.sentence));
    if (ev.sentence != cached) {
      exprs = find_temporal_expressions(s);
      cached = ev.sentence;
    }
    EventDate d = date_for_word(story.tree(static_cast<size_t>(ev.sentence)), exprs, ev.verb_word, ctx);
    ev.date = d.date;
    ev.date_precision = d.precision;
    ev.date_basis = d.basis;
    ev.date_reason = d.reason;
  }
}

}  // namespace vigil::events
