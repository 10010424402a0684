// Actor mentions in a parsed sentence: dictionary names (countries, organisations, people with date-bounded roles),
// agents (role nouns) combined with the country that owns them ("Canadian special forces" -> CANMIL, "Russia's
// foreign minister" -> RUSGOV), titles before names ("President Volodymyr Zelenskyy"), and pronouns resolved to an
// earlier actor of the story.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coding/coreference.h"
#include "coding/dependency_view.h"
#include "coding/document_issuers.h"
#include "coding/event.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"

namespace vigil::coding {

enum class MentionKind : uint8_t {
  actor,      // a dictionary actor's name or alias
  adjective,  // a country adjective on a noun that is no agent ("Russian aggression")
  agent,      // an agent, with or without a country
  pronoun,    // resolved to an earlier mention
  place,      // a city or region the dictionaries do not name, standing for its country ("shelled Kharkiv")
};

struct Mention {
  int first = 0, last = 0;  // word range, 1-based inclusive
  int head = 0;             // the syntactic head of the range
  MentionKind kind = MentionKind::actor;
  ActorRef ref;
  bool person = false;  // a person (for he/she)
  bool organisation = false;  // a dictionary organisation or group named by its name ("Amnesty International")
  bool female = false;  // a person the text calls a woman ("a US military spokeswoman"): never "he"
  bool city = false;    // a city (a capital by name, or a gazetteer place): where things happen
  bool capital_owner = false;  // an agent owned by a capital written before it ("Kyiv's mayor")
  uint32_t agent = UINT32_MAX;  // the agent (index into dicts().agents) of an agent mention
  // The agent its words name, owned or not, and the lemma of its head ("Egyptian authorities": "authority"), for a
  // later "the authorities".
  uint32_t role = UINT32_MAX;
  std::string role_lemma;
  bool former = false;  // the role is held no longer ("former officials"): a PETRARCH agent codes as ELI
  int name_first = 0;  // where a dictionary person's name begins inside the mention ("Hu" of "President Hu Jintao")
  // For an actor taken from an earlier mention (a pronoun, a bare surname, "the president"): which, and where, so
  // an analyst can check it ("he -> Hu Jintao, sentence 2"). Empty for actors named where they stand.
  std::string antecedent;
  int members = 1;  // a plural resolved to several people ("the two presidents"): this and the next members-1
};

// Mentions of the sentences of one story, so pronouns can look back.
class MentionFinder {
 public:
  MentionFinder(const lexicon::Lexicon& lex) : lex_(lex) {}
  // Starts a new story; `date` (YYYYMMDD or kNoDate) picks the role codes of people.
  void start_story(lexicon::Date date);
  // With a gazetteer, city and region names become place mentions coded as their country.
  void set_gazetteer(const lexicon::Gazetteer* g) { gazetteer_ = g; }
  // Finds the mentions of one sentence (parsed, encoded), appending to `out`, ordered by first word.
  void find(const DependencyView& tree, const lexicon::SentenceKeys& keys, const Document& doc, int sentence_index,
            std::vector<Mention>& out);
  // Notes the parties with a country that a sentence coding no event (the pre-filter skipped it) names, for a later
  // bare "the opposition"; with `keep_people`, the people it names first as well, for a later surname alone
  // ("Semionov refuted the allegations" after "General Vladimir Semionov built a villa"). Nothing else of the story
  // changes: taking every such sentence's people for role descriptions too, or its actors as antecedents of pronouns,
  // made later events wrong about as often as right (wire, 2026-12).
  void note_skipped(const DependencyView& tree, const lexicon::SentenceKeys& keys, const Document& doc,
                    int sentence_index, std::vector<Mention>& scratch, bool keep_people = false);
  // The sentence naming the speaker of the quotation the next sentence given to find() stands in, when that is
  // another sentence (quotation_reporters), or -1. The quoted "we" and "I" of such a sentence are that speaker's,
  // found by find() when it was given the speaker's sentence (before this one, or out of turn when the speaker is
  // named after the quotation).
  void set_quote_reporter(int sentence) { quote_reporter_ = sentence; }

