// Legal and police acts reported in the passive with no doer ("four deputies were sentenced to 15 years", "three
// journalists were arrested in Ankara"): news leaves the doer out because only a state's courts or police do such
// things, and CAMEO coders code them as that state's judiciary or police.
#include <string_view>

#include "coding/event_coder.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// The sector that alone does what a lemma names: courts sentence, convict, acquit, jail and indict; police arrest
// and detain. Empty for any other lemma.
std::string_view implied_sector(std::string_view lemma) {
  static constexpr std::string_view judicial[] = {"sentence", "convict", "acquit", "jail", "imprison", "indict"};
  static constexpr std::string_view police[] = {"arrest", "detain", "apprehend", "handcuff"};
  if (is_one_of(lemma, judicial)) return "JUD";
  if (is_one_of(lemma, police)) return "COP";
  return {};
}

}  // namespace

// The judiciary or police of the country where the act happens (an in/at-phrase of the verb naming a place or
// state), or else of the one acted on; null when the verb is no agentless passive of a legal act, or neither
// names a country.
const Mention* EventCoder::implied_authority(int verb, const std::vector<const Mention*>& targets) const {
  const Word& v = tree_.word(verb);
  if (v.upos != "VERB" || v.xpos != "VBN") return nullptr;
  std::string_view sector = implied_sector(tree_.lemma(verb));
  if (sector.empty()) return nullptr;
  const bool passive = tree_.child(verb, "aux:pass") || tree_.child(verb, "nsubj:pass") || tree_.rel(verb) == "acl";
  if (!passive || tree_.child(verb, "obl:agent")) return nullptr;
  // A by-phrase the parse hung lower still names the doer: "detained and tortured by the regime" (on the conjunct),
  // "indicted on corruption charges by the anti-graft agency" (on the charges).
  for (int c : tree_.children(verb)) {
    std::string_view r = tree_.base_rel(c);
    if (r != "obl" && r != "conj") continue;
    for (int g : tree_.children(c))
      if (int cs = tree_.child(g, "case"); cs && tree_.lemma(cs) == "by" &&
                                           (tree_.base_rel(g) == "nmod" || tree_.base_rel(g) == "obl"))
        return nullptr;
  }
  const Mention* where = nullptr;
  for (int c : tree_.children(verb)) {
    int cs = tree_.child(c, "case");
    if (!cs) continue;
    // A by-phrase the parse left as a plain oblique names the doer: the coder found none there, so none is implied.
    if (tree_.lemma(cs) == "by") return nullptr;
    // Held at a body of no country ("detained at the International Criminal Tribunal"): that body's act, not a
    // state's.
    if (const Mention* m = actor_at(c); m && m->ref.country.empty()) return nullptr;
    if (int place = !where && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at") ? country_in_phrase(c) : 0)
      where = actor_at(place);
  }
  const Mention* basis = where;
  // The one acted on is a person or a body: a place taken for one ("Gao was jailed", Gao also a city) says nothing.
  // Nor does a country in a clause that describes them: "Cakici, who was extradited from Austria, was indicted".
  auto in_describing_clause = [&](const Mention* m) {
    if (!tree_.dominates(verb, m->ref.head)) return false;  // "opposition leaders who had been detained"
    for (int w = m->ref.head; w > 0 && w != verb; w = tree_.head(w))
      if (tree_.base_rel(w) == "acl" && tree_.head(w) != verb) return true;
    return false;
  };
  for (const Mention* t : targets)
    if (!basis && !t->ref.country.empty() && t->kind != MentionKind::place && !t->city && !in_describing_clause(t))
      basis = t;
  if (!basis || basis->ref.country.empty()) return nullptr;
  Mention authority = *basis;
  authority.kind = MentionKind::agent;
  authority.person = authority.city = authority.capital_owner = authority.former = false;
  authority.antecedent.clear();
  authority.members = 1;
  authority.ref.code = basis->ref.country + std::string(sector);
  split_actor_code(authority.ref.code, authority.ref.country, authority.ref.sectors);
  derived_mentions_.push_back(std::move(authority));
  return &derived_mentions_.back();
}

}  // namespace vigil::coding
