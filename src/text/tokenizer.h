// English news tokenization and sentence splitting, following Universal Dependencies (EWT/GUM) conventions:
// punctuation split off, clitics kept in their surface token and split into syntactic words ("don't" -> "do" +
// "n't", "Canada's" -> "Canada" + "'s"), abbreviations, numbers, URLs and e-mail addresses kept whole.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "text/sentence.h"

namespace vigil {

// One surface token: its bytes, and whether a space (or line break) follows it.
struct SurfaceToken {
  Span span;
  bool space_after = true;
};

// Splits text[span] into surface tokens, appending them to `out`. Offsets are into `text`.
void split_tokens(std::string_view text, Span span, std::vector<SurfaceToken>& out);

// Groups the surface tokens of one region into sentences: [begin, end) index ranges into `tokens`.
struct TokenRange {
  size_t begin = 0;
  size_t end = 0;
};
void split_sentences(std::string_view text, const std::vector<SurfaceToken>& tokens, std::vector<TokenRange>& out);

// What lies between two tokens: nothing, spaces, one line break, or a paragraph break (a blank line).
enum class Gap { none, space, line, paragraph };
Gap gap_between(std::string_view text, const SurfaceToken& a, const SurfaceToken& b);

class SentenceModel;

struct TokenizeOptions {
  bool sentence_comments = true;  // add "sent_id" and "text" comments for CoNLL-U output
  const SentenceModel* sentence_model = nullptr;  // learned boundaries; null for the rule-based splitter alone
};

// Sentences of a document's headline and body regions, each with its words and multiword tokens.
std::vector<Sentence> tokenize_document(const Document& doc, const TokenizeOptions& options = {});

// Builds a sentence from surface tokens, splitting clitics into syntactic words.
void build_sentence(std::string_view text, const SurfaceToken* tokens, size_t count, Sentence& out);

}  // namespace vigil
