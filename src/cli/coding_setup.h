// Everything a command needs to code documents the way `vigil code` does: the parser model, the dictionaries, the
// cue words and the gazetteer, loaded once, and coders set up with them. `ingest` and the evaluations use it, so
// they measure and store exactly what `vigil code` prints.
#pragma once

#include <memory>
#include <string>

#include "events/document_coder.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "parse/model.h"
#include "text/sentence_model.h"

namespace vigil::cli {

struct CodingSetup {
  std::unique_ptr<parse::Model> model;
  std::unique_ptr<lexicon::Lexicon> lexicon;
  std::unique_ptr<lexicon::CueLexicon> cues;
  std::unique_ptr<lexicon::Gazetteer> gazetteer;  // null (with a warning) when the build has none

  // A coder with the cues, the gazetteer and `sentences` (the shipped sentence model unless told otherwise).
  std::unique_ptr<events::DocumentCoder> coder(const SentenceModel* sentences) const;
  std::unique_ptr<events::DocumentCoder> coder() const;
};

// Empty paths mean the shipped model, dictionaries and cues.
CodingSetup load_coding_setup(const std::string& dicts, const std::string& model, const std::string& cues = "");

}  // namespace vigil::cli
