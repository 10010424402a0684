// The options every command that reads documents shares (FILES, --published, --input, --stop-on-error), and
// the stream they open, which reports bad records on stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ingest/document_reader.h"

namespace vigil::cli {

struct DocumentInput {
  std::vector<std::string> files;
  std::string published;
  std::string format = "auto";
  bool stop_on_error = false;
  size_t max_record_bytes = 16u << 20;

  // Adds FILES and the reading options to a subcommand.
  void add_to(CLI::App* command);
  // Opens the documents; problems go to stderr as "vigil: FILE:LINE: problem".
  std::unique_ptr<DocumentStream> open() const;
};

// Writes `data` to stdout, throwing when the write fails (a closed pipe, a full disk).
void write_stdout(const std::string& data);

}  // namespace vigil::cli
