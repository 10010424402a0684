// Disapproval of a violent or coercive act is aimed at whoever did the act, not at its victims or its place: the
// target of "condemned the bomb attacks on three hotels in Jordan" is the unnamed bombers (no target), not Jordan;
// that of "condemned Israel's raid on Gaza" or "denounced the arrest of X by Hong Kong police" is the doer named.
// An act with no doer named is done, as the report has it, by whom its teller blames ("..., the ministry said,
// blaming Azerbaijan").
#include <algorithm>
#include <array>

#include "coding/event_coder.h"
#include "coding/word_kinds.h"
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

// Words of worry whose content clause may name a doer: "voiced concern that Syria was moving to ...", "feared that
// Iran was arming the militia", "warned that Russia was massing troops". Not "doubt": doubting an act is no charge.
bool is_worry_word(std::string_view lemma) {
  static constexpr std::array<std::string_view, 15> kWords{
      "concern", "concerned", "worry",   "worried", "fear",    "alarm",   "alarmed", "anxiety",
      "unease",  "disturb",   "disturbed", "trouble", "troubled", "warn",  "warning"};
  return is_one_of(lemma, kWords);
}

}  // namespace

int EventCoder::doer_of_feared_act(int verb) const {
  // The content clause: the verb's own ("feared that ...", "is concerned that ..."), or its object's ("voiced concern
  // that ...", which parsers also make a relative clause with "that" for its mark).
  // Or the content clause of what the worry is about: "was disturbed by reports that the Maoists had violated ...",
  // "voiced concern over reports that ...".
  std::vector<int> clauses;
  auto content_of = [&](int noun) {
    for (int c : tree_.children(noun))
      if (std::string_view r = tree_.rel(c); r == "acl" || r == "acl:relcl") clauses.push_back(c);
  };
  auto topics_of = [&](int word) {
    static constexpr std::string_view kAbout[] = {"by", "about", "over", "at"};
    for (int c : tree_.children(word)) {
      std::string_view r = tree_.base_rel(c);
      int cs = tree_.child(c, "case");
      if ((r == "obl" || r == "nmod") && cs && is_one_of(tree_.lemma(cs), kAbout) && tree_.upos(c) == "NOUN")
        content_of(c);
    }
  };
  if (is_worry_word(tree_.lemma(verb))) {
    for (int c : tree_.children(verb))
      if (tree_.rel(c) == "ccomp") clauses.push_back(c);
    topics_of(verb);
  }
  for (int o : tree_.children(verb))
    if (tree_.rel(o) == "obj" && is_worry_word(tree_.lemma(o))) {
      content_of(o);
      topics_of(o);
    }
  static constexpr std::string_view kModals[] = {"will", "would", "could", "may", "might", "shall", "should", "can", "'ll", "wo"};
  for (int c : clauses) {
    int mark = tree_.child(c, "mark");
    if (tree_.upos(c) != "VERB" || (mark && tree_.lemma(mark) != "that") ||
        (!mark && tree_.rel(c) != "ccomp"))
      continue;
    // What someone may do is a pessimistic forecast ("feared that Iran would retaliate"), not a charge.
    bool modal = false;
    for (int a : tree_.children(c)) modal = modal || (tree_.rel(a) == "aux" && is_one_of(tree_.folded_form(a), kModals));
    int s = tree_.child(c, "nsubj");
    const Mention* m = s ? actor_at(s) : nullptr;
    if (modal || !m || m->kind == MentionKind::pronoun || m->kind == MentionKind::place || m->ref.country.empty()) continue;
    return s;
  }
  return 0;
}

bool EventCoder::is_act_blamed_on_object(int w) const {
  // Up through the infinitives and conjuncts the blamed act is made of ("for failing to cooperate", "for attacking
  // and looting") to the phrase that names it.
  int act = w;
  for (int steps = 0; steps < 4; ++steps) {
    std::string_view r = tree_.base_rel(act);
    if ((r != "xcomp" && r != "conj") || tree_.head(act) <= 0) break;
    act = tree_.head(act);
  }
  int marker = tree_.child(act, "mark");
  if (!marker) marker = tree_.child(act, "case");
  static constexpr std::string_view kMarkers[] = {"for", "of", "with"};
  if (!marker || !is_one_of(tree_.lemma(marker), kMarkers)) return false;
  std::string_view r = tree_.base_rel(act);
  if (r != "advcl" && r != "acl" && r != "xcomp" && r != "ccomp" && r != "obl" && r != "nmod") return false;
  // The parse may hang a clause on the object ("accused Putin [of ordering]"): the verb is the object's head. (Not a
  // noun: in "condemned the dispersal of the demonstration" the demonstration is no reason given.)
  int blamer = tree_.head(act);
  if (blamer > 0 && tree_.upos(act) == "VERB" && tree_.upos(blamer) != "VERB" &&
      tree_.base_rel(blamer) == "obj")
    blamer = tree_.head(blamer);
  if (blamer <= 0 || tree_.upos(blamer) != "VERB" || !blames_for_act(tree_.lemma(blamer))) return false;
  // Only an act blamed on someone named: the object of the verb, or the subject of a passive ("was sentenced for").
  return tree_.child(blamer, "obj") || tree_.child(blamer, "nsubj:pass");
}

void EventCoder::aim_at_doer_of_condemned_act(int verb, std::string_view code,
                                              std::vector<const Mention*>& targets) const {
  // Disapproval and criticism only: blaming (112) names the doer itself ("blamed the attacks on separatists").
  if ((code != "110" && code != "111") || targets.empty()) return;
  // An attack one launches in words is one's own ("launched a fresh attack on Britain, accusing London ..."): its
  // target is whom it is aimed at.
  static constexpr std::string_view kLaunch[] = {"launch", "unleash", "mount"};
  if (is_one_of(tree_.lemma(verb), kLaunch)) return;
  int act = 0;
  for (int c : tree_.children(verb))
    if (!act && tree_.base_rel(c) == "obj" && tree_.upos(c) == "NOUN" && is_blamed_act(tree_.lemma(c))) act = c;
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
      if (c == verb || tree_.lemma(c) != "blame" || tree_.upos(c) != "VERB" ||
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
