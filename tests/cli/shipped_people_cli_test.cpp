// Dated roles of the shipped people dictionaries (dicts/actors/people-*.txt), run as a user would: `vigil code
// --conllu` on a hand-made parse with the default dictionaries and a given publication date.
#include <gtest/gtest.h>

#include <string>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

// "NAME met Kenyan officials .", with NAME's words as one flat name, coded on `published`; the source code.
std::string source_of(const std::string& name, const std::string& published) {
  std::string body;
  int n = 0;
  std::string words = name + " ";
  for (size_t at = 0; (at = words.find(' ')) != std::string::npos; words.erase(0, at + 1)) {
    std::string w = words.substr(0, at);
    ++n;
    body += std::to_string(n) + "\t" + w + "\t" + w + "\tPROPN\t_\t_\t" + (n == 1 ? "0\troot" : "1\tflat") +
            "\t_\t_\n";
  }
  const int verb = n + 1;
  std::string head = std::to_string(verb);
  // The name's first word hangs under the verb.
  body.replace(body.find("\t0\troot"), 7, "\t" + head + "\tnsubj");
  body += head + "\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n";
  body += std::to_string(verb + 1) + "\tKenyan\tKenyan\tADJ\t_\t_\t" + std::to_string(verb + 2) + "\tamod\t_\t_\n";
  body += std::to_string(verb + 2) + "\tofficials\tofficial\tNOUN\t_\t_\t" + head + "\tobj\t_\t_\n";
  std::string doc = "# newdoc id = p\n# text = " + name + " met Kenyan officials\n" + body + "\n";
  auto r = run_vigil("code --conllu --published " + published + " --format tsv", doc);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Second line, fourth column: the source code.
  size_t line = r.out.find('\n');
  if (line == std::string::npos || line + 1 >= r.out.size()) return "(no event) " + r.out;
  std::string row = r.out.substr(line + 1);
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
