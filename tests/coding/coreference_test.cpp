// Story-level coreference on hand-made trees: bare surnames, role descriptions, plurals of two and pronouns take
// the actor of a person named in an earlier sentence, and say so in the event's rule; where the referent is
// unclear or absent, nothing is resolved.
#include <gtest/gtest.h>

#include "coding/event_coder.h"
#include "lexicon/load_dictionaries.h"
#include "tree_builder.h"

namespace vigil::coding {
namespace {

using test::tree;
using V = std::vector<std::string>;

const lexicon::Lexicon& lex() {
  static lexicon::Lexicon l(lexicon::load_vigil_folder(std::string(VIGIL_TEST_DATA_DIR) + "/coding/dicts"));
  return l;
}

// Codes the sentences as one story (the document's text holds them in order, so spans point at the right words);
// returns "SRC>TGT:CODE" per event, and the events themselves in `events`.
V code_story(const std::vector<std::string>& specs, std::vector<Event>* events = nullptr) {
  Document doc;
  doc.id = "story";
  doc.published = "2022-01-19";
  std::vector<Sentence> sentences;
  for (const std::string& spec : specs) {
    Sentence s = tree(spec);
    const auto offset = static_cast<uint32_t>(doc.text.size());
    for (Word& w : s.words) w.span = Span{w.span.begin + offset, w.span.end + offset};
    s.span = Span{offset, offset + static_cast<uint32_t>(s.text.size())};
    doc.text += s.text + " ";
    sentences.push_back(std::move(s));
  }
  EventCoder coder(lex());
  coder.start_document(doc);
  std::vector<Event> out;
  for (size_t i = 0; i < sentences.size(); ++i)
    if (coder.may_hold_event(sentences[i])) coder.code_sentence(sentences[i], static_cast<int>(i), out);
  V codes;
  for (const Event& e : out) codes.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.cameo);
  if (events) *events = out;
  return codes;
}

// "Ukrainian President Petro Poroshenko met Trudeau": a role with a name vigil's dictionaries lack.
const std::string kPoroshenkoMetTrudeau =
    "Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound Poroshenko/PROPN/5/nsubj "
    "met|meet/VERB/0/root Trudeau/PROPN/5/obj ./PUNCT/5/punct";

TEST(Coreference, ASurnameWithItsParticleCapitalisedIsThePersonNamedInFull) {
  // "Anna de Wit met Trudeau. De Wit condemned Russia.": the particle begins the sentence, so it is capitalised.
  EXPECT_EQ(code_story({"Anna/PROPN/4/nsubj de/PROPN/1/flat Wit/PROPN/1/flat met|meet/VERB/0/root "
                        "Trudeau/PROPN/4/obj ./PUNCT/4/punct",
                        "De/PROPN/3/nsubj Wit/PROPN/1/flat condemned|condemn/VERB/0/root Russia/PROPN/3/obj "
                        "./PUNCT/3/punct"}),
            (V{"IGOUNO>CANGOV:040", "IGOUNO>RUS:111"}));
}

TEST(Coreference, ABareSurnameIsThePersonNamedInFullWithARole) {
  std::vector<Event> events;
  EXPECT_EQ(code_story({kPoroshenkoMetTrudeau, "Poroshenko/PROPN/2/nsubj condemned|condemn/VERB/0/root "
                                               "Russia/PROPN/2/obj ./PUNCT/2/punct"},
                       &events),
            (V{"UKRGOV>CANGOV:040", "UKRGOV>RUS:111"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].source.text, "Poroshenko");
  EXPECT_EQ(events[1].source.sentence, 1);
  EXPECT_NE(events[1].evidence.rule.find("; source: Poroshenko -> Petro Poroshenko, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
  // An actor named where it stands owes nothing to the story.
  EXPECT_EQ(events[0].evidence.rule.find("source:"), std::string::npos) << events[0].evidence.rule;
}

TEST(Coreference, ABareSurnameIsADictionaryPersonNamedInFull) {
  // "Denys Shmyhal met Trudeau. Shmyhal condemned Russia": the dictionary knows "Denys Shmyhal", not "Shmyhal".
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Denys/PROPN/3/nsubj Shmyhal/PROPN/1/flat met|meet/VERB/0/root Trudeau/PROPN/3/obj",
                        "Shmyhal/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"},
                       &events),
            (V{"UKRGOV>CANGOV:040", "UKRGOV>RUS:111"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[1].evidence.rule.find("source: Shmyhal -> Denys Shmyhal, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
}

TEST(Coreference, ASurnameWithNoEarlierMentionStaysUncoded) {
  EXPECT_EQ(code_story({"Poroshenko/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"}), V{});
  // Nor does a name written later count: only earlier sentences name the story's people.
  EXPECT_EQ(code_story({"Poroshenko/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj",
                        kPoroshenkoMetTrudeau}),
            (V{"UKRGOV>CANGOV:040"}));
}

TEST(Coreference, ASurnameTwoPeopleShareIsNoOne) {
  // "Ukrainian President Petro Poroshenko met Russian official Oleksiy Poroshenko. Poroshenko condemned Canada."
  EXPECT_EQ(code_story({"Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound "
                        "Poroshenko/PROPN/5/nsubj met|meet/VERB/0/root Russian/ADJ/7/amod official/NOUN/9/compound "
                        "Oleksiy/PROPN/9/compound Poroshenko/PROPN/5/obj",
                        "Poroshenko/PROPN/2/nsubj condemned|condemn/VERB/0/root Canada/PROPN/2/obj"}),
            (V{"UKRGOV>RUSGOV:040"}));
}

TEST(Coreference, ARoleDescriptionIsTheOnePersonOfThatRole) {
  // "Trudeau met Ukrainian President Petro Poroshenko. The president condemned Russia." Without the person, "the
  // president" is a role of no country, no doer beside a target of another country.
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Ukrainian/ADJ/4/amod President/PROPN/6/compound "
                        "Petro/PROPN/6/compound Poroshenko/PROPN/2/obj",
                        "The/DET/2/det president/NOUN/3/nsubj condemned|condemn/VERB/0/root Russia/PROPN/3/obj"},
                       &events),
            (V{"CANGOV>UKRGOV:040", "UKRGOV>RUS:111"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[1].evidence.rule.find("source: The president -> Petro Poroshenko, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
  // "the Ukrainian president" too; "the Russian president" is someone else, and keeps its own country.
  EXPECT_EQ(code_story({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Ukrainian/ADJ/4/amod President/PROPN/6/compound "
                        "Petro/PROPN/6/compound Poroshenko/PROPN/2/obj",
                        "The/DET/3/det Ukrainian/ADJ/3/amod president/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Russia/PROPN/4/obj",
                        "The/DET/3/det Russian/ADJ/3/amod president/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Canada/PROPN/4/obj"},
                       &events),
            (V{"CANGOV>UKRGOV:040", "UKRGOV>RUS:111", "RUSGOV>CAN:111"}));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].evidence.rule.find("source:"), std::string::npos) << events[2].evidence.rule;
}

TEST(Coreference, ARoleDescriptionWithTwoCandidatesStaysAsItWas) {
  // "Ukrainian President Petro Poroshenko met Russian President Oleg Petrov. The president condemned Canada.": two
  // presidents; "the president" stays a role of no country, which names no doer when the target brings a country.
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound "
                        "Poroshenko/PROPN/5/nsubj met|meet/VERB/0/root Russian/ADJ/7/amod President/PROPN/9/compound "
                        "Oleg/PROPN/9/compound Petrov/PROPN/5/obj",
                        "The/DET/2/det president/NOUN/3/nsubj condemned|condemn/VERB/0/root Canada/PROPN/3/obj"},
                       &events),
            (V{"UKRGOV>RUSGOV:040"}));
}

TEST(Coreference, ARoleDescriptionOfAnotherRoleIsNotThePerson) {
  // "... Petro Poroshenko. The foreign minister condemned Russia.": no foreign minister was named; the role stays
  // one of no country (no doer: the target brings another country).
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Trudeau/PROPN/2/nsubj met|meet/VERB/0/root Ukrainian/ADJ/4/amod President/PROPN/6/compound "
                        "Petro/PROPN/6/compound Poroshenko/PROPN/2/obj",
                        "The/DET/3/det foreign/ADJ/3/amod minister/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Russia/PROPN/4/obj"},
                       &events),
            (V{"CANGOV>UKRGOV:040"}));
}

