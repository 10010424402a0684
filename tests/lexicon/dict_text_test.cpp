// Text helpers shared by the loaders: splitting as std::getline does.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "lexicon/dict_text.h"

namespace vigil::lexicon {
namespace {

// What std::getline gives for `s` split on `sep`.
std::vector<std::string> by_getline(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

TEST(DictText, SplitLikeGetlineGivesWhatGetlineGives) {
  std::vector<std::string_view> parts;
  for (const std::string s : {"", "a", "a\tb", "a\t\tb", "\ta", "a\t", "a\t\t", "\t", "one\ttwo\tthree"}) {
    split_like_getline(s, '\t', parts);
    std::vector<std::string> got(parts.begin(), parts.end());
    EXPECT_EQ(got, by_getline(s, '\t')) << "'" << s << "'";
  }
  split_like_getline("x\ny\n", '\n', parts);
  EXPECT_EQ(parts.size(), 2u);  // the buffer is reused: cleared first
}

}  // namespace
}  // namespace vigil::lexicon
