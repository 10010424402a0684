// vigil code --asserted-only, --quotes and --cues from the command line, on pre-parsed input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

const char* kTwoDocs =
    "# newdoc id = plain\n"
    "# text = Russia attacked Ukraine .\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "# newdoc id = negated\n"
    "# text = Russia did not attack Ukraine .\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

std::string code(const std::string& extra) {
  auto r = run_vigil(std::string("code --conllu --published 2022-01-19 --dicts ") + VIGIL_TEST_DATA_DIR +
                         "/coding/dicts " + extra,
                     kTwoDocs);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

TEST(ModalityCli, EventsCarryModalityAttributionAndConfirmation) {
  std::string out = code("");
  EXPECT_NE(out.find("\"doc\":\"plain\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"doc\":\"negated\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"modality\":\"asserted\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"modality\":\"negated\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"attribution\":[]"), std::string::npos) << "no outlet, no source: an empty chain\n" << out;
  EXPECT_NE(out.find("\"confirmation\":\"reported\""), std::string::npos) << out;
}

TEST(ModalityCli, AssertedOnlyDropsTheNegatedEvent) {
  std::string out = code("--asserted-only");
  EXPECT_NE(out.find("\"doc\":\"plain\""), std::string::npos) << out;
  EXPECT_EQ(out.find("\"doc\":\"negated\""), std::string::npos) << out;
  EXPECT_EQ(out.find("\"modality\":\"negated\""), std::string::npos) << out;
}

TEST(ModalityCli, BadCueFileNamesFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / ("vigil-cli-cues-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cues.txt") << "hedge may\nnonsense word\n";
  auto r = run_vigil(std::string("code --conllu --dicts ") + VIGIL_TEST_DATA_DIR + "/coding/dicts --cues " +
                         (dir / "cues.txt").string(),
                     kTwoDocs);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cues.txt:2: unknown cue class \"nonsense\""), std::string::npos) << r.err;
}

}  // namespace
}  // namespace vigil
