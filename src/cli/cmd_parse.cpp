// vigil train / parse / eval-parse: the parse stage (tagger, lemmatizer, dependency parser) on its own.
#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "text/ud_documents.h"
#include "cli/document_input.h"
#include "ingest/published_date.h"
#include "parse/annotator.h"
#include "parse/conllu_parse.h"
#include "parse/evaluate.h"
#include "parse/model.h"
#include "parse/trainer.h"
#include "text/conllu.h"
#include "text/tokenizer.h"

namespace vigil::cli {
namespace {

std::string default_model_path() { return data_dir() + "/" + parse::kDefaultModelName; }

struct TrainArgs {
  std::vector<std::string> train, test;
  std::string dev, out, created;
  parse::TrainOptions options;
  bool quiet = false;
};

struct ParseArgs {
  DocumentInput input;
  std::string model;
  std::string format = "auto";
  bool model_info = false;
  int beam = 0;  // 0: the model's own
};

struct EvalArgs {
  std::string gold, system, newdoc_prefix;
};

int run_train(const TrainArgs& a) {
  parse::TrainOptions o = a.options;
  o.train_files = a.train;
  o.dev_file = a.dev;
  o.test_files = a.test;
  o.created = a.created;
  o.vigil_version = VIGIL_VERSION;
  if (!a.quiet) o.log = [](const std::string& m) { std::fprintf(stderr, "train: %s\n", m.c_str()); };
  auto start = std::chrono::steady_clock::now();
  parse::Model model = parse::train_model(o);
  parse::save_model(model, a.out);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!a.quiet) std::fprintf(stderr, "train: wrote %s in %.0f s\n", a.out.c_str(), secs);
  return kExitOk;
}

int run_parse(const ParseArgs& a) {
  if (a.model_info) {
    fmt::print("{}\n", parse::read_model_metadata(a.model.empty() ? default_model_path() : a.model).dump(2));
    return kExitOk;
  }
  parse::Model model = parse::load_model(a.model.empty() ? default_model_path() : a.model);
  if (a.beam > 0) model.beam = a.beam;
  parse::Annotator annotator(model);
  std::string out;
  auto flush = [&](bool force) {
    if (force || out.size() > (1 << 20)) {
      write_stdout(out);
      out.clear();
    }
  };
  if (a.format == "conllu") {
    std::vector<std::string> files = a.input.files;
    if (files.empty()) files.push_back("-");
    for (const std::string& f : files) parse::parse_conllu_file(f, annotator, out, [&](std::string&) { flush(true); });
    flush(true);
    std::fflush(stdout);
    return kExitOk;
  }
  // Tokenizes, tags and parses one document and writes it as CoNLL-U.
  auto parse_document = [&](const Document& doc) {
    out += "# newdoc id = " + doc.id + "\n";
    for (Sentence& s : tokenize_document(doc, TokenizeOptions{.sentence_model = a.input.sentence_model()})) {
      annotator.annotate(s);
      write_conllu(s, out, ConlluWriteOptions{.token_ranges = true});
    }
    flush(false);
  };
  if (a.format == "ud-text") {
    std::vector<std::string> files = a.input.files;
    if (files.empty()) files.push_back("-");
    for (const std::string& f : files)
      for_each_ud_document(f, [&](const UdDocument& ud) { parse_document(ud.doc); });
    flush(true);
    std::fflush(stdout);
    return kExitOk;
  }
  DocumentInput input = a.input;
  input.format = a.format;
  auto docs = input.open();
  Document doc;
  while (docs->next(doc)) parse_document(doc);
  flush(true);
  std::fflush(stdout);
  return docs->problem_count() ? kExitDataErrors : kExitOk;
}

int run_eval(const EvalArgs& a) {
  parse::EvalResult r = parse::evaluate_files(a.gold, a.system, a.newdoc_prefix);
  fmt::print("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
  fmt::print("-----------+-----------+-----------+-----------+-----------\n");
  auto row = [](const char* name, const parse::Metric& m, bool aligned) {
    double p = m.system ? 100.0 * m.correct / m.system : 0.0;
    double r = m.gold ? 100.0 * m.correct / m.gold : 0.0;
    fmt::print("{:<11}| {:9.2f} | {:9.2f} | {:9.2f} | {}\n", name, p, r, m.f1(),
               aligned ? fmt::format("{:9.2f}", m.aligned_accuracy()) : std::string());
  };
  row("Tokens", r.tokens, false);
  row("Words", r.words, false);
  row("UPOS", r.upos, true);
  row("XPOS", r.xpos, true);
  row("UFeats", r.ufeats, true);
  row("Lemmas", r.lemmas, true);
  row("UAS", r.uas, true);
  row("LAS", r.las, true);
  return kExitOk;
}

}  // namespace

void add_parse_commands(CLI::App& app, Action& action) {
  auto t = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand(
      "train", "Train the tagger, lemmatizer and dependency parser from CoNLL-U treebanks; write a model file");
  train->add_option("--train", t->train, "Training CoNLL-U files (.conllu[.xz|.gz]), comma-separated")
      ->required()
      ->delimiter(',');
  train->add_option("--dev", t->dev, "Development CoNLL-U file, scored after training");
  train->add_option("--test", t->test, "Test CoNLL-U files, scored after training and recorded in the model")
      ->delimiter(',');
  train->add_option("--out", t->out, "Model file to write")->required();
  train->add_option("--seed", t->options.seed, "Random seed (shuffling, exploration)")->capture_default_str();
  train->add_option("--tagger-epochs", t->options.tagger_epochs, "Tagger epochs")->capture_default_str();
  train->add_option("--parser-epochs", t->options.parser_epochs, "Parser epochs")->capture_default_str();
  train->add_option("--labeler-epochs", t->options.labeler_epochs,
                    "Epochs of a labeler of finished trees (0: none, the labels the parser gives its arcs are the output)")->capture_default_str();
  train->add_option("--beam", t->options.beam,
                    "Parser states kept in training (1: greedy with a dynamic oracle; more: beam search, trained "
                    "globally) and, unless --parse-beam is given, when parsing")
      ->capture_default_str()
      ->check(CLI::Range(1, parse::kMaxBeam));
  train->add_option("--parse-beam", t->options.parse_beam,
                    "Beam width recorded in the model for parsing (default: the training beam)")
      ->check(CLI::Range(1, parse::kMaxBeam));
  train->add_option("--news-day-share", t->options.news_day_share,
                    "Share of the training sentences that can take one which get a copy with \"on <weekday>\" "
                    "between subject and verb, as wire copy writes it (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  train->add_option("--jackknife", t->options.jackknife,
                    "Folds for tagging the parser's training data (< 2: train the parser on gold tags)")
      ->capture_default_str();
  train->add_option("--parser-min-updates", t->options.parser_min_updates,
                    "Leave out parser features updated fewer times (smaller, faster model)")
      ->capture_default_str();
  train->add_option("--arc-labeler-min-updates", t->options.arc_labeler_min_updates,
                    "Leave out arc labeler features updated fewer times")
      ->capture_default_str();
  train->add_flag("!--single-pass-tagger", t->options.two_pass_tagger,
                  "Tag in one pass (default: a second pass that also sees the first pass's tags of the next words)");
  train->add_option("--threads", t->options.threads, "Training threads")->capture_default_str()->check(CLI::PositiveNumber);
  train->add_option("--wordnet", t->options.wordnet_dir,
                    "Folder with WordNet's noun/verb/adj/adv.exc lemma exception lists ('' = none); their entries "
                    "are stored in the model")
      ->capture_default_str();
  train->add_option("--created", t->created, "Creation date to record in the model metadata (default: none, so "
                                             "retraining gives identical bytes)");
  train->add_flag("--quiet", t->quiet, "No progress messages");
  train->callback([&action, t] { action = [t] { return run_train(*t); }; });

  auto p = std::make_shared<ParseArgs>();
  CLI::App* parse_cmd = app.add_subcommand(
      "parse", "Tag, lemmatize and parse documents (or CoNLL-U with gold tokens); write CoNLL-U");
  parse_cmd->add_option("files", p->input.files,
                        "Input files or folders (.txt, .jsonl[.xz|.gz], or CoNLL-U with --input conllu). None or "
                        "'-': standard input.");
  parse_cmd->add_option("--input", p->format,
                        "Input format: auto (by extension), text, jsonl, or conllu (keep the sentences, tokens, "
                        "multiword ranges, empty nodes and forms; predict every other column), or ud-text (rebuild "
                        "the raw text of a UD CoNLL-U file's documents from its '# text' lines and parse that "
                        "from scratch, for raw-text scoring)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "conllu", "ud-text"}))
      ->capture_default_str();
  parse_cmd->add_option("--model", p->model, "Model file (default: " + default_model_path() + ")");
  parse_cmd->add_option("--beam", p->beam, "Parser beam width (default: the model's; 1 = greedy). A model trained greedily parses worse with a "
                        "beam, and one trained with a beam (vigil train --beam) needs about its training width")
      ->check(CLI::Range(1, parse::kMaxBeam));
  parse_cmd->add_flag("--model-info", p->model_info,
                      "Print the model's metadata (training data, licences, settings, scores) as JSON and exit");
  parse_cmd->add_option("--published", p->input.published, "Publication date (YYYY-MM-DD) for records that have none")
      ->check([](const std::string& v) {
        return normalize_published_date(v) ? std::string() : "not a date (YYYY-MM-DD): " + v;
      });
  parse_cmd->add_flag("--stop-on-error", p->input.stop_on_error, "Stop at the first bad record instead of skipping it");
  parse_cmd->callback([&action, p] { action = [p] { return run_parse(*p); }; });

  auto e = std::make_shared<EvalArgs>();
  CLI::App* ev = app.add_subcommand(
      "eval-parse", "Score a parsed CoNLL-U file against a gold one: UPOS, XPOS, UFeats, lemmas, UAS, LAS (CoNLL 2018 "
                    "shared task scorer semantics, F1 over all words)");
  ev->add_option("gold", e->gold, "Gold CoNLL-U file")->required();
  ev->add_option("system", e->system, "System CoNLL-U file")->required();
  ev->add_option("--newdoc-prefix", e->newdoc_prefix,
                 "Only score documents whose '# newdoc id' starts with this (e.g. GUM_news)");
  ev->callback([&action, e] { action = [e] { return run_eval(*e); }; });
}

}  // namespace vigil::cli
