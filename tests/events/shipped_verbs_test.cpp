// Entries of the shipped verb dictionaries, checked end to end on sentences written for these tests: the patterns
// a wire sentence meets must give the code a CAMEO coder would, and not one a lookalike sentence would not.
#include <algorithm>

#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

// "SOURCE>TARGET:CAMEO" for each event of `text`, published on `published`.
std::vector<std::string> coded(const std::string& text, const std::string& published = "2006-05-10") {
  return test::coded_events(text, published);
}

using test::has_code;

TEST(ShippedVerbs, SayingOneInvitedSomeoneIsNoThreat) {
  auto invited = coded("Kenya said it invited Uganda to attend the summit.");
  EXPECT_FALSE(has_code(invited, "13")) << ::testing::PrintToString(invited);
  // What a threat says a move would entail is one.
  auto warned = coded("Kenya said a Ugandan incursion would entail serious consequences.");
  EXPECT_TRUE(has_code(warned, "13")) << ::testing::PrintToString(warned);
}

// "not only" adds an act, it does not deny one: patterns that ask for "not" must not take it.
TEST(ShippedVerbs, AStateProtestsInWordsThePublicInTheStreet) {
  auto state = test::coded_events("The US government has already protested China's plans to dissolve the legislature.",
                                  "1997-04-18");
  EXPECT_TRUE(test::has(state, "USAGOV>CHN:111")) << ::testing::PrintToString(state);
  EXPECT_FALSE(has_code(state, "14")) << ::testing::PrintToString(state);
  auto students = test::coded_events("Thousands of Korean students protested against the war in Seoul.", "2005-11-18");
  EXPECT_TRUE(has_code(students, "14")) << ::testing::PrintToString(students);
}

TEST(ShippedVerbs, NotOnlyIsNoNegation) {
  auto condemned = coded("Russia not only condemned the attack on Ukraine.");
  EXPECT_TRUE(has_code(condemned, "111")) << ::testing::PrintToString(condemned);
  auto condoned = coded("The looting was not just condoned by Sudanese government officials.");
  EXPECT_FALSE(has_code(condoned, "110")) << ::testing::PrintToString(condoned);
  EXPECT_FALSE(has_code(condoned, "056")) << ::testing::PrintToString(condoned);  // condoning is no forgiving
  // A plain "not" still negates.
  auto denied = coded("Russia did not condemn the attack on Ukraine.");
  EXPECT_FALSE(has_code(denied, "111")) << ::testing::PrintToString(denied);
}

// What a policy "will mean" is a consequence, no one's intent to act.
TEST(ShippedVerbs, WhatAPolicyWillMeanIsNoIntent) {
  auto meant = coded("The new European rule will mean that the member states will give priority to launchers built by the "
                     "agency.");
  EXPECT_FALSE(has_code(meant, "033")) << ::testing::PrintToString(meant);
}

// A pattern that asks for the verb's "not" codes the refusal itself: the event is asserted, and such a pattern wins
// over the verb's plain patterns, whose event would only be denied. A pattern that voids the negated verb does not:
// a meeting that did not happen stays a meeting, coded as negated.
TEST(ShippedVerbs, ANegationThePatternAsksForIsPartOfTheCode) {
  auto with = [](const std::string& text) { return test::coded_events(text, "2006-05-10", true, true); };
  auto ruled = with("Russia did not rule out military action against Georgia.");
  EXPECT_TRUE(test::has(ruled, "RUS>GEO:138/asserted")) << ::testing::PrintToString(ruled);
  auto negotiate = with("Iran will not negotiate with the United States.");
  EXPECT_TRUE(test::has(negotiate, "IRN>USA:125/asserted")) << ::testing::PrintToString(negotiate);
  auto recognise = with("Turkey does not recognise the government of Cyprus.");
  EXPECT_TRUE(has_code(recognise, "120")) << ::testing::PrintToString(recognise);
  EXPECT_FALSE(has_code(recognise, "054")) << ::testing::PrintToString(recognise);
  auto agree = with("Russia could not agree with the European Union on a joint declaration.");
  EXPECT_TRUE(test::has(agree, "RUS>IGOEUREEC:110/asserted")) << ::testing::PrintToString(agree);
  auto met = with("Putin did not meet Chirac in Moscow on Monday.");
  EXPECT_TRUE(test::has(met, "RUSGOV>FRAGOV:040/negated")) << ::testing::PrintToString(met);
  // "free" as an adjective is no refusal to release anyone.
  auto free = with("The lawyer said the judges of Indonesia were not free.");
  EXPECT_FALSE(has_code(free, "124")) << ::testing::PrintToString(free);
}

