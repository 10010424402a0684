// The home state's bodies named with no country: "police arrested 12 people", "the court ruled", "prosecutors said",
// "the government announced". Wire copy filed from a dateline ("NAIROBI, June 3 (AFP) -") names the country once,
// in the dateline, and then writes only "police" or "the ministry": they are the home state's. Not where the story
// has turned to another country ("Somali police ..." filed from Nairobi), which the pre-filter's record of the first
// country each sentence names tells, skipped sentences included.
#include <algorithm>
#include <string_view>

#include "coding/event_coder.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// The bodies a state has at home and speaks through. Not soldiers or envoys, whom stories often follow abroad, nor
// officials or leaders, who may be anyone's.
constexpr std::string_view kHomeBodies[] = {
    "police",     "policeman",  "court",   "prosecutor", "prosecution", "government", "ministry",    "authority",
    "lawmaker",   "legislator", "parliament", "cabinet", "opposition",  "legislature", "judiciary"};

// A state has one of each: "governments around the world", "called on governments at the UN conference" are others'.
constexpr std::string_view kOneOfEach[] = {"government", "ministry", "parliament", "cabinet"};

constexpr std::string_view kStateSectors[] = {"GOV", "LEG", "JUD", "COP", "OPP"};

bool of_home_state(const ActorRef& ref) {
  return std::any_of(std::begin(kStateSectors), std::end(kStateSectors),
                     [&](std::string_view s) { return ref.has_sector(s); });
}

}  // namespace

std::string EventCoder::first_country_named(const Sentence& tokens) const {
  const lexicon::Dictionaries& d = lex_.dicts();
  const size_t n = keys_.forms.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t f = keys_.forms[i];
    // "US" in capitals, which the case-blind matcher cannot list apart from "us".
    if (i < tokens.words.size() && tokens.words[i].form == "US") return "USA";
    if (f == lexicon::kUnknownWord) continue;
    if (lex_.discards().starts_with(f)) {
      if (auto m = lex_.discards().longest(keys_.forms, i)) {
        bool actor_discard = false;
        for (uint32_t v : m.values) actor_discard = actor_discard || d.discards[v].scope == lexicon::DiscardScope::kActor;
        if (actor_discard) {  // "US dollars", "Team Canada": no country named
          i += m.length - 1;
          continue;
        }
      }
    }
    if (!lex_.actors().starts_with(f)) continue;
    auto m = lex_.actors().longest(keys_.forms, i);
    for (uint32_t v : m.values) {
      const uint32_t a = d.actor_phrases[v].actor;
      if (a >= d.actors.size()) continue;
      std::string country;
      std::vector<std::string> sectors;
      split_actor_code(std::string(d.actors[a].code_on(date_)), country, sectors);
      if (!country.empty()) return country;
    }
  }
  return {};
}

void EventCoder::adopt_dateline_for_home_bodies(std::vector<const Mention*>& sources,
                                                const std::vector<const Mention*>& targets,
                                                std::deque<Mention>& adopted) const {
  auto needs_home = [&](const Mention* s) {
    return s->ref.sentence == sentence_index_ && s->ref.code.starts_with("---") && s->ref.code.size() > 3 &&
           of_home_state(s->ref) && is_one_of(tree_.lemma(s->head), kHomeBodies) && !called_foreign(s->head) &&
           !(tree_.word(s->head).xpos == "NNS" && is_one_of(tree_.lemma(s->head), kOneOfEach));
  };
  if (std::none_of(sources.begin(), sources.end(), needs_home)) return;
  // Only what the pre-filter saw: without its record (a sentence coded on its own) nothing is known of the story.
  if (first_countries_.size() <= static_cast<size_t>(sentence_index_)) return;
  const std::string home = dateline_country();
  if (home.empty() || (!story_country_.empty() && story_country_ != home)) return;
  for (int i = 0; i <= sentence_index_; ++i)
    if (!first_countries_[i].empty() && first_countries_[i] != home) return;
  // A body that acts on its own state is that state's, not its home's: "the government accused Kenya" is filed from
  // Nairobi about another government.
  for (const Mention* t : targets)
    if (t->ref.country == home && (t->ref.sectors.empty() || (of_home_state(t->ref) && !t->ref.has_sector("OPP"))))
      return;
  for (const Mention*& s : sources) {
    if (!needs_home(s)) continue;
    adopted.push_back(with_country(*s, home));
    s = &adopted.back();
  }
}

}  // namespace vigil::coding
