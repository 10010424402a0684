// Gold references into a corpus (tests/data/gold/wire-dev.jsonl's form): resolving them against a tiny corpus
// written here, scoring them with `vigil eval-events --corpus`, the exit code when the corpus is absent, and
// (Corpus*) the real wire-dev sets (wire-dev to wire-dev6) against ../shared's wire corpus.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "cli/gold_reference.h"
#include "ingest/input_error.h"
#include "run_vigil.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
using test::run_vigil;

// Two stories in the project's own words; the second has a two-byte letter (ü) so offsets are bytes, not letters.
const char* kCorpus =
    "{\"id\": \"story-1\", \"published\": \"2024-03-04\", \"title\": \"Border\", \"text\": "
    "\"Russia attacked Ukraine on Monday.\\n\\nThe weather in the capital stayed mild all week.\"}\n"
    "{\"id\": \"story-2\", \"published\": \"2024-03-05\", \"title\": \"Talks\", \"text\": "
    "\"Delegates met in Z\\u00fcrich. They talked for an hour.\"}\n";

class GoldReference : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigil-goldref-" + std::to_string(getpid()));
    fs::create_directories(dir_);
    corpus_ = (dir_ / "corpus.jsonl").string();
    gold_ = (dir_ / "gold.jsonl").string();
    std::ofstream(corpus_) << kCorpus;
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write_gold(const std::string& lines) { std::ofstream(gold_, std::ios::trunc) << lines; }

  fs::path dir_;
  std::string corpus_, gold_;
};

TEST_F(GoldReference, ResolvesByteSpansOfCorpusRecords) {
  // "Delegates met in Zürich." is bytes 0-25 of story-2 (ü takes two bytes); "They talked ..." starts at 26.
  write_gold(
      "{\"doc\": \"story-1\", \"start\": 0, \"end\": 34, \"events\": [{\"source\": \"RUS\", \"target\": \"UKR\", "
      "\"cameo\": \"190\"}], \"note\": null}\n"
      "{\"doc\": \"story-2\", \"start\": 26, \"end\": 50, \"events\": [], \"note\": \"no event\"}\n"
      "{\"doc\": \"story-1\", \"start\": 36, \"end\": 84, \"events\": [], \"note\": null}\n");
  auto refs = cli::read_sentence_references(gold_);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].doc, "story-1");
  EXPECT_EQ(refs[0].events.size(), 1u);
  EXPECT_EQ(refs[1].line, 2u);
  auto docs = cli::resolve_sentence_references(refs, corpus_, gold_);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs.at("story-1").slice(Span{refs[0].start, refs[0].end}), "Russia attacked Ukraine on Monday.");
  EXPECT_EQ(docs.at("story-2").slice(Span{refs[1].start, refs[1].end}), "They talked for an hour.");
  EXPECT_EQ(docs.at("story-1").slice(Span{refs[2].start, refs[2].end}), "The weather in the capital stayed mild all week.");
  EXPECT_EQ(docs.at("story-2").published, "2024-03-05");
}