TEST(ShippedVerbs, SubmittingAPaperIsNoYielding) {
  auto reports = coded("Kenya asked Uganda to submit its annual reports to the regional task force.");
  EXPECT_FALSE(has_code(reports, "08")) << ::testing::PrintToString(reports);
  auto list = coded("FIFA suspended a list of referees submitted by Kenya last month.");
  EXPECT_FALSE(has_code(list, "08")) << ::testing::PrintToString(list);
}

TEST(ShippedVerbs, ANegatedComplementIsNoIntentToDoIt) {
  auto decided = coded("Spain decided to support the resolution at the United Nations.");
  EXPECT_TRUE(has_code(decided, "03")) << ::testing::PrintToString(decided);
  auto decided_not = coded("Spain decided not to support the resolution at the United Nations.");
  EXPECT_FALSE(has_code(decided_not, "03")) << ::testing::PrintToString(decided_not);
  // Asking someone not to act is still an appeal.
  auto urged_not = coded("Spain urged Morocco not to expel the fishermen.");
  EXPECT_TRUE(has_code(urged_not, "02")) << ::testing::PrintToString(urged_not);
}

TEST(ShippedVerbs, EnunciatingAStanceExpressesIt) {
  // "enunciated his support" as "expressed his support": praise or support (05), not nothing.
  auto support = coded("Kenyan President Mwai Kibaki enunciated his support for Uganda.");
  EXPECT_TRUE(has_code(support, "05")) << ::testing::PrintToString(support);
  // "articulated their concerns": a pessimistic comment (01).
  auto concerns = coded("Kenyan officials articulated their concerns about the drought.");
  EXPECT_TRUE(has_code(concerns, "01")) << ::testing::PrintToString(concerns);
}

TEST(ShippedVerbs, WhatOneCallsSomethingIsThatThingAndNoCall) {
  // "what it called Western interference": the interference is what is denounced, its doer the target; "called"
  // names it and is no telephone call.
  auto named = coded("The Kremlin denounced what it called Western interference in Ukraine's elections.");
  EXPECT_EQ(named, std::vector<std::string>{"RUSGOV>WST:111"});
  auto rejected = coded("Moscow rejected what it called Georgian provocations.");
  EXPECT_EQ(rejected, std::vector<std::string>{"RUS>GEO:120"});
}

TEST(ShippedVerbs, WhatIsReceivedComesBeforeWhoIsReceived) {
  // Money or a prize from a country is no host receiving a guest; refugees received are given asylum (075).
  auto money = coded("Zambia said it was receiving 200,000 US dollars a month from its central bank.");
  EXPECT_FALSE(has_code(money, "04")) << ::testing::PrintToString(money);
  auto prize = coded("The Kenyan runner received a German peace prize on Monday.");
  EXPECT_FALSE(has_code(prize, "04")) << ::testing::PrintToString(prize);
  auto refugees = coded("Greece has received about 5,000 Albanian refugees.");
  EXPECT_EQ(refugees, std::vector<std::string>{"GRC>ALBREF:075"});
  auto guest = coded("Chinese President Hu Jintao received the Danish prime minister in Beijing.");
  EXPECT_EQ(guest, std::vector<std::string>{"CHNGOV>DNKGOV:043"});
}

TEST(ShippedVerbs, CallingSomethingUnjustifiedOrPoliticallyMotivatedIsCriticism) {
  // The adjective the parse hangs after the object is what the object is called.
  auto called = coded("Iran called the Russian proposal unjustified.");
  EXPECT_EQ(called, std::vector<std::string>{"IRN>RUS:111"});
  auto described = coded("Syria described the Lebanese report as politically motivated.");
  EXPECT_EQ(described, std::vector<std::string>{"SYR>LBN:111"});
  // Calling someone is a call.
  auto phone = coded("Iran called the Russian president.");
  EXPECT_EQ(phone, std::vector<std::string>{"IRN>RUSGOV:041"});
}

