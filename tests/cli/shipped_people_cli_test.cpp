// Dated roles of the shipped people dictionaries (dicts/actors/people-*.txt), run as a user would: `vigil code
// --conllu` on a hand-made parse with the default dictionaries and a given publication date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conllu_rows.h"

namespace vigil {
namespace {

// "NAME met Kenyan officials .", with NAME's words as one flat name, coded on `published`; the source code.
std::string source_of(const std::string& name, const std::string& published) {
  std::vector<std::vector<std::string>> rows;
  std::string words = name + " ";
  for (size_t at = 0; (at = words.find(' ')) != std::string::npos; words.erase(0, at + 1)) {
    std::string w = words.substr(0, at);
    rows.push_back({w, w, "PROPN", "1", "flat"});
  }
  const std::string verb = std::to_string(rows.size() + 1);
  rows[0][3] = verb;  // the name's first word hangs under the verb
  rows[0][4] = "nsubj";
  rows.push_back({"met", "meet", "VERB", "0", "root"});
  rows.push_back({"Kenyan", "Kenyan", "ADJ", std::to_string(rows.size() + 2), "amod"});
  rows.push_back({"officials", "official", "NOUN", verb, "obj"});
  std::string out = test::code_conllu(test::conllu("p", rows), published);
  // Second line, fourth column: the source code.
  size_t line = out.find('\n');
  if (line == std::string::npos || line + 1 >= out.size()) return "(no event) " + out;
  std::string row = out.substr(line + 1);
  size_t col = 0;
  for (int i = 0; i < 3; ++i) col = row.find('\t', col) + 1;
  return row.substr(col, row.find('\t', col) - col);
}

TEST(ShippedPeople, OfficeHoldersOfTheLateNinetiesAndMidTwoThousands) {
  EXPECT_EQ(source_of("Renato Ruggiero", "1997-04-21"), "IGOWTO");
  EXPECT_EQ(source_of("Renato Ruggiero", "2001-09-01"), "ITAGOV");
  EXPECT_EQ(source_of("Renato Ruggiero", "2010-01-01"), "ITAELI");
  EXPECT_EQ(source_of("Megawati", "1997-04-27"), "IDNOPP");
  EXPECT_EQ(source_of("Meral Aksener", "1997-04-03"), "TURGOV");
  EXPECT_EQ(source_of("Liang Guanglie", "2005-11-04"), "CHNMIL");
  EXPECT_EQ(source_of("Liang Guanglie", "2010-01-01"), "CHNGOV");
  EXPECT_EQ(source_of("Amir Peretz", "2005-11-28"), "ISROPP");
  EXPECT_EQ(source_of("Amir Peretz", "2006-06-01"), "ISRGOV");
  // The longer name wins over a later president's "Hassan Sheikh".
  EXPECT_EQ(source_of("Sharif Hassan Sheikh Adan", "2005-11-28"), "SOMLEG");
}

TEST(ShippedPeople, LeadersMissingFromTheNinetiesAndTwoThousandsFiles) {
  EXPECT_EQ(source_of("Nursultan Nazarbayev", "2005-11-20"), "KAZGOV");
  EXPECT_EQ(source_of("John Kufuor", "2006-11-20"), "GHAGOV");
  EXPECT_EQ(source_of("Michel Camdessus", "1997-04-15"), "IGOIMF");
  EXPECT_EQ(source_of("Michel Camdessus", "2005-01-01"), "FRAELI");
  EXPECT_EQ(source_of("Pascal Lamy", "2005-11-20"), "IGOWTO");
  EXPECT_EQ(source_of("Prachanda", "2005-11-20"), "NPLREB");
  EXPECT_EQ(source_of("Wu Bangguo", "2005-11-20"), "CHNLEG");
  // Korean names hyphenated as the news writes them (split as the tokenizer splits them).
  EXPECT_EQ(source_of("Kim Jong - il", "2005-11-20"), "PRKGOV");
}

}  // namespace
}  // namespace vigil
