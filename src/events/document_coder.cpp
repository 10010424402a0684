#include "events/document_coder.h"

#include "text/tokenizer.h"

namespace vigil::events {

DocumentCoder::DocumentCoder(const parse::Model& model, const lexicon::Lexicon& lexicon)
    : annotator_(model), coder_(lexicon) {}

void DocumentCoder::code(const Document& doc, std::vector<coding::Event>& out) {
  ++stats_.documents;
  std::vector<Sentence> sentences = tokenize_document(doc, TokenizeOptions{.sentence_comments = false});
  stats_.sentences += sentences.size();
  coder_.start_document(doc);
  // Story discards anywhere in the story void all of it, so look at every sentence before coding any.
  std::vector<bool> candidate(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) candidate[i] = coder_.may_hold_event(sentences[i]);
  if (coder_.story_discarded()) return;
  size_t before = out.size();
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!candidate[i]) continue;
    annotator_.annotate(sentences[i]);
    ++stats_.parsed;
    coder_.code_sentence(sentences[i], static_cast<int>(i), out);
  }
  stats_.events += out.size() - before;
}

void DocumentCoder::code_parsed(const Document& doc, const std::vector<Sentence>& parsed,
                                std::vector<coding::Event>& out) {
  ++stats_.documents;
  stats_.sentences += parsed.size();
  coder_.start_document(doc);
  size_t before = out.size();
  for (size_t i = 0; i < parsed.size(); ++i) {
    if (!coder_.may_hold_event(parsed[i])) continue;
    ++stats_.parsed;
    coder_.code_sentence(parsed[i], static_cast<int>(i), out);
  }
  stats_.events += out.size() - before;
}

}  // namespace vigil::events
