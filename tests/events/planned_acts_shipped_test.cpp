// Planned acts end to end: sentences written for these tests, coded with the shipped model, dictionaries and cue
// words (modality included), so an act that is announced, planned or promised comes out as its CAMEO intent (03x).
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

// "SOURCE>TARGET:CAMEO" for each event of `text`, with the modality pass (and "/MODALITY" if asked).
std::vector<std::string> coded(const std::string& text, const std::string& published = "2001-03-14",
                               bool with_modality = false) {
  return test::coded_events(text, published, true, with_modality);
}

using test::has;

TEST(PlannedActsShipped, APurposeClauseOfAPlannedVisitIsPlannedToo) {
  auto events = coded("The Kenyan foreign minister will travel to Uganda on Friday to meet with President Yoweri Museveni.");
  EXPECT_TRUE(has(events, "KENGOV>UGAGOV:036")) << ::testing::PrintToString(events);
  EXPECT_FALSE(has(events, "KENGOV>UGAGOV:040")) << ::testing::PrintToString(events);
  // The purpose of a visit that took place is a meeting that took place.
  auto past = coded("The Kenyan foreign minister travelled to Uganda on Friday to meet with President Yoweri Museveni.");
  EXPECT_TRUE(has(past, "KENGOV>UGAGOV:040")) << ::testing::PrintToString(past);
}

TEST(PlannedActsShipped, AnActTriedOrProposedIsAnIntent) {
  auto tried = coded("Japan has been trying to repair relations with China.", "2006-12-14", true);
  EXPECT_TRUE(has(tried, "JPN>CHN:032/intended")) << ::testing::PrintToString(tried);
  auto proposed = coded("Russia proposed to cooperate with China on space projects.", "2005-11-04", true);
  EXPECT_TRUE(has(proposed, "RUS>CHN:031/intended")) << ::testing::PrintToString(proposed);
  EXPECT_FALSE(has(proposed, "RUS>CHN:060/asserted")) << ::testing::PrintToString(proposed);
}

TEST(PlannedActsShipped, AVisitNounPutAheadIsAPlannedVisit) {
  auto ahead = coded("The ministers talked ahead of the Chilean president's visit to Peru.");
  EXPECT_TRUE(has(ahead, "CHLGOV>PER:036")) << ::testing::PrintToString(ahead);
  auto upcoming = coded("Officials in Lima prepared for the upcoming visit to Peru by the Chilean foreign minister.");
  EXPECT_TRUE(has(upcoming, "CHLGOV>PER:036")) << ::testing::PrintToString(upcoming);
  // Before a visit, in a clause of the future: the visit is still to come.
  auto before = coded("The ministers will meet before the Chilean president's visit to Peru.");
  EXPECT_TRUE(has(before, "CHLGOV>PER:036")) << ::testing::PrintToString(before);
  // A planned visit that was put off is no intent: a visit, negated.
  auto postponed = coded("The planned visit to Peru by the Chilean president has been postponed.", "2001-03-14", true);
  EXPECT_TRUE(has(postponed, "CHLGOV>PER:042/negated")) << ::testing::PrintToString(postponed);
  EXPECT_FALSE(has(postponed, "CHLGOV>PER:036/intended")) << ::testing::PrintToString(postponed);
  // Before a visit, in a clause of the past: a visit that happened.
  auto past = coded("The ministers met before the Chilean president's visit to Peru.");
  EXPECT_TRUE(has(past, "CHLGOV>PER:042")) << ::testing::PrintToString(past);
}

TEST(PlannedActsShipped, ContinuedSupportIsAnIntentOfDiplomaticCooperation) {
  auto events = coded("The Danish government would continue to support the Afghan people, the prime minister said.");
  bool intent = false, act = false;
  for (const std::string& e : events) {
    intent = intent || (e.rfind("DNKGOV>AFG", 0) == 0 && e.substr(e.find(':') + 1) == "032");
    act = act || (e.rfind("DNKGOV>AFG", 0) == 0 && e.substr(e.find(':') + 1, 2) == "05");
  }
  EXPECT_TRUE(intent) << ::testing::PrintToString(events);
  EXPECT_FALSE(act) << ::testing::PrintToString(events);
}

TEST(PlannedActsShipped, AHostileActItsDoerAnnouncesIsAThreat) {
  auto sanctions = coded("Canada will impose sanctions on Belarus, the Canadian foreign ministry said.");
  EXPECT_TRUE(has(sanctions, "CAN>BLR:1312")) << ::testing::PrintToString(sanctions);
  EXPECT_FALSE(has(sanctions, "CAN>BLR:163")) << ::testing::PrintToString(sanctions);
  // Vowing to hit back is the vow's threat, with the act it threatens beside it as planned (not a second threat).
  auto vowed = coded("Syria vowed to retaliate against Turkey.");
  EXPECT_TRUE(has(vowed, "SYR>TUR:138")) << ::testing::PrintToString(vowed);
  EXPECT_TRUE(has(vowed, "SYR>TUR:190")) << ::testing::PrintToString(vowed);
  auto revenge = coded("Israel vowed to revenge the rocket attack by Palestinian militants.");
  EXPECT_TRUE(has(revenge, "ISR>PSEREB:138")) << ::testing::PrintToString(revenge);
  EXPECT_FALSE(has(revenge, "ISR>PSEREB:030")) << ::testing::PrintToString(revenge);
  // Others' word that the act will come is no threat by the doer.
  auto expected = coded("Canada will impose sanctions on Belarus, Belarusian officials said.");
  EXPECT_FALSE(has(expected, "CAN>BLR:1312")) << ::testing::PrintToString(expected);
}

TEST(PlannedActsShipped, AnActSomeoneIsDueToDoIsPlanned) {
  // "due to" before a verb is the adjective "due" governing the act: a meeting still to come (036), not one held.
  auto meet = coded("Prime Minister Navin Ramgoolam was due to meet Chinese President Jiang Zemin on Tuesday.", "1997-04-15");
  EXPECT_TRUE(has(meet, "MUSGOV>CHNGOV:036")) << ::testing::PrintToString(meet);
  EXPECT_FALSE(has(meet, "MUSGOV>CHNGOV:040")) << ::testing::PrintToString(meet);
}

TEST(PlannedActsShipped, AnAimOfOnesOwnIsNoIntentToCooperate) {
  // Being ready or vowing to keep, win, exploit or hide something offers nothing to anyone (no 030).
  for (const char* text : {"Iran is ready to hide its uranium enrichment.", "Iran vowed to install 60,000 centrifuges.",
                           "The Labour opposition seemed determined to capitalise on the opportunity.",
                           "The United States vowed to maintain 100,000 troops in Asia."}) {
    auto events = coded(text, "2006-12-15");
    for (const auto& e : events) EXPECT_EQ(e.find(":030"), std::string::npos) << text << " " << e;
  }
  // A plain vow to work for something still is one.
  auto peace = coded("Iran vowed to work for peace in the region.", "2006-12-15");
  EXPECT_TRUE(has(peace, "IRN>-:030")) << ::testing::PrintToString(peace);
}

}  // namespace
}  // namespace vigil::events