TEST(ShippedVerbs, ResponsibilityForAnActIsOwnedUpToForADutyTakenOn) {
  auto bombing = coded("The Kenyan government took responsibility for the bombing.");
  EXPECT_EQ(bombing, std::vector<std::string>{"KENGOV>-:015"});
  auto decision = coded("The Kenyan president took full responsibility for his decision.");
  EXPECT_EQ(decision, std::vector<std::string>{"KENGOV>-:015"});
  // A duty: "taking responsibility for improving governance", "for their own security".
  auto duty = coded("Kenyan leaders were taking more responsibility for improving governance.");
  EXPECT_FALSE(has_code(duty, "01")) << ::testing::PrintToString(duty);
  auto security = coded("Kenyan forces will take responsibility for their own security.");
  EXPECT_FALSE(has_code(security, "01")) << ::testing::PrintToString(security);
}

TEST(ShippedVerbs, OnesSupportForAnActorIsPraise) {
  auto support = coded("Kenya's strong support for Uganda has helped the talks.");
  EXPECT_NE(std::find(support.begin(), support.end(), "KEN>UGA:051"), support.end())
      << ::testing::PrintToString(support);
  // Support for a war or a resolution names no one it backs.
  auto war = coded("Public support for the war in Somalia fell sharply in Kenya.");
  EXPECT_FALSE(has_code(war, "05")) << ::testing::PrintToString(war);
}

TEST(ShippedVerbs, TheMoroNationalFrontSignsAsRebels) {
  auto signed_accord = coded("The MNLF signed a peace agreement with the Philippine government in Manila.", "1997-04-25");
  EXPECT_NE(std::find(signed_accord.begin(), signed_accord.end(), "PHLREB>PHLGOV:057"), signed_accord.end())
      << ::testing::PrintToString(signed_accord);
}

// "was not optimistic about the talks" is a pessimistic comment (012), however the talks are named.
TEST(ShippedVerbs, NotOptimisticAboutTalksIsPessimism) {
  auto hopeful = coded("The Kenyan president was optimistic about the talks with Uganda.");
  EXPECT_TRUE(test::has(hopeful, "KENGOV>UGA:013")) << ::testing::PrintToString(hopeful);
  auto doubtful = coded("The Kenyan president was not optimistic about the talks with Uganda.");
  EXPECT_TRUE(test::has(doubtful, "KENGOV>UGA:012")) << ::testing::PrintToString(doubtful);
  EXPECT_FALSE(has_code(doubtful, "013")) << ::testing::PrintToString(doubtful);
  auto outcome = coded("The Kenyan president was not optimistic about the outcome.");
  EXPECT_TRUE(test::has(outcome, "KENGOV>-:012")) << ::testing::PrintToString(outcome);
}

// "called for X to resign": who is to resign is the "for" phrase, not the caller; a traveller who "left for Havana to
// meet" someone does the meeting.
TEST(ShippedVerbs, TheForPhraseBeforeAnAskedForActIsItsDoer) {
  auto resign = coded("Kenyan opposition parties called for the Ugandan president to resign.");
  EXPECT_TRUE(test::has_from(resign, "UGAGOV", "083")) << ::testing::PrintToString(resign);
  EXPECT_FALSE(test::has_from(resign, "KENOPP", "083")) << ::testing::PrintToString(resign);
  auto withdraw = coded("Russia appealed for Georgia to withdraw its troops from the border.");
  EXPECT_TRUE(test::has_from(withdraw, "GEO", "08")) << ::testing::PrintToString(withdraw);
  EXPECT_FALSE(test::has_from(withdraw, "RUS", "08")) << ::testing::PrintToString(withdraw);
  auto travel = coded("The Kenyan president left for Havana to meet Cuban leaders.");
  EXPECT_TRUE(test::has_from(travel, "KENGOV", "04")) << ::testing::PrintToString(travel);
  EXPECT_FALSE(test::has_from(travel, "CUB", "04")) << ::testing::PrintToString(travel);
}

// A sentence to prison or death is a detention by legal action (173); the verdict before it is 116.
TEST(ShippedVerbs, ASentenceIsADetentionAndAConvictionAVerdict) {
  auto sentenced = coded("An Egyptian court sentenced the opposition leader to five years in prison.");
  EXPECT_TRUE(test::has(sentenced, "EGYJUD>EGYOPP:173")) << ::testing::PrintToString(sentenced);
  EXPECT_FALSE(has_code(sentenced, "116")) << ::testing::PrintToString(sentenced);
  auto convicted = coded("An Egyptian court convicted the opposition leader of fraud.");
  EXPECT_TRUE(test::has(convicted, "EGYJUD>EGYOPP:116")) << ::testing::PrintToString(convicted);
}

}  // namespace
}  // namespace vigil::events
