// Hand-built documents and coded events for store tests (no model needed).
#pragma once

#include <string>
#include <vector>

#include "coding/event.h"
#include "ingest/document.h"

namespace vigil::test {

inline Document make_doc(const std::string& id, const std::string& outlet, const std::string& published,
                         const std::string& text) {
  Document d;
  d.id = id;
  d.outlet = outlet;
  d.published = published;
  d.text = text;
  d.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(text.size())}});
  return d;
}

inline coding::Event make_event(const Document& doc, int sentence, const std::string& source,
                                const std::string& target, const std::string& cameo, const std::string& sentence_text,
                                uint32_t verb_at = 0) {
  coding::Event e;
  e.doc = doc.id;
  e.sentence = sentence;
  e.source.code = source;
  coding::split_actor_code(source, e.source.country, e.source.sectors);
  e.source.text = source + " words";
  if (!target.empty()) {
    coding::ActorRef t;
    t.code = target;
    coding::split_actor_code(target, t.country, t.sectors);
    t.text = target + " words";
    e.target = t;
  }
  e.cameo = cameo;
  e.date = doc.published;
  e.date_precision = "day";
  e.date_basis = "published";
  e.evidence.text = sentence_text;
  e.evidence.verb = "verb";
  e.evidence.verb_span = Span{verb_at, verb_at + 4};
  e.evidence.rule = "dicts/verbs/test.txt:1: test";
  e.id = coding::event_id(e);
  return e;
}

}  // namespace vigil::test