TEST(Coreference, TheTwoPresidentsAreTheLastPairNamed) {
  // "Ukrainian President Petro Poroshenko and Russian President Oleg Petrov arrived in Canada. The two presidents
  // condemned Georgia."
  const std::string pair =
      "Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound Poroshenko/PROPN/11/nsubj and/CCONJ/9/cc "
      "Russian/ADJ/7/amod President/PROPN/9/compound Oleg/PROPN/9/compound Petrov/PROPN/4/conj "
      "have/AUX/11/aux arrived|arrive/VERB/0/root in/ADP/13/case Canada/PROPN/11/obl";
  std::vector<Event> events;
  EXPECT_EQ(code_story({pair, "The/DET/3/det two/NUM/3/nummod presidents|president/NOUN:NNS/4/nsubj "
                              "condemned|condemn/VERB/0/root Georgia/PROPN/4/obj"},
                       &events),
            (V{"UKRGOV>CAN:042", "RUSGOV>CAN:042", "UKRGOV>GEO:111", "RUSGOV>GEO:111"}));
  ASSERT_EQ(events.size(), 4u);
  EXPECT_NE(events[3].evidence.rule.find("source: The two presidents -> Oleg Petrov, sentence 0"), std::string::npos)
      << events[3].evidence.rule;
  // "both leaders" too: a leader is a president.
  EXPECT_EQ(code_story({pair, "Both/DET/2/det leaders|leader/NOUN:NNS/3/nsubj condemned|condemn/VERB/0/root "
                              "Georgia/PROPN/3/obj"}),
            (V{"UKRGOV>CAN:042", "RUSGOV>CAN:042", "UKRGOV>GEO:111", "RUSGOV>GEO:111"}));
}

