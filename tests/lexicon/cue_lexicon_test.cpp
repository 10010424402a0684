// The cue lexicon's format: classes, alternatives, comments, and errors that name file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "lexicon/cue_lexicon.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::lexicon {
namespace {

TEST(CueLexicon, ReadsClassesAlternativesAndComments) {
  CueLexicon c;
  std::vector<InputProblem> problems;
  c.add_text("# a comment\nhedge  may | Reportedly   # trailing comment\n\nnegation no longer\n", "t.txt", problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(c.is(CueClass::hedge, "may"));
  EXPECT_TRUE(c.is(CueClass::hedge, "REPORTEDLY"));
  EXPECT_FALSE(c.is(CueClass::negation, "may"));
  ASSERT_EQ(c.cues(CueClass::negation).size(), 1u);
  EXPECT_EQ(c.cues(CueClass::negation)[0].words, (std::vector<std::string>{"no", "longer"}));
  EXPECT_EQ(c.cues(CueClass::negation)[0].line, 4u);
  EXPECT_EQ(c.size(), 3u);
}

TEST(CueLexicon, IndexesCuesByTheirFirstAndLastWords) {
  CueLexicon c;
  std::vector<InputProblem> problems;
  c.add_text("hedge may | in the event of | may well\nnegation never\n", "a.txt", problems);
  c.add_text("hedge reportedly | of course\n", "b.txt", problems);
  ASSERT_TRUE(problems.empty());
  // Indices into cues(hedge), increasing, across both texts: 0 may, 1 in the event of, 2 may well, 3 reportedly,
  // 4 of course.
  EXPECT_EQ(c.cues_with_end_word(CueClass::hedge, "may"), (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(c.cues_with_end_word(CueClass::hedge, "of"), (std::vector<uint32_t>{1, 4}));
  EXPECT_EQ(c.cues_with_end_word(CueClass::hedge, "well"), (std::vector<uint32_t>{2}));
  EXPECT_EQ(c.cues_with_end_word(CueClass::hedge, "course"), (std::vector<uint32_t>{4}));
  EXPECT_TRUE(c.cues_with_end_word(CueClass::hedge, "event").empty());  // inner words are not indexed
  EXPECT_TRUE(c.cues_with_end_word(CueClass::hedge, "never").empty());  // another class
  EXPECT_EQ(c.cues_with_end_word(CueClass::negation, "never"), (std::vector<uint32_t>{0}));
  // The classes a word begins or ends a cue of, in one lookup.
  const uint32_t hedge = CueLexicon::bit(CueClass::hedge), negation = CueLexicon::bit(CueClass::negation);
  EXPECT_EQ(c.classes_with_end_word("may"), hedge);
  EXPECT_EQ(c.classes_with_end_word("never"), negation);
  EXPECT_EQ(c.classes_with_end_word("event"), 0u);
  c.add_text("negation may not\n", "c.txt", problems);
  EXPECT_EQ(c.classes_with_end_word("may"), hedge | negation);
  EXPECT_EQ(c.classes_with_end_word("not"), negation);
}

TEST(CueLexicon, EveryMalformedLineIsReportedWithItsLine) {
  CueLexicon c;
  std::vector<InputProblem> problems;
  c.add_text("hedge may\nhedgy might\nnegation\nfuture will || shall\nspeech say = SAY\n", "cues.txt", problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].to_string(), "cues.txt:2: unknown cue class \"hedgy\"");
  EXPECT_EQ(problems[1].line, 3u);
  EXPECT_NE(problems[1].message.find("without any phrase"), std::string::npos);
  EXPECT_EQ(problems[2].line, 4u);
  EXPECT_NE(problems[2].message.find("empty phrase"), std::string::npos);
  EXPECT_EQ(problems[3].line, 5u);
  EXPECT_TRUE(c.is(CueClass::hedge, "may")) << "good lines still load";
  EXPECT_TRUE(c.is(CueClass::future, "will"));
}

TEST(CueLexicon, LoadThrowsListingAllProblems) {
  auto dir = std::filesystem::temp_directory_path() / ("vigil-cues-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "a.txt") << "hedge may\nbogus x\n";
    std::ofstream(dir / "b.txt") << "negation\n";
  }
  try {
    load_cues(dir.string());
    FAIL() << "expected an error";
  } catch (const DictionaryErrors& e) {
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].file, (dir / "a.txt").string());
    EXPECT_EQ(e.problems()[0].line, 2u);
    EXPECT_EQ(e.problems()[1].file, (dir / "b.txt").string());
    EXPECT_EQ(e.problems()[1].line, 1u);
  }
  EXPECT_THROW(load_cues((dir / "missing.txt").string()), InputError);
  std::filesystem::remove_all(dir);
}

TEST(CueLexicon, TheFormatDocumentsExampleLoads) {
  std::ifstream in(std::string(VIGIL_TEST_DATA_DIR) + "/../../docs/dictionary-format.md");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  size_t section = doc.find("## Cues");
  ASSERT_NE(section, std::string::npos);
  size_t start = doc.find("```\n", section);
  ASSERT_NE(start, std::string::npos);
  size_t end = doc.find("```", start + 4);
  CueLexicon c;
  std::vector<InputProblem> problems;
  c.add_text(doc.substr(start + 4, end - start - 4), "doc-example", problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(c.is(CueClass::negating_governor, "refuse"));
  EXPECT_EQ(c.cues(CueClass::negating_governor).back().words, (std::vector<std::string>{"no", "plans"}));
}

TEST(CueLexicon, ShippedCuesLoad) {
  CueLexicon c = load_cues(std::string(VIGIL_TEST_DATA_DIR) + "/../../dicts/cues");
  EXPECT_GT(c.size(), 100u);
  EXPECT_TRUE(c.is(CueClass::hedge, "reportedly"));
  EXPECT_TRUE(c.is(CueClass::negating_governor, "refuse"));
}

}  // namespace
}  // namespace vigil::lexicon
