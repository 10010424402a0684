#include "store/exports.h"

#include <array>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lexicon/cameo.h"
#include "store/merge_rules.h"

namespace vigil::store {
namespace {

using nlohmann::ordered_json;

constexpr std::array<std::string_view, 61> kGdelt = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

constexpr std::array<std::string_view, 20> kIcews = {
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude"};

constexpr std::array<std::string_view, 26> kCsv = {
    "event", "date", "date_precision", "source", "source_country", "source_text", "target", "target_country",
    "target_text", "cameo", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode", "modality",
    "confirmation", "place", "place_country", "reports", "outlets", "independent_sources", "mentions", "doc",
    "outlet", "evidence"};

// Tabs and line breaks inside a field would break a tab-separated row.
std::string field(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string number(std::optional<double> v) { return v ? fmt::format("{}", *v) : ""; }

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string digits_only(std::string_view date) {
  std::string out;
  for (char c : date)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string cameo_name(std::string_view code) {
  const lexicon::CameoCode* c = lexicon::find_cameo(code);
  return c ? std::string(c->name) : "";
}

std::vector<std::string> split_sectors(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// GDELT's numeric event id: the 63 low bits of the event id's hash.
std::string gdelt_id(std::string_view id) {
  size_t dash = id.find('-');
  std::string hex(dash == std::string_view::npos ? id : id.substr(dash + 1));
  uint64_t v = 0;
  try {
    v = std::stoull(hex, nullptr, 16);
  } catch (const std::exception&) {
    for (unsigned char c : id) v = (v ^ c) * 0x100000001b3ULL;
  }
  return std::to_string(v & 0x7fffffffffffffffULL);
}

void gdelt_actor(const std::optional<ActorRecord>& a, std::vector<std::string>& cols) {
  if (!a) {
    for (int i = 0; i < 10; ++i) cols.emplace_back();
    return;
  }
  std::vector<std::string> sectors = split_sectors(a->sectors);
  std::string known_group;  // international bodies: GDELT's KnownGroupCode is the block after IGO/NGO/IMG
  if (a->code.size() >= 6 && (a->code.starts_with("IGO") || a->code.starts_with("NGO") || a->code.starts_with("IMG")))
    known_group = a->code.substr(3, 3);
  cols.push_back(a->code);
  cols.push_back(upper(field(a->text)));
  cols.push_back(a->country);
  cols.push_back(known_group);
  cols.emplace_back();  // ethnic
  cols.emplace_back();  // religion 1
  cols.emplace_back();  // religion 2
  for (size_t i = 0; i < 3; ++i) cols.push_back(i < sectors.size() ? sectors[i] : "");
}

void gdelt_geo(const EventRecord* e, std::vector<std::string>& cols) {
  if (!e || (e->place_name.empty() && e->place_country.empty())) {
    cols.emplace_back("0");
    for (int i = 0; i < 7; ++i) cols.emplace_back();
    return;
  }
  // Geo_Type: 1 country, 4 world city, 5 world state (first-level region).
  std::string type = e->place_precision == "country" ? "1" : e->place_precision == "region" ? "5" : "4";
  cols.push_back(type);
  cols.push_back(field(e->place_name.empty() ? e->place_country : e->place_name));
  cols.push_back(e->place_country);
  cols.push_back(field(e->place_admin1));
  cols.emplace_back();  // ADM2
  cols.push_back(e->lat ? fmt::format("{:.4f}", *e->lat) : "");
  cols.push_back(e->lon ? fmt::format("{:.4f}", *e->lon) : "");
  cols.push_back(e->geonames_id ? std::to_string(e->geonames_id) : "");
}

ordered_json nullable(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

ordered_json actor_json(const ActorRecord& a) {
  ordered_json j;
  j["code"] = a.code;
  j["country"] = nullable(a.country);
  j["sectors"] = split_sectors(a.sectors);
  j["text"] = a.text;
  return j;
}

}  // namespace

ExportFormat export_format(std::string_view name) {
  if (name == "gdelt") return ExportFormat::gdelt;
  if (name == "icews") return ExportFormat::icews;
  if (name == "plover") return ExportFormat::plover;
  if (name == "csv") return ExportFormat::csv;
  if (name == "jsonl") return ExportFormat::jsonl;
  throw std::invalid_argument(fmt::format("unknown export format '{}'", name));
}

std::span<const std::string_view> export_columns(ExportFormat f) {
  switch (f) {
    case ExportFormat::gdelt: return kGdelt;
    case ExportFormat::icews: return kIcews;
    case ExportFormat::csv: return kCsv;
    default: return {};
  }
}

std::string export_header(ExportFormat f) {
  if (f != ExportFormat::icews && f != ExportFormat::csv) return {};
  std::string h;
  for (std::string_view c : export_columns(f)) {
    if (!h.empty()) h += f == ExportFormat::csv ? ',' : '\t';
    h += c;
  }
  return h + "\n";
}

void append_export(ExportFormat f, const EventRecord& e, std::string& out) {
  switch (f) {
    case ExportFormat::gdelt: {
      std::vector<std::string> c;
      std::string day = digits_only(e.date.substr(0, 10));
      c.push_back(gdelt_id(e.id));
      c.push_back(day);
      c.push_back(day.substr(0, 6));
      c.push_back(day.substr(0, 4));
      if (auto d = day_number(e.date.substr(0, 10)); d && day.size() == 8) {
        int year = std::stoi(day.substr(0, 4));
        auto jan1 = day_number(fmt::format("{:04}-01-01", year));
        c.push_back(fmt::format("{:.4f}", year + static_cast<double>(*d - *jan1) / 365.0));
      } else {
        c.emplace_back();
      }
      gdelt_actor(e.source, c);
      gdelt_actor(e.target, c);
      c.push_back(e.sentence == 0 ? "1" : "0");  // GDELT: the event is in the lead
      c.push_back(e.cameo);
      c.push_back(e.cameo.substr(0, 3));
      c.push_back(e.cameo_root);
      c.push_back(e.quad_class ? std::to_string(e.quad_class) : "");
      c.push_back(number(e.goldstein));
      c.push_back(std::to_string(e.mentions));
      c.push_back(std::to_string(e.independent_sources));
      c.push_back(std::to_string(e.reports));
      c.emplace_back();  // AvgTone: vigil does not measure tone
      gdelt_geo(nullptr, c);  // Actor1Geo: vigil places events, not actors
      gdelt_geo(nullptr, c);  // Actor2Geo
      gdelt_geo(&e, c);       // ActionGeo
      c.push_back(digits_only(e.published.empty() ? e.date.substr(0, 10) : e.published) + "000000");
      c.push_back(field(e.url.empty() ? e.doc : e.url));
      for (size_t i = 0; i < c.size(); ++i) out += (i ? "\t" : "") + c[i];
      out += '\n';
      return;
    }
    case ExportFormat::icews: {
      const std::optional<ActorRecord>& t = e.target;
      auto sectors = [](const std::string& s) {
        std::string out;
        for (const std::string& x : split_sectors(s)) out += (out.empty() ? "" : ",") + x;
        return out;
      };
      std::vector<std::string> c = {
          field(e.id), e.date.substr(0, 10), field(e.source.text), sectors(e.source.sectors), e.source.country,
          field(cameo_name(e.cameo)), e.cameo, number(e.goldstein), t ? field(t->text) : "",
          t ? sectors(t->sectors) : "", t ? t->country : "", field(e.doc), std::to_string(e.sentence + 1),
          field(e.outlet), e.place_precision == "city" ? field(e.place_name) : "", "",
          field(e.place_admin1), e.place_country, e.lat ? fmt::format("{:.4f}", *e.lat) : "",
          e.lon ? fmt::format("{:.4f}", *e.lon) : ""};
      for (size_t i = 0; i < c.size(); ++i) out += (i ? "\t" : "") + c[i];
      out += '\n';
      return;
    }
    case ExportFormat::plover: {
      ordered_json j;
      std::vector<std::string> ss = split_sectors(e.source.sectors);
      j["id"] = e.id;
      j["date"] = e.date.substr(0, 10);
      j["date_precision"] = nullable(e.date_precision);
      j["source"] = e.source.code;
      j["src_actor"] = nullable(e.source.country);
      j["src_agent"] = ss.empty() ? ordered_json(nullptr) : ordered_json(ss.front());
      j["src_other"] = ss.size() > 1 ? ordered_json(std::vector<std::string>(ss.begin() + 1, ss.end())) : ordered_json::array();
      if (e.target) {
        std::vector<std::string> ts = split_sectors(e.target->sectors);
        j["target"] = e.target->code;
        j["tgt_actor"] = nullable(e.target->country);
        j["tgt_agent"] = ts.empty() ? ordered_json(nullptr) : ordered_json(ts.front());
        j["tgt_other"] = ts.size() > 1 ? ordered_json(std::vector<std::string>(ts.begin() + 1, ts.end())) : ordered_json::array();
      } else {
        j["target"] = nullptr;
        j["tgt_actor"] = nullptr;
        j["tgt_agent"] = nullptr;
        j["tgt_other"] = ordered_json::array();
      }
      j["event"] = nullable(e.plover_type);
      j["mode"] = nullable(e.plover_mode);
      const lexicon::CameoCode* cc = lexicon::find_cameo(e.cameo);
      j["context"] = cc && !cc->plover_context.empty() ? ordered_json::array({std::string(cc->plover_context)}) : ordered_json::array();
      j["cameo"] = e.cameo;
      j["modality"] = nullable(e.modality);
      j["confirmation"] = nullable(e.confirmation);
      ordered_json loc;
      loc["name"] = nullable(e.place_name);
      loc["country"] = nullable(e.place_country);
      loc["admin1"] = nullable(e.place_admin1);
      loc["lat"] = e.lat ? ordered_json(*e.lat) : ordered_json(nullptr);
      loc["lon"] = e.lon ? ordered_json(*e.lon) : ordered_json(nullptr);
      loc["geonames_id"] = e.geonames_id ? ordered_json(e.geonames_id) : ordered_json(nullptr);
      j["location"] = loc;
      j["text"] = e.evidence;
      j["story_id"] = e.doc;
      j["publisher"] = nullable(e.outlet);
      j["url"] = nullable(e.url);
      j["date_published"] = nullable(e.published);
      j["num_reports"] = e.reports;
      j["num_sources"] = e.independent_sources;
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out += '\n';
      return;
    }
    case ExportFormat::csv: {
      std::vector<std::string> c = {
          e.id, e.date, e.date_precision, e.source.code, e.source.country, e.source.text,
          e.target ? e.target->code : "", e.target ? e.target->country : "", e.target ? e.target->text : "", e.cameo,
          cameo_name(e.cameo), e.quad_class ? std::to_string(e.quad_class) : "", number(e.goldstein), e.plover_type,
          e.plover_mode, e.modality, e.confirmation, e.place_name, e.place_country, std::to_string(e.reports),
          std::to_string(e.outlets), std::to_string(e.independent_sources), std::to_string(e.mentions), e.doc,
          e.outlet, e.evidence};
      for (size_t i = 0; i < c.size(); ++i) {
        if (i) out += ',';
        out += csv_field(c[i]);
      }
      out += '\n';
      return;
    }
    case ExportFormat::jsonl: {
      ordered_json j;
      j["event"] = e.id;
      if (e.merged_into != e.id) j["merged_into"] = e.merged_into;
      j["date"] = nullable(e.date);
      j["date_precision"] = nullable(e.date_precision);
      j["date_basis"] = nullable(e.date_basis);
      j["source"] = actor_json(e.source);
      j["target"] = e.target ? actor_json(*e.target) : ordered_json(nullptr);
      j["cameo"] = e.cameo;
      j["cameo_name"] = nullable(cameo_name(e.cameo));
      j["quad_class"] = e.quad_class ? ordered_json(e.quad_class) : ordered_json(nullptr);
      j["goldstein"] = e.goldstein ? ordered_json(*e.goldstein) : ordered_json(nullptr);
      if (!e.plover_type.empty()) j["plover"] = ordered_json{{"type", e.plover_type}, {"mode", nullable(e.plover_mode)}};
      else j["plover"] = nullptr;
      if (!e.place_name.empty() || !e.place_country.empty()) {
        ordered_json p;
        p["name"] = nullable(e.place_name);
        p["country"] = nullable(e.place_country);
        p["admin1"] = nullable(e.place_admin1);
        p["lat"] = e.lat ? ordered_json(*e.lat) : ordered_json(nullptr);
        p["lon"] = e.lon ? ordered_json(*e.lon) : ordered_json(nullptr);
        p["precision"] = nullable(e.place_precision);
        j["place"] = p;
      } else {
        j["place"] = nullptr;
      }
      j["modality"] = nullable(e.modality);
      j["attribution"] = e.attribution_json.empty() ? ordered_json(nullptr) : ordered_json::parse(e.attribution_json);
      j["confirmation"] = nullable(e.confirmation);
      j["reports"] = e.reports;
      j["outlets"] = e.outlets;
      j["independent_sources"] = e.independent_sources;
      j["mentions"] = e.mentions;
      j["first_published"] = nullable(e.first_published);
      j["last_published"] = nullable(e.last_published);
      j["doc"] = e.doc;
      j["outlet"] = nullable(e.outlet);
      j["url"] = nullable(e.url);
      j["published"] = nullable(e.published);
      j["sentence"] = e.sentence;
      j["evidence"] = ordered_json{{"text", e.evidence},
                                   {"verb", e.verb},
                                   {"verb_span", ordered_json::array({e.verb_begin, e.verb_end})},
                                   {"rule", e.rule}};
      if (!e.story_merge.empty()) j["story_merge"] = e.story_merge;
      if (!e.merge_reason.empty()) j["merge_reason"] = e.merge_reason;
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out += '\n';
      return;
    }
  }
}

}  // namespace vigil::store
