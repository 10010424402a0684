// Disapproval of a violent or coercive act is aimed at whoever did the act, not at its victims or its place: the
// target of "condemned the bomb attacks on three hotels in Jordan" is the unnamed bombers (no target), not Jordan;
// that of "condemned Israel's raid on Gaza" or "denounced the arrest of X by Hong Kong police" is the doer named.
// An act with no doer named is done, as the report has it, by whom its teller blames ("..., the ministry said,
// blaming Azerbaijan").
#include <algorithm>
#include <array>

#include "coding/event_coder.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// Acts whose doer is the one blamed when they are condemned. Lemmas, as the parser gives them.
bool is_blamed_act(std::string_view lemma) {
  static constexpr std::array<std::string_view, 26> kActs{
      "attack",    "bombing",  "blast",     "explosion", "killing",   "murder",   "assassination",
      "massacre",  "shooting", "kidnapping", "abduction", "raid",     "shelling", "strike",
      "airstrike", "assault",  "ambush",    "arrest",    "detention", "execution", "jailing",
      "beating",   "torture",  "bombardment", "slaying", "hijacking"};
  return is_one_of(lemma, kActs);
}

}  // namespace

void EventCoder::aim_at_doer_of_condemned_act(int verb, std::string_view code,
                                              std::vector<const Mention*>& targets) const {
  // Disapproval and criticism only: blaming (112) names the doer itself ("blamed the attacks on separatists").
  if ((code != "110" && code != "111") || targets.empty()) return;
  int act = 0;
  for (int c : tree_.children(verb))
    if (!act && tree_.base_rel(c) == "obj" && tree_.word(c).upos == "NOUN" && is_blamed_act(tree_.lemma(c))) act = c;
  if (!act) return;
  // A target named outside the act ("condemned Israel for the raid") stays; so does the act named as its doer's
  // ("the Israeli air strike", an agent of its own country), but not one of no country ("the air strike").
  // (The target found may be a copy that took the story's country: ask the act's own mention.)
  const Mention* named = actor_at(act);
  const bool act_has_country = named && named->ref.code.rfind("---", 0) != 0;
  for (const Mention* t : targets)
    if (t->ref.sentence != sentence_index_ || !tree_.dominates(act, t->head) || (t->head == act && act_has_country))
      return;
  // The act's doer: its owner ("Israel's raid"), its adjective or compound ("the Israeli raid"), or a by-phrase
  // anywhere inside it (the parse may hang "by Hong Kong police" on the arrested man).
  std::vector<const Mention*> doers;
  for (int c : tree_.children(act)) {
    std::string_view r = tree_.rel(c);
    if (r == "nmod:poss" || r == "amod" || r == "compound") actors_at(c, doers);
  }
  auto [lo, hi] = tree_.subtree_range(act);
  for (int w = lo; w <= hi && doers.empty(); ++w) {
    int cs = tree_.child(w, "case");
    if (w != act && tree_.base_rel(w) == "nmod" && cs && tree_.lemma(cs) == "by") actors_at(w, doers);
  }
  // Not a place, nor the act's own words read again ("air" inside "the air strike").
  std::erase_if(doers, [&](const Mention* m) { return m->kind == MentionKind::place || m->head == act; });
  targets = doers;
}

int EventCoder::doer_blamed_by_reporter(int verb) const {
  // "Heavy shelling hit the Armenian towns ..., Armenia's defence ministry said, blaming Azerbaijan": an act with no
  // doer named, told with whom the teller blames for it. The one blamed is the doer, as the report has it (the
  // modality and attribution passes say on whose word). "Blaming" hangs on the act itself, on the verb of speech
  // the act is a conjunct or complement of, or on one that is the act's own conjunct.
  std::vector<int> holders{verb};
  if (std::string_view r = tree_.base_rel(verb); (r == "ccomp" || r == "conj" || r == "parataxis") && tree_.head(verb) > 0)
    holders.push_back(tree_.head(verb));
  for (int c : tree_.children(verb))
    if (std::string_view r = tree_.base_rel(c); r == "conj" || r == "parataxis") holders.push_back(c);
  for (int h : holders)
    for (int c : tree_.children(h)) {
      std::string_view r = tree_.base_rel(c);
      if (c == verb || tree_.lemma(c) != "blame" || tree_.word(c).upos != "VERB" ||
          (r != "ccomp" && r != "advcl" && r != "xcomp" && r != "conj" && r != "parataxis"))
        continue;
      // "blaming Azerbaijan", not "blaming the attack on Azerbaijan" (then Azerbaijan is hit, not the hitter).
      for (int o : tree_.children(c)) {
        const Mention* m = actor_at(o);
        if (tree_.rel(o) == "obj" && m && m->head == o && !m->ref.country.empty() && m->kind != MentionKind::place)
          return o;
      }
    }
  return 0;
}

}  // namespace vigil::coding
