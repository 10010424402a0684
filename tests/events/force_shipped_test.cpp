// Roots 14-20 on wire English whose doer is no one named, end to end through the shipped model, dictionaries and
// gazetteer: the insurgents behind a bombing (a bomb as the subject, a by-phrase, the attack a passive was done in,
// a "when" clause, the attack noun itself) are the rebels of the country it strikes; a place named into the act
// ("the Damascus bomb blast", "the Afghanistan war") is where it happened, not who did it; retaliation in measures and
// supplies "hit" are no force.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text, const std::string& dateline = "") {
  return test::coded_with_places(text, "2006-11-20", dateline);
}

using test::has;
using test::has_code;

TEST(InsurgentBombings, ABombAsTheSubjectIsTheInsurgentsAct) {
  auto roadside = coded("A roadside bomb struck an Iraqi police convoy near Kirkuk on Monday, killing three officers.");
  EXPECT_TRUE(has(roadside, "IRQREB>IRQCOP:1833")) << testing::PrintToString(roadside);
  auto suicide = coded("A suicide attack killed six Afghan soldiers in Kandahar province on Tuesday.");
  EXPECT_TRUE(has(suicide, "AFGREB>AFGMIL:1831")) << testing::PrintToString(suicide);
  // Through a relative pronoun: "the car bomb that killed".
  auto relative = coded("Police are hunting the men behind the car bomb that killed 12 Pakistani pilgrims in Quetta.");
  EXPECT_TRUE(has(relative, "PAKREB>PAKCVL:1832")) << testing::PrintToString(relative);
  auto grenade = coded("Police said a grenade attack on an army patrol wounded five Indian soldiers in Srinagar on Sunday.");
  EXPECT_TRUE(test::has_from(grenade, "INDREB")) << testing::PrintToString(grenade);
}

TEST(InsurgentBombings, APassiveNamesTheBombingItWasDoneByOrIn) {
  auto by = coded("Two Afghan policemen were killed by a roadside bomb in Helmand province on Sunday.");
  EXPECT_TRUE(has(by, "AFGREB>AFGCOP:1833")) << testing::PrintToString(by);
  auto in = coded("Seven Iraqi soldiers were killed in a suicide bombing in Mosul on Wednesday.");
  EXPECT_TRUE(has(in, "IRQREB>IRQMIL:1831")) << testing::PrintToString(in);
  auto when = coded("Four Thai villagers were wounded when a bomb went off at a tea shop in Yala on Friday.");
  EXPECT_TRUE(has(when, "THAREB>THACVL:182")) << testing::PrintToString(when);
}

// A bombing campaign that rebels launch is bombs (183), not aircraft.
TEST(InsurgentBombings, RebelsBombingCampaignIsBombs) {
  auto campaign = coded("Separatist rebels launched a bombing campaign against Thai government offices on Monday.");
  EXPECT_TRUE(has(campaign, "THAREB>THAGOV:183")) << testing::PrintToString(campaign);
}

// A bombing whose own words name its doer is theirs, and bombs from the air are a state's: no rebels are made up.
TEST(InsurgentBombings, AnOwnedOrAerialBombingIsNoInsurgents) {
  auto owned = coded("An Israeli bomb killed three Palestinian militants in Gaza on Monday.");
  EXPECT_FALSE(test::has_from(owned, "ISRREB")) << testing::PrintToString(owned);
  auto cluster = coded("Cluster bombs killed 14 Lebanese civilians in the south on Monday.");
  EXPECT_FALSE(test::has_from(cluster, "LBNREB")) << testing::PrintToString(cluster);
  // A bomb no one sets off ("a bomb was found") is no attack.
  auto found = coded("A bomb was found near an Iraqi police station in Basra on Monday.");
  EXPECT_FALSE(test::has_from(found, "IRQREB")) << testing::PrintToString(found);
}

// A city, or a country before a war, compounded into the act that stands as the subject names where it happened.
TEST(PlacesNamedIntoActs, ACityOrAWarsCountryIsNoDoer) {
  auto city = coded("Investigators linked two Syrian officers to the Damascus bomb blast that killed the general.");
  EXPECT_FALSE(test::has_from(city, "SYR")) << testing::PrintToString(city);
  auto war = coded("The Afghanistan war has badly hit the chancellor's popularity.");
  EXPECT_FALSE(has_code(war, "19")) << testing::PrintToString(war);
  // A country before an attack is its doer.
  auto strike = coded("A US air strike killed 12 Taliban fighters in Helmand.");
  EXPECT_TRUE(has(strike, "USAMIL>AFGREB:195")) << testing::PrintToString(strike);
}

// Retaliation is force only from armed men or against someone; supplies and deliveries "hit" are no one attacked.
TEST(FigurativeForce, RetaliationInMeasuresAndHitSuppliesAreNoAttack) {
  auto measures = coded("Tehran retaliated swiftly, cancelling a planned visit by the Dutch foreign minister.");
  EXPECT_FALSE(has_code(measures, "19")) << testing::PrintToString(measures);
  auto troops = coded("Pakistani troops retaliated on Sunday after the attack on their post.");
  EXPECT_TRUE(test::has_from(troops, "PAKMIL", "190")) << testing::PrintToString(troops);
  auto deliveries = coded("Russia's gas cut could hit deliveries to Hungary and Austria, officials said.");
  EXPECT_FALSE(has_code(deliveries, "19")) << testing::PrintToString(deliveries);
}

// An attack that a doer of no arms makes in what it goes on to say is criticism (111); troops' attack stays force.
TEST(FigurativeForce, AnAttackInWordsIsCriticism) {
  auto lavrov = coded("Russian Foreign Minister Sergei Lavrov attacked the OSCE on Monday, saying its monitors were biased.");
  EXPECT_TRUE(has(lavrov, "RUSGOV>IGOEUROSC:111")) << testing::PrintToString(lavrov);
  EXPECT_FALSE(has_code(lavrov, "19")) << testing::PrintToString(lavrov);
  auto launched = coded("The Iranian president launched a fresh attack on Britain on Thursday, accusing London of meddling.");
  EXPECT_TRUE(has(launched, "IRNGOV>GBR:111")) << testing::PrintToString(launched);
  EXPECT_FALSE(has_code(launched, "19")) << testing::PrintToString(launched);
  auto troops = coded("Israeli troops attacked the village on Monday, saying militants had fired rockets from it.");
  EXPECT_TRUE(test::has_from(troops, "ISRMIL", "190")) << testing::PrintToString(troops);
}

// A war on drugs attacks no one; what a crashing plane then hits is part of the mishap.
TEST(FigurativeForce, AWarOnDrugsAndWhatACrashHitsAreNoAttack) {
  auto drugs = coded("Colombia launched a national war on drugs last year, calling on farmers to uproot coca.");
  EXPECT_FALSE(has_code(drugs, "19")) << testing::PrintToString(drugs);
  auto crash = coded("An Iranian cargo plane crashed near the airport and hit three houses on Monday.");
  EXPECT_FALSE(has_code(crash, "19")) << testing::PrintToString(crash);
}

}  // namespace
}  // namespace vigil::events
