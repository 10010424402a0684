// Each export layout checked against its published column specification.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/exports.h"

namespace vigil::store {
namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) out.emplace_back();
    else if (c != '\n') out.back() += c;
  }
  return out;
}

EventRecord sample() {
  EventRecord e;
  e.id = "ev-00000000000000ff";
  e.merged_into = e.id;
  e.source = ActorRecord{"RUSMIL", "RUS", "MIL", "Russian forces"};
  e.target = ActorRecord{"UKRCVL", "UKR", "CVL", "civilians\tin Kyiv"};
  e.cameo = "195";
  e.cameo_root = "19";
  e.quad_class = 4;
  e.goldstein = -10.0;
  e.plover_type = "ASSAULT";
  e.plover_mode = "aerial";
  e.date = "2022-10-10";
  e.date_precision = "day";
  e.date_basis = "text";
  e.place_name = "Kyiv";
  e.place_country = "UKR";
  e.place_admin1 = "Kyiv City";
  e.place_precision = "city";
  e.lat = 50.45;
  e.lon = 30.52;
  e.geonames_id = 703448;
  e.reports = 5;
  e.outlets = 4;
  e.independent_sources = 3;
  e.mentions = 7;
  e.doc = "mrg-0006";
  e.outlet = "Meridian News Agency";
  e.url = "https://example.org/a";
  e.published = "2022-10-11";
  e.sentence = 0;
  e.evidence = "Russia fired dozens of missiles at Kyiv, \"killing\" 11.";
  return e;
}

TEST(Exports, GdeltHas61TabSeparatedColumnsAndNoHeader) {
  EXPECT_EQ(export_columns(ExportFormat::gdelt).size(), 61u);
  EXPECT_EQ(export_header(ExportFormat::gdelt), "");
  std::string out;
  append_export(ExportFormat::gdelt, sample(), out);
  ASSERT_EQ(out.back(), '\n');
  std::vector<std::string> c = split(out, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[0], "255");  // GlobalEventID: numeric
  EXPECT_EQ(c[1], "20221010");  // Day
  EXPECT_EQ(c[2], "202210");    // MonthYear
  EXPECT_EQ(c[3], "2022");      // Year
  EXPECT_EQ(c[4].substr(0, 6), "2022.7");  // FractionDate
  EXPECT_EQ(c[5], "RUSMIL");    // Actor1Code
  EXPECT_EQ(c[6], "RUSSIAN FORCES");
  EXPECT_EQ(c[7], "RUS");       // Actor1CountryCode
  EXPECT_EQ(c[12], "MIL");      // Actor1Type1Code
  EXPECT_EQ(c[15], "UKRCVL");   // Actor2Code
  EXPECT_EQ(c[16], "CIVILIANS IN KYIV");  // a tab inside a field never splits the row
  EXPECT_EQ(c[25], "1");        // IsRootEvent
  EXPECT_EQ(c[26], "195");      // EventCode
  EXPECT_EQ(c[27], "195");      // EventBaseCode
  EXPECT_EQ(c[28], "19");       // EventRootCode
  EXPECT_EQ(c[29], "4");        // QuadClass
  EXPECT_EQ(c[30], "-10");      // GoldsteinScale
  EXPECT_EQ(c[31], "7");        // NumMentions
  EXPECT_EQ(c[32], "3");        // NumSources
  EXPECT_EQ(c[33], "5");        // NumArticles
  EXPECT_EQ(c[34], "");         // AvgTone: not measured
  EXPECT_EQ(c[35], "0");        // Actor1Geo_Type: none
  EXPECT_EQ(c[51], "4");        // ActionGeo_Type: world city
  EXPECT_EQ(c[52], "Kyiv");
  EXPECT_EQ(c[53], "UKR");
  EXPECT_EQ(c[56], "50.4500");  // ActionGeo_Lat
  EXPECT_EQ(c[57], "30.5200");
  EXPECT_EQ(c[58], "703448");
  EXPECT_EQ(c[59], "20221011000000");  // DATEADDED
  EXPECT_EQ(c[60], "https://example.org/a");
}

