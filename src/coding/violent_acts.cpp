// Violence whose victim or doer the clause does not name where an active verb would: a passive written without its
// auxiliary ("Fourteen Palestinians wounded in clashes"), a doer named in a "when" clause ("a barmaid was killed
// when attackers threw grenades"), a bombing of a public place whose victims are the people there, and the act a
// protest names with its doer ("to protest the occupation of Laos by Vietnamese troops").
#include <array>
#include <functional>

#include "coding/actor_kinds.h"
#include "coding/event_coder.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// Places where civilians gather: force that strikes them there strikes those people (a linguist's reading of
// "bombed a market", "blew himself up in a mosque"). Not government or military buildings, whose owners are struck.
bool is_public_gathering_place(std::string_view lemma) {
  static constexpr std::array<std::string_view, 20> kPlaces{
      "mosque", "church",  "temple",     "synagogue", "shrine",     "cathedral", "market",  "marketplace",
      "bazaar", "restaurant", "cafe",    "café",      "hotel",      "bus",       "wedding", "funeral",
      "nightclub", "supermarket", "procession", "pilgrimage"};
  return is_one_of(lemma, kPlaces);
}

// Nouns of attacks, whose doer is the doer of what was done in them ("killed in an ambush by rebels").
bool is_attack_noun(std::string_view lemma) {
  static constexpr std::array<std::string_view, 18> kAttacks{
      "attack", "raid",    "ambush",  "assault",  "bombing", "strike",  "airstrike", "shelling", "offensive",
      "crackdown", "shooting", "bombardment", "operation", "incursion", "onslaught", "massacre", "rampage", "sweep"};
  return is_one_of(lemma, kAttacks);
}

// Whether a noun names a bombing of the kind insurgents and terrorists carry out: a bomb ("a roadside bomb", "a car
// bomb", "an improvised explosive device"), a bombing, or an attack or blast by bomb or by suicide ("a suicide
// attack", "two bomb blasts", "a grenade attack"). Not bombs from the air ("air bombing", "cluster bombs"), a state's weapon, nor one
// whose own words name whose it is ("Israeli bombs", "bombings by NATO"): that owner is the doer.
bool names_insurgent_bombing(const DependencyView& tree, int noun, const std::function<bool(int)>& names_actor) {
  static constexpr std::array<std::string_view, 4> kBombs{"bomb", "bombing", "IED", "ied"};
  static constexpr std::array<std::string_view, 4> kBlasts{"attack", "blast", "explosion", "explosions"};
  static constexpr std::array<std::string_view, 5> kByBomb{"suicide", "bomb", "car-bomb", "grenade", "grenades"};
  static constexpr std::array<std::string_view, 10> kFromTheAir{"air",    "aerial",   "cluster", "atomic", "nuclear",
                                                                 "carpet", "precision", "napalm",  "smart",  "aircraft"};
  if (tree.upos(noun) != "NOUN") return false;
  std::string_view lemma = tree.lemma(noun);
  bool bomb = is_one_of(lemma, kBombs);
  for (int c : tree.children(noun)) {
    std::string_view r = tree.rel(c);
    const int cs = tree.child(c, "case");
    const bool by = tree.base_rel(c) == "nmod" && cs && tree.lemma(cs) == "by";
    if (names_actor(c) && (r == "compound" || r == "amod" || r == "nmod:poss" || by)) return false;
    if (r != "compound" && r != "amod") continue;
    if (is_one_of(tree.lemma(c), kFromTheAir)) return false;
    if (is_one_of(lemma, kBlasts) && is_one_of(tree.lemma(c), kByBomb)) bomb = true;
    if (lemma == "device" && tree.lemma(c) == "explosive") bomb = true;  // "an improvised explosive device"
  }
  return bomb;
}

}  // namespace

