// Which sentence names the speaker of a quotation that runs over several sentences (coding/quotations.h), from
// tokens alone.
#include <gtest/gtest.h>

#include "coding/quotations.h"
#include "text/tokenizer.h"

namespace vigil::coding {
namespace {

// A document whose body is all of `text`.
Document document_of(const std::string& text) {
  Document doc;
  doc.id = "q";
  doc.text = text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(text.size())}});
  return doc;
}

std::vector<int> reporters(const std::string& text) {
  const Document doc = document_of(text);
  return quotation_reporters(doc, tokenize_document(doc));
}

using V = std::vector<int>;

TEST(QuotationReporters, AQuotationAfterTheSpeakersSentenceContinuesTheSameVoice) {
  EXPECT_EQ(reporters("\"The situation is serious,\" Gedi said. \"We will not let Mogadishu burn.\""), (V{-1, 0}));
  EXPECT_EQ(reporters("\"The situation is serious,\" Gedi added. \"We will fight. We will win.\""), (V{-1, 0, 0}));
}

TEST(QuotationReporters, ASpeakerBeforeTheOpeningMarkReportsEverySentenceOfTheQuotation) {
  EXPECT_EQ(reporters("Gedi said: \"The situation is serious. We will fight. We will win.\" He left."),
            (V{-1, 0, 0, -1}));
}

TEST(QuotationReporters, ASpeakerAfterTheClosingMarkReportsTheSentencesBeforeIt) {
  EXPECT_EQ(reporters("\"We will fight. We will win,\" Gedi says."), (V{1, -1}));
}

TEST(QuotationReporters, AParagraphOpeningWithAMarkContinuesAnOpenQuotation) {
  EXPECT_EQ(reporters("Gedi said: \"The situation is serious.\n\n\"We will fight.\""), (V{-1, 0}));
}

TEST(QuotationReporters, AParagraphEndsAQuotationItLeavesOpen) {
  EXPECT_EQ(reporters("Gedi said: \"The situation is serious.\n\nWe will fight."), (V{-1, -1}));
}

TEST(QuotationReporters, AQuotationFramedByItsOwnSentenceIsNoContinuation) {
  // Shen's warning is his own, though Gingrich's quotation ended in the sentence before.
  EXPECT_EQ(reporters("\"We will defend Taiwan,\" Gingrich said. Shen warned: \"We will be forced to act.\""),
            (V{-1, -1}));
}

TEST(QuotationReporters, AQuotationNoOneIsSaidToSpeakHasNoReporter) {
  EXPECT_EQ(reporters("Protesters marched. \"We will fight.\""), (V{-1, -1}));
  EXPECT_EQ(reporters("Gedi met Abdullahi. They talked."), (V{-1, -1}));
}

TEST(QuotationReporters, FirstPersonWords) {
  auto s = tokenize_document(document_of("We will fight. I agree. Wells said so."));
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(has_first_person(s[0]));
  EXPECT_TRUE(has_first_person(s[1]));
  EXPECT_FALSE(has_first_person(s[2]));
}

}  // namespace
}  // namespace vigil::coding
