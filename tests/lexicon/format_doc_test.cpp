// The examples in docs/dictionary-format.md load without problems, so the document and the loader agree.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "lexicon/dict_text.h"
#include "lexicon/vigil_format.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

TEST(FormatDoc, ExamplesLoad) {
  std::string path = std::string(VIGIL_TEST_DATA_DIR) + "/../../docs/dictionary-format.md";
  std::string doc;
  ASSERT_TRUE(read_file(path, doc)) << path;
  // Fenced blocks that start with a dictionary entry, each parsed on its own; synopses with [optional] parts aside.
  int parsed = 0;
  size_t pos = 0;
  while ((pos = doc.find("```\n", pos)) != std::string::npos) {
    size_t start = pos + 4, end = doc.find("```", start);
    ASSERT_NE(end, std::string::npos);
    std::string block = doc.substr(start, end - start);
    pos = end + 3;
    std::string first = block.substr(0, block.find_first_of(" \n"));
    static const std::set<std::string> kHeaders = {"country", "org", "person", "actor", "agent",
                                                   "verb",    "noun", "set",    "discard"};
    if (!kHeaders.count(first)) continue;
    if (block.substr(0, block.find('\n')).find(" [") != std::string::npos) continue;  // a synopsis: "[= CODE]"

    Dictionaries d;
    std::vector<InputProblem> problems;
    parse_vigil_text(block, "doc-example", DictKind::kAny, d, problems);
    EXPECT_TRUE(problems.empty()) << testing::dump(problems) << block;
    ++parsed;
  }
  EXPECT_GE(parsed, 5);
}

}  // namespace
}  // namespace vigil::lexicon