TEST(Coreference, APluralOfTwoAfterThreeFittingPeopleIsNoOne) {
  // "Poroshenko, Petrov and Georgian President Ivan Gelashvili arrived in Canada. The two presidents condemned
  // Trudeau.": which two?
  const std::string three =
      "Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound Poroshenko/PROPN/16/nsubj "
      ",/PUNCT/9/punct Russian/ADJ/7/amod President/PROPN/9/compound Oleg/PROPN/9/compound Petrov/PROPN/4/conj "
      "and/CCONJ/14/cc Georgian/ADJ/12/amod President/PROPN/14/compound Ivan/PROPN/14/compound "
      "Gelashvili/PROPN/4/conj have/AUX/16/aux arrived|arrive/VERB/0/root in/ADP/18/case Canada/PROPN/16/obl";
  EXPECT_EQ(code_story({three, "The/DET/3/det two/NUM/3/nummod presidents|president/NOUN:NNS/4/nsubj "
                               "condemned|condemn/VERB/0/root Trudeau/PROPN/4/obj"}),
            (V{"UKRGOV>CAN:042", "RUSGOV>CAN:042", "GEOGOV>CAN:042"}));
}

TEST(Coreference, ThePluralOfTwoTakesTheTwoPeopleOfTheRoleNamedApart) {
  // "Ukrainian President Petro Poroshenko arrived in Canada. Russian President Oleg Petrov arrived in Georgia. The
  // two presidents condemned Trudeau.": the only two presidents, though named in different sentences.
  EXPECT_EQ(code_story({"Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound "
                        "Poroshenko/PROPN/5/nsubj arrived|arrive/VERB/0/root in/ADP/7/case Canada/PROPN/5/obl",
                        "Russian/ADJ/2/amod President/PROPN/4/compound Oleg/PROPN/4/compound "
                        "Petrov/PROPN/5/nsubj arrived|arrive/VERB/0/root in/ADP/7/case Georgia/PROPN/5/obl",
                        "The/DET/3/det two/NUM/3/nummod presidents|president/NOUN:NNS/4/nsubj "
                        "condemned|condemn/VERB/0/root Trudeau/PROPN/4/obj"}),
            (V{"UKRGOV>CAN:042", "RUSGOV>GEO:042", "UKRGOV>CANGOV:111", "RUSGOV>CANGOV:111"}));
}

TEST(Coreference, AFormerTitleGivesNoPerson) {
  // "Former Ukrainian President Petro Poroshenko arrived in Canada. Poroshenko condemned Russia.": the title's
  // code is the office's, not his.
  EXPECT_EQ(code_story({"Former/ADJ/3/amod Ukrainian/ADJ/3/amod President/PROPN/5/compound Petro/PROPN/5/compound "
                        "Poroshenko/PROPN/6/nsubj arrived|arrive/VERB/0/root in/ADP/8/case Canada/PROPN/6/obl",
                        "Poroshenko/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"}),
            (V{"UKRGOV>CAN:042"}));
}

