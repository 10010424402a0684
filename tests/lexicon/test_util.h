// Helpers for the lexicon tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon::testing {

inline std::string data(const std::string& rel) { return std::string(VIGIL_TEST_DATA_DIR) + "/lexicon/" + rel; }

// (line, message) pairs, to compare problems without repeating file names.
inline std::vector<std::pair<uint64_t, std::string>> lines_of(const std::vector<InputProblem>& problems) {
  std::vector<std::pair<uint64_t, std::string>> out;
  for (const auto& p : problems) out.push_back({p.line, p.message});
  return out;
}

// True when some problem is on `line` and its message contains `needle`.
inline bool has_problem(const std::vector<InputProblem>& problems, uint64_t line, const std::string& needle) {
  for (const auto& p : problems)
    if (p.line == line && p.message.find(needle) != std::string::npos) return true;
  return false;
}

inline std::string dump(const std::vector<InputProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.to_string() + "\n";
  return out;
}

// The index of the actor whose main name is `name`.
inline const Actor* actor_named(const Dictionaries& d, const std::string& name) {
  for (const Actor& a : d.actors)
    if (a.name == name) return &a;
  return nullptr;
}

inline const VerbGroup* group_named(const Dictionaries& d, const std::string& name) {
  for (const VerbGroup& g : d.groups)
    if (g.name == name) return &g;
  return nullptr;
}

}  // namespace vigil::lexicon::testing
