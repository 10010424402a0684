#include "events/petrarch_suite.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vigil::events {
namespace {

std::string write_suite(const std::string& body) {
  static int n = 0;
  auto p = std::filesystem::temp_directory_path() /
           ("vigil-petrarch-suite-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".xml");
  std::ofstream(p) << "<Validation><Sentences>" << body << "</Sentences></Validation>";
  return p.string();
}

TEST(PetrarchSuite, UnderscoresJoiningAWordAreSpaces) {
  // TABARI-era texts join a name's words as its dictionaries do; an underscore at a word's edge stays.
  std::string path = write_suite(
      "<Sentence date=\"20010203\" id=\"X-1\" category=\"X\"><EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" "
      "eventcode=\"010\"/><Text>\n Envoys  of Minas_Anor met the _ staff of Isen_ guard.\n</Text></Sentence>");
  Suite s = read_petrarch_suite(path);
  std::filesystem::remove(path);
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].text, "Envoys of Minas Anor met the _ staff of Isen_ guard.");
  EXPECT_EQ(s.records[0].date, "2001-02-03");
  ASSERT_EQ(s.records[0].expected.size(), 1u);
  EXPECT_EQ(s.records[0].expected[0].event, "010");
}

}  // namespace
}  // namespace vigil::events
