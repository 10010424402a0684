// The documents of a UD treebank as raw text, the way the CoNLL 2018 shared task gives them to raw-text systems:
// each document's "# text" lines joined by a space, with a blank line at each "# newpar"; plus where the gold
// surface tokens (a multiword token once) and sentences lie in that text.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace vigil {

struct UdDocument {
  Document doc;  // id from "# newdoc id", text rebuilt, one body region
  std::vector<Span> tokens;
  std::vector<Span> sentences;
};

// Calls `f` for every document of a CoNLL-U file (xz/gzip allowed). Throws InputError on malformed input.
void for_each_ud_document(const std::string& conllu_path, const std::function<void(const UdDocument&)>& f);

}  // namespace vigil
