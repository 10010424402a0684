// Modality of hand-built trees, one test per label and cue form, with the shipped cue lexicon.
#include <gtest/gtest.h>

#include "../coding/tree_builder.h"
#include "coding/dependency_view.h"
#include "events/modality.h"
#include "lexicon/cue_lexicon.h"

namespace vigil::events {
namespace {

const lexicon::CueLexicon& cues() {
  static lexicon::CueLexicon c = lexicon::load_cues(std::string(VIGIL_SOURCE_DICTS_DIR) + "/cues");
  return c;
}

// The modality of word `verb` of the tree, and the cue that decided it.
std::pair<std::string, std::string> modality(const std::string& spec, int verb, int year = 2024) {
  Sentence s = test::tree(spec);
  coding::DependencyView t;
  t.reset(s);
  std::string why;
  std::string m = event_modality(t, verb, cues(), year, why);
  return {m, why};
}

TEST(Modality, PlainPastIsAsserted) {
  EXPECT_EQ(modality("Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj", 2).first, "asserted");
}

TEST(Modality, NotAndNeverNegate) {
  auto m = modality("Russia/PROPN/4/nsubj did|do/AUX/4/aux not/PART/4/advmod attack/VERB/0/root Ukraine/PROPN/4/obj", 4);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "not");
  EXPECT_EQ(modality("China/PROPN/3/nsubj never/ADV/3/advmod promised|promise/VERB/0/root", 3).first, "negated");
}

TEST(Modality, NoLongerNegates) {
  auto m = modality(
      "fighters/NOUN/5/nsubj are|be/AUX/5/aux no/DET/4/advmod longer/ADV/5/advmod advancing|advance/VERB/0/root", 5);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "no longer");
}

TEST(Modality, NotOnlyAddsRatherThanDenies) {
  // "Rebels had not only attacked the village but also ...".
  auto m = modality("rebels|rebel/NOUN/5/nsubj had|have/AUX/5/aux not/PART/5/advmod only/ADV/5/advmod "
                    "attacked|attack/VERB/0/root village/NOUN/5/obj",
                    5);
  EXPECT_EQ(m.first, "asserted");
  // "not" before another word still denies: "had not really attacked".
  EXPECT_EQ(modality("rebels|rebel/NOUN/5/nsubj had|have/AUX/5/aux not/PART/5/advmod really/ADV/5/advmod "
                     "attacked|attack/VERB/0/root village/NOUN/5/obj",
                     5)
                .first,
            "negated");
}

TEST(Modality, WouldNotIsNegatedNotIntended) {
  // "the unit would not conduct training"
  EXPECT_EQ(modality("unit/NOUN/4/nsubj would/AUX/4/aux not/PART/4/advmod conduct/VERB/0/root training/NOUN/4/obj", 4)
                .first,
            "negated");
}

TEST(Modality, RefusedToNegatesTheActButNotTheRefusal) {
  const char* t = "Hungary/PROPN/2/nsubj refused|refuse/VERB/0/root to/PART/4/mark allow/VERB/2/xcomp deliveries|delivery/NOUN/4/obj";
  EXPECT_EQ(modality(t, 4).first, "negated");
  EXPECT_EQ(modality(t, 4).second, "refused ...");
  EXPECT_EQ(modality(t, 2).first, "asserted");
}

