// `vigil dict lint`: the checks a loader cannot make line by line (docs/dictionary-format.md, "Errors").
//
// Errors are entries that code wrongly or never (two codes for one phrase, an unknown CAMEO code, a pattern an
// identical earlier one always beats); warnings are entries that are redundant or against project rules but code
// something sensible (a duplicate with the same code, an unused synonym set, a verb's bare 010).
#pragma once

#include <string>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dict_stats.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon {

struct LintFinding {
  std::string severity;  // "error" or "warning"
  SourceRef where;       // line 0: the whole file
  std::string message;
};

// Every check, findings sorted by file name and line (ties in the order found):
//
// errors
//   * actor phrase naming actors with different codes (compared on every date where a role begins or ends)
//   * agent phrase with different sector codes
//   * actor or agent code not made of 3-character blocks
//   * overlapping role periods of one actor with different codes (the first wins)
//   * event code that is not a CAMEO code or "---" (vigil-format blocks only: PETRARCH codes are opaque)
//   * a pattern identical to one tried before it in the block, with a different code (it can never win)
//   * an auxiliary (will, would, shall, should, can, could, may, might, must) as a verb lemma
// warnings
//   * the same phrase twice (same actor, or actors/agents with the same codes); duplicate discards
//   * overlapping role periods with the same code; an actor with no code at all
//   * a pattern identical to an earlier one with the same code, or one that an earlier pattern (tried first, with
//     every constraint at least as permissive) always beats
//   * a synonym set no pattern uses (directly or nested); a set defined twice (the later definition wins)
//   * a lemma in two blocks (both are tried, so both may code), flagged louder when their bare codes differ
//   * a bare code 010 on a verb or noun block: vigil has no 010 fallback (010 comes from explicit patterns)
std::vector<LintFinding> lint(const Dictionaries& dicts);

// Problems of an exclusion list (dict_stats.h) as findings: malformed entries (errors), a code listed twice, and
// excluded codes that patterns produce anyway (warnings). Adds the list's file to `dicts` to name it.
std::vector<LintFinding> lint_exclusions(const ExclusionList& exclusions, const DictStats& stats, Dictionaries& dicts);

// Loader problems as findings of `severity`; files not yet in `dicts` are added so each finding has a SourceRef.
void add_problem_findings(const std::vector<InputProblem>& problems, Dictionaries& dicts,
                          std::vector<LintFinding>& out, const std::string& severity = "error");

// By file name, then line; stable.
void sort_findings(const Dictionaries& dicts, std::vector<LintFinding>& findings);

// "dicts/actors/x.txt:12: warning: message" ("file: error: message" for line 0).
std::string format_finding(const Dictionaries& dicts, const LintFinding& finding);

}  // namespace vigil::lexicon
