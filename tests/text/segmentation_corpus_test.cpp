// Regression guards for the UD raw-text figures (the full report: `vigil eval-tokenize`, see README).
#include <gtest/gtest.h>

#include <filesystem>

#include "text/segmentation_eval.h"
#include "text/sentence_model.h"

namespace vigil {
namespace {

std::string ud(const std::string& name) { return std::string(VIGIL_SHARED_DIR) + "/ud/" + name; }

TEST(CorpusSegmentation, EwtTest) {
  if (!std::filesystem::exists(ud("en_ewt-ud-test.conllu.xz"))) GTEST_SKIP() << "../shared/ud is absent";
  SegmentationScore s;
  evaluate_segmentation(ud("en_ewt-ud-test.conllu.xz"), {}, s);
  EXPECT_GE(s.tokens.f1(), 99.0);
  EXPECT_GE(s.sentences.f1(), 83.0);  // the target is 90: see the closing note of the foundation issue
}

TEST(CorpusSegmentation, GumDevAndTest) {
  if (!std::filesystem::exists(ud("en_gum-ccby-ud-test.conllu.xz"))) GTEST_SKIP() << "../shared/ud is absent";
  SegmentationScore all, news;
  for (const char* f : {"en_gum-ccby-ud-dev.conllu.xz", "en_gum-ccby-ud-test.conllu.xz"}) {
    evaluate_segmentation(ud(f), {}, all);
    evaluate_segmentation(ud(f), SegmentationEvalOptions{.doc_prefix = "GUM_news_"}, news);
  }
  EXPECT_GE(all.tokens.f1(), 99.0);
  EXPECT_GT(news.documents, 0u);
  EXPECT_GE(news.sentences.f1(), 96.5);
}

// The shipped sentence model beats the rules on both treebanks, and does not lose news sentences.
TEST(CorpusSegmentation, ShippedSentenceModel) {
  if (!std::filesystem::exists(ud("en_ewt-ud-test.conllu.xz"))) GTEST_SKIP() << "../shared/ud is absent";
  SentenceModel model = SentenceModel::load(std::string(VIGIL_DATA_DIR) + "/" + kDefaultSentenceModelName);
  auto f1 = [&](const SentenceModel* m, bool everywhere, const std::vector<std::string>& files, const char* prefix) {
    SegmentationScore s;
    model.everywhere = everywhere;
    for (const std::string& f : files) evaluate_segmentation(ud(f), {.doc_prefix = prefix, .sentence_model = m}, s);
    return s.sentences.f1();
  };
  std::vector<std::string> ewt{"en_ewt-ud-test.conllu.xz"};
  std::vector<std::string> gum{"en_gum-ccby-ud-dev.conllu.xz", "en_gum-ccby-ud-test.conllu.xz"};
  EXPECT_GE(f1(&model, false, ewt, ""), 87.0);  // 85.55 before the model decided in period-less paragraphs
  EXPECT_GE(f1(&model, true, ewt, ""), 89.0);
  EXPECT_GT(f1(&model, false, gum, ""), f1(nullptr, false, gum, ""));
  EXPECT_GE(f1(&model, false, gum, "GUM_news_"), f1(nullptr, false, gum, "GUM_news_"));
}

}  // namespace
}  // namespace vigil
