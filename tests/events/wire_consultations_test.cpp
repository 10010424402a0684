// Wire English of CAMEO roots 03 and 04 through the shipped pipeline (model, dictionaries, cues): journeys written
// "left for" and "headed for", who calls whom in "received a call from", what "facilitate" mediates, who takes part
// in a fronted meeting, meetings of three or more, and what an offer or a wish for talks is.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;

// With the shipped cues: planned acts recoded as intents, modality decided.
std::vector<std::string> coded_events(const std::string& text, const std::string& published) {
  return test::coded_events(text, published, true);
}
TEST(WireConsultations, LeavingOrHeadingForACountryIsTheJourneyOfAVisit) {
  auto left = coded_events("Nepali King Gyanendra left Kathmandu for Dhaka on Friday to attend the summit.", "2005-11-11");
  EXPECT_TRUE(has(left, "NPLGOV>BGD:042")) << testing::PrintToString(left);
  auto headed = coded_events("South African President Nelson Mandela headed for Luanda on Friday to attend the inauguration.",
                             "1997-04-11");
  EXPECT_TRUE(has(headed, "ZAFGOV>AGO:042")) << testing::PrintToString(headed);
  // Announced, it is an intent to meet.
  auto planned = coded_events("Japanese Foreign Minister Yukihiko Ikeda will leave for Lima on Wednesday.", "1997-04-23");
  EXPECT_TRUE(has(planned, "JPNGOV>PER:036")) << testing::PrintToString(planned);
  // An economy heading for a fall makes no journey, whatever the sentence names after it.
  auto economy = coded_events("New Zealand's economy could be heading for a hard fall, a report by the OECD said.",
                              "2005-11-29");
  EXPECT_FALSE(has_code(economy, "04")) << testing::PrintToString(economy);
  // Troops leaving for a country are still deployed there, not visiting.
  auto troops = coded_events("The first contingent of Italian troops will leave for Albania on Monday.", "1997-04-11");
  EXPECT_FALSE(has_code(troops, "04")) << testing::PrintToString(troops);
}

TEST(WireConsultations, TheCallerOfAReceivedCallIsItsSource) {
  auto call = coded_events("Yasser Arafat received an urgent telephone call from US Secretary of State Madeleine Albright.",
                           "1997-04-23");
  EXPECT_TRUE(has(call, "USAGOV>PSEGOV:041")) << testing::PrintToString(call);
  EXPECT_FALSE(has(call, "PSEGOV>USAGOV:041")) << testing::PrintToString(call);
  auto letter = coded_events("Chinese President Hu Jintao received a letter from Russian President Vladimir Putin.",
                             "2005-11-15");
  EXPECT_TRUE(has(letter, "RUSGOV>CHNGOV:040")) << testing::PrintToString(letter);
}

TEST(WireConsultations, ADiscussionWithSomeoneIsAConsultation) {
  auto after = coded_events("A dispute between Russia and Ukraine over gas supplies should not be politicised, Russian "
                            "President Vladimir Putin said Friday after a telephone discussion with Ukrainian counterpart "
                            "Viktor Yushchenko.",
                            "2005-12-16");
  EXPECT_TRUE(has_code(after, "04")) << testing::PrintToString(after);
  EXPECT_TRUE(has(after, "RUSGOV>UKRGOV:040")) << testing::PrintToString(after);
  // A discussion of something with no one is no event.
  auto topic = coded_events("Russia wants a discussion of gas prices.", "2005-12-16");
  EXPECT_FALSE(has_code(topic, "04")) << testing::PrintToString(topic);
}

TEST(WireConsultations, SpeakingToThePressIsNoConsultation) {
  auto press = coded_events("Speaking to reporters after the election, Senator Harry Reid said Democrats would win.",
                            "2006-11-14");
  EXPECT_FALSE(has_code(press, "04")) << testing::PrintToString(press);
  auto minister = coded_events("Putin spoke to his French counterpart on Monday.", "2006-11-14");
  EXPECT_TRUE(has(minister, "RUSGOV>FRAGOV:040")) << testing::PrintToString(minister);
}

TEST(WireConsultations, FacilitatingIsMediationOnlyOfTalksOrASettlement) {
  auto talks = coded_events("Norway is facilitating the peace talks between Colombo and the Tamil Tigers.", "2005-11-04");
  EXPECT_TRUE(has_code(talks, "045")) << testing::PrintToString(talks);
  auto transport = coded_events("The Kenyan government is facilitating the transportation of 35,000 people.", "2006-11-21");
  EXPECT_FALSE(has_code(transport, "03")) << testing::PrintToString(transport);
  EXPECT_FALSE(has_code(transport, "04")) << testing::PrintToString(transport);
}

