// Material conflict (CAMEO roots 14-20) as wire copy tells it, end to end through the shipped dictionaries on
// sentences written for these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2005-11-08"); }

using test::has_code;
using test::has_from;
using test::has_pair;

TEST(ConflictWire, TheOutletToldOfViolenceNamesNoCountryOfTheArmedMen) {
  // Xinhua (Chinese) is where the report went, not a second country of the sentence: the gunmen are Iraqi.
  auto told = coded("Gunmen ambushed an Iraqi army patrol near Fallujah on Tuesday, killing two soldiers, a local "
                    "journalist told Xinhua.");
  EXPECT_TRUE(has_pair(told, "IRQREB", "IRQMIL", "19")) << ::testing::PrintToString(told);
  auto reported = coded("Gunmen ambushed an Iraqi army patrol near Fallujah on Tuesday, Xinhua reported.");
  EXPECT_TRUE(has_pair(reported, "IRQREB", "IRQMIL", "19")) << ::testing::PrintToString(reported);
}

TEST(ConflictWire, TheWeaponNamesTheCode) {
  // "mortar rounds" are artillery (194), not the rounds of small arms (193).
  auto mortar = coded("Iraqi insurgents fired mortar rounds at a US base near Ramadi.");
  EXPECT_TRUE(has_pair(mortar, "IRQREB", "USA", "194")) << ::testing::PrintToString(mortar);
  auto rounds = coded("Iraqi gunmen fired rounds at a US patrol near Ramadi.");
  EXPECT_TRUE(has_pair(rounds, "IRQREB", "USA", "193")) << ::testing::PrintToString(rounds);
  // Rebels' bombs are bombings (183), not aerial bombing (195).
  auto rebels = coded("Maoist rebels bombed a police station in western Nepal.");
  EXPECT_TRUE(has_pair(rebels, "NPLREB", "NPLCOP", "183")) << ::testing::PrintToString(rebels);
  // Tear gas is repression (175), not a chemical weapon (2041).
  auto tear = coded("Indian police used tear gas to disperse Kashmiri protesters in Srinagar.");
  EXPECT_TRUE(has_from(tear, "INDCOP", "175")) << ::testing::PrintToString(tear);
  EXPECT_FALSE(has_code(tear, "20")) << ::testing::PrintToString(tear);
}

TEST(ConflictWire, WordsOfForceForPricesDeadlocksAndDisastersAreNoForce) {
  auto prices = coded("Although China's coal price has been rocketing, the price of electricity did not follow.");
  EXPECT_FALSE(has_code(prices, "19")) << ::testing::PrintToString(prices);
  auto deadlock = coded("The Dutch energy giant hit a deadlock in its talks with Russia's Gazprom.");
  EXPECT_FALSE(has_code(deadlock, "19")) << ::testing::PrintToString(deadlock);
  auto tsunami = coded("Indonesia was the nation worst hit by the Asian tsunami in December 2004.");
  EXPECT_FALSE(has_code(tsunami, "19")) << ::testing::PrintToString(tsunami);
}

TEST(ConflictWire, APassivesByPhraseHungOnDeadStillNamesTheDoer) {
  // The parse hangs "by Israeli troops" on "dead", not on "shot".
  auto shot = coded("A Palestinian teenager was shot dead by Israeli troops in Nablus.");
  EXPECT_TRUE(has_from(shot, "ISRMIL", "18")) << ::testing::PrintToString(shot);
  // With no by-phrase the passive names no doer.
  auto agentless = coded("A Palestinian teenager was shot dead in Nablus.");
  EXPECT_FALSE(has_code(agentless, "18")) << ::testing::PrintToString(agentless);
}

TEST(ConflictWire, ArmedMenShootingSomeoneDeadFightWithSmallArms) {
  auto soldiers = coded("Israeli soldiers shot dead two Palestinians in the Gaza Strip early Saturday.");
  EXPECT_TRUE(has_pair(soldiers, "ISRMIL", "PSECVL", "193")) << ::testing::PrintToString(soldiers);
  auto guards = coded("Indian border guards shot dead two Moslem militants on Monday.");
  EXPECT_TRUE(has_from(guards, "INDMIL", "193")) << ::testing::PrintToString(guards);
}