TEST_F(GoldReference, NamesTheGoldLineOfAReferenceThatDoesNotResolve) {
  auto problem = [&](const std::string& second_line) -> std::string {
    write_gold("{\"doc\": \"story-1\", \"start\": 0, \"end\": 34, \"events\": [], \"note\": null}\n" + second_line);
    try {
      cli::resolve_sentence_references(cli::read_sentence_references(gold_), corpus_, gold_);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_EQ(problem("{\"doc\": \"story-9\", \"start\": 0, \"end\": 5, \"events\": [], \"note\": null}\n"),
            gold_ + ":2: document \"story-9\" is not in " + corpus_);
  EXPECT_EQ(problem("{\"doc\": \"story-2\", \"start\": 10, \"end\": 90, \"events\": [], \"note\": null}\n"),
            gold_ + ":2: span 10-90 is not inside document \"story-2\" (50 bytes)");
  EXPECT_EQ(problem("{\"doc\": \"story-2\", \"start\": 5, \"end\": 5, \"events\": [], \"note\": null}\n"),
            gold_ + ":2: span 5-5 is not inside document \"story-2\" (50 bytes)");
  // Byte 19 is the second byte of ü.
  EXPECT_EQ(problem("{\"doc\": \"story-2\", \"start\": 0, \"end\": 19, \"events\": [], \"note\": null}\n"),
            gold_ + ":2: span 0-19 of document \"story-2\" cuts a UTF-8 character");
  EXPECT_NE(problem("{\"doc\": \"story-2\", \"start\": \"0\", \"end\": 19, \"events\": [], \"note\": null}\n")
                .find(gold_ + ":2: bad gold item"),
            std::string::npos);
  EXPECT_NE(problem("{\"doc\": \"story-2\", \"start\": 0, \"end\": 19, \"events\": {}, \"note\": null}\n")
                .find(gold_ + ":2: bad gold item: \"events\" is not a list"),
            std::string::npos);
}

TEST_F(GoldReference, EvalEventsCodesWholeDocumentsAndScoresTheReferencedSentences) {
  write_gold(
      "{\"doc\": \"story-1\", \"start\": 0, \"end\": 34, \"events\": [{\"source\": \"RUS\", \"target\": \"UKR\", "
      "\"cameo\": \"190\"}], \"note\": null}\n"
      "{\"doc\": \"story-1\", \"start\": 36, \"end\": 84, \"events\": [], \"note\": null}\n"
      "{\"doc\": \"story-2\", \"start\": 0, \"end\": 25, \"events\": [{\"source\": \"FRA\", \"target\": null, "
      "\"cameo\": \"040\"}], \"note\": null}\n");
  auto r = run_vigil("eval-events " + gold_ + " --corpus " + corpus_ + " --show --dicts " + VIGIL_TEST_DATA_DIR +
                     "/coding/dicts");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sentences: 3 in 2 documents\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("gold events: 2\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("category found (same CAMEO root): 1 (50.0%)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actors right where found (exact codes): 1 (100.0%)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentences with no gold event left uncoded: 1 of 1\n"), std::string::npos) << r.out;
  // --show names the gold line and the document, prints the sentence read from the corpus and what went wrong.
  EXPECT_NE(r.out.find(gold_ + ":3 story-2 0-25 (2024-03-05)\n    Delegates met in Zürich.\n  gold 040 FRA>-: missed\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find(gold_ + ":1 "), std::string::npos) << r.out;  // right: not shown
}

TEST_F(GoldReference, EvalEventsByRootCountsEachCameoRootWithoutShowingSentences) {
  write_gold(
      "{\"doc\": \"story-1\", \"start\": 0, \"end\": 34, \"events\": [{\"source\": \"RUS\", \"target\": \"UKR\", "
      "\"cameo\": \"190\"}], \"note\": null}\n"
      "{\"doc\": \"story-2\", \"start\": 0, \"end\": 25, \"events\": [{\"source\": \"FRA\", \"target\": null, "
      "\"cameo\": \"040\"}], \"note\": null}\n");
  auto r = run_vigil("eval-events " + gold_ + " --corpus " + corpus_ + " --by-root --dicts " + VIGIL_TEST_DATA_DIR +
                     "/coding/dicts");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("root   gold        found  actors exact  extra\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n04        1     0 (  0%)      0 (  0%)      0\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n19        1     1 (100%)      1 (100%)      0\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Zürich"), std::string::npos) << r.out;  // no sentence is shown
}

TEST_F(GoldReference, EvalEventsExitsWithItsOwnCodeWhenTheCorpusIsAbsent) {
  write_gold("{\"doc\": \"story-1\", \"start\": 0, \"end\": 34, \"events\": [], \"note\": null}\n");
  auto r = run_vigil("eval-events " + gold_ + " --corpus " + (dir_ / "no-such-corpus.jsonl.xz").string());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("no-such-corpus.jsonl.xz is absent"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

// The real development set: every reference resolves in ../shared's wire corpus and the whole set is scored.
TEST(CorpusWireDev, EveryReferenceResolvesAndTheSetIsScored) {
  std::string corpus = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";
  if (!fs::exists(corpus)) GTEST_SKIP() << "../shared is absent: " << corpus << " (wire-dev.jsonl cannot be scored)";
  std::string gold = std::string(VIGIL_TEST_DATA_DIR) + "/gold/wire-dev.jsonl";
  auto refs = cli::read_sentence_references(gold);
  EXPECT_EQ(refs.size(), 210u);
  auto docs = cli::resolve_sentence_references(refs, corpus, gold);
  EXPECT_EQ(docs.size(), 210u);  // one sentence per story
  auto r = run_vigil("eval-events " + gold + " --corpus " + corpus);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sentences: 210 in 210 documents\ngold events: 148\n"), std::string::npos) << r.out;
}

// The later sets (wire-dev2 to wire-dev6, each coded blind; see tests/data/gold/README.md for which are development
// sets now): every reference resolves, one sentence per story, no story is shared with an earlier set, and the whole
// set is scored. Only the counts are checked here, never vigil's figures on them.
struct LaterWireSet {
  const char* file;
  size_t sentences;
  int events;
};

void expect_resolves_apart_and_scored(const LaterWireSet& set, const std::vector<std::string>& earlier) {
  std::string corpus = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";
  if (!fs::exists(corpus)) GTEST_SKIP() << "../shared is absent: " << corpus << " (" << set.file << " cannot be scored)";
  std::string gold = std::string(VIGIL_TEST_DATA_DIR) + "/gold/" + set.file;
  auto refs = cli::read_sentence_references(gold);
  EXPECT_EQ(refs.size(), set.sentences);
  auto docs = cli::resolve_sentence_references(refs, corpus, gold);
  EXPECT_EQ(docs.size(), set.sentences);  // one sentence per story
  std::set<std::string> earlier_docs;
  for (const std::string& e : earlier)
    for (const auto& ref : cli::read_sentence_references(std::string(VIGIL_TEST_DATA_DIR) + "/gold/" + e))
      earlier_docs.insert(ref.doc);
  for (const auto& ref : refs) EXPECT_EQ(earlier_docs.count(ref.doc), 0u) << ref.doc << " is in an earlier set too";
  auto r = run_vigil("eval-events " + gold + " --corpus " + corpus);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string counts = "sentences: " + std::to_string(set.sentences) + " in " + std::to_string(set.sentences) +
                             " documents\ngold events: " + std::to_string(set.events) + "\n";
  EXPECT_NE(r.out.find(counts), std::string::npos) << r.out;
}

TEST(CorpusWireDev, TheLaterSetsResolveShareNoStoryWithEarlierOnesAndAreScored) {
  const LaterWireSet sets[] = {{"wire-dev2.jsonl", 200, 160},
                               {"wire-dev3.jsonl", 150, 119},
                               {"wire-dev4.jsonl", 150, 126},
                               {"wire-dev5.jsonl", 150, 120},
                               {"wire-dev6.jsonl", 150, 114}};
  std::vector<std::string> earlier = {"wire-dev.jsonl"};
  for (const LaterWireSet& set : sets) {
    SCOPED_TRACE(set.file);
    expect_resolves_apart_and_scored(set, earlier);
    earlier.push_back(set.file);
  }
}

}  // namespace
}  // namespace vigil
