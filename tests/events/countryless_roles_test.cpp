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

TEST(CountrylessRoles, HomeBodiesAreTheDatelinesState) {
  // "police", "the court", "the ministry" with no country, in a story filed from Nairobi that names no other: Kenya's.
  const std::string arrests = "Police arrested 12 people in a raid on a market on Saturday.";
  auto home = test::coded_with_places(arrests, "2006-06-03", "NAIROBI, Kenya, Jun 3");
  EXPECT_TRUE(has_from(home, "KENCOP", "173")) << ::testing::PrintToString(home);
  // With no dateline nothing says whose police they are.
  auto nowhere = test::coded_with_places(arrests, "2006-06-03");
  EXPECT_FALSE(has_from(nowhere, "KENCOP")) << ::testing::PrintToString(nowhere);
  auto court = test::coded_with_places("The court sentenced the former mayor to ten years in prison on Monday.",
                                       "2006-06-03", "NAIROBI, Kenya, Jun 3");
  EXPECT_TRUE(has_from(court, "KENJUD")) << ::testing::PrintToString(court);
  // A story that has turned to another country first: its police may be that country's. The first sentence codes
  // nothing, but the pre-filter saw which country it names.
  auto somali = test::coded_with_places(
      "Somalia is the scene of the worst drought in a decade. Police arrested 12 people in a raid on a market on "
      "Saturday.",
      "2006-06-03", "NAIROBI, Kenya, Jun 3");
  EXPECT_FALSE(has_from(somali, "KENCOP")) << ::testing::PrintToString(somali);
  // "Governments around the world" are not the home state's one government.
  auto world = test::coded_with_places("Governments around the world praised the peace deal on Saturday.",
                                       "2006-06-03", "NAIROBI, Kenya, Jun 3");
  EXPECT_FALSE(has_from(world, "KENGOV")) << ::testing::PrintToString(world);
}

TEST(CountrylessRoles, SumsInDollarsNameNoCountry) {
  // "US dollars" is money, not the United States: the pledge is aimed at no one.
  auto pledge = test::coded_with_places("Turkey has pledged to donate 150 million US dollars.", "2005-11-29");
  EXPECT_TRUE(has_from(pledge, "TUR")) << ::testing::PrintToString(pledge);
  EXPECT_FALSE(has_pair(pledge, "TUR", "USA", "0331")) << ::testing::PrintToString(pledge);
}

TEST(CountrylessRoles, SecurityForcesArePolice) {
  auto seized = test::coded_with_places("Turkish security forces arrested 19 members of the outlawed PKK on Friday.",
                                        "2005-11-24");
  EXPECT_TRUE(has_from(seized, "TURCOP", "173")) << ::testing::PrintToString(seized);
  EXPECT_FALSE(has_from(seized, "TURMIL")) << ::testing::PrintToString(seized);
}

TEST(CountrylessRoles, TheProsecutionIsTheHomeStatesProsecutors) {
  auto charged = test::coded_with_places("The prosecution accused the former mayor of taking bribes on Tuesday.",
                                         "1997-04-15", "SEOUL, South Korea, Apr 15");
  EXPECT_TRUE(has_from(charged, "KORJUD", "112")) << ::testing::PrintToString(charged);
}

TEST(CountrylessRoles, TheCommissionOfJuristsIsNoCourt) {
  // The Geneva lawyers' group, not the UN's International Court of Justice.
  auto jurists = test::coded_with_places(
      "The International Commission of Jurists criticised the government of Nepal on Wednesday.", "2005-12-14");
  EXPECT_TRUE(has_from(jurists, "NGOHRI", "11")) << ::testing::PrintToString(jurists);
  EXPECT_FALSE(has_from(jurists, "IGOUNOJUD")) << ::testing::PrintToString(jurists);
}

}  // namespace
}  // namespace vigil::events
