// The seed article coded end to end with the shipped model and dictionaries: the events issue 5 asks for.
#include <gtest/gtest.h>

#include <filesystem>

#include "events/document_coder.h"
#include "ingest/document_reader.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::events {
namespace {

struct Coded {
  std::vector<coding::Event> events;
  bool has(const std::string& source_prefix, const std::string& target_prefix, const std::string& code_prefix) const {
    for (const auto& e : events) {
      std::string t = e.target ? e.target->code : "";
      if (e.source.code.rfind(source_prefix, 0) == 0 && t.rfind(target_prefix, 0) == 0 &&
          e.cameo.rfind(code_prefix, 0) == 0)
        return true;
    }
    return false;
  }
};

Coded code_seed() {
  std::string seed = std::string(VIGIL_SHARED_DIR) + "/corpus/seed/canada-sof-ukraine.txt";
  static parse::Model model = parse::load_model(VIGIL_MODEL_PATH);
  static lexicon::Lexicon lex(lexicon::load_vigil_folders({VIGIL_SOURCE_DICTS_DIR, VIGIL_BUILD_DICTS_DIR}));
  ReadOptions options;
  options.published = "2022-01-19";
  DocumentStream docs({seed}, options, [](const InputProblem& p) { ADD_FAILURE() << p.to_string(); });
  Document doc;
  EXPECT_TRUE(docs.next(doc));
  Coded c;
  DocumentCoder coder(model, lex);
  coder.code(doc, c.events);
  return c;
}

TEST(CorpusSeed, CodesTheEventsOfTheArticle) {
  if (!std::filesystem::exists(std::string(VIGIL_SHARED_DIR) + "/corpus/seed")) GTEST_SKIP() << "../shared is absent";
  Coded c = code_seed();
  EXPECT_TRUE(c.has("CAN", "UKR", "07") || c.has("CAN", "UKR", "154") || c.has("CAN", "UKR", "062"))
      << "deployment of Canadian forces to Ukraine";
  EXPECT_TRUE(c.has("CANGOV", "UKR", "042")) << "Joly's visit to Ukraine";
  EXPECT_TRUE(c.has("CANGOV", "UKRGOV", "04") || c.has("UKRGOV", "CANGOV", "04")) << "Trudeau and Zelenskyy";
  EXPECT_TRUE(c.has("CAN", "RUS", "13")) << "the threat of sanctions";
  EXPECT_TRUE(c.has("RUS", "CAN", "111") || c.has("RUS", "CAN", "112")) << "Russia's denunciation of Canada's warning";
  EXPECT_TRUE(c.has("USA", "RUS", "04")) << "US-Russia talks";
  EXPECT_TRUE(c.has("RUS", "", "15")) << "the Russian troop buildup";
  for (const auto& e : c.events) {
    EXPECT_NE(e.cameo.substr(0, 2), "03") << "no intent to cooperate from 'would entail' or 'would not conduct': "
                                          << e.evidence.text;
    EXPECT_FALSE(e.date.empty()) << "dated from the text or the publication date: " << e.evidence.text;
    EXPECT_FALSE(e.evidence.rule.empty());
  }
}

}  // namespace
}  // namespace vigil::events
