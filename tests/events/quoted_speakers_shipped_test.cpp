// "We" and "I" in a quotation are its speaker's side, though the sentence they stand in may name no one: wire copy
// names a speaker once and quotes on over sentences and paragraphs. End to end through the shipped model and
// dictionaries.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-12-20"); }

using test::has_from;
using test::has_pair;

TEST(QuotedSpeakers, AQuotationAfterTheSpeakersSentenceIsTheSpeakers) {
  auto e = coded("\"The situation is very serious,\" Russian President Vladimir Putin said. "
                 "\"We condemn the American bombing of Iraq.\"");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, ASpeakerNamedAfterTheQuotationSpeaksItsEarlierSentences) {
  auto e = coded("\"We condemn the American bombing of Iraq. It is a crime,\" Russian President Vladimir Putin said.");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, AQuotationRunsOnIntoTheNextParagraph) {
  auto e = coded("Russian President Vladimir Putin said on Monday: \"The situation is very serious.\n\n"
                 "\"We condemn the American bombing of Iraq.\"");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, ASpeakerGivenAsAPronounIsWhoThePronounIs) {
  auto e = coded("Russian President Vladimir Putin spoke on Monday. \"The situation is very serious,\" he said. "
                 "\"We condemn the American bombing of Iraq.\"");
  EXPECT_TRUE(has_pair(e, "RUSGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, AQuotationWithNoSpeakerIsNoOnes) {
  auto e = coded("Russian President Vladimir Putin spoke on Monday. Thousands marched in Moscow. "
                 "\"We condemn the American bombing of Iraq.\"");
  EXPECT_FALSE(has_from(e, "RUSGOV")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, AQuotationFramedByAnotherSpeakerIsThatSpeakers) {
  auto e = coded("\"The situation is very serious,\" Russian President Vladimir Putin said. Chinese Foreign "
                 "Minister Li Zhaoxing warned: \"We condemn the American bombing of Iraq.\"");
  EXPECT_TRUE(has_pair(e, "CHNGOV", "USA", "111")) << ::testing::PrintToString(e);
  EXPECT_FALSE(has_pair(e, "RUSGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, ASpeechVerbJoinedToAnotherHasItsSubject) {
  auto e = coded("Japanese Prime Minister Shinzo Abe thanked the Indian parliament and added: "
                 "\"We condemn the bombing of Iraq by the United States.\"");
  EXPECT_TRUE(has_pair(e, "JPNGOV", "USA", "111")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, ASpeakersNameSplitByTheParseIsStillTheirs) {
  auto e = coded("\"We are calling for the withdrawal of Ethiopian troops without delay,\" AU Commission chairman "
                 "Alpha Omar Konare said in Addis Ababa.");
  EXPECT_TRUE(has_from(e, "IGOAFRAFU")) << ::testing::PrintToString(e);
}

TEST(QuotedSpeakers, AThirdPersonOwnerIsNotTheSpeaker) {
  // "his call" is the president's, not the Hamas official's "we".
  auto e = coded("\"We are going to organize many demonstrations to prove to the president that we have the "
                 "majority and that his call for elections is unacceptable,\" senior Hamas official Ahmed Yussef "
                 "told AFP.");
  EXPECT_FALSE(has_pair(e, "PSEREB", "-", "024")) << ::testing::PrintToString(e);
}

}  // namespace
}  // namespace vigil::events
