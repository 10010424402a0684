// Training a parse model from CoNLL-U treebanks: tagger (averaged perceptron, greedy), lemmatizer (training-data
// lexicon, WordNet exception lists, learned suffix rules), FEATS lexicon, arc-eager parser (averaged perceptron with
// a dynamic oracle and exploration, trained on jackknifed tags) and labeler. Deterministic: the same data, options
// and seed give the same model bytes, whatever the number of threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "parse/model.h"

namespace vigil::parse {

struct TrainOptions {
  std::vector<std::string> train_files;
  std::string dev_file;                  // scored after training (optional)
  std::vector<std::string> test_files;   // scored after training and recorded in the metadata (optional)
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet *.exc lists; "" = do not use
  uint64_t seed = 1;
  int tagger_epochs = 10;
  int parser_epochs = 25;
  int labeler_epochs = 0;   // the top-down labeler of finished trees; 0 = none: the arc labels are the output
  int jackknife = 5;         // folds for the parser's training tags; < 2 = tag the training data with gold tags
  int threads = 2;
  bool two_pass_tagger = true;  // a second tagging pass using right-context tags (needs jackknife >= 2)
  int tagger_min_count = 2;  // tagger features seen fewer times are not learned
  int labeler_min_count = 2;
  int parser_min_updates = 3;  // parser features updated fewer times are left out of the model
  int arc_labeler_min_updates = 2;  // the same for the arc labeler
  int tagdict_min_count = 3;  // words seen this often get an ambiguity class
  // Parser states kept in training (1: greedy, with the dynamic oracle; more: beam search with a globally trained,
  // max-violation perceptron) and, when parse_beam is 0, at parse time too.
  int beam = 1;
  int parse_beam = 0;
  double explore = 0.9;       // probability of following a wrong prediction (parser, after the first epoch)
  // Share of the sentences that can take one which get a copy with "on <weekday>" between subject and verb, the
  // order of wire copy ("China on Monday urged ..."); 0 = none (the shipped model: see models/README.md).
  double news_day_share = 0;
  std::string vigil_version;
  std::string created;        // recorded when not empty (kept out by default so retraining gives the same bytes)
  std::function<void(const std::string&)> log;  // progress messages
};

// Throws InputError for unreadable or malformed training data.
Model train_model(const TrainOptions& options);

// Scores of a model on a gold CoNLL-U file (gold tokenization), as JSON {upos, xpos, ufeats, lemmas, uas, las, words}.
nlohmann::json score_model(const Model& model, const std::string& gold_path, const std::string& newdoc_prefix = "");

}  // namespace vigil::parse
