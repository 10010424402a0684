// Loaders for PETRARCH's dictionaries (verbs, actors, agents, discards), so existing dictionaries keep working.
// Formats as documented in PETRARCH's reader and the PETR.Validate.* headers; see docs/dictionary-format.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon {

// Each parses `text` (named `file_name` in messages) into `dicts`, adding a problem per malformed line and going on.
void parse_petrarch_verbs(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                          std::vector<InputProblem>& problems);
void parse_petrarch_actors(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                           std::vector<InputProblem>& problems);
void parse_petrarch_agents(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                           std::vector<InputProblem>& problems);
void parse_petrarch_discards(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                             std::vector<InputProblem>& problems);

enum class PetrarchFile { kVerbs, kActors, kAgents, kDiscards };

// Reads and parses one file; a file that cannot be read is a problem.
void load_petrarch_file(const std::string& path, PetrarchFile kind, Dictionaries& dicts,
                        std::vector<InputProblem>& problems);

// Lines of a PETRARCH file with comments removed: "<!-- ... -->" (also across lines), lines starting with "#" or
// "<!", and " #" to the end of a line. Blank results are dropped.
struct PetrarchLine {
  uint32_t number;
  std::string text;  // not trimmed: indentation matters for actor date restrictions
};
std::vector<PetrarchLine> petrarch_lines(std::string_view text);

// PETRARCH's phrase: words separated by '_' (adjacent) or ' ' (other words may come between); a final '_' is
// dropped. Words are folded.
Phrase petrarch_phrase(std::string_view text);

}  // namespace vigil::lexicon