// "ruled out sending troops" (whatever lemma the tagger gives "ruled"); "ruled out the possibility that the jet was
// shot down": the content of what a negating governor turns down does not happen either.
TEST(Modality, RuledOutAndTheContentOfARuledOutPossibilityAreNegated) {
  auto m = modality("Oslo/PROPN/2/nsubj ruled|rul/VERB/0/root out/ADP/2/compound:prt sending|send/VERB/2/xcomp "
                    "troops/NOUN/4/obj", 4);
  EXPECT_EQ(m.first, "negated");
  m = modality("Oslo/PROPN/2/nsubj ruled|rul/VERB/0/root out/ADP/2/compound:prt the/DET/5/det possibility/NOUN/2/obj "
               "that/SCONJ/10/mark the/DET/8/det jet/NOUN/10/nsubj:pass was|be/AUX/10/aux:pass shot|shoot/VERB/5/acl "
               "down/ADP/10/compound:prt", 10);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "ruled ... possibility");
  // Accepting a possibility leaves its content as it was.
  EXPECT_NE(modality("Oslo/PROPN/2/nsubj accepted|accept/VERB/0/root the/DET/4/det possibility/NOUN/2/obj "
                     "that/SCONJ/9/mark the/DET/7/det jet/NOUN/9/nsubj:pass was|be/AUX/9/aux:pass shot|shoot/VERB/4/acl "
                     "down/ADP/9/compound:prt", 9).first,
            "negated");
}
// "could retaliate by expelling diplomats": a means clause is done as its governor is; plain "responded by
// expelling" stays asserted.
TEST(Modality, AMeansClauseTakesItsGovernorsModality) {
  auto m = modality("Riga/PROPN/3/nsubj could/AUX/3/aux retaliate/VERB/0/root by/SCONJ/5/mark expelling|expel/VERB/3/advcl "
                    "diplomats|diplomat/NOUN/5/obj", 5);
  EXPECT_EQ(m.first, "hedged");
  EXPECT_EQ(modality("Riga/PROPN/2/nsubj responded|respond/VERB/0/root by/SCONJ/4/mark expelling|expel/VERB/2/advcl "
                     "diplomats|diplomat/NOUN/4/obj", 4).first,
            "asserted");
  EXPECT_EQ(modality("Riga/PROPN/2/nsubj threatened|threaten/VERB/0/root to/PART/4/mark retaliate/VERB/2/xcomp "
                     "by/SCONJ/6/mark expelling|expel/VERB/4/advcl diplomats|diplomat/NOUN/6/obj", 6).first,
            "intended");
}
// "China blocked a trip by the minister", "marines were prevented from leaving": an act that is blocked, prevented,
// cancelled or postponed never happens, even as the object of the verb ("refused the offer" is no such case).
TEST(Modality, APreventedOrBlockedActIsNegatedEvenAsAnObject) {
  auto blocked = modality("China/PROPN/2/nsubj blocked|block/VERB/0/root a/DET/4/det trip/NOUN/2/obj", 4);
  EXPECT_EQ(blocked.first, "negated");
  EXPECT_EQ(blocked.second, "blocked ...");
  EXPECT_EQ(modality("marines/NOUN/3/nsubj:pass were|be/AUX/3/aux:pass prevented|prevent/VERB/0/root from/SCONJ/5/mark "
                     "leaving|leave/VERB/3/advcl",
                     5)
                .first,
            "negated");
  EXPECT_EQ(modality("Iran/PROPN/2/nsubj refused|refuse/VERB/0/root the/DET/4/det offer/NOUN/2/obj", 4).first,
            "asserted");
}

// "refused to talk after Ethiopia attacked": the circumstance of a refusal is no part of what is refused.
TEST(Modality, TheCircumstanceOfARefusalIsNotNegated) {
  const char* t = "Islamists/PROPN/2/nsubj refused|refuse/VERB/0/root to/PART/4/mark talk/VERB/2/xcomp "
                  "after/SCONJ/7/mark Ethiopia/PROPN/7/nsubj attacked|attack/VERB/2/advcl";
  EXPECT_EQ(modality(t, 4).first, "negated");
  EXPECT_EQ(modality(t, 7).first, "asserted");
}

TEST(Modality, APlanNounMakesItsActIntendedAndNoPlansNegated) {
  const char* no_plans = "US/PROPN/2/nsubj has|have/VERB/0/root no/DET/4/det plans|plan/NOUN/2/obj to/PART/6/mark "
                         "send/VERB/4/acl troops|troop/NOUN/6/obj";
  EXPECT_EQ(modality(no_plans, 6).first, "negated");
  EXPECT_EQ(modality("Germany/PROPN/2/nsubj took|take/VERB/0/root the/DET/4/det decision/NOUN/2/obj to/PART/6/mark "
                     "send/VERB/4/acl tanks|tank/NOUN/6/obj",
                     6)
                .first,
            "intended");
}