int EventCoder::doer_of_attack_it_was_done_in(int verb) const {
  for (int c : tree_.children(verb)) {
    int cs = tree_.child(c, "case");
    std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
    if (tree_.base_rel(c) != "obl" || !(p == "in" || p == "during") || !is_attack_noun(tree_.lemma(c))) continue;
    if (int agent = agent_of_act_noun(c)) return agent;
    // "in a Taliban ambush", "in an Israeli raid", "in the rebels' attack": the attack's owner.
    for (int k : tree_.children(c)) {
      std::string_view r = tree_.rel(k);
      const Mention* m = actor_at(k);
      if ((r == "compound" || r == "amod" || r == "nmod:poss") && k < c && m && m->kind != MentionKind::place &&
          m->kind != MentionKind::pronoun && !m->city)
        return k;
    }
  }
  return 0;
}

bool EventCoder::is_bare_participle(int verb, bool past_too) const {
  const Word& w = tree_.word(verb);
  // Taggers often read a headline's participle as a past tense ("Fourteen Palestinians wounded in clashes"): for an
  // act that needs a victim, a past tense with none is that participle.
  if (w.upos != "VERB" || !(w.xpos == "VBN" || (past_too && w.xpos == "VBD" && w.form.ends_with("ed")))) return false;
  // A participle describing a noun is read where reduced passives hung from nouns are (candidates); a past tense so
  // hung is a headline's participle ("Twelve villagers wounded in clashes", hung from "Twelve").
  std::string_view r = tree_.rel(verb);
  if ((r == "acl" && w.xpos == "VBN") || r == "acl:relcl" || r == "amod") return false;
  for (int c : tree_.children(verb)) {
    std::string_view cr = tree_.rel(c);
    if (cr == "aux" || cr == "aux:pass" || cr == "obj" || cr == "iobj" || cr == "cop" || cr == "nsubj:pass" ||
        cr == "csubj")
      return false;
  }
  // A past tense stands for a participle only where the parse gave it no clause of its own: hung from a noun, or
  // joined to one ("Fourteen Palestinians and two soldiers wounded in clashes").
  const int h = tree_.head(verb);
  // ("there were dozens of people killed": joined to an existential "be", which does nothing to anyone.)
  const bool joined_to_verb = r == "conj" && h > 0 && tree_.upos(h) == "VERB" && tree_.lemma(h) != "be";
  if (w.xpos == "VBD" && !(r == "acl" || (r == "conj" && !joined_to_verb))) return false;
  // "A bomber killed 13 Iraqis and wounded 12 more": joined to an active verb, a participle with no subject of its
  // own shares its voice ("saw his mother and the other detainees killed" has one).
  if (joined_to_verb && !tree_.child(verb, "nsubj")) {
    std::string_view hx = tree_.xpos(h);
    if ((hx == "VBD" || hx == "VBZ" || hx == "VBP") && !tree_.child(h, "aux:pass") && !tree_.child(h, "nsubj:pass"))
      return false;
  }
  // "troops invaded and occupied the north", "he raped and assaulted her": an object on the last of joined verbs is
  // theirs together; "killed 80 civilians" with the number taken for an oblique is active.
  for (int c : tree_.children(verb))
    if (tree_.rel(c) == "conj" && tree_.child(c, "obj")) return false;
  if (bare_noun_after(verb)) return false;
  // "had attacked the post and wounded": the perfect's "have" of an earlier conjunct governs this one too; not a
  // passive perfect's ("have been kidnapped and tortured").
  for (int v = verb, steps = 0; tree_.rel(v) == "conj" && tree_.head(v) > 0 && steps < 6; v = tree_.head(v), ++steps) {
    if (tree_.child(tree_.head(v), "aux:pass")) break;
    for (int c : tree_.children(tree_.head(v)))
      if (tree_.rel(c) == "aux" && tree_.lemma(c) == "have") return false;
  }
  return true;
}

