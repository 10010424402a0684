// Disapproval, demands and refusals (CAMEO roots 10, 11, 12) through the shipped pipeline: who complains of whom,
// who refuses what, on sentences written for these tests in the manner of wire copy.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;
using test::has_from;
using test::has_pair;

TEST(Dissent, WhoRightAfterANamedBodyIsThatBody) {
  // The parse hangs "who accuse" on the campaign (or makes it a complement of "stepped up"); "who" speaks of the
  // LTTE named right before it.
  auto e = test::coded_events(
      "The government stepped up its campaign against the LTTE who accuse the Sri Lankan president of breaking the "
      "truce.",
      "2006-11-20");
  EXPECT_TRUE(has(e, "LKAREB>LKAGOV:112")) << testing::PrintToString(e);
}

TEST(Dissent, WhoAfterABareCountryIsNotThatCountry) {
  auto e = test::coded_events("No worker with a permit to enter Israel who has carried out an attack was ever caught.",
                              "2006-11-20");
  EXPECT_FALSE(std::any_of(e.begin(), e.end(), [](const std::string& s) { return s.starts_with("ISR>"); }))
      << testing::PrintToString(e);
}

TEST(Dissent, AnOwnedRefusalIsARejectionByItsOwner) {
  auto talks = test::coded_events("Talks stalled over Iran's refusal to suspend enrichment.", "2006-11-20");
  EXPECT_TRUE(has_from(talks, "IRN", "12")) << testing::PrintToString(talks);
  // What is rejected picks the code: conditions set are demands to yield (124).
  auto terms = test::coded_events("Talks collapsed over Hamas's rejection of the Western conditions.", "2006-11-20");
  EXPECT_TRUE(has(terms, "PSEREB>-:124")) << testing::PrintToString(terms);
}

TEST(Dissent, DemandingThatSomeoneBeSackedDemandsHisGoing) {
  auto e = test::coded_events("Kenyan opposition leaders demanded that the police chief be fired over the killings.",
                              "2006-11-20");
  EXPECT_TRUE(has_from(e, "KENOPP", "1041")) << testing::PrintToString(e);
}

TEST(Dissent, AResolutionSpeaksForTheOneWhoPutsItForward) {
  auto filed = test::coded_events("Denmark filed a resolution Thursday denouncing Chinese human rights abuses.",
                                  "1997-04-10");
  EXPECT_TRUE(has(filed, "DNK>CHN:111")) << testing::PrintToString(filed);
  auto made = test::coded_events("The EU has made a resolution condemning China to the commission every year.",
                                 "1997-04-15");
  EXPECT_TRUE(has(made, "IGOEUREEC>CHN:111")) << testing::PrintToString(made);
}

TEST(Dissent, AResolutionsParticipleIsDoneAsTheResolutionIsPutForward) {
  auto expected = test::coded_events("The European Union is expected to present a resolution condemning Burma.",
                                     "1997-04-08", true, true);
  EXPECT_TRUE(has(expected, "IGOEUREEC>MMR:111/intended")) << testing::PrintToString(expected);
  auto not_put = test::coded_events("The European Union did not present a resolution condemning Burma.", "1997-04-08",
                                    true, true);
  EXPECT_TRUE(has(not_put, "IGOEUREEC>MMR:111/negated")) << testing::PrintToString(not_put);
  auto done = test::coded_events("The European Union presented a resolution condemning Burma.", "1997-04-08", true,
                                 true);
  EXPECT_TRUE(has(done, "IGOEUREEC>MMR:111/asserted")) << testing::PrintToString(done);
}

TEST(Dissent, RsfBeforeSudansRapidSupportForcesIsReportersWithoutBorders) {
  // The initials were the press freedom group's in the wire of 1997-2006; the Sudanese force was formed in 2013.
  auto rwb = test::coded_events("RSF condemned the arrest of the journalist by Gambian police.", "2006-12-21");
  EXPECT_TRUE(has_from(rwb, "NGORWB", "111")) << testing::PrintToString(rwb);
  auto sudan = test::coded_events("RSF fighters attacked the town of El Fasher.", "2024-05-01");
  EXPECT_TRUE(has_from(sudan, "SDNUAF", "19")) << testing::PrintToString(sudan);
}

