// The options every command that reads documents shares (FILES, --published, --input, --stop-on-error,
// --sentence-model), and the stream they open, which reports bad records on stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ingest/document_reader.h"
#include "text/sentence_model.h"

namespace vigil::cli {

struct DocumentInput {
  std::vector<std::string> files;
  std::string published;
  std::string format = "auto";
  bool stop_on_error = false;
  size_t max_record_bytes = 16u << 20;
  std::string sentence_model_path;  // empty: the shipped model; "none": the rule-based splitter alone
  bool web_text = false;            // let the sentence model end sentences after any token, not only punctuation

  // Adds FILES and the reading options to a subcommand.
  void add_to(CLI::App* command);
  // Opens the documents; problems go to stderr as "vigil: FILE:LINE: problem".
  std::unique_ptr<DocumentStream> open() const;
  // The sentence-boundary model (loaded on first use), or null for the rules alone. Throws ModelError.
  const SentenceModel* sentence_model() const;

 private:
  mutable std::shared_ptr<const SentenceModel> sentence_model_;
  mutable bool sentence_model_loaded_ = false;
};

// Writes `data` to stdout, throwing when the write fails (a closed pipe, a full disk).
void write_stdout(const std::string& data);

}  // namespace vigil::cli
