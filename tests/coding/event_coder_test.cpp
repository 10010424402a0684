// The coder on hand-made dependency trees: one test per syntactic case it must handle.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "coding/event_coder.h"
#include "lexicon/load_dictionaries.h"
#include "tree_builder.h"

namespace vigil::coding {
namespace {

using test::tree;

const lexicon::Lexicon& lex() {
  static lexicon::Lexicon l(lexicon::load_vigil_folder(std::string(VIGIL_TEST_DATA_DIR) + "/coding/dicts"));
  return l;
}

// Codes sentences as one story with the dictionaries of `l`, published on `published`; returns "SRC>TGT:CODE" per
// event.
std::vector<std::string> code_with(const lexicon::Lexicon& l, const std::vector<std::string>& specs,
                                   const std::string& published, std::vector<Event>* events_out = nullptr,
                                   const lexicon::Gazetteer* places = nullptr,
                                   const PetrarchOptions& options = PetrarchOptions{}) {
  Document doc;
  doc.id = "t";
  doc.published = published;
  std::vector<Sentence> sentences;
  for (const auto& s : specs) {
    sentences.push_back(tree(s));
    doc.text += sentences.back().text + " ";
  }
  EventCoder coder(l);
  coder.set_gazetteer(places);
  coder.set_petrarch_options(options);
  coder.start_document(doc);
  std::vector<Event> events;
  for (size_t i = 0; i < sentences.size(); ++i) {
    coder.may_hold_event(sentences[i]);
    coder.code_sentence(sentences[i], static_cast<int>(i), events);
  }
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.cameo);
  if (events_out) *events_out = events;
  return out;
}

// With the fixture's vigil-format dictionaries.
std::vector<std::string> code(const std::vector<std::string>& specs, const std::string& published = "2022-01-19",
                              std::vector<Event>* events_out = nullptr, const lexicon::Gazetteer* places = nullptr) {
  return code_with(lex(), specs, published, events_out, places);
}

using V = std::vector<std::string>;

// The same with a small PETRARCH-format dictionary set (tests/data/coding/petrarch): PETRARCH's conventions.
const lexicon::Lexicon& petrarch_lex() {
  static const lexicon::Lexicon l = [] {
    const std::string dir = std::string(VIGIL_TEST_DATA_DIR) + "/coding/petrarch/";
    return lexicon::Lexicon(lexicon::load_petrarch_set({dir + "verbs.txt", {dir + "actors.txt"}, dir + "agents.txt", ""}));
  }();
  return l;
}

std::vector<std::string> code_petrarch(const std::vector<std::string>& specs,
                                       const PetrarchOptions& options = PetrarchOptions{}) {
  return code_with(petrarch_lex(), specs, "", nullptr, nullptr, options);
}

TEST(EventCoderPetrarch, CompoundBeforeTheVerbIsTheWholeCoordination) {
  // "- % * [030:030]": reading backwards from the verb meets "Osgiliath" first; the compound is both countries.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/4/nsubj and/CCONJ/3/cc Osgiliath/PROPN/1/conj agree/VERB/0/root ./PUNCT/4/punct"}),
            (V{"GON>OSG:030", "OSG>GON:030"}));
}

TEST(EventCoderPetrarch, SecondVerbTakesTheObjectTheParseHungOnTheFirst) {
  // "Gondor condemned Osgiliath and promised aid to the Eriador villages", with "aid" an object of "condemned".
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Osgiliath/PROPN/2/obj "
                           "and/CCONJ/5/cc promised|promise/VERB/2/conj aid/NOUN/2/obj to/ADP/10/case "
                           "the/DET/10/det Eriador/PROPN/10/compound villages|village/NOUN/6/nmod"}),
            (V{"GON>OSG:122", "GON>ERI:050"}));
}

TEST(EventCoderPetrarch, SkippedNounPhraseEndsBeforeItsPrepositionalModifier) {
  // "- * THEIR ^ ABOUT +": "their farmers" is the phrase ^ skips, though the parse hangs "about Mordor" on it.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj cautioned|caution/VERB/0/root their/PRON/4/nmod:poss "
                           "farmers|farmer/NOUN/2/obj about/ADP/6/case Mordor/PROPN/4/nmod ./PUNCT/2/punct"}),
            V{"ARN>MOR:162"});
}

TEST(EventCoderPetrarch, SkippedNounPhraseOpensAtItsDeterminer) {
  // "- * AT ^ +": ^ is "the Eriador council", the whole phrase "the" opens, so + is who it was about.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj cautioned|caution/VERB/0/root at/ADP/6/case the/DET/6/det "
                           "Eriador/PROPN/6/compound council/NOUN/2/obl about/ADP/8/case Mordor/PROPN/6/nmod "
                           "./PUNCT/2/punct"}),
            V{"ARN>MOR:163"});
}

TEST(EventCoderPetrarch, SkippedNounPhraseOpensAtItsPreposition) {
  // "- * DINNER IN ^ ^ +": the second ^ is "with the lawmakers", so + is the country they are of.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj hosted|host/VERB/0/root a/DET/4/det dinner/NOUN/2/obj "
                           "in/ADP/6/case Annuminas/PROPN/2/obl with/ADP/9/case the/DET/9/det "
                           "lawmakers|lawmaker/NOUN/2/obl of/ADP/11/case Gondor/PROPN/9/nmod ./PUNCT/2/punct"}),
            V{"ARN>GON:044"});
}

TEST(EventCoderPetrarch, OnlyCompleteCodingsAreEvents) {
  // PETRARCH keeps an event only with a source, a target and a code: "An Arnor official said" alone is none.
  EXPECT_EQ(code_petrarch({"An/DET/3/det Arnor/PROPN/3/compound official/NOUN/4/nsubj said|say/VERB/0/root "
                           "./PUNCT/4/punct"}),
            V{});
  EXPECT_EQ(code_petrarch({"An/DET/3/det Arnor/PROPN/3/compound official/NOUN/4/nsubj said|say/VERB/0/root "
                           "to/ADP/6/case Gondor/PROPN/4/obl ./PUNCT/4/punct"}),
            V{"ARNGOV>GON:023"});
}

TEST(EventCoderPetrarch, EachMemberOfACoordinatedSubjectIsADoer) {
  // "Arnor's farmers and herders of Gondor condemned Mordor": "herders" is no actor; the country it is of is.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/3/nmod:poss 's/PART/1/case farmers|farmer/NOUN/8/nsubj and/CCONJ/5/cc "
                           "herders|herder/NOUN/3/conj of/ADP/7/case Gondor/PROPN/5/nmod "
                           "condemned|condemn/VERB/0/root Mordor/PROPN/8/obj ./PUNCT/8/punct"}),
            (V{"ARN>MOR:122", "GON>MOR:122"}));
}

TEST(EventCoderPetrarch, AnInfinitiveIsFoldedIntoItsCodedGoverningVerb) {
  // "Arnor dropped plans to fire on Gondor": one event, the dropping; the firing is what was dropped.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj dropped|drop/VERB/0/root plans|plan/NOUN/2/obj to/PART/5/mark "
                           "fire/VERB/3/acl on/ADP/7/case Gondor/PROPN/5/obl ./PUNCT/2/punct"}),
            V{"ARN>GON:345"});
  // "Arnor promised to fire on Gondor": the same with the infinitive the verb's own complement.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj promised|promise/VERB/0/root to/PART/4/mark fire/VERB/2/xcomp "
                           "on/ADP/6/case Gondor/PROPN/4/obl ./PUNCT/2/punct"}),
            V{"ARN>GON:050"});
  // Not a verb that codes nothing: "Arnor tried to fire on Gondor" is the firing.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj tried|try/VERB/0/root to/PART/4/mark fire/VERB/2/xcomp "
                           "on/ADP/6/case Gondor/PROPN/4/obl ./PUNCT/2/punct"}),
            V{"ARN>GON:190"});
}

TEST(EventCoderPetrarch, APatternTakingTheSubjectAsTargetLeavesTheDoerToTheOuterClause) {
  // "- OBSERVED + *": in "Arnor observed that Mordor criticized Gondor" Mordor is the target; Arnor acts.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj observed|observe/VERB/0/root that/SCONJ/5/mark "
                           "Mordor/PROPN/5/nsubj criticized|criticize/VERB/2/ccomp Gondor/PROPN/5/obj "
                           "./PUNCT/2/punct"}),
            V{"ARN>MOR:125"});
}

TEST(EventCoderPetrarch, ASubjectPhraseIsItsFirstCountryInTheRoleItNames) {
  // "Gondor's president Barad-dur condemned Arnor": the name also stands for Mordor, but the phrase is Gondor's
  // government.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/4/nmod:poss 's/PART/1/case president/NOUN/4/compound "
                           "Barad-dur/PROPN/5/nsubj condemned|condemn/VERB/0/root Arnor/PROPN/5/obj ./PUNCT/5/punct"}),
            V{"GONGOV>ARN:122"});
  // Without a country before the role, the name's own country stays.
  EXPECT_EQ(code_petrarch({"President/NOUN/2/compound Barad-dur/PROPN/3/nsubj condemned|condemn/VERB/0/root "
                           "Arnor/PROPN/3/obj ./PUNCT/3/punct"}),
            V{"MORGOV>ARN:122"});
}

TEST(EventCoderPetrarch, AgentsJoinActorCodesOfAnyLengthUnlessRedundant) {
  // PETRARCH adds an agent's blocks to any actor's code, except blocks the code holds already.
  EXPECT_EQ(code_petrarch({"The/DET/4/det White/PROPN/3/compound Tower/PROPN/4/compound "
                           "activists|activist/NOUN/5/nsubj criticized|criticize/VERB/0/root Mordor/PROPN/5/obj "
                           "./PUNCT/5/punct"}),
            V{"GONGOVOPP>MOR:121"});
  EXPECT_EQ(code_petrarch({"The/DET/4/det White/PROPN/3/compound Tower/PROPN/4/compound "
                           "officials|official/NOUN/5/nsubj criticized|criticize/VERB/0/root Mordor/PROPN/5/obj "
                           "./PUNCT/5/punct"}),
            V{"GONGOV>MOR:121"});
  // Agents on both sides of the actor are both its: a prefix agent before it, a suffix agent after it.
  EXPECT_EQ(code_petrarch({"A/DET/5/det relief/NOUN/3/compound corps/NOUN/5/compound Arnor/PROPN/5/compound "
                           "diplomat/NOUN/6/nsubj criticized|criticize/VERB/0/root Gondor/PROPN/6/obj ./PUNCT/6/punct"}),
            V{"NGOARNGOV>GON:121"});
}

TEST(EventCoderPetrarch, AFiniteVerbHungOnANestedNounTakesTheWholePhraseAsItsDoer) {
  // "Gondor centre of a quarrel with Arnor criticized Mordor", parsed with "criticized" a clause of "quarrel": the
  // doer is the first actor of the whole phrase before the verb, not of the noun it hangs on.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/compound centre/NOUN/0/root of/ADP/5/case a/DET/5/det "
                           "quarrel/NOUN/2/nmod with/ADP/7/case Arnor/PROPN/5/nmod "
                           "criticized|criticize/VERB:VBD/5/acl Mordor/PROPN/8/obj ./PUNCT/2/punct"}),
            V{"GON>MOR:121"});
}

TEST(EventCoderPetrarch, ARoleOfNoCountryIsADoer) {
  // PETRARCH codes "Lawmakers criticized Gondor" as ---LEG -> GON; vigil's own dictionaries code no event.
  EXPECT_EQ(code_petrarch({"Lawmakers|lawmaker/NOUN/2/nsubj criticized|criticize/VERB/0/root Gondor/PROPN/2/obj "
                           "./PUNCT/2/punct"}),
            V{"---LEG>GON:121"});
}

TEST(EventCoderPetrarch, ASubordinateClauseParsedAsAConjunctOnlyQualifiesTheEvent) {
  // "Arnor is about to condemn Gondor, five years after Osgiliath crowds criticized Mordor", with "criticized" a
  // conjunct of "about" and "after" hung on its subject: the clause qualifies the condemnation, coded by the
  // infinitive of "about".
  const std::string head = "Arnor/PROPN/3/nsubj is|be/AUX/3/cop about/ADJ/0/root to/PART/5/mark "
                           "condemn/VERB/3/xcomp Gondor/PROPN/5/obj ,/PUNCT/13/punct five/NUM/9/nummod "
                           "years|year/NOUN/12/nmod:unmarked ";
  EXPECT_EQ(code_petrarch({head + "after/ADP/12/case Osgiliath/PROPN/12/compound crowds|crowd/NOUN/13/nsubj "
                                  "criticized|criticize/VERB/3/conj Mordor/PROPN/13/obj ./PUNCT/3/punct"}),
            V{"ARN>GON:122"});
  // A true conjunct ("and Osgiliath crowds criticized Mordor") codes its own event.
  EXPECT_EQ(code_petrarch({head + "and/CCONJ/13/cc Osgiliath/PROPN/12/compound crowds|crowd/NOUN/13/nsubj "
                                  "criticized|criticize/VERB/3/conj Mordor/PROPN/13/obj ./PUNCT/3/punct"}),
            (V{"ARN>GON:122", "OSG>MOR:121"}));
}

TEST(EventCoderPetrarch, AParticipleWithABareNounAfterItIsAnActiveVerb) {
  // "Gondor waited, two weeks after Osgiliath riders criticized the new bridge", the parse hanging "criticized" on
  // "riders" as a reduced passive and "bridge" on it as an oblique with no preposition: a reduced passive takes no
  // such noun, so the riders criticized the bridge, and the bridge stands where the target would.
  PetrarchOptions open;
  open.require_dyad = false;
  const std::string riders = "Gondor/PROPN/2/nsubj waited|wait/VERB/0/root ,/PUNCT/5/punct two/NUM/5/nummod "
                             "weeks|week/NOUN/2/obl:unmarked after/ADP/8/case Osgiliath/PROPN/8/compound "
                             "riders|rider/NOUN/2/obl criticized|criticize/VERB:VBN/8/acl the/DET/12/det "
                             "new/ADJ/12/amod bridge/NOUN/9/obl ./PUNCT/2/punct";
  EXPECT_EQ(code_petrarch({riders}, open), V{"OSG>-:121"});
  // A true reduced passive, its noun after a preposition ("riders criticized for the bridge"), has no doer.
  const std::string passive = "Gondor/PROPN/2/nsubj waited|wait/VERB/0/root ,/PUNCT/5/punct two/NUM/5/nummod "
                              "weeks|week/NOUN/2/obl:unmarked after/ADP/8/case Osgiliath/PROPN/8/compound "
                              "riders|rider/NOUN/2/obl criticized|criticize/VERB:VBN/8/acl for/ADP/12/case "
                              "the/DET/12/det bridge/NOUN/9/obl ./PUNCT/2/punct";
  EXPECT_EQ(code_petrarch({passive}, open), V{});
}

TEST(EventCoderPetrarch, AnAfterClauseParsedAsTheComplementOfAnUnjoinedConjunctQualifiesTheEvent) {
  // "Arnor condemned Gondor, it seems, two weeks after Osgiliath riders criticized the bridge", the parse making
  // "seems" a conjunct of "condemned" with nothing joining them and the after-clause its complement: the clause
  // still only qualifies the condemnation.
  PetrarchOptions open;
  open.require_dyad = false;
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj condemned|condemn/VERB/0/root Gondor/PROPN/2/obj it/PRON/5/nsubj "
                           "seems|seem/VERB/2/conj two/NUM/7/nummod weeks|week/NOUN/5/obl:unmarked "
                           "after/ADP/10/case Osgiliath/PROPN/10/compound riders|rider/NOUN/11/nsubj "
                           "criticized|criticize/VERB/5/xcomp the/DET/13/det bridge/NOUN/11/obl ./PUNCT/2/punct"},
                          open),
            V{"ARN>GON:122"});
}

TEST(EventCoderPetrarch, ANameCompoundedIntoTheHeadOfAnOwnersPhraseOwnsTheAgent) {
  // "Diplomats from Arnor city criticized Gondor", the parse taking "city" for the head of the from-phrase and
  // "Arnor" for its compound: the diplomats are still Arnor's.
  EXPECT_EQ(code_petrarch({"Diplomats|diplomat/NOUN/5/nsubj from/ADP/4/case Arnor/PROPN/4/compound city/NOUN/1/nmod "
                           "criticized|criticize/VERB/0/root Gondor/PROPN/5/obj ./PUNCT/5/punct"}),
            V{"ARNGOV>GON:121"});
  // Only a name: "Diplomats from the border city" have no country.
  EXPECT_EQ(code_petrarch({"Diplomats|diplomat/NOUN/6/nsubj from/ADP/5/case the/DET/5/det border/NOUN/5/compound "
                           "city/NOUN/1/nmod criticized|criticize/VERB/0/root Gondor/PROPN/6/obj ./PUNCT/6/punct"}),
            V{"---GOV>GON:121"});
}

TEST(EventCoderPetrarch, AConjunctJoinedByNothingIsPartOfThePhraseBeforeIt) {
  // "Arnor and the brave Gondor proud Osgiliath criticized Mordor", the parse making "Osgiliath" a third conjunct
  // with no conjunction or comma: "the brave Gondor proud Osgiliath" is one phrase, coded by its first actor.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/8/nsubj and/CCONJ/5/cc the/DET/5/det brave/ADJ/5/amod Gondor/PROPN/1/conj "
                           "proud/ADJ/7/amod Osgiliath/PROPN/1/conj criticized|criticize/VERB/0/root "
                           "Mordor/PROPN/8/obj ./PUNCT/8/punct"}),
            (V{"ARN>MOR:121", "GON>MOR:121"}));
  // A comma before the conjunct joins it, wherever the parse hung the comma ("Arnor, Gondor and Osgiliath").
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/6/nsubj ,/PUNCT/1/punct Gondor/PROPN/1/conj and/CCONJ/5/cc "
                           "Osgiliath/PROPN/1/conj criticized|criticize/VERB/0/root Mordor/PROPN/6/obj ./PUNCT/6/punct"}),
            (V{"ARN>MOR:121", "GON>MOR:121", "OSG>MOR:121"}));
}

