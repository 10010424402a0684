// Acts told by a rank: "X was the first country to recognise Y", "the only leader to visit Z". The infinitive on a
// noun ranked first, last or only is an act done by whoever the noun describes, with the modality of that clause
// (src/coding/ranked_doers.h). Coded with the shipped model, dictionaries and cues; sentences written for these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;

constexpr auto coded = &test::coded_with_modality;

TEST(RankedActs, TheFirstCountryToActIsTheDoer) {
  auto ties = coded("Chile was the first South American country to establish diplomatic relations with Beijing.",
                    "2006-11-20");
  EXPECT_TRUE(has(ties, "CHL>CHN:054/asserted")) << testing::PrintToString(ties);
  // The rank may sit on the noun an "of" phrase hangs from.
  auto group = coded("Kenya was among the first group of nations to offer aid to Somalia.", "2006-11-20");
  EXPECT_TRUE(has(group, "KEN>SOM:033/asserted")) << testing::PrintToString(group);
  auto become = coded("Norway became the only European state to host the rebel leaders.", "2006-11-20");
  EXPECT_TRUE(has_code(become, "043")) << testing::PrintToString(become);
  // "latest" ranks too, though its lemma is "late".
  auto latest = coded("Turkey has become the latest country to reject the Iranian proposal for talks.", "2006-11-20");
  EXPECT_TRUE(has(latest, "TUR>IRN:125/asserted")) << testing::PrintToString(latest);
}

TEST(RankedActs, TheRankedClauseGivesTheActItsModality) {
  auto denied = coded("Germany will not be the first country to send troops to Sudan.", "2006-11-20");
  EXPECT_TRUE(has(denied, "DEU>SDN:074/negated")) << testing::PrintToString(denied);
  auto wished = coded("Japan wants to be the first country to send troops to Sudan.", "2006-11-20");
  // A planned deployment is recoded as the intent to send forces (03x).
  EXPECT_TRUE(has(wished, "JPN>SDN:0334/intended")) << testing::PrintToString(wished);
}

TEST(RankedActs, AnUnrankedInfinitiveOnANounTellsNoAct) {
  auto sights = coded("Thailand has many places to visit in Laos.", "2006-11-20");
  EXPECT_FALSE(has_code(sights, "04")) << testing::PrintToString(sights);
}

}  // namespace
}  // namespace vigil::events
