// Acts written as nouns or in reduced clauses, through the shipped pipeline: an invasion's owner invades what its
// of-phrase names; a claim or measure described by a participle with a by-phrase is acted on by that phrase's actor;
// a charge denied beside the clause that makes it answers the accuser.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-11-24"); }

TEST(NominalActs, AnInvasionsOwnerInvadesWhatItsOfPhraseNames) {
  auto led = coded("Poland sent soldiers to join the US-led invasion of Iraq.");
  // Conventional force a country adjective owns is its military's.
  EXPECT_TRUE(has(led, "USAMIL>IRQ:190")) << testing::PrintToString(led);
  auto adjective = coded("Pakistan condemned the Soviet invasion of Afghanistan.");
  EXPECT_TRUE(has(adjective, "SUNMIL>AFG:190")) << testing::PrintToString(adjective);
  // With no owner and no by-phrase there is no invader: the invaded country does not invade itself.
  auto bare = coded("Oil prices have tripled since the invasion of Kuwait.");
  EXPECT_FALSE(test::has_code(bare, "19")) << testing::PrintToString(bare);
}

TEST(NominalActs, AClaimOrMeasureDescribedWithAByPhraseIsThatActorsAct) {
  auto sanctions = coded("Havana protested again against the trade sanctions imposed by Washington.");
  EXPECT_TRUE(test::has_pair(sanctions, "USA", "-", "16")) << testing::PrintToString(sanctions);
  // A text is not acted on by whoever issued it: "according to a statement released by X" only attributes.
  auto statement = coded("The talks were useful, according to a statement released by the Turkish Foreign Ministry.");
  EXPECT_FALSE(test::has_from(statement, "TURGOV", "01")) << testing::PrintToString(statement);
}

TEST(NominalActs, AChargeDeniedBesideItsClauseAnswersTheAccuser) {
  auto rejected = coded("Britain accuses Syria of arming militants, a charge rejected by Damascus as baseless.");
  EXPECT_TRUE(has(rejected, "SYR>GBR:016")) << testing::PrintToString(rejected);
  // The subject of the clause inside the claim is the accused, not the accuser.
  auto claims = coded("Israel claims Iran is hiding a weapons program, an allegation firmly denied by Tehran.");
  EXPECT_TRUE(has(claims, "IRN>ISR:016")) << testing::PrintToString(claims);
}

}  // namespace
}  // namespace vigil::events
