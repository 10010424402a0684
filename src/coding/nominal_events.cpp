// Events written as nouns or in clauses the main verb does not govern: who does a nominal event (its owner, the
// subject of a light verb or of the clause it happens in), who a relative or participial clause is about, and the
// guest of a meeting written as "talks with visiting President X".
#include <algorithm>
#include <string_view>

#include "coding/document_issuers.h"
#include "coding/event_coder.h"
#include "coding/mentions.h"
#include "coding/word_kinds.h"
#include "lexicon/gazetteer.h"
#include "text/word_list.h"

namespace vigil::coding {

namespace {

// Light verbs: their object names the act and their subject does it ("held talks", "renewed its condemnation").
bool is_light_verb(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {"hold",  "make",  "renew",  "reiterate", "repeat", "express", "voice",
                                               "enunciate", "articulate", "air",
                                               "pay",   "begin", "start",  "resume",    "conduct", "launch", "mount",
                                               "stage", "wage",  "step",   "continue",  "carry",   "issue",  "reaffirm"};
  return is_one_of(lemma, verbs);
}

// Verbs that take a journey from its start to its end: the subject makes the visit they name ("concluding a six-day
// trip to Greece, the UN official ...", "cut short his tour of Asia").
bool takes_a_journey(std::string_view verb, std::string_view noun) {
  static constexpr std::string_view verbs[] = {"conclude", "end", "complete", "finish", "wrap", "cut", "extend",
                                               "interrupt", "undertake", "embark", "prolong", "shorten"};
  static constexpr std::string_view journeys[] = {"visit", "trip", "tour", "stopover", "journey", "mission"};
  return is_one_of(verb, verbs) && is_one_of(noun, journeys);
}

// Verbs of travel, whose traveller goes somewhere for a meeting: "Prodi flew into Albania for talks with Fino",
// "Yoo will visit Japan for talks with Japanese leaders", "Khan went straight into talks with Mubarak".
bool travels_to_meet(std::string_view verb) {
  static constexpr std::string_view verbs[] = {"arrive", "fly", "go", "come", "travel", "head", "leave", "depart",
                                               "return", "visit", "jet", "land", "set", "proceed", "stop"};
  return is_one_of(verb, verbs);
}

bool is_force_code(std::string_view code) {
  return code.starts_with("14") || code.starts_with("15") || code.starts_with("17") || code.starts_with("18") ||
         code.starts_with("19") || code.starts_with("20");
}

// Fighting that both sides do: "clashes with", "a gunbattle with".
bool is_mutual_fight_noun(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {"clash", "clashes", "fighting", "skirmish", "skirmishes", "gunbattle",
                                               "gunbattles", "firefight", "firefights", "battle", "battles"};
  return is_one_of(lemma, nouns);
}

bool is_participle(std::string_view xpos) { return xpos == "VBG" || xpos == "VBN"; }

}  // namespace

// The subject of the clause a nominal event belongs to, when that subject takes part in it: the object of a light
// verb, or a circumstance of the clause ("after talks with", "during a visit to", "in a meeting with"), or the
// meeting a journey is for ("flew to Albania for talks with"), or a mediation he leads between others. Not for
// force: those hit by it are often the subject ("three died in an air raid on X").
int EventCoder::host_of_nominal(int noun, std::string_view code) const {
  if (tree_.upos(noun) != "NOUN" || tree_.head(noun) <= 0) return 0;
  int h = tree_.head(noun);
  // "arrived here Saturday evening for a three-day visit to China": the phrase the parse hung on the verb's time.
  bool on_time = false;
  if ((tree_.upos(h) == "NOUN" || tree_.upos(h) == "PROPN") && is_time_name(tree_.lemma(h)) && tree_.head(h) > 0 &&
      tree_.upos(tree_.head(h)) == "VERB" && tree_.base_rel(h) == "obl" && tree_.base_rel(noun) == "nmod") {
    h = tree_.head(h);
    on_time = true;
  }
  // "paid a surprise visit to Jordan for talks with King Abdullah II": talks a journey is for are the traveller's.
  if (tree_.upos(h) == "NOUN" && (tree_.lemma(h) == "visit" || tree_.lemma(h) == "trip") &&
      tree_.base_rel(h) == "obj" && tree_.head(h) > 0 && tree_.upos(tree_.head(h)) == "VERB")
    if (int cs = tree_.child(noun, "case"); cs && tree_.lemma(cs) == "for" && is_meeting_noun(tree_.lemma(noun)) &&
                                            (is_light_verb(tree_.lemma(tree_.head(h))) ||
                                             takes_a_journey(tree_.lemma(tree_.head(h)), tree_.lemma(h))))
      return subject_of(tree_.head(h));
  if (tree_.upos(h) != "VERB") {
    // "Feissel praised the decision during his mediation between X and Y", the parse hanging the phrase on the
    // object: an owning pronoun stands for the subject of the clause.
    const int poss = tree_.child(noun, "nmod:poss");
    if (!poss || tree_.upos(poss) != "PRON" || is_force_code(code)) return 0;
    // The nearest clause whose subject the noun is not: "warned Lee to be careful during his own trip" is
    // Lee's trip; "Badawi added that his talks with X were smooth" Badawi's talks.
    auto clause_head = [&](int w) {
      return tree_.upos(w) == "VERB" || tree_.base_rel(w) == "xcomp" || tree_.base_rel(w) == "ccomp" ||
             tree_.base_rel(w) == "advcl";
    };
    // "his" or "her" is a person's: "the Greek-Cypriot side's decision to suspend ... during his mediation" is not
    // the side's mediation.
    const bool personal = tree_.folded_form(poss) == "his" || tree_.folded_form(poss) == "her";
    auto can_be_personal = [&](int w) {
      const Mention* m = actor_at(w);
      return !m || m->person || m->kind == MentionKind::pronoun ||
             (m->kind == MentionKind::agent && names_one_person(m->ref.text));
    };
    // A third person is no speaker: "we have the majority and his call for elections is unacceptable".
    static constexpr std::string_view kFirstAndSecond[] = {"i", "we", "you"};
    static constexpr std::string_view kOwnFirstAndSecond[] = {"my", "our", "your"};
    const bool third = !is_one_of(tree_.folded_form(poss), kOwnFirstAndSecond);
    for (; h > 0; h = tree_.head(h)) {
      if (!clause_head(h)) continue;
      const int subject = subject_of(h);
      if (third && subject && is_one_of(tree_.folded_form(subject), kFirstAndSecond)) continue;
      if (subject && subject != noun && (!personal || can_be_personal(subject))) return subject;
      if (subject == 0 && tree_.upos(h) == "VERB") return 0;
    }
    return 0;
  }
  // Someone else's act: a named owner that is no actor ("during the Dalai Lama's visit to X"), or a meeting between
  // others ("voiced indignation at a meeting between X and Y").
  if (int poss = tree_.child(noun, "nmod:poss"); poss && tree_.upos(poss) != "PRON") return 0;
  // A mediation between others is the host's own act: the parties are its targets.
  if (!code.starts_with("045"))
    for (int c : tree_.children(noun))
      if (int cs = tree_.child(c, "case"); cs && tree_.lemma(cs) == "between") return 0;
  std::string_view r = on_time ? "obl" : tree_.base_rel(noun);
  // "Yadav faces mounting demands for his removal": the parser makes the adjective-like participle a verb under
  // "faces"; the demands are aimed at the one who faces them, not made by him.
  if (r == "obj" && tree_.xpos(h) == "VBG" && tree_.base_rel(h) == "xcomp" &&
      (tree_.lemma(tree_.head(h)) == "face" || tree_.lemma(tree_.head(h)) == "confront"))
    return 0;
  if (r == "obj")
    return is_light_verb(tree_.lemma(h)) || takes_a_journey(tree_.lemma(h), tree_.lemma(noun)) ? subject_of(h) : 0;
  int cs = tree_.child(noun, "case");
  // A clash is mutual: those killed or wounded "in clashes with rebels" fought them, so the subject is the other
  // side, unlike one side's attack ("three died in an air raid on X").
  if (r == "obl" && cs && code.starts_with("19") && is_mutual_fight_noun(tree_.lemma(noun)) &&
      (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "during"))
    for (int c : tree_.children(noun))
      if (int with = tree_.child(c, "case"); with && tree_.lemma(with) == "with" && tree_.base_rel(c) == "nmod") {
        if (int pass = tree_.child(h, "nsubj:pass")) return pass;  // "soldiers were killed in clashes with": the soldiers
        return subject_of(h);
      }
  if (r != "obl" || is_force_code(code)) return 0;
  if (!cs) return 0;
  // "Following his talks with X": the tagger takes "Following" for a verb and lemmatizes it "follow".
  static constexpr std::string_view preps[] = {"in",        "at",     "during", "after", "before",
                                               "following", "follow", "on",     "upon"};
  const bool journey = (tree_.lemma(cs) == "for" || tree_.lemma(cs) == "into") && is_meeting_noun(tree_.lemma(noun)) &&
                       travels_to_meet(tree_.lemma(h));
  if (!journey && std::find(std::begin(preps), std::end(preps), tree_.lemma(cs)) == std::end(preps)) return 0;
  // "Arafat was besieged by the army following his refusal": in a passive clause an owning pronoun stands for the
  // one the clause is about, not for the doer of its by-phrase; unless that is no one ("the offer was made by X in
  // his meeting with Y").
  if (int poss = tree_.child(noun, "nmod:poss"); poss && tree_.upos(poss) == "PRON")
    if (int pass = tree_.child(h, "nsubj:pass"); pass && actor_at(pass)) return pass;
  return subject_of(h);
}

// "visiting" right before an actor's name: "held talks with visiting US President Bush", "received the visiting
// Chinese premier". Parsers often make the participle a clause with the name as its subject ("with" its mark); the
// name right after it is the guest either way. Returns the guest's word, or 0.
int EventCoder::guest_after_visiting(int w) const {
  if (w <= 0 || w >= tree_.size() || tree_.lemma(w) != "visit" || tree_.xpos(w) != "VBG") return 0;
  // Capitalised only to open the sentence: inside one it is a name ("the Visiting Forces Agreement").
  const std::string& form = tree_.word(w).form;
  if (form != "visiting" && !(form == "Visiting" && w == 1)) return 0;
  // Not a verb with an object or a subject before it: "Bush, visiting China, said" is a visit of its own. But right
  // after the verb it hangs from, an object is the parser's reading of the guest: "Abdullah told visiting envoy X".
  // So too with the preposition the parse made its mark: "announced to visiting minister X".
  const int to = w - 1 >= 1 && tree_.head(w - 1) == w && (tree_.lemma(w - 1) == "to" || tree_.lemma(w - 1) == "with");
  const bool right_after_its_verb = tree_.head(w) == w - 1 - to && w - 1 - to >= 1 &&
                                    tree_.upos(w - 1 - to) == "VERB";
  // "held talks with visiting Russian minister X", "at a meeting with visiting President X": a participle after
  // "with" or "to" describes a guest even when the parse made the name its object, as long as the name is a person
  // or body with a role. After "with" or "to" a bare country is a place visited ("charged with visiting Israel").
  const bool marked = to && !right_after_its_verb;
  for (int c : tree_.children(w)) {
    std::string_view r = tree_.rel(c);
    if ((r == "obj" && !right_after_its_verb && !marked) || (r == "nsubj" && c < w)) return 0;
  }
  int at = w + 1;
  if (at <= tree_.size() && tree_.upos(at) == "DET") ++at;
  if (at > tree_.size() || !mention_by_first_[at]) return 0;
  const Mention& m = sentence_mentions_[mention_by_first_[at] - 1];
  // The name must be the whole guest: in "a visiting Angola team" the guest is the team, no actor.
  if (m.last < tree_.size() && tree_.upos(m.last + 1) == "NOUN") return 0;
  if (to && m.ref.code.size() <= 3) return 0;
  return m.kind == MentionKind::pronoun || m.kind == MentionKind::place ? 0 : m.head;
}

// The one who hosts the guest a "visiting" participle names: the other party of the meeting the guest's phrase is
// in, the owner of "his talks with visiting X" or the subject of the clause ("X held talks with visiting Y",
// "X received visiting Y"). 0 when the guest is that subject.
int EventCoder::host_of_guest(int visiting, int guest) const {
  // The meeting noun the phrase hangs from, or the noun written right before a "with" clause the parse hung on
  // the verb ("after his talks with visiting X").
  int meeting = 0;
  for (int h = tree_.head(visiting), steps = 0; h > 0 && steps < 4 && !meeting; h = tree_.head(h), ++steps)
    if (tree_.upos(h) == "NOUN" && is_meeting_noun(tree_.lemma(h))) meeting = h;
  if (!meeting)
    for (int w = visiting - 1; w >= 1 && w >= visiting - 3 && !meeting; --w)
      if (tree_.upos(w) == "NOUN" && is_meeting_noun(tree_.lemma(w))) meeting = w;
  if (meeting) {
    if (int poss = tree_.child(meeting, "nmod:poss"); poss && actor_at(poss)) return poss;
    if (int h = host_of_nominal(meeting, "040")) return h;
  }
  int verb = tree_.head(visiting);
  while (verb > 0 && tree_.upos(verb) != "VERB") verb = tree_.head(verb);
  if (verb == visiting) verb = tree_.head(visiting);
  int subject = subject_of(verb);
  if (!subject || subject == guest || tree_.dominates(subject, guest)) return 0;
  return subject;
}

// The guest's visit to the host's country: "King Abdullah held talks with visiting President Bush" is Bush's visit
// to Jordan. With no host named ("Visiting UN Secretary General Kofi Annan said") the visit goes to the dateline's
// country; a host of no other country ("the UN held talks with visiting X") leaves it with no target.
void EventCoder::code_guest_visit(int visiting, int guest, std::vector<Event>& out) {
  const Mention* visitor = actor_at(guest);
  if (!visitor) return;
  const Mention* host = actor_at(host_of_guest(visiting, guest));
  Binding b;
  b.source.push_back(visitor);
  if (host && !host->ref.country.empty() && host->ref.country != visitor->ref.country) {
    Mention country = *host;
    country.ref.code = host->ref.country;
    split_actor_code(country.ref.code, country.ref.country, country.ref.sectors);
    derived_mentions_.push_back(std::move(country));
    b.target.push_back(&derived_mentions_.back());
  } else if (!host || host->ref.country == visitor->ref.country) {
    // "Visiting Prime Minister X said ..." with no host named: the guest is where the story is filed from. So with
    // a "host" of the guest's own country, the parse's slip ("Bulgaria expects ..., visiting Bulgarian Prime
    // Minister Sergei Stanishev said during a tour of Shanghai").
    if (const Mention* here = dateline_host(visiting); here && here->ref.country != visitor->ref.country)
      b.target.push_back(here);
  }
  lexicon::EventCodes codes;
  codes.code = "042";
  emit(visiting, codes, "a guest: 'visiting' before the visitor's name", b, out);
}

// Who a clause does that the parse left without a subject of its own, or with a relative pronoun for one:
// - "a Security Council resolution calling on Syria to ...", "participants warning that ...": a present participle
//   describing a noun is that noun's act (the owner of a text's);
// - "A U.S. navy fleet composed of three warships visited Qingdao", "visited" hung on "composed": a finite verb
//   hung from a participle that describes a noun is that noun's act;
// - "Kenyan police officers landed in ...", the noun made the root and its verb hung on it: the noun acts;
// - "after North Korea launched a missile", the name taken for the object of "after": the name acts;
// - "said Haniya, who has just made a visit to X", the relative clause taken for the complement of "said": "who"
//   stands for the name before it.
// Returns the doer's word, or 0.
int EventCoder::doer_of_unattached_clause(int verb) const {
  std::string_view r = tree_.rel(verb);
  int h = tree_.head(verb);
  if (h <= 0) return 0;
  const Word& v = tree_.word(verb);
  if (r == "acl" && v.xpos == "VBG" && !tree_.child(verb, "mark") && !tree_.child(verb, "case") && h < verb) {
    std::string_view hu = tree_.upos(h);
    // Only a named actor, one person or body, with the clause set off by a comma ("Prime Minister Sharif,
    // sympathising with the families, said"): a plural is more often a gerund the parse split from its noun ("a
    // foreign ministers meeting") or people in general ("Mauritians traveling to Hong Kong"), and a participle
    // right after its noun often describes what the noun did once or does at all ("a warship leaving 79 missing",
    // "a force trying to resolve"); nor a noun that is only owned by an actor ("Saddam's dawn hanging").
    const int m = mention_by_head_[h] ? mention_by_head_[h] : mention_by_word_[h];
    const bool plural = tree_.xpos(h) == "NNS" || tree_.xpos(h) == "NNPS";
    const bool set_off = verb > 1 && tree_.word(verb - 1).form == ",";
    if ((hu == "NOUN" || hu == "PROPN") && m && !plural && set_off &&
        sentence_mentions_[m - 1].kind != MentionKind::pronoun)
      return h;
    // A text speaks for its author ("a Security Council resolution calling on ..."), and one of no named author
    // for whoever adopted or issued it ("the Council adopted a resolution calling on ...").
    if (hu == "NOUN" && is_document_noun(tree_.lemma(h)) && actor_at(h)) return h;
    if (hu == "NOUN" && is_document_noun(tree_.lemma(h)) && tree_.rel(h) == "obj" && is_issuing_verb(tree_.lemma(tree_.head(h))))
      return subject_of(tree_.head(h));
    return 0;
  }
  // "The first 400 Kenyan police officers landed in Port-au-Prince" parsed with the noun as the sentence's root and
  // the verb hung on it: a finite verb is no reduced relative, so the noun is its subject. (Not a noun with a subject
  // of its own, a predicate: "Medvedev, now deputy chairman of ..., threatened": the actor before it acts.)
  if (r == "acl" && is_finite(v.xpos) && h < verb && tree_.rel(h) == "root" && !tree_.child(verb, "mark") &&
      !tree_.child(verb, "nsubj") && !tree_.child(verb, "nsubj:pass") && !tree_.child(h, "nsubj") &&
      mention_by_head_[h])
    return h;
  // "issued alerts after North Korea launched a missile" parsed with "after North Korea" a prepositional phrase and
  // "launched" a conjunct with nothing to join it: a temporal preposition before a name and a finite verb is a
  // subordinator, and the name is the verb's subject.
  if (r == "conj" && is_finite(v.xpos) && !tree_.child(verb, "cc") && verb > 1)
    if (int m = mention_by_last_[verb - 1]) {
      int name = sentence_mentions_[m - 1].head;
      int cs = name > 0 && name < verb ? tree_.child(name, "case") : 0;
      static constexpr std::string_view kSubordinators[] = {"after", "before", "since", "until", "once"};
      if (cs && is_one_of(tree_.lemma(cs), kSubordinators)) return name;
    }
  if ((r == "advcl" || r == "conj" || r == "dep") && is_finite(v.xpos) && h < verb && tree_.rel(h) == "acl" &&
      is_participle(tree_.xpos(h)) && !tree_.child(verb, "mark") && !tree_.child(verb, "cc")) {
    int noun = tree_.head(h);
    if (noun > 0 && noun < h && actor_at(noun)) return noun;
  }
  return 0;
}

// The name a relative pronoun stands for when the parse did not make its clause a relative clause: the noun or
// name right before it, past a comma ("said Haniya, who has ..."). 0 when the word before is no actor.
int EventCoder::antecedent_of_stray_relative(int pronoun) const {
  const Word& w = tree_.word(pronoun);
  std::string_view l = tree_.lemma(pronoun);
  if (!(l == "who" || l == "which") || (w.xpos != "WP" && w.xpos != "WDT")) return 0;
  // After a comma only: with none, the pronoun is as often about a larger phrase the name ends ("the shortages
  // facing North Korea which have forced it ...") or about people in general ("the Japanese who complain").
  int before = pronoun - 2;
  if (before < 1 || tree_.word(pronoun - 1).form != ",") return people_named_before(pronoun);
  int m = mention_by_word_[before];
  if (!m) return 0;
  const Mention& men = sentence_mentions_[m - 1];
  return men.last == before ? men.head : 0;
}

// "the LTTE who accuse ...": "who" right after a named body or person stands for it, whatever noun the parse hung
// the clause on. Not after a bare country or a demonym ("a permit to work in Israel who ...", "the Japanese who
// complain" are other people). So does "which" right after a body ("casualties on the Sudan People's Liberation
// Army which attacked ..."), but not after a country ("the shortages facing North Korea which ..."). Returns the
// name's head or 0.
int EventCoder::people_named_before(int who) const {
  int before = who - 1;
  const bool which = tree_.lemma(who) == "which" && tree_.xpos(who) == "WDT";
  if ((tree_.lemma(who) != "who" && !which) || before < 1 || !mention_by_word_[before]) return 0;
  const Mention& m = sentence_mentions_[mention_by_word_[before] - 1];
  bool people = (m.kind == MentionKind::actor || m.kind == MentionKind::agent) && !m.city && !m.ref.sectors.empty();
  return m.last == before && people ? m.head : 0;
}

// "Bush's China trip", "his first China visit": a country named as a compound of a visit noun that has an owner is
// where the visit goes. Returns its word, or 0.
int EventCoder::destination_compound(int noun) const {
  std::string_view l = tree_.lemma(noun);
  if (l != "visit" && l != "trip" && l != "tour" && l != "stopover") return 0;
  if (!tree_.child(noun, "nmod:poss")) return 0;
  for (int c : tree_.children(noun))
    if (tree_.rel(c) == "compound" && c < noun && tree_.upos(c) == "PROPN")
      if (const Mention* m = actor_at(c); m && m->kind != MentionKind::pronoun && !m->ref.country.empty() &&
                                          m->ref.code.size() == 3)
        return c;
  return 0;
}

// A nominal event's doer: its owner ("the Russian buildup", "Russia's buildup"; not the destination of "Bush's China
// trip"), its by-phrase, or the actor of its of-phrase ("the amassing of Russian troops"); with none of these, the
// subject of the clause it belongs to when that subject takes part in it.
void EventCoder::nominal_doers(int noun, std::string_view code, const std::vector<const Mention*>& targets,
                               std::vector<const Mention*>& sources) const {
  auto is_target = [&](const Mention* m) { return std::find(targets.begin(), targets.end(), m) != targets.end(); };
  actors_at(noun, sources);
  if (int dest = destination_compound(noun); dest && !sources.empty() && sources[0] == actor_at(dest)) {
    sources.clear();
    actors_at(tree_.child(noun, "nmod:poss"), sources);
  }
  std::erase_if(sources, is_target);
  // "a rocket attack by Hezbollah": a weapon word that names only a role ("rocket", armed forces of no one) gives way
  // to the doer the by-phrase names.
  bool roles_only = !sources.empty();
  for (const Mention* m : sources) roles_only = roles_only && m->ref.code.starts_with("---");
  if (roles_only)
    for (int c : tree_.children(noun))
      if (int cs = tree_.child(c, "case"); cs && tree_.lemma(cs) == "by" && tree_.base_rel(c) == "nmod")
        if (const Mention* by = actor_at(c); by && !by->ref.code.starts_with("---") && !is_target(by)) {
          sources.clear();
          actors_at(c, sources);
          break;
        }
  for (int c : tree_.children(noun)) {
    if (!sources.empty()) break;
    int cs = tree_.child(c, "case");
    if (tree_.base_rel(c) == "nmod" && cs && (tree_.lemma(cs) == "by" || tree_.lemma(cs) == "of") &&
        !is_target(actor_at(c)))
      actors_at(c, sources);
  }
  if (sources.empty()) actors_at(host_of_nominal(noun, code), sources);
  // Conventional military force a country adjective owns is its military's: "an Israeli air raid" is ISRMIL, as
  // CAMEO coders read it (not "Hamas rocket attacks", which names its doer).
  if (code.starts_with("19"))
    for (const Mention*& m : sources)
      if (m->kind == MentionKind::adjective && m->ref.code.size() == 3 && m->ref.code == m->ref.country) {
        Mention force = *m;
        force.ref.code = m->ref.country + "MIL";
        split_actor_code(force.ref.code, force.ref.country, force.ref.sectors);
        derived_mentions_.push_back(std::move(force));
        m = &derived_mentions_.back();
      }
}

// "renewed its condemnation on Wednesday of X": a day the parse hung between a nominal event and its of-phrase,
// taking the phrase with it. Returns the day's word when it directly follows the noun's phrase, or 0.
int EventCoder::time_word_after(int noun) const {
  int h = tree_.head(noun);
  if (h <= 0) return 0;
  int next = tree_.subtree_range(noun).second + 1;
  for (int c : tree_.children(h))
    if (c > noun && tree_.subtree_range(c).first == next && tree_.base_rel(c) == "obl" && is_day_or_month(tree_.lemma(c)))
      return c;
  return 0;
}

// The meeting noun written right before a "with" clause that the parse hung beside it on the verb ("meeting the
// press after his talks with visiting X"): the clause is that noun's partner, not the verb's. Or 0.
int EventCoder::meeting_noun_before(int clause) const {
  int mark = tree_.child(clause, "mark");
  int h = tree_.head(clause);
  if (!mark || h <= 0) return 0;
  for (int c : tree_.children(h))
    if (c < clause && tree_.upos(c) == "NOUN" && is_meeting_noun(tree_.lemma(c)) &&
        tree_.subtree_range(c).second + 1 == mark)
      return c;
  return 0;
}

// "after his talks with visiting President X", the "with" clause hung on the verb: the guest, when the clause
// follows the noun directly. Or 0.
int EventCoder::guest_with_noun(int noun) const {
  int h = tree_.head(noun);
  if (h <= 0) return 0;
  int next = tree_.subtree_range(noun).second + 1;
  for (int c : tree_.children(h)) {
    int mark = tree_.child(c, "mark");
    if (c > noun && tree_.base_rel(c) == "advcl" && mark && mark == next && tree_.lemma(mark) == "with")
      if (int g = guest_after_visiting(c)) return g;
  }
  return 0;
}

// "arrived here Monday for a three-day visit": wire stories say "here" for the city of their dateline ("BEIJING,
// Nov. 5 (Xinhua) --"), so the visit goes to that city's country.
namespace {

// The dateline's city: its first words up to a comma or a parenthesis; of several places of that name, the largest
// town (or a city-state listed as its country only, "SINGAPORE"). Null without a dateline or a gazetteer.
const lexicon::GazetteerEntry* dateline_city(const lexicon::Gazetteer* gazetteer, const Document* doc,
                                             std::string& name) {
  if (!gazetteer || !doc) return nullptr;
  for (char c : doc->dateline) {
    if (c == ',' || c == '(' || c == '-' || c == '\n') break;
    name += c;
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (name.empty()) return nullptr;
  const lexicon::GazetteerEntry* city = nullptr;
  for (uint32_t id : gazetteer->lookup(lexicon::place_key(name))) {
    const lexicon::GazetteerEntry& e = gazetteer->entry(id);
    using Kind = lexicon::GazetteerEntry::Kind;
    bool town = e.kind == Kind::city || e.kind == Kind::capital || e.kind == Kind::country;
    if (town && e.country.size() == 3 && (!city || e.population > city->population)) city = &e;
  }
  return city;
}

}  // namespace

// "YALA, Thailand, Dec 14": a dateline's second field, when it names a country, says whose the city is even where the
// gazetteer lacks the city ("ZAMBOANGA, Philippines").
std::string EventCoder::dateline_country() const {
  if (!gazetteer_ || !doc_) return {};
  const std::string& d = doc_->dateline;
  size_t comma = d.find(',');
  if (comma != std::string::npos) {
    size_t end = d.find_first_of(",(\n", comma + 1);
    std::string field = d.substr(comma + 1, end == std::string::npos ? std::string::npos : end - comma - 1);
    while (!field.empty() && field.front() == ' ') field.erase(0, 1);
    while (!field.empty() && field.back() == ' ') field.pop_back();
    for (uint32_t id : gazetteer_->lookup(lexicon::place_key(field))) {
      const lexicon::GazetteerEntry& e = gazetteer_->entry(id);
      if (e.kind == lexicon::GazetteerEntry::Kind::country && e.country.size() == 3) return e.country;
    }
  }
  std::string name;
  const lexicon::GazetteerEntry* city = dateline_city(gazetteer_, doc_, name);
  return city ? city->country : std::string();
}

const Mention* EventCoder::dateline_host(int here) const {
  if (here < 1 || here > tree_.size()) return nullptr;
  std::string name;
  const lexicon::GazetteerEntry* city = dateline_city(gazetteer_, doc_, name);
  if (!city) return nullptr;
  Mention& m = derive_at(here, MentionKind::place, city->country);
  m.city = true;
  m.ref.rule = "here: the dateline's city, " + name;
  return &m;
}

// "The US accuses Iran of ..., a charge rejected by Tehran": denying a charge written beside the clause that makes it
// answers the one who makes it. The charge is what the denial acts on (the noun its participle or relative clause
// describes, or its object); the accuser is the subject of the nearest clause above the charge that is not the
// denier's own side (not "Iran", the subject of "is developing", in "the West claims Iran is developing ..., an
// allegation denied by Tehran"). Returns the accuser's word, or 0.
int EventCoder::accuser_of_denied_charge(int verb, const std::vector<const Mention*>& deniers) const {
  static constexpr std::string_view kCharges[] = {"charge", "accusation", "allegation", "claim"};
  int charge = 0;
  std::string_view r = tree_.rel(verb);
  if ((r == "acl" || r == "acl:relcl") && is_one_of(tree_.lemma(tree_.head(verb)), kCharges)) charge = tree_.head(verb);
  for (int c : tree_.children(verb))
    if ((tree_.rel(c) == "obj" || tree_.rel(c) == "nsubj:pass") && is_one_of(tree_.lemma(c), kCharges)) charge = c;
  if (!charge) return 0;
  const int from = charge == tree_.head(verb) ? charge : verb;
  int steps = 0;
  for (int h = tree_.head(from); h > 0 && steps < 4; h = tree_.head(h), ++steps) {
    if (tree_.upos(h) != "VERB") continue;
    int subject = subject_of(h);
    const Mention* m = actor_at(subject);
    if (!m) continue;
    bool denier = false;
    for (const Mention* d : deniers)
      denier = denier || d->ref.code == m->ref.code || (!d->ref.country.empty() && d->ref.country == m->ref.country);
    if (!denier) return subject;
  }
  return 0;
}

// Force written as a noun and aimed at a thing ("an air strike on a vehicle in the Rafah region of the Gaza Strip",
// "shelling on positions near X"): the first country or place named inside the aimed-at phrase, nearest first, is
// struck. Adds nothing for a noun that is no force, or whose phrase names none.
void EventCoder::place_struck_by_nominal(int noun, std::string_view code, const std::vector<const Mention*>& sources,
                                         std::vector<const Mention*>& targets) const {
  if (tree_.upos(noun) != "NOUN" || !code.starts_with("19")) return;
  std::vector<int> frontier;
  for (int c : tree_.children(noun)) {
    int cs = tree_.child(c, "case");
    std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
    if (tree_.base_rel(c) == "nmod" && (p == "on" || p == "against" || p == "into")) frontier.push_back(c);
  }
  for (int level = 0; level < 3 && !frontier.empty() && targets.empty(); ++level) {
    std::vector<int> next;
    for (int f : frontier) {
      const Mention* m = actor_at(f);
      if (m && !m->ref.country.empty() && std::find(sources.begin(), sources.end(), m) == sources.end()) {
        actors_at(f, targets);
        return;
      }
      for (int c : tree_.children(f))
        if (tree_.base_rel(c) == "nmod" || tree_.base_rel(c) == "compound") next.push_back(c);
    }
    frontier.swap(next);
  }
}

}  // namespace vigil::coding
