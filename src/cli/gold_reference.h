// Gold items that point at a sentence of a corpus document instead of holding its text (tests/data/gold/
// wire-dev.jsonl: {"doc", "start", "end", "events", "note"}), so that real wire copy, which must stay outside the
// repository, can be coded by hand and scored. The corpus is read at run time.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/document.h"

namespace vigil::cli {

struct SentenceReference {
  std::string doc;     // the corpus record's id
  uint32_t start = 0;  // byte range of the sentence in the record's text
  uint32_t end = 0;
  nlohmann::json events;  // the gold events of the sentence
  uint64_t line = 0;      // line of the gold file, to name it in messages
};

// The references of a gold file, in file order. Throws InputError naming the file and line of a bad item.
std::vector<SentenceReference> read_sentence_references(const std::string& gold_path);

// The documents of `corpus` (any input `vigil code` reads: JSONL, .xz, .gz) that `refs` name, by id. Checks every
// reference against its document: the document is there, start < end <= the text's size, and both offsets fall
// on UTF-8 character boundaries. Throws InputError naming `gold_path` and the line of the first that does not
// resolve, or the corpus file and line of a record that cannot be read.
std::map<std::string, Document> resolve_sentence_references(const std::vector<SentenceReference>& refs,
                                                            const std::string& corpus, const std::string& gold_path);

}  // namespace vigil::cli
