// The hand-made gold sets (tests/data/gold/*.jsonl) as the eval-* commands read them: one JSON object per line.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace vigil::cli {

// Calls `f(item, line)` for every non-empty line of `path`. Throws InputError naming the file (and line) when the
// file cannot be opened, a line is not JSON, or `f` finds a field missing or of the wrong type.
void for_each_gold_item(const std::string& path, const std::function<void(const nlohmann::json&, uint64_t)>& f);

}  // namespace vigil::cli