TEST(Coreference, APronounSaysWhichEarlierMentionItIs) {
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Trudeau/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Ukraine/PROPN/2/obl",
                        "He/PRON/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj"},
                       &events),
            (V{"CANGOV>UKR:042", "CANGOV>UKRGOV:040"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[1].evidence.rule.find("; source: he -> Trudeau, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
  // "he" after a surname resolved from the story says both steps.
  EXPECT_EQ(code_story({kPoroshenkoMetTrudeau,
                        "Poroshenko/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Canada/PROPN/2/obl",
                        "He/PRON/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"},
                       &events),
            (V{"UKRGOV>CANGOV:040", "UKRGOV>CAN:042", "UKRGOV>RUS:111"}));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_NE(events[2].evidence.rule.find("source: he -> Poroshenko, sentence 1 (Poroshenko -> Petro Poroshenko, "
                                         "sentence 0)"),
            std::string::npos)
      << events[2].evidence.rule;
}

// "Russia attacked Ukraine. The organisation said it condemned Canada.": "it" after a body vigil cannot code, nearer
// than any actor it can, is that body, not the country named before; so is the "it" of the next sentence.
TEST(Coreference, ItAfterABodyVigilCannotCodeIsThatBody) {
  const std::string russia = "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj";
  EXPECT_EQ(code_story({russia, "The/DET/2/det organisation/NOUN:NN/3/nsubj said|say/VERB/0/root it/PRON:PRP/5/nsubj "
                                "condemned|condemn/VERB/3/ccomp Canada/PROPN/5/obj"}),
            (V{"RUS>UKR:190"}));
  EXPECT_EQ(code_story({russia, "The/DET/2/det organisation/NOUN:NN/3/nsubj condemned|condemn/VERB/0/root Canada/PROPN/3/obj",
                        "It/PRON:PRP/2/nsubj condemned|condemn/VERB/0/root Georgia/PROPN/2/obj"}),
            (V{"RUS>UKR:190"}));
  // A participle's speaker is its governor's subject: "The organisation condemned Canada, saying it ...".
  EXPECT_EQ(code_story({russia, "The/DET/2/det organisation/NOUN:NN/3/nsubj condemned|condemn/VERB/0/root "
                                "Canada/PROPN/3/obj ,/PUNCT/6/punct saying|say/VERB/3/advcl it/PRON:PRP/8/nsubj "
                                "condemned|condemn/VERB/6/ccomp Georgia/PROPN/8/obj"}),
            (V{"RUS>UKR:190"}));
  // A subject an actor owns is no such body: "Russia's reputation suffered as it condemned Canada".
  EXPECT_EQ(code_story({russia, "Russia/PROPN/3/nmod:poss 's/PART/1/case reputation/NOUN:NN/4/nsubj "
                                "suffered|suffer/VERB/0/root as/SCONJ/7/mark it/PRON:PRP/7/nsubj "
                                "condemned|condemn/VERB/4/advcl Canada/PROPN/7/obj"}),
            (V{"RUS>UKR:190", "RUS>CAN:111"}));
}

// "The UN Security Council condemned Russia. The 15-member council condemned Ukraine.": a body named before, called
// by a word of its name, is that body; "the Canadian council" is another.
TEST(Coreference, ABodyCalledByAWordOfItsNameIsTheBodyNamedBefore) {
  const std::string council =
      "UN/PROPN/3/compound Security/PROPN/3/compound Council/PROPN/4/nsubj condemned|condemn/VERB/0/root "
      "Russia/PROPN/4/obj";
  std::vector<Event> events;
  EXPECT_EQ(code_story({council, "The/DET/3/det 15-member/ADJ/3/amod council/NOUN:NN/4/nsubj "
                                 "condemned|condemn/VERB/0/root Ukraine/PROPN/4/obj",
                        "It/PRON:PRP/2/nsubj condemned|condemn/VERB/0/root Georgia/PROPN/2/obj"},
                       &events),
            (V{"IGOUNOSEC>RUS:111", "IGOUNOSEC>UKR:111", "IGOUNOSEC>GEO:111"}));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_NE(events[1].evidence.rule.find("; source: the council -> UN Security Council, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
  EXPECT_EQ(code_story({council, "The/DET/3/det Canadian/ADJ/3/amod council/NOUN:NN/4/nsubj "
                                 "condemned|condemn/VERB/0/root Ukraine/PROPN/4/obj"}),
            (V{"IGOUNOSEC>RUS:111", "CAN>UKR:111"}));
}

}  // namespace
}  // namespace vigil::coding

namespace vigil::coding {
namespace {

// "Canada, which condemned Russia, said that it would meet Ukraine": the pronoun subject of what a speaker says is
// the speaker, not the name nearer to it in the relative clause; with an addressee ("told Russia that it ...") the
// nearest name still decides.
TEST(Coreference, TheSubjectPronounOfAReportedClauseIsItsSpeaker) {
  const std::string relative =
      "Canada/PROPN/7/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj condemned|condemn/VERB/1/acl:relcl "
      "Russia/PROPN/4/obj ,/PUNCT/4/punct said|say/VERB/0/root that/SCONJ/11/mark "
      "it/PRON/11/nsubj would/AUX/11/aux meet/VERB/7/ccomp Ukraine/PROPN/11/obj";
  EXPECT_EQ(code_story({relative}), (V{"CAN>RUS:111", "CAN>UKR:040"}));
  const std::string addressee = "Canada/PROPN/2/nsubj told|tell/VERB/0/root Russia/PROPN/2/obj that/SCONJ/7/mark "
                                "it/PRON/7/nsubj would/AUX/7/aux meet/VERB/2/ccomp Ukraine/PROPN/7/obj";
  EXPECT_EQ(code_story({addressee}), (V{"RUS>UKR:040"}));
}

// "Ukrainian President Petro Poroshenko said he would meet Trudeau": the speaker is a role with a name vigil does
// not know, and the role's mention stands for him; the name is no unknown person who would block "he". The next
// sentence's "He" is the same man, the last sentence's subject, not the prime minister named after him.
TEST(Coreference, HeAfterARoleWithAnUnknownNameIsThatRole) {
  std::vector<Event> events;
  const std::string said =
      "Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound Poroshenko/PROPN/5/nsubj "
      "said|say/VERB/0/root he/PRON/8/nsubj would/AUX/8/aux meet/VERB/5/ccomp Trudeau/PROPN/8/obj ./PUNCT/5/punct";
  EXPECT_EQ(code_story({said}, &events), (V{"UKRGOV>CANGOV:040"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].evidence.rule.find("source: he -> Ukrainian President"), std::string::npos)
      << events[0].evidence.rule;
  EXPECT_EQ(code_story({"Ukrainian/ADJ/2/amod President/PROPN/4/compound Petro/PROPN/4/compound "
                        "Poroshenko/PROPN/5/nsubj arrived|arrive/VERB/0/root in/ADP/7/case Canada/PROPN/5/obl "
                        "to/PART/9/mark meet/VERB/5/advcl Trudeau/PROPN/9/obj",
                        "He/PRON/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj"}),
            (V{"UKRGOV>CAN:042", "UKRGOV>CANGOV:040", "UKRGOV>RUS:111"}));
}

// "he" is a person, never a body whose name ends in its kind: "Ukraine's university" between Trudeau and "he".
TEST(Coreference, HeIsNoUniversity) {
  EXPECT_EQ(code_story({"Trudeau/PROPN/2/nsubj arrived|arrive/VERB/0/root in/ADP/4/case Ukraine/PROPN/2/obl",
                        "Ukraine/PROPN/3/nmod:poss 's/PART/1/case university/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Russia/PROPN/4/obj",
                        "He/PRON/2/nsubj met|meet/VERB/0/root Zelenskyy/PROPN/2/obj"}),
            (V{"CANGOV>UKR:042", "UKREDU>RUS:111", "CANGOV>UKRGOV:040"}));
}

// "It would take weeks to meet Canada": a dummy "it" that stands for the clause after it names no actor.
TEST(Coreference, ADummyItIsNoActor) {
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root Ukraine/PROPN/2/obj",
                        "It/PRON/3/nsubj would/AUX/3/aux take/VERB/0/root weeks|week/NOUN/3/obj to/PART/6/mark "
                        "meet/VERB/3/advcl Canada/PROPN/6/obj"}),
            (V{"RUS>UKR:111"}));
}

// "Russia attacked Ukraine. The Eurasian country condemned Canada.": a described country that acts is the country
// the story's subject named, and the rule says so.
TEST(Coreference, ADescribedCountryThatActsIsTheCountryOfTheStorysSubject) {
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "The/DET/3/det Eurasian/ADJ/3/amod country/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Canada/PROPN/4/obj"},
                       &events),
            (V{"RUS>UKR:190", "RUS>CAN:111"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[1].evidence.rule.find("; source: The Eurasian country -> Russia, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
  // So is a kingdom or a republic that a word describes ("the Himalayan kingdom", "the oil-rich state").
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "The/DET/3/det Himalayan/PROPN/3/compound kingdom/NOUN/4/nsubj condemned|condemn/VERB/0/root "
                        "Canada/PROPN/4/obj"}),
            (V{"RUS>UKR:190", "RUS>CAN:111"}));
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "The/DET/5/det oil/NOUN/4/compound -/PUNCT/4/punct rich/ADJ/5/amod state/NOUN/6/nsubj "
                        "condemned|condemn/VERB/0/root Canada/PROPN/6/obj"}),
            (V{"RUS>UKR:190", "RUS>CAN:111"}));
}

