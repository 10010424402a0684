#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

// Coding pre-parsed CoNLL-U with the test dictionaries: no tokenizer or parser involved.
TEST(CodeCli, CodesParsedConllu) {
  std::string conllu =
      "# newdoc id = d1\n"
      "# text = Russia attacked Ukraine .\n"
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  auto r = run_vigil(std::string("code --conllu --published 2022-01-19 --format tsv --dicts ") + VIGIL_TEST_DATA_DIR +
                         "/coding/dicts",
                     conllu);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("d1\t0\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tRUS\tUKR\t190\t4\t"), std::string::npos) << r.out;
}

TEST(CodeCli, BrokenDictionariesNameFileAndLine) {
  auto r = run_vigil(std::string("code --dicts ") + VIGIL_TEST_DATA_DIR + "/lexicon/lint-broken", "Some text.\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(".txt:"), std::string::npos) << r.err;
}

// Every eval-* command reads its gold file the same way: a bad line is named by file and line.
TEST(CodeCli, EvalCommandsNameTheBadGoldLine) {
  std::string path = (std::filesystem::temp_directory_path() / ("vigil-badgold-" + std::to_string(getpid()) + ".jsonl")).string();
  std::ofstream(path) << "{\"id\": \"x-1\", \"text\": 7}\n\nnot json\n";
  for (const char* command : {"eval-events", "eval-dates", "eval-places", "eval-modality", "eval-merge"}) {
    auto r = run_vigil(std::string(command) + " " + path);
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_NE(r.err.find(path + ":1:"), std::string::npos) << command << ": " << r.err;
  }
  std::ofstream(path, std::ios::trunc) << "\nnot json\n";
  auto r = run_vigil("eval-events " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(path + ":2: invalid JSON"), std::string::npos) << r.err;
  auto missing = run_vigil("eval-dates /no/such/gold.jsonl");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/no/such/gold.jsonl: cannot open"), std::string::npos) << missing.err;
  std::filesystem::remove(path);
}

// eval-events --modality counts only coded events of the modalities named: a negated condemnation is coded (and,
// by default, an event on a sentence whose gold has none), but not one an acts-only gold set should see.
TEST(CodeCli, EvalEventsCountsOnlyTheModalitiesAskedFor) {
  std::string path = (std::filesystem::temp_directory_path() / ("vigil-modgold-" + std::to_string(getpid()) + ".jsonl")).string();
  std::ofstream(path) << "{\"id\": \"m-1\", \"text\": \"Kenya did not condemn Uganda on Monday.\", "
                         "\"published\": \"2006-05-10\", \"events\": []}\n";
  auto all = run_vigil("eval-events " + path);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_NE(all.out.find("sentences with no gold event left uncoded: 0 of 1"), std::string::npos) << all.out;
  auto asserted = run_vigil("eval-events " + path + " --modality asserted,historical,intended");
  ASSERT_EQ(asserted.exit_code, 0) << asserted.err;
  EXPECT_NE(asserted.out.find("sentences with no gold event left uncoded: 1 of 1"), std::string::npos) << asserted.out;
  auto bad = run_vigil("eval-events " + path + " --modality certain");
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace vigil