TEST(EventCoderPetrarch, APredicateHungBesideARootNameTakesTheNameSubjectPhrase) {
  // "The Arnor diplomats in Osgiliath are ready to criticize Mordor", the parse reading "diplomats [are in]
  // Osgiliath" and hanging "are ready" on the name: the subject phrase is the Arnor diplomats.
  EXPECT_EQ(code_petrarch({"The/DET/3/det Arnor/PROPN/3/compound diplomats|diplomat/NOUN/5/nsubj in/ADP/5/case "
                           "Osgiliath/PROPN/0/root are|be/AUX/7/cop ready/ADJ/5/parataxis to/PART/9/mark "
                           "criticize/VERB/7/xcomp Mordor/PROPN/9/obj ./PUNCT/5/punct"}),
            V{"ARNGOV>MOR:121"});
  // With no subject of its own the name is the doer ("Gondor, ready to criticize Mordor").
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/0/root ,/PUNCT/4/punct is|be/AUX/4/cop ready/ADJ/1/parataxis to/PART/6/mark "
                           "criticize/VERB/4/xcomp Mordor/PROPN/6/obj ./PUNCT/1/punct"}),
            V{"GON>MOR:121"});
}

TEST(EventCoderPetrarch, ARoleHeldFormerlyIsAnElite) {
  // CAMEO counts former officials among the elites: "former" turns the role's code into ELI, owned as the role
  // would be, whether the owner comes before "former", after it, or in an of-phrase.
  EXPECT_EQ(code_petrarch({"Former/ADJ/3/amod Arnor/PROPN/3/compound diplomats|diplomat/NOUN/4/nsubj "
                           "criticized|criticize/VERB/0/root Mordor/PROPN/4/obj ./PUNCT/4/punct"}),
            V{"ARNELI>MOR:121"});
  EXPECT_EQ(code_petrarch({"The/DET/4/det Arnor/PROPN/4/compound former/ADJ/4/amod diplomats|diplomat/NOUN/5/nsubj "
                           "criticized|criticize/VERB/0/root Mordor/PROPN/5/obj ./PUNCT/5/punct"}),
            V{"ARNELI>MOR:121"});
  EXPECT_EQ(code_petrarch({"Former/ADJ/2/amod diplomats|diplomat/NOUN/5/nsubj of/ADP/4/case Arnor/PROPN/2/nmod "
                           "criticized|criticize/VERB/0/root Mordor/PROPN/5/obj ./PUNCT/5/punct"}),
            V{"ARNELI>MOR:121"});
  // Serving diplomats stay the government.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/compound diplomats|diplomat/NOUN/3/nsubj criticized|criticize/VERB/0/root "
                           "Mordor/PROPN/3/obj ./PUNCT/3/punct"}),
            V{"ARNGOV>MOR:121"});
}

TEST(EventCoderPetrarch, WithoutRequireDyadAnEventMayBeAimedAtNoOne) {
  // PETRARCH's require_dyad=false: "An Arnor official spoke on Tuesday" is ARNGOV -> no one, and a role of no
  // country may be the doer. The target's place must hold a noun phrase: a bare time word ("today") is none.
  PetrarchOptions open;
  open.require_dyad = false;
  const std::string on_tuesday =
      "An/DET/3/det Arnor/PROPN/3/compound official/NOUN/4/nsubj said|say/VERB/0/root on/ADP/6/case "
      "Tuesday/PROPN/4/obl ./PUNCT/4/punct";
  EXPECT_EQ(code_petrarch({on_tuesday}), V{});
  EXPECT_EQ(code_petrarch({on_tuesday}, open), V{"ARNGOV>-:023"});
  EXPECT_EQ(code_petrarch({"Two/NUM/2/nummod officials|official/NOUN/3/nsubj said|say/VERB/0/root on/ADP/5/case "
                           "Monday/PROPN/3/obl ./PUNCT/3/punct"},
                          open),
            V{"---GOV>-:023"});
  EXPECT_EQ(code_petrarch({"An/DET/3/det Arnor/PROPN/3/compound official/NOUN/4/nsubj said|say/VERB/0/root "
                           "today/NOUN/4/obl:unmarked ./PUNCT/4/punct"},
                          open),
            V{});
  // A target found is used as before.
  EXPECT_EQ(code_petrarch({"An/DET/3/det Arnor/PROPN/3/compound official/NOUN/4/nsubj said|say/VERB/0/root "
                           "to/ADP/6/case Gondor/PROPN/4/obl ./PUNCT/4/punct"},
                          open),
            V{"ARNGOV>GON:023"});
}

TEST(EventCoderPetrarch, NewActorLengthMakesShortUnknownPhrasesActors) {
  // PETRARCH's new_actor_length: a subject or target phrase of at most that many words that names no actor is an
  // actor of its own, its words in capitals between quotes; the possessive mark is not a word.
  const std::string gardener =
      "Samwise/PROPN/4/nmod:poss 's/PART/1/case old/ADJ/4/amod gardener/NOUN/5/nsubj left|leave/VERB/0/root "
      "for/ADP/7/case Osgiliath/PROPN/5/obl ./PUNCT/5/punct";
  EXPECT_EQ(code_petrarch({gardener}), V{});
  PetrarchOptions two, three;
  two.new_actor_length = 2;
  three.new_actor_length = 3;
  EXPECT_EQ(code_petrarch({gardener}, two), V{});
  EXPECT_EQ(code_petrarch({gardener}, three), (V{"\"SAMWISE OLD GARDENER\">OSG:032", "OSG>\"SAMWISE OLD GARDENER\":033"}));
  // The target: the first noun phrase after the verb ("left for the grey havens on Monday").
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj left|leave/VERB/0/root for/ADP/6/case the/DET/6/det grey/ADJ/6/amod "
                           "havens|haven/NOUN/2/obl on/ADP/8/case Monday/PROPN/2/obl ./PUNCT/2/punct"},
                          three),
            (V{"GON>\"THE GREY HAVENS\":032", "\"THE GREY HAVENS\">GON:033"}));
  // With no dictionary actor in the sentence, the pre-filter lets it through only when new actors are on.
  Sentence no_actor = tree("The/DET/3/det river/NOUN/3/compound wardens|warden/NOUN/4/nsubj left|leave/VERB/0/root "
                           "for/ADP/7/case the/DET/7/det havens|haven/NOUN/4/obl ./PUNCT/4/punct");
  Document doc;
  doc.text = no_actor.text;
  EventCoder off(petrarch_lex()), on(petrarch_lex());
  on.set_petrarch_options(three);
  off.start_document(doc);
  on.start_document(doc);
  EXPECT_FALSE(off.may_hold_event(no_actor));
  EXPECT_TRUE(on.may_hold_event(no_actor));
  // A member of a coordinated subject that names no actor ("Arnor's envoys and the river wardens").
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/3/nmod:poss 's/PART/1/case envoys|envoy/NOUN/8/nsubj and/CCONJ/7/cc "
                           "the/DET/7/det river/NOUN/7/compound wardens|warden/NOUN/3/conj left|leave/VERB/0/root "
                           "for/ADP/10/case Gondor/PROPN/8/obl ./PUNCT/8/punct"},
                          three),
            (V{"ARN>GON:032", "GON>ARN:033", "\"THE RIVER WARDENS\">GON:032", "GON>\"THE RIVER WARDENS\":033"}));
}

TEST(EventCoderPetrarch, AFormListedAsAVerbIsNotAlsoItsLemma) {
  // "left" is LEFT [032:033], not also LEAVE [012]; "leaves" is LEAVE.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj left|leave/VERB/0/root for/ADP/4/case Eriador/PROPN/2/obl"}),
            (V{"GON>ERI:032", "ERI>GON:033"}));
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj leaves|leave/VERB/0/root Eriador/PROPN/2/obj"}), V{"GON>ERI:012"});
}

TEST(EventCoderPetrarch, ARoleOfSeveralCountriesChainedByTheParse) {
  // "The ambassadors of Arnor, Osgiliath and Gondor presented credentials to Eriador", "Gondor" hung on "Osgiliath".
  EXPECT_EQ(code_petrarch({"The/DET/2/det ambassadors|ambassador/NOUN/9/nsubj of/ADP/4/case Arnor/PROPN/2/nmod "
                           ",/PUNCT/6/punct Osgiliath/PROPN/4/conj and/CCONJ/8/cc Gondor/PROPN/6/conj "
                           "presented|present/VERB/0/root credentials|credential/NOUN/9/obj to/ADP/12/case "
                           "Eriador/PROPN/9/obl"}),
            (V{"ARNGOV>ERI:032", "OSGGOV>ERI:032", "GONGOV>ERI:032"}));
}

TEST(EventCoderPetrarch, ASubjectTheParseMadeTheRootIsTheDoer) {
  // "Gondor on Thursday fired two artillery shells at Eriador", "fired" a parataxis of "Gondor".
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/0/root on/ADP/3/case Thursday/PROPN/1/obl fired|fire/VERB/1/parataxis "
                           "two/NUM/7/nummod artillery/NOUN/7/compound shells|shell/NOUN/4/obj at/ADP/9/case "
                           "Eriador/PROPN/7/nmod"}),
            V{"GON>ERI:194"});
  // Only for the first verb after it: "... , officials said" is not Gondor's.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/0/root fired|fire/VERB/1/parataxis shells|shell/NOUN/2/obj "
                           "at/ADP/5/case Eriador/PROPN/3/nmod ,/PUNCT/7/punct criticized|criticize/VERB/1/parataxis "
                           "Osgiliath/PROPN/7/obj"}),
            V{"GON>ERI:190"});
}

TEST(EventCoderPetrarch, ATitleBeforeANameActsForIt) {
  // "Gondor President Umbardacil has appealed to Eriador", the title a descriptive modifier of the unknown name.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/compound President/PROPN/3/nmod:desc Umbardacil/PROPN/5/nsubj "
                           "has|have/AUX/5/aux appealed|appeal/VERB/0/root to/ADP/7/case Eriador/PROPN/5/obl"}),
            V{"GONGOV>ERI:095"});
}

TEST(EventCoderPetrarch, PassiveWithoutByPhraseReadsAsActive) {
  // "Gondor was heavily criticized over its dispute with Eriador": PETRARCH codes GON -> ERI.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/4/nsubj:pass was|be/AUX/4/aux:pass heavily/ADV/4/advmod "
                           "criticized|criticize/VERB/0/root over/ADP/8/case its/PRON/8/nmod:poss "
                           "territorial/ADJ/8/amod dispute/NOUN/4/obl with/ADP/10/case Eriador/PROPN/8/nmod"}),
            V{"GON>ERI:122"});
  // With a by-phrase the passive subject is the target.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass criticized|criticize/VERB/0/root "
                           "by/ADP/5/case Eriador/PROPN/3/obl:agent"}),
            V{"ERI>GON:121"});
  // A from-phrase is the doer too, as PETRARCH reads passives: "Gondor was criticized from Eriador".
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass criticized|criticize/VERB/0/root "
                           "from/ADP/5/case Eriador/PROPN/3/obl"}),
            V{"ERI>GON:121"});
  // Also when the parse leaves the by-phrase a plain oblique.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass criticized|criticize/VERB/0/root "
                           "by/ADP/5/case Eriador/PROPN/3/obl"}),
            V{"ERI>GON:121"});
}

TEST(EventCoderPetrarch, AgentsMatchTheirWrittenFormsNotLemmas) {
  // "POLICE {} [~COP]" lists no plural: "Gondor's polices" is Gondor alone, though its lemma is "police".
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj condemned|condemn/VERB/0/root Gondor/PROPN/5/nmod:poss "
                           "'s/PART/3/case polices|police/NOUN/2/obj"}),
            V{"ARN>GON:122"});
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj condemned|condemn/VERB/0/root Gondor/PROPN/4/compound "
                           "police/NOUN/2/obj"}),
            V{"ARN>GONCOP:122"});
}

TEST(EventCoderPetrarch, AMultiWordVerbIsARunOfWords) {
  // "+CORDON_OFF": "Gondor cordoned off the roads into Eriador", the parse taking "off" for a preposition of "roads".
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj cordoned|cordon/VERB/0/root off/ADP/5/case the/DET/5/det "
                           "roads|road/NOUN/2/obl into/ADP/7/case Eriador/PROPN/5/nmod"}),
            V{"GON>ERI:1721"});
  // Not when "off" is elsewhere: "Gondor cordoned the roads off" is the verb "cordon" alone, which codes nothing.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj cordoned|cordon/VERB/0/root the/DET/4/det roads|road/NOUN/2/obj "
                           "off/ADP/6/case Eriador/PROPN/4/nmod"}),
            V{});
}

TEST(EventCoderPetrarch, AnActorBeforeTheSubjectsHeadIsTheDoer) {
  // "Gondor's army team condemned Eriador", "Gondor's" hung on "army": PETRARCH's subject is the whole phrase.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/3/nmod:poss 's/PART/1/case army/NOUN/4/compound team/NOUN/5/nsubj "
                           "condemned|condemn/VERB/0/root Eriador/PROPN/5/obj"}),
            V{"GON>ERI:122"});
}

TEST(EventCoderPetrarch, AHyphenatedNameMatchesAsTheTokenizerCutsIt) {
  // "+BARAD-DUR": raw text is cut "Barad - dur"; a treebank keeps "Barad-dur" whole. Both are Mordor.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Barad/PROPN/2/obj -/PUNCT/3/punct "
                           "dur/PROPN/3/flat"}),
            V{"GON>MOR:122"});
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Barad-dur/PROPN/2/obj"}),
            V{"GON>MOR:122"});
}

TEST(EventCoderPetrarch, TwoSubjectsOfOneVerbAreOneCoordination) {
  // "Arnor, and Gondor condemned Eriador", the parse making "Gondor" a second subject after "and".
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/5/nsubj ,/PUNCT/3/punct and/CCONJ/5/cc Gondor/PROPN/5/nsubj "
                           "condemned|condemn/VERB/0/root Eriador/PROPN/5/obj"}),
            (V{"ARN>ERI:122", "GON>ERI:122"}));
}

TEST(EventCoderPetrarch, CoordinatedRolesShareTheirCountries) {
  // "Lawmakers and officials in Arnor and Gondor condemned Eriador", the countries hung on "Lawmakers" alone.
  EXPECT_EQ(code_petrarch({"Lawmakers|lawmaker/NOUN/8/nsubj and/CCONJ/3/cc officials|official/NOUN/1/conj "
                           "in/ADP/5/case Arnor/PROPN/1/nmod and/CCONJ/7/cc Gondor/PROPN/5/conj "
                           "condemned|condemn/VERB/0/root Eriador/PROPN/8/obj"}),
            (V{"ARNLEG>ERI:122", "GONLEG>ERI:122", "ARNGOV>ERI:122", "GONGOV>ERI:122"}));
}

TEST(EventCoderPetrarch, ACompoundAfterTheVerbIsTheSubjectsTargets) {
  // "- * WITH % [031]": "Eriador agrees with Gondor and Osgiliath" is Eriador's act towards each.
  EXPECT_EQ(code_petrarch({"Eriador/PROPN/2/nsubj agrees|agree/VERB/0/root with/ADP/4/case Gondor/PROPN/2/obl "
                           "and/CCONJ/6/cc Osgiliath/PROPN/4/conj"}),
            (V{"ERI>GON:031", "ERI>OSG:031"}));
}

TEST(EventCoderPetrarch, ActorPhraseWithABlankSkipsWordsOfItsNounPhrase) {
  // "ARNOR RADIO": PETRARCH's blank lets modifiers come between, so "Arnor national radio" is the radio.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Arnor/PROPN/5/compound "
                           "national/ADJ/5/amod radio/NOUN/2/obj ./PUNCT/2/punct"}),
            V{"GON>ARNMED:122"});
  // Not across a clause: the radio that lied is no object of the condemning here.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Arnor/PROPN/2/obj "
                           "when/ADV/7/advmod its/PRON/6/nmod:poss radio/NOUN/7/nsubj lied|lie/VERB/2/advcl "
                           "./PUNCT/2/punct"}),
            V{"GON>ARN:122"});
}

TEST(EventCoderPetrarch, PatternWordsMatchAsWritten) {
  // "- * RESOLUTION [102]" matches "a resolution", not "resolutions" (whose lemma it is): the verb's own code then.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj promised|promise/VERB/0/root a/DET/4/det resolution/NOUN/2/obj "
                           "to/ADP/6/case Eriador/PROPN/2/obl"}),
            V{"GON>ERI:102"});
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj promised|promise/VERB/0/root resolutions|resolution/NOUN/2/obj "
                           "to/ADP/5/case Eriador/PROPN/2/obl"}),
            V{"GON>ERI:050"});
}

TEST(EventCoderPetrarch, AConjunctWithNothingJoiningItHasNoSubjectOfItsHead) {
  // "Arnor condemned Gondor after Eriador criticized Osgiliath", the parse making "after Eriador" an oblique of
  // "condemned" and "criticized" its conjunct: not Arnor's act.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj condemned|condemn/VERB/0/root Gondor/PROPN/2/obj after/ADP/5/case "
                           "Eriador/PROPN/2/obl criticized|criticize/VERB/2/conj Osgiliath/PROPN/6/obj"}),
            V{"ARN>GON:122"});
  // "Arnor condemned Gondor and criticized Osgiliath": the same doer.
  EXPECT_EQ(code_petrarch({"Arnor/PROPN/2/nsubj condemned|condemn/VERB/0/root Gondor/PROPN/2/obj and/CCONJ/5/cc "
                           "criticized|criticize/VERB/2/conj Osgiliath/PROPN/5/obj"}),
            (V{"ARN>GON:122", "ARN>OSG:121"}));
}

TEST(EventCoderPetrarch, AClauseAfterACodedVerbOnlyQualifiesItsEvent) {
  // "Gondor condemned Osgiliath after Eriador criticized Arnor": PETRARCH reports the clause's event only when the
  // verb above it codes none.
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj condemned|condemn/VERB/0/root Osgiliath/PROPN/2/obj "
                           "after/SCONJ/6/mark Eriador/PROPN/6/nsubj criticized|criticize/VERB/2/advcl "
                           "Arnor/PROPN/6/obj"}),
            V{"GON>OSG:122"});
  // Also below an infinitive the coded verb governs: "Gondor promised to help Osgiliath until Eriador criticized
  // Arnor" ("help" not a dictionary verb).
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj promised|promise/VERB/0/root to/PART/4/mark help/VERB/2/xcomp "
                           "Osgiliath/PROPN/4/obj until/SCONJ/8/mark Eriador/PROPN/8/nsubj "
                           "criticized|criticize/VERB/4/advcl Arnor/PROPN/8/obj"}),
            V{"GON>OSG:050"});
  // A verb of no code leaves the clause's event standing: "Gondor improved ties with Osgiliath after ...".
  EXPECT_EQ(code_petrarch({"Gondor/PROPN/2/nsubj improved|improve/VERB/0/root ties|tie/NOUN/2/obj with/ADP/5/case "
                           "Osgiliath/PROPN/3/nmod after/SCONJ/8/mark Eriador/PROPN/8/nsubj "
                           "criticized|criticize/VERB/2/advcl Arnor/PROPN/8/obj"}),
            V{"ERI>ARN:121"});
  // A clause before the verb hangs from the sentence: both events.
  EXPECT_EQ(code_petrarch({"After/SCONJ/3/mark Eriador/PROPN/3/nsubj criticized|criticize/VERB/7/advcl "
                           "Arnor/PROPN/3/obj ,/PUNCT/3/punct Gondor/PROPN/7/nsubj condemned|condemn/VERB/0/root "
                           "Osgiliath/PROPN/7/obj"}),
            (V{"ERI>ARN:121", "GON>OSG:122"}));
}