// "the kingdom", "the state" alone are mostly a name or the government; "the neighbouring country", "the southern
// state" another country or a state within one: none is the country named before.
TEST(Coreference, AnUndescribedKingdomOrAnotherCountryIsNoOne) {
  for (std::string words : {"The/DET/2/det kingdom/NOUN/3/nsubj", "The/DET/2/det state/NOUN/3/nsubj"})
    EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                          words + " condemned|condemn/VERB/0/root Canada/PROPN/3/obj"}),
              (V{"RUS>UKR:190"}))
        << words;
  for (std::string words : {"neighbouring/ADJ/3/amod country/NOUN/4/nsubj", "southern/ADJ/3/amod state/NOUN/4/nsubj"})
    EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                          "The/DET/3/det " + words + " condemned|condemn/VERB/0/root Canada/PROPN/4/obj"}),
              (V{"RUS>UKR:190"}))
        << words;
}

// "Russia attacked Ukraine. The country's president condemned Canada.": the role is that country's.
TEST(Coreference, TheCountrysRoleIsThatCountrys) {
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "The/DET/2/det country/NOUN/4/nmod:poss 's/PART/2/case president/NOUN/5/nsubj "
                        "condemned|condemn/VERB/0/root Canada/PROPN/5/obj"}),
            (V{"RUS>UKR:190", "RUSGOV>CAN:111"}));
}

