// What the end-to-end tests of this folder code with: the shipped model and dictionaries, loaded once per test
// binary, and a document made of raw text.
#pragma once

#include <string>

#include "events/document_coder.h"
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

}  // namespace vigil::events::test
