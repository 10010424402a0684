// Checks on the "SOURCE>TARGET:CAMEO" strings that the end-to-end tests of this folder get from the pipeline
// (shipped_pipeline.h). A code "prefix" matches every code it begins: "18" is any assault, "1823" only a killing.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace vigil::events::test {

// Whether `events` holds exactly `event`.
inline bool has(const std::vector<std::string>& events, const std::string& event) {
  return std::find(events.begin(), events.end(), event) != events.end();
}

// The CAMEO code of one "SOURCE>TARGET:CAMEO" string.
inline std::string code_of(const std::string& event) { return event.substr(event.find(':') + 1); }

// Whether some event's code begins with `prefix`.
inline bool has_code(const std::vector<std::string>& events, const std::string& prefix) {
  return std::any_of(events.begin(), events.end(), [&](const std::string& e) { return code_of(e).starts_with(prefix); });
}

// Whether some event goes from `source` with a code beginning with `prefix` (any code when it is empty).
inline bool has_from(const std::vector<std::string>& events, const std::string& source, const std::string& prefix = "") {
  return std::any_of(events.begin(), events.end(), [&](const std::string& e) {
    return e.starts_with(source + ">") && code_of(e).starts_with(prefix);
  });
}

// Whether some event goes from `source` to `target` ("-" for none) with a code beginning with `prefix`.
inline bool has_pair(const std::vector<std::string>& events, const std::string& source, const std::string& target,
                     const std::string& prefix) {
  return std::any_of(events.begin(), events.end(), [&](const std::string& e) {
    return e.starts_with(source + ">" + target + ":") && code_of(e).starts_with(prefix);
  });
}

}  // namespace vigil::events::test