int EventCoder::doer_in_when_clause(int verb) const {
  for (int c : tree_.children(verb)) {
    if (tree_.rel(c) != "advcl" || tree_.upos(c) != "VERB") continue;
    bool when = false;
    for (int m : tree_.children(c))
      if ((tree_.rel(m) == "mark" || tree_.rel(m) == "advmod") && m < c && tree_.lemma(m) == "when") when = true;
    // The clause's own doer, active: "when his car was hit" names none.
    if (!when || tree_.child(c, "aux:pass") || tree_.child(c, "nsubj:pass")) continue;
    int s = tree_.child(c, "nsubj");
    const Mention* m = s ? actor_at(s) : nullptr;
    if (m && m->kind != MentionKind::pronoun && m->kind != MentionKind::place && !m->city) return s;
  }
  return 0;
}

const Mention* EventCoder::people_at_struck_place(int verb, std::string_view code) const {
  if (!(code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))) return nullptr;
  for (int c : tree_.children(verb)) {
    int cs = tree_.child(c, "case");
    std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
    if (tree_.base_rel(c) != "obl" || !(p == "in" || p == "at" || p == "into" || p == "inside") ||
        !is_public_gathering_place(tree_.lemma(c)))
      continue;
    // The place's own country, when the phrase names one ("in a market in Baghdad"); else the sentence's, given
    // to role nouns of no country as for any other.
    const int at = country_in_phrase(c);
    return &derive_at(c, MentionKind::agent, (at ? actor_at(at)->ref.country : std::string("---")) + "CVL");
  }
  return nullptr;
}

int EventCoder::agent_of_act_noun(int noun) const {
  if (tree_.upos(noun) != "NOUN") return 0;
  for (int c : tree_.children(noun)) {
    int cs = tree_.child(c, "case");
    const Mention* m = actor_at(c);
    if (tree_.base_rel(c) == "nmod" && cs && tree_.lemma(cs) == "by" && m && m->kind != MentionKind::place && !m->city)
      return c;
  }
  return 0;
}

// Insurgents behind a bombing that names no doer, as CAMEO coders code it: the rebels of the country it strikes,
// given their country later as any armed men of no country are. The bomb or bombing stands as the subject ("A
// roadside bomb hit an army patrol", "a suicide attack that killed 17"), the passive's by-phrase ("killed by a
// roadside bomb"), the attack a passive was done in ("killed in a suicide bombing"), the subject of a "when" clause
// ("were killed when a car bomb exploded in a market"), or the event noun itself ("a suicide bomb attack at a
// police centre"). Null when none names one.
const Mention* EventCoder::insurgents_behind_bombing(int verb, int verb_subject, bool passive) const {
  // An owner, not where it went off ("a suicide bombing in Mosul").
  auto names_actor = [&](int w) {
    const Mention* m = actor_at(w);
    return m && m->kind != MentionKind::place && !m->city;
  };
  std::vector<int> bombings = {verb_subject, verb};
  for (int c : tree_.children(verb)) {
    int cs = tree_.child(c, "case");
    std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
    if (tree_.base_rel(c) == "obl" && (p == "by" || (passive && (p == "in" || p == "during")))) bombings.push_back(c);
    if (passive && tree_.rel(c) == "advcl" && tree_.upos(c) == "VERB" && !tree_.child(c, "nsubj:pass"))
      for (int m : tree_.children(c))
        if ((tree_.rel(m) == "mark" || tree_.rel(m) == "advmod") && m < c && tree_.lemma(m) == "when")
          bombings.push_back(tree_.child(c, "nsubj"));
  }
  for (int b : bombings) {
    if (b <= 0 || actor_at(b) || !names_insurgent_bombing(tree_, b, names_actor)) continue;
    return &derive_at(b, MentionKind::agent, "---REB");
  }
  return nullptr;
}

