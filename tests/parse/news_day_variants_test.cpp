// The training variants with "on <weekday>" between subject and verb (wire copy's "China on Monday urged ...").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/news_day_variants.h"
#include "sentence_rows.h"
#include "parse/evaluate.h"

namespace vigil::parse {
namespace {

const std::string kTiny = std::string(VIGIL_TEST_DATA_DIR) + "/parse/tiny.conllu";

TEST(NewsDayVariants, TheSlotIsTheEndOfTheNominalSubjectRightBeforeAFiniteRoot) {
  std::vector<Sentence> tiny = read_conllu_file(kTiny, true);
  ASSERT_GE(tiny.size(), 2u);
  EXPECT_EQ(day_slot(tiny[0]), 2);  // "The police | arrested two men in Paris on Monday."
  EXPECT_EQ(day_slot(tiny[1]), 1);  // "Rebels | attacked a convoy ..."
  // A pronoun subject, a comma before the verb, or a non-finite root take no day.
  EXPECT_EQ(day_slot(test::sentence_of_rows({{"They", "PRON", "PRP", 2, "nsubj"}, {"left", "VERB", "VBD", 0, "root"}})), 0);
  EXPECT_EQ(day_slot(test::sentence_of_rows({{"Paris", "PROPN", "NNP", 3, "nsubj"}, {",", "PUNCT", ",", 1, "punct"},
                           {"agreed", "VERB", "VBD", 0, "root"}})),
            0);
  EXPECT_EQ(day_slot(test::sentence_of_rows({{"Paris", "PROPN", "NNP", 2, "nsubj"}, {"leaving", "VERB", "VBG", 0, "root"}})), 0);
}

TEST(NewsDayVariants, TheDayIsAnObliqueOfTheVerbAndEveryHeadIsRenumbered) {
  std::vector<Sentence> tiny = read_conllu_file(kTiny, true);
  Sentence v = with_day(tiny[0], 2, "Tuesday");
  ASSERT_EQ(v.words.size(), tiny[0].words.size() + 2);
  EXPECT_EQ(v.text, "The police on Tuesday arrested two men in Paris on Monday .");
  auto w = [&](int i) -> const Word& { return v.words[i - 1]; };
  EXPECT_EQ(w(1).head, 2);  // The -> police
  EXPECT_EQ(w(2).head, 5);  // police -> arrested
  EXPECT_EQ(w(3).form, "on");
  EXPECT_EQ(w(3).head, 4);
  EXPECT_EQ(w(3).deprel, "case");
  EXPECT_EQ(w(4).form, "Tuesday");
  EXPECT_EQ(w(4).upos, "PROPN");
  EXPECT_EQ(w(4).head, 5);
  EXPECT_EQ(w(4).deprel, "obl");
  EXPECT_EQ(w(5).head, 0);
  EXPECT_EQ(w(7).head, 5);  // men -> arrested
  EXPECT_EQ(w(11).form, "Monday");
  EXPECT_EQ(w(11).head, 5);
}

TEST(NewsDayVariants, ShareAndSeedDecideWhichSentencesGetOne) {
  std::vector<Sentence> tiny = read_conllu_file(kTiny, true);
  size_t eligible = 0;
  for (const Sentence& s : tiny) eligible += day_slot(s) ? 1 : 0;
  ASSERT_GE(eligible, 2u);
  EXPECT_EQ(news_day_variants(tiny, 1.0, 1).size(), eligible);
  EXPECT_TRUE(news_day_variants(tiny, 0.0, 1).empty());
  auto a = news_day_variants(tiny, 0.5, 7), b = news_day_variants(tiny, 0.5, 7);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
}

}  // namespace
}  // namespace vigil::parse
