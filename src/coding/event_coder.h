// The coder: from parsed sentences and compiled dictionaries to events. For each event word (a dictionary verb, or
// an event noun) it tries the word's patterns against its dependents, most specific first, and resolves the source
// and target through subjects, objects and prepositional phrases, passives, coordination, control and raising
// verbs, relative clauses, reported speech and pronouns.
#pragma once

#include <deque>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "coding/mentions.h"
#include "lexicon/lexicon.h"

namespace vigil::coding {

// What the coder did with one pattern, for `vigil explain`.
struct PatternTrial {
  int verb_word = 0;
  uint32_t pattern = lexicon::kNone;  // index into dicts().patterns; kNone for the bare verb's own code
  bool matched = false;
  std::string why;  // the first constraint that failed, or what matched
};

struct SentenceTrace {
  std::vector<Mention> mentions;
  std::vector<PatternTrial> trials;
  std::string skipped;  // why the sentence was not coded ("discard: World Cup"), or empty
};

// The stems a regular inflection may come from, likeliest first: "shelled" -> shell, shelle; "raided" -> raid,
// raide; "stopped" -> stopp, stoppe, stop.
std::vector<std::string> regular_verb_stems(std::string_view form);

// The CAMEO code of the act a noun names when someone turns it down ("request" 020, "demand" 100, "offer" 030;
// "warning" 130: "brushed aside a U.S. warning" reports the warning too), or empty.
std::string requested_act_code(std::string_view noun);

// The run options of PETRARCH (its config file, or a suite's <Config> lines) that change what its dictionaries code.
struct PetrarchOptions {
  // An event needs a source and a target. With false, a verb coded with no actor after it is an event aimed at no
  // one ("a senior official said on Saturday": ---GOV -> ---), and a role noun of no country may be its source.
  bool require_dyad = true;
  // A subject or object phrase of at most this many words that names no actor stands for itself, its words in
  // capitals between quotes ("the injury toll has risen": "INJURY TOLL"); 0 turns this off.
  int new_actor_length = 0;
};

class EventCoder {
 public:
  explicit EventCoder(const lexicon::Lexicon& lex);

  // A new story. `published` is YYYY-MM-DD or empty: it picks people's role codes and dates events for now.
  void start_document(const Document& doc);
  // With a gazetteer, city and region names count as their country's actors ("shelled Kharkiv" -> UKR).
  void set_gazetteer(const lexicon::Gazetteer* g) {
    gazetteer_ = g;
    mentions_.set_gazetteer(g);
  }
  // Whether a tokenized (not yet parsed) sentence can hold an event: it names an actor or an agent, or has a
  // pronoun after the story has named one. Cheap: run it before parsing.
  bool may_hold_event(const Sentence& tokens);
  // Codes one parsed sentence of the current document, appending events. With `trace`, records what was tried.
  void code_sentence(const Sentence& parsed, int sentence_index, std::vector<Event>& out, SentenceTrace* trace = nullptr);
  // The same, given the word ids of the sentence's forms that may_hold_event found (they do not change when the
  // sentence is parsed): only the lemmas are looked up again.
  void code_sentence(const Sentence& parsed, int sentence_index, std::span<const uint32_t> forms,
                     std::vector<Event>& out);
  // Whether the last sentence may_hold_event looked at names a party or opposition, an actor beside a document it
  // may have issued, or a person for the first time: a sentence worth note_mentions when it cannot hold an event.
  bool names_actor() const { return names_actor_; }
  // Whether the last sentence may_hold_event looked at names a person for the first time ("General Vladimir
  // Semionov"), whom a later surname alone may name.
  bool names_person() const { return names_person_; }
  // Notes the parties a parsed sentence that codes no event (the pre-filter skipped it) gives a country ("Zimbabwe's
  // opposition"), for a later bare "the opposition", and with `keep_people` the people it names, for a later
  // surname. Codes nothing, and changes no other story state.
  void note_mentions(const Sentence& parsed, int sentence_index, bool keep_people = false);
  // The word ids of the last sentence looked at (by may_hold_event or code_sentence), for later passes over it.
  const lexicon::SentenceKeys& keys() const { return keys_; }
  bool story_discarded() const { return story_discarded_; }
  // The sentence naming who speaks the quotation the next sentence (given to may_hold_event or code_sentence)
  // stands in, when that is another sentence, or -1 (coding/quotations.h). Such a sentence's quoted "we" or "I" is an
  // actor once the speaker's sentence has been coded or noted.
  void set_quote_reporter(int sentence) {
    quote_reporter_ = sentence;
    mentions_.set_quote_reporter(sentence);
  }
  // Options for PETRARCH-format verbs; vigil's own dictionaries ignore them.
  void set_petrarch_options(const PetrarchOptions& o) { petrarch_options_ = o; }