TEST(WireConsultations, TheSubjectAfterAFrontedMeetingTakesPartInIt) {
  // The parse hangs the subject inside the fronted phrase as a conjunct of the partner; "Following" it tags a verb.
  auto met = coded_events("Following his talks with Wu Yi, Annan also met with Vice Premier Li Lanqing.", "2005-11-08");
  EXPECT_TRUE(has(met, "IGOUNO>CHNGOV:046")) << testing::PrintToString(met);
  EXPECT_TRUE(has(met, "IGOUNO>CHNELI:040")) << testing::PrintToString(met);
}

TEST(WireConsultations, AnOwnersPronounInAPassiveClauseIsThePassiveSubjects) {
  // "his refusal" is Arafat's (president in 2002), not the army's that besieged him.
  auto refusal = coded_events("Arafat was besieged by the Israeli army in his compound in 2002 following his refusal "
                              "to Israel's demands.",
                              "2006-11-11");
  EXPECT_TRUE(has(refusal, "PSEGOV>ISR:124")) << testing::PrintToString(refusal);
  EXPECT_FALSE(has(refusal, "ISRMIL>ISR:124")) << testing::PrintToString(refusal);
  // A passive subject that is no actor leaves the meeting to the doer.
  auto offer = coded_events("The offer was made by the Iranian ambassador in his meeting with the Pakistani minister.",
                            "2006-11-04");
  EXPECT_TRUE(has(offer, "IRNGOV>PAKGOV:040")) << testing::PrintToString(offer);
}

TEST(WireConsultations, ThreeOrMorePartiesMeetTogetherNotPairByPair) {
  auto summit = coded_events("The leaders of Egypt, Jordan, Israel and the Palestinian territories met in Sharm el-Sheikh "
                             "on Tuesday.",
                             "2005-02-08");
  EXPECT_TRUE(has(summit, "EGYGOV>-:040")) << testing::PrintToString(summit);
  EXPECT_TRUE(has(summit, "ISRGOV>-:040")) << testing::PrintToString(summit);
  EXPECT_FALSE(has(summit, "EGYGOV>ISRGOV:040")) << testing::PrintToString(summit);
  // A forum attended, with no partner named, is no meeting of anyone.
  auto forum = coded_events("Officials from the United States, Iraq, Iran and Libya attended a forum which opened on Monday.",
                            "1997-04-28");
  EXPECT_FALSE(has_code(forum, "04")) << testing::PrintToString(forum);
  // Two parties still meet each other.
  auto pair = coded_events("The leaders of Egypt and Israel met in Sharm el-Sheikh on Tuesday.", "2005-02-08");
  EXPECT_TRUE(has(pair, "EGYGOV>ISRGOV:040")) << testing::PrintToString(pair);
  EXPECT_TRUE(has(pair, "ISRGOV>EGYGOV:040")) << testing::PrintToString(pair);
}

TEST(WireConsultations, EnvoysOfTheWireMeetAndVisitUnderTheirOffice) {
  auto envoy = coded_events("Andrew Natsios arrived in Khartoum on Saturday and met Sudanese Foreign Minister Lam Akol on "
                            "Sunday.",
                            "2006-12-10");
  EXPECT_TRUE(has(envoy, "USAGOV>SDN:042")) << testing::PrintToString(envoy);
  EXPECT_TRUE(has(envoy, "USAGOV>SDNGOV:040")) << testing::PrintToString(envoy);
  auto premier = coded_events("Navin Ramgoolam met on Monday with Chinese Premier Li Peng.", "1997-04-15");
  EXPECT_TRUE(has(premier, "MUSGOV>CHNGOV:040")) << testing::PrintToString(premier);
}

TEST(WireConsultations, AttendingAFunctionIsNoProtest) {
  auto gathering = coded_events("Li Changchun attended the gathering and handed out the awards.", "2006-11-08");
  EXPECT_FALSE(has_code(gathering, "14")) << testing::PrintToString(gathering);
}

TEST(WireIntents, AgreeingToTalksIsAnIntentToMeet) {
  auto talks = coded_events("Mobutu Sese Seko has agreed to talks.", "1997-04-30");
  EXPECT_TRUE(has(talks, "CODGOV>-:036")) << testing::PrintToString(talks);
  auto meeting = coded_events("Bill Clinton agreed to the meeting with Martin Lee after pressure from Congress.",
                              "1997-04-18");
  EXPECT_TRUE(has_code(meeting, "036")) << testing::PrintToString(meeting);
}