TEST(Modality, ReportedlyAndMayHedge) {
  EXPECT_EQ(modality("vessels/NOUN/3/nsubj reportedly/ADV/3/advmod rammed|ram/VERB/0/root boat/NOUN/3/obj", 3).first,
            "hedged");
  EXPECT_EQ(modality("Korea/PROPN/4/nsubj may/AUX/4/aux have/AUX/4/aux sent|send/VERB/0/root troops/NOUN/4/obj", 4)
                .first,
            "hedged");
}

TEST(Modality, IsBelievedToHedgesOnlyInThePassive) {
  auto m = modality(
      "troops/NOUN/3/nsubj:pass are|be/AUX/3/aux:pass believed|believe/VERB/0/root to/PART/6/mark have/AUX/6/aux "
      "moved|move/VERB/3/xcomp",
      6);
  EXPECT_EQ(m.first, "hedged");
  EXPECT_EQ(modality("Russia/PROPN/2/nsubj believes|believe/VERB/0/root in/ADP/4/case talks/NOUN/2/obl", 2).first,
            "asserted");
}

TEST(Modality, WouldIfIsConditionalOnBothSides) {
  // Canada would impose sanctions if Russian forces invaded Ukraine
  const char* t =
      "Canada/PROPN/3/nsubj would/AUX/3/aux impose/VERB/0/root sanctions|sanction/NOUN/3/obj if/SCONJ/8/mark "
      "Russian/ADJ/7/amod forces|force/NOUN/8/nsubj invaded|invade/VERB/3/advcl Ukraine/PROPN/8/obj";
  EXPECT_EQ(modality(t, 3).first, "conditional");
  EXPECT_EQ(modality(t, 8).first, "conditional");
  EXPECT_EQ(modality(t, 8).second, "if ...");
}

TEST(Modality, ShouldInversionIsACondition) {
  // Should the ceasefire collapse, Saudi Arabia would resume strikes
  const char* t =
      "Should/AUX/4/aux the/DET/3/det ceasefire/NOUN/4/nsubj collapse/VERB/9/advcl ,/PUNCT/4/punct "
      "Saudi/PROPN/7/compound Arabia/PROPN/9/nsubj would/AUX/9/aux resume/VERB/0/root strikes|strike/NOUN/9/obj";
  EXPECT_EQ(modality(t, 4).first, "conditional");
  EXPECT_EQ(modality(t, 9).first, "conditional");
}

TEST(Modality, WouldWithoutConditionIsIntended) {
  EXPECT_EQ(modality("he/PRON/3/nsubj would/AUX/3/aux travel/VERB/0/root to/ADP/5/case Kyiv/PROPN/3/obl", 3).first,
            "intended");
}

TEST(Modality, ANominalSubjectOfWouldIsConditional) {
  // a new Russian invasion would entail consequences
  const char* t = "a/DET/4/det new/ADJ/4/amod Russian/ADJ/4/amod invasion/NOUN/6/nsubj would/AUX/6/aux "
                  "entail/VERB/0/root consequences|consequence/NOUN/6/obj";
  EXPECT_EQ(modality(t, 4).first, "conditional");
}

TEST(Modality, WillAndThreatenedToAreIntended) {
  EXPECT_EQ(modality("Germany/PROPN/3/nsubj will/AUX/3/aux send/VERB/0/root tanks|tank/NOUN/3/obj", 3).first, "intended");
  const char* t = "Russia/PROPN/2/nsubj threatened|threaten/VERB/0/root to/PART/4/mark cut/VERB/2/xcomp off/ADP/4/compound:prt "
                  "gas/NOUN/7/compound supplies|supply/NOUN/4/obj";
  EXPECT_EQ(modality(t, 4).first, "intended");
  EXPECT_EQ(modality(t, 2).first, "asserted") << "the threat itself happened";
}

TEST(Modality, ConjunctSharesTheFirstConjunctsAuxiliary) {
  // Germany will send tanks and allow others
  const char* t = "Germany/PROPN/3/nsubj will/AUX/3/aux send/VERB/0/root tanks|tank/NOUN/3/obj and/CCONJ/6/cc "
                  "allow/VERB/3/conj others|other/NOUN/6/obj";
  EXPECT_EQ(modality(t, 6).first, "intended");
}

