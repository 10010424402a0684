// Parsing CoNLL-U input with gold tokenization: sentences, comments, word IDs, multiword token ranges, empty nodes
// and FORMs are kept exactly; every other column of the input is ignored and predicted (DEPS and MISC are
// emptied, apart from SpaceAfter=No, which belongs to the tokenization).
#pragma once

#include <functional>
#include <string>

#include "parse/annotator.h"
#include "text/sentence.h"

namespace vigil::parse {

// Clears everything the parse stage predicts or does not keep.
void clear_annotations(Sentence& sentence);

// Reads `path` ("-" = stdin; xz/gzip transparently), annotates every sentence and appends CoNLL-U to `out`, calling
// `flush(out)` whenever it holds more than about 1 MB (and not at the end). Malformed input throws InputError
// naming file and line.
void parse_conllu_file(const std::string& path, Annotator& annotator, std::string& out,
                       const std::function<void(std::string&)>& flush);

}  // namespace vigil::parse
