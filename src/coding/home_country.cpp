// Whose a state body or the opposition is when the sentence names it without a country and its target brings one:
// "the foreign ministry accused Baghdad of lying" in a story from Moscow, "the opposition accused President Mugabe
// of rigging the vote". Wire copy names the country once, in the dateline or an earlier sentence, and then writes
// "the ministry", "the government", "the opposition".
#include <algorithm>
#include <string_view>

#include "coding/event_coder.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// Sectors that belong to one state and speak for it.
bool of_a_state(const ActorRef& ref) {
  static constexpr std::string_view sectors[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP"};
  for (std::string_view s : sectors)
    if (ref.has_sector(s)) return true;
  return false;
}

}  // namespace

void EventCoder::adopt_home_country(std::vector<const Mention*>& sources, const std::vector<const Mention*>& targets,
                                    const std::vector<Event>& story, std::deque<Mention>& adopted) const {
  // A country the target speaks for: a state or its organs. Rebels, the opposition or civilians of a country are
  // often its own state's target ("police blamed Taliban insurgents").
  auto targeted = [&](const std::string& country) {
    return std::any_of(targets.begin(), targets.end(), [&](const Mention* t) {
      return t->ref.country == country && (t->ref.sectors.empty() || (of_a_state(t->ref) && !t->ref.has_sector("OPP")));
    });
  };
  // With no target of a country, the sentence's or the story's country is already the doer's (the caller's rule).
  if (std::none_of(targets.begin(), targets.end(), [](const Mention* t) { return !t->ref.country.empty(); })) return;
  std::vector<std::string> told;  // the countries of the story's earlier events
  for (const Event& e : story)
    if (doc_ && e.doc == doc_->id && e.sentence < sentence_index_)
      for (const std::string* c : {&e.source.country, e.target ? &e.target->country : nullptr})
        if (c && !c->empty() && std::find(told.begin(), told.end(), *c) == told.end()) told.push_back(*c);
  std::string story_home;
  if (std::string d = dateline_country();
      !d.empty() && !targeted(d) && (told.empty() || std::find(told.begin(), told.end(), d) != told.end()))
    story_home = d;
  std::erase_if(told, targeted);
  if (story_home.empty() && told.size() == 1) story_home = told[0];
  for (const Mention*& s : sources) {
    if (s->ref.sentence != sentence_index_ || !s->ref.code.starts_with("---") || s->ref.code.size() <= 3 ||
        !of_a_state(s->ref))
      continue;
    // "foreign forces", "international monitors": words outside the role that say it is no one's of here. Only
    // outside it, unlike the general rule: "the foreign ministry" is a state's own.
    bool foreign = false;
    for (int c : tree_.children(s->head))
      foreign = foreign || ((c < s->first || c > s->last) && tree_.rel(c) == "amod" &&
                            (tree_.lemma(c) == "foreign" || tree_.lemma(c) == "overseas" ||
                             tree_.lemma(c) == "international" || tree_.lemma(c) == "multinational"));
    if (foreign) continue;
    // An envoy speaks abroad, and a "leader" may lead a party the lexicon does not know: where the story is told
    // says nothing of whose they are.
    static constexpr std::string_view abroad_or_unknown[] = {"ambassador", "envoy", "diplomat", "emissary", "consul",
                                                             "leader"};
    if (is_one_of(tree_.lemma(s->head), abroad_or_unknown) && !s->ref.has_sector("OPP")) continue;
    std::string home;
    // An opposition opposes its own government: the government it accuses gives its country.
    if (s->ref.has_sector("OPP"))
      for (const Mention* t : targets)
        if (home.empty() && t->ref.has_sector("GOV") && !t->ref.country.empty()) home = t->ref.country;
    // Otherwise the story's, never the target's own (a body that acts on a foreign state is not that state's): the
    // dateline's country when the story so far names it or nothing, else the one country other than the target's
    // that its earlier events name. Where they name several, "the president" may be any of theirs: no one is guessed.
    if (home.empty()) home = story_home;
    if (home.empty()) continue;
    adopted.push_back(with_country(*s, home));
    s = &adopted.back();
  }
}

}  // namespace vigil::coding
