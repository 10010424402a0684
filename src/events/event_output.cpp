#include "events/event_output.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "lexicon/cameo.h"

namespace vigil::events {
namespace {

using nlohmann::ordered_json;

ordered_json span_json(Span s) { return ordered_json::array({s.begin, s.end}); }

ordered_json actor_json(const coding::ActorRef& a) {
  ordered_json j;
  j["code"] = a.code;
  j["country"] = a.country.empty() ? ordered_json(nullptr) : ordered_json(a.country);
  j["sectors"] = a.sectors;
  j["text"] = a.text;
  j["span"] = span_json(a.span);
  return j;
}

ordered_json nullable(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

}  // namespace

void append_event_json(const coding::Event& e, std::string& out) {
  ordered_json j;
  j["doc"] = e.doc;
  j["sentence"] = e.sentence;
  j["event"] = e.id;
  j["source"] = actor_json(e.source);
  j["target"] = e.target ? actor_json(*e.target) : ordered_json(nullptr);
  j["cameo"] = e.cameo;
  const lexicon::CameoCode* c = lexicon::find_cameo(e.cameo);
  j["cameo_name"] = c ? ordered_json(std::string(c->name)) : ordered_json(nullptr);
  j["quad_class"] = c ? ordered_json(static_cast<int>(c->quad_class())) : ordered_json(nullptr);
  j["goldstein"] = c ? ordered_json(c->goldstein) : ordered_json(nullptr);
  if (c && !c->plover_type.empty()) {
    ordered_json p;
    p["type"] = std::string(c->plover_type);
    p["mode"] = nullable(std::string(c->plover_mode));
    j["plover"] = p;
  } else {
    j["plover"] = nullptr;
  }
  j["date"] = nullable(e.date);
  j["date_precision"] = nullable(e.date_precision);
  j["date_basis"] = e.date_basis;
  if (e.place) {
    const coding::Place& p = *e.place;
    ordered_json pj;
    pj["name"] = p.name;
    pj["country"] = nullable(p.country);
    pj["admin1"] = nullable(p.admin1);
    pj["lat"] = p.has_coordinates ? ordered_json(p.lat) : ordered_json(nullptr);
    pj["lon"] = p.has_coordinates ? ordered_json(p.lon) : ordered_json(nullptr);
    pj["precision"] = p.precision;
    pj["geonames_id"] = p.geonames_id ? ordered_json(p.geonames_id) : ordered_json(nullptr);
    pj["span"] = p.span ? span_json(*p.span) : ordered_json(nullptr);
    j["place"] = pj;
  } else {
    j["place"] = nullptr;
  }
  j["modality"] = e.modality ? ordered_json(*e.modality) : ordered_json(nullptr);
  if (e.attribution) {
    ordered_json links = ordered_json::array();
    for (const coding::AttributionLink& l : *e.attribution) {
      ordered_json lj;
      lj["kind"] = l.kind;
      lj["name"] = l.name;
      lj["code"] = nullable(l.code);
      lj["span"] = l.span ? span_json(*l.span) : ordered_json(nullptr);
      links.push_back(lj);
    }
    j["attribution"] = links;
  } else {
    j["attribution"] = nullptr;
  }
  j["confirmation"] = e.confirmation ? ordered_json(*e.confirmation) : ordered_json(nullptr);
  ordered_json ev;
  ev["text"] = e.evidence.text;
  ev["verb"] = e.evidence.verb;
  ev["verb_span"] = span_json(e.evidence.verb_span);
  ev["rule"] = e.evidence.rule;
  j["evidence"] = ev;
  out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

const std::string& event_tsv_header() {
  static const std::string h =
      "doc\tsentence\tevent\tsource\ttarget\tcameo\tquad_class\tgoldstein\tdate\tdate_precision\tmodality\t"
      "confirmation\tverb\tsource_text\ttarget_text\ttext\n";
  return h;
}

void append_event_tsv(const coding::Event& e, std::string& out) {
  auto clean = [](std::string s) {
    for (char& ch : s)
      if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
    return s;
  };
  const lexicon::CameoCode* c = lexicon::find_cameo(e.cameo);
  fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", clean(e.doc),
                 e.sentence, e.id, e.source.code, e.target ? e.target->code : "", e.cameo,
                 c ? std::to_string(static_cast<int>(c->quad_class())) : "", c ? fmt::format("{}", c->goldstein) : "",
                 e.date, e.date_precision, e.modality.value_or(""), e.confirmation.value_or(""),
                 clean(e.evidence.verb), clean(e.source.text), e.target ? clean(e.target->text) : "",
                 clean(e.evidence.text));
}

}  // namespace vigil::events