TEST(Modality, UrgedToAndDemandedThatAreDemanded) {
  const char* t = "Zelenskyy/PROPN/2/nsubj urged|urge/VERB/0/root allies|ally/NOUN/2/obj to/PART/5/mark provide/VERB/2/xcomp "
                  "systems|system/NOUN/5/obj";
  EXPECT_EQ(modality(t, 5).first, "demanded");
  const char* d = "Egypt/PROPN/2/nsubj demanded|demand/VERB/0/root that/SCONJ/5/mark Israel/PROPN/5/nsubj allow/VERB/2/ccomp "
                  "aid/NOUN/5/obj";
  EXPECT_EQ(modality(d, 5).first, "demanded");
  EXPECT_EQ(modality(d, 2).first, "asserted");
}

// "Iran did not intend to quit the treaty", "Egypt did not demand that Israel allow aid": a plan or a demand that is
// denied is none, so the act under it is negated, not intended or demanded.
TEST(Modality, ADeniedPlanOrDemandNegatesItsAct) {
  auto m = modality("Iran/PROPN/4/nsubj did|do/AUX/4/aux not/PART/4/advmod intend/VERB/0/root to/PART/6/mark "
                    "quit/VERB/4/xcomp treaty/NOUN/6/obj", 6);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "not intend");
  EXPECT_EQ(modality("Iran/PROPN/2/nsubj intends|intend/VERB/0/root to/PART/4/mark quit/VERB/2/xcomp "
                     "treaty/NOUN/4/obj", 4).first,
            "intended");
  EXPECT_EQ(modality("Egypt/PROPN/4/nsubj did|do/AUX/4/aux not/PART/4/advmod demand/VERB/0/root that/SCONJ/7/mark "
                     "Israel/PROPN/7/nsubj allow/VERB/4/ccomp aid/NOUN/7/obj", 7).first,
            "negated");
  // "had not wanted to overthrow the government but only to protest": the denial is not the second conjunct's.
  const char* but = "he/PRON/4/nsubj had|have/AUX/4/aux not/PART/4/advmod wanted|want/VERB/0/root to/PART/6/mark "
                    "overthrow/VERB/4/xcomp government/NOUN/6/obj but/CCONJ/11/cc only/ADV/11/advmod to/PART/11/mark "
                    "protest/VERB/6/conj";
  EXPECT_EQ(modality(but, 6).first, "negated");
  EXPECT_NE(modality(but, 11).first, "negated");
}

// What one works towards stands as the work does: demanded when the work is.
TEST(Modality, WhatOneWorksTowardsIsAsTheWorkIs) {
  EXPECT_EQ(modality("Kenya/PROPN/2/nsubj urged|urge/VERB/0/root Uganda/PROPN/2/obj to/PART/5/mark work/VERB/2/xcomp "
                     "towards/ADP/7/mark restoring|restore/VERB/5/advcl ties|tie/NOUN/7/obj", 7).first,
            "demanded");
  EXPECT_EQ(modality("Uganda/PROPN/2/nsubj worked|work/VERB/0/root towards/ADP/4/mark restoring|restore/VERB/2/advcl "
                     "ties|tie/NOUN/4/obj", 4).first,
            "asserted");
}

TEST(Modality, AnActStillAwaitedIsNegated) {
  // "Kiev and Moscow have yet to agree on a truce".
  auto m = modality("Kiev/PROPN/4/nsubj and/CCONJ/3/cc Moscow/PROPN/1/conj have/VERB/0/root yet/ADV/4/advmod "
                    "to/PART/7/mark agree/VERB/4/xcomp",
                    7);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "have yet to");
  // "The ministry is yet to sign the deal".
  EXPECT_EQ(modality("ministry/NOUN/2/nsubj is|be/AUX/0/root yet/ADV/2/advmod to/PART/5/mark sign/VERB/2/xcomp "
                     "deal/NOUN/5/obj",
                     5)
                .first,
            "negated");
  // Without "yet", "is to sign" is a plan.
  EXPECT_EQ(modality("ministry/NOUN/2/nsubj is|be/AUX/0/root to/PART/4/mark sign/VERB/2/xcomp deal/NOUN/4/obj", 4).first,
            "intended");
}

