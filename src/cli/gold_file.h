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

// The actor code in `item[field]` ("" when null), in the shipped dictionaries' spelling: the gold sets chose a few
// blocks of their own before the dictionaries settled (tests/data/gold/README.md, "Doubts"): Kosovo XKX is KSV,
// Hamas PSEHMS is PSEREB, Fatah PSEFAT is PSEPTY, the Islamic State IMGISI is IMGMOSISI.
std::string gold_actor_code(const nlohmann::json& item, const char* field);

}  // namespace vigil::cli
