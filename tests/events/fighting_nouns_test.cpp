// Fighting written as a noun, through the shipped pipeline: the sides of a clash named on the verb that says it
// happened, and the side that a clause's subject takes in "clashes with".
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-11-24"); }

TEST(FightingNouns, TheSidesNamedOnTheVerbThatSaysAClashHappened) {
  auto erupted = coded("Armed clashes erupted on Monday between Ethiopian troops and Eritrean soldiers.");
  EXPECT_TRUE(has(erupted, "ETHMIL>ERIMIL:190")) << testing::PrintToString(erupted);
  EXPECT_TRUE(has(erupted, "ERIMIL>ETHMIL:190")) << testing::PrintToString(erupted);
  auto broke_out = coded("Heavy fighting broke out between Israeli troops and Palestinian gunmen near Jenin.");
  EXPECT_TRUE(has(broke_out, "ISRMIL>PSEREB:190")) << testing::PrintToString(broke_out);
  EXPECT_TRUE(has(broke_out, "PSEREB>ISRMIL:190")) << testing::PrintToString(broke_out);
  // Talks that broke down between two sides were no talks held.
  auto broke_down = coded("Talks broke down between Ethiopia and Eritrea.");
  EXPECT_FALSE(has(broke_down, "ETH>ERI:046")) << testing::PrintToString(broke_down);
}

TEST(FightingNouns, ThoseHurtInClashesWithOthersFoughtThem) {
  auto killed = coded("Two Iraqi soldiers were killed in clashes with Kurdish rebels near Mosul.");
  EXPECT_TRUE(has(killed, "IRQMIL>IRQREB:190")) << testing::PrintToString(killed);
  auto wounded = coded("Three Israeli soldiers were wounded in a gunbattle with Hezbollah guerrillas.");
  EXPECT_TRUE(has(wounded, "ISRMIL>LBNREB:190")) << testing::PrintToString(wounded);
  // Police hurt in clashes with protesters met a riot, not an armed enemy.
  auto riot = coded("Several Australian police officers were injured during clashes with protesters in Melbourne.");
  EXPECT_FALSE(test::has_code(riot, "19")) << testing::PrintToString(riot);
  // One side's raid is no clash: those killed in it did not raid anyone.
  auto raid = coded("Two Palestinians were killed in an Israeli air raid on Gaza.");
  EXPECT_FALSE(has(raid, "PSE>ISRMIL:190")) << testing::PrintToString(raid);
}

TEST(FightingNouns, MembersOfAnArmedGroupFightAsTheGroup) {
  auto between = coded("Two soldiers died in a clash between Turkish troops and members of the PKK near the border.");
  EXPECT_TRUE(has(between, "TURMIL>TURREB:190")) << testing::PrintToString(between);
  EXPECT_TRUE(has(between, "TURREB>TURMIL:190")) << testing::PrintToString(between);
  auto subject = coded("Members of Hezbollah attacked an Israeli army post on Tuesday.");
  EXPECT_TRUE(has(subject, "LBNREB>ISRMIL:190")) << testing::PrintToString(subject);
  // The body alone: names the parse joins to it are not its members' acts.
  auto listed = coded("The permanent members of the Security Council -- Britain, China, France, Russia and the "
                      "United States -- met the Iranian foreign minister on Monday.");
  EXPECT_TRUE(has(listed, "IGOUNO>IRNGOV:040")) << testing::PrintToString(listed);
  EXPECT_FALSE(has(listed, "CHN>IRNGOV:040")) << testing::PrintToString(listed);
}

TEST(FightingNouns, TheByPhraseNamesTheDoerOfAWeaponsAttack) {
  // "rocket" names armed forces of no one; the by-phrase says whose they were.
  auto by = coded("A rocket attack by Islamic Jihad on southern Israel wounded three people.");
  EXPECT_TRUE(test::has_pair(by, "PSEREB", "ISR", "19")) << testing::PrintToString(by);
}

TEST(FightingNouns, AnAirStrikeCalledInIsForceNotALabourStrike) {
  auto air = coded("Canadian troops called in an air strike on a compound near Kandahar.");
  EXPECT_TRUE(test::has_from(air, "CANMIL", "195")) << testing::PrintToString(air);
  EXPECT_FALSE(test::has_code(air, "14")) << testing::PrintToString(air);
  // A strike that unions call is still a labour strike.
  auto labour = coded("South Korean unions called a general strike on Monday.");
  EXPECT_TRUE(test::has_code(labour, "143")) << testing::PrintToString(labour);
}

// Force aimed at a spot near a place strikes that place's country; the strike itself, called in or launched, is the
// doer's own force, not its target.
TEST(FightingNouns, AnAirStrikeNearAPlaceStrikesItsCountry) {
  auto near = test::coded_with_places("Canadian troops called in an air strike on a compound near Kandahar.",
                                      "2006-11-24");
  EXPECT_TRUE(has(near, "CANMIL>AFG:195")) << testing::PrintToString(near);
  auto launched = coded("Canadian troops launched an air strike on Monday.");
  EXPECT_FALSE(has(launched, "CANMIL>CANMIL:195")) << testing::PrintToString(launched);
}

}  // namespace
}  // namespace vigil::events
