// Role nouns of no country ("gunmen", "rebels", "militants") in sentences that name their only country in a place
// phrase or name two countries: where the act happens, and the dateline it is reported under, give them one.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has_from;
using test::has_pair;

TEST(CountrylessRoles, ACityADistanceIsMeasuredFromIsWhereTheActHappens) {
  auto nepal = test::coded_events(
      "Maoist rebels killed 17 policemen in an attack on a police post 200 km east of Kathmandu.", "2001-05-04");
  EXPECT_TRUE(has_pair(nepal, "NPLREB", "NPLCOP", "19")) << ::testing::PrintToString(nepal);
  auto miles = test::coded_events("Gunmen ambushed a bus 50 miles north of Baghdad on Monday.", "2005-11-01");
  EXPECT_TRUE(has_from(miles, "IRQREB")) << ::testing::PrintToString(miles);
}

TEST(CountrylessRoles, ArmedMenAreOfThePlaceTheirViolenceIsReportedFrom) {
  // Two countries named: the victims' and the place's. Filed from that place, the gunmen are its own.
  const std::string shot = "Gunmen shot dead four Britons in Nairobi on Monday.";
  auto home = test::coded_with_places(shot, "2006-12-14", "NAIROBI, Kenya, Dec 14");
  EXPECT_TRUE(has_from(home, "KENREB")) << ::testing::PrintToString(home);
  // Filed from elsewhere, nothing says whose they are.
  auto abroad = test::coded_with_places(shot, "2006-12-14", "LONDON, Dec 14");
  EXPECT_FALSE(has_from(abroad, "KENREB")) << ::testing::PrintToString(abroad);
  EXPECT_FALSE(has_from(abroad, "GBRREB")) << ::testing::PrintToString(abroad);
  // The one country named, with the act placed nowhere, is the gunmen's where the story is filed from it.
  auto named = test::coded_with_places("Suspected insurgents shot dead a Thai teacher on Thursday.", "2006-12-14",
                                       "YALA, Thailand, Dec 14");
  EXPECT_TRUE(has_from(named, "THAREB")) << ::testing::PrintToString(named);
  // Not men who came from another country.
  auto crossed = test::coded_with_places(
      "Militants crossed the border from Pakistan and attacked a police post in Khost province, killing two Afghans.",
      "2006-12-18", "KHOST, Afghanistan, Dec 18");
  EXPECT_FALSE(has_from(crossed, "AFGREB")) << ::testing::PrintToString(crossed);
  // Not a state's forces, which a story often reports from the country they strike.
  auto troops = test::coded_with_places("Troops killed two Britons in Tyre on Monday.", "2006-07-14",
                                        "BEIRUT, Lebanon, Jul 14");
  EXPECT_FALSE(has_from(troops, "LBNMIL")) << ::testing::PrintToString(troops);
  // A role its own words call foreign keeps no country.
  auto foreign = test::coded_with_places("Foreign militants shot dead four Britons in Nairobi on Monday.",
                                         "2006-12-14", "NAIROBI, Kenya, Dec 14");
  EXPECT_FALSE(has_from(foreign, "KENREB")) << ::testing::PrintToString(foreign);
}

TEST(CountrylessRoles, AttacksOnArmedMenAreOfThePlaceTheyAreReportedFrom) {
  // A sentence naming no country: a crowd that strikes police or soldiers is of the place the story is filed from.
  const std::string stoned = "Hundreds of angry villagers attacked soldiers with sticks near the market on Saturday.";
  auto home = test::coded_with_places(stoned, "2006-04-08", "MANILA, Philippines, Apr 8");
  EXPECT_TRUE(has_pair(home, "PHLCVL", "PHLMIL", "1")) << ::testing::PrintToString(home);
  // Civilians striking no armed men take no country from the dateline.
  auto shops = test::coded_with_places("Angry villagers attacked the mayor's aides on Saturday.", "2006-04-08",
                                       "MANILA, Philippines, Apr 8");
  EXPECT_FALSE(has_from(shops, "PHLCVL")) << ::testing::PrintToString(shops);
}

}  // namespace
}  // namespace vigil::events