TEST(WireIntents, AHeadlinesBareInfinitiveAnnouncesTheMeeting) {
  auto headline = test::coded_events("Russia, China to hold talks on energy", "2006-11-25", true, true);
  EXPECT_TRUE(has(headline, "RUS>CHN:036/intended")) << testing::PrintToString(headline);
  EXPECT_FALSE(has_code(headline, "046")) << testing::PrintToString(headline);
  // A sentence with a finite verb is no headline: its infinitive is another matter.
  auto told = test::coded_events("Russia and China held talks on energy on Monday.", "2006-11-25", true, true);
  EXPECT_TRUE(has(told, "RUS>CHN:046/asserted")) << testing::PrintToString(told);
}

TEST(WireIntents, AnObjectThatIsNoThingDeniesTheAct) {
  auto none = test::coded_events("Alberto Fujimori said he will release no prisoners.", "1997-04-14", true, true);
  EXPECT_TRUE(has(none, "PERGOV>PERCVL:0353/negated")) << testing::PrintToString(none);
  auto some = test::coded_events("Alberto Fujimori said he will release the prisoners.", "1997-04-14", true, true);
  EXPECT_TRUE(has(some, "PERGOV>PERCVL:0353/intended")) << testing::PrintToString(some);
}

TEST(WireIntents, TalksThatAreHopedOrPlannedDidNotHappen) {
  auto hopes = test::coded_events("Hopes of talks between Russia and China rose on Sunday.", "2006-11-25", true, true);
  EXPECT_TRUE(has(hopes, "RUS>CHN:046/hedged")) << testing::PrintToString(hopes);
  EXPECT_FALSE(has(hopes, "RUS>CHN:046/asserted")) << testing::PrintToString(hopes);
  auto plans = test::coded_events("The Russian president announced his plans for talks with China.", "2006-11-25", true, true);
  EXPECT_FALSE(has(plans, "RUSGOV>CHN:046/asserted")) << testing::PrintToString(plans);
}

TEST(WireConsultations, MeetingAllOfTheDemandsIsYieldingNotAMeeting) {
  auto demands = coded_events("North Korea met all of the demands of the Security Council.", "2006-11-06");
  EXPECT_TRUE(has_code(demands, "083")) << testing::PrintToString(demands);
  EXPECT_FALSE(has_code(demands, "04")) << testing::PrintToString(demands);
}

TEST(WireIntents, AGovernmentsOwnBudgetIsNoIntent) {
  auto budget = coded_events("The Zambian government proposed a budget of 10,459 billion kwacha for the year 2007.",
                             "2005-11-19");
  EXPECT_FALSE(has_code(budget, "03")) << testing::PrintToString(budget);
}

TEST(WireIntents, OfferingNoDetailsIsNoIntelligenceShared) {
  auto details = coded_events("The Swedish foreign minister told reporters on Thursday that a decision was weeks away, "
                              "but offered no further details.",
                              "2006-12-01");
  EXPECT_FALSE(has_code(details, "03")) << testing::PrintToString(details);
}

TEST(WireIntents, WantingTalksWithSomeoneIsAnIntentToMeetThem) {
  auto meeting = coded_events("Laurent Kabila said he wanted a face-to-face meeting with Mobutu Sese Seko.", "1997-04-13");
  EXPECT_TRUE(has(meeting, "CODREB>CODGOV:036")) << testing::PrintToString(meeting);
  // Wishing others would talk is no intent of one's own.
  auto others = coded_events("Washington wished a dialogue between the Chinese government and the Dalai Lama.",
                             "1997-04-24");
  EXPECT_FALSE(has_code(others, "036")) << testing::PrintToString(others);
}

TEST(WireIntents, WhatWasSupposedToHappenIsNotAsserted) {
  auto supposed = test::coded_events("Frederick Chiluba was supposed to leave for South Africa two weeks ago.",
                                     "2006-11-27", true, true);
  EXPECT_FALSE(has(supposed, "ZMBELI>ZAF:042/asserted")) << testing::PrintToString(supposed);
  EXPECT_TRUE(has(supposed, "ZMBELI>ZAF:042/hedged")) << testing::PrintToString(supposed);
}

}  // namespace
}  // namespace vigil::events