TEST(ConflictWire, CoordinatedForcesKillingOthersDoNotFightEachOther) {
  // The object names whom they killed: no fight between the two conjuncts.
  auto killed = coded("Afghan and US-led coalition forces killed three suspected terrorists in Khost province.");
  EXPECT_TRUE(has_from(killed, "USAMIL", "190")) << ::testing::PrintToString(killed);
  EXPECT_FALSE(has_pair(killed, "USAMIL", "AFG", "19")) << ::testing::PrintToString(killed);
  EXPECT_FALSE(has_pair(killed, "AFG", "USAMIL", "19")) << ::testing::PrintToString(killed);
  // With no object they fight each other.
  auto clashed = coded("Afghan forces and Taliban insurgents clashed in Khost province.");
  EXPECT_TRUE(has_pair(clashed, "AFGMIL", "AFGREB", "19")) << ::testing::PrintToString(clashed);
}

TEST(ConflictWire, PoliceFightingTheirOwnPeopleRepressThem) {
  auto clashed = coded("Kenyan police clashed with residents of the capital's largest slum on Sunday.");
  EXPECT_TRUE(has_pair(clashed, "KENCOP", "KENCVL", "175")) << ::testing::PrintToString(clashed);
  EXPECT_FALSE(has_code(clashed, "19")) << ::testing::PrintToString(clashed);
  // Soldiers and rebels fighting each other stay a fight.
  auto rebels = coded("Kenyan police clashed with Somali militants near the border on Sunday.");
  EXPECT_TRUE(has_code(rebels, "19")) << ::testing::PrintToString(rebels);
}

TEST(ConflictWire, SeizingAShareOfACountryTakesTerritory) {
  auto seized = coded("Zairean rebels have seized more than one quarter of Zaire since October.");
  EXPECT_TRUE(has_pair(seized, "CODREB", "COD", "192")) << ::testing::PrintToString(seized);
  // "most of the arrested" is no territory.
  auto arrested = coded("Israeli troops arrested nine Palestinians, most of them members of Hamas.");
  EXPECT_FALSE(has_code(arrested, "192")) << ::testing::PrintToString(arrested);
}

TEST(ConflictWire, HandingDownJailSentencesSentences) {
  // As "sentenced" codes it (173); a verdict handed down is a finding of guilt (116).
  auto sentences = coded("An Indonesian court handed down jail sentences for two pro-democracy activists on Tuesday.");
  EXPECT_TRUE(has_from(sentences, "IDNJUD", "173")) << ::testing::PrintToString(sentences);
  auto verdict = coded("An Indonesian court handed down a guilty verdict against two pro-democracy activists.");
  EXPECT_TRUE(has_from(verdict, "IDNJUD", "116")) << ::testing::PrintToString(verdict);
}

TEST(ConflictWire, ClashesBetweenTwoNamedSidesRunBothWays) {
  // The parse hangs the second side, after "and", outside the between-phrase; it is still the other side.
  auto clashes = coded("Abbas had been due to hold talks with King Abdullah II after deadly clashes in the Gaza Strip "
                       "between his secular Fatah faction and the ruling Islamist movement Hamas.");
  EXPECT_TRUE(has_pair(clashes, "PSEPTY", "PSEREB", "190")) << ::testing::PrintToString(clashes);
  EXPECT_TRUE(has_pair(clashes, "PSEREB", "PSEPTY", "190")) << ::testing::PrintToString(clashes);
}

TEST(ConflictWire, BeatingARivalInAnElectionIsNoAssault) {
  auto election = coded("Italian Premier Romano Prodi, who narrowly beat Silvio Berlusconi in April's general election, "
                        "has been struggling.");
  EXPECT_FALSE(has_code(election, "18")) << ::testing::PrintToString(election);
}

TEST(ConflictWire, AGrenadeThrownAtAThingIsABombing) {
  auto jeep = coded("Palestinian militants threw a bomb at one of the Israeli jeeps in Nablus.");
  EXPECT_TRUE(has_from(jeep, "PSEREB", "183")) << ::testing::PrintToString(jeep);
  // Stones are a riot, not a bombing.
  auto stones = coded("Palestinian youths threw stones at Israeli jeeps in Nablus.");
  EXPECT_FALSE(has_code(stones, "183")) << ::testing::PrintToString(stones);
}

}  // namespace
}  // namespace vigil::events