TEST(Dissent, OutrageSaidAsAStateIsCriticismAndDispleasureDisapproval) {
  // An adjective with "was": the one outraged criticises (111), the one disappointed disapproves (110).
  auto angry = test::coded_events("Britain was angry at Iran's decision.", "2005-06-01");
  EXPECT_TRUE(has(angry, "GBR>IRN:111")) << testing::PrintToString(angry);
  auto disappointed = test::coded_events("China is deeply disappointed with the US decision.", "2005-06-01");
  EXPECT_TRUE(has(disappointed, "CHN>USA:110")) << testing::PrintToString(disappointed);
  // A passive: the passive subject is the one outraged, the by-phrase what outraged it.
  auto passive = test::coded_events("Russia was outraged by the NATO air strikes.", "2005-06-01");
  EXPECT_TRUE(has(passive, "RUS>IGOWSTNAT:111")) << testing::PrintToString(passive);
  EXPECT_FALSE(has_from(passive, "IGOWSTNAT", "11")) << testing::PrintToString(passive);
}

TEST(Dissent, WordsAimedAtACapitalAreAimedAtItsGovernment) {
  // "at" a capital is where most acts happen, but criticism "at" it is aimed at the government that sits there.
  auto hit_out = test::coded_events("Washington hit out at Beijing over its human rights record.", "2005-06-01");
  EXPECT_TRUE(has(hit_out, "USA>CHN:111")) << testing::PrintToString(hit_out);
  auto angry = test::coded_events("Iran was angry at Washington.", "2005-06-01");
  EXPECT_TRUE(has(angry, "IRN>USA:111")) << testing::PrintToString(angry);
}

TEST(Dissent, AnOutrageCausedOrDeniedOrAShockAtNewsIsNoCriticism) {
  // "X outraged Y by ..." tells of an effect; the angry one said nothing the sentence reports.
  auto caused = test::coded_events("Netanyahu also infuriated the Palestinians by slowing the transfer of land.",
                                   "1997-04-23");
  EXPECT_FALSE(has_code(caused, "11")) << testing::PrintToString(caused);
  auto negated = test::coded_events("China was not disappointed with the US decision.", "2005-06-01");
  EXPECT_FALSE(has_code(negated, "11")) << testing::PrintToString(negated);
  auto news = test::coded_events("Pakistani Prime Minister Nawaz Sharif was shocked to learn of the tragedy.",
                                 "1997-04-15");
  EXPECT_FALSE(has_code(news, "11")) << testing::PrintToString(news);
  auto attributive = test::coded_events("Angry Palestinians protested against Israel.", "2005-06-01");
  EXPECT_FALSE(has_code(attributive, "11")) << testing::PrintToString(attributive);
}

TEST(Dissent, AnExplanationDemandedFromSomeoneIsADemandForInformation) {
  auto e = test::coded_events("The Swiss government demanded explanations from Washington about the flights.",
                              "2005-12-14");
  EXPECT_TRUE(has(e, "CHEGOV>USA:101")) << testing::PrintToString(e);
}

TEST(Dissent, AbuRudeinehSpeaksForThePalestinianPresidency) {
  auto e = test::coded_events("Abu Rudeineh demanded the Israeli government to stop its incursions.", "2005-11-08");
  EXPECT_TRUE(has_pair(e, "PSEGOV", "ISRGOV", "10")) << testing::PrintToString(e);
}

TEST(Dissent, TheIslamicRepublicIsIranAndTheOthersAreNamedInFull) {
  auto iran = test::coded_events("But the Islamic Republic rejected a prerequisite of suspending nuclear work.",
                                 "2006-11-20");
  EXPECT_TRUE(has_from(iran, "IRN", "12")) << testing::PrintToString(iran);
  auto pakistan = test::coded_events("The Islamic Republic of Pakistan rejected the proposal.", "2006-11-20");
  EXPECT_TRUE(has_from(pakistan, "PAK", "12")) << testing::PrintToString(pakistan);
}