 private:
  // Finds the mentions of a sentence that codes nothing (a sentence discard), so the story's state (its people,
  // the referents of pronouns) goes on as if it had been coded.
  void remember_people_of_uncoded_sentence(int sentence_index);
  // code_sentence with keys_ filled for `parsed`.
  void code_encoded(const Sentence& parsed, int sentence_index, std::vector<Event>& out, SentenceTrace* trace);
  struct Binding {
    std::vector<const Mention*> source;
    std::vector<const Mention*> target;
    bool compound = false;
    bool compound_after = false;  // a linear pattern's "%" after the verb ("- * WITH %")
    bool negation_in_code = false;  // the pattern asked for the verb's "not" (VerbPattern::requires_negation)
  };
  // `why` (when not null) gets the reason a pattern failed: only traces read it.
  bool match_pattern(const lexicon::VerbPattern& p, int verb, Binding& b, std::string* why) const;
  // `promises_cooperation`: the pattern codes an intent to cooperate (03x), which a complement whose own act is a
  // conflict does not fill (see complement_is_conflict).
  bool match_constraint(const lexicon::DepConstraint& c, int verb, Binding& b, bool promises_cooperation) const;
  // What the verb `w`'s own patterns make of it: the code of its first matching pattern, else its block's own code.
  struct OwnAct {
    std::string_view code;
    bool constrained = false;  // the pattern asks something of a dependent (not just "_")
    bool named = false;        // ... names it by a word or set, not just an actor slot
  };
  OwnAct complement_own_act(int w) const;
  // Whether the complement's own first matching pattern names something it acts on and codes no event ("fight
  // corruption", "quit smoking"): a governor's pattern that names the act ("vowed to fight") then does not match it.
  static bool codes_nothing(const OwnAct& act);
  // Whether the complement's own act is a hostile one (QuadClass 3 or 4 but for roots 09, 10 and 15), so that a
  // promise of it is no intent to cooperate: "ready to end a truce" (196), "decided to halt talks" (164), "vowed to
  // boycott the elections" (143). A governor's pattern that names the act yields only where the complement's named
  // pattern turns it ("end" is de-escalation until its object is a truce); "pledged to arrest the kidnappers" stays a
  // promise (0313).
  static bool is_hostile(const OwnAct& act, bool governor_names_act);
  // PETRARCH's linear patterns: words after the verb in order (upper part), words before it backwards (lower).
  bool match_linear(const lexicon::VerbPattern& p, int verb, Binding& b) const;
  bool match_upper(const lexicon::VerbPattern& p, size_t e, int pos, bool adjacent, int limit, Binding& b) const;
  bool match_lower(const lexicon::VerbPattern& p, int e, int pos, bool adjacent, Binding& b) const;
  // How many words element `e` covers when it matches at `pos` (0: no match).
  int element_match(const lexicon::LinearElement& e, int pos, Binding& b, bool backward) const;
  // The last word of the noun phrase that opens at `pos` (PETRARCH's ^ moving forward).
  int noun_phrase_end_from(int pos) const;
  // The actor a PETRARCH subject phrase headed by `head` stands for: its first country with the role it names.
  const Mention* first_country_in_role(int head, const Mention* chosen) const;
  // PETRARCH's new actor (new_actor_length): the noun phrase headed by `head` as an actor of its own, or null when
  // the option is off, the phrase names an actor or is too long.
  const Mention* new_actor_at(int head) const;
  // The first noun phrase after the verb among its objects and prepositional phrases (not a bare "today"), or 0.
  int first_phrase_after(int verb) const;
  // The words that may fill a pattern's role on `verb` (for a prepositional role, the phrases `prep` marks).
  // Remembered per sentence: the same verb is asked for the same role by many patterns.
  void candidates(lexicon::DepRole role, std::string_view prep, int verb, std::vector<int>& out) const;
  void find_candidates(lexicon::DepRole role, std::string_view prep, int verb, std::vector<int>& out) const;
  bool filler_matches(const lexicon::DepFiller& f, int word) const;
  const Mention* actor_at(int word) const;
  void actors_at(int word, std::vector<const Mention*>& out) const;
  bool is_joined_conjunct(int c) const;
  // Whether a place mention is only where the verb's act happens ("met in Geneva"), not its target.
  bool is_venue(const Mention& m, int verb, std::string_view code) const;
  // The head word of the nearest actor with a country inside an in/at-phrase headed by `phrase`, or 0.
  int country_in_phrase(int phrase) const;
  int place_of_where_clause(int verb) const;
  // Gives role nouns of no country among `targets` the country CAMEO coders would: the doer's for the opposition,
  // the place's for those struck by force.
  void adopt_local_country(std::vector<const Mention*>& targets, const std::vector<const Mention*>& sources, int verb,
                           std::string_view code, std::deque<Mention>& adopted) const;
  // The actor an object is aimed at ("sanctions against Russia"), if not the sources' own country; else `noun`.
  int aimed_against(int noun, const std::vector<const Mention*>& sources) const;
  // Whether a past participle stands with no auxiliary and no object ("Fourteen Palestinians wounded in clashes",
  // "dozens of people killed"): a passive whose subject is acted on (violent_acts.cpp).
  // A past tense form counts too with `past_too` (for acts that need a victim: "wounded" tagged VBD in a headline).
  bool is_bare_participle(int verb, bool past_too) const;
  // Who a passive act of force names as its doer outside a by-phrase: the subject of a "when" clause ("was killed
  // when gunmen attacked the bus"), or 0 (violent_acts.cpp).
  int doer_in_when_clause(int verb) const;
  // The doer of the attack in which a passive act of force was done: "snatched in a raid by gunmen", "killed in a
  // Taliban ambush"; or 0 (violent_acts.cpp).
  int doer_of_attack_it_was_done_in(int verb) const;
  // The civilians of a public place where force struck ("blew themselves up in two mosques"), as a role noun of no
  // country on the place's word, or null (violent_acts.cpp).
  const Mention* people_at_struck_place(int verb, std::string_view code) const;
  // Insurgents of no country behind a bombing a violent act names as its means and no one as its doer ("a roadside
  // bomb hit a patrol", "killed in a suicide bombing"), as a role noun on the bomb's word, or null
  // (violent_acts.cpp). `passive`: the act is done to its subject, so in-phrases and "when" clauses may name it.
  const Mention* insurgents_behind_bombing(int verb, int verb_subject, bool passive) const;
  // A city or country compounded into the noun of a violent act, where it happened ("the Beirut bomb blast", "the
  // Iraq war"), or 0 (violent_acts.cpp).
  int place_named_into_act(int noun) const;
  // Whether an armed attack the verb codes is criticism said alongside it by a doer of no arms ("attacked the
  // ODIHR, saying ...") (violent_acts.cpp).
  bool is_attack_in_words(int verb) const;
  // The doer of an act that a protest's purpose names with a by-phrase ("to protest the occupation of Laos by
  // Vietnamese troops"), or 0 (violent_acts.cpp).
  int agent_of_act_noun(int noun) const;
  // Whether the noun at `word` is the sources' own ("its armed forces", "their ambassador").
  bool is_own(int word, const std::vector<const Mention*>& sources) const;
  // Who an act asked for ("called for sanctions against Iran") would be done by or aimed at; 0 when none.
  int party_to_asked_act(int noun) const;
  // Whether the word's own modifiers call it foreign, overseas, international or multinational.
  bool called_foreign(int word) const;
  // Whether the word's own modifiers call it local ("local forces").
  bool called_local(int word) const;
  // Whether a "people" noun names a whole nation ("the Russian people", "Iraq's people").
  bool names_a_whole_people(int noun) const;
  // Whether a target is a doer's own country named as where the act happens ("was arrested in Spain").
  bool coerced_at_home(const Mention& t, const std::vector<const Mention*>& sources) const;
  // The state whose own act a clause reports ("Canada acknowledged that troops had been sent"), or null.
  const Mention* announcing_state(int clause) const;
  // The object of a clause the parser took for a reduced passive ("police detained the leader"), or 0.
  int bare_object_of_false_passive(int verb) const;
  // A noun (or, with names_too, a name) after a verb with no preposition, taken for an oblique, which a reduced
  // passive cannot have; not a time. 0 when there is none.
  int bare_noun_after(int verb, bool names_too = false) const;
  // The noun after a particle the parse took for its preposition ("brushed aside a warning"), or 0.
  int noun_behind_particle(int verb) const;
  bool is_bare_noun_complement(int word) const;
  int object_predicate(int verb) const;
  // Remembered per sentence (subject_cache_): asked for the same verb by every pattern and step of emit.
  int subject_of(int verb, int depth = 0) const;
  const std::string& recoded_for_actors(const std::string& given, int verb, const ActorRef& source,
                                       const Mention* target) const;
  int guest_opening_the_sentence(int visiting) const;
  int find_subject(int verb, int depth) const;
  // The two countries a border is named by, when the verb names no doer (see event_coder.cpp).
  void border_sides(int verb, int noun, std::vector<const Mention*>& out) const;
  // Nominal events and clauses the parse left without a subject (nominal_events.cpp).
  int host_of_nominal(int noun, std::string_view code) const;
  int guest_after_visiting(int w) const;
  int host_of_guest(int visiting, int guest) const;
  void code_guest_visit(int visiting, int guest, std::vector<Event>& out);
  int doer_of_unattached_clause(int verb) const;
  int antecedent_of_stray_relative(int pronoun) const;
  int antecedent_of_passive_relative(int verb, int word) const;
  void drop_joined_past_relative(int verb, int noun, std::vector<const Mention*>& actors) const;
  int people_named_before(int who) const;
  int destination_compound(int noun) const;
  int time_word_after(int noun) const;
  int guest_with_noun(int noun) const;
  // Whether the case or mark word `marker` with the words fixed to it ("out" + "of") spells `prep`, folded, its
  // words separated by single spaces.
  bool marker_spells(int marker, std::string_view prep) const;
  bool next_markers_spell(int marker, std::string_view rest) const;
  int meeting_noun_before(int clause) const;
  void place_struck_by_nominal(int noun, std::string_view code, const std::vector<const Mention*>& sources,
                               std::vector<const Mention*>& targets) const;
  void nominal_doers(int noun, std::string_view code, const std::vector<const Mention*>& targets,
                     std::vector<const Mention*>& sources) const;
  // Disapproval of a violent act found its target inside the act: the act's doer replaces it (condemned_acts.cpp).
  void aim_at_doer_of_condemned_act(int verb, std::string_view code, std::vector<const Mention*>& targets) const;
  // Whether the event word at `w` is the act a verb of blame or punishment names as its reason ("criticised X for
  // failing to cooperate"): the blamer's charge, not an event reported as X's (condemned_acts.cpp).
  bool is_act_blamed_on_object(int w) const;
  // A gerund after "on" or "about" that a noun takes: what the noun is about ("the Commission on disarming Iraq").
  bool is_topic_gerund(int w) const;
  // The named doer of the act a worry is about ("voiced concern that Syria was moving to topple ..."), or 0: fearing
  // what someone is doing charges them with it (condemned_acts.cpp).
  int doer_of_feared_act(int verb) const;
  // Who made the charge a denial answers, written beside it ("X accuses Iran of ..., a charge denied by Tehran"), or
  // 0 (nominal_events.cpp).
  int accuser_of_denied_charge(int verb, const std::vector<const Mention*>& deniers) const;
  int with_partner(int verb, const std::vector<const Mention*>& side) const;
  int by_phrase_of_passive(int verb) const;
  // The actor a report of an act with no named doer blames for it ("..., the ministry said, blaming X"), or 0.
  int doer_blamed_by_reporter(int verb) const;
  // The courts or police that alone do a legal act reported in the passive with no doer (implied_authority.cpp).
  const Mention* implied_authority(int verb, const std::vector<const Mention*>& targets) const;
  int speaker_of(int verb) const;
  // Whether `c`, a dependent of `verb`, is a reporting clause after it: "..., officials said".
  bool is_trailing_report(int verb, int c) const;
  bool is_event_word(int w) const;
  void emit(int verb, const lexicon::EventCodes& codes, const std::string& rule, const Binding& b,
            std::vector<Event>& out, bool linear_defaults = false);
  // The steps of emit: acts coded as others, then who acts and on whom.
  struct Participants {
    std::vector<const Mention*> sources, targets;
    int verb_subject = 0;
    bool bare_passive = false;  // a past participle of force with no auxiliary: "two soldiers wounded in clashes"
    bool passive_doer = false;  // PETRARCH's reading: a passive's subject as the doer
    std::deque<Mention> adopted;  // actors given a country (give_countries): stable addresses for the lists above
    bool country_from_dateline = false;
  };
  bool emit_redirected(int verb, const lexicon::EventCodes& codes, const std::string& rule, const Binding& b,
                       std::vector<Event>& out, bool linear_defaults);
  void find_doers(int verb, const lexicon::EventCodes& codes, const Binding& b, bool linear_defaults,
                  Participants& p);
  void find_targets(int verb, const lexicon::EventCodes& codes, const Binding& b, bool linear_defaults,
                    Participants& p);
  void give_countries(int verb, const lexicon::EventCodes& codes, const std::vector<Event>& out, Participants& p);
  std::string home_of_armed_men(bool armed_violence, const std::vector<const Mention*>& sources,
                                const std::string& one_country, const std::vector<std::string>& venue_countries) const;
  bool measured_from_city(const Mention& m) const;
  // A news outlet of this sentence that reports it or is spoken to: "Xinhua said", "told AFP", "according to Reuters".
  bool outlet_of_the_report(const Mention& m) const;
  void absorb_trailing_clauses(size_t first_event, std::vector<Event>& out) const;
  // "Canadian special forces are now in Ukraine": a copula with no verb to look up (event_coder.cpp).
  void code_forces_now_in(std::vector<Event>& out);
  // "gunmen ambushed a convoy, killing 22 civilians": an attack with no one named as its target takes the victims
  // of the same doers' violent act in its clause (attack_victims.cpp).
  void give_attacks_their_victims(size_t first_event, std::vector<Event>& out) const;

