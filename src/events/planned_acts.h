// Planned acts: CAMEO codes an announced or intended act of cooperation as an intent (03x), not as the act itself,
// and a hostile act its doer announces ("we will impose sanctions") as a threat (13x).
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

// The 13 code that threatens `cameo` ("will impose sanctions" 163 -> 1312, "will strike back" 190 -> 138), or ""
// for acts that are not hostile.
std::string threat_code(const std::string& cameo);

// Whether two events of a story are the same act: same sentence, code, source and target.
bool same_coded_act(const coding::Event& a, const coding::Event& b);

// Marks as intended the consultations (04x) of [first, out.size()) stated as done but dated, by a day named in their
// clause, after the day the story was published (YYYY-MM-DD): "al-Hakim meets Bush in Washington on Monday" in
// Sunday's paper is a meeting planned, whatever the verb's tense. Meetings and visits are announced ahead far more
// than other acts. Run after the events are dated and before they are recoded.
void mark_consultations_ahead(std::vector<coding::Event>& out, size_t first, const std::string& published);

// Recodes the intended events of [first, out.size()) to their intent codes, noting the change in the evidence rule;
// an intended hostile act its doer states itself becomes the threat of it; an event that then repeats another of its
// sentence (same source, target and code) is dropped, and of two threats of one doer in a sentence the less
// specific.
void recode_planned_acts(std::vector<coding::Event>& out, size_t first);

}  // namespace vigil::events