TEST(Modality, ToldToIsAnOrderButToldThatIsSpeech) {
  // "The AU told Ethiopia to pull out its troops": an order.
  const char* t = "AU/PROPN/2/nsubj told|tell/VERB/0/root Ethiopia/PROPN/2/iobj to/PART/5/mark pull/VERB/2/xcomp "
                  "out/ADP/5/compound:prt troops|troop/NOUN/5/obj";
  EXPECT_EQ(modality(t, 5).first, "demanded");
  // "Li told visiting minister X that ...": a participle, not an infinitive.
  const char* v = "Li/PROPN/2/nsubj told|tell/VERB/0/root visiting|visit/VERB/2/xcomp minister/NOUN/3/obj";
  EXPECT_EQ(modality(v, 3).first, "asserted");
  // "Lavrov told reporters that Russia attacked Georgia": what was said happened.
  const char* s = "Lavrov/PROPN/2/nsubj told|tell/VERB/0/root reporters|reporter/NOUN/2/obj that/SCONJ/6/mark "
                  "Russia/PROPN/6/nsubj attacked|attack/VERB/2/ccomp Georgia/PROPN/6/obj";
  EXPECT_EQ(modality(s, 6).first, "asserted");
}

TEST(Modality, ADemandNounGovernsItsThatClauseAndItsConjuncts) {
  // UN demands that Syria stop interfering and cooperate (the parser takes the that-clause for a relative clause)
  const char* t = "UN/PROPN/2/compound demands|demand/NOUN/0/root that/SCONJ/5/mark Syria/PROPN/5/nsubj "
                  "stop/VERB/2/acl:relcl interfering|interfere/VERB/5/xcomp and/CCONJ/8/cc cooperate/VERB/5/conj";
  EXPECT_EQ(modality(t, 5).first, "demanded");
  EXPECT_EQ(modality(t, 8).first, "demanded");
  // A conjunct with its own subject is a clause of its own: "Syria stopped and Iran cooperated".
  const char* u = "Syria/PROPN/2/nsubj stopped|stop/VERB/0/root and/CCONJ/5/cc Iran/PROPN/5/nsubj cooperated|cooperate/VERB/2/conj";
  EXPECT_EQ(modality(u, 5).first, "asserted");
}

TEST(Modality, ReportedSpeechKeepsTheClausesOwnModality) {
  // Putin said Moscow had struck targets
  const char* t = "Putin/PROPN/2/nsubj said|say/VERB/0/root Moscow/PROPN/5/nsubj had|have/AUX/5/aux struck|strike/VERB/2/ccomp "
                  "targets|target/NOUN/5/obj";
  EXPECT_EQ(modality(t, 5).first, "asserted");
}

TEST(Modality, AnActInARelativeClauseOfAnyIsTheConditionOfWould) {
  // "Any country that supplied jets would be treated as a party"; "a country that supplied jets was punished" is not.
  const char* any = "Any/DET/2/det country/NOUN/7/nsubj:pass that/PRON/4/nsubj supplied|supply/VERB/2/acl:relcl "
                    "jets|jet/NOUN/4/obj would/AUX/7/aux treated|treat/VERB/0/root";
  auto m = modality(any, 4);
  EXPECT_EQ(m.first, "conditional");
  EXPECT_EQ(m.second, "Any ... would");
  const char* a = "a/DET/2/det country/NOUN/7/nsubj:pass that/PRON/4/nsubj supplied|supply/VERB/2/acl:relcl "
                  "jets|jet/NOUN/4/obj was|be/AUX/7/aux:pass punished|punish/VERB/0/root";
  EXPECT_EQ(modality(a, 4).first, "asserted");
}