TEST(EventCoder, SubjectVerbObject) {
  std::vector<Event> events;
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct"}, "2022-01-19", &events),
            V{"RUS>UKR:190"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.text, "Russia");
  EXPECT_EQ(events[0].target->span, (Span{16, 23}));
  EXPECT_EQ(events[0].evidence.verb, "attacked");
  EXPECT_EQ(events[0].date, "2022-01-19");
  EXPECT_NE(events[0].evidence.rule.find("test-verbs.txt:"), std::string::npos);
}

TEST(EventCoder, NothingFoundInOneSentenceIsReusedInTheNext) {
  // The coder remembers each verb's subject and role fillers within a sentence: the next sentence, with its verb at
  // the same word but its subject and object the other way round, finds its own.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct",
                  "Ukraine/PROPN/2/obj attacked|attack/VERB/0/root Russia/PROPN/2/nsubj ./PUNCT/2/punct"}),
            (V{"RUS>UKR:190", "RUS>UKR:190"}));
  EXPECT_EQ(code({"Ukraine/PROPN/2/obj attacked|attack/VERB/0/root Russia/PROPN/2/nsubj ./PUNCT/2/punct",
                  "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct"}),
            (V{"RUS>UKR:190", "RUS>UKR:190"}));
}

TEST(EventCoder, CondemningAViolentActIsAimedAtItsDoer) {
  // "Canada condemned the attacks on hotels in Ukraine": the attackers are unnamed; Ukraine is only where.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det attacks|attack/NOUN/2/obj "
                  "on/ADP/6/case hotels|hotel/NOUN/4/nmod in/ADP/8/case Ukraine/PROPN/6/nmod ./PUNCT/2/punct"}),
            V{"CAN>-:111"});
  // "Canada condemned the Russian attack on Ukraine": the adjective names the doer (the attack, a nominal event,
  // is coded too).
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/5/det Russian/ADJ/5/amod "
                  "attack/NOUN/2/obj on/ADP/7/case Ukraine/PROPN/5/nmod ./PUNCT/2/punct"}),
            (V{"CAN>RUS:111", "RUSMIL>UKR:190"}));
  // "Canada condemned the arrest of a journalist by Russia": a by-phrase inside the act, wherever the parse hung it.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det arrest/NOUN/2/obj "
                  "of/ADP/7/case a/DET/7/det journalist/NOUN/4/nmod by/ADP/9/case Russia/PROPN/7/nmod ./PUNCT/2/punct"}),
            V{"CAN>RUS:111"});
  // An act that is an agent of no country ("the air raid", a MIL agent) names no doer: not the story's military.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/5/det air/NOUN/5/compound "
                  "raid/NOUN/2/obj ./PUNCT/2/punct"}),
            V{"CAN>-:111"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/6/det Russian/ADJ/6/amod "
                  "air/NOUN/6/compound raid/NOUN/2/obj ./PUNCT/2/punct"}),
            V{"CAN>RUSMIL:111"});
  // Not an act: "Canada condemned the decision of Russia" keeps the target inside the object.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det decision/NOUN/2/obj "
                  "of/ADP/6/case Russia/PROPN/4/nmod ./PUNCT/2/punct"}),
            V{"CAN>RUS:111"});
}

TEST(EventCoder, TrailingReportIsNoTarget) {
  // "Russia threatened, Ukrainian officials said", the report parsed as the verb's complement: the officials tell
  // of the threat and are not its target.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj threatened|threaten/VERB/0/root ,/PUNCT/5/punct Ukrainian/ADJ/5/amod "
                  "officials|official/NOUN/6/nsubj said|say/VERB/2/ccomp ./PUNCT/2/punct"}),
            V{"RUS>-:130"});
  // A content clause is: "Russia threatened that Ukrainian officials would pay".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj threatened|threaten/VERB/0/root that/SCONJ/7/mark Ukrainian/ADJ/5/amod "
                  "officials|official/NOUN/7/nsubj would/AUX/7/aux pay/VERB/2/ccomp ./PUNCT/2/punct"}),
            V{"RUS>UKRGOV:130"});
}

TEST(EventCoder, SubjectTheParseMadeTheRootIsTheDoer) {
  // "Mr Putin, ..., attacked Ukraine" parsed with the name as the root and the verb its parataxis.
  EXPECT_EQ(code({"Russia/PROPN/0/root ,/PUNCT/3/punct attacked|attack/VERB/1/parataxis Ukraine/PROPN/3/obj ./PUNCT/1/punct"}),
            V{"RUS>UKR:190"});
  // Not a passive: those the verb hangs from suffered the act.
  EXPECT_EQ(code({"Ukrainian/ADJ/2/amod troops|troop/NOUN/0/root were/AUX/4/aux:pass attacked|attack/VERB/2/parataxis "
                  "./PUNCT/2/punct"}),
            V{});
}

TEST(EventCoder, ABodyAfterInIsTheForumOfAStanceTakenThere) {
  // "Canada condemned the blockade in the UN Security Council": the council is where, not whom.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det blockade/NOUN/2/obj in/ADP/9/case "
                  "the/DET/9/det UN/PROPN/9/compound Security/PROPN/9/compound Council/PROPN/2/obl"},
                 "2022-01-19"),
            V{"CAN>-:111"});
  // Aimed at the body itself, it stays the target: "Canada condemned the UN Security Council".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/6/det UN/PROPN/6/compound "
                  "Security/PROPN/6/compound Council/PROPN/2/obj"},
                 "2022-01-19"),
            V{"CAN>IGOUNOSEC:111"});
}

TEST(EventCoder, OfficialAsAnAdjectiveIsNoOne) {
  // "Ukraine condemned official statements": the statements are official, no official is condemned.
  EXPECT_EQ(code({"Ukraine/PROPN/2/nsubj condemned|condemn/VERB/0/root official/ADJ/4/amod "
                  "statements|statement/NOUN/2/obj"}),
            V{"UKR>-:111"});
  // The noun is one: "Ukraine condemned the official".
  EXPECT_EQ(code({"Ukraine/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det official/NOUN/2/obj"}),
            V{"UKR>UKRGOV:111"});
}

TEST(EventCoder, AVerbsFormInsideANameIsNoEvent) {
  // "the Russia Attacking Forces Committee met": a capitalised verb form before another capital inside a sentence,
  // parsed as a verb with the name before it as subject.
  EXPECT_EQ(code({"the/DET/5/det Russia/PROPN/3/nsubj Attacking|attack/VERB/5/amod Forces/PROPN/5/compound "
                  "Committee/PROPN/6/nsubj met|meet/VERB/0/root again/ADV/6/advmod in/ADP/10/case the/DET/10/det "
                  "capital/NOUN/6/obl today/NOUN/6/obl:tmod"}),
            V{});
  // A headline in title case keeps its verbs: "Russia Attacks Ukraine Overnight".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj Attacks|attack/VERB/0/root Ukraine/PROPN/2/obj Overnight/ADV/2/advmod"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, CompoundSlotNeedsTwoActors) {
  // "subj:%" is for "Russia and Ukraine negotiated"; one subject falls through to "with:+".
  EXPECT_EQ(code({"Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj negotiated|negotiate/VERB/0/root"}),
            (V{"RUS>UKR:046", "UKR>RUS:046"}));
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj negotiated|negotiate/VERB/0/root with/ADP/4/case Ukraine/PROPN/2/obl"}),
            V{"RUS>UKR:046"});
}

TEST(EventCoder, CountrylessTargetBelongsToTheSourcesCountry) {
  EXPECT_EQ(code({"Georgian/ADJ/2/amod police/NOUN/3/nsubj detained|detain/VERB/0/root protesters|protester/NOUN/3/obj"}),
            V{"GEOCOP>GEOCVL:173"});
  // Not when the sentence names another country: the role noun may belong to either.
  EXPECT_EQ(code({"Georgian/ADJ/2/amod police/NOUN/3/nsubj detained|detain/VERB/0/root protesters|protester/NOUN/3/obj "
                  "near/ADP/6/case Russia/PROPN/3/obl"}),
            V{"GEOCOP>-:173"});
  // Inside a quantity: "dozens of protesters".
  EXPECT_EQ(code({"Georgian/ADJ/2/amod police/NOUN/3/nsubj detained|detain/VERB/0/root dozens|dozen/NOUN/3/obj "
                  "of/ADP/6/case protesters|protester/NOUN/4/nmod"}),
            V{"GEOCOP>GEOCVL:173"});
  // Not a role its own words call foreign: "foreign protesters" are no one's of here.
  EXPECT_EQ(code({"Georgian/ADJ/2/amod police/NOUN/3/nsubj detained|detain/VERB/0/root foreign/ADJ/5/amod "
                  "protesters|protester/NOUN/3/obj"}),
            V{"GEOCOP>-:173"});
}

TEST(EventCoder, ObjectPatternsLookThroughQuantities) {
  // "sent hundreds of troops to Ukraine": the pattern's object is the troops, not the hundreds.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj sent|send/VERB/0/root hundreds|hundred/NOUN/2/obj of/ADP/5/case "
                  "troops|troop/NOUN/3/nmod to/ADP/7/case Ukraine/PROPN/2/obl"}),
            V{"CAN>UKR:074"});
}

TEST(EventCoder, TargetInsideAGovernedInfinitive) {
  // "threatened to impose sanctions on Canada": the target is in the infinitive's phrase.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj threatened|threaten/VERB/0/root to/PART/4/mark impose/VERB/2/xcomp "
                  "sanctions|sanction/NOUN/4/obj on/ADP/7/case Canada/PROPN/4/obl"}),
            V{"RUS>CAN:130"});
}

TEST(EventCoder, OneRoleOfSeveralCountriesIsAnActorForEach) {
  EXPECT_EQ(code({"The/DET/3/det foreign/ADJ/3/amod ministers|minister/NOUN/8/nsubj of/ADP/5/case Canada/PROPN/3/nmod "
                  "and/CCONJ/7/cc Ukraine/PROPN/5/conj met|meet/VERB/0/root"}),
            (V{"CANGOV>UKRGOV:040", "UKRGOV>CANGOV:040"}));
}

TEST(EventCoder, ACountryAdjectiveOutranksAPossessivePronoun) {
  // "Trudeau met his Ukrainian counterpart": the counterpart is Ukrainian, not Trudeau's.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root his|he/PRON/5/nmod:poss Ukrainian/ADJ/5/amod "
                  "counterpart/NOUN/2/obj"}),
            V{"CANGOV>UKRGOV:040"});
}

TEST(EventCoder, FollowersOfAMovementActAsIt) {
  // "Supporters of Wagner attacked Ukrainian troops": a movement's followers act as the movement.
  EXPECT_EQ(code({"Supporters|supporter/NOUN/4/nsubj of/ADP/3/case Wagner/PROPN/1/nmod attacked|attack/VERB/0/root "
                  "Ukrainian/ADJ/6/amod troops|troop/NOUN/4/obj"}),
            V{"RUSUAF>UKRMIL:190"});
  // Not a state's: supporters of the government are not its organs.
  EXPECT_EQ(code({"Supporters|supporter/NOUN/5/nsubj of/ADP/4/case the/DET/4/det government/NOUN/1/nmod "
                  "attacked|attack/VERB/0/root Ukrainian/ADJ/7/amod troops|troop/NOUN/5/obj"}),
            V{});
}

TEST(EventCoder, ACounterpartHoldsTheOtherPartysOffice) {
  // "Canadian businessmen met their Ukrainian counterparts": businessmen, not ministers.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod businessmen|businessman/NOUN/3/nsubj met|meet/VERB/0/root "
                  "their|they/PRON/6/nmod:poss Ukrainian/ADJ/6/amod counterparts|counterpart/NOUN/3/obj"}),
            V{"CANBUS>UKRBUS:040"});
  // A cause is no office: rebels' counterparts stay the dictionary's default.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod rebels|rebel/NOUN/3/nsubj met|meet/VERB/0/root "
                  "their|they/PRON/6/nmod:poss Ukrainian/ADJ/6/amod counterparts|counterpart/NOUN/3/obj"}),
            V{"CANREB>UKRGOV:040"});
  // A counterpart that acts is the opposite number of someone named before, not of whom it meets.
  EXPECT_EQ(code({"His|he/PRON/3/nmod:poss Ukrainian/ADJ/3/amod counterpart/NOUN/4/nsubj met|meet/VERB/0/root "
                  "Canadian/ADJ/6/amod businessmen|businessman/NOUN/4/obj"}),
            V{"UKRGOV>CANBUS:040"});
}

TEST(EventCoder, APossessivePronounGivesACounterpartNoCountry) {
  // "Trudeau met his counterpart from Ukraine": the opposite number is Ukraine's, not Trudeau's.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root his|he/PRON/4/nmod:poss counterpart/NOUN/2/obj "
                  "from/ADP/6/case Ukraine/PROPN/4/nmod"}),
            V{"CANGOV>UKRGOV:040"});
}

TEST(EventCoder, ARoleNounTakesTheCountryRightAfterItsPreposition) {
  // "Canada condemned the government in Russia", with "in Russia" hung on the verb by the parse.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det government/NOUN/2/obj "
                  "in/ADP/6/case Russia/PROPN/2/obl"}),
            V{"CAN>RUSGOV:111"});
  // "the government of neighbouring Russia", with "neighbouring" misread as a verb.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det government/NOUN/2/obj "
                  "of/ADP/6/mark neighbouring|neighbour/VERB:VBG/4/acl Russia/PROPN/6/obj"}),
            V{"CAN>RUSGOV:111"});
  // Not a role a possessor owns: in "Canada condemned Xyz's government in Russia" the government is Xyz's (unknown
  // here), so the act is aimed at the place named, not at a Russian government.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Xyz/PROPN/5/nmod:poss 's/PART:POS/3/case "
                  "government/NOUN/2/obj in/ADP/7/case Russia/PROPN/2/obl"}),
            V{"CAN>RUS:111"});
  // Not when the name owns the next noun: "the official of Russia's church" is no Russian government official.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det official/NOUN/2/obj "
                  "of/ADP/8/case Russia/PROPN/8/nmod:poss 's/PART:POS/6/case church/NOUN/4/nmod"}),
            V{"CAN>RUS:111"});
}

TEST(EventCoder, OppositionToSomethingIsNoParty) {
  // "Canada condemned Russia's opposition to the plan": Russia opposes; no Russian opposition party is named.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/5/nmod:poss 's/PART:POS/3/case "
                  "opposition/NOUN/2/obj to/ADP/8/case the/DET/8/det plan/NOUN/5/nmod"}),
            V{"CAN>RUS:111"});
  // The party itself: "Canada condemned Russia's opposition".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/5/nmod:poss 's/PART:POS/3/case "
                  "opposition/NOUN/2/obj"}),
            V{"CAN>RUSOPP:111"});
}

TEST(EventCoder, AParticleTakenForThePrepositionOfTheNextNounIsTheVerbs) {
  // "Canada turned down Russia's offer" parsed as "turned [down Russia's offer]": the verb is "turn down", the noun
  // its object, and the offer turned down is reported too, as with any object (TurningDownARequestReportsTheRequestToo).
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj turned|turn/VERB/0/root down/ADP/6/case Russia/PROPN/6/nmod:poss "
                  "'s/PART:POS/4/case offer/NOUN/2/obl"}),
            (V{"CAN>RUS:120", "RUS>CAN:030"}));
  // "Canada kicked off the talks" so parsed is no kick: the particle is the verb's ("prt:off").
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj kicked|kick/VERB/0/root off/ADP/5/case the/DET/5/det talks|talk/NOUN/2/obl"}),
            V{});
  // A particle word that begins a longer preposition is that preposition: "turned down from Russia" keeps no
  // "turn down".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj turned|turn/VERB/0/root down/ADP/5/case from/ADP/5/case Russia/PROPN/2/obl"}),
            V{});
}

TEST(EventCoder, ANounPhraseSplitAtAParticipleTakenForItsHeadIsOnePhrase) {
  // "The ruling Wagner Group movement condemned Canada" parsed with "ruling" the subject and the rest hung on it with
  // no preposition: the group is the subject.
  EXPECT_EQ(code({"The/DET/2/det ruling/NOUN/6/nsubj Wagner/PROPN/5/compound Group/PROPN/5/compound "
                  "movement/NOUN/2/nmod condemned|condemn/VERB/0/root Canada/PROPN/6/obj"}),
            V{"RUSUAF>CAN:111"});
  // Not a noun of another shape: "the rank [and file] ..." is no split participle.
  EXPECT_EQ(code({"The/DET/2/det rank/NOUN/6/nsubj Wagner/PROPN/5/compound Group/PROPN/5/compound "
                  "movement/NOUN/2/nmod condemned|condemn/VERB/0/root Canada/PROPN/6/obj"}),
            V{});
}

TEST(EventCoder, HeAndSheAreNeverABodyOrAPlural) {
  // "He" cannot be "Russian troops": no source, no event (before, he was coded RUSMIL).
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops|troop/NOUN/3/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/3/obj",
                  "He|he/PRON/2/nsubj condemned|condemn/VERB/0/root Canada/PROPN/2/obj"}),
            V{"RUSMIL>UKR:190"});
}

