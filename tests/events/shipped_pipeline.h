// What the end-to-end tests of this folder code with: the shipped model and dictionaries, loaded once per test
// binary, and a document made of raw text.
#pragma once

#include <string>
#include <vector>

#include "events/document_coder.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/gazetteer.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::events::test {

inline const parse::Model& shipped_model() {
  static const parse::Model model = parse::load_model(VIGIL_MODEL_PATH);
  return model;
}

inline const lexicon::Lexicon& shipped_lexicon() {
  static const lexicon::Lexicon lex(lexicon::load_vigil_folders({VIGIL_SOURCE_DICTS_DIR, VIGIL_BUILD_DICTS_DIR}));
  return lex;
}

// A document whose body is all of `text`.
inline Document text_document(const std::string& text, const std::string& published, const std::string& dateline = "") {
  Document doc;
  doc.id = "d";
  doc.published = published;
  doc.dateline = dateline;
  doc.text = text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
  return doc;
}

inline const lexicon::CueLexicon& shipped_cues() {
  static const lexicon::CueLexicon cues = lexicon::load_cues(std::string(VIGIL_SOURCE_DICTS_DIR) + "/cues");
  return cues;
}

// "SOURCE>TARGET:CAMEO" for each event of `text` published on `published`, coded with the shipped model and
// dictionaries; with the shipped cue words (the modality pass, which recodes planned acts) when `cues` is set, and
// then "/MODALITY" after each event when `with_modality` is.
inline std::vector<std::string> coded_events(const std::string& text, const std::string& published, bool cues = false,
                                             bool with_modality = false) {
  Document doc = text_document(text, published);
  std::vector<coding::Event> events;
  DocumentCoder coder(shipped_model(), shipped_lexicon());
  if (cues) coder.set_cues(shipped_cues());
  coder.code(doc, events);
  std::vector<std::string> out;
  for (const auto& e : events) {
    std::string s = e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.cameo;
    if (with_modality) s += "/" + e.modality.value_or("");
    out.push_back(std::move(s));
  }
  return out;
}

// coded_events with the cue words and each event's modality: "SOURCE>TARGET:CAMEO/MODALITY".
inline std::vector<std::string> coded_with_modality(const std::string& text, const std::string& published) {
  return coded_events(text, published, /*cues=*/true, /*with_modality=*/true);
}

inline const lexicon::Gazetteer& shipped_gazetteer() {
  static const lexicon::Gazetteer gaz =
      lexicon::Gazetteer::load(std::string(VIGIL_BUILD_DICTS_DIR) + "/places/gazetteer.tsv");
  return gaz;
}

// "SOURCE>TARGET:CAMEO" of each event of `text`, coded with the shipped gazetteer and the dateline given (where a
// story was filed decides whose its unnamed people are).
inline std::vector<std::string> coded_with_places(const std::string& text, const std::string& published,
                                                  const std::string& dateline = "") {
  Document doc = text_document(text, published, dateline);
  std::vector<coding::Event> events;
  DocumentCoder coder(shipped_model(), shipped_lexicon());
  coder.set_gazetteer(&shipped_gazetteer());
  coder.code(doc, events);
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.cameo);
  return out;
}

}  // namespace vigil::events::test
