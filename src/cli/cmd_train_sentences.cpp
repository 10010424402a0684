// vigil train-sentences: trains the learned sentence-boundary model from UD treebanks.
#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "text/segmentation_eval.h"
#include "text/sentence_model.h"

namespace vigil::cli {
namespace {

struct TrainSentencesArgs {
  std::vector<std::string> train, test;
  std::string out;
  SentenceTrainingOptions options;
  bool quiet = false;
};

int run_train_sentences(const TrainSentencesArgs& a) {
  auto start = std::chrono::steady_clock::now();
  std::string log;
  SentenceModel model = train_sentence_model(a.train, a.options, log);
  if (!a.quiet) std::fputs(log.c_str(), stderr);
  std::string meta = fmt::format("vigil {} sentence-boundary model (averaged perceptron, {} epochs, seed {})\n",
                                 VIGIL_VERSION, a.options.epochs, a.options.seed);
  for (const std::string& f : a.train) meta += "trained on: " + f + "\n";
  for (const std::string& f : a.test)
    for (bool web : {false, true}) {
      SegmentationScore score;
      SegmentationEvalOptions options;
      model.everywhere = web;
      options.sentence_model = &model;
      evaluate_segmentation(f, options, score);
      meta += fmt::format("sentence F1 on {}{}: {:.2f}\n", f, web ? " (--web-text)" : "", score.sentences.f1());
    }
  model.everywhere = false;
  model.metadata = meta;
  model.save(a.out);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!a.quiet) std::fprintf(stderr, "%swrote %s in %.0f s\n", meta.c_str(), a.out.c_str(), secs);
  return kExitOk;
}

}  // namespace

void add_train_sentences_commands(CLI::App& app, Action& action) {
  auto t = std::make_shared<TrainSentencesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train-sentences", "Train the sentence-boundary model from the raw text of UD CoNLL-U treebanks");
  cmd->add_option("--train", t->train, "Training CoNLL-U files (.conllu[.xz|.gz]), comma-separated")
      ->required()
      ->delimiter(',');
  cmd->add_option("--test", t->test, "CoNLL-U files scored after training and recorded in the model")
      ->delimiter(',');
  cmd->add_option("--out", t->out, "Model file to write")->required();
  cmd->add_option("--epochs", t->options.epochs, "Training passes")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", t->options.seed, "Seed for the order of training documents");
  cmd->add_flag("--quiet", t->quiet, "Print nothing but errors");
  cmd->callback([&action, t] { action = [t] { return run_train_sentences(*t); }; });
}

}  // namespace vigil::cli
