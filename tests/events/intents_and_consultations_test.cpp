// Intents (CAMEO 03) and consultations (04) through the shipped pipeline: a meeting needs a partner, and what a
// speaker suggests, rebukes or steps up is not a promise of his own.
#include <gtest/gtest.h>

#include <algorithm>

#include "coding/partnerless_consultations.h"
#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::coded_events;

using test::has;
using test::has_code;
using test::has_from;
using test::has_pair;

TEST(Consultations, OnlyMeetingsTalksAndCallsNeedAPartner) {
  EXPECT_TRUE(coding::needs_partner("040"));
  EXPECT_TRUE(coding::needs_partner("046"));
  EXPECT_FALSE(coding::needs_partner("042"));  // a visit may name only the place visited
  EXPECT_FALSE(coding::needs_partner("045"));  // a mediator acts between others
  EXPECT_FALSE(coding::needs_partner("036"));
  std::vector<coding::Event> events(5);
  for (auto& e : events) e.partner_unnamed = true;
  events[0].cameo = "040";  // coded before: kept
  events[1].cameo = "040";
  events[2].cameo = "040";
  events[2].target = coding::ActorRef{};
  events[3].cameo = "042";
  events[4].cameo = "040";
  events[4].partner_unnamed = false;  // its pattern named a partner who is no known actor
  coding::drop_partnerless(events, 1);
  ASSERT_EQ(events.size(), 4u);
  EXPECT_FALSE(events[0].target.has_value());
  EXPECT_TRUE(events[1].target.has_value());
  EXPECT_EQ(events[2].cameo, "042");
  EXPECT_FALSE(events[3].partner_unnamed);
}

TEST(Consultations, ABodySittingOrPeopleGatheringConsultNoOne) {
  auto cabinet = coded_events("The Egyptian cabinet held a meeting on Sunday to discuss the budget.", "2006-01-10");
  EXPECT_FALSE(has_code(cabinet, "04")) << testing::PrintToString(cabinet);
  auto ministers = coded_events("Kenyan ministers meeting in Nairobi this week agreed on a new budget.", "2006-01-10");
  EXPECT_FALSE(has_code(ministers, "04")) << testing::PrintToString(ministers);
  // A partner named is a meeting, even one of no known country.
  auto unknown = coded_events("The Egyptian foreign minister met with vice foreign minister Hassan Omar on Sunday.", "2006-01-10");
  EXPECT_TRUE(has_code(unknown, "04")) << testing::PrintToString(unknown);
  // With a partner it is a meeting.
  auto pair = coded_events("The Egyptian foreign minister held a meeting with his Jordanian counterpart on Sunday.",
                           "2006-01-10");
  EXPECT_TRUE(has(pair, "EGYGOV>JORGOV:040")) << testing::PrintToString(pair);
}

TEST(Intents, SteppingUpIsNoResignation) {
  auto up = coded_events("The Swedish prime minister vowed to step up cooperation with Kenya.", "2006-01-10");
  EXPECT_FALSE(has_code(up, "0341")) << testing::PrintToString(up);
  auto down = coded_events("The Kenyan president promised to step down next year.", "2006-01-10");
  EXPECT_TRUE(has(down, "KENGOV>-:0341")) << testing::PrintToString(down);
}

TEST(Intents, SuggestingThatIsNoIntentOfTheSpeaker) {
  auto advice = coded_events("The Swedish envoy suggested that Kenya should do more against corruption.", "2006-01-10");
  EXPECT_FALSE(has_code(advice, "03")) << testing::PrintToString(advice);
  auto claim = coded_events("A survey by the Swedish government suggests that the economy is growing.", "2006-01-10");
  EXPECT_FALSE(has_code(claim, "03")) << testing::PrintToString(claim);
  // A meeting suggested is a proposal to meet.
  auto meeting = coded_events("The Swedish envoy suggested a meeting with the Kenyan president.", "2006-01-10");
  EXPECT_TRUE(has(meeting, "SWEGOV>KENGOV:036")) << testing::PrintToString(meeting);
}

TEST(Intents, AnOfferedRebukeIsDisapprovalAndAPrayerNoOffer) {
  auto rebuke = coded_events("The Swedish prime minister offered a mild rebuke to Kenya over the elections.", "2006-01-10");
  EXPECT_TRUE(has(rebuke, "SWEGOV>KEN:111")) << testing::PrintToString(rebuke);
  EXPECT_FALSE(has_code(rebuke, "03")) << testing::PrintToString(rebuke);
  auto prayer = coded_events("The Indian parliament offered a silent prayer for the victims of the flood.", "2006-01-10");
  EXPECT_FALSE(has_code(prayer, "03")) << testing::PrintToString(prayer);
  auto help = coded_events("The Swedish prime minister offered help to Kenya.", "2006-01-10");
  EXPECT_TRUE(has(help, "SWEGOV>KEN:033")) << testing::PrintToString(help);
}