  // The country of the story's dateline city ("BEIJING, Nov. 5"), where "arrived here" is: a place mention of no
  // word of the sentence but "here", or null (nominal_events.cpp).
  const Mention* dateline_host(int here) const;
  // A mention made while coding that stands on word `w` alone, of `kind` and with actor code `code` ("---REB" for
  // the unnamed bombers of "a roadside bomb"); kept with the derived mentions (event_coder.cpp).
  Mention& derive_at(int w, MentionKind kind, const std::string& code) const;
  // Whether word `w` is a verb of mishap (crash, capsize, derail: the dictionaries' &MISHAPVERBS).
  bool is_mishap_verb(int w) const;
  // The 3-letter country of the dateline's city, or "" (nominal_events.cpp).
  std::string dateline_country() const;
  // Whether police of no country who use force on people of `country`, the one country the sentence names, are
  // that country's own: the story is filed from there (police_at_home.cpp).
  bool police_at_home(bool force_act, const std::vector<const Mention*>& sources,
                      const std::vector<const Mention*>& targets, const std::string& country) const;
  // The one country other than its doer's that the main clause names, for roles of no country in a clause of time
  // under it ("eased sanctions on Venezuela after the government signed ..."); "" when none or several
  // (clause_countries.cpp).
  std::string country_the_main_clause_is_about(int verb) const;
  // A state body or the opposition of no country whose target names another country: whose it is.
  void adopt_home_country(std::vector<const Mention*>& sources, const std::vector<const Mention*>& targets,
                          const std::vector<Event>& story, std::deque<Mention>& adopted) const;
  // The home state's bodies that a sentence names with no country ("police arrested ...", "the court ruled"): the
  // dateline's country, while every sentence so far that names a country names it first (home_bodies.cpp).
  void adopt_dateline_for_home_bodies(std::vector<const Mention*>& sources, const std::vector<const Mention*>& targets,
                                      std::deque<Mention>& adopted) const;
  // The country of the first actor phrase in keys_ (may_hold_event's sentence), skipping actor discards ("US
  // dollars"), or "" (home_bodies.cpp).
  std::string first_country_named(const Sentence& tokens) const;