TEST(EventCoder, ReducedPassiveWithAnObjectIsReadAsActive) {
  // The parser's "police [were] detained ..." with no auxiliary and a bare noun after the verb.
  EXPECT_EQ(code({"Georgian/ADJ/2/amod police/NOUN/3/nsubj:pass detained|detain/VERB:VBN/0/root the/DET/5/det "
                  "protesters|protester/NOUN/3/obl"}),
            V{"GEOCOP>GEOCVL:173"});
  // Not when the verb has a subject of its own: "As tensions [nsubj:pass] escalate ..., Canada [nsubj] has deployed".
  EXPECT_EQ(code({"tensions|tension/NOUN/4/nsubj:pass Canada/PROPN/4/nsubj has|have/AUX/4/aux "
                  "deployed|deploy/VERB:VBN/0/root troops|troop/NOUN/4/obj to/ADP/7/case Ukraine/PROPN/4/obl"}),
            V{"CAN>UKR:074"});
  // A real passive keeps its reading: the detained are the target; the doer no one names is their country's police
  // (see AnAgentlessLegalPassiveIsTheStatesCourtsOrPolice).
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "detained|detain/VERB:VBN/0/root"}),
            V{"GEOCOP>GEOCVL:173"});
}

TEST(EventCoder, AnAgentlessLegalPassiveIsTheStatesCourtsOrPolice) {
  // "Three Georgian protesters were sentenced to two years": only a court sentences.
  EXPECT_EQ(code({"Three/NUM/3/nummod Georgian/ADJ/3/amod protesters|protester/NOUN/5/nsubj:pass were|be/AUX/5/aux:pass "
                  "sentenced|sentence/VERB:VBN/0/root to/ADP/8/case two/NUM/8/nummod years|year/NOUN/5/obl"}),
            V{"GEOJUD>GEOCVL:116"});
  // Where it happens says whose police: "Georgian protesters were detained in Russia".
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "detained|detain/VERB:VBN/0/root in/ADP/6/case Russia/PROPN/4/obl"}),
            V{"RUSCOP>GEOCVL:173"});
  // A doer named keeps its act; an act no court or police alone does implies no one ("were captured").
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "detained|detain/VERB:VBN/0/root by/ADP/6/case Wagner/PROPN/4/obl:agent"}),
            V{"RUSUAF>GEOCVL:173"});
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "captured|capture/VERB:VBN/0/root"}),
            V{});
  // A by-phrase the parse hung on an oblique still names the doer, even one the coder cannot code: "were detained
  // on charges by an agency".
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "detained|detain/VERB:VBN/0/root on/ADP/6/case charges|charge/NOUN/4/obl by/ADP/9/case an/DET/9/det "
                  "agency/NOUN/6/nmod"}),
            V{});
  // Held at a body of no country, the body holds them: "Georgian protesters were detained at the UN".
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass "
                  "detained|detain/VERB:VBN/0/root at/ADP/7/case the/DET/7/det UN/PROPN/4/obl"}),
            V{});
  // Nor one whose sufferer and place name no country: "a man was sentenced".
  EXPECT_EQ(code({"a/DET/2/det man/NOUN/4/nsubj:pass was|be/AUX/4/aux:pass sentenced|sentence/VERB:VBN/0/root"}), V{});
}

TEST(EventCoder, CallingSomeoneToActIsAnAppealButNotWhenTheClauseIsSetOff) {
  // "Russia called Ukraine to negotiate": an appeal, with the clause parsed as a purpose (advcl) or a complement.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root Ukraine/PROPN/2/obj to/PART/5/mark "
                  "negotiate/VERB/2/advcl"}),
            V{"RUS>UKR:020"});
  // "Russia called Ukraine, saying it wanted talks": a participle set off by a comma is no complement.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root Ukraine/PROPN/2/obj ,/PUNCT/5/punct "
                  "saying|say/VERB:VBG/2/advcl"}),
            V{"RUS>UKR:041"});
}

TEST(EventCoder, AnAppealForAnActIsAimedAtWhoeverTheActIsDoneByOrAimedAt) {
  // "Canada called for sanctions against Russia": what is asked for is aimed at Russia.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/4/case sanctions|sanction/NOUN/2/obl "
                  "against/ADP/6/case Russia/PROPN/4/nmod"}),
            V{"CAN>RUS:020"});
  // "Canada called for a review by Ukraine", "... for Russia's withdrawal", "... for the withdrawal of Russian
  // troops": the act's doer is asked to do it.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/5/case a/DET/5/det review/NOUN/2/obl "
                  "by/ADP/7/case Ukraine/PROPN/5/nmod"}),
            V{"CAN>UKR:020"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/6/case Russia/PROPN/6/nmod:poss "
                  "'s/PART/4/case withdrawal/NOUN/2/obl"}),
            V{"CAN>RUS:020"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/5/case the/DET/5/det withdrawal/NOUN/2/obl "
                  "of/ADP/8/case Russian/ADJ/8/amod troops|troop/NOUN/5/nmod"}),
            V{"CAN>RUSMIL:020"});
  // Not whom the act is for or where it is done: "called for investment in Ukraine", "called for aid to Ukraine".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/4/case investment/NOUN/2/obl "
                  "in/ADP/6/case Ukraine/PROPN/4/nmod"}),
            V{"CAN>-:020"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/4/case aid/NOUN/2/obl "
                  "to/ADP/6/case Ukraine/PROPN/4/nmod"}),
            V{"CAN>-:020"});
  // Nor a role of no country: "called for the withdrawal of foreign troops".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/5/case the/DET/5/det withdrawal/NOUN/2/obl "
                  "of/ADP/8/case foreign/ADJ/8/amod troops|troop/NOUN/5/nmod"}),
            V{"CAN>-:020"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj called|call/VERB/0/root for/ADP/5/case the/DET/5/det withdrawal/NOUN/2/obl "
                  "of/ADP/8/case foreign/ADJ/8/amod troops|troop/NOUN/5/nmod from/ADP/10/case Ukraine/PROPN/8/nmod"}),
            V{"CAN>-:020"});
}

TEST(EventCoder, AHopeIsAboutTheDoerOfTheClauseHungOnIt) {
  // "Canada expressed the hope that Ukraine would prevail": the clause hangs on the noun "hope".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj expressed|express/VERB/0/root the/DET/4/det hope/NOUN/2/obj "
                  "that/SCONJ/8/mark Ukraine/PROPN/8/nsubj would/AUX/8/aux prevail/VERB/4/ccomp"}),
            V{"CAN>UKR:013"});
  // "Canada expressed the hope that it would prevail": the doer's own hope for itself has no target.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj expressed|express/VERB/0/root the/DET/4/det hope/NOUN/2/obj "
                  "that/SCONJ/8/mark it/PRON/8/nsubj would/AUX/8/aux prevail/VERB/4/ccomp"}),
            V{"CAN>-:013"});
}

// The fixture's dictionaries with "people" as civilians (kept out of the fixture itself, whose other tests read
// "young people" as no actor).
const lexicon::Lexicon& lex_with_people() {
  static const lexicon::Lexicon l = [] {
    const std::filesystem::path extra = std::filesystem::temp_directory_path() / "vigil-test-people-agent";
    std::filesystem::create_directories(extra);
    std::ofstream(extra / "agents.txt") << "agent people = CVL\n  plural -\n";
    return lexicon::Lexicon(
        lexicon::load_vigil_folders({std::string(VIGIL_TEST_DATA_DIR) + "/coding/dicts", extra.string()}));
  }();
  return l;
}

TEST(EventCoder, AWholePeopleIsTheNation) {
  auto code = [](const std::vector<std::string>& specs) { return code_with(lex_with_people(), specs, "2022-01-19"); };
  // "Canada supported the Ukrainian people", "... Ukraine's people": the nation, the bare country.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj supported|support/VERB/0/root the/DET/5/det Ukrainian/ADJ/5/amod "
                  "people/NOUN:NNS/2/obj"}),
            V{"CAN>UKR:051"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj supported|support/VERB/0/root Ukraine/PROPN/5/nmod:poss 's/PART/3/case "
                  "people/NOUN:NNS/2/obj"}),
            V{"CAN>UKR:051"});
  // Not a number of them: "Canada supported 11 Ukrainian people" are civilians.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj supported|support/VERB/0/root 11/NUM/5/nummod Ukrainian/ADJ/5/amod "
                  "people/NOUN:NNS/2/obj"}),
            V{"CAN>UKRCVL:051"});
}

TEST(EventCoder, TheDoersOwnCountryIsWhereItCoercesNotWhom) {
  // "Smith was sentenced in Russia": a Russian court's act, done in Russia to Smith, not to Russia.
  EXPECT_EQ(code({"Smith/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass sentenced|sentence/VERB:VBN/0/root "
                  "in/ADP/5/case Russia/PROPN/3/obl"}),
            V{"RUSJUD>-:116"});
  // A country of another doer stays: "Canada sentenced him in Russia" is no Russian court.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj sentenced|sentence/VERB/0/root him/PRON/2/obj in/ADP/5/case "
                  "Russia/PROPN/2/obl"}),
            V{"CAN>RUS:116"});
}

TEST(EventCoder, TheGroupIsTheArmedGroupNamedLast) {
  // "Wagner attacked Ukraine. The group attacked Ukraine again."
  const char* named = "Wagner/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj";
  const char* the_group = "The|the/DET/2/det group/NOUN:NN/3/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/3/obj";
  EXPECT_EQ(code({named, the_group}), (V{"RUSUAF>UKR:190", "RUSUAF>UKR:190"}));
  // A body of another kind named in between is the one meant: "the UN condemned Russia. The group ...".
  EXPECT_EQ(code({named, "the/DET/2/det UN/PROPN/3/nsubj condemned|condemn/VERB/0/root Russia/PROPN/3/obj", the_group}),
            (V{"RUSUAF>UKR:190", "IGOUNO>RUS:111"}));
  // A group the phrase itself describes is no one named before: "the group of experts".
  EXPECT_EQ(code({named, "The|the/DET/2/det group/NOUN:NN/5/nsubj of/ADP/4/case experts|expert/NOUN/2/nmod "
                         "attacked|attack/VERB/0/root Ukraine/PROPN/5/obj"}),
            V{"RUSUAF>UKR:190"});
}

TEST(EventCoder, TheBlocIsTheBodyOfStatesNamedLast) {
  // "The UN condemned Russia. The organisation condemned Ukraine": "the bloc", "the alliance", "the organisation"
  // after an intergovernmental body are that body.
  const char* named = "the/DET/2/det UN/PROPN/3/nsubj condemned|condemn/VERB/0/root Russia/PROPN/3/obj";
  const char* the_body = "The|the/DET/2/det organisation/NOUN:NN/3/nsubj condemned|condemn/VERB/0/root Ukraine/PROPN/3/obj";
  EXPECT_EQ(code({named, the_body}), (V{"IGOUNO>RUS:111", "IGOUNO>UKR:111"}));
  const char* the_bloc = "The|the/DET/2/det bloc/NOUN:NN/3/nsubj condemned|condemn/VERB/0/root Ukraine/PROPN/3/obj";
  EXPECT_EQ(code({named, the_bloc}), (V{"IGOUNO>RUS:111", "IGOUNO>UKR:111"}));
  // After a state, "the alliance" is no one vigil knows: a ruling alliance, a party alliance.
  const char* the_alliance =
      "The|the/DET/2/det alliance/NOUN:NN/3/nsubj condemned|condemn/VERB/0/root Ukraine/PROPN/3/obj";
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj", the_alliance}),
            V{"CAN>RUS:111"});
  // Nor one its own words describe: "the alliance of opposition parties".
  EXPECT_EQ(code({named, "The|the/DET/2/det alliance/NOUN:NN/5/nsubj of/ADP/4/case parties|party/NOUN/2/nmod "
                         "condemned|condemn/VERB/0/root Ukraine/PROPN/5/obj"}),
            V{"IGOUNO>RUS:111"});
}

TEST(EventCoder, ANominalEventThatIsTheSubjectOfAConditionalIsImagined) {
  // "A Russian attack on Ukraine would trigger sanctions": no attack is reported.
  EXPECT_EQ(code({"A|a/DET/3/det Russian/ADJ/3/amod attack/NOUN/7/nsubj on/ADP/5/case Ukraine/PROPN/3/nmod "
                  "would/AUX/7/aux trigger/VERB/0/root sanctions|sanction/NOUN/7/obj"}),
            V{});
  // "The Russian attack on Ukraine triggered sanctions": one is.
  EXPECT_EQ(code({"The|the/DET/3/det Russian/ADJ/3/amod attack/NOUN/6/nsubj on/ADP/5/case Ukraine/PROPN/3/nmod "
                  "triggered|trigger/VERB/0/root sanctions|sanction/NOUN/6/obj"}),
            V{"RUSMIL>UKR:190"});
}

TEST(EventCoder, CallingSomethingANameIsNoCall) {
  // "Russia called the vote a coup": criticism by the name given.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root the/DET/4/det vote/NOUN/2/obj a/DET/6/det "
                  "coup/NOUN/2/obj"}),
            V{"RUS>-:111"});
  // The name's adjective may carry the blame: "Russia called the vote an illegitimate election".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root the/DET/4/det vote/NOUN/2/obj an|a/DET/7/det "
                  "illegitimate/ADJ/7/amod election/NOUN/2/obj"}),
            V{"RUS>-:111"});
  // A name that is neither praise nor blame codes nothing: "Russia called Ukraine a neighbour" is no telephone call
  // and no appeal.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root Ukraine/PROPN/2/obj a/DET/5/det neighbour/NOUN/2/obj"}),
            V{});
  // One object is still a call.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root Ukraine/PROPN/2/obj"}), V{"RUS>UKR:041"});
}


TEST(EventCoder, AnActBlamedOnSomeoneIsTheBlamersChargeNotTheirAct) {
  // "Canada condemned Russia for attacking Ukraine": the attack is what Canada charges Russia with.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj for/SCONJ/5/mark "
                  "attacking|attack/VERB:VBG/2/advcl Ukraine/PROPN/5/obj"}),
            V{"CAN>RUS:111"});
  // Through an infinitive: "condemned Russia for failing to cooperate".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj for/SCONJ/5/mark "
                  "failing|fail/VERB:VBG/2/advcl to/PART/7/mark cooperate/VERB/5/xcomp"}),
            V{"CAN>RUS:111"});
  // A sentence given for an act: "Russia sentenced him for attacking Ukraine" codes the sentence only.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj sentenced|sentence/VERB/0/root him/PRON/2/obj for/SCONJ/5/mark "
                  "attacking|attack/VERB:VBG/2/advcl Ukraine/PROPN/5/obj"}),
            V{"RUS>-:116"});
  // An accusation keeps its act, which the modality pass reports as alleged: "accused Russia of attacking Ukraine".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj accused|accuse/VERB/0/root Russia/PROPN/2/obj of/SCONJ/5/mark "
                  "attacking|attack/VERB:VBG/2/advcl Ukraine/PROPN/5/obj"}),
            (V{"CAN>RUS:112", "RUS>UKR:190"}));
  // An act in a clause of its own stays: "Canada condemned Russia after it attacked Ukraine".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj after/SCONJ/6/mark "
                  "Russia/PROPN/6/nsubj attacked|attack/VERB:VBD/2/advcl Ukraine/PROPN/6/obj"}),
            (V{"CAN>RUS:111", "RUS>UKR:190"}));
}

TEST(EventCoder, WorryOverWhatANamedActorIsDoingChargesIt) {
  // "Canada voiced concern that Russia was attacking Ukraine": a charge against Russia (the attack stays reported).
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj voiced|voice/VERB/0/root concern/NOUN/2/obj that/SCONJ/7/mark "
                  "Russia/PROPN/7/nsubj was|be/AUX/7/aux attacking|attack/VERB:VBG/3/acl Ukraine/PROPN/7/obj"}),
            (V{"CAN>RUS:112", "RUS>UKR:190"}));
  // What someone may do is a forecast: "voiced concern that Russia would attack Ukraine" stays pessimism, about
  // Russia, whom the clause hung on the concern is about.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj voiced|voice/VERB/0/root concern/NOUN/2/obj that/SCONJ/7/mark "
                  "Russia/PROPN/7/nsubj would/AUX/7/aux attack/VERB:VB/3/acl Ukraine/PROPN/7/obj"}),
            (V{"CAN>RUS:012", "RUS>UKR:190"}));
}

TEST(EventCoder, WhoConductsAnInterviewIsNoTarget) {
  // "Canada voiced concern in an interview with Reuters": the agency asks, the concern is not aimed at it.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj voiced|voice/VERB/0/root concern/NOUN/2/obj in/ADP/6/case an|a/DET/6/det "
                  "interview/NOUN/2/obl with/ADP/8/case Reuters/PROPN/6/nmod"}),
            V{"CAN>-:012"});
}

TEST(EventCoder, WhoEndsAJourneyMadeIt) {
  // "Concluding a visit to Ukraine, Trudeau condemned Russia".
  EXPECT_EQ(code({"Concluding|conclude/VERB:VBG/8/advcl a/DET/3/det visit/NOUN/1/obj to/ADP/5/case "
                  "Ukraine/PROPN/3/nmod ,/PUNCT/1/punct Trudeau/PROPN/8/nsubj condemned|condemn/VERB/0/root "
                  "Russia/PROPN/8/obj"}),
            (V{"CANGOV>UKR:042", "CANGOV>RUS:111"}));
}

TEST(EventCoder, AWarningTurnedDownIsReportedToo) {
  // "Russia brushed aside a U.S. warning", the particle parsed as the noun's preposition.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj brushed|brush/VERB/0/root aside/ADP/6/case a/DET/6/det U.S./PROPN/6/compound "
                  "warning/NOUN/2/obl"}),
            (V{"RUS>USA:120", "USA>RUS:130"}));
}

TEST(EventCoder, TheNounARelativeClauseDescribesIsItsObject) {
  // "a charge Moscow denied": the charge is what is denied.
  EXPECT_EQ(code({"It/PRON/4/nsubj is|be/AUX/4/cop a/DET/4/det charge/NOUN/0/root Moscow/PROPN/6/nsubj "
                  "denied|deny/VERB:VBD/4/acl:relcl"}),
            V{"RUS>-:016"});
  // "the man Georgian police detained" against "the day Georgian police detained him" (time is no object).
  EXPECT_EQ(code({"It/PRON/4/nsubj is|be/AUX/4/cop the/DET/4/det man/NOUN/0/root Georgian/ADJ/6/amod police/NOUN/7/nsubj "
                  "detained|detain/VERB:VBD/4/acl:relcl"}),
            V{"GEOCOP>-:173"});
  EXPECT_EQ(code({"It/PRON/4/nsubj is|be/AUX/4/cop the/DET/4/det day/NOUN/0/root Georgian/ADJ/6/amod police/NOUN/7/nsubj "
                  "detained|detain/VERB:VBD/4/acl:relcl"}),
            V{});
  // A stranded preposition takes the gap: "the man Georgian police detained [someone] for" is no detention of him.
  EXPECT_EQ(code({"It/PRON/4/nsubj is|be/AUX/4/cop the/DET/4/det man/NOUN/0/root Georgian/ADJ/6/amod police/NOUN/7/nsubj "
                  "detained|detain/VERB:VBD/4/acl:relcl for/ADP/7/obl"}),
            V{});
  // The pronoun of a prepositional relative stands for the noun too: "Zelenskyy, with whom Trudeau negotiated".
  EXPECT_EQ(code({"Zelenskyy/PROPN/0/root ,/PUNCT/6/punct with/ADP/4/case whom/PRON:WP/6/obl Trudeau/PROPN/6/nsubj "
                  "negotiated|negotiate/VERB:VBD/1/acl:relcl"}),
            V{"CANGOV>UKRGOV:046"});
}