// "Ukraine condemned Russia. Canada attacked the Eurasian country's troops.": a country described after the
// sentence's subject is another one than the subject's (the story's subject before it here).
TEST(Coreference, ACountryDescribedAfterTheSubjectIsAnotherCountry) {
  EXPECT_EQ(code_story({"Ukraine/PROPN/2/nsubj condemned|condemn/VERB/0/root Russia/PROPN/2/obj",
                        "Canada/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/5/det Eurasian/ADJ/5/amod "
                        "country/NOUN/7/nmod:poss 's/PART/5/case troops|troop/NOUN/2/obj"}),
            (V{"UKR>RUS:111", "CAN>UKRMIL:190"}));
}

// "Russia condemned the Georgian president. Canada attacked the Eurasian country.": a described place is the country
// named by its name last, not the country of a role named after it.
TEST(Coreference, ADescribedPlaceIsTheCountryNamedByName) {
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/5/det Georgian/ADJ/5/amod "
                        "president/NOUN/2/obj",
                        "Canada/PROPN/2/nsubj attacked|attack/VERB/0/root the/DET/5/det Eurasian/ADJ/5/amod "
                        "country/NOUN/2/obj"}),
            (V{"RUS>GEOGOV:111", "CAN>RUS:190"}));
}

// "Russia attacked Ukraine. Canada spoke out, condemning it.": the object of a participle with no subject of its
// own is not its governor's subject (as "Putin welcomed him" is not Putin).
TEST(Coreference, TheObjectOfASubjectlessParticipleIsNotItsGovernorsSubject) {
  std::vector<Event> events;
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "Canada/PROPN/2/nsubj spoke|speak/VERB/0/root out/ADP/2/compound:prt ,/PUNCT/5/punct "
                        "condemning|condemn/VERB/2/advcl it/PRON/5/obj"},
                       &events),
            (V{"RUS>UKR:190", "CAN>RUS:111"}));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[1].evidence.rule.find("; target: it -> Russia, sentence 0"), std::string::npos)
      << events[1].evidence.rule;
}

// "Russia attacked Ukraine. Russia condemned the country's troops.": like "its troops", the country's own people are
// no target of its acts.
TEST(Coreference, TheCountrysOwnPeopleAreNoTargetOfItsActs) {
  EXPECT_EQ(code_story({"Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj",
                        "Russia/PROPN/2/nsubj condemned|condemn/VERB/0/root the/DET/4/det country/NOUN/6/nmod:poss "
                        "'s/PART/4/case troops|troop/NOUN/2/obj"}),
            (V{"RUS>UKR:190", "RUS>-:111"}));
}

}  // namespace
}  // namespace vigil::coding