 private:
  std::string code_of_actor(uint32_t actor) const;
  // Gives a bare "the opposition" or "the ruling party" the one country whose parties the story named before.
  void adopt_party_country(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const;
  // Gives a bare "the authorities" or "the police" the one country whose role of that name the story named before.
  void adopt_role_country(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const;
  // Gives "the two sides", "both countries" of no mention the two countries the story named together last.
  void add_two_sides(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const;
  // Remembers the two countries a sentence names as parties, when it names exactly two (one each, first mention);
  // not where people vigil cannot code travel to ("will go to Britain and Italy").
  void note_two_sides(const DependencyView& t, const std::vector<Mention>& found);
  const lexicon::Lexicon& lex_;
  const lexicon::Gazetteer* gazetteer_ = nullptr;
  lexicon::Date date_ = lexicon::kNoDate;
  std::vector<Mention> history_;  // recent mentions of the story, for pronouns
  std::vector<Mention> subjects_;  // mentions that were subjects, most recent last: the likeliest antecedents
  // Whether the last sentence's main subject was a name vigil does not know ("Mangula said ..."): the "he" of the
  // next sentence is most likely that person, so no known actor further back is taken for it.
  bool unknown_person_last_ = false;
  // The same for "they": the last sentence's main subject was a plural noun vigil cannot code ("young people").
  bool unknown_group_last_ = false;
  // And for "it": a singular body or thing vigil cannot code ("the organisation", "the report").
  bool unknown_thing_last_ = false;
  // The role by which the story's lead named its doer, one person of a country ("Japan's consul general"), while the
  // next sentences may still name that person for the first time (see find()).
  std::optional<Mention> lead_role_;
  // The two countries the story named together last ("Wen met Aziz ..."), for a later "the two sides"; empty when
  // a later sentence named three or more.
  std::vector<Mention> two_sides_;
  std::vector<Mention> skipped_roles_;  // roles with a country (parties among them) named by skipped sentences
  Coreference coref_;  // people named earlier: surnames, role descriptions and plurals that point back to them
  DocumentIssuers issuers_;  // who issued the story's statements and reports, for "the statement said"
  int quote_reporter_ = -1;
  // The speakers of the quotations of recent sentences, by sentence index, for the sentences that continue them.
  std::vector<std::pair<int, Mention>> quote_speakers_;
};

// Whether an agent's words can be "he" or "she": "the foreign minister", "a spokesman", not "a Moscow court",
// "the police" or "Russian forces".
bool names_one_person(std::string_view text);
// Whether a word names a day of the week or a month, in any case ("Monday", "march").
bool is_day_or_month(std::string_view word);
// Whether a verb lemma says no more than that an event happened ("fighting erupted", "clashes continued").
bool is_verb_of_occurrence(std::string_view lemma);
// Whether a lemma names a time: a day or month, or "today", "week", "year", "morning", ...
bool is_time_name(std::string_view lemma);

// Whether a mention names a news outlet: by name ("AFP", "Interfax") or described ("the Brazilian newspaper",
// "U.S. media"), not a journalist.
bool is_news_outlet(const Mention& m);

// Whether a mention of `found` covers word `w` (1-based).
bool any_mention_covers(const std::vector<Mention>& found, int w);

// Puts a mention at words first..last of sentence `sentence_index`, headed by `head`: its word range and its
// reference's span, text, head and sentence. The code and the rule are the caller's.
void place_mention(Mention& m, const DependencyView& t, const Document& doc, int sentence_index, int first, int last,
                   int head);

// Person mentions for names vigil does not know that have their office set beside them ("Majzoub al-Khalifa, head
// of the Sudanese government's delegation,"): the office's code, and a person for later surnames and "he".
void add_appositive_people(const DependencyView& t, const Document& doc, int sentence_index,
                           std::vector<Mention>& found);

// A copy of a countryless role mention ("---MIL") placed in `country` ("IRQ" -> "IRQMIL"): the country a rule
// adopted for it (the story's, the dateline's, the state it acts for).
Mention with_country(const Mention& m, const std::string& country);

// The code an agent gives when attached to `owner` ("CAN" + "MIL" -> "CANMIL"; "IGO~" agents go in front).
std::string combine_codes(const std::string& owner, const lexicon::Agent& agent);

}  // namespace vigil::coding