TEST(EventCoder, PassiveWithByAgent) {
  EXPECT_EQ(code({"Ukraine/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass attacked|attack/VERB/0/root by/ADP/5/case "
                  "Russia/PROPN/3/obl:agent"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, CoordinatedSubjectsGiveOneEventEach) {
  EXPECT_EQ(code({"Canada/PROPN/4/nsubj and/CCONJ/3/cc Britain/PROPN/1/conj condemned|condemn/VERB/0/root "
                  "Russia/PROPN/4/obj"}),
            (V{"CAN>RUS:111", "GBR>RUS:111"}));
}

TEST(EventCoder, RelativeClauseSubjectIsTheModifiedNoun) {
  // "Russia, which attacked Ukraine, ..." (the main clause codes nothing here)
  EXPECT_EQ(code({"Russia/PROPN/0/root ,/PUNCT/4/punct which/PRON/4/nsubj attacked|attack/VERB/1/acl:relcl "
                  "Ukraine/PROPN/4/obj"}),
            V{"RUS>UKR:190"});
  // "who" speaks of people: a city the parse made its antecedent is no doer ("refugees in Moscow who attacked ...").
  EXPECT_EQ(code({"Refugees/NOUN/0/root in/ADP/3/case Moscow/PROPN/1/nmod who/PRON/5/nsubj attacked|attack/VERB/3/acl:relcl "
                  "Ukraine/PROPN/5/obj"}),
            V{});
  // "which" may stand for a capital's government: "Moscow, which attacked Ukraine".
  EXPECT_EQ(code({"Moscow/PROPN/0/root ,/PUNCT/4/punct which/PRON/4/nsubj attacked|attack/VERB/1/acl:relcl "
                  "Ukraine/PROPN/4/obj"}),
            V{"RUS>UKR:190"});
  // "which" right after a named body stands for it, whatever noun the parse hung the clause on: "casualties on the
  // Wagner Group which attacked Ukraine".
  EXPECT_EQ(code({"casualties|casualty/NOUN/0/root on/ADP/5/case the/DET/5/det Wagner/PROPN/5/compound "
                  "Group/PROPN/1/nmod which/PRON:WDT/7/nsubj attacked|attack/VERB/1/acl:relcl Ukraine/PROPN/7/obj"}),
            V{"RUSUAF>UKR:190"});
  // Not right after a country: "the shortages facing Russia which attacked ..." may be the shortages'.
  EXPECT_EQ(code({"shortages|shortage/NOUN/0/root facing|face/VERB/1/acl Russia/PROPN/2/obj "
                  "which/PRON:WDT/5/nsubj attacked|attack/VERB/1/acl:relcl Ukraine/PROPN/5/obj"}),
            V{});
}

TEST(EventCoder, ReportedSpeechCodesTheReportedEventAndKeepsTheSpeaker) {
  std::vector<Event> events;
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj said|say/VERB/0/root Russia/PROPN/4/nsubj attacked|attack/VERB/2/ccomp "
                  "Ukraine/PROPN/4/obj"},
                 "2022-01-19", &events),
            V{"RUS>UKR:190"});
  ASSERT_TRUE(events[0].speaker);
  EXPECT_EQ(events[0].speaker->code, "CAN");
}

TEST(EventCoder, LightVerbWithPrepositionOnTheObject) {
  EXPECT_EQ(code({"The/DET/2/det US/PROPN/3/nsubj held|hold/VERB/0/root talks|talk/NOUN/3/obj with/ADP/6/case "
                  "Russia/PROPN/4/nmod"}),
            V{"USA>RUS:046"});
  // and with the prepositional phrase on the verb
  EXPECT_EQ(code({"The/DET/2/det US/PROPN/3/nsubj held|hold/VERB/0/root talks|talk/NOUN/3/obj with/ADP/6/case "
                  "Russia/PROPN/3/obl"}),
            V{"USA>RUS:046"});
}

TEST(EventCoder, PatternWithoutActorTarget) {
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj reached|reach/VERB/0/root an/DET/4/det impasse/NOUN/2/obj"}), V{"CAN>-:012"});
  // no pattern matches: "reach" has no code of its own
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj reached|reach/VERB/0/root Ukraine/PROPN/2/obj"}), V{});
}

TEST(EventCoder, AgentsCombineWithTheirCountry) {
  EXPECT_EQ(code({"Canadian/ADJ/3/amod special/ADJ/3/amod forces|force/NOUN/4/nsubj arrived|arrive/VERB/0/root "
                  "in/ADP/6/case Ukraine/PROPN/4/obl"}),
            V{"CANMIL>UKR:042"});
  // "the foreign minister of Russia" owns its country through the tree
  EXPECT_EQ(code({"The/DET/3/det foreign/ADJ/3/amod minister/NOUN/7/nsubj of/ADP/5/case Russia/PROPN/3/nmod "
                  "has|have/AUX/7/aux condemned|condemn/VERB/0/root Ukraine/PROPN/7/obj"}),
            V{"RUSGOV>UKR:111"});
}

TEST(EventCoder, ANameBeatsTheCountryAdjectiveTheParseMadeItsHead) {
  // "Canadian Prime Minister Trudeau met Zelenskyy", parsed with "Canadian" heading a flat name.
  EXPECT_EQ(code({"Canadian/PROPN/5/nsubj Prime/PROPN/1/flat Minister/PROPN/1/flat Trudeau/PROPN/1/flat "
                  "met|meet/VERB/0/root Zelenskyy/PROPN/5/obj"}),
            V{"CANGOV>UKRGOV:040"});
}

TEST(EventCoder, ASubjectAfterItsVerbOutsideSpeechIsAMisparse) {
  // "Ukraine on Monday condemned Russia, Trudeau ..." parsed with "Ukraine" the root, "condemned" its parataxis and a
  // later name its subject: the actor written first is the doer.
  EXPECT_EQ(code({"Ukraine/PROPN/0/root condemned|condemn/VERB/1/parataxis Russia/PROPN/2/obj Trudeau/PROPN/2/nsubj"}),
            V{"UKR>RUS:111"});
  // After a speech verb the subject does follow: "..., said Trudeau".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ,/PUNCT/5/punct "
                  "said|say/VERB/2/parataxis Trudeau/PROPN/5/nsubj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, APurposeClauseIsTheSubjectsActObjectControlIsTheObjects) {
  // "Trudeau arrived in Ukraine to meet Zelenskyy": the visitor meets; the place is no controller.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj attacked|attack/VERB/0/root Russia/PROPN/2/obj to/PART/5/mark "
                  "meet|meet/VERB/2/advcl Zelenskyy/PROPN/5/obj"}),
            (V{"CANGOV>RUS:190", "CANGOV>UKRGOV:040"}));
  // "Trudeau urged Russia to meet Zelenskyy", parsed with the infinitive as an adverbial clause: Russia would meet.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj urged|urge/VERB/0/root Russia/PROPN/2/obj to/PART/5/mark "
                  "meet|meet/VERB/2/advcl Zelenskyy/PROPN/5/obj"}),
            V{"RUS>UKRGOV:040"});
  // "Trudeau appealed to Russia to meet Zelenskyy", "pleaded with Russia to": the addressee in the prepositional
  // phrase would meet.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj appealed|appeal/VERB/0/root to/ADP/4/case Russia/PROPN/2/obl to/PART/6/mark "
                  "meet|meet/VERB/2/xcomp Zelenskyy/PROPN/6/obj"}),
            V{"RUS>UKRGOV:040"});
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj pleaded|plead/VERB/0/root with/ADP/4/case Russia/PROPN/2/obl to/PART/6/mark "
                  "meet|meet/VERB/2/xcomp Zelenskyy/PROPN/6/obj"}),
            V{"RUS>UKRGOV:040"});
}

TEST(EventCoder, PeopleTakeTheirRoleOnTheDateAndTitlesJoinThem) {
  EXPECT_EQ(code({"President/PROPN/2/compound Zelenskyy/PROPN/3/nsubj met|meet/VERB/0/root Trudeau/PROPN/3/obj"}),
            V{"UKRGOV>CANGOV:040"});
  // After his term Trudeau is an elite, not the government.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj"}, "2025-06-01"),
            V{"CANELI>UKRGOV:040"});
}

TEST(EventCoder, ControlVerbsLendTheirSubject) {
  // "Canada plans to deploy troops to Ukraine"
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj plans|plan/VERB/0/root to/PART/4/mark deploy/VERB/2/xcomp "
                  "troops|troops/NOUN/4/obj to/ADP/7/case Ukraine/PROPN/4/obl"}),
            V{"CAN>UKR:074"});
}

TEST(EventCoder, PronounsResolveToAnEarlierActorOfTheStory) {
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Ukraine/PROPN/2/obl",
                  "He/PRON/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj"}),
            (V{"CANGOV>UKR:042", "CANGOV>UKRGOV:040"}));
}

TEST(EventCoder, AnObjectPronounIsNotItsOwnClausesSubject) {
  // "When Zelenskyy arrived in Canada, Trudeau met him": "him" is Zelenskyy, the nearest fitting name before
  // "Trudeau".
  EXPECT_EQ(code({"When/ADV/3/advmod Zelenskyy/PROPN/3/nsubj arrived|arrive/VERB/8/advcl in/ADP/5/case "
                  "Canada/PROPN/3/obl ,/PUNCT/3/punct Trudeau/PROPN/8/nsubj met|meet/VERB/0/root him/PRON/8/obj"}),
            (V{"UKRGOV>CAN:042", "CANGOV>UKRGOV:040"}));
}

TEST(EventCoder, APlansActIsTheHoldersAct) {
  // "Canada has no plans to send troops to Ukraine", "Russia's plan to attack Ukraine": whoever holds the plan
  // does the act; "a place to visit" holds no act.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj has|have/VERB/0/root no/DET/4/det plans|plan/NOUN/2/obj to/PART/6/mark "
                  "send/VERB/4/acl troops|troop/NOUN/6/obj to/ADP/9/case Ukraine/PROPN/6/obl"}),
            V{"CAN>UKR:074"});
  EXPECT_EQ(code({"Russia/PROPN/3/nmod:poss 's/PART/1/case plan/NOUN/0/root to/PART/5/mark attack/VERB/3/acl "
                  "Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
  EXPECT_EQ(code({"Kyiv/PROPN/3/nsubj is|be/AUX/3/cop place/NOUN/0/root to/PART/5/mark visit/VERB/3/acl"}), V{});
  // "Canada discussed a Russian plan to attack Ukraine": the name or adjective on the plan holds it, not the one who
  // discusses it.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj discussed|discuss/VERB/0/root a/DET/5/det Russian/ADJ/5/amod plan/NOUN/2/obj "
                  "to/PART/7/mark attack/VERB/5/acl Ukraine/PROPN/7/obj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, AnAttackOnSomeonesPositionsIsAimedAtThem) {
  // "Russia attacked at positions of Ukraine": whose the positions are is the target; not so for a place a meeting is
  // held in.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root at/ADP/4/case positions|position/NOUN/2/obl "
                  "of/ADP/6/case Ukraine/PROPN/4/nmod"}),
            V{"RUS>UKR:190"});
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj met|meet/VERB/0/root in/ADP/4/case capital/NOUN/2/obl of/ADP/6/case "
                  "Ukraine/PROPN/4/nmod"}),
            V{"RUS>-:040"});
}

TEST(EventCoder, AShowOfForceAlongABorderIsAimedAcrossIt) {
  // "Russia massed its troops along the border with Ukraine": its own troops are no target; the country across is.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj massed|mass/VERB/0/root its/PRON/4/nmod:poss troops|troop/NOUN/2/obj "
                  "along/ADP/7/case the/DET/7/det border/NOUN/2/obl with/ADP/9/case Ukraine/PROPN/7/nmod"}),
            V{"RUS>UKR:150"});
}

TEST(EventCoder, WhoTellsOfTheActIsNoTarget) {
  // "Russia attacked, according to Ukraine": the source of the report, not the one attacked.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root ,/PUNCT/6/punct according|accord/VERB/6/case "
                  "to/ADP/4/fixed Ukraine/PROPN/2/obl"}),
            V{"RUS>-:190"});
}

TEST(EventCoder, NominalEventsWithActorSlots) {
  // "... an invasion of Russia into Ukraine"
  EXPECT_EQ(code({"an/DET/2/det invasion/NOUN/0/root of/ADP/4/case Russia/PROPN/2/nmod into/ADP/6/case "
                  "Ukraine/PROPN/2/nmod"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, TheOfPhraseOfANominalEventCarriesItsTarget) {
  // "the visit of the Russian president to Damascus": "to Damascus" hangs on the visitor.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj recalled|recall/VERB/0/root the/DET/4/det visit/NOUN/2/obj of/ADP/6/case "
                  "Russia/PROPN/4/nmod to/ADP/8/case Ukraine/PROPN/6/nmod"}),
            V{"RUS>UKR:042"});
}

TEST(EventCoder, ANominalEventOfTheSubjectsClause) {
  // "Canada made remarks in a meeting with Russia": the subject met Russia.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj made|make/VERB/0/root remarks|remark/NOUN/2/obj in/ADP/6/case a/DET/6/det "
                  "meeting/NOUN/2/obl with/ADP/8/case Russia/PROPN/6/nmod"}),
            V{"CAN>RUS:040"});
  // "Canada renewed its condemnation of Russia": a light verb's subject does what its object names.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj renewed|renew/VERB/0/root its/PRON/4/nmod:poss condemnation/NOUN/2/obj "
                  "of/ADP/6/case Russia/PROPN/4/nmod"}),
            V{"CAN>RUS:111"});
  // Not any verb's: "Canada recalled the condemnation of Russia" says nothing of who condemned.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj recalled|recall/VERB/0/root the/DET/4/det condemnation/NOUN/2/obj "
                  "of/ADP/6/case Russia/PROPN/4/nmod"}),
            V{});
  // Nor force: those it hits are often the subject ("Ukrainians died in an airstrike on Kharkiv").
  EXPECT_EQ(code({"Canadians|Canadian/PROPN/2/nsubj died|die/VERB/0/root in/ADP/5/case an/DET/5/det "
                  "airstrike/NOUN/2/obl on/ADP/7/case Russia/PROPN/5/nmod"}),
            V{});
}

TEST(EventCoder, AVisitingGuestVisitsTheHostsCountry) {
  // "Canada held talks with visiting Russian president", parsed as a "with" clause with the guest its subject:
  // the talks are with the guest, and the guest visits Canada.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj held|hold/VERB/0/root talks|talk/NOUN/2/obj with/SCONJ/5/mark "
                  "visiting|visit/VERB:VBG/2/advcl Russian/ADJ/7/amod president/NOUN/5/nsubj"}),
            (V{"CAN>RUSGOV:046", "RUSGOV>CAN:042"}));
  // Parsed as it is written: "Canada met the visiting Russian president".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj met|meet/VERB/0/root the/DET/6/det visiting|visit/ADJ:VBG/6/amod "
                  "Russian/ADJ/6/amod president/NOUN/2/obj"}),
            (V{"CAN>RUSGOV:040", "RUSGOV>CAN:042"}));
  // "after his talks with visiting X", the clause hung on the verb beside the talks: the talks' guest.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj spoke|speak/VERB/0/root after/ADP/5/case his/PRON/5/nmod:poss "
                  "talks|talk/NOUN/2/obl with/SCONJ/7/mark visiting|visit/VERB:VBG/2/advcl "
                  "Zelenskyy/PROPN/7/nsubj"}),
            (V{"CANGOV>UKRGOV:046", "UKRGOV>CAN:042"}));
  // "Trudeau told visiting Zelenskyy ...", parsed with the guest as the object of a "visiting" clause: the guest
  // visits the host's country, not the host the guest.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj told|tell/VERB/0/root visiting|visit/VERB:VBG/2/xcomp Zelenskyy/PROPN/3/obj"}),
            (V{"UKRGOV>CAN:042"}));
  // The same with the preposition the parse made the clause's mark: "Canada announced to visiting Zelenskyy".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj announced|announce/VERB/0/root to/ADP/4/mark visiting|visit/VERB:VBG/2/advcl "
                  "Zelenskyy/PROPN/4/obj"}),
            (V{"UKRGOV>CAN:042"}));
  // A host with no country hosts no visit to a country: "the UN held talks with visiting Russian president".
  EXPECT_EQ(code({"the/DET/2/det UN/PROPN/3/nsubj held|hold/VERB/0/root talks|talk/NOUN/3/obj with/SCONJ/6/mark "
                  "visiting|visit/VERB:VBG/3/advcl Russian/ADJ/8/amod president/NOUN/6/nsubj"}),
            (V{"IGOUNO>RUSGOV:046", "RUSGOV>-:042"}));
  // The guest as the subject: "Visiting Russian president met Trudeau" visits somewhere unnamed, not Canada... by
  // this rule alone (the meeting is the guest's own act).
  EXPECT_EQ(code({"Visiting|visit/ADJ:VBG/3/amod Russian/ADJ/3/amod president/NOUN/4/nsubj met|meet/VERB/0/root "
                  "Trudeau/PROPN/4/obj"}),
            (V{"RUSGOV>-:042", "RUSGOV>CANGOV:040"}));
  // "Canada played a visiting Russia team": the guest is the team, which the name only qualifies.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj played|play/VERB/0/root a/DET/6/det visiting|visit/ADJ:VBG/6/amod "
                  "Russia/PROPN/6/compound team/NOUN/2/obj"}),
            V{});
  // Capitalised inside a sentence, "Visiting" is part of a name: "the Visiting Forces Agreement with Canada".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj signed|sign/VERB/0/root the/DET/6/det Visiting|visit/VERB:VBG/6/amod "
                  "Canadian/ADJ/6/amod troops/NOUN/2/obj"}),
            V{});
  // "Trudeau, visiting Ukraine, met Zelenskyy": a visit with its own object, not a guest named after it.
  EXPECT_EQ(code({"Trudeau/PROPN/5/nsubj ,/PUNCT/3/punct visiting|visit/VERB:VBG/1/acl Ukraine/PROPN/3/obj "
                  "met|meet/VERB/0/root Zelenskyy/PROPN/5/obj"}),
            V{"CANGOV>UKRGOV:040"});
}