// The place named into the noun of a violent act that stands as a subject, where it happened, not who did it: a city
// ("the Beirut bomb blast that killed Hariri", "the Amman hotel bombings"), or a country before a war or a crisis
// ("the Iraq war has badly hit the president's popularity"). A country before an attack is its doer ("a US air
// strike"), and so is any owner in a possessive or an adjective. 0 when none.
int EventCoder::place_named_into_act(int noun) const {
  static constexpr std::array<std::string_view, 9> kStates{"war",      "conflict", "crisis",  "violence", "unrest",
                                                           "fighting", "siege",    "killing", "killings"};
  static constexpr std::array<std::string_view, 5> kBlasts{"blast", "explosion", "bomb", "bombings", "blasts"};
  std::string_view lemma = noun > 0 ? tree_.lemma(noun) : std::string_view();
  if (noun <= 0 || tree_.upos(noun) != "NOUN" || mention_by_head_[noun] ||
      !(is_attack_noun(lemma) || is_one_of(lemma, kBlasts) || is_one_of(lemma, kStates)))
    return 0;
  for (int c : tree_.children(noun)) {
    if (tree_.rel(c) != "compound" || !mention_by_head_[c]) continue;
    const Mention& m = sentence_mentions_[mention_by_head_[c] - 1];
    const bool country = m.kind == MentionKind::actor && m.ref.code.size() == 3 && !m.person;
    if (m.city || m.kind == MentionKind::place || (country && is_one_of(lemma, kStates))) return c;
  }
  return 0;
}

// Whether an attack a doer of no arms makes goes on in words said alongside it: "Lavrov attacked the ODIHR Monday,
// saying it had an unacceptable autonomy", "Ahmadinejad launched a fresh attack against Israel, dismissing the
// Holocaust as a myth". Such an attack is criticism (111), not force; a military one ("unleashed a major military
// offensive ..., saying") and one by forces or rebels stay force.
bool EventCoder::is_attack_in_words(int verb) const {
  static constexpr std::array<std::string_view, 2> kAttack{"attack", "lash"};
  static constexpr std::array<std::string_view, 3> kLaunch{"launch", "unleash", "mount"};
  static constexpr std::array<std::string_view, 4> kWordAttacks{"attack", "assault", "broadside", "tirade"};
  static constexpr std::array<std::string_view, 14> kSpeech{
      "say",     "call",  "accuse", "dismiss", "describe", "brand",    "charge",
      "blame",   "label", "claim",  "insist",  "denounce", "criticize", "criticise"};
  std::string_view lemma = tree_.lemma(verb);
  // The attack noun that such a verb launches is the same criticism: "a fresh attack on Britain".
  if (const int h = tree_.head(verb); tree_.upos(verb) == "NOUN")
    return is_one_of(lemma, kWordAttacks) && tree_.rel(verb) == "obj" && h > 0 && is_one_of(tree_.lemma(h), kLaunch) &&
           is_attack_in_words(h);
  if (tree_.upos(verb) != "VERB") return false;
  if (is_one_of(lemma, kLaunch)) {
    int obj = tree_.child(verb, "obj");
    if (!obj || !is_one_of(tree_.lemma(obj), kWordAttacks)) return false;
    for (int c : tree_.children(obj))
      if (tree_.rel(c) == "amod" || tree_.rel(c) == "compound")
        if (const Mention* m = actor_at(c); (m && m->kind != MentionKind::place && c != obj) ||
                                            tree_.lemma(c) == "military" || tree_.lemma(c) == "armed")
          return false;
  } else if (!is_one_of(lemma, kAttack)) {
    return false;
  }
  bool speaks = false;
  for (int c : tree_.children(verb))
    speaks = speaks || (tree_.rel(c) == "advcl" && tree_.xpos(c) == "VBG" && is_one_of(tree_.lemma(c), kSpeech));
  if (!speaks) return false;
  std::vector<const Mention*> doers;
  actors_at(subject_of(verb), doers);
  return !doers.empty() &&
         std::none_of(doers.begin(), doers.end(), [](const Mention* d) { return bears_arms(d->ref); });
}

}  // namespace vigil::coding