TEST(Dissent, AThreatToActIsAThreatOfThatAct) {
  // The noun as the verb: "Iran's threat to close the Strait" threatens a blockade (1381) ...
  auto close = test::coded_events("The meeting followed Iran's threat to close the Strait of Hormuz.", "2005-06-01");
  EXPECT_TRUE(has(close, "IRN>-:1381")) << testing::PrintToString(close);
  auto attack = test::coded_events("North Korea's threats to attack South Korea worried Japan.", "2005-06-01");
  EXPECT_TRUE(has_from(attack, "PRK", "1384")) << testing::PrintToString(attack);
  // ... but a threat "to" something that is no act is a danger to it.
  auto danger = test::coded_events("Iran's nuclear programme is a threat to peace in the region.", "2005-06-01");
  EXPECT_FALSE(has_code(danger, "13")) << testing::PrintToString(danger);
}

TEST(Dissent, ARefusalToCommentRejectsNothing) {
  auto e = test::coded_events("Reporters were angered by the Thai minister's refusal to comment.", "2006-11-20");
  EXPECT_FALSE(has_code(e, "12")) << testing::PrintToString(e);
}

TEST(Dissent, RejectingAccusationsIsADenial) {
  auto e = test::coded_events("Syria's rejection of the accusations came a day later.", "2006-11-20");
  EXPECT_TRUE(has(e, "SYR>-:016")) << testing::PrintToString(e);
  EXPECT_FALSE(has_code(e, "12")) << testing::PrintToString(e);
}

TEST(Dissent, DemandingOrRefusingDisarmamentIsAboutDeEscalation) {
  auto demanded = test::coded_events("Israel demanded that the Palestinian Authority disarm the militants.", "2006-11-20");
  EXPECT_TRUE(has(demanded, "ISR>PSEGOV:1056")) << testing::PrintToString(demanded);
  auto refused = test::coded_events("Hamas refused to renounce violence.", "2006-11-20");
  EXPECT_TRUE(has(refused, "PSEREB>-:1246")) << testing::PrintToString(refused);
}

TEST(Dissent, RefusingTermsSetForOneRefusesToYield) {
  auto e = test::coded_events("Hamas has refused the terms set by the donors.", "2006-12-12");
  EXPECT_TRUE(has(e, "PSEREB>-:124")) << testing::PrintToString(e);
}

TEST(Dissent, ChargesRejectedAsBaselessAreDenied) {
  // "rejected as baseless X": the object comes after its predicate and the parse makes it an as-phrase.
  auto rejected = test::coded_events("Syria rejected as baseless US charges that it was arming militants.", "2005-11-20");
  EXPECT_TRUE(has_from(rejected, "SYR", "016")) << testing::PrintToString(rejected);
  EXPECT_FALSE(has_code(rejected, "12")) << testing::PrintToString(rejected);
  auto dismissed = test::coded_events(
      "Pakistan dismissed as baseless Indian reports that its troops had crossed the border.", "2005-11-20");
  EXPECT_TRUE(has(dismissed, "PAK>IND:016")) << testing::PrintToString(dismissed);
}

TEST(Dissent, DenyingAccessRefusesEntry) {
  auto e = test::coded_events("Iran denied access to the site.", "2005-11-20");
  EXPECT_TRUE(has(e, "IRN>-:1245")) << testing::PrintToString(e);
}

TEST(Dissent, TheAUIsTheAfricanUnion) {
  auto e = test::coded_events("The AU condemned the attack on its peacekeepers in Darfur.", "2006-11-20");
  EXPECT_TRUE(has_from(e, "IGOAFRAFU", "11")) << testing::PrintToString(e);
}

TEST(Dissent, RulingOutAPossibilityIsNoRejectionAndRulingOutInvolvementADenial) {
  auto possibility = test::coded_events(
      "A Kenyan government spokesman ruled out the possibility of an assassination attempt on the Ugandan envoy.",
      "2006-12-18");
  EXPECT_FALSE(has_code(possibility, "12")) << testing::PrintToString(possibility);
  auto involvement = test::coded_events("Kenya ruled out any involvement in the attack on the Ugandan envoy.", "2006-12-18");
  EXPECT_TRUE(has_from(involvement, "KEN", "016")) << testing::PrintToString(involvement);
}

}  // namespace
}  // namespace vigil::events