TEST(EventCoder, AStrayRelativePronounIsTheNameBeforeIt) {
  // "..., said Trudeau, who has made a visit to Ukraine", the relative clause parsed as the complement of "said".
  EXPECT_EQ(code({"said|say/VERB/0/root Trudeau/PROPN/1/nsubj ,/PUNCT/6/punct who/PRON:WP/6/nsubj "
                  "has|have/AUX/6/aux made|make/VERB:VBN/1/ccomp a/DET/8/det visit/NOUN/6/obj to/ADP/10/case "
                  "Ukraine/PROPN/8/nmod"}),
            V{"CANGOV>UKR:042"});
  // "which" stands for the name before its comma; with no comma it may stand for a larger phrase that the name
  // ends ("the convoy from Russia which attacked Ukraine").
  EXPECT_EQ(code({"the/DET/2/det convoy/NOUN/0/root from/ADP/4/case Russia/PROPN/2/nmod ,/PUNCT/7/punct "
                  "which/PRON:WDT/7/nsubj attacked|attack/VERB:VBD/2/conj Ukraine/PROPN/7/obj"}),
            V{"RUS>UKR:190"});
  EXPECT_EQ(code({"the/DET/2/det convoy/NOUN/0/root from/ADP/4/case Russia/PROPN/2/nmod which/PRON:WDT/6/nsubj "
                  "attacked|attack/VERB:VBD/2/conj Ukraine/PROPN/6/obj"}),
            V{});
  // No actor before "who": nobody is known to have visited.
  EXPECT_EQ(code({"said|say/VERB/0/root the/DET/3/det man/NOUN/1/nsubj ,/PUNCT/7/punct who/PRON:WP/7/nsubj "
                  "has|have/AUX/7/aux made|make/VERB:VBN/1/ccomp a/DET/9/det visit/NOUN/7/obj to/ADP/11/case "
                  "Ukraine/PROPN/9/nmod"}),
            V{});
}

TEST(EventCoder, AParticipleDescribingANounIsTheNounsAct) {
  // "a UN Security Council resolution calling on Russia to withdraw": the council's appeal.
  EXPECT_EQ(code({"a/DET/5/det UN/PROPN/4/compound Security/PROPN/4/compound Council/PROPN/5/compound "
                  "resolution/NOUN/0/root calling|call/VERB:VBG/5/acl on/ADP/8/case Russia/PROPN/6/obl "
                  "to/PART/10/mark withdraw/VERB/6/advcl"}),
            V{"IGOUNOSEC>RUS:0256"});
  // A resolution of no named author is whoever adopted it.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj adopted|adopt/VERB/0/root a/DET/4/det resolution/NOUN/2/obj "
                  "calling|call/VERB:VBG/4/acl on/ADP/7/case Russia/PROPN/5/obl to/PART/9/mark "
                  "withdraw/VERB/5/advcl"}),
            V{"CAN>RUS:0256"});
  // Nor one filed or put forward: the one that puts it forward speaks through it ("Denmark filed a resolution
  // denouncing ...").
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj filed|file/VERB/0/root a/DET/4/det resolution/NOUN/2/obj "
                  "calling|call/VERB:VBG/4/acl on/ADP/7/case Russia/PROPN/5/obl to/PART/9/mark "
                  "withdraw/VERB/5/advcl"}),
            V{"CAN>RUS:0256"});
  // Not whoever merely mentions it: "Canada recalled a resolution calling on Russia to withdraw".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj recalled|recall/VERB/0/root a/DET/4/det resolution/NOUN/2/obj "
                  "calling|call/VERB:VBG/4/acl on/ADP/7/case Russia/PROPN/5/obl to/PART/9/mark "
                  "withdraw/VERB/5/advcl"}),
            V{});
  // "Canadian troops composed of units attacked Russia", "attacked" hung on "composed": the troops attacked.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/0/root composed|compose/VERB:VBN/2/acl of/ADP/5/case "
                  "units|unit/NOUN/3/obl attacked|attack/VERB:VBD/3/advcl Russia/PROPN/6/obj"}),
            V{"CANMIL>RUS:190"});
  // "the Canadian president, arriving in Ukraine, said": a participle set off by a comma is its noun's act; right
  // after the noun it more often tells what the noun does at all or did once ("a warship leaving 79 missing").
  EXPECT_EQ(code({"the/DET/3/det Canadian/ADJ/3/amod president/NOUN/0/root ,/PUNCT/5/punct "
                  "arriving|arrive/VERB:VBG/3/acl in/ADP/7/case Ukraine/PROPN/5/obl"}),
            V{"CANGOV>UKR:042"});
  EXPECT_EQ(code({"the/DET/3/det Canadian/ADJ/3/amod president/NOUN/0/root arriving|arrive/VERB:VBG/3/acl "
                  "in/ADP/6/case Ukraine/PROPN/4/obl"}),
            V{});
  // Not a plural, which is more often a gerund split from its noun: "a Canadian officials meeting in Kyiv".
  EXPECT_EQ(code({"a/DET/3/det Canadian/ADJ/3/amod officials|official/NOUN:NNS/0/root meeting|meet/VERB:VBG/3/acl "
                  "in/ADP/6/case Kyiv/PROPN/4/obl"}),
            V{});
  // A participle hung there is no finite clause of the noun's own: no doer.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/0/root composed|compose/VERB:VBN/2/acl of/ADP/5/case "
                  "units|unit/NOUN/3/obl attacked|attack/VERB:VBN/3/advcl Russia/PROPN/6/obj"}),
            V{});
}

TEST(EventCoder, NominalAttacksWithTheirOwnerAndTarget) {
  // "Canada renewed its condemnation on Monday of Russia's verbal attacks on Ukraine", the of-phrase hung on the day:
  // Canada criticises Russia; Russia's verbal attacks are criticism of Ukraine, not force.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj renewed|renew/VERB/0/root its/PRON/4/nmod:poss condemnation/NOUN/2/obj "
                  "on/ADP/6/case Monday/PROPN/2/obl of/ADP/11/case Russia/PROPN/11/nmod:poss 's/PART/8/case "
                  "verbal/NOUN/11/compound attacks|attack/NOUN/6/nmod on/ADP/13/case Ukraine/PROPN/11/nmod"}),
            (V{"CAN>RUS:111", "RUS>UKR:111"}));
  // Without "verbal", Russia's attacks on Ukraine are force.
  EXPECT_EQ(code({"Russia/PROPN/3/nmod:poss 's/PART/1/case attacks|attack/NOUN/0/root on/ADP/5/case "
                  "Ukraine/PROPN/3/nmod"}),
            V{"RUS>UKR:190"});
  // "which is the deadliest attack on Ukraine": what the attack is said to be is not its doer.
  EXPECT_EQ(code({"Russia/PROPN/0/root ,/PUNCT/7/punct which/PRON:WDT/7/nsubj is|be/AUX/7/cop the/DET/7/det "
                  "deadliest/ADJ/7/amod attack/NOUN/1/acl:relcl on/ADP/9/case Ukraine/PROPN/7/nmod"}),
            V{});
  // A country adjective's conventional force is its military's: "Russian attacks on Ukraine".
  EXPECT_EQ(code({"Russian/ADJ/2/amod attacks|attack/NOUN/0/root on/ADP/4/case Ukraine/PROPN/2/nmod"}),
            V{"RUSMIL>UKR:190"});
  // Force aimed at a thing strikes the place it is in: "a Russian airstrike on a convoy in Ukraine".
  EXPECT_EQ(code({"a/DET/3/det Russian/ADJ/3/amod airstrike/NOUN/0/root on/ADP/6/case a/DET/6/det convoy/NOUN/3/nmod "
                  "in/ADP/8/case Ukraine/PROPN/6/nmod"}),
            V{"RUSMIL>UKR:195"});
  EXPECT_EQ(code({"a/DET/3/det Russian/ADJ/3/amod airstrike/NOUN/0/root on/ADP/6/case a/DET/6/det convoy/NOUN/3/nmod"}),
            V{"RUSMIL>-:195"});
  // "the attacks on Ukraine" name no attacker: not coded.
  EXPECT_EQ(code({"the/DET/2/det attacks|attack/NOUN/0/root on/ADP/4/case Ukraine/PROPN/2/nmod"}), V{});
}

TEST(EventCoder, ACountryBeforeAnOwnedVisitIsItsDestination) {
  // "Trudeau's Ukraine visit": Trudeau visits Ukraine, not Ukraine anyone.
  EXPECT_EQ(code({"Trudeau/PROPN/5/nmod:poss 's/PART/1/case first/ADJ/5/amod Ukraine/PROPN/5/compound "
                  "visit/NOUN/0/root"}),
            V{"CANGOV>UKR:042"});
  // "the Ukraine visit": no visitor named.
  EXPECT_EQ(code({"the/DET/3/det Ukraine/PROPN/3/compound visit/NOUN/0/root"}), V{});
}

TEST(EventCoder, AReducedPassiveActsOnTheNounItModifies) {
  // "Ukraine, attacked by Russia, resisted": Russia attacked it.
  EXPECT_EQ(code({"Ukraine/PROPN/5/nsubj attacked|attack/VERB:VBN/1/acl by/ADP/4/case "
                  "Russia/PROPN/2/obl:agent resisted|resist/VERB/0/root"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, AuxiliariesAreNeverEvents) {
  // "would" and "will" are auxiliaries; "cooperate" is the verb.
  EXPECT_EQ(code({"Canada/PROPN/3/nsubj will/AUX/3/aux cooperate/VERB/0/root"}), V{"CAN>-:030"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj would/AUX/0/root"}), V{});
}

TEST(EventCoder, OneEventPerDyadAndCodeInASentence) {
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj and/CCONJ/5/cc "
                  "attacked|attack/VERB/2/conj Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, SameActorOnBothSidesIsNoEvent) {
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Moscow/PROPN/2/obj"}), V{});
}

// A document holding one hand-built sentence, published on the tests' usual date.
Document document_of(const Sentence& s) {
  Document doc;
  doc.id = "t";
  doc.published = "2022-01-19";
  doc.text = s.text;
  return doc;
}

TEST(EventCoder, MalformedTreesDoNotHang) {
  // A cycle between two words and a head beyond the sentence (built unchecked: tree() refuses such a spec).
  Sentence s = tree("Russia/PROPN/2/nsubj attacked|attack/VERB/1/root Ukraine/PROPN/9/obj", /*check=*/false);
  const Document doc = document_of(s);
  EventCoder coder(lex());
  coder.start_document(doc);
  std::vector<Event> events;
  EXPECT_NO_THROW({
    coder.may_hold_event(s);
    coder.code_sentence(s, 0, events);
  });
}

TEST(EventCoder, CodesWithTheFormsThePreFilterEncoded) {
  // The pre-filter sees the tokens before the tagger lemmatizes them ("condemned" still its own lemma); the coder,
  // given the forms' ids it found, looks up only the parsed lemmas and codes what a full encoding codes.
  Sentence parsed = tree("Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root Ukraine/PROPN/2/obj");
  Sentence tokens = parsed;
  for (Word& w : tokens.words) w.lemma = w.form;
  const Document doc = document_of(parsed);
  EventCoder coder(lex());
  coder.start_document(doc);
  ASSERT_TRUE(coder.may_hold_event(tokens));
  const std::vector<uint32_t> forms = coder.keys().forms;
  const uint32_t guessed = coder.keys().lemmas[1];
  std::vector<Event> given, whole;
  coder.code_sentence(parsed, 0, forms, given);
  EXPECT_NE(coder.keys().lemmas[1], guessed);  // "condemn", not "condemned"
  EXPECT_EQ(coder.keys().forms, forms);
  coder.start_document(doc);
  coder.code_sentence(parsed, 0, whole);
  ASSERT_EQ(given.size(), 1u);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(given[0].cameo, whole[0].cameo);
  EXPECT_EQ(given[0].source.code + ">" + given[0].target->code, "RUS>UKR");
}

TEST(EventCoder, ATwoWordPrepositionMatchesOnlyWhole) {
  // "out_of:" asks for "out" with "of" fixed to it: "pulled out of Ukraine", not "out" alone nor "out of" beside
  // another word fixed to it.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj pulled|pull/VERB/0/root out/ADP/5/case of/ADP/3/fixed Ukraine/PROPN/2/obl"}),
            V{"RUS>UKR:0874"});
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj pulled|pull/VERB/0/root out/ADP/4/case Ukraine/PROPN/2/obl"}), V{});
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj pulled|pull/VERB/0/root out/ADP/6/case of/ADP/3/fixed here/ADV/3/fixed "
                  "Ukraine/PROPN/2/obl"}),
            V{});
}

TEST(EventCoder, ARepeatedByIsASecondDoerOfAPassive) {
  // "Ukraine was condemned by Russia and by Canada": the parse hangs the second by-phrase on the verb as a conjunct.
  EXPECT_EQ(code({"Ukraine/PROPN/3/nsubj:pass was|be/AUX/3/aux:pass condemned|condemn/VERB/0/root by/ADP/5/case "
                  "Russia/PROPN/3/obl:agent and/CCONJ/8/cc by/ADP/8/case Canada/PROPN/3/conj"}),
            (V{"RUS>UKR:111", "CAN>UKR:111"}));
}

TEST(EventCoder, AMeasureAgainstAnotherIsAimedAtIt) {
  // "Canada rejected Russian sanctions against Ukraine": the adjective says whose the sanctions are, "against" whom
  // they are aimed; an act on them is aimed there too.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj rejected|reject/VERB/0/root Russian/ADJ/4/amod sanctions|sanction/NOUN:NNS/2/obj "
                  "against/ADP/6/case Ukraine/PROPN/4/nmod"}),
            V{"CAN>UKR:120"});
  // Not at the doer's own country: "Ukraine rejected Russian sanctions against Kyiv" is aimed at Russia.
  EXPECT_EQ(code({"Ukraine/PROPN/2/nsubj rejected|reject/VERB/0/root Russian/ADJ/4/amod sanctions|sanction/NOUN:NNS/2/obj "
                  "against/ADP/6/case Kyiv/PROPN/4/nmod"}),
            V{"UKR>RUS:120"});
}

TEST(EventCoder, ATripForTalksIsAimedAtThePartnersItIsFor) {
  // "Trudeau arrived in Kyiv for talks with Ukrainian officials": the partners, of the country visited, say more
  // than the city. Partners of another country leave the place as the target.
  std::vector<std::string> same = code({"Trudeau/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Kyiv/PROPN/2/obl "
                                        "for/ADP/6/case talks|talk/NOUN:NNS/2/obl with/ADP/9/case Ukrainian/ADJ/9/amod "
                                        "officials|official/NOUN:NNS/6/nmod"});
  EXPECT_NE(std::find(same.begin(), same.end(), "CANGOV>UKRGOV:042"), same.end()) << ::testing::PrintToString(same);
  EXPECT_EQ(std::find(same.begin(), same.end(), "CANGOV>UKR:042"), same.end()) << ::testing::PrintToString(same);
  std::vector<std::string> other = code({"Trudeau/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Kyiv/PROPN/2/obl "
                                         "for/ADP/6/case talks|talk/NOUN:NNS/2/obl with/ADP/9/case Russian/ADJ/9/amod "
                                         "officials|official/NOUN:NNS/6/nmod"});
  EXPECT_NE(std::find(other.begin(), other.end(), "CANGOV>UKR:042"), other.end()) << ::testing::PrintToString(other);
}

}  // namespace
}  // namespace vigil::coding

namespace vigil::coding {
namespace {

TEST(EventCoder, ADemonstrativeObjectPointsBackToTheLastDoer) {
  // "Canada warned its citizens. Russia condemned these warnings." -> Russia condemned Canada.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root these/DET/4/det warnings|warning/NOUN/2/obj"}),
            (V{"CAN>UKR:190", "RUS>CAN:111"}));
  // Within one sentence there is nothing earlier to point to.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root these/DET/4/det warnings|warning/NOUN/2/obj"}),
            V{"RUS>-:111"});
}

}  // namespace
}  // namespace vigil::coding

namespace vigil::coding {
namespace {

const lexicon::Gazetteer& places() {
  static const lexicon::Gazetteer g = [] {
    std::istringstream in(
        "city\tKharkiv\tUKR\tKharkiv\t49.98\t36.25\t1430885\t-\n"
        "city\tGeneva\tCHE\tGeneva\t46.20\t6.14\t183981\t-\n"
        "city\tGeneva\tUSA\tIllinois\t41.88\t-88.30\t21806\t-\n"
        "city\tTripoli\tLBY\tTripoli\t32.88\t13.18\t1150989\t-\n"
        "city\tTripoli\tLBN\tNorth\t34.43\t35.84\t530000\t-\n"
        "city\tAbe\tJPN\tTokyo\t35.0\t139.0\t150000\t-\n"
        "city\tSmallton\tUKR\tKharkiv\t49.0\t36.0\t20000\t-\n");
    return lexicon::Gazetteer::read(in, "inline");
  }();
  return g;
}

TEST(EventCoder, APlaceBeforeARoleGivesItThePlacesCountry) {
  // "Canada condemned Kharkiv rebel groups": the rebels of that place, though the sentence names another country.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Kharkiv/PROPN/4/compound "
                  "rebel/NOUN/5/compound groups|group/NOUN/2/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"CAN>UKRREB:111"});
}

TEST(EventCoder, TheCityIsTheCityNamedBefore) {
  // "Russian troops attacked Kharkiv. Russian troops entered the city."
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root Kharkiv/PROPN/3/obj",
                  "Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root the/DET/5/det city/NOUN/3/obj"},
                 "2022-03-01", nullptr, &places()),
            (V{"RUSMIL>UKR:190", "RUSMIL>UKR:190"}));
  // With no city named before, "the city" is no one.
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root the/DET/5/det city/NOUN/3/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"RUSMIL>-:190"});
}

