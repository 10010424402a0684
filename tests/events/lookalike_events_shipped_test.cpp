// Sentences whose words look like an event but code none (or a narrower one), through the shipped pipeline (model,
// dictionaries, gazetteer): support of a thing that is no actor or policy, finding "a way", a tour or visit of a
// place that names no actor, and "prepared to" read as the verb "prepare".
#include <gtest/gtest.h>

#include <algorithm>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text, const std::string& published = "2006-11-08") {
  return test::coded_with_places(text, published);
}

using test::has;

bool any_code(const std::vector<std::string>& events, const std::string& cameo) {
  return std::any_of(events.begin(), events.end(), [&](const std::string& e) { return e.ends_with(":" + cameo); });
}

TEST(Lookalikes, SupportingASocialOrEconomicThingIsNoEndorsement) {
  auto schools = coded("The Chinese government is supporting rural education and road construction.");
  EXPECT_FALSE(any_code(schools, "051")) << testing::PrintToString(schools);
  auto loan = coded("The Indian government backed the loans with state assets.");
  EXPECT_FALSE(any_code(loan, "051")) << testing::PrintToString(loan);
  // An actor, a bid or the growth of relations is still backed.
  auto bid = coded("Britain supports Romania's bid to join the European Union.");
  EXPECT_TRUE(has(bid, "GBR>ROU:051")) << testing::PrintToString(bid);
  auto ties = coded("France supported the development of relations with Algeria.");
  EXPECT_TRUE(any_code(ties, "051")) << testing::PrintToString(ties);
}

TEST(Lookalikes, SeekingToFindAWayIsNoOptimisticComment) {
  auto way = coded("Kenyan ministers met on Monday to find a way to end the drought.");
  EXPECT_FALSE(any_code(way, "013")) << testing::PrintToString(way);
  auto solution = coded("Kenya found a solution to the crisis.");
  EXPECT_TRUE(has(solution, "KEN>-:013")) << testing::PrintToString(solution);
}

TEST(Lookalikes, ATourOfAPlaceThatNamesNoActorIsNoVisit) {
  auto home = coded("The Chinese premier toured a flood-hit farm on Tuesday.");
  EXPECT_FALSE(any_code(home, "042")) << testing::PrintToString(home);
  auto abroad = coded("The Chinese premier toured Kenya on Tuesday.");
  EXPECT_TRUE(has(abroad, "CHNGOV>KEN:042")) << testing::PrintToString(abroad);
}

TEST(Lookalikes, VisitingASiteThatIsNoActorIsNoVisit) {
  auto villages = coded("The Chinese premier visited two villages on Tuesday.");
  EXPECT_FALSE(any_code(villages, "042")) << testing::PrintToString(villages);
  // A site that names its place keeps the host.
  auto port = coded("The Chinese premier visited the port of Mombasa on Tuesday.");
  EXPECT_TRUE(has(port, "CHNGOV>KEN:042")) << testing::PrintToString(port);
}

TEST(Lookalikes, PreparingToDockIsNoStatedReadiness) {
  auto dock = coded("Italian warships prepared to dock at the port on Monday.");
  EXPECT_FALSE(any_code(dock, "030")) << testing::PrintToString(dock);
  // "are prepared to meet" still leads to the meeting, through "prepare".
  auto meet = coded("Zairean President Mobutu Sese Seko and rebel leader Laurent Kabila say they are prepared to meet.",
                    "1997-04-13");
  EXPECT_TRUE(has(meet, "CODGOV>CODREB:040")) << testing::PrintToString(meet);
}

// Meeting a country's energy demand concedes no demand (083); damaging an image destroys no property (1712);
// welcoming advances in relations praises them (051), it hosts no one (043).
TEST(Lookalikes, EnergyDemandsImagesAndAdvancesAreNoDemandsPropertyOrGuests) {
  auto energy = coded("China will use coal to meet its energy demand from domestic sources.");
  EXPECT_FALSE(test::has_code(energy, "083")) << testing::PrintToString(energy);
  auto image = coded("Turkish newspapers accused the authorities of damaging Turkey's image.");
  EXPECT_FALSE(test::has_code(image, "1712")) << testing::PrintToString(image);
  auto advances = coded("Japan welcomes advances in Sino-US relations.");
  EXPECT_TRUE(has(advances, "JPN>USA:051")) << testing::PrintToString(advances);
  EXPECT_FALSE(test::has_code(advances, "043")) << testing::PrintToString(advances);
}

// Complaining of chest pains is a patient's, not disapproval (110); complaining of fraud still is.
TEST(Lookalikes, ComplainingOfPainIsNoDisapproval) {
  auto pains = coded("Kenya's opposition leader complained of chest pains on Monday.");
  EXPECT_FALSE(test::has_code(pains, "110")) << testing::PrintToString(pains);
  auto fraud = coded("Kenya's opposition complained of fraud in the election.");
  EXPECT_TRUE(has(fraud, "KENOPP>-:110")) << testing::PrintToString(fraud);
}

}  // namespace
}  // namespace vigil::events
