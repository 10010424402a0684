// Loader for vigil's own dictionary format (docs/dictionary-format.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon {

// Which entries a file may hold. kAny accepts every kind of block (a file outside the standard folders without an
// "@kind" line).
enum class DictKind { kAny, kActors, kAgents, kVerbs, kDiscards };

// Parses `text` (named `file_name` in messages) into `dicts`. Every malformed line adds a problem and parsing goes
// on. "@include" paths are relative to the folder of `file_name`.
void parse_vigil_text(std::string_view text, const std::string& file_name, DictKind kind, Dictionaries& dicts,
                      std::vector<InputProblem>& problems);

// Reads and parses one file; a file that cannot be read is a problem too.
void load_vigil_file(const std::string& path, DictKind kind, Dictionaries& dicts,
                     std::vector<InputProblem>& problems);

// English plural of the last word ("foreign minister" -> "foreign ministers", "authority" -> "authorities"); empty
// when the word already looks plural ("forces", "troops").
std::string english_plural(std::string_view phrase);

}  // namespace vigil::lexicon
