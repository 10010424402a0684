// Reading the hand-made gold sets: actor codes in the dictionaries' spelling, and errors that name file and line.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/gold_file.h"
#include "ingest/input_error.h"

namespace vigil::cli {
namespace {

TEST(GoldFile, ActorCodesTakeTheDictionariesSpelling) {
  const auto item = nlohmann::json::parse(
      R"({"source": "XKXGOV", "target": "PSEHMS", "a": "PSEFAT", "b": "IMGISI", "c": "UKRMIL", "d": null})");
  EXPECT_EQ(gold_actor_code(item, "source"), "KSVGOV");
  EXPECT_EQ(gold_actor_code(item, "target"), "PSEREB");
  EXPECT_EQ(gold_actor_code(item, "a"), "PSEPTY");
  EXPECT_EQ(gold_actor_code(item, "b"), "IMGMOSISI");
  EXPECT_EQ(gold_actor_code(item, "c"), "UKRMIL");
  EXPECT_EQ(gold_actor_code(item, "d"), "");
}

TEST(GoldFile, BadLineIsNamedByFileAndLine) {
  const auto path = std::filesystem::temp_directory_path() / ("vigil-goldfile-" + std::to_string(getpid()) + ".jsonl");
  std::ofstream(path) << "{\"id\": \"a\"}\n\n{not json\n";
  int seen = 0;
  try {
    for_each_gold_item(path.string(), [&](const nlohmann::json&, uint64_t) { ++seen; });
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("3"), std::string::npos) << e.what();
  }
  EXPECT_EQ(seen, 1);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace vigil::cli