TEST(Modality, ANominalEventAfterInTheEventOfIsConditional) {
  // "In the event of a Russian attack, troops would help"
  const char* t = "In/ADP/7/case the/DET/3/det event/NOUN/1/fixed of/ADP/1/fixed a/DET/7/det Russian/ADJ/7/amod "
                  "attack/NOUN/10/obl troops|troop/NOUN/10/nsubj would/AUX/10/aux help/VERB/0/root";
  EXPECT_EQ(modality(t, 7).first, "conditional");
  // As parsers often have it: "attack" hangs from "event" with its own "of".
  const char* nested = "In/ADP/3/case the/DET/3/det event/NOUN/10/obl of/ADP/7/case a/DET/7/det Russian/ADJ/7/amod "
                       "attack/NOUN/3/nmod troops|troop/NOUN/10/nsubj would/AUX/10/aux help/VERB/0/root";
  EXPECT_EQ(modality(nested, 7).first, "conditional");
  EXPECT_EQ(modality("a/DET/3/det Russian/ADJ/3/amod attack/NOUN/4/nsubj failed|fail/VERB/0/root", 3).first,
            "asserted");
}

TEST(Modality, SinceAndFarBackYearsAreHistorical) {
  auto m = modality("Canada/PROPN/3/nsubj has|have/AUX/3/aux trained|train/VERB/0/root soldiers|soldier/NOUN/3/obj "
                    "since/ADP/6/case 2015/NUM/3/obl",
                    3, 2023);
  EXPECT_EQ(m.first, "historical");
  EXPECT_EQ(m.second, "since 2015");
  const char* in = "Russia/PROPN/2/nsubj annexed|annex/VERB/0/root Crimea/PROPN/2/obj in/ADP/5/case 2014/NUM/2/obl";
  EXPECT_EQ(modality(in, 2, 2024).first, "historical");
  EXPECT_EQ(modality(in, 2, 2014).first, "asserted") << "this year is recent";
  // A period the parser hung on the object: "fought two wars between 1939 and 1944".
  auto w = modality("Finland/PROPN/2/nsubj fought|fight/VERB/0/root two/NUM/4/nummod wars|war/NOUN/2/obj "
                    "between/ADP/6/case 1939/NUM/4/nmod and/CCONJ/8/cc 1944/NUM/6/conj",
                    2, 2023);
  EXPECT_EQ(w.first, "historical");
  EXPECT_EQ(w.second, "between 1939");
}

TEST(Modality, HasNoPlansToIsNegated) {
  // The United States has no plans to send troops
  const char* t = "States/PROPN/2/nsubj has|have/VERB/0/root no/DET/4/det plans|plan/NOUN/2/obj to/PART/6/mark "
                  "send/VERB/4/acl troops|troop/NOUN/6/obj";
  EXPECT_EQ(modality(t, 6).first, "negated");
}

TEST(Modality, AccusedOfIsHedged) {
  const char* t = "president/NOUN/2/nsubj accused|accuse/VERB/0/root Russia/PROPN/2/obj of/SCONJ/5/mark "
                  "plotting|plot/VERB/2/advcl";
  EXPECT_EQ(modality(t, 5).first, "hedged");
}

TEST(Modality, AnActSomeoneIsAcquittedOfIsNegated) {
  // "The court acquitted the doctor of murdering his wife".
  const char* t = "court/NOUN/2/nsubj acquitted|acquit/VERB/0/root doctor/NOUN/2/obj of/SCONJ/5/mark "
                  "murdering|murder/VERB/2/advcl wife/NOUN/5/obj";
  auto m = modality(t, 5);
  EXPECT_EQ(m.first, "negated");
  EXPECT_EQ(m.second, "acquitted ... of");
  // "absolved the minister of ordering the raid".
  EXPECT_EQ(modality("panel/NOUN/2/nsubj absolved|absolve/VERB/0/root minister/NOUN/2/obj of/SCONJ/5/mark "
                     "ordering|order/VERB/2/advcl raid/NOUN/5/obj",
                     5)
                .first,
            "negated");
  // Convicted of it, the act stands.
  EXPECT_EQ(modality("court/NOUN/2/nsubj convicted|convict/VERB/0/root doctor/NOUN/2/obj of/SCONJ/5/mark "
                     "murdering|murder/VERB/2/advcl wife/NOUN/5/obj",
                     5)
                .first,
            "asserted");
}