TEST(EventCoder, ACityStandsForItsCountryAsTarget) {
  const char* shelled = "Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root Kharkiv/PROPN/3/obj";
  EXPECT_EQ(code({shelled}, "2022-03-01", nullptr, &places()), V{"RUSMIL>UKR:190"});
  EXPECT_EQ(code({shelled}), V{"RUSMIL>-:190"});  // without a gazetteer, only dictionary names
  // A small town, or a name two countries share with no clear winner, says no country.
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root Smallton/PROPN/3/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"RUSMIL>-:190"});
  // ... unless the words before say it is a place: "the town of Smallton".
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root the/DET/5/det town/NOUN/3/obj "
                  "of/ADP/7/case Smallton/PROPN/5/nmod"},
                 "2022-03-01", nullptr, &places()),
            V{"RUSMIL>UKR:190"});
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root Tripoli/PROPN/3/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"RUSMIL>-:190"});
  // Part of a longer name is no place: "Shinzo Abe".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Shinzo/PROPN/2/obj Abe/PROPN/3/flat"}, "2022-03-01",
                 nullptr, &places()),
            V{"RUS>-:190"});
}

TEST(EventCoder, ACityIsNeverTheDoerNorAMeetingsCounterpart) {
  // "Kharkiv attacked ..." names no doer; "met in Geneva" names where, not whom.
  EXPECT_EQ(code({"Kharkiv/PROPN/2/nsubj attacked|attack/VERB/0/root Russia/PROPN/2/obj"}, "2022-03-01", nullptr,
                 &places()),
            V{});
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj met|meet/VERB/0/root in/ADP/4/case Geneva/PROPN/2/obl"}, "2022-03-01", nullptr,
                 &places()),
            V{"RUS>-:040"});
  // A country after "in" is where a meeting happens, but what a visit is to.
  EXPECT_EQ(code({"Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj negotiated|negotiate/VERB/0/root "
                  "in/ADP/6/case Belarus/PROPN/4/obl"}),
            (V{"RUS>UKR:046", "UKR>RUS:046"}));
}

TEST(EventCoder, NestedPlacesOfTheActGiveTheDoerTheirCountry) {
  // "Protesters marched in two towns in eastern Ukraine": the country is where the act happens.
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj marched|march/VERB/0/root in/ADP/5/case two/NUM/5/nummod "
                  "towns|town/NOUN/2/obl in/ADP/8/case eastern/ADJ/8/amod Ukraine/PROPN/5/nmod"}),
            V{"UKRCVL>-:141"});
  // Not a country below something that is no place of the act: "marched against the talks in Ukraine".
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj marched|march/VERB/0/root against/ADP/5/case the/DET/5/det "
                  "talks|talk/NOUN/2/obl in/ADP/7/case Ukraine/PROPN/5/nmod"}),
            V{});
}

TEST(EventCoder, ARoleNounTakesTheCountryOfThePlaceItIsIn) {
  // "Police in Kharkiv detained protesters": both belong to the one country the sentence names.
  EXPECT_EQ(code({"police/NOUN/4/nsubj in/ADP/3/case Kharkiv/PROPN/1/nmod detained|detain/VERB/0/root "
                  "protesters|protester/NOUN/4/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"UKRCOP>UKRCVL:173"});
  // A city is where things happen, wherever it hangs ("attacked police covering talks in Kharkiv"); a country deep
  // in the object is only what the act is about.
  EXPECT_EQ(code({"protesters|protester/NOUN/2/nsubj attacked|attack/VERB/0/root police/NOUN/2/obj "
                  "covering|cover/VERB/3/acl talks|talk/NOUN/4/obj in/ADP/7/case Kharkiv/PROPN/5/nmod"},
                 "2022-03-01", nullptr, &places()),
            V{"UKRCVL>UKRCOP:190"});
  EXPECT_EQ(code({"protesters|protester/NOUN/2/nsubj attacked|attack/VERB/0/root police/NOUN/2/obj "
                  "covering|cover/VERB/3/acl talks|talk/NOUN/4/obj in/ADP/7/case Ukraine/PROPN/5/nmod"}),
            V{});
  // Not from the target's country: "protesters condemned Russia" are not Russian.
  EXPECT_EQ(code({"protesters|protester/NOUN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"}), V{});
}

TEST(EventCoder, ARoleNounBelongsToTheBodyItSpeaksFor) {
  // "a spokesman for the Wagner group" -> the group's own code; "the president of Ukraine" -> UKR + GOV.
  EXPECT_EQ(code({"official/NOUN/4/nsubj for/ADP/3/case Wagner/PROPN/1/nmod condemned|condemn/VERB/0/root "
                  "Russia/PROPN/4/obj"}),
            V{"RUSUAF>RUS:111"});
  EXPECT_EQ(code({"president/NOUN/4/nsubj of/ADP/3/case Ukraine/PROPN/1/nmod condemned|condemn/VERB/0/root "
                  "Russia/PROPN/4/obj"}),
            V{"UKRGOV>RUS:111"});
}

TEST(EventCoder, CoordinatedAdjectivesOnOneRoleNameAnActorEach) {
  // "Russian and Ukrainian troops attacked ...": the parser hangs the second adjective under the first.
  EXPECT_EQ(code({"Russian/ADJ/4/amod and/CCONJ/3/cc Ukrainian/ADJ/1/conj troops/NOUN/5/nsubj "
                  "negotiated|negotiate/VERB/0/root"}),
            (V{"UKRMIL>RUSMIL:046", "RUSMIL>UKRMIL:046"}));
}

TEST(EventCoder, AWrongLemmaFallsBackToTheRegularStems) {
  // The lemmatizer guessed "attac" for an unseen "attacked": the verb is still found.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attac/VERB:VBD/0/root Ukraine/PROPN/2/obj"}), V{"RUS>UKR:190"});
  // Only for verbs: a noun keeps its lemma.
  EXPECT_EQ(regular_verb_stems("Shelled"), (V{"shell", "shelle", "shel"}));
  EXPECT_EQ(regular_verb_stems("blockaded"), (V{"blockad", "blockade"}));
  EXPECT_EQ(regular_verb_stems("stopped"), (V{"stopp", "stoppe", "stop"}));
  EXPECT_EQ(regular_verb_stems("carried"), (V{"carry", "carri", "carrie"}));
  EXPECT_EQ(regular_verb_stems("shelling"), (V{"shell", "shelle", "shel"}));
  EXPECT_EQ(regular_verb_stems("go"), V{});
}

TEST(EventCoder, AnObjectControlsTheInfinitive) {
  // "Canada asked Russia to attack Ukraine": Russia would be the attacker, not Canada; the parser may make the one
  // object an iobj.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj asked|ask/VERB/0/root Russia/PROPN/2/obj to/PART/5/mark attack/VERB/2/xcomp "
                  "Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj asked|ask/VERB/0/root Russia/PROPN/2/iobj to/PART/5/mark attack/VERB/2/xcomp "
                  "Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
  // "accused Russia of attacking Ukraine", the gerund taken for an adverbial clause (an act blamed with "condemned
  // ... for" is the condemner's charge only: AnActBlamedOnSomeoneIsTheBlamersChargeNotTheirAct).
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj accused|accuse/VERB/0/root Russia/PROPN/2/obj of/SCONJ/5/mark "
                  "attacking|attack/VERB/2/advcl Ukraine/PROPN/5/obj"}),
            (V{"CAN>RUS:112", "RUS>UKR:190"}));
  // With no object the subject acts: "Canada decided to attack Russia".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj decided|decide/VERB/0/root to/PART/4/mark attack/VERB/2/xcomp "
                  "Russia/PROPN/4/obj"}),
            V{"CAN>RUS:190"});
}

TEST(EventCoder, ASentenceNamingNoCountryBelongsToTheStorysFirstDoer) {
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj attacked|attack/VERB/0/root Russia/PROPN/2/obj",
                  "police/NOUN/2/nsubj detained|detain/VERB/0/root protesters|protester/NOUN/2/obj"}),
            (V{"CAN>RUS:190", "CANCOP>CANCVL:173"}));
}

TEST(EventCoder, AFiniteVerbHungFromANounTakesTheActorBeforeIt) {
  // The parser made "attacked" a clause on "Thousands" ("Thousands of Canadian troops attacked Ukraine").
  EXPECT_EQ(code({"Thousands|thousand/NOUN/0/root of/ADP/4/case Canadian/ADJ/4/amod troops/NOUN/1/nmod "
                  "attacked|attack/VERB:VBD/1/acl Ukraine/PROPN/5/obj"}),
            V{"CANMIL>UKR:190"});
  // Not a participle: "the troops sent to Ukraine" names no sender.
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/0/root sent|send/VERB:VBN/2/acl to/ADP/5/case Ukraine/PROPN/3/obl"}), V{});
}

TEST(EventCoder, AShowOfForceNearABorderIsAimedAcrossIt) {
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj massed|mass/VERB/0/root near/ADP/7/case the/DET/7/det "
                  "Ukrainian/ADJ/7/amod border/NOUN/3/obl"}),
            V{"RUSMIL>UKR:150"});
  // Also past a role noun of no country: "massed forces near the Ukrainian border".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj massed|mass/VERB/0/root troops/NOUN/2/obj near/ADP/7/case the/DET/7/det "
                  "Ukrainian/ADJ/7/amod border/NOUN/3/nmod"}),
            V{"RUS>UKR:150"});
}

TEST(EventCoder, OfOverlappingNamesTheOneReachingFurtherWins) {
  // "The UN Security Council", not "The UN" followed by "Security Council".
  EXPECT_EQ(code({"The/DET/4/det UN/PROPN/4/compound Security/PROPN/4/compound Council/PROPN/5/nsubj "
                  "condemned|condemn/VERB/0/root Russia/PROPN/5/obj"}),
            V{"IGOUNOSEC>RUS:111"});
  EXPECT_EQ(code({"The/DET/2/det UN/PROPN/3/nsubj condemned|condemn/VERB/0/root Russia/PROPN/3/obj"}), V{"IGOUNO>RUS:111"});
}

TEST(EventCoder, TurningDownARequestReportsTheRequestToo) {
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj rejected|reject/VERB/0/root a/DET/5/det Russian/ADJ/5/amod request/NOUN/2/obj"}),
            (V{"CAN>RUS:120", "RUS>CAN:020"}));
  // "despite appeals from Ukraine".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj rejected|reject/VERB/0/root it/PRON/2/obj despite/ADP/5/case "
                  "appeals|appeal/NOUN/2/obl from/ADP/7/case Ukraine/PROPN/5/nmod"}),
            (V{"CAN>-:120", "UKR>CAN:020"}));
  EXPECT_EQ(requested_act_code("offer"), "030");
  EXPECT_EQ(requested_act_code("report"), "");
}

TEST(EventCoder, ForcesDeployedInThePassiveAreTheDoers) {
  EXPECT_EQ(code({"Canadian/ADJ/3/amod special/ADJ/3/amod forces|force/NOUN/5/nsubj:pass were|be/AUX/5/aux:pass "
                  "deployed|deploy/VERB/0/root to/ADP/7/case Ukraine/PROPN/5/obl"}),
            V{"CANMIL>UKR:074"});
  // Not for other acts: "Canadian troops were attacked" names no attacker.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/4/nsubj:pass were|be/AUX/4/aux:pass attacked|attack/VERB/0/root"}), V{});
}

TEST(EventCoder, ATargetFromAnEarlierSentenceIsNotLookedUpInThisOne) {
  // The doer of the earlier act is word 6 there; this sentence has four words (a crash once, under ASan an error).
  EXPECT_EQ(code({"In/ADP/2/case March/PROPN/7/obl last/ADJ/4/amod year/NOUN/2/nmod ,/PUNCT/7/punct "
                  "Canada/PROPN/7/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/7/obj",
                  "Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root these/DET/4/det attacks|attack/NOUN/2/obj"}),
            (V{"CAN>UKR:190", "RUS>CAN:111"}));
}

TEST(EventCoder, ABareObliqueAfterTheVerbIsItsObject) {
  // "Canada condemned Russian troops" with the object taken for an oblique (no preposition); a day is no object.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Russian/ADJ/4/amod troops/NOUN/2/obl"}),
            V{"CAN>RUSMIL:111"});
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj condemned|condemn/VERB/0/root Monday/PROPN/2/obl"}), V{"CAN>-:111"});
}

TEST(EventCoder, APronounForTheSourceLeavesTheEventWithoutTarget) {
  // "Russia condemned that it ...": a target that is the source again through a pronoun.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root it/PRON/2/obj"}),
            (V{"RUS>UKR:190", "RUS>-:111"}));
}

TEST(EventCoder, ABareNounComplementIsTheObject) {
  // "Russia called up troops" with the object parsed as an xcomp.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj called|call/VERB/0/root up/ADP/2/compound:prt troops/NOUN/2/xcomp"}),
            V{"RUS>-:154"});
}

TEST(EventCoder, EachConjunctOfTheObjectMatchesPatterns) {
  // "signed a trade and [investment] agreement with Ukraine", parsed as objects "trade" and "agreement".
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj signed|sign/VERB/0/root a/DET/4/det trade/NOUN/2/obj and/CCONJ/6/cc "
                  "agreement/NOUN/4/conj with/ADP/8/case Ukraine/PROPN/4/nmod"}),
            V{"CAN>UKR:057"});
}

TEST(EventCoder, TheDoersOfAGroupAreThoseCounted) {
  EXPECT_EQ(code({"A/DET/2/det group/NOUN/6/nsubj of/ADP/5/case Russian/ADJ/5/amod protesters|protester/NOUN/2/nmod "
                  "marched|march/VERB/0/root"}),
            V{"RUSCVL>-:141"});
}

TEST(EventCoder, ACapitalAfterInIsWhereTheActHappens) {
  // "Authorities in Moscow detained protesters": the city is the doers' place, not the target.
  EXPECT_EQ(code({"Authorities|authority/NOUN/4/nsubj in/ADP/3/case Moscow/PROPN/1/nmod detained|detain/VERB/0/root "
                  "protesters|protester/NOUN/4/obj"}),
            V{"RUSGOV>RUSCVL:173"});
  EXPECT_EQ(code({"Authorities|authority/NOUN/4/nsubj in/ADP/3/case Moscow/PROPN/4/obl detained|detain/VERB/0/root "
                  "protesters|protester/NOUN/4/obj"}),
            V{"RUSGOV>RUSCVL:173"});
  // A visit to a capital is a visit to its country.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Kyiv/PROPN/2/obl"}), V{"RUS>UKR:042"});
}

TEST(EventCoder, ForcesArrivingInACapitalAreSentToItsCountry) {
  // "Canadian troops landed in Kyiv": forces arriving (074) are aimed at the city's country, as a visit is; the city
  // is not only where the act happens.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/3/nsubj landed|land/VERB/0/root in/ADP/5/case Kyiv/PROPN/3/obl"}),
            V{"CANMIL>UKR:074"});
  // Anyone else landing there visits.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj landed|land/VERB/0/root in/ADP/4/case Kyiv/PROPN/2/obl"}), V{"CANGOV>UKR:042"});
}

TEST(EventCoder, AFiniteVerbHungOnARootNounHasThatNounForSubject) {
  // "Canadian troops landed in Kyiv" parsed with "troops" the root and "landed" a clause of it: a finite verb is no
  // reduced relative, so "troops" is the subject its patterns ask for (subj:&FORCES, 074), not a visitor (042).
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/0/root landed|land/VERB:VBD/2/acl in/ADP/5/case Kyiv/PROPN/3/obl"}),
            V{"CANMIL>UKR:074"});
  // A participle is a reduced relative: "troops landed in Kyiv" as a phrase ("the troops landed in Kyiv last year")
  // asserts no act of its own here.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/0/root landed|land/VERB:VBN/2/acl in/ADP/5/case Kyiv/PROPN/3/obl"}),
            V{});
}

TEST(EventCoder, ANameAfterATemporalPrepositionIsTheSubjectOfTheVerbAfterIt) {
  // "Canada waited after Russia attacked Ukraine" parsed with "after Russia" a prepositional phrase and "attacked"
  // a conjunct with nothing to join it: "after" is a subordinator there, and Russia attacks.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj waited|wait/VERB/0/root after/ADP/4/case Russia/PROPN/2/obl "
                  "attacked|attack/VERB:VBD/2/conj Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
  // A conjunct joined by "and" is the first subject's second act.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj waited|wait/VERB/0/root after/ADP/4/case Russia/PROPN/2/obl and/CCONJ/6/cc "
                  "attacked|attack/VERB:VBD/2/conj Ukraine/PROPN/6/obj"}),
            V{"CAN>UKR:190"});
}

TEST(EventCoder, ABareNounComplementCarriesTheVerbsPrepositions) {
  // "Ukraine became the 31st member of the UN": "member" is an xcomp (no copula, no preposition) standing where an
  // object would; its of-phrase is matched as the verb's.
  EXPECT_EQ(code({"Ukraine/PROPN/2/nsubj became|become/VERB/0/root the/DET/5/det 31st/ADJ/5/amod "
                  "member/NOUN/2/xcomp of/ADP/8/case the/DET/8/det UN/PROPN/5/nmod"}),
            V{"UKR>IGOUNO:057"});
  // With a copula it is a predicate, not an object: "Ukraine is a member of the UN" is no act.
  EXPECT_EQ(code({"Ukraine/PROPN/4/nsubj is|be/AUX/4/cop a/DET/4/det member/NOUN/0/root of/ADP/7/case the/DET/7/det "
                  "UN/PROPN/4/nmod"}),
            V{});
}

TEST(EventCoder, AnActWithNoNamedDoerIsDoneByWhomItsReporterBlames) {
  // "Troops attacked Kyiv, Ukraine said, blaming Russia": the troops have no country; the one blamed is the doer.
  EXPECT_EQ(code({"Troops|troops/NOUN/2/nsubj attacked|attack/VERB/0/root Kyiv/PROPN/2/obj ,/PUNCT/6/punct "
                  "Ukraine/PROPN/6/nsubj said|say/VERB/2/parataxis ,/PUNCT/8/punct blaming|blame/VERB/6/advcl "
                  "Russia/PROPN/8/obj ./PUNCT/2/punct"}),
            V{"RUS>UKR:190"});
  // A doer named stays the doer, whoever is blamed.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops/NOUN/3/nsubj attacked|attack/VERB/0/root Kyiv/PROPN/3/obj ,/PUNCT/7/punct "
                  "Ukraine/PROPN/7/nsubj said|say/VERB/3/parataxis ,/PUNCT/9/punct blaming|blame/VERB/7/advcl "
                  "Russia/PROPN/9/obj ./PUNCT/3/punct"}),
            V{"CANMIL>UKR:190"});
}

TEST(EventCoder, AThreatIsAimedAtWhomTheWarnedActIs) {
  // "Russia warned that it would cut gas supplies to Ukraine": the warning is a threat against Ukraine.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj warned|warn/VERB/0/root that/SCONJ/6/mark it/PRON/6/nsubj would/AUX/6/aux "
                  "cut/VERB/2/ccomp gas/NOUN/8/compound supplies|supply/NOUN/6/obj to/ADP/10/case "
                  "Ukraine/PROPN/8/nmod"}),
            V{"RUS>UKR:1312"});
}

