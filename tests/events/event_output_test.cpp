// The `vigil code` JSON line: the same bytes nlohmann's dump writes for the same object, including texts that need
// escaping or are not valid UTF-8.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "events/event_output.h"

namespace vigil::events {
namespace {

using nlohmann::ordered_json;

coding::ActorRef actor(std::string code, std::string country, std::vector<std::string> sectors, std::string text,
                       Span span) {
  coding::ActorRef a;
  a.code = std::move(code);
  a.country = std::move(country);
  a.sectors = std::move(sectors);
  a.text = std::move(text);
  a.span = span;
  return a;
}

// The line, parsed and written again by nlohmann: equal bytes mean the writer spells everything as nlohmann does.
void expect_nlohmann_bytes(const std::string& line) {
  ASSERT_FALSE(line.empty());
  ASSERT_EQ(line.back(), '\n');
  std::string body = line.substr(0, line.size() - 1);
  EXPECT_EQ(body.find('\n'), std::string::npos);
  ordered_json j = ordered_json::parse(body);
  EXPECT_EQ(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), body);
}

TEST(EventOutput, AFullEventIsWrittenAsNlohmannWritesIt) {
  coding::Event e;
  e.doc = "AFP-1";
  e.sentence = 3;
  e.id = "AFP-1-3-1";
  e.source = actor("CANMIL", "CAN", {"MIL"}, "Canadian \"special\" forces", Span{10, 34});
  e.target = actor("IGOUNO", "", {}, "the UN\\ council\ttoday\n", Span{40, 51});
  e.cameo = "190";
  e.date = "2006-03-01";
  e.date_precision = "day";
  e.date_basis = "published";
  coding::Place p;
  p.name = "Kyiv \xe2\x80\x94 Ukraine";  // an em dash: valid UTF-8, written as it is
  p.country = "UKR";
  p.lat = 50.45;
  p.lon = -30.5238;
  p.has_coordinates = true;
  p.precision = "city";
  p.geonames_id = 703448;
  p.span = Span{60, 64};
  e.place = p;
  e.modality = "asserted";
  e.attribution = std::vector<coding::AttributionLink>{{"outlet", "AFP", "", std::nullopt},
                                                       {"official", "a \x01 spokesman", "CANGOV", Span{1, 2}}};
  e.evidence.text = "Bad byte \xff here";  // not UTF-8: replaced, as nlohmann's replace handler does
  e.evidence.verb = "attacked";
  e.evidence.verb_span = Span{35, 43};
  e.evidence.rule = "dicts/verbs/attack.txt:12: attack";
  std::string line;
  append_event_json(e, line);
  expect_nlohmann_bytes(line);
  ordered_json j = ordered_json::parse(line);
  EXPECT_EQ(j["source"]["text"], "Canadian \"special\" forces");
  EXPECT_EQ(j["target"]["text"], "the UN\\ council\ttoday\n");
  EXPECT_TRUE(j["target"]["country"].is_null());
  EXPECT_EQ(j["target"]["sectors"], ordered_json::array());
  EXPECT_EQ(j["cameo_name"], "Use conventional military force, not specified below");
  EXPECT_EQ(j["plover"]["type"], "ASSAULT");
  EXPECT_TRUE(j["plover"]["mode"].is_null());  // 190 has a context (military), no mode
  EXPECT_EQ(j["quad_class"], 4);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -10.0);
  EXPECT_DOUBLE_EQ(j["place"]["lon"].get<double>(), -30.5238);
  EXPECT_EQ(j["place"]["geonames_id"], 703448);
  EXPECT_TRUE(j["place"]["admin1"].is_null());
  EXPECT_EQ(j["place"]["span"], ordered_json::array({60, 64}));
  EXPECT_EQ(j["attribution"][1]["name"], "a \x01 spokesman");
  EXPECT_TRUE(j["attribution"][0]["span"].is_null());
  EXPECT_EQ(j["evidence"]["text"], "Bad byte \xef\xbf\xbd here");
  EXPECT_EQ(j["evidence"]["verb_span"], ordered_json::array({35, 43}));
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"doc", "sentence", "event", "source", "target", "cameo", "cameo_name",
                                            "quad_class", "goldstein", "plover", "date", "date_precision",
                                            "date_basis", "place", "modality", "attribution", "confirmation",
                                            "evidence"}));
}

TEST(EventOutput, AnEventWithoutOptionalPartsWritesNulls) {
  coding::Event e;
  e.doc = "d";
  e.id = "d-0-1";
  e.source = actor("USA", "USA", {}, "Washington", Span{0, 10});
  e.cameo = "xyz";  // no such CAMEO code: no name, class, score or PLOVER type
  std::string line;
  append_event_json(e, line);
  expect_nlohmann_bytes(line);
  EXPECT_EQ(line,
            "{\"doc\":\"d\",\"sentence\":0,\"event\":\"d-0-1\",\"source\":{\"code\":\"USA\",\"country\":\"USA\","
            "\"sectors\":[],\"text\":\"Washington\",\"span\":[0,10]},\"target\":null,\"cameo\":\"xyz\","
            "\"cameo_name\":null,\"quad_class\":null,\"goldstein\":null,\"plover\":null,\"date\":null,"
            "\"date_precision\":null,\"date_basis\":\"\",\"place\":null,\"modality\":null,\"attribution\":null,"
            "\"confirmation\":null,\"evidence\":{\"text\":\"\",\"verb\":\"\",\"verb_span\":[0,0],\"rule\":\"\"}}\n");
}

}  // namespace
}  // namespace vigil::events
