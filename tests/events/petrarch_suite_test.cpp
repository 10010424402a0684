#include "events/petrarch_suite.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/input_error.h"

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

TEST(PetrarchSuite, ConfigLinesSetTheOptionsOfTheRecordsAfterThem) {
  // <Config> between records changes PETRARCH's options from there on; values are case-blind ("FALSE").
  std::string path = write_suite(
      "<Sentence date=\"20010203\" id=\"A\" category=\"X\"><EventCoding noevents=\"True\"/><Text>a</Text></Sentence>"
      "<Config option=\"require_dyad\" value=\"FALSE\"></Config>"
      "<Config option=\"new_actor_length\" value=\"4\"></Config>"
      "<Sentence date=\"20010203\" id=\"B\" category=\"X\"><EventCoding noevents=\"True\"/><Text>b</Text></Sentence>"
      "<Config option=\"require_dyad\" value=\"True\"></Config>"
      "<Sentence date=\"20010203\" id=\"C\" category=\"X\"><EventCoding noevents=\"True\"/><Text>c</Text></Sentence>");
  Suite s = read_petrarch_suite(path);
  std::filesystem::remove(path);
  ASSERT_EQ(s.records.size(), 3u);
  EXPECT_TRUE(s.records[0].options.require_dyad);
  EXPECT_EQ(s.records[0].options.new_actor_length, 0);
  EXPECT_FALSE(s.records[1].options.require_dyad);
  EXPECT_EQ(s.records[1].options.new_actor_length, 4);
  EXPECT_TRUE(s.records[2].options.require_dyad);
  EXPECT_EQ(s.records[2].options.new_actor_length, 4);
}

TEST(PetrarchSuite, ConfigWithAValueThatIsNoNumberIsAnError) {
  std::string path = write_suite("<Config option=\"new_actor_length\" value=\"four\"></Config>");
  EXPECT_THROW(read_petrarch_suite(path), InputError);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace vigil::events
