// vigil tokenize / sentences / eval-tokenize: the text stage on its own.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/document_input.h"
#include "cli/resources.h"
#include "text/conllu.h"
#include "text/segmentation_eval.h"
#include "text/tokenizer.h"

namespace vigil::cli {
namespace {

// Runs `per_document` on every document and flushes output in large blocks.
template <typename F>
int for_each_document(const DocumentInput& input, F per_document) {
  auto docs = input.open();
  Document doc;
  std::string out;
  while (docs->next(doc)) {
    per_document(doc, out);
    if (out.size() > (1 << 20)) {
      write_stdout(out);
      out.clear();
    }
  }
  write_stdout(out);
  std::fflush(stdout);
  return docs->problem_count() ? kExitDataErrors : kExitOk;
}

}  // namespace

void add_tokenize_commands(CLI::App& app, Action& action) {
  auto input = std::make_shared<DocumentInput>();
  CLI::App* tok = app.add_subcommand("tokenize", "Split documents into sentences and tokens; write CoNLL-U");
  input->add_to(tok);
  tok->callback([&action, input] {
    action = [input] {
      const SentenceModel* model = input->sentence_model();
      return for_each_document(*input, [model](const Document& doc, std::string& out) {
        out += "# newdoc id = " + doc.id + "\n";
        for (const Sentence& s : tokenize_document(doc, TokenizeOptions{.sentence_model = model}))
          write_conllu(s, out, ConlluWriteOptions{.token_ranges = true});
      });
    };
  });

  auto sent_input = std::make_shared<DocumentInput>();
  auto with_ids = std::make_shared<bool>(false);
  CLI::App* sent = app.add_subcommand("sentences", "Split documents into sentences; print one per line");
  sent_input->add_to(sent);
  sent->add_flag("--ids", *with_ids, "Prefix each line with the document id and the sentence's byte range");
  sent->callback([&action, sent_input, with_ids] {
    action = [sent_input, with_ids] {
      const SentenceModel* model = sent_input->sentence_model();
      return for_each_document(*sent_input, [&](const Document& doc, std::string& out) {
        for (const Sentence& s :
             tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = model})) {
          if (*with_ids) fmt::format_to(std::back_inserter(out), "{}\t{}:{}\t", doc.id, s.span.begin, s.span.end);
          out += s.text;
          out += '\n';
        }
      });
    };
  });

  struct EvalArgs {
    std::vector<std::string> files;
    std::string doc_prefix;
    size_t show_errors = 0;
    std::string sentence_model;
    bool web_text = false;
  };
  auto eval = std::make_shared<EvalArgs>();
  CLI::App* ev = app.add_subcommand(
      "eval-tokenize",
      "Score the sentence splitter and tokenizer on UD CoNLL-U files from their raw text (CoNLL 2018 style)");
  ev->add_option("files", eval->files, "Gold CoNLL-U files (.conllu, .conllu.xz)")->required();
  ev->add_option("--doc-prefix", eval->doc_prefix, "Only documents whose id starts with this (e.g. GUM_news_)");
  ev->add_option("--show-errors", eval->show_errors, "Print up to N errors: gold spans missed, then spans the system made that gold lacks");
  ev->add_option("--sentence-model", eval->sentence_model,
                 "Sentence-boundary model file (default: the shipped one; 'none': the rule-based splitter alone)");
  ev->add_flag("--web-text", eval->web_text, "Let the sentence model end sentences after any token (web text, e-mail)");
  ev->callback([&action, eval] {
    action = [eval] {
      SegmentationScore score;
      std::vector<std::string> errors;
      std::unique_ptr<SentenceModel> model = load_sentence_model(eval->sentence_model);
      if (model) model->everywhere = eval->web_text;
      SegmentationEvalOptions options{eval->doc_prefix, eval->show_errors ? &errors : nullptr, model.get()};
      for (const std::string& f : eval->files) evaluate_segmentation(f, options, score);
      for (size_t i = 0; i < errors.size() && i < eval->show_errors; ++i) fmt::print("{}\n", errors[i]);
      fmt::print("documents: {}\n", score.documents);
      fmt::print("Tokens     P {:6.2f}  R {:6.2f}  F1 {:6.2f}  (gold {}, system {})\n", score.tokens.precision(),
                 score.tokens.recall(), score.tokens.f1(), score.tokens.gold, score.tokens.system);
      fmt::print("Sentences  P {:6.2f}  R {:6.2f}  F1 {:6.2f}  (gold {}, system {})\n", score.sentences.precision(),
                 score.sentences.recall(), score.sentences.f1(), score.sentences.gold, score.sentences.system);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
