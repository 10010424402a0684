#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

TEST(Cli, HelpAndVersionSucceed) {
  auto help = run_vigil("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("tokenize"), std::string::npos);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
  auto version = run_vigil("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("vigil "), std::string::npos);
  EXPECT_EQ(run_vigil("tokenize --help").exit_code, 0);
}

TEST(Cli, UnknownFlagsAndCommandsAreUsageErrors) {
  auto r = run_vigil("tokenize --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-flag"), std::string::npos);
  EXPECT_EQ(run_vigil("frobnicate").exit_code, 2);
  EXPECT_EQ(run_vigil("").exit_code, 2);
  EXPECT_EQ(run_vigil("tokenize --published 2022-02-30").exit_code, 2);
}

TEST(Cli, TokenizeWritesConlluWithTokenRanges) {
  auto r = run_vigil("tokenize --input text", "Russia's envoy left.\nHe didn't return.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# newdoc id = doc-"), std::string::npos);
  EXPECT_NE(r.out.find("# text = Russia's envoy left."), std::string::npos);
  EXPECT_NE(r.out.find("1-2\tRussia's\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:8\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1\tRussia\t"), std::string::npos);
  EXPECT_NE(r.out.find("2\t's\t"), std::string::npos);
  EXPECT_NE(r.out.find("4\tleft\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=15:19\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2-3\tdidn't"), std::string::npos);
}

TEST(Cli, JsonlOnStdinIsDetected) {
  auto r = run_vigil("sentences --ids", "{\"id\": \"w1\", \"text\": \"One. Two.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "w1\t0:4\tOne.\nw1\t5:9\tTwo.\n");
}

TEST(Cli, BadRecordsAreReportedTheRestProcessedAndTheExitCodeSaysSo) {
  auto r = run_vigil("sentences --input jsonl", "{\"text\": \"Good.\"}\n{broken\n{\"text\": \"Also good.\"}\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "Good.\nAlso good.\n");
  EXPECT_NE(r.err.find("-:2: invalid JSON"), std::string::npos) << r.err;
  auto stop = run_vigil("sentences --input jsonl --stop-on-error", "{\"text\": \"Good.\"}\n{broken\n{\"text\": \"Also.\"}\n");
  EXPECT_EQ(stop.exit_code, 1);
  EXPECT_EQ(stop.out.find("Also."), std::string::npos);
}

TEST(Cli, MissingFileIsNamed) {
  auto r = run_vigil("sentences /no/such/file.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/no/such/file.txt: no such file or folder"), std::string::npos) << r.err;
}

TEST(Cli, SentenceModelChoices) {
  // The shipped model ends a sentence at a lower-case start after "?", as chat and quotes have; the rules do not.
  const std::string text = "Headline\n\nWhere were the envoys? nobody in Ottawa knew.\n";
  auto learned = run_vigil("sentences", text);
  ASSERT_EQ(learned.exit_code, 0) << learned.err;
  EXPECT_EQ(learned.out, "Headline\nWhere were the envoys?\nnobody in Ottawa knew.\n");
  auto rules = run_vigil("sentences --sentence-model none", text);
  ASSERT_EQ(rules.exit_code, 0) << rules.err;
  EXPECT_EQ(rules.out, "Headline\nWhere were the envoys? nobody in Ottawa knew.\n");
  auto missing = run_vigil("sentences --sentence-model /no/such/model.vigil", text);
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/no/such/model.vigil: cannot open model file"), std::string::npos) << missing.err;
}

TEST(Cli, BundledSamplesTokenizeFromAnyFolder) {
  auto r = run_vigil(std::string("sentences ") + VIGIL_SAMPLES_DIR);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Lithuania hosts NATO naval drills as Russia protests.\n"), std::string::npos);
  EXPECT_EQ(r.out.find("Photo:"), std::string::npos);
  EXPECT_EQ(r.out.find("By Amina Diallo"), std::string::npos);
  EXPECT_NE(r.out.find("Mali's military government"), std::string::npos);
  EXPECT_EQ(r.out.find("BAMAKO"), std::string::npos);  // the dateline is not a sentence
}

TEST(CorpusCli, SeedHeadlineThenSentences) {
  std::string seed = std::string(VIGIL_SHARED_DIR) + "/corpus/seed/canada-sof-ukraine.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "../shared is absent: " << seed;
  auto r = run_vigil("tokenize " + seed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# text = Canada sent special forces to Ukraine—media.\n"), std::string::npos);
  EXPECT_EQ(r.out.find("National"), std::string::npos);
  EXPECT_EQ(r.out.find("Defense"), std::string::npos);
  size_t sentences = 0;
  for (size_t p = r.out.find("# text = "); p != std::string::npos; p = r.out.find("# text = ", p + 1)) ++sentences;
  EXPECT_EQ(sentences, 19u);
}

}  // namespace
}  // namespace vigil
