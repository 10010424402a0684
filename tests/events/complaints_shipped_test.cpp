// Disapproval and demands (CAMEO roots 10 and 11) as wire copy writes them: criticism received from someone,
// accusations as nouns, protest notes, idioms of disagreement, and state bodies or oppositions the sentence names
// without their country. Sentences written for these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;
using test::has_from;
using test::has_pair;

TEST(Complaints, CriticismDrawnFromSomeoneIsTheirs) {
  // The critic is the from-phrase; an actor that drew it is the one criticised.
  auto named = test::coded_events("Norway provoked angry criticism from Ankara with its new asylum law.", "2005-11-20");
  EXPECT_TRUE(has(named, "TUR>NOR:111")) << testing::PrintToString(named);
  // A plan drawing criticism names no one criticised, but the critic still disapproves.
  auto plan = test::coded_events("The pipeline plan has drawn sharp criticism from Moscow.", "2005-11-20");
  EXPECT_TRUE(has(plan, "RUS>-:111")) << testing::PrintToString(plan);
  // Visitors drawn from a country are no critics.
  auto visitors = test::coded_events("The festival drew thousands of visitors from Poland.", "2005-11-20");
  EXPECT_FALSE(has_code(visitors, "11")) << testing::PrintToString(visitors);
}

TEST(Complaints, AnAccusationAgainstSomeoneIsItsOwners) {
  auto e = test::coded_events("Venezuela's accusations against Colombia strained relations.", "2005-11-20");
  EXPECT_TRUE(has(e, "VEN>COL:112")) << testing::PrintToString(e);
  // Owned by no one, an accusation that is denied is no accusation coded.
  auto denied = test::coded_events("The general denied accusations against his officers.", "2005-11-20");
  EXPECT_FALSE(has_code(denied, "112")) << testing::PrintToString(denied);
}

TEST(Complaints, AProtestNoteDeliveredIsAnOfficialComplaint) {
  auto sent = test::coded_events("Seoul sent a protest note to Tokyo over the textbooks.", "2005-11-20");
  EXPECT_TRUE(has(sent, "KOR>JPN:114")) << testing::PrintToString(sent);
  auto delivered = test::coded_events("Egypt delivered a formal protest to Sudan over the border post.", "2005-11-20");
  EXPECT_TRUE(has(delivered, "EGY>SDN:114")) << testing::PrintToString(delivered);
}

TEST(Complaints, TakingIssueWithSomeoneIsDisapproval) {
  auto e = test::coded_events("Canada took issue with Denmark over the disputed island.", "2005-11-20");
  EXPECT_TRUE(has(e, "CAN>DNK:110")) << testing::PrintToString(e);
}

TEST(Complaints, ACountrysDefenseDepartmentIsItsGovernment) {
  auto e = test::coded_events("The US Defense Department accused Tehran of arming militias.", "2005-11-20");
  EXPECT_TRUE(has_pair(e, "USAGOV", "IRN", "112")) << testing::PrintToString(e);
}

TEST(Complaints, AMinistryOfNoCountryIsTheDatelinesWhenItAccusesAnother) {
  auto e = test::coded_with_places("The foreign ministry accused Tokyo of distorting history.", "2005-11-20",
                                   "BEIJING, Nov. 20 (Xinhua)");
  EXPECT_TRUE(has_pair(e, "CHNGOV", "JPN", "112")) << testing::PrintToString(e);
  // Never the target's own: filed from Tokyo, the ministry is no one's the sentence tells.
  auto home = test::coded_with_places("The foreign ministry accused Tokyo of distorting history.", "2005-11-20",
                                      "TOKYO, Nov. 20 (AFP)");
  EXPECT_FALSE(has_from(home, "JPNGOV")) << testing::PrintToString(home);
}

TEST(Complaints, AMinistryOfNoCountryIsTheStorysFirstDoers) {
  auto e = test::coded_events(
      "Russia on Monday recalled its ambassador to Georgia. The ministry accused Tbilisi of provocation.",
      "2005-11-20");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "GEO", "112")) << testing::PrintToString(e);
}

TEST(Complaints, AnOppositionIsTheCountryOfTheGovernmentItAccuses) {
  auto e = test::coded_events("The opposition accused President Museveni of rigging the vote.", "2005-11-20");
  EXPECT_TRUE(has_pair(e, "UGAOPP", "UGAGOV", "112")) << testing::PrintToString(e);
}

}  // namespace
}  // namespace vigil::events
