// The whole coding pipeline for one document: sentences and tokens, a cheap pre-filter, tagging and parsing of the
// sentences that can hold an event, and event coding. One DocumentCoder per thread; the model and the lexicon are
// shared and read-only.
#pragma once

#include <cstdint>
#include <vector>

#include "coding/event.h"
#include "coding/event_coder.h"
#include "lexicon/lexicon.h"
#include "parse/annotator.h"
#include "parse/model.h"

namespace vigil::events {

struct CodingStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t parsed = 0;  // sentences that passed the pre-filter
  uint64_t events = 0;
};

class DocumentCoder {
 public:
  DocumentCoder(const parse::Model& model, const lexicon::Lexicon& lexicon);
  // Codes every sentence of `doc`, appending events in sentence order.
  void code(const Document& doc, std::vector<coding::Event>& out);
  // Codes already parsed sentences (CoNLL-U input) of a document.
  void code_parsed(const Document& doc, const std::vector<Sentence>& parsed, std::vector<coding::Event>& out);
  const CodingStats& stats() const { return stats_; }

 private:
  parse::Annotator annotator_;
  coding::EventCoder coder_;
  CodingStats stats_;
};

}  // namespace vigil::events