TEST(Modality, AnAttemptOrAPlanSomeoneIsAccusedOfIsHedged) {
  // "accused the rebels of attempting to attack the convoys": alleged, not a plan the rebels announced.
  const char* t = "AU/PROPN/2/nsubj accused|accuse/VERB/0/root rebels|rebel/NOUN/2/obj of/SCONJ/5/mark "
                  "attempting|attempt/VERB/2/advcl to/PART/7/mark attack/VERB/5/xcomp convoys|convoy/NOUN/7/obj";
  auto m = modality(t, 7);
  EXPECT_EQ(m.first, "hedged");
  EXPECT_EQ(m.second, "accused ... of attempting");
  // Unaccused, an attempt to attack is intended.
  EXPECT_EQ(modality("rebels|rebel/NOUN/2/nsubj attempted|attempt/VERB/0/root to/PART/4/mark attack/VERB/2/xcomp "
                     "convoys|convoy/NOUN/4/obj",
                     4)
                .first,
            "intended");
}

TEST(Modality, TheCircumstanceOfAnOrderIsNotOrdered) {
  // "After meeting Blinken, Olmert ordered the army to act": the meeting happened; the act is ordered.
  const char* t =
      "After/SCONJ/2/mark meeting|meet/VERB/5/advcl Blinken/PROPN/2/obj ,/PUNCT/2/punct Olmert/PROPN/6/nsubj "
      "ordered|order/VERB/0/root the/DET/8/det army/NOUN/6/obj to/PART/10/mark act/VERB/6/xcomp";
  EXPECT_EQ(modality(t, 2).first, "asserted");
  EXPECT_EQ(modality(t, 10).first, "demanded");
  // An adverbial clause marked "for" is what is pushed for: "pushed for resuming talks".
  EXPECT_EQ(modality("Bush/PROPN/2/nsubj pushed|push/VERB/0/root for/SCONJ/4/mark resuming|resume/VERB/2/advcl "
                     "talks|talk/NOUN/4/obj",
                     4)
                .first,
            "demanded");
  // A participle beside a plan is no part of it: "Hamas vowed to boycott the vote, describing it as a coup".
  EXPECT_EQ(modality("Hamas/PROPN/2/nsubj vowed|vow/VERB/0/root to/PART/4/mark boycott/VERB/2/xcomp ,/PUNCT/6/punct "
                     "describing|describe/VERB/2/advcl it/PRON/6/obj",
                     6)
                .first,
            "asserted");
}

TEST(Modality, KeenOnOrABidToIsIntended) {
  // "China is keen on enhancing relations", "in a bid to end the fighting".
  EXPECT_EQ(modality("China/PROPN/3/nsubj is|be/AUX/3/cop keen/ADJ/0/root on/SCONJ/5/mark enhancing|enhance/VERB/3/advcl "
                     "relations|relation/NOUN/5/obj",
                     5)
                .first,
            "intended");
  EXPECT_EQ(modality("In/ADP/3/case a/DET/3/det bid/NOUN/0/root to/PART/5/mark end/VERB/3/acl the/DET/7/det "
                     "fighting/NOUN/5/obj",
                     5)
                .first,
            "intended");
}

TEST(Modality, ForManyYearsIsHistorical) {
  // "The rebels have fought the army for 20 years" reaches well back; "for two days" does not.
  auto m = modality("rebels|rebel/NOUN/3/nsubj have/AUX/3/aux fought|fight/VERB/0/root the/DET/5/det army/NOUN/3/obj "
                    "for/ADP/8/case 20/NUM/8/nummod years|year/NOUN/3/obl",
                    3);
  EXPECT_EQ(m.first, "historical");
  EXPECT_EQ(m.second, "for 20 years");
  EXPECT_EQ(modality("rebels|rebel/NOUN/3/nsubj have/AUX/3/aux fought|fight/VERB/0/root the/DET/5/det army/NOUN/3/obj "
                     "for/ADP/8/case two/NUM/8/nummod days|day/NOUN/3/obl",
                     3)
                .first,
            "asserted");
}

}  // namespace
}  // namespace vigil::events