TEST(EventCoder, TensOfThousandsOfProtestersAreTheDoers) {
  EXPECT_EQ(code({"Tens|ten/NOUN/7/nsubj of/ADP/3/case thousands|thousand/NOUN/1/nmod of/ADP/6/case "
                  "Russian/ADJ/6/amod protesters|protester/NOUN/3/nmod marched|march/VERB/0/root"}),
            V{"RUSCVL>-:141"});
}

TEST(EventCoder, ACityMarchedThroughGivesTheMarchersItsCountry) {
  // "Protesters marched through Kyiv": the route is where they act, as "in Kyiv" would be.
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj marched|march/VERB/0/root through/ADP/4/case Kyiv/PROPN/2/obl"}),
            V{"UKRCVL>-:141"});
  // A place only talked about is not where they act: "marched against Kyiv's plan" leaves them countryless.
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj marched|march/VERB/0/root against/ADP/7/case Kyiv/PROPN/7/nmod:poss "
                  "'s/PART/4/case new/ADJ/7/amod plan/NOUN/2/obl"}),
            V{});
}

TEST(EventCoder, ForceTakesTheCountryOfWhereItIsDone) {
  // "Protesters attacked Ukrainian troops near Kyiv": what an act is done near is where it is done.
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj attacked|attack/VERB/0/root Ukrainian/ADJ/4/amod "
                  "troops|troop/NOUN/2/obj near/ADP/6/case Kyiv/PROPN/2/obl"}),
            V{"UKRCVL>UKRMIL:190"});
  // "Protesters attacked troops in Ukraine": force is done where its object stands.
  EXPECT_EQ(code({"Protesters|protester/NOUN/2/nsubj attacked|attack/VERB/0/root troops|troop/NOUN/2/obj "
                  "in/ADP/5/case Ukraine/PROPN/3/nmod"}),
            V{"UKRCVL>UKRMIL:190"});
}

TEST(EventCoder, AVerbHungFromAPlaceHasNoDoerInThePlacesWords) {
  // A finite verb hung from a noun is a parse gone wrong after a long subject, its doer named in that noun's words
  // ("Russian troops, ..., attacked Kyiv")...
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops|troop/NOUN/0/root attacked|attack/VERB:VBD/2/acl Kyiv/PROPN/3/obj"}),
            V{"RUSMIL>UKR:190"});
  // ... but not when the noun is where something happened: "A blast in Ukraine's capital attacked civilians".
  EXPECT_EQ(code({"A/DET/2/det blast/NOUN/0/root in/ADP/6/case Ukraine/PROPN/6/nmod:poss 's/PART/4/case "
                  "capital/NOUN/2/nmod attacked|attack/VERB:VBD/6/acl civilians|civilian/NOUN/7/obj"}),
            V{});
}

TEST(EventCoder, AForceKnownByTheMarksItCarriesIsTheirOwners) {
  // "Troops bearing Wagner insignia attacked Kyiv": the insignia name whose troops they are.
  EXPECT_EQ(code({"Troops|troop/NOUN/5/nsubj bearing|bear/VERB/1/acl Wagner/PROPN/4/compound insignia/NOUN/2/obj "
                  "attacked|attack/VERB/0/root Kyiv/PROPN/5/obj"}),
            V{"RUSUAF>UKR:190"});
  // Marks of no one, or a carried thing that is no mark, name no owner.
  EXPECT_EQ(code({"Troops|troop/NOUN/5/nsubj bearing|bear/VERB/1/acl white/ADJ/4/amod flags|flag/NOUN/2/obj "
                  "attacked|attack/VERB/0/root Kyiv/PROPN/5/obj"}),
            V{});
  EXPECT_EQ(code({"Troops|troop/NOUN/5/nsubj carrying|carry/VERB/1/acl Wagner/PROPN/4/compound rifles|rifle/NOUN/2/obj "
                  "attacked|attack/VERB/0/root Kyiv/PROPN/5/obj"}),
            V{});
}

TEST(EventCoder, ForeignForcesNowInACountryWereSentThere) {
  // "Canadian troops are now in Ukraine": just arrived, as a deployment (074).
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops|troop/NOUN/6/nsubj are|be/AUX/6/cop now/ADV/6/advmod in/ADP/6/case "
                  "Ukraine/PROPN/0/root"}),
            V{"CANMIL>UKR:074"});
  // Without "now" a presence is a state; a country's own forces at home were sent nowhere.
  EXPECT_EQ(code({"Canadian/ADJ/2/amod troops|troop/NOUN/5/nsubj are|be/AUX/5/cop in/ADP/5/case Ukraine/PROPN/0/root"}),
            V{});
  EXPECT_EQ(code({"Ukrainian/ADJ/2/amod troops|troop/NOUN/6/nsubj are|be/AUX/6/cop now/ADV/6/advmod in/ADP/6/case "
                  "Ukraine/PROPN/0/root"}),
            V{});
}

TEST(EventCoder, ACountryOnABorderIsTheNeighbourNotWhereTheActHappens) {
  // "Police detained protesters in Kyiv near the Russian border": a domestic story of Ukraine.
  EXPECT_EQ(code({"Police/NOUN/2/nsubj detained|detain/VERB/0/root protesters|protester/NOUN/2/obj in/ADP/5/case "
                  "Kyiv/PROPN/2/obl near/ADP/9/case the/DET/9/det Russian/ADJ/9/amod border/NOUN/2/obl"}),
            V{"UKRCOP>UKRCVL:173"});
  // Named alone, a border is no place the police's country can be read from.
  EXPECT_EQ(code({"Police/NOUN/2/nsubj detained|detain/VERB/0/root protesters|protester/NOUN/2/obj near/ADP/7/case "
                  "the/DET/7/det Russian/ADJ/7/amod border/NOUN/2/obl"}),
            V{});
}

TEST(EventCoder, TheCapitalIsTheCapitalNamedBefore) {
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Kyiv/PROPN/2/obj",
                  "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/4/det capital/NOUN/2/obj"}),
            (V{"RUS>UKR:190", "RUS>UKR:190"}));  // one event per sentence
  // Also a capital named as an owner: "Kyiv's mayor ... the capital".
  EXPECT_EQ(code({"Kyiv/PROPN/3/nmod:poss 's/PART/1/case president/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                  "Russia/PROPN/4/obj",
                  "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/4/det capital/NOUN/2/obj"}),
            (V{"UKRGOV>RUS:111", "RUS>UKR:190"}));
  // With no capital named before, "the capital" is no one.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/4/det capital/NOUN/2/obj"}), V{"RUS>-:190"});
}

TEST(EventCoder, WhoeverSentTheWeaponActsThroughIt) {
  // "Troops sent by Russia attacked Ukraine".
  EXPECT_EQ(code({"Troops|troops/NOUN/5/nsubj sent|send/VERB/1/acl by/ADP/4/case Russia/PROPN/2/obl:agent "
                  "attacked|attack/VERB/0/root Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, ACountryBeginningALongerNameIsNotTheCountry) {
  // The ship "Canada Eagle" is no Canadian target; off a coast is where a ship is, not whom it belongs to.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/4/det ship/NOUN/2/obj "
                  "Canada/PROPN/4/appos Eagle/PROPN/5/flat"}),
            V{"RUS>-:190"});
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root a/DET/4/det ship/NOUN/2/obj off/ADP/6/case "
                  "Ukraine/PROPN/4/nmod"}),
            V{"RUS>-:190"});
  // Nor is a role noun ending a name: the ship "Galaxy President" is no president, of Ukraine or anyone.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/6/det ship/NOUN/6/compound "
                  "Galaxy/PROPN/6/compound President/PROPN/2/obj in/ADP/8/case Ukraine/PROPN/2/obl"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, TheCountryIsTheCountryNamedBefore) {
  // "Canada's president declared martial law across the country": where Canada acts, not whom it acts on.
  EXPECT_EQ(code({"Canada/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root in/ADP/5/case the/DET/5/det country/NOUN/2/obl"}),
            (V{"CAN>UKR:190", "RUS>-:190"}));
  // The doer's own country: "Erdogan addressed the nation" (TURGOV -> TUR).
  EXPECT_EQ(code({"The/DET/3/det Russian/ADJ/3/amod president/NOUN/4/nsubj attacked|attack/VERB/0/root "
                  "the/DET/6/det country/NOUN/4/obj"}),
            (V{"RUSGOV>RUS:190"}));
  // When the doer is that country itself, the place names no target.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/4/det country/NOUN/2/obj"}), V{"RUS>-:190"});
}

TEST(EventCoder, HeIsNotAKnownPersonWhenAnUnknownOneIsCloser) {
  // "Trudeau attacked Ukraine. Smith said he attacked Russia": "he" is Smith, whom vigil does not know.
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Smith/PROPN/2/nsubj said|say/VERB/0/root he/PRON/4/nsubj attacked|attack/VERB/2/ccomp "
                  "Russia/PROPN/4/obj"}),
            V{"CANGOV>UKR:190"});
  // Nor in the next sentence: "Smith spoke. He attacked Russia."
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Smith/PROPN/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj",
                  "He/PRON/2/nsubj attacked|attack/VERB/0/root Russia/PROPN/2/obj"}),
            V{"CANGOV>UKR:190"});
  // A known person in between clears the way again.
  EXPECT_EQ(code({"Smith/PROPN/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj",
                  "Trudeau/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "He/PRON/2/nsubj attacked|attack/VERB/0/root Russia/PROPN/2/obj"}),
            (V{"CANGOV>UKR:190", "CANGOV>RUS:190"}));
}

TEST(EventCoder, ACountryAdjectiveOnACompoundOwnsTheNoun) {
  // "The Russian container ship attacked Ukraine": a Russian ship.
  EXPECT_EQ(code({"The/DET/4/det Russian/ADJ/3/amod container/NOUN/4/compound ship/NOUN/5/nsubj "
                  "attacked|attack/VERB/0/root Ukraine/PROPN/5/obj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, APassiveConjunctDoesNotBorrowItsHeadsSubject) {
  // "Russia attacked Ukraine and was condemned": Russia is condemned, not condemning.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj and/CCONJ/6/cc "
                  "was/AUX/6/aux:pass condemned|condemn/VERB/2/conj"}),
            V{"RUS>UKR:190"});
  // An active conjunct does: "Russia attacked Ukraine and condemned Canada".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj and/CCONJ/5/cc "
                  "condemned|condemn/VERB/2/conj Canada/PROPN/5/obj"}),
            (V{"RUS>UKR:190", "RUS>CAN:111"}));
}

}  // namespace
}  // namespace vigil::coding

namespace vigil::coding {
namespace {

TEST(EventCoderCompounds, AByAgentsConjunctsDoNotActOnEachOther) {
  // "The plan is supported by Canada and Britain": no target the coder knows, yet the two supporters do not support
  // each other; only acts both sides share (talks, fighting) run between coordinated actors.
  EXPECT_EQ(code({"The/DET/2/det plan/NOUN/4/nsubj:pass is|be/AUX/4/aux:pass supported|support/VERB/0/root "
                  "by/ADP/6/case Canada/PROPN/4/obl:agent and/CCONJ/8/cc Britain/PROPN/6/conj"}),
            (V{"CAN>-:051", "GBR>-:051"}));
  EXPECT_EQ(code({"Ukraine/PROPN/3/nsubj:pass is|be/AUX/3/aux:pass supported|support/VERB/0/root by/ADP/5/case "
                  "Canada/PROPN/3/obl:agent and/CCONJ/7/cc Britain/PROPN/5/conj"}),
            (V{"CAN>UKR:051", "GBR>UKR:051"}));
  EXPECT_EQ(code({"Canada/PROPN/4/nsubj and/CCONJ/3/cc Britain/PROPN/1/conj supported|support/VERB/0/root"}),
            (V{"CAN>-:051", "GBR>-:051"}))
      << "praise goes from one party to another, not both ways between the coordinated";
  EXPECT_EQ(code({"Canada/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj met|meet/VERB/0/root"}),
            (V{"CAN>UKR:040", "UKR>CAN:040"}));
}

TEST(EventCoder, TheyIsAGroupVigilCannotCodeWhenOneIsTheLastSubject) {
  // "Russia attacked Ukraine. Young people marched. They attacked Canada": "they" are the young people, not Russia.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "Young/ADJ/2/amod people/NOUN:NNS/3/nsubj marched|march/VERB/0/root",
                  "They/PRON/2/nsubj attacked|attack/VERB/0/root Canada/PROPN/2/obj"}),
            (V{"RUS>UKR:190"}));
  // Within one sentence the nearest subject decides: "Russia attacked Ukraine, and students said they attacked
  // Canada".
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ,/PUNCT/7/punct and/CCONJ/7/cc "
                  "students|student/NOUN:NNS/7/nsubj said|say/VERB/2/conj they/PRON/9/nsubj attacked|attack/VERB/7/ccomp "
                  "Canada/PROPN/9/obj"}),
            V{"RUS>UKR:190"});
  // "the two sides" are the actors named before, and a coded subject clears the way again.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj met|meet/VERB/0/root Ukraine/PROPN/2/obj",
                  "The/DET/3/det two/NUM/3/nummod sides|side/NOUN:NNS/4/nsubj talked|talk/VERB/0/root",
                  "They/PRON/2/nsubj attacked|attack/VERB/0/root Canada/PROPN/2/obj"}),
            (V{"RUS>UKR:040", "RUS>CAN:190"}));
  EXPECT_EQ(code({"Young/ADJ/2/amod people/NOUN:NNS/3/nsubj marched|march/VERB/0/root",
                  "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                  "They/PRON/2/nsubj attacked|attack/VERB/0/root Canada/PROPN/2/obj"}),
            (V{"RUS>UKR:190", "RUS>CAN:190"}));
}

TEST(EventCoder, ItIsNotANameThatOnlyModifiesANoun) {
  // "Russia said Canada sanctions hurt before it attacked Ukraine": "it" is Russia; "Canada" only says whose
  // sanctions.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj said|say/VERB/0/root Canada/PROPN/4/compound sanctions|sanction/NOUN/5/nsubj "
                  "hurt/VERB/2/ccomp before/SCONJ/8/mark it/PRON/8/nsubj attacked|attack/VERB/5/advcl "
                  "Ukraine/PROPN/8/obj"}),
            V{"RUS>UKR:190"});
}

TEST(EventCoder, NoOneCooperatesWithTheirOwnCountry) {
  // "Trudeau will meet in Canada" / "Trudeau negotiated with Canada and Ukraine": no act of Canada's toward Canada;
  // the other party stands. Force on one's own country is another matter ("Russian troops attacked Russia" is not
  // coded either way by this rule).
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Canada/PROPN/2/obj"}), V{"CANGOV>-:040"});
  EXPECT_EQ(code({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Canada/PROPN/2/obj and/CCONJ/5/cc Ukraine/PROPN/3/conj"}),
            V{"CANGOV>UKR:040"});
}

}  // namespace
}  // namespace vigil::coding

namespace vigil::coding {
namespace {

TEST(EventCoderCompounds, AFightOnABorderNamedByTwoCountriesIsBetweenThem) {
  // "Fighting on the Russian-Ukrainian border": with no doer named, the border's two sides fight each other.
  EXPECT_EQ(code({"Fighting|fighting/NOUN/0/root on/ADP/7/case the/DET/7/det Russian/ADJ/7/amod -/PUNCT/6/punct "
                  "Ukrainian/ADJ/7/amod border/NOUN/1/nmod"}),
            (V{"RUS>UKR:190", "UKR>RUS:190"}));
  // Two adjectives not joined by a hyphen are no pair of sides.
  EXPECT_EQ(code({"Fighting|fighting/NOUN/0/root on/ADP/6/case the/DET/6/det Russian/ADJ/6/amod "
                  "Ukrainian/ADJ/6/amod border/NOUN/1/nmod"}),
            V{});
  // One country's border names one side only: no pair to code.
  EXPECT_EQ(code({"Fighting|fighting/NOUN/0/root on/ADP/5/case the/DET/5/det Russian/ADJ/5/amod border/NOUN/1/nmod"}),
            V{});
  // A doer named on the act is not one of two sides fighting each other: "Russia fought on the Russian-Ukrainian
  // border" names no one it fought.
  EXPECT_EQ(code({"Russia/PROPN/2/nsubj fought|fight/VERB/0/root on/ADP/8/case the/DET/8/det Russian/ADJ/8/amod "
                  "-/PUNCT/7/punct Ukrainian/ADJ/8/amod border/NOUN/2/obl"}),
            V{});
}

TEST(EventCoder, ANamedPlaceTakenIsOccupiedNotArrested) {
  // "Russian troops captured Kharkiv": a town is taken, not arrested (192); people captured are detained (173).
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj captured|capture/VERB/0/root Kharkiv/PROPN/3/obj"},
                 "2022-03-01", nullptr, &places()),
            V{"RUSMIL>UKR:192"});
  EXPECT_EQ(code({"Russian/ADJ/2/amod troops/NOUN/3/nsubj captured|capture/VERB/0/root Ukrainian/ADJ/5/amod "
                  "troops/NOUN/3/obj"}),
            V{"RUSMIL>UKRMIL:173"});
}

TEST(EventCoder, ARoleNounThatOnlyDescribesAThingControlsNoComplement) {
  // "Georgian protesters wearing Russian police uniforms attacked Ukraine", the parse making "attacked" the
  // complement of "wearing": the uniforms' police are not who attacked.
  EXPECT_EQ(code({"Georgian/ADJ/2/amod protesters|protester/NOUN/3/nsubj wearing|wear/VERB/0/root "
                  "Russian/ADJ/5/amod police/NOUN/6/compound uniforms|uniform/NOUN/3/obj attacked|attack/VERB/3/xcomp "
                  "Ukraine/PROPN/7/obj ./PUNCT/3/punct"}),
            V{"GEOCVL>UKR:190"});
  // Police who are the object themselves still are: "ordered Russian police to attack".
  EXPECT_EQ(code({"Moscow/PROPN/2/nsubj ordered|order/VERB/0/root Russian/ADJ/4/amod police/NOUN/2/obj "
                  "to/PART/6/mark attack/VERB/2/xcomp Ukraine/PROPN/6/obj ./PUNCT/2/punct"}),
            V{"RUSCOP>UKR:190"});
}

}  // namespace
}  // namespace vigil::coding