TEST(Exports, GdeltWithoutTargetOrPlaceKeeps61Columns) {
  EventRecord e = sample();
  e.target.reset();
  e.place_name = e.place_country = e.place_precision = e.place_admin1 = "";
  e.lat.reset();
  e.lon.reset();
  e.geonames_id = 0;
  std::string out;
  append_export(ExportFormat::gdelt, e, out);
  std::vector<std::string> c = split(out, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[15], "");
  EXPECT_EQ(c[51], "0");
}

TEST(Exports, IcewsHas20ColumnsWithTheIcewsHeader) {
  std::vector<std::string> h = split(export_header(ExportFormat::icews), '\t');
  ASSERT_EQ(h.size(), 20u);
  EXPECT_EQ(h[0], "Event ID");
  EXPECT_EQ(h[1], "Event Date");
  EXPECT_EQ(h[5], "Event Text");
  EXPECT_EQ(h[6], "CAMEO Code");
  EXPECT_EQ(h[7], "Intensity");
  EXPECT_EQ(h[11], "Story ID");
  EXPECT_EQ(h[13], "Publisher");
  EXPECT_EQ(h[19], "Longitude");
  std::string out;
  append_export(ExportFormat::icews, sample(), out);
  std::vector<std::string> c = split(out, '\t');
  ASSERT_EQ(c.size(), 20u);
  EXPECT_EQ(c[1], "2022-10-10");
  EXPECT_EQ(c[2], "Russian forces");
  EXPECT_EQ(c[3], "MIL");
  EXPECT_EQ(c[4], "RUS");
  EXPECT_EQ(c[5], "Employ aerial weapons");  // CAMEO 195
  EXPECT_EQ(c[6], "195");
  EXPECT_EQ(c[7], "-10");
  EXPECT_EQ(c[8], "civilians in Kyiv");
  EXPECT_EQ(c[12], "1");  // sentence number, 1-based
  EXPECT_EQ(c[13], "Meridian News Agency");
  EXPECT_EQ(c[14], "Kyiv");
  EXPECT_EQ(c[16], "Kyiv City");
  EXPECT_EQ(c[17], "UKR");
}

TEST(Exports, PloverRecordsCarryTheirFields) {
  std::string out;
  append_export(ExportFormat::plover, sample(), out);
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["id"], "ev-00000000000000ff");
  EXPECT_EQ(j["date"], "2022-10-10");
  EXPECT_EQ(j["source"], "RUSMIL");
  EXPECT_EQ(j["src_actor"], "RUS");
  EXPECT_EQ(j["src_agent"], "MIL");
  EXPECT_EQ(j["target"], "UKRCVL");
  EXPECT_EQ(j["tgt_actor"], "UKR");
  EXPECT_EQ(j["event"], "ASSAULT");
  EXPECT_EQ(j["mode"], "aerial");
  EXPECT_TRUE(j["context"].is_array());
  EXPECT_EQ(j["location"]["name"], "Kyiv");
  EXPECT_EQ(j["publisher"], "Meridian News Agency");
  EXPECT_EQ(j["num_reports"], 5);
  EXPECT_EQ(j["num_sources"], 3);
}

TEST(Exports, CsvQuotesFieldsAndMatchesItsHeader) {
  std::vector<std::string> h = split(export_header(ExportFormat::csv), ',');
  std::string out;
  append_export(ExportFormat::csv, sample(), out);
  // The evidence has a comma and quotes: one quoted field, quotes doubled.
  EXPECT_NE(out.find("\"Russia fired dozens of missiles at Kyiv, \"\"killing\"\" 11.\""), std::string::npos) << out;
  EXPECT_EQ(h.size(), 26u);
  EXPECT_EQ(h[0], "event");
}

TEST(Exports, JsonlRecord) {
  std::string out;
  append_export(ExportFormat::jsonl, sample(), out);
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["event"], "ev-00000000000000ff");
  EXPECT_EQ(j["reports"], 5);
  EXPECT_EQ(j["independent_sources"], 3);
  EXPECT_EQ(j["plover"]["type"], "ASSAULT");
  EXPECT_EQ(j["place"]["name"], "Kyiv");
  EXPECT_TRUE(j["modality"].is_null());
  EXPECT_THROW(export_format("xml"), std::invalid_argument);
}

}  // namespace
}  // namespace vigil::store
