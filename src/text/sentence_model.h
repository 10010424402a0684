// A learned sentence-boundary classifier: an averaged perceptron over the gap after each surface token, trained on
// UD treebanks by `vigil train-sentences`. It refines the rule-based splitter (whose decision is one of its
// features) where rules are weak: lower-case starts after "?" or ".", colons that end a line of thought, and
// unpunctuated lines of web text and e-mail.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace vigil {

class SentenceModel {
 public:
  static constexpr uint32_t kBits = 19;  // 2^19 hashed feature weights

  SentenceModel();  // every weight zero: the rule-based splitter's decisions, unchanged
  // Throws ModelError naming the file when it is missing, truncated or not a sentence model.
  static SentenceModel load(const std::string& path);
  void save(const std::string& path) const;

  // Same contract as split_sentences: [begin, end) token ranges covering `tokens`.
  void split(std::string_view text, const std::vector<SurfaceToken>& tokens, std::vector<TokenRange>& out) const;

  // False (the default, for edited text such as news): the model decides only after punctuation that can end a
  // sentence, the rules elsewhere. True (web text, e-mail): the model may end a sentence after any token.
  bool everywhere = false;

  // Where the model came from: training files, licences, vigil version, scores. Free text, one fact per line.
  std::string metadata;

 private:
  friend class SentenceTrainer;
  std::vector<float> weights_;
};

struct SentenceTrainingOptions {
  int epochs = 15;
  uint64_t seed = 1;  // document order is shuffled with this seed, so training is reproducible
};

// Trains on the raw text and gold sentence boundaries of UD CoNLL-U files (xz/gzip allowed). Appends one line per
// epoch (boundary accuracy on the training data) to `log`. Throws InputError on malformed input.
SentenceModel train_sentence_model(const std::vector<std::string>& conllu_paths, const SentenceTrainingOptions& options,
                                   std::string& log);

// The shipped model's file name inside the data folder.
inline constexpr const char* kDefaultSentenceModelName = "models/en-sentences.vigil";

}  // namespace vigil
