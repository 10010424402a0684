// Sentences the pre-filter skips (no event word) still give a party its country for a later bare "the opposition";
// nothing else of them changes later sentences. End to end through the shipped model and dictionaries.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2005-11-20"); }

using test::has_from;
using test::has_pair;

TEST(SkippedSentences, TheOppositionTakesTheCountryOfASentenceWithNoEvent) {
  auto zimbabwe = coded("Zimbabwe's opposition was in disarray on Sunday. "
                        "The opposition accused the government of rigging the vote.");
  EXPECT_TRUE(has_pair(zimbabwe, "ZWEOPP", "ZWEGOV", "112")) << ::testing::PrintToString(zimbabwe);
  auto kenya = coded("Kenya's opposition, a loose coalition of parties, is weak. "
                     "The opposition accused the government of rigging the vote.");
  EXPECT_TRUE(has_pair(kenya, "KENOPP", "KENGOV", "112")) << ::testing::PrintToString(kenya);
}

TEST(SkippedSentences, APronounStillPointsToTheActorOfTheLastSentenceThatCoded) {
  // The skipped sentence's opposition is no antecedent of "he": Putin, of the sentence before, is.
  auto e = coded("Russian President Vladimir Putin criticized the United States on Monday. "
                 "Kenya's opposition, a loose coalition of parties, is weak. He accused Washington of meddling.");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "USA", "112")) << ::testing::PrintToString(e);
  EXPECT_FALSE(has_from(e, "KENOPP")) << ::testing::PrintToString(e);
}

}  // namespace
}  // namespace vigil::events
