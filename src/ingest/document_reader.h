// Reads news documents from files, folders and stdin: plain text (one article per file) and JSONL (one article
// per line), xz- or gzip-compressed or not. Bad records are reported with file, line and problem and skipped;
// the rest of the input is still read unless the caller asks to stop at the first problem.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/input_error.h"

namespace vigil {

enum class InputFormat { automatic, text, jsonl };

struct ReadOptions {
  InputFormat format = InputFormat::automatic;  // automatic: by extension; stdin: by its first byte
  std::string published;  // YYYY-MM-DD given to records that have none (--published)
  bool stop_on_error = false;  // throw InputError at the first bad record instead of reporting it
  size_t max_record_bytes = 16u << 20;  // a longer JSONL line or plain-text file is rejected
};

// The format a path is read as when the format is automatic.
InputFormat format_for_path(const std::string& path);

// Expands inputs into files: a folder gives its .txt and .jsonl[.xz|.gz] files (recursively, sorted); "-" is
// stdin; no inputs at all means stdin. A missing path is reported to `problems` (or thrown with stop_on_error).
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                                       const ProblemHandler& problems);

// Parses one JSONL record. Returns false (after reporting) when the record is unusable.
bool parse_jsonl_record(std::string& line, const std::string& file, uint64_t line_number, const ReadOptions& options,
                        const ProblemHandler& problems, Document& doc);

// Builds a document from a whole plain-text article. Returns false (after reporting) when unusable.
bool parse_plain_text(std::string text, const std::string& file, const ReadOptions& options,
                      const ProblemHandler& problems, Document& doc);

// Documents from a list of inputs, one at a time.
class DocumentStream {
 public:
  DocumentStream(std::vector<std::string> inputs, ReadOptions options, ProblemHandler problems);
  ~DocumentStream();
  bool next(Document& doc);
  uint64_t problem_count() const { return problem_count_; }
  size_t files_total() const { return files_.size(); }
  size_t files_done() const { return file_index_; }

 private:
  bool open_next_file();
  void report(const InputProblem& p);

  ReadOptions options_;
  ProblemHandler handler_;
  std::vector<std::string> files_;
  size_t file_index_ = 0;
  struct Current;
  std::unique_ptr<Current> current_;
  uint64_t problem_count_ = 0;
};

}  // namespace vigil
