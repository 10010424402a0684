// CoNLL-U (Universal Dependencies) reading and writing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "ingest/line_reader.h"
#include "text/sentence.h"

namespace vigil {

struct ConlluReadOptions {
  // When false, only ID and FORM are checked and the other columns are taken as they are (for input that is about
  // to be re-annotated). When true, HEAD must be a number within the sentence.
  bool check_annotations = true;
  size_t max_line_bytes = 1 << 20;
};

// Reads sentences one by one; malformed input throws InputError naming file and line.
class ConlluReader {
 public:
  explicit ConlluReader(const std::string& path, ConlluReadOptions options = {});
  bool next(Sentence& sentence);
  uint64_t line_number() const { return lines_.line_number(); }

 private:
  LineReader lines_;
  ConlluReadOptions options_;
};

struct ConlluWriteOptions {
  bool token_ranges = false;  // add TokenRange=START:END (byte offsets into the document) to MISC
};

// Appends one sentence (comments, multiword ranges, words, empty nodes, blank line) to out.
void write_conllu(const Sentence& sentence, std::string& out, const ConlluWriteOptions& options = {});

}  // namespace vigil
