// Acts said to be owed: "Hamas must recognise Israel, Olmert said" is, as CAMEO codes it, Olmert's demand of Hamas
// (10), not Hamas recognising Israel; "Tokyo should face up to its history, Beijing said" is Beijing's appeal to
// Tokyo (02). The modality pass marks such acts "demanded" from their auxiliary ("must", "should", "ought"); this
// pass turns those a coded speaker states into the speaker's demand or appeal of the doer, of the act's kind.
#pragma once

#include <string>
#include <vector>

#include "coding/event.h"

namespace vigil::events {

// The 10 code that demands `cameo` ("must withdraw" 0874 -> 106, "must release" 084 -> 1053), or "" for acts CAMEO
// has no demand of (statements, appeals, hostile acts).
std::string demand_code(const std::string& cameo);

// The 02 code that appeals for `cameo` ("should hold talks" 043 -> 026, "should lift sanctions" 085 -> 0254), or "".
std::string appeal_code(const std::string& cameo);

// Recodes the events of [first, out.size()) that are owed by their doer ("must" -> demand, "should"/"ought" ->
// appeal) and stated by a coded speaker other than the doer: the speaker becomes the source, the doer the target.
// An event that then repeats another of its sentence is dropped.
void recode_owed_acts(std::vector<coding::Event>& out, size_t first);

}  // namespace vigil::events
