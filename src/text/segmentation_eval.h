// Scores vigil's sentence splitter and tokenizer against a UD treebank the way the CoNLL 2018 shared task scores
// raw-text systems: rebuild each document's text from its "# text" lines (a paragraph break at "# newpar"),
// segment it, and compare surface-token and sentence spans (a multiword token counts once).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

struct SpanScore {
  uint64_t gold = 0;
  uint64_t system = 0;
  uint64_t correct = 0;
  double precision() const { return system ? 100.0 * correct / system : 0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SegmentationScore {
  SpanScore tokens;
  SpanScore sentences;
  uint64_t documents = 0;
};

struct SegmentationEvalOptions {
  std::string doc_prefix;  // only documents whose "newdoc id" starts with this (e.g. "GUM_news_")
  std::vector<std::string>* errors = nullptr;  // when set, receives examples of sentence and token disagreements
  const class SentenceModel* sentence_model = nullptr;  // learned boundaries; null for the rules alone
};

// Adds the scores of one CoNLL-U file (xz/gzip allowed) to `score`. Throws InputError on malformed input.
void evaluate_segmentation(const std::string& conllu_path, const SegmentationEvalOptions& options,
                           SegmentationScore& score);

}  // namespace vigil
