#include "events/event_output.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "lexicon/cameo.h"

namespace vigil::events {
namespace {

using nlohmann::ordered_json;

// One JSON line written straight into the output, byte for byte as nlohmann's dump(-1) writes it (no spaces, keys
// in the order given). Building an ordered_json per event and dumping it cost about 140k instructions an event, as
// much as coding its sentence; the rare text that needs escaping, and floating-point numbers, still go through
// nlohmann, so their spelling stays its own.
class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) {}
  JsonLine& open() { return punct('{'); }
  JsonLine& close() { return closing('}'); }
  JsonLine& open_array() { return punct('['); }
  JsonLine& close_array() { return closing(']'); }
  JsonLine& key(std::string_view k) {  // keys are plain ASCII literals
    separate();
    out_ += '"';
    out_ += k;
    out_ += "\":";
    comma_ = false;
    return *this;
  }
  JsonLine& text(std::string_view s) {
    separate();
    if (plain(s)) {
      out_ += '"';
      out_ += s;
      out_ += '"';
    } else {
      out_ += ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    comma_ = true;
    return *this;
  }
  JsonLine& text_or_null(std::string_view s) { return s.empty() ? null() : text(s); }
  JsonLine& null() { return raw("null"); }
  JsonLine& integer(int64_t v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return raw(std::string_view(buf, static_cast<size_t>(end - buf)));
  }
  JsonLine& number(double v) { return raw(ordered_json(v).dump()); }
  JsonLine& span(Span s) { return open_array().integer(s.begin).integer(s.end).close_array(); }

 private:
  // Printable ASCII without quote or backslash: nlohmann writes it unchanged.
  static bool plain(std::string_view s) {
    for (char c : s)
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return false;
    return true;
  }
  void separate() {
    if (comma_) out_ += ',';
  }
  JsonLine& punct(char c) {
    separate();
    out_ += c;
    comma_ = false;
    return *this;
  }
  JsonLine& closing(char c) {
    out_ += c;
    comma_ = true;
    return *this;
  }
  JsonLine& raw(std::string_view v) {
    separate();
    out_ += v;
    comma_ = true;
    return *this;
  }
  std::string& out_;
  bool comma_ = false;  // a value was written at this level: the next one needs a comma
};

void write_actor(JsonLine& j, const coding::ActorRef& a) {
  j.open().key("code").text(a.code).key("country").text_or_null(a.country).key("sectors").open_array();
  for (const std::string& s : a.sectors) j.text(s);
  j.close_array().key("text").text(a.text).key("span").span(a.span).close();
}

}  // namespace

void append_event_json(const coding::Event& e, std::string& out) {
  JsonLine j(out);
  j.open().key("doc").text(e.doc).key("sentence").integer(e.sentence).key("event").text(e.id);
  j.key("source");
  write_actor(j, e.source);
  j.key("target");
  if (e.target) write_actor(j, *e.target);
  else j.null();
  j.key("cameo").text(e.cameo);
  const lexicon::CameoCode* c = lexicon::find_cameo(e.cameo);
  if (c) {
    j.key("cameo_name").text(c->name).key("quad_class").integer(static_cast<int>(c->quad_class()));
    j.key("goldstein").number(c->goldstein);
  } else {
    j.key("cameo_name").null().key("quad_class").null().key("goldstein").null();
  }
  j.key("plover");
  if (c && !c->plover_type.empty()) j.open().key("type").text(c->plover_type).key("mode").text_or_null(c->plover_mode).close();
  else j.null();
  j.key("date").text_or_null(e.date).key("date_precision").text_or_null(e.date_precision);
  j.key("date_basis").text(e.date_basis);
  j.key("place");
  if (e.place) {
    const coding::Place& p = *e.place;
    j.open().key("name").text(p.name).key("country").text_or_null(p.country).key("admin1").text_or_null(p.admin1);
    if (p.has_coordinates) j.key("lat").number(p.lat).key("lon").number(p.lon);
    else j.key("lat").null().key("lon").null();
    j.key("precision").text(p.precision).key("geonames_id");
    if (p.geonames_id) j.integer(p.geonames_id);
    else j.null();
    j.key("span");
    if (p.span) j.span(*p.span);
    else j.null();
    j.close();
  } else {
    j.null();
  }
  j.key("modality");
  if (e.modality) j.text(*e.modality);
  else j.null();
  j.key("attribution");
  if (e.attribution) {
    j.open_array();
    for (const coding::AttributionLink& l : *e.attribution) {
      j.open().key("kind").text(l.kind).key("name").text(l.name).key("code").text_or_null(l.code).key("span");
      if (l.span) j.span(*l.span);
      else j.null();
      j.close();
    }
    j.close_array();
  } else {
    j.null();
  }
  j.key("confirmation");
  if (e.confirmation) j.text(*e.confirmation);
  else j.null();
  j.key("evidence").open().key("text").text(e.evidence.text).key("verb").text(e.evidence.verb);
  j.key("verb_span").span(e.evidence.verb_span).key("rule").text(e.evidence.rule).close();
  j.close();
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