  const lexicon::Lexicon& lex_;
  const lexicon::Gazetteer* gazetteer_ = nullptr;
  MentionFinder mentions_;
  uint32_t mishap_verbs_;  // the synset of mishap verbs, or lexicon::kNone
  const Document* doc_ = nullptr;
  int sentence_index_ = 0;
  bool story_discarded_ = false;
  bool story_has_actor_ = false;
  // Whether keys_ (may_hold_event's sentence) hold an opposition or party agent.
  bool names_a_party() const;
  int quote_reporter_ = -1;  // see set_quote_reporter
  bool names_person_ = false;  // the last sentence may_hold_event looked at names a person first
  bool names_actor_ = false;  // the last sentence may_hold_event looked at names a dictionary actor or agent
  // The doer of the story's latest event before this sentence: what "these recommendations" or "this decision"
  // most likely points back to.
  std::vector<Mention> previous_doers_;  // doers of events in earlier sentences, most recent last
  std::vector<Mention> doers_;
  // The country of the story's first doer: whom "the Ministry of Defence" or "police" belong to in a later
  // sentence that names no country ("Britain has sent troops ... The Ministry of Defence declined to comment").
  std::string story_country_;
  // By sentence, as the pre-filter saw each one (it sees every sentence before any is coded): the first country it
  // names, or "". Sentences it skips count too: "Somali police ..." before a bare "police" in a story from Nairobi.
  std::vector<std::string> first_countries_;
  StoryNames story_names_;  // name words of people named so far, for the pre-filter
  std::vector<uint32_t> present_, stems_;  // pre-filter scratch: word ids of the sentence, and regular stems
  std::string first_word_;  // pre-filter scratch: the sentence's first word with a small initial
  lexicon::Date date_ = lexicon::kNoDate;
  DependencyView tree_;
  lexicon::SentenceKeys keys_;
  std::vector<Mention> sentence_mentions_;
  // Actors made while coding: the other owners of a coordinated role ("Indian and Chinese commanders"), a role
  // noun given the country of the place it is taken from ("pupils from a school in Kaduna"); a deque, so their
  // addresses stay put.
  mutable std::deque<Mention> derived_mentions_;
  bool linear_ = false;  // coding with a PETRARCH-format verb: its conventions apply
  PetrarchOptions petrarch_options_;
  bool petrarch_verbs_ = false;      // whether any verb group comes from PETRARCH-format dictionaries
  std::vector<char> petrarch_verb_;  // per word of the sentence: coded by a PETRARCH-format verb
  std::vector<int> mention_by_head_;   // word -> index into sentence_mentions_ (+1), 0 for none
  std::vector<int> mention_by_first_;  // first word of a (non-pronoun) mention -> index (+1)
  std::vector<int> mention_by_last_;   // last word of a (non-pronoun) mention -> index (+1)
  std::vector<int> mention_by_word_;   // any word inside a mention's words -> index (+1)
  // Per-sentence memory of candidates and subject_of. Within a sentence their answers depend only on the tree, the
  // mentions and linear_, which is part of the key; cleared when the mentions of a new sentence are found.
  struct CandidatesEntry {
    int verb;
    lexicon::DepRole role;
    bool linear;
    std::string prep;
    std::vector<int> words;
  };
  mutable std::vector<CandidatesEntry> candidates_cache_;
  mutable size_t candidates_used_ = 0;  // entries of candidates_cache_ in use (the rest keep their buffers)
  static constexpr int kSubjectDepths = 8;  // subject_of gives up below depth 6
  mutable std::vector<int> subject_cache_;  // [(verb * kSubjectDepths + depth) * 2 + linear_]: subject + 1, or 0
  // Per word: the synsets a word sequence of the kinds filler_matches tries at it belongs to (by lemma or form, the
  // word alone or 2-4 words ending or starting there), found once per sentence; many patterns ask of one word.
  mutable std::vector<std::vector<uint32_t>> word_synsets_;
  mutable std::vector<char> word_synsets_known_;
  const std::vector<uint32_t>& synsets_at(int word) const;
  void clear_sentence_caches();
};

}  // namespace vigil::coding
