// `vigil dict stats`: what a dictionary set holds, and which CAMEO codes it can produce.
//
// Every 3- and 4-digit CAMEO code is either covered (some pattern or bare verb produces it), excluded (listed with a
// reason in the set's verbs/EXCLUDED.md) or missing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon {

// ----- The exclusion list -----

// One code the dictionaries deliberately do not produce, and why.
struct Exclusion {
  std::string code;    // a CAMEO code as written ("0211")
  std::string reason;  // the rest of the line, Markdown markup kept
  uint32_t line = 0;
};

struct ExclusionList {
  std::string file;   // the path read ("" when none)
  bool found = false;  // false: the file does not exist (no code is excluded)
  std::vector<Exclusion> entries;     // in file order
  std::vector<InputProblem> problems; // lines that look like entries but are not (unknown code, no reason)
};

// Where a vigil dictionary folder keeps its exclusion list: DIR/verbs/EXCLUDED.md.
std::string exclusions_path(const std::string& dicts_dir);

// Parses an exclusion list. It is a Markdown file meant for people; only two kinds of line are read, everything
// else (headings, prose, blank lines) is ignored:
//
//   - 0211: reason the code is not produced             a list item: "- " then the code(s), then the reason
//   - `0212`, `0213` -- reason                          several codes share a reason; backticks and ** are ignored
//   | 0214 | Appeal for military aid | reason |         a table row: the first cell holds the code(s), the reason
//                                                       is the last non-empty cell (header and |---| rows, whose
//                                                       first cell is not a number, are skipped)
//
// A line counts as an entry when its first field (the list item's text up to ':', '-', '(' or a dash, or the
// table's first cell) starts with a digit. The codes in it are separated by ',', '/', ';', "and" or spaces. A code
// that is not a CAMEO code, or an entry without a reason, is a problem (file and line) and is not used.
ExclusionList parse_exclusions(std::string_view text, const std::string& file_name);
// Reads `path`; a missing file gives an empty list with found = false (not a problem).
ExclusionList read_exclusions(const std::string& path);

// ----- Counts -----

struct DictCounts {
  size_t actors = 0, countries = 0, orgs = 0, persons = 0, other_actors = 0;
  size_t actor_phrases = 0;  // names, aliases, adjectives, demonyms, capitals
  size_t role_lines = 0;
  size_t agents = 0, agent_phrases = 0;  // agent_phrases include generated plurals
  size_t synsets = 0;                    // named sets (PETRARCH's anonymous {A | B} alternatives not counted)
  size_t verb_groups = 0, noun_groups = 0;
  size_t verbs = 0, nouns = 0;  // lemmas of verb blocks and of noun blocks
  size_t patterns = 0;
  size_t discards = 0;
};

enum class CodeStatus : uint8_t { kCovered, kExcluded, kMissing };
std::string_view to_string(CodeStatus s);  // "covered", "excluded", "missing"

struct CodeCoverage {
  std::string code;       // every 3- and 4-digit CAMEO code, in code order
  std::string_view name;  // CAMEO label
  size_t patterns = 0;    // patterns producing it (as code or reciprocal)
  size_t verbs = 0;       // verbs (or nouns) whose bare code is it
  CodeStatus status = CodeStatus::kMissing;
  std::string reason;     // kExcluded: from the exclusion list
  uint32_t excluded_line = 0;  // the exclusion list's line, when listed (also for a covered code listed there)
};

struct DictStats {
  DictCounts counts;
  std::vector<CodeCoverage> codes;
  size_t covered = 0, excluded = 0, missing = 0;
  size_t root_patterns = 0;  // patterns producing a 2-digit root code ("04"): counted, not in the table
};

DictStats dict_stats(const Dictionaries& dicts, const ExclusionList& exclusions = {});

}  // namespace vigil::lexicon
