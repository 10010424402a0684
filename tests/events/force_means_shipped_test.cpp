// Roots 14-20 on wire English, end to end through the shipped dictionaries: the weapon that kills as the subject
// gives the code ("a tank shell killed", "a suicide bomber killed"), a with-phrase gives one direction of a clash,
// seizing power is no event, "engage with" is fighting only for forces, and unnamed police act at home where the
// dateline and the sentence agree on the country; a lower-case "western" before a place is a direction, not the
// West; only tests of weapons are a show of force.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-12-10"); }

using test::has_code;
using test::has_from;
using test::has_pair;

TEST(ForceMeans, TheWeaponThatKillsGivesTheCode) {
  auto shell = coded("An Israeli tank shell killed 18 Palestinians on Wednesday.");
  EXPECT_TRUE(has_pair(shell, "ISRMIL", "PSECVL", "194")) << ::testing::PrintToString(shell);
  auto bomber = coded("A suicide bomber killed 13 Iraqis at a police recruitment centre in Baghdad on Thursday.");
  EXPECT_TRUE(has_pair(bomber, "IRQREB", "IRQCVL", "1831")) << ::testing::PrintToString(bomber);
  auto airstrike = coded("A NATO airstrike killed 30 Taliban fighters in southern Afghanistan this week.");
  EXPECT_TRUE(has_pair(airstrike, "IGOWSTNAT", "AFGREB", "195")) << ::testing::PrintToString(airstrike);
  auto rocket = coded("A Palestinian rocket wounded two Israeli soldiers on Sunday.");
  EXPECT_TRUE(has_pair(rocket, "PSEMIL", "ISRMIL", "194")) << ::testing::PrintToString(rocket);
  // Killing one armed man is fighting too, not only killing several.
  auto rebel = coded("Afghan troops killed a rebel in Helmand province on Sunday.");
  EXPECT_TRUE(has_pair(rebel, "AFGMIL", "AFGREB", "190")) << ::testing::PrintToString(rebel);
}

TEST(ForceMeans, AWithPhraseGivesOneDirection) {
  auto clash = coded("British troops clashed with Shiite militiamen in the southern Iraqi city of Basra.");
  EXPECT_TRUE(has_pair(clash, "GBRMIL", "IRQUAF", "190")) << ::testing::PrintToString(clash);
  EXPECT_FALSE(has_from(clash, "IRQUAF")) << ::testing::PrintToString(clash);
}

// "We have conquered the SARS epidemic": a disease, poverty or a market conquered is no ground taken.
TEST(ForceMeans, ConqueringADiseaseIsNoOccupation) {
  auto sars = coded("\"We have conquered the SARS epidemic, and we will surely conquer the bird flu virus,\" said "
                    "Chinese Premier Wen Jiabao.");
  EXPECT_FALSE(has_code(sars, "192")) << ::testing::PrintToString(sars);
  auto land = coded("Iraqi forces conquered Kuwait in August 1990.");
  EXPECT_TRUE(has_code(land, "192")) << ::testing::PrintToString(land);
}

TEST(ForceMeans, SeizingPowerIsNoEvent) {
  auto coup = coded("Pinochet ruled Chile for 17 years after seizing power in a 1973 military coup.");
  EXPECT_FALSE(has_code(coup, "19")) << ::testing::PrintToString(coup);
  auto town = coded("Ethiopian troops seized the Somali town of Jowhar on Wednesday.");
  EXPECT_TRUE(has_pair(town, "ETHMIL", "SOM", "192")) << ::testing::PrintToString(town);
}

TEST(ForceMeans, OnlyForcesEngageInBattle) {
  auto talks = coded("The United Nations will continue its efforts to engage with Myanmar.");
  EXPECT_FALSE(has_code(talks, "19")) << ::testing::PrintToString(talks);
  auto battle = coded("US troops engaged with Taliban fighters in Helmand province on Sunday.");
  EXPECT_TRUE(has_pair(battle, "USAMIL", "AFGREB", "190")) << ::testing::PrintToString(battle);
  auto obstacles = coded("Environmental law enforcement has hit obstacles in parts of China.");
  EXPECT_FALSE(has_code(obstacles, "19")) << ::testing::PrintToString(obstacles);
}

