#include "cli/document_input.h"

#include "cli/resources.h"

#include <cstdio>

#include <fmt/format.h>

#include "ingest/published_date.h"

namespace vigil::cli {

void DocumentInput::add_to(CLI::App* command) {
  command->add_option("files", files,
                      "Input files or folders (.txt: one article per file; .jsonl[.xz|.gz]: one JSON article per "
                      "line). None or '-': standard input.");
  command->add_option("--published", published, "Publication date (YYYY-MM-DD) for records that have none")
      ->check([](const std::string& v) {
        return normalize_published_date(v) ? std::string() : "not a date (YYYY-MM-DD): " + v;
      });
  command->add_option("--input", format, "Input format: auto (by extension), text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  command->add_flag("--stop-on-error", stop_on_error, "Stop at the first bad record instead of skipping it");
  command->add_option("--max-record-bytes", max_record_bytes, "Reject records (JSONL lines, text files) larger than this")
      ->check(CLI::PositiveNumber);
  command->add_option("--sentence-model", sentence_model_path,
                      "Sentence-boundary model file (default: the shipped one; 'none': the rule-based splitter alone)");
  command->add_flag("--web-text", web_text,
                    "Text with unreliable punctuation (web posts, e-mail): sentences may end after any token");
}

const SentenceModel* DocumentInput::sentence_model() const {
  if (!sentence_model_loaded_) {
    std::unique_ptr<SentenceModel> m = load_sentence_model(sentence_model_path);
    if (m) m->everywhere = web_text;
    sentence_model_ = std::move(m);
    sentence_model_loaded_ = true;
  }
  return sentence_model_.get();
}

std::unique_ptr<DocumentStream> DocumentInput::open() const {
  ReadOptions options;
  options.format = format == "text" ? InputFormat::text : format == "jsonl" ? InputFormat::jsonl : InputFormat::automatic;
  if (!published.empty()) options.published = *normalize_published_date(published);
  options.stop_on_error = stop_on_error;
  options.max_record_bytes = max_record_bytes;
  return std::make_unique<DocumentStream>(files, options, [](const InputProblem& p) {
    std::fprintf(stderr, "vigil: %s\n", p.to_string().c_str());
  });
}

void write_stdout(const std::string& data) {
  if (data.empty()) return;
  if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size())
    throw std::runtime_error("cannot write to standard output");
}

}  // namespace vigil::cli
