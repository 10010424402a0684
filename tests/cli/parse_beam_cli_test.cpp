// vigil train --beam / --parse-beam and vigil parse --beam: the width is recorded in the model and can be overridden.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

const std::string kParseData = std::string(VIGIL_TEST_DATA_DIR) + "/parse";

std::string tiny_model_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("vigil-beam-" + std::to_string(::getpid()) + "-" + name)).string();
}

std::string train_args(const std::string& out, const std::string& extra) {
  return "train --quiet --train " + kParseData + "/tiny.conllu --wordnet " + kParseData +
         "/wordnet --jackknife 0 --tagger-epochs 4 --parser-epochs 4 --out " + out + " " + extra;
}

TEST(ParseBeamCli, TrainRecordsTheWidthAndParseOverridesIt) {
  std::string model = tiny_model_path("b3.vigil");
  auto trained = run_vigil(train_args(model, "--beam 3"));
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  auto info = run_vigil("parse --model-info --model " + model);
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("\"parse_beam\": 3"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("\"beam\": 3"), std::string::npos) << info.out;
  // The model's width, and greedy parsing on request: both give one root per sentence.
  for (std::string beam : {"", "--beam 1", "--beam 5"}) {
    auto parsed = run_vigil("parse --input conllu --model " + model + " " + beam + " " + kParseData + "/tiny.conllu");
    ASSERT_EQ(parsed.exit_code, 0) << beam << parsed.err;
    size_t roots = 0, sentences = 0;
    for (size_t at = parsed.out.find("\t0\troot\t"); at != std::string::npos; at = parsed.out.find("\t0\troot\t", at + 1))
      ++roots;
    for (size_t at = parsed.out.find("# text"); at != std::string::npos; at = parsed.out.find("# text", at + 1))
      ++sentences;
    EXPECT_EQ(roots, sentences) << beam;
    EXPECT_GT(sentences, 0u);
  }
  std::filesystem::remove(model);
  // Another width for parsing than for training.
  auto other = run_vigil(train_args(model, "--beam 3 --parse-beam 2"));
  ASSERT_EQ(other.exit_code, 0) << other.err;
  EXPECT_NE(run_vigil("parse --model-info --model " + model).out.find("\"parse_beam\": 2"), std::string::npos);
  std::filesystem::remove(model);
}

TEST(ParseBeamCli, WidthsOutOfRangeAreUsageErrors) {
  EXPECT_EQ(run_vigil("parse --beam 0 --input conllu " + kParseData + "/tiny.conllu").exit_code, 2);
  EXPECT_EQ(run_vigil("parse --beam 65 --input conllu " + kParseData + "/tiny.conllu").exit_code, 2);
  EXPECT_EQ(run_vigil(train_args(tiny_model_path("bad.vigil"), "--beam 0")).exit_code, 2);
}

}  // namespace
}  // namespace vigil
