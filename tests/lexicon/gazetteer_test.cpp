// The gazetteer loader: lookups by folded name, region stems, and errors that name the file and line.
#include <gtest/gtest.h>

#include <sstream>

#include "ingest/input_error.h"
#include "lexicon/gazetteer.h"

namespace vigil::lexicon {
namespace {

const std::string kFixture = std::string(VIGIL_TEST_DATA_DIR) + "/places/gazetteer-fixture.tsv";

TEST(Gazetteer, LooksUpFoldedNames) {
  Gazetteer g = Gazetteer::load(kFixture);
  ASSERT_GT(g.size(), 20u);
  auto kyiv = g.lookup(place_key("KYIV"));
  ASSERT_EQ(kyiv.size(), 1u);
  EXPECT_EQ(g.entry(kyiv[0]).country, "UKR");
  EXPECT_EQ(g.entry(kyiv[0]).admin1, "Kyiv City");
  EXPECT_TRUE(g.entry(kyiv[0]).has_coordinates);
  EXPECT_EQ(g.lookup(place_key("Paris")).size(), 2u);
  EXPECT_EQ(g.lookup(place_key("Chisinau")).size(), 1u);  // accents folded
  EXPECT_EQ(g.lookup(place_key("Rostov - on - Don")).size(), 1u);  // as the tokenizer joins it
  EXPECT_TRUE(g.lookup(place_key("Atlantis")).empty());
  auto ukraine = g.lookup(place_key("Ukraine"));
  ASSERT_EQ(ukraine.size(), 1u);
  EXPECT_EQ(g.entry(ukraine[0]).kind, GazetteerEntry::Kind::country);
  EXPECT_FALSE(g.entry(ukraine[0]).has_coordinates);
  EXPECT_GE(g.max_words(), 5);  // "Rostov - on - Don"
}

TEST(Gazetteer, RegionsByStem) {
  Gazetteer g = Gazetteer::load(kFixture);
  EXPECT_EQ(region_stem("moscow oblast"), "moscow");
  EXPECT_EQ(region_stem("state of uttar pradesh"), "uttar pradesh");
  auto moscow = g.regions_by_stem("moscow");
  ASSERT_EQ(moscow.size(), 1u);
  EXPECT_EQ(g.entry(moscow[0]).name, "Moscow Oblast");
  EXPECT_EQ(g.regions_by_stem("kharkiv").size(), 1u);
}

TEST(Gazetteer, MalformedLinesNameFileAndLine) {
  try {
    Gazetteer::load(std::string(VIGIL_TEST_DATA_DIR) + "/places/gazetteer-bad-coordinates.tsv");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("gazetteer-bad-coordinates.tsv:3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("coordinates"), std::string::npos) << e.what();
  }
  std::istringstream short_line("city\tKyiv\tUKR\n");
  EXPECT_THROW(Gazetteer::read(short_line, "inline"), InputError);
  std::istringstream bad_kind("planet\tMars\t-\t-\t-\t-\t0\t-\n");
  EXPECT_THROW(Gazetteer::read(bad_kind, "inline"), InputError);
  std::istringstream bad_population("city\tKyiv\tUKR\t-\t-\t-\tmany\t-\n");
  EXPECT_THROW(Gazetteer::read(bad_population, "inline"), InputError);
}

TEST(Gazetteer, ColumnsAndLinesAreSplitAsGetlineSplitsThem) {
  // CRLF line ends, comments, blank lines, a last line without a newline, and a tab at the end of a line (which opens
  // no ninth column).
  std::istringstream text(
      "# kind name country admin1 lat lon population canonical\r\n"
      "city\tKyiv\tUKR\tKyiv City\t50.45\t30.52\t2900000\t-\r\n"
      "\n"
      "region\tMoscow Oblast\tRUS\t-\t-\t-\t0\tMoscow Region\t\n"
      "country\tUkraine\tUKR\t-\t-\t-\t0\t-");
  Gazetteer g = Gazetteer::read(text, "inline");
  ASSERT_EQ(g.size(), 3u);
  auto kyiv = g.lookup(place_key("Kyiv"));
  ASSERT_EQ(kyiv.size(), 1u);
  EXPECT_EQ(g.entry(kyiv[0]).admin1, "Kyiv City");
  EXPECT_EQ(g.entry(kyiv[0]).population, 2900000);
  EXPECT_TRUE(g.entry(kyiv[0]).canonical.empty());
  auto moscow = g.lookup(place_key("Moscow Oblast"));
  ASSERT_EQ(moscow.size(), 1u);
  EXPECT_EQ(g.entry(moscow[0]).canonical, "Moscow Region");
  EXPECT_FALSE(g.entry(moscow[0]).has_coordinates);
  EXPECT_EQ(g.lookup(place_key("Ukraine")).size(), 1u);
  // An empty column is still a column; two tabs at the end leave an empty ninth one. Errors name the line.
  std::istringstream empty_column("city\tKyiv\t\t-\t-\t-\t0\t-\n");
  EXPECT_EQ(Gazetteer::read(empty_column, "inline").size(), 1u);
  std::istringstream ninth("\n# note\ncity\tKyiv\tUKR\t-\t-\t-\t0\t-\t\t\n");
  try {
    Gazetteer::read(ninth, "inline");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().line, 3u);
    EXPECT_NE(std::string(e.what()).find("found 9"), std::string::npos) << e.what();
  }
}

TEST(Gazetteer, MissingFileIsAnError) { EXPECT_THROW(Gazetteer::load("/nonexistent/gazetteer.tsv"), InputError); }

}  // namespace
}  // namespace vigil::lexicon