TEST(Consultations, AGuestAfterWithOrToIsTheVisitorWhateverTheParse) {
  // The parse makes "visiting" a clause with the guest for its object; the guest still makes the visit, to the host.
  auto talks = coded_events("The Jordanian foreign minister held talks on Saturday with visiting Russian foreign "
                            "minister Anatoly Petrov, stressing the importance of peace.",
                            "2006-01-10");
  EXPECT_TRUE(has(talks, "RUSGOV>JOR:042")) << testing::PrintToString(talks);
  EXPECT_FALSE(has_pair(talks, "JORGOV", "RUSGOV", "042")) << testing::PrintToString(talks);
  auto meeting = coded_events("The Iranian leader spoke at a meeting with visiting Iraqi President Jalal Talabani.",
                              "2006-01-10");
  EXPECT_TRUE(has(meeting, "IRQGOV>IRN:042")) << testing::PrintToString(meeting);
  // A country after the participle is the place visited, not a guest.
  auto place = coded_events("The Kenyan activist was charged with visiting Israel without a permit.", "2006-01-10");
  EXPECT_FALSE(has_from(place, "ISR", "042")) << testing::PrintToString(place);
}

TEST(Consultations, AMeetingDatedAfterPublicationIsPlanned) {
  // Published on Tuesday 10 January 2006: Friday's meeting has not happened yet, whatever the verb's tense.
  auto ahead = coded_events("The Kenyan president meets the Swedish prime minister in Nairobi on Friday.", "2006-01-10",
                            true);
  EXPECT_TRUE(has(ahead, "KENGOV>SWEGOV:036")) << testing::PrintToString(ahead);
  EXPECT_FALSE(has(ahead, "KENGOV>SWEGOV:040")) << testing::PrintToString(ahead);
  auto held = coded_events("The Kenyan president met the Swedish prime minister in Nairobi on Monday.", "2006-01-10",
                           true);
  EXPECT_TRUE(has(held, "KENGOV>SWEGOV:040")) << testing::PrintToString(held);
}

TEST(Consultations, AMeetingPutOffIsNotHeld) {
  // As "postponed": the summit is coded, negated.
  auto off = coded_events("A summit between Kenyan President Mwai Kibaki and Swedish Prime Minister Goran Persson was put "
                          "off until March.",
                          "2006-01-10", true, true);
  EXPECT_TRUE(has(off, "KENGOV>SWEGOV:040/negated")) << testing::PrintToString(off);
  EXPECT_FALSE(has(off, "KENGOV>SWEGOV:040/asserted")) << testing::PrintToString(off);
  auto held = coded_events("A summit between Kenyan President Mwai Kibaki and Swedish Prime Minister Goran Persson ended "
                           "on Monday.",
                           "2006-01-10", true, true);
  EXPECT_TRUE(has(held, "KENGOV>SWEGOV:040/asserted")) << testing::PrintToString(held);
}

TEST(Intents, WhatOneIsWillingPreparedOrDeterminedToDoIsIntended) {
  auto willing = coded_events("The Kenyan president is willing to meet the rebels.", "2006-01-10", true);
  EXPECT_TRUE(has(willing, "KENGOV>KENREB:036")) << testing::PrintToString(willing);
  EXPECT_FALSE(has(willing, "KENGOV>KENREB:040")) << testing::PrintToString(willing);
  auto determined = coded_events("The Swedish government is determined to help Kenya.", "2006-01-10", true);
  EXPECT_FALSE(has_code(determined, "07")) << testing::PrintToString(determined);
  EXPECT_TRUE(has_pair(determined, "SWEGOV", "KEN", "033")) << testing::PrintToString(determined);
}

TEST(Consultations, CallingSomeoneAQuotedNameIsNoTelephoneCall) {
  auto named = coded_events("The Swedish prime minister called the Kenyan president \"a danger to the region\" on Monday.",
                            "2006-01-10");
  EXPECT_FALSE(has_code(named, "041")) << testing::PrintToString(named);
  // The parse hangs the quoted name on the object: still a name, no call.
  auto quoted = coded_events("Despite calling its troops the \"Home Guard Forces\", Kenya has one of the biggest military "
                             "budgets in Africa.",
                             "2006-01-10");
  EXPECT_FALSE(has_code(quoted, "041")) << testing::PrintToString(quoted);
  auto phoned = coded_events("The Swedish prime minister called the Kenyan president on Monday.", "2006-01-10");
  EXPECT_TRUE(has(phoned, "SWEGOV>KENGOV:041")) << testing::PrintToString(phoned);
}

}  // namespace
}  // namespace vigil::events
