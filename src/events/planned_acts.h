// Planned acts: CAMEO codes an announced or intended act of cooperation as an intent (03x), not as the act itself.
// "Erdogan is due to meet Putin", "China will send aid to Nepal" are 036 and 033, whatever the verb; vigil codes
// the verb, then this pass moves the events its modality pass found intended to the matching 03 code.
#pragma once

#include <string>
#include <vector>

#include "coding/event.h"

namespace vigil::events {

// The 03 code that expresses the intent to do `cameo`, or "" where CAMEO has none (hostile acts: an intended
// attack is no threat unless said as one).
std::string intent_code(const std::string& cameo);

// Recodes the intended events of [first, out.size()) to their intent codes, noting the change in the evidence rule;
// an event that then repeats another of its sentence (same source, target and code) is dropped.
void recode_planned_acts(std::vector<coding::Event>& out, size_t first);

}  // namespace vigil::events