TEST(ForceMeans, UnnamedPoliceActAtHome) {
  const std::string clash = "Police clashed with Ethiopian opposition supporters on Sunday.";
  auto home = test::coded_with_places(clash, "2005-11-14", "ADDIS ABABA, Nov 14");
  EXPECT_TRUE(has_pair(home, "ETHCOP", "ETHOPP", "19")) << ::testing::PrintToString(home);
  auto arrests = test::coded_with_places("Police arrested 24 Ethiopian students on Sunday.", "2005-11-14",
                                         "ADDIS ABABA, Nov 14");
  EXPECT_TRUE(has_pair(arrests, "ETHCOP", "ETHEDU", "173")) << ::testing::PrintToString(arrests);
  // Filed from elsewhere, whose police they are is not said.
  auto abroad = test::coded_with_places(clash, "2005-11-14", "NAIROBI, Nov 14");
  EXPECT_FALSE(has_from(abroad, "ETHCOP")) << ::testing::PrintToString(abroad);
}

TEST(ForceMeans, ALowerCaseWesternBeforeAPlaceIsADirection) {
  // "western" before a place is no mention of the West, so the sentence names one country and the rebels are its.
  auto darfur = coded("The Sudanese army said Thursday it had killed 200 rebels in the war-torn western region of Darfur.");
  EXPECT_TRUE(has_pair(darfur, "SDNMIL", "SDNREB", "190")) << ::testing::PrintToString(darfur);
  // Before people it is the West.
  auto nations = coded("Chinese officials accused western nations of turning a blind eye to China's progress.");
  EXPECT_TRUE(has_pair(nations, "CHNGOV", "WST", "112")) << ::testing::PrintToString(nations);
}

TEST(ForceMeans, TheIslamistsAreAnArmedGroup) {
  auto attack = coded("Ethiopia launched a heavy attack against the Islamists in southern Somalia.");
  EXPECT_TRUE(has_pair(attack, "ETH", "SOMREB", "190")) << ::testing::PrintToString(attack);
}

TEST(ForceMeans, OustingALeaderIsNoEventOustingFightersIsFighting) {
  auto leader = coded("The armed rebels have vowed to oust President Sali Berisha.");
  EXPECT_FALSE(has_code(leader, "17")) << ::testing::PrintToString(leader);
  auto fighters = coded("Ethiopian troops ousted Islamist fighters from a key town in southern Somalia on Wednesday.");
  EXPECT_TRUE(has_from(fighters, "ETHMIL", "190")) << ::testing::PrintToString(fighters);
  // Destroying an election or a church's unity is no damage to property.
  auto election = coded("They are trying to destroy the election in general, the Palestinian negotiator said.");
  EXPECT_FALSE(has_code(election, "17")) << ::testing::PrintToString(election);
}

TEST(ForceMeans, APatrolIsAShowOfForceOnlyByForces) {
  auto warships = coded("Chinese warships conducted patrols near the disputed islands.");
  EXPECT_TRUE(has_pair(warships, "CHNMIL", "-", "150")) << ::testing::PrintToString(warships);
  auto routine = coded("Four Mexican police officers were shot dead when conducting a routine patrol in the town of Aguililla.");
  EXPECT_FALSE(has_code(routine, "15")) << ::testing::PrintToString(routine);
}

TEST(ForceMeans, OnlyWeaponTestsAreAShowOfForce) {
  auto clinical = coded("Chinese scientists will carry out clinical tests in days.");
  EXPECT_FALSE(has_code(clinical, "15")) << ::testing::PrintToString(clinical);
  auto nuclear = coded("North Korea carried out a nuclear test on Oct. 9.");
  EXPECT_TRUE(has_pair(nuclear, "PRK", "-", "150")) << ::testing::PrintToString(nuclear);
  auto missile = coded("India carried out tests of a nuclear-capable missile on Sunday.");
  EXPECT_TRUE(has_pair(missile, "IND", "-", "150")) << ::testing::PrintToString(missile);
}

}  // namespace
}  // namespace vigil::events
