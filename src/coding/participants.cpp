// Who acts and on whom, for an event whose verb pattern has matched (the steps of EventCoder::emit after its
// redirects): the doers, the targets, and the countries of those the sentence names without one.
#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "coding/actor_kinds.h"
#include "coding/code_kinds.h"
#include "coding/event_coder.h"
#include "coding/word_kinds.h"
#include "parse/press_words.h"

namespace vigil::coding {

using lexicon::DepRole;

// The code of a role noun of no country ("---HRI") when it names a transnational body: NGO for aid groups, NGOHRI
// for human rights groups, IGO for international organisations; "" for any other role. `words` are the lemmas of
// the mention and of its head's modifiers. Some of these roles name transnational bodies only in some words: a
// volunteer, a foundation or a watchdog is as often local, and observers or inspectors are international only when
// called so ("many observers are sceptical" are commentators; "health inspectors" officials).
static std::string transnational_code(const std::string& code, std::string_view head_lemma,
                                      const std::vector<std::string_view>& words) {
  if (!code.starts_with("---")) return "";
  std::string_view role = std::string_view(code).substr(3);
  if (head_lemma == "volunteer" || head_lemma == "foundation" || head_lemma == "trust" || head_lemma == "watchdog")
    return "";
  if (role.starts_with("NGO")) return std::string(role);
  if (role.starts_with("HRI")) return "NGO" + std::string(role);
  if (!role.starts_with("IGO")) return "";
  for (std::string_view w : words)
    if (w == "international" || w == "UN" || w == "U.N." || w == "weapon" || w == "regional" ||
        w == "multinational" || w == "organisation" || w == "organization" || w == "body")
      return std::string(role);
  return "";
}

// The actor of a "by" phrase that the parse left an oblique of a passive verb or of its predicate ("was shot dead
// by X", X hung on "dead"), or 0.
int EventCoder::by_phrase_of_passive(int verb) const {
  std::vector<int> heads = {verb};
  for (int c : tree_.children(verb))
    if (tree_.rel(c) == "xcomp") heads.push_back(c);
  for (int h : heads)
    for (int c : tree_.children(h))
      if (int cs = tree_.child(c, "case"); tree_.base_rel(c) == "obl" && cs && tree_.lemma(cs) == "by" && actor_at(c) &&
                                           actor_at(c)->kind != MentionKind::place)
        return c;
  return 0;
}

// Whether one of the word's own adjectives is in `list`.
template <class List>
static bool has_adjective_of(const DependencyView& tree, int word, const List& list) {
  for (int c : tree.children(word))
    if (tree.rel(c) == "amod" && is_one_of(tree.lemma(c), list)) return true;
  return false;
}

// "local forces", "local officials": a role its own words call local is of the place where the act happens.
bool EventCoder::called_local(int word) const {
  static constexpr std::string_view kLocal[] = {"local"};
  return has_adjective_of(tree_, word, kLocal);
}

// "foreign forces", "international monitors": a role its own words call foreign is no one's of here.
bool EventCoder::called_foreign(int word) const {
  static constexpr std::string_view kForeign[] = {"foreign", "overseas", "international", "multinational"};
  return has_adjective_of(tree_, word, kForeign);
}

// What a verb asks "for", the nouns of its for-phrases: "called for the release of ...", "pushed for sanctions".
static std::vector<int> asked_for(const DependencyView& tree, int verb) {
  std::vector<int> out;
  for (int c : tree.children(verb))
    if (int cs = tree.child(c, "case"); tree.base_rel(c) == "obl" && cs && tree.lemma(cs) == "for" &&
                                        tree.upos(c) == "NOUN")
      out.push_back(c);
  return out;
}

// Who an act asked for would be done by or aimed at, among the act noun's own dependents: its doer ("a review by
// the EAC", "the European countries' intervention", "the withdrawal of US troops") or the one a sanction is aimed at
// ("sanctions against Iran", "an embargo on Burma"). Not whom the act is for or where it happens ("investment in
// the industry", "technology transfer to African countries"), nor what it forms or sends ("the formation of a
// government", "the deployment of peacekeepers"), nor a role of no country. 0 when none.
int EventCoder::party_to_asked_act(int noun) const {
  static constexpr std::string_view kDoneByItsOf[] = {"withdrawal", "pullout", "pull-out", "resignation",
                                                     "intervention", "departure"};
  static constexpr std::string_view kAimedOn[] = {"sanction", "embargo", "pressure", "ban", "boycott", "action"};
  for (int c : tree_.children(noun)) {
    const Mention* m = actor_at(c);
    // A role of no country is no one here: "the withdrawal of foreign forces from Somalia".
    if (!m || m->kind == MentionKind::place || m->kind == MentionKind::pronoun || m->city ||
        m->ref.code.starts_with("---") || called_foreign(c))  // foreign forces "from Somalia" are not Somalia's
      continue;
    int cs = tree_.child(c, "case");
    std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
    std::string_view r = tree_.rel(c);
    if (r == "nmod:poss" || (tree_.base_rel(c) == "nmod" && (p == "by" || p == "against"))) return c;
    if (tree_.base_rel(c) == "nmod" && p == "on" && is_one_of(tree_.lemma(noun), kAimedOn)) return c;
    if (tree_.base_rel(c) == "nmod" && p == "of" && is_one_of(tree_.lemma(noun), kDoneByItsOf)) return c;
  }
  return 0;
}

// Whether `t` is the bare country of a doer, named after "in" or "at": where the act happens.
bool EventCoder::coerced_at_home(const Mention& t, const std::vector<const Mention*>& sources) const {
  if (t.ref.sentence != sentence_index_ || t.ref.code.size() != 3 || t.head < 1 || t.head > tree_.size()) return false;
  int cs = tree_.child(t.head, "case");
  if (!cs || (tree_.lemma(cs) != "in" && tree_.lemma(cs) != "at")) return false;
  for (const Mention* s : sources)
    if (s->ref.country == t.ref.country) return true;
  return false;
}

// Whether `noun` is "people" naming a whole nation: "the Russian people", "Iraq's people", "the people of Iraq". Not a
// number or part of them ("11 people", "some Japanese people", "local people") nor people somewhere ("the people
// in Harare").
bool EventCoder::names_a_whole_people(int noun) const {
  if (noun < 1 || noun > tree_.size() || tree_.lemma(noun) != "people") return false;
  bool definite = false, nation = false;
  for (int c : tree_.children(noun)) {
    std::string_view r = tree_.rel(c);
    std::string_view l = tree_.lemma(c);
    const Mention* m = actor_at(c);
    const bool country = m && m->kind != MentionKind::pronoun && !m->ref.country.empty() && !m->city;
    if (r == "det") definite = definite || l == "the";
    else if (r == "nmod:poss" && country) definite = nation = true;
    else if (r == "amod" && country) nation = true;
    else if (r == "nmod" && country && tree_.child(c, "case") && tree_.lemma(tree_.child(c, "case")) == "of")
      definite = nation = true;
    else if (r == "nummod" || r == "amod" || r == "nmod" || r == "acl:relcl" || r == "acl")
      return false;
  }
  return definite && nation;
}

// Who does the act: the pattern's source, else the verb's subject, a passive's by-phrase, the doer a parse hung
// elsewhere (a subject made the root, a finite verb hung from a noun), a nominal event's owner, PETRARCH's
// readings of subjects and passives. Also the victims a bare passive of force names.
void EventCoder::find_doers(int verb, const lexicon::EventCodes& codes, const Binding& b, bool linear_defaults,
                            Participants& p) {
  std::vector<const Mention*>& sources = p.sources;
  std::vector<const Mention*>& targets = p.targets;
  int& verb_subject = p.verb_subject;
  verb_subject = subject_of(verb);
  // "which is the deadliest attack on X", "this is Bush's trip": what a nominal event is said to be is not its doer
  // ("X was in talks with Y", with a preposition, still takes part).
  if (!linear_defaults && tree_.upos(verb) == "NOUN" && tree_.child(verb, "cop") && !tree_.child(verb, "case"))
    verb_subject = 0;
  if (linear_defaults && sources.empty() && verb_subject &&
      std::find(b.target.begin(), b.target.end(), actor_at(verb_subject)) != b.target.end()) {
    // The pattern took the verb's own subject for the target ("- NOTED + *": "Gondor noted that Mordor regretted
    // ..."): the doer is the next subject out, that of the clause this one is the complement of.
    std::string_view r = tree_.rel(verb);
    bool complement = r == "ccomp" || r == "xcomp" || r == "advcl";
    int outer = complement ? subject_of(tree_.head(verb)) : 0;
    verb_subject = outer != verb_subject ? outer : 0;
  }
  if (!linear_defaults && sources.empty() && verb_subject > verb && tree_.head(verb_subject) == verb &&
      tree_.rel(verb_subject) == "nsubj" && !is_speech_lemma(tree_.lemma(verb)))
    // A subject after its verb outside reported speech is a parse that hung the subject written first above the
    // verb: "Turkish Foreign Ministry on Tuesday condemned the killing of Minister X", with the ministry the root,
    // "condemned" its parataxis and the minister its subject. The actor the verb hangs from is the doer.
    if (int h = tree_.head(verb); h > 0 && h < verb && actor_at(h)) {
      std::string_view r = tree_.base_rel(verb);
      bool first_verb = true;
      for (int w = h + 1; w < verb; ++w) first_verb = first_verb && tree_.upos(w) != "VERB";
      if ((r == "parataxis" || r == "conj" || r == "dep" || r == "acl") && first_verb) verb_subject = h;
    }
  // "Fourteen Palestinians and two soldiers wounded in clashes", "saw the detainees killed": a past participle of
  // force with no auxiliary and no object is a passive; those it names are struck, and only a by-phrase names who
  // struck them.
  const bool bare_passive = p.bare_passive = !linear_defaults && b.source.empty() && code_of_force(codes.code) &&
                            is_bare_participle(verb, codes.code.starts_with("18"));
  if (bare_passive) {
    verb_subject = 0;
    for (int c : tree_.children(verb))
      if (int cs = tree_.child(c, "case"); !verb_subject && tree_.base_rel(c) == "obl" && cs && tree_.lemma(cs) == "by")
        verb_subject = c;
    if (b.target.empty()) {
      int struck = tree_.child(verb, "nsubj");
      if (!struck && tree_.rel(verb) == "xcomp") struck = tree_.child(tree_.head(verb), "obj");
      if (!struck && tree_.rel(verb) == "acl") struck = tree_.head(verb);
      // "have been kidnapped and tortured", "there were dozens of people killed": the joined verb's subject.
      if (int h = tree_.head(verb); !struck && tree_.rel(verb) == "conj" && h > 0) {
        struck = tree_.child(h, "nsubj:pass");
        if (!struck && tree_.lemma(h) == "be") struck = tree_.child(h, "nsubj");
      }
      actors_at(struck, targets);
    }
  }
  if (sources.empty()) {
    actors_at(verb_subject, sources);
    // "the Beirut bomb blast that killed Hariri", "the Iraq war hit his popularity": a place, no doer.
    if (!linear_defaults && is_violence(codes.code) && sources.size() == 1 && b.source.empty())
      if (int place = place_named_into_act(verb_subject); place && sources[0] == actor_at(place)) sources.clear();
    // "the al-Aqsa Martyrs Brigades, armed wing of the ruling Fatah movement, claimed ...": a subject that names no
    // one itself, set in apposition to an actor before it, is that actor.
    if (sources.empty() && !linear_defaults && verb_subject && tree_.base_rel(verb_subject) == "appos" &&
        !actor_at(verb_subject))
      if (int h = tree_.head(verb_subject); h > 0 && h < verb_subject && actor_at(h)) actors_at(h, sources);
    // A parse that gives the verb a second subject has split one coordination: "Evil Mordor, the awful Fornost,
    // and good Gondor welcomed ..." ("Gondor" a subject of its own after "and").
    if (verb_subject && tree_.head(verb_subject) == verb)
      for (int c : tree_.children(verb))
        if (c != verb_subject && c < verb && tree_.rel(c) == "nsubj") actors_at(c, sources);
    // "was criticised by China and by South Korea's opposition": a repeated "by" makes parsers hang the second
    // by-phrase on the verb as a conjunct; it is a second doer.
    if (!linear_defaults && verb_subject && tree_.head(verb_subject) == verb && tree_.rel(verb_subject) == "obl:agent")
      for (int c : tree_.children(verb))
        if (int cs = tree_.child(c, "case"); c > verb_subject && tree_.rel(c) == "conj" && cs && tree_.lemma(cs) == "by")
          actors_at(c, sources);
  }
  if (sources.empty() && !linear_defaults && !bare_passive && tree_.child(verb, "aux:pass"))
    // "A senior leader of Hamas was shot dead by Israeli troops": a parse may hang the passive's by-phrase on the
    // verb's predicate ("dead") or call it a plain oblique; it still names the doer.
    if (int by = by_phrase_of_passive(verb)) actors_at(by, sources);
  if (verb_subject && !linear_defaults && all_countryless(sources))
    // "Drones launched by Russia hit central Kyiv", "a missile fired by North Korea": whoever sent the weapon or
    // the force acts through it.
    for (int c : tree_.children(verb_subject))
      if (tree_.rel(c) == "acl")
        for (int a : tree_.children(c))
          if (tree_.rel(a) == "obl:agent" && actor_at(a) && !actor_at(a)->ref.country.empty()) {
            sources.clear();
            actors_at(a, sources);
          }
  if (verb_subject && !linear_defaults && all_countryless(sources)) {
    // "Armoured vehicles bearing Wagner insignia", "gunmen flying the flag of the Islamic State": a force known only
    // by the marks it carries is their owner's.
    static constexpr std::string_view bear[] = {"bear", "carry", "fly", "display", "wear", "sport"};
    static constexpr std::string_view marks[] = {"insignia", "flag", "flags", "marking", "markings", "emblem",
                                                 "emblems", "badge", "badges", "banner", "banners", "logo", "logos"};
    for (int c : tree_.children(verb_subject)) {
      int o = tree_.rel(c) == "acl" && is_one_of(tree_.lemma(c), bear) ? tree_.child(c, "obj") : 0;
      if (!o || !is_one_of(tree_.lemma(o), marks)) continue;
      std::vector<int> owners = {o};
      for (int k : tree_.children(o))
        if (std::string_view r = tree_.base_rel(k); r == "compound" || r == "amod" || r == "nmod") owners.push_back(k);
      for (int k : owners)
        if (const Mention* m = actor_at(k); m && m->kind != MentionKind::place && m->ref.code.rfind("---", 0) != 0) {
          sources.clear();
          actors_at(k, sources);
          break;
        }
    }
  }
  if (!linear_defaults && all_countryless(sources) && code_of_force(codes.code))
    if (int blamed = doer_blamed_by_reporter(verb)) {
      sources.clear();
      actors_at(blamed, sources);
    }
  // "A small group of women staged a protest", "Tens of thousands of Israelis demonstrated": the doers are those
  // counted.
  for (int q = verb_subject, depth = 0; sources.empty() && q && is_quantity_noun(tree_.lemma(q)) && depth < 3;
       ++depth) {
    int of = 0;
    for (int c : tree_.children(q)) {
      int cs = tree_.child(c, "case");
      if (!of && tree_.base_rel(c) == "nmod" && cs && tree_.lemma(cs) == "of") of = c;
    }
    if (of) actors_at(of, sources);
    q = of;
  }
  if (sources.empty() && !linear_defaults && moves_forces(codes.code))
    // "Canadian special forces have been deployed to Ukraine": forces sent somewhere go there; whoever sent them,
    // the act is theirs (and their country's).
    for (int c : tree_.children(verb))
      if (tree_.rel(c) == "nsubj:pass") {
        std::vector<const Mention*> forces;
        actors_at(c, forces);
        for (const Mention* m : forces) {
          if (!m->ref.has_sector("MIL")) continue;
          // "Canada's defence department acknowledged that special forces personnel had been sent to Ukraine":
          // forces of no country, in what a state owns up to or announces, are that state's own.
          const Mention* state = m->ref.country.empty() ? announcing_state(verb) : nullptr;
          if (state) {
            derived_mentions_.push_back(with_country(*m, state->ref.country));
            m = &derived_mentions_.back();
          }
          sources.push_back(m);
        }
      }
  // A past tense right before "of" or "by" is a participle the tagger misread ("lawmakers accused of felonies").
  // So is one with no object of its own that describes a verb's object ("released Japanese war prisoners jailed in
  // China"): a long subject is never there.
  const bool participle_after =
      tree_.xpos(verb) == "VBD" && verb < tree_.size() &&
      (tree_.lemma(verb + 1) == "of" || tree_.lemma(verb + 1) == "by" ||
       (tree_.head(verb) > 0 && tree_.base_rel(tree_.head(verb)) == "obj" && !tree_.child(verb, "obj")));
  if (sources.empty() && !bare_passive && tree_.rel(verb) == "acl" &&
      ((is_finite(tree_.xpos(verb)) && !participle_after) ||
       ((tree_.child(verb, "obj") || (linear_defaults && bare_noun_after(verb))) && !tree_.child(verb, "obl:agent")))) {
    // A finite verb hung from a noun is a parse gone wrong after a long subject: "Tens of thousands of Israelis
    // demonstrated ...", "Former President Medvedev, now deputy chairman of ..., threatened to ...". So is a
    // participle with an object ("Israeli warplanes struck targets"): a reduced passive has none. The doer is the
    // first actor named between the start of that noun's phrase and the verb. PETRARCH's subject is the whole
    // phrase before the verb: a phrase that modifies a noun before it is part of that noun's ("Gollum centre of a
    // diplomatic row between X and Y called on ..."). (Not so with vigil's own dictionaries, where participles
    // hang this way too: "Ethiopian troops backing government forces".)
    // A bare noun after a participle ("crowds burned down [its embassy]", the noun an oblique with no preposition)
    // also makes it active for PETRARCH's verbs; on wire text with vigil's own it is more often a tagger's noun for
    // a verb ("products exported to Colombia likewise benefit").
    int top = tree_.head(verb);
    while (linear_defaults && tree_.head(top) > 0 && tree_.head(top) < top && is_nominal(tree_.word(tree_.head(top))) &&
           (tree_.base_rel(top) == "nmod" || tree_.base_rel(top) == "appos"))
      top = tree_.head(top);
    // Not when that noun is where something happens: "A blast ... in Nigeria's commercial capital Lagos killed 200
    // people", the verb hung from "Lagos", names no doer in the place's words.
    int top_case = tree_.child(top, "case");
    bool place_phrase = top_case && is_one_of(tree_.lemma(top_case), kPlacePrepositions);
    int lo = tree_.subtree_range(top).first;
    for (int w = lo; w < verb && sources.empty() && !place_phrase; ++w)
      if (int m = mention_by_first_[w]) actors_at(sentence_mentions_[m - 1].head, sources);
  }
  if (sources.empty() && tree_.head(verb) > 0 && tree_.head(verb) < verb && !verb_subject) {
    // A subject the parse made the root, the verb hanging from it: "Pyongyang on Thursday fired two shells at
    // Seoul" (fired a parataxis of Pyongyang), "Sam Gamgee will be renewing" (a conjunct). The noun is the doer
    // of the first verb after it.
    std::string_view r = tree_.base_rel(verb);
    int h = tree_.head(verb);
    std::string_view hu = tree_.upos(h);
    bool first_verb = true;
    for (int w = h + 1; w < verb; ++w) first_verb = first_verb && tree_.upos(w) != "VERB";
    // Not a passive: "two pilgrims ... were released" hangs on the pilgrims, who are not the doers.
    bool passive = tree_.child(verb, "nsubj:pass") || tree_.child(verb, "aux:pass") || bare_passive;
    if ((r == "parataxis" || r == "conj" || r == "dep") && (hu == "PROPN" || hu == "NOUN") && first_verb &&
        tree_.upos(verb) == "VERB" && !passive)
      actors_at(h, sources);
  }
  if (sources.empty() && !linear_defaults && code_of_force(codes.code) &&
      (bare_passive || tree_.child(verb, "nsubj:pass") || tree_.child(verb, "aux:pass")))
    // "an Ethiopian barmaid was killed when attackers threw grenades into two restaurants": the passive names its
    // victims, the "when" clause the one who struck them.
    if (int doer = doer_in_when_clause(verb)) actors_at(doer, sources);
  // "men snatched in Sunday's raid by gunmen", "three soldiers were killed in a Taliban ambush": the attack's doer.
  if (sources.empty() && !linear_defaults && code_of_force(codes.code) &&
      (bare_passive || tree_.child(verb, "nsubj:pass") || tree_.child(verb, "aux:pass") ||
       (tree_.rel(verb) == "acl" && tree_.xpos(verb) == "VBN" && !tree_.child(verb, "obj"))))
    if (int doer = doer_of_attack_it_was_done_in(verb)) actors_at(doer, sources);
  if (sources.empty() && tree_.upos(verb) != "VERB") {
    // A nominal event's doer: its owner, by- or of-phrase, or the subject of the clause it is part of ("held talks
    // with", "renewed its condemnation of", "spoke after a meeting with", "arrived on a visit to").
    nominal_doers(verb, codes.code, targets, sources);
  }
  // "A roadside bomb hit an army patrol", "were killed in a suicide bombing": no one named, the bombers.
  if (sources.empty() && !linear_defaults && is_violence(codes.code))
    if (const Mention* bombers = insurgents_behind_bombing(
            verb, verb_subject, bare_passive || tree_.child(verb, "nsubj:pass") || tree_.child(verb, "aux:pass")))
      sources.push_back(bombers);
  if (sources.empty() && linear_defaults && verb_subject && !actor_at(verb_subject)) {
    // PETRARCH's subject is its whole noun phrase: an actor named before its head is the doer ("Eriador's death
    // and injury toll has risen", "Eriador's" hung on "death").
    // Only through the noun's own modifiers: not the subject of a noun that heads a clause ("Mordor isn't a
    // pleasant place to visit").
    auto modifies_subject = [&](int h) {
      for (int steps = 0; h && h != verb_subject && steps < 8; ++steps, h = tree_.head(h)) {
        std::string_view r = tree_.base_rel(h);
        if (r != "nmod" && r != "compound" && r != "amod" && r != "conj" && r != "flat" && r != "det") return false;
      }
      return h == verb_subject;
    };
    for (int w = tree_.subtree_range(verb_subject).first; w < verb_subject && sources.empty(); ++w)
      if (int m = mention_by_first_[w]; m && modifies_subject(sentence_mentions_[m - 1].head))
        actors_at(sentence_mentions_[m - 1].head, sources);
  }
  if (sources.empty() && linear_defaults && verb_subject && !b.compound)
    if (const Mention* m = new_actor_at(verb_subject)) sources.push_back(m);
  if (linear_defaults && verb_subject && b.source.empty() && !sources.empty() && !b.compound) {
    // A coordinated noun phrase is each of its members: "the staff of X and the envoys of Y" are X and Y. A member
    // that is no actor is the actor that its own modifiers name, before or after it.
    for (int c : tree_.children(verb_subject)) {
      if (tree_.rel(c) != "conj" || actor_at(c)) continue;
      auto [lo, hi] = tree_.subtree_range(c);
      for (int w = lo; w <= hi; ++w) {
        int m = mention_by_first_[w];
        if (!m) continue;
        int h = sentence_mentions_[m - 1].head;
        bool of_member = h != c;
        for (int steps = 0; h && h != c && steps < 8; ++steps, h = tree_.head(h)) {
          std::string_view r = tree_.base_rel(h);
          if (r != "nmod" && r != "compound" && r != "amod" && r != "flat") of_member = false;
        }
        if (of_member && h == c) {
          actors_at(sentence_mentions_[m - 1].head, sources);
          break;
        }
      }
      if (const Mention* m = new_actor_at(c)) sources.push_back(m);
    }
    if (sources.size() == 1 && !tree_.child(verb_subject, "conj")) sources[0] = first_country_in_role(verb_subject, sources[0]);
  }
  bool& passive_doer = p.passive_doer;
  if (sources.empty() && !b.compound && linear_defaults && tree_.upos(verb) == "VERB" &&
      (tree_.child(verb, "nsubj:pass") || tree_.child(verb, "aux:pass"))) {
    // PETRARCH reads a passive with no by-phrase as if it were active: "The Philippines was criticized over its
    // dispute with Eriador" is PHL -> ERI.
    // A by-phrase the parse left as a plain oblique is still the doer ("was opposed earlier by Osgiliath"); so is a
    // from-phrase, as PETRARCH reads passives ("was freed from Barad-dur" is Mordor's act).
    for (int c : tree_.children(verb))
      if (int cs = tree_.child(c, "case"); sources.empty() && tree_.base_rel(c) == "obl" && cs &&
                                           (tree_.lemma(cs) == "by" || tree_.lemma(cs) == "from"))
        actors_at(c, sources);
    bool by_phrase = !sources.empty();
    for (int c : tree_.children(verb))
      if (sources.empty() && tree_.rel(c) == "nsubj:pass") actors_at(c, sources);
    passive_doer = !by_phrase && !sources.empty();
  }
}

// Whom the act is aimed at, where the pattern named no one: PETRARCH's first actor after the verb, the object or
// the first actor among the prepositional phrases, a show of force's own forces set aside, places struck, a visit's
// destination, the doer of a condemned act.
void EventCoder::find_targets(int verb, const lexicon::EventCodes& codes, const Binding& b, bool linear_defaults,
                              Participants& p) {
  std::vector<const Mention*>& sources = p.sources;
  std::vector<const Mention*>& targets = p.targets;
  const int verb_subject = p.verb_subject;
  const bool passive_doer = p.passive_doer;
  if (targets.empty() && !b.compound && linear_defaults) {
    // PETRARCH's convention: the target is the first actor after the verb, within the verb's phrase; a passive's
    // subject first ("Eriador was opposed by Osgiliath").
    for (int c : tree_.children(verb))
      if (targets.empty() && !passive_doer && tree_.rel(c) == "nsubj:pass") actors_at(c, targets);
    auto [lo, hi] = tree_.subtree_range(verb);
    // A second verb of a coordination whose object the parse hung on the first verb: "condemned an attack and
    // promised aid to the Ithilen villages" ("aid" an object of "condemned"). What follows it directly is its own.
    if (tree_.rel(verb) == "conj")
      for (int c : tree_.children(tree_.head(verb))) {
        std::string_view br = tree_.base_rel(c);
        if (c > hi && (br == "obj" || br == "obl") && tree_.subtree_range(c).first == hi + 1)
          hi = tree_.subtree_range(c).second;
      }
    for (int w = verb + 1; w <= hi && targets.empty(); ++w) {
      int m = mention_by_first_[w];
      if (!m) continue;
      const Mention* men = &sentence_mentions_[m - 1];
      if (std::find(sources.begin(), sources.end(), men) != sources.end()) continue;
      actors_at(men->head, targets);
      if (targets.empty()) targets.push_back(men);
    }
    if (targets.empty())
      if (const Mention* m = new_actor_at(first_phrase_after(verb))) targets.push_back(m);
  }
  // "shelled 15 artillery barrages into an open area in northern Gaza": force whose object names only the weapon
  // ("artillery", a compound of what is fired) has a target of no country; it is looked past, as an object of no
  // country is below, and kept when nothing else is named.
  std::vector<const Mention*> bound_countryless;
  auto a_weapons_word = [&](const Mention* t) {
    return t->ref.sentence == sentence_index_ && tree_.rel(t->head) == "compound" && bears_arms(t->ref);
  };
  if (!linear_defaults && !b.compound && code_of_force(codes.code) && !targets.empty() && all_countryless(targets) &&
      std::all_of(targets.begin(), targets.end(), a_weapons_word))
    bound_countryless.swap(targets);
  if (targets.empty() && !b.compound) {
    std::vector<int> cands;
    candidates(DepRole::kObj, "", verb, cands);
    for (int c : cands)
      if (targets.empty() && !(!linear_defaults && is_own(c, sources))) {
        actors_at(linear_defaults ? c : aimed_against(c, sources), targets);
        drop_joined_past_relative(verb, c, targets);
        std::erase_if(targets, [&](const Mention* t) { return std::find(sources.begin(), sources.end(), t) != sources.end(); });
      }
    if (all_countryless(targets)) {
      const std::string& kc = codes.code;
      const bool force_code = code_of_force(kc);
      // "provided 800 drones to Ukraine": a role noun of no country as the object gives way to the recipient.
      std::vector<const Mention*> weak;
      weak.swap(targets);
      // The first actor among the verb's (and its object's) prepositional dependents; then the same inside an
      // infinitive it governs ("threatened to impose sanctions on Turkey", "refused to pull troops back from the
      // border").
      std::vector<int> heads{verb};
      // The object's naming participle stands between it and its phrases: "launched an operation, dubbed 'Autumn
      // Clouds', in northern Gaza", the parse hanging "in Gaza" on "dubbed".
      static constexpr std::string_view kNaming[] = {"dub", "call", "name", "codename", "code-name"};
      for (int c : tree_.children(verb))
        if (tree_.rel(c) == "obj") {
          heads.push_back(c);
          for (int g : tree_.children(c))
            if (tree_.rel(g) == "acl" && is_one_of(tree_.lemma(g), kNaming)) heads.push_back(g);
        }
      for (int c : tree_.children(verb))
        if (tree_.rel(c) == "xcomp" && tree_.upos(c) == "VERB") {
          heads.push_back(c);
          for (int g : tree_.children(c))
            if (tree_.rel(g) == "obj") {
              if (targets.empty() && actor_at(g) && actor_at(g)->ref.code.rfind("---", 0) != 0)
                actors_at(linear_defaults ? g : aimed_against(g, sources), targets);
              // "will refuse to draft youths": the infinitive's object, civilians of no country, are kept for when
              // no named actor turns up. Not other role nouns: parses and agent words there are often wrong ("stand
              // firm", "a general assembly resolution"), or the doer's own ("planned to withdraw soldiers").
              else if (targets.empty() && weak.empty() && actor_at(g) && actor_at(g)->ref.code == "---CVL")
                weak.push_back(actor_at(g));
              heads.push_back(g);
            }
        }
      // "promises an aid package to help Palestinians carry out their election": aid is for whom the infinitive on it
      // says it helps.
      static constexpr std::string_view kHelpVerbs[] = {"help", "assist", "support", "enable"};
      if (is_aid_code(kc))
        if (const int aid = tree_.child(verb, "obj"))
          for (int g : tree_.children(aid))
            if (targets.empty() && tree_.rel(g) == "acl" && is_one_of(tree_.lemma(g), kHelpVerbs))
              if (const int o = tree_.child(g, "obj"))
                if (const Mention* helped = actor_at(o); helped && !helped->ref.code.starts_with("---"))
                  actors_at(o, targets);
      for (int h : heads)
        for (int c : tree_.children(h)) {
          std::string_view br = tree_.base_rel(c);
          // Not "according to two officials": who tells of the act is no party to it.
          int cs = tree_.child(c, "case");
          bool source_of_report = cs && (tree_.lemma(cs) == "according" || tree_.lemma(cs) == "accord");
          const bool located = cs && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at");
          // Force on role nouns somewhere ("struck militia positions in northern Syria") strikes that place's
          // people: the place gives them its country below, and is not the target instead of them.
          bool people = !weak.empty();
          for (const Mention* w : weak) people = people && w->ref.sentence == sentence_index_ && tree_.upos(w->head) == "NOUN";
          if (located && force_code && people) continue;
          if (targets.empty() && (br == "obl" || br == "nmod") && tree_.rel(c) != "obl:agent" &&
              tree_.rel(c) != "obl:tmod" && !source_of_report) {
            actors_at(c, targets);
            // "staged a protest in Kabul", "demolished homes in the West Bank town of Jenin": a city, or a name
            // that only qualifies the noun after "in", is where the act happens, unless it is aimed there.
            std::erase_if(targets, [&](const Mention* t) {
              bool where = located && (t->city || (t->head != c && names_settlement(tree_.lemma(c)))) &&
                           !aimed_at_its_place(codes.code);
              return where || is_venue(*t, verb, codes.code);
            });
          }
        }
      // One step further inside the verb's prepositional phrases: "spoke by telephone with Macron"; what force is
      // aimed at belongs to someone: "air strikes on positions of the Rapid Support Forces" (not so "met at a
      // conference of the ESA", "on the sidelines of APEC").
      for (int c : tree_.children(verb)) {
        if (!targets.empty() || tree_.base_rel(c) != "obl" || tree_.rel(c) == "obl:agent" || actor_at(c)) continue;
        // "said in an interview with AFP": who asks the questions is no party to what is said.
        if (tree_.lemma(c) == "interview") continue;
        int cc = tree_.child(c, "case");
        std::string_view aim = cc ? tree_.lemma(cc) : std::string_view();
        const std::string& k = codes.code;
        bool force = code_of_force(k);
        bool aimed = force && (aim == "on" || aim == "against" || aim == "at" || aim == "into");
        for (int g : tree_.children(c)) {
          int gc = tree_.child(g, "case");
          std::string_view p = gc ? tree_.lemma(gc) : std::string_view();
          if (targets.empty() && tree_.base_rel(g) == "nmod" && (p == "with" || (aimed && p == "of")))
            actors_at(g, targets);
          // "fired artillery at targets in the northern Gaza Strip": force aimed at a spot strikes the country it is in
          // (or near: "an air strike on a compound near Kandahar").
          if (const Mention* m = actor_at(g); targets.empty() && aimed && (p == "in" || p == "near") &&
                                              tree_.base_rel(g) == "nmod" &&
                                              m && m->kind != MentionKind::pronoun && m->ref.code.size() == 3)
            targets.push_back(m);
        }
      }
      if (all_countryless(targets) && !weak.empty()) targets.swap(weak);
    }
  }
  if (all_countryless(targets) && !bound_countryless.empty()) targets.swap(bound_countryless);
  if (!targets.empty() && !b.compound && !linear_defaults) {
    // "demanded that Poland lift its ban on Ukrainian grain imports": a target found inside a clause that names
    // its own doer gives way to that doer, whom the act is aimed at.
    for (int c : tree_.children(verb)) {
      std::string_view r = tree_.rel(c);
      int subj = (r == "ccomp" || r == "xcomp") ? tree_.child(c, "nsubj") : 0;
      const Mention* doer = subj ? actor_at(subj) : nullptr;
      if (!doer || doer->kind == MentionKind::pronoun || doer->ref.code.rfind("---", 0) == 0 ||
          std::find(sources.begin(), sources.end(), doer) != sources.end())
        continue;
      bool inside = true;
      for (const Mention* t : targets)
        inside = inside && t->ref.sentence == sentence_index_ && tree_.dominates(c, t->head) && t != doer;
      if (!inside) continue;
      targets.clear();
      actors_at(subj, targets);
      break;
    }
  }
  if (targets.size() == 1 && targets[0]->ref.code.size() == 3 && !b.compound && !linear_defaults) {
    // "will travel to Beijing for talks with Chinese officials": the partners the trip is for, of the country it
    // goes to, say more than the place.
    static constexpr std::string_view kTalks[] = {"talk", "meeting", "consultation", "negotiation"};
    std::vector<const Mention*> partners;
    for (int c : tree_.children(verb)) {
      int cs = tree_.child(c, "case");
      if (!partners.empty() || tree_.base_rel(c) != "obl" || !cs || tree_.lemma(cs) != "for" ||
          !is_one_of(tree_.lemma(c), kTalks))
        continue;
      for (int g : tree_.children(c))
        if (int gc = tree_.child(g, "case"); partners.empty() && tree_.base_rel(g) == "nmod" && gc && tree_.lemma(gc) == "with")
          actors_at(g, partners);
    }
    bool same_country = !partners.empty();
    for (const Mention* p : partners) same_country = same_country && p->ref.country == targets[0]->ref.country;
    if (same_country) targets = partners;
  }
  // A show of force uses one's own forces, which are its instrument, not its target: "Israel called up reservists"
  // (ISRMIL), "authorities deployed police", "put its units on alert".
  const bool show_of_force = !linear_defaults && codes.code.starts_with("15");
  auto own_force = [&](const Mention* t) { return own_force_of(t, sources); };
  const bool only_own_forces = !targets.empty() && std::all_of(targets.begin(), targets.end(), own_force);
  if ((all_countryless(targets) || only_own_forces) && !b.compound && show_of_force) {
    // A show of force near a border is aimed at the country across it: "troops massed near the Ukrainian border",
    // "exercises close to the Polish border". It outranks a role noun of no country ("the buildup of forces").
    std::vector<const Mention*> across;
    auto [lo, hi] = tree_.subtree_range(verb);
    for (int w = lo; w <= hi && across.empty(); ++w) {
      std::string_view l = tree_.lemma(w);
      if (l != "border" && l != "frontier" && l != "boundary") continue;
      std::vector<const Mention*> owners;
      actors_at(w, owners);
      for (int c : tree_.children(w))  // "the border with Azerbaijan"
        if (int cs = tree_.child(c, "case"); tree_.base_rel(c) == "nmod" && cs &&
                                             (tree_.lemma(cs) == "with" || tree_.lemma(cs) == "of"))
          actors_at(c, owners);
      for (const Mention* m : owners) {
        bool other = !m->ref.country.empty();
        for (const Mention* s : sources) other = other && s->ref.country != m->ref.country;
        if (other) across.push_back(m);
      }
    }
    // A show of force ahead of a protest is aimed at those who protest: "deployed police ahead of an opposition
    // rally".
    static constexpr std::string_view kProtests[] = {"rally", "protest", "demonstration", "march"};
    for (int w = lo; w <= hi && across.empty(); ++w) {
      std::string_view l = tree_.lemma(w);
      if (l != "ahead" && l != "before") continue;
      for (int c : tree_.children(w))
        if (across.empty() && tree_.base_rel(c) == "obl" && is_one_of(tree_.lemma(c), kProtests)) {
          const Mention* m = actor_at(c);
          if (m && !m->ref.has_sector("MIL") && !m->ref.has_sector("COP")) across.push_back(m);
        }
    }
    if (!across.empty()) targets = across;
  }
  if (targets.empty() && !b.compound && !linear_defaults) {
    // "X warned that Y would ...": the one the clause is about. Not a trailing ", officials said" that the parse
    // made the verb's complement: who tells of the act is no party to it.
    // A comment's that-clause may hang on its object noun: "expressed the hope that Liberia would achieve stability".
    std::vector<int> clauses;
    for (int c : tree_.children(verb)) {
      if (tree_.rel(c) == "ccomp" || tree_.rel(c) == "xcomp") clauses.push_back(c);
      if (codes.code.starts_with("01") && tree_.rel(c) == "obj" && tree_.upos(c) == "NOUN" && !actor_at(c))
        for (int g : tree_.children(c))
          if (int mark = tree_.child(g, "mark"); (tree_.rel(g) == "ccomp" || tree_.base_rel(g) == "acl") && mark &&
                                                 tree_.lemma(mark) == "that" && tree_.upos(g) == "VERB")
            clauses.push_back(g);
    }
    for (int c : clauses)
      if (targets.empty() && (tree_.head(c) != verb || !is_trailing_report(verb, c))) {
        int subj = subject_of(c);
        if (subj && subj != verb_subject) actors_at(subj, targets);
        std::erase_if(targets, [&](const Mention* t) {
          return std::find(sources.begin(), sources.end(), t) != sources.end() ||
                 (t->kind == MentionKind::pronoun && !sources.empty() && t->ref.code == sources[0]->ref.code) ||
                 (codes.code.starts_with("13") && t->ref.code.starts_with("---"));  // "the army would crush"
        });
        // "warned that it would cut off gas supplies to Moldova": whom the act warned of is aimed at.
        // Breadth first through its objects and obliques ("crush any attempt at Taiwanese independence").
        if (targets.empty() && codes.code.starts_with("13")) {
          const std::string own = sources.empty() ? "" : sources[0]->ref.code;
          std::vector<int> frontier;
          for (int g : tree_.children(c))
            if (tree_.base_rel(g) == "obj" || tree_.base_rel(g) == "obl") frontier.push_back(g);
          breadth_first(tree_, frontier, 3, {"nmod", "amod", "compound"}, [&](int f, int) {
            if (const Mention* m = actor_at(f); m && m->ref.code != own) actors_at(f, targets);
            return !targets.empty();
          });
        }
      }
  }
  // "an Israeli air strike on a vehicle in the Rafah region": force aimed at a thing strikes where it is.
  if (targets.empty() && !b.compound && !linear_defaults) place_struck_by_nominal(verb, codes.code, sources, targets);
  // "blew themselves up in two Shiite mosques in eastern Iraq": force in a place where people gather strikes them.
  if (targets.empty() && !b.compound && !linear_defaults)
    if (const Mention* people = people_at_struck_place(verb, codes.code)) targets.push_back(people);
  if (!b.compound && !linear_defaults && codes.code.starts_with("14"))
    // "protested the occupation of Laos by Vietnamese troops": the act protested is its doer's, whoever it is done to.
    for (int c : tree_.children(verb)) {
      int agent = tree_.base_rel(c) == "obj" ? agent_of_act_noun(c) : 0;
      bool inside = true;
      for (const Mention* t : targets) inside = inside && t->ref.sentence == sentence_index_ && tree_.dominates(c, t->head);
      if (agent && inside && std::find(sources.begin(), sources.end(), actor_at(agent)) == sources.end()) {
        targets.clear();
        actors_at(agent, targets);
        break;
      }
    }
  if (targets.empty() && !b.compound && !linear_defaults && codes.code.starts_with("14")) {
    // A protest is aimed at whom its purpose names: "blocked a bridge to protest against the government",
    // "marched to demand the resignation of Prime Minister X", "rallied against the president".
    std::vector<int> frontier;
    for (int c : tree_.children(verb)) {
      std::string_view r = tree_.base_rel(c);
      int cs = tree_.child(c, "case");
      if (((r == "advcl" || r == "xcomp") && tree_.upos(c) == "VERB") ||
          (r == "obl" && cs && tree_.lemma(cs) == "against"))
        frontier.push_back(c);
    }
    // A purpose clause the parse hung inside the object ("blocked a bridge in Novi Sad to protest ...").
    for (int c : tree_.children(verb))
      if (tree_.base_rel(c) == "obj")
        breadth_first(tree_, {c}, 4, {"nmod", "amod", "compound", "advcl"}, [&](int f, int level) {
          int mark = tree_.child(f, "mark");
          if (level > 0 && tree_.base_rel(f) == "advcl" && mark && tree_.lemma(mark) == "to") frontier.push_back(f);
          return false;
        });
    breadth_first(tree_, frontier, 3, {"obj", "obl", "nmod"}, [&](int f, int level) {
      if (!targets.empty()) return true;
      if (level == 0 && tree_.upos(f) == "VERB") return false;
      // "to protest the occupation of Laos by Vietnamese troops": the protest is aimed at whoever does the act.
      if (int agent = agent_of_act_noun(f); agent && std::find(sources.begin(), sources.end(), actor_at(agent)) == sources.end()) {
        actors_at(agent, targets);
        if (!targets.empty()) return true;
      }
      const Mention* m = actor_at(f);
      if (m && m->kind != MentionKind::place && !m->city &&
          std::find(sources.begin(), sources.end(), m) == sources.end())
        actors_at(f, targets);
      return !targets.empty();
    });
  }
  bool countryless = !targets.empty() && all_countryless(targets);
  if ((targets.empty() || countryless) && !b.compound && !linear_defaults) {
    // Deeper inside the object: "condemned the coup in Niger", "pledged aid for Ukraine's economy", "the arrest of
    // X by Hong Kong police". Breadth first, so the nearest actor to the object wins. A role noun of no country
    // on the object itself ("the military coup") gives way to a country found deeper.
    std::vector<const Mention*> deep;
    std::vector<int> frontier;
    for (int c : tree_.children(verb))
      if (tree_.rel(c) == "obj" || tree_.rel(c) == "nsubj:pass") frontier.push_back(c);
    breadth_first(tree_, frontier, 3, {"nmod", "acl", "obl", "compound", "amod"}, [&](int f, int level) {
      if (level == 0) return false;  // the object itself was looked at above
      const Mention* m = actor_at(f);
      // "staged a protest in Kabul": a city is where the act happens, unless the act is a visit or an attack.
      int cs = tree_.child(f, "case");
      bool where = m && m->city && cs && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at") &&
                   !aimed_at_its_place(codes.code);
      where = where || (m && is_venue(*m, verb, codes.code));
      if (m && !where && std::find(sources.begin(), sources.end(), m) == sources.end() &&
          (!countryless || !m->ref.country.empty()))
        actors_at(f, deep);
      return !deep.empty();
    });
    // People of no country in the object, and a place or bare country below them: the people of that place
    // ("abducted pupils from a school in Kaduna" is NGAEDU, not Nigeria itself).
    // Not a destination: "expelled prisoners to the United States" are not American.
    int deep_case = deep.size() == 1 && deep[0]->ref.sentence == sentence_index_ ? tree_.child(deep[0]->head, "case") : 0;
    bool destination = deep_case && (tree_.lemma(deep_case) == "to" || tree_.lemma(deep_case) == "into");
    // The opposition sent abroad is still the doer's own (given its country below), not the destination.
    if (destination && countryless)
      for (const Mention* t : targets)
        if (t->ref.has_sector("OPP")) deep.clear();
    if (countryless && !destination && deep.size() == 1 && deep[0]->ref.code.size() == 3 &&
        (deep[0]->kind == MentionKind::place || deep[0]->kind == MentionKind::actor)) {
      std::vector<const Mention*> people;
      for (const Mention* t : targets) {
        if (t->kind != MentionKind::agent || t->ref.code.size() <= 3) continue;
        // Armed roles are also weapons and operations ("deployed rockets on its border with Israel"): not people.
        if (bears_arms(t->ref)) continue;
        derived_mentions_.push_back(with_country(*t, deep[0]->ref.code));
        people.push_back(&derived_mentions_.back());
      }
      if (!people.empty()) deep = people;
    }
    // Force on role nouns in a place ("killed ten police officers in the central Indian state of X"): they are
    // that place's, and take its country below; the place is not the target instead of them.
    const std::string& dc = codes.code;
    const bool force = code_of_force(dc);
    if (force && countryless && deep.size() == 1 && deep[0]->ref.sentence == sentence_index_)
      for (int w = deep[0]->head, steps = 0; w > 0 && w != verb && steps < 6; w = tree_.head(w), ++steps)
        if (int wc = tree_.child(w, "case"); wc && (tree_.lemma(wc) == "in" || tree_.lemma(wc) == "at")) {
          deep.clear();
          break;
        }
    if (!deep.empty()) targets = deep;
  }
  // An appeal or demand "for" an act is aimed at whoever the act is to be done by or aimed at: "pushed for sanctions
  // against Iran", "called for a review by the EAC", "called for the European countries' intervention".
  if (targets.empty() && !b.compound && !linear_defaults && is_appeal_or_demand(codes.code))
    for (int n : asked_for(tree_, verb))
      if (int party = party_to_asked_act(n); targets.empty() && party) {
        const Mention* m = actor_at(party);
        if (m && std::find(sources.begin(), sources.end(), m) == sources.end()) actors_at(party, targets);
      }
  // "the visit of John Paul II to the Omeyyades Mosque in Damascus", "went to a factory in Shandong": a destination
  // that names no actor is in the place its own phrase names, nearest first.
  if (targets.empty() && !b.compound && !linear_defaults && codes.code == "042") {
    std::vector<int> destinations;
    candidates(DepRole::kPrep, "to", verb, destinations);
    breadth_first(tree_, destinations, 4, {"nmod", "compound", "amod", "flat", "appos"}, [&](int f, int) {
      const Mention* m = actor_at(f);
      if (m && m->kind != MentionKind::pronoun && m->ref.country.size() == 3 &&
          std::find(sources.begin(), sources.end(), m) == sources.end())
        actors_at(f, targets);
      return !targets.empty();
    });
  }
  // "pulled out of the city of Kherson", "withdrew from the town of X": a place noun that its "of" names is that
  // place, and an act aimed at it (not one done in or at it) is aimed at the place's country, as "pulled out of
  // Kherson" is.
  if (targets.empty() && !b.compound && !linear_defaults)
    for (int c : tree_.children(verb)) {
      static constexpr std::string_view kPlaceNouns[] = {"city", "town", "village", "region", "province", "district"};
      const int cs = tree_.child(c, "case");
      if (!targets.empty() || tree_.base_rel(c) != "obl" || !is_one_of(tree_.lemma(c), kPlaceNouns) || !cs ||
          is_one_of(tree_.lemma(cs), kPlacePrepositions))
        continue;
      for (int n : tree_.children(c))
        if (const Mention* m = actor_at(n); m && m->kind == MentionKind::place && tree_.base_rel(n) == "nmod" &&
                                            tree_.child(n, "case") && tree_.lemma(tree_.child(n, "case")) == "of")
          targets.push_back(m);
    }
  // "arrived here for a three-day visit": the visit goes to the dateline's country.
  if (targets.empty() && !b.compound && !linear_defaults && codes.code == "042")
    for (int c : tree_.children(verb))
      if (targets.empty() && tree_.rel(c) == "advmod" && tree_.folded_form(c) == "here")
        if (const Mention* host = dateline_host(c)) targets.push_back(host);
  if (targets.empty() && !b.compound && !linear_defaults && !previous_doers_.empty()) {
    // "Russia called these recommendations ...": a demonstrative object points back to the story's last act, and
    // its doer is the target.
    for (int c : tree_.children(verb)) {
      if (tree_.rel(c) != "obj" || actor_at(c)) continue;
      int det = tree_.child(c, "det");
      std::string_view l = det ? tree_.lemma(det) : std::string_view();
      if (l != "this" && l != "these" && l != "that" && l != "those") continue;
      for (auto it = previous_doers_.rbegin(); it != previous_doers_.rend() && targets.empty(); ++it) {
        bool same = false;
        for (const Mention* src : sources) same = same || src->ref.code == it->ref.code;
        if (!same) targets.push_back(&*it);
      }
    }
  }
  if (!linear_defaults && !b.compound) aim_at_doer_of_condemned_act(verb, codes.code, targets);
  if (targets.empty() && !linear_defaults && !b.compound && codes.code == "016")
    if (const Mention* accuser = actor_at(accuser_of_denied_charge(verb, sources))) targets.push_back(accuser);
  // "warned reporters", "briefed journalists", "told reporters that ...": the press a statement is made to is its
  // audience, never whom the act is aimed at.
  if (!linear_defaults && parse::is_telling_verb(tree_.lemma(verb)))
    std::erase_if(targets, [&](const Mention* t) {
      return t->ref.sentence == sentence_index_ && t->ref.has_sector("MED") && parse::is_press_noun(tree_.lemma(t->head));
    });
  // "called on the Lebanese people to unite", "support the struggle of Iraq's people": a country's whole people is
  // the nation, the bare country, not some of its civilians ("killed 11 people", "Lebanese people fled").
  if (!linear_defaults)
    for (const Mention*& t : targets)
      if (t->ref.sentence == sentence_index_ && t->ref.has_sector("CVL") && t->ref.code.size() == 6 &&
          names_a_whole_people(t->head)) {
        Mention nation = *t;
        nation.ref.code = t->ref.country;
        nation.ref.sectors.clear();
        derived_mentions_.push_back(std::move(nation));
        t = &derived_mentions_.back();
      }
  // A parse that gives a passive two subjects has split one coordination: in "two soldiers and a policeman were
  // killed" the policeman is a subject of his own after "and". An act done to the one is done to the other.
  if (!linear_defaults)
    for (size_t i = 0, n = targets.size(); i < n; ++i) {
      const Mention* t = targets[i];
      const int first = t->ref.sentence == sentence_index_ ? t->head : 0;
      if (!first || tree_.head(first) != verb || tree_.rel(first) != "nsubj:pass") continue;
      for (int c : tree_.children(verb)) {
        if (c <= first || tree_.rel(c) != "nsubj:pass") continue;
        bool joined = false;
        for (int w = tree_.subtree_range(first).second + 1, end = tree_.subtree_range(c).first; w < end && !joined; ++w)
          joined = tree_.upos(w) == "CCONJ";
        std::vector<const Mention*> more;
        if (joined) actors_at(c, more);
        for (const Mention* m : more)
          if (std::find(targets.begin(), targets.end(), m) == targets.end()) targets.push_back(m);
      }
    }
}

// "..., a local journalist told Xinhua", "Xinhua reported": the news outlet a report of violence is given to or by
// is no party to it, and its country is not the sentence's ("gunmen ambushed an Iraqi army patrol" are Iraqi).
// "a police post 200 km east of Kathmandu", "50 miles north of Baghdad": wire copy places an act in the
// countryside by its distance from a city, which stands for where the act happens as "in Kathmandu" does. Only a
// city: "north of Iran" is outside Iran.
bool EventCoder::measured_from_city(const Mention& m) const {
  static constexpr std::string_view kBearings[] = {"east",      "west",      "north",     "south",    "northeast",
                                                   "northwest", "southeast", "southwest", "north-east", "north-west",
                                                   "south-east", "south-west"};
  static constexpr std::string_view kDistances[] = {"km", "kilometre", "kilometer", "mile", "kms"};
  if (!m.city || m.kind == MentionKind::pronoun || m.head <= 0) return false;
  const int cs = tree_.child(m.head, "case");
  const int h = tree_.head(m.head);
  if (!cs || h <= 0) return false;
  // The bearing heads the phrase ("200 km east of Kathmandu") or the parser hangs it on the city ("north of Baghdad").
  bool bearing = is_one_of(tree_.lemma(h), kBearings);
  for (int c : tree_.children(m.head))
    bearing = bearing || (tree_.rel(c) == "advmod" && is_one_of(tree_.lemma(c), kBearings));
  if (tree_.lemma(cs) == "of") return bearing;
  return tree_.lemma(cs) == "from" && is_one_of(tree_.lemma(h), kDistances);
}

// Gunmen, rebels or militants of no country named whose violence is reported from the country the sentence places
// it in (or the one country it names) are of that country: "gunmen killed four Britons in Nairobi" from Nairobi,
// "militants ambushed a convoy, killing two Indian soldiers" from Srinagar. The wire reports an insurgency from the
// country it is in. Not a state's forces, whom a story often reports from the country they strike ("troops killed two
// Lebanese" from Beirut), and none where the place and the dateline disagree.
std::string EventCoder::home_of_armed_men(bool armed_violence, const std::vector<const Mention*>& sources,
                                          const std::string& one_country,
                                          const std::vector<std::string>& venue_countries) const {
  if (!armed_violence || sources.empty()) return {};
  for (const Mention* s : sources)
    if (!s->ref.country.empty() || s->ref.has_sector("MIL") || s->ref.has_sector("COP") || s->ref.has_sector("SPY") ||
        s->ref.sentence != sentence_index_)
      return {};
  std::string place = venue_countries.size() == 1 ? venue_countries[0] : one_country;
  if (place.empty() || (venue_countries.size() > 1)) return {};
  // "militants crossed the border from Pakistan and attacked a checkpost in Khost": men who come from another
  // country may be its own.
  for (const Mention& m : sentence_mentions_)
    if (int cs = tree_.child(m.head, "case");
        cs && tree_.lemma(cs) == "from" && !m.ref.country.empty() && m.ref.country != place)
      return {};
  return place == dateline_country() ? place : std::string();
}

bool EventCoder::outlet_of_the_report(const Mention& m) const {
  if (m.ref.sentence != sentence_index_ || !m.ref.has_sector("MED")) return false;
  const int h = tree_.head(m.head);
  if (h <= 0) return false;
  // "Xinhua said", "told AFP", "rebels who spoke to AFP", "according to Reuters".
  static constexpr std::string_view kInterviews[] = {"speak", "talk", "interview"};
  if (is_speech_lemma(tree_.lemma(h)) || is_one_of(tree_.lemma(h), kInterviews)) return true;
  const int cs = tree_.child(m.head, "case");
  return cs && tree_.lemma(cs) == "to" && cs > 1 && tree_.lemma(cs - 1) == "accord";
}

// A role noun with no country belongs to the one country the sentence names, as CAMEO coders read a domestic
// story: "Georgian police detained protesters" is GEOCOP -> GEOCVL, "protesters stormed the parliament in
// Nairobi" KENCVL -> KENLEG. Not where the sentence names two: "Russian forces shelled Kharkiv, killing civilians".
void EventCoder::give_countries(int verb, const lexicon::EventCodes& codes, const std::vector<Event>& out,
                                Participants& p) {
  std::vector<const Mention*>& sources = p.sources;
  std::vector<const Mention*>& targets = p.targets;
  std::deque<Mention>& adopted = p.adopted;
  bool& country_from_dateline = p.country_from_dateline;
  std::string country;
  bool one_country = true;
  const bool force_act = code_of_force(codes.code);
  // Whether the country is where the doer is: in the subject's own words ("police in Dhaka") or where the act
  // happens ("demonstrated in Tel Aviv"), not only in what the act is about ("vowed to press for troop
  // reductions in Iraq").
  bool doers_place = false;
  std::vector<std::string> venue_countries;  // the countries of the places where the act happens
  std::vector<int> subjects;  // of the verb and of the clauses above it ("Scholz said his government ...")
  for (int v = verb, steps = 0; v > 0 && steps < 6; v = tree_.head(v), ++steps)
    if (int s = subject_of(v)) subjects.push_back(s);
  // Armed men's violence: where they are from (home_of_armed_men).
  const bool armed_violence =
      is_violence(codes.code) && !sources.empty() &&
      std::all_of(sources.begin(), sources.end(), [](const Mention* src) { return bears_arms(src->ref); });
  // "the town of Rafah hard by the Egyptian border": a country adjective on a border names the neighbour, not the
  // country the act happens in; it counts only when the sentence names no other.
  static constexpr std::string_view kBorders[] = {"border", "frontier", "boundary"};
  auto at_the_edge = [&](const Mention& m) {
    if (m.kind != MentionKind::adjective || (tree_.rel(m.head) != "amod" && tree_.rel(m.head) != "nmod:poss"))
      return false;
    const int noun = tree_.head(m.head);
    return noun > 0 && is_one_of(tree_.lemma(noun), kBorders);
  };
  // The outlet that reports an act, or to whom its doers spoke, names no country of theirs ("rebels who spoke to
  // AFP accused ...": not French rebels), unless it reports from home ("police detained the man, the Anatolia news
  // agency reported" in a story filed from Ankara).
  const std::string filed_from = dateline_country();
  auto foreign_outlet = [&](const Mention& m) {
    return outlet_of_the_report(m) && (armed_violence || m.ref.country != filed_from);
  };
  const bool other_than_edges = std::any_of(sentence_mentions_.begin(), sentence_mentions_.end(), [&](const Mention& m) {
    return !m.ref.country.empty() && !at_the_edge(m) && !foreign_outlet(m);
  });
  for (const Mention& m : sentence_mentions_) {
    if (m.ref.country.empty() || foreign_outlet(m)) continue;
    if (other_than_edges && at_the_edge(m)) continue;
    if (country.empty()) country = m.ref.country;
    one_country = one_country && m.ref.country == country;
    // "in this French city", "in Thailand's restive south": a country word that only modifies a place noun
    // stands where that noun does; not at its edge ("near the Iranian border" is outside Iran).
    int at = m.head;
    if (m.kind != MentionKind::place && (tree_.rel(at) == "amod" || tree_.rel(at) == "nmod:poss")) {
      const int noun = tree_.head(at);
      if (noun > 0 && tree_.upos(noun) == "NOUN" && !mention_by_head_[noun] && !mention_by_word_[noun] &&
          !is_one_of(tree_.lemma(noun), kEdgesOfACountry))
        at = noun;
    }
    int cs = tree_.child(at, "case");
    bool in = (cs && is_one_of(tree_.lemma(cs), kPlacePrepositions)) || measured_from_city(m);
    // A city is where things happen wherever it hangs ("beat a journalist covering the protests in Minsk").
    bool venue = in && (tree_.head(at) == verb || m.city);
    // Nested places of the act narrow it down: "blew themselves up in two mosques in the town of Khanaqin in
    // eastern Iraq". Each step up to the verb is itself an in/at place (or its "of" name, "the town of X").
    // Force is done where its object stands: "attacked an army post in northern Uganda".
    for (int h = tree_.head(at), steps = 0; in && !venue && h > 0 && steps < 3; h = tree_.head(h), ++steps) {
      // ... or the one it is done with: "clashed with youths in this French city".
      if (force_act && (tree_.rel(h) == "obj" || tree_.rel(h) == "obl") && tree_.head(h) == verb) {
        venue = true;
        break;
      }
      int hc = tree_.child(h, "case");
      std::string_view hp = hc ? tree_.lemma(hc) : std::string_view();
      if (hp != "in" && hp != "at") break;
      venue = tree_.head(h) == verb;
    }
    for (int s : subjects) venue = venue || tree_.dominates(s, m.head);
    doers_place = doers_place || venue;
    if (venue && std::find(venue_countries.begin(), venue_countries.end(), m.ref.country) == venue_countries.end())
      venue_countries.push_back(m.ref.country);
  }
  // Where the doer acts, named in the sentence, gives it its country whatever the target ("protesters marched
  // in Yerevan to demand the resignation of Prime Minister X").
  const bool named_place = doers_place;
  if (country.empty()) {  // a sentence naming no country belongs to the story's
    country = story_country_;
    // Before any event has given the story a country, violence by armed men it leaves unnamed ("the rebels and
    // the army exchanged fire", roots 18-20) happens where the story is filed from: the wire reports such fighting
    // from the country it is in. Not arrests or deployments, which a story filed elsewhere often reports, nor
    // what civilians or officials are said to do; and the guess does not become the story's country for its later
    // acts.
    // So is violence against such men by anyone the story leaves unnamed ("youths attacked security forces").
    auto all_armed = [](const std::vector<const Mention*>& list) {
      return !list.empty() && std::all_of(list.begin(), list.end(), [](const Mention* m) { return bears_arms(m->ref); });
    };
    if (country.empty() && is_violence(codes.code) && !sources.empty() && (all_armed(sources) || all_armed(targets))) {
      country = dateline_country();
      country_from_dateline = !country.empty();
    }
    doers_place = true;
  }
  auto adopt = [&](std::vector<const Mention*>& list) {
    for (const Mention*& t : list) {
      if (!one_country || country.empty() || t->ref.code.rfind("---", 0) != 0 || t->ref.code.size() <= 3) continue;
      if (called_foreign(t->head)) continue;  // "urged foreign forces to avoid ..."
      adopted.push_back(with_country(*t, country));
      t = &adopted.back();
    }
  };
  // A doer takes the country only when the target does not bring it: "Republican lawmakers threatened to block
  // aid to Ukraine" are not Ukrainian.
  bool countryless_targets = true;
  // A place is where the act happens, and brings no other country ("keeping the country's plants running").
  for (const Mention* t : targets)
    countryless_targets = countryless_targets && (t->ref.country.empty() || t->kind == MentionKind::place);
  // "Six Nepali soldiers were killed in an ambush by rebels", "a Kenyan policeman was beaten by a mob": unnamed
  // rebels, gunmen, criminals or crowds who strike people that their own words give the one country the sentence
  // names are of that country, a domestic story as CAMEO coders read it. Not a state's forces: "soldiers killed
  // two Lebanese" are no Lebanese soldiers.
  bool domestic_force = force_act && !sources.empty() && !targets.empty();
  for (const Mention* src : sources)
    domestic_force = domestic_force && src->ref.country.empty() && !src->ref.has_sector("MIL") &&
                     !src->ref.has_sector("COP") && !src->ref.has_sector("GOV") && !src->ref.has_sector("SPY") &&
                     !src->ref.has_sector("JUD") && !src->ref.has_sector("LEG");
  // Their victims may be of no country too where that country is the dateline's: "insurgents shot dead four men
  // in Thailand's south" from Yala; not "men snatched in a raid by gunmen, including guards from the Dutch
  // embassy" from Baghdad.
  // (Only asked when the rest holds: the dateline is looked up in the gazetteer.)
  const bool home = domestic_force && !country.empty() && country == dateline_country();
  for (const Mention* t : targets)
    domestic_force = domestic_force && (t->ref.country == country || (home && t->ref.country.empty())) &&
                     t->kind != MentionKind::place && !t->city;
  if (((countryless_targets || named_place) && doers_place) || domestic_force ||
      police_at_home(force_act, sources, targets, one_country ? country : std::string()))
    adopt(sources);
  // Only for complaints and demands, where a state body speaks to another state; elsewhere a summit's "leaders"
  // or a bare "the government" in a foreign story are too often someone else's.
  else if (codes.code.starts_with("10") || codes.code.starts_with("11"))
    adopt_home_country(sources, targets, out, adopted);
  // Armed men left with no country (the sentence names two, or its one only as a place the act is measured from).
  if (std::string home =
          home_of_armed_men(armed_violence, sources, one_country ? country : std::string(), venue_countries);
      !home.empty())
    for (const Mention*& s : sources) {
      if (s->ref.code.rfind("---", 0) != 0 || s->ref.code.size() <= 3 || called_foreign(s->head)) continue;
      adopted.push_back(with_country(*s, home));
      s = &adopted.back();
    }
  // Still no one's: "police", "the court", "the ministry" of the home state in a story filed from it.
  adopt_dateline_for_home_bodies(sources, targets, adopted);
  adopt(targets);
  if (std::string about = one_country ? std::string() : country_the_main_clause_is_about(verb); !about.empty())
    for (std::vector<const Mention*>* list : {&sources, &targets})
      for (const Mention*& m : *list) {
        // "after meeting his security officials": a role with an owner is the owner's.
        if (m->ref.code.rfind("---", 0) != 0 || m->ref.code.size() <= 3 || called_foreign(m->head) ||
            (m->ref.sentence == sentence_index_ && tree_.child(m->head, "nmod:poss")))
          continue;
        adopted.push_back(with_country(*m, about));
        m = &adopted.back();
      }
  if (!one_country) adopt_local_country(targets, sources, verb, codes.code, adopted);
  // Non-governmental and international bodies that no country claims are transnational, as the CAMEO codebook
  // codes them: "human rights groups criticised Beijing" is NGOHRI, "aid agencies" NGO, "international
  // monitors" IGO. Other role nouns of no country stay no one's ("officials said").
  auto transnational = [&](std::vector<const Mention*>& list) {
    for (const Mention*& t : list) {
      if (t->ref.sentence != sentence_index_ || !t->ref.code.starts_with("---")) continue;
      std::vector<std::string_view> words;
      for (int w = t->first; w <= t->last; ++w) words.push_back(tree_.lemma(w));
      for (int c : tree_.children(t->head)) words.push_back(tree_.lemma(c));
      std::string code = transnational_code(t->ref.code, tree_.lemma(t->head), words);
      if (code.empty()) continue;
      Mention m = *t;
      m.ref.code = code;
      split_actor_code(m.ref.code, m.ref.country, m.ref.sectors);
      adopted.push_back(std::move(m));
      t = &adopted.back();
    }
  };
  transnational(sources);
  transnational(targets);
}

}  // namespace vigil::coding
