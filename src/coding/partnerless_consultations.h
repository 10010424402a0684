// A consultation is done with someone: a meeting, a call or talks (CAMEO 040, 041, 044, 046) coded by a pattern that
// names no partner ("the cabinet met", "attended the conference", "resumed talks") and with no target found is a
// body sitting, people gathering or talks only mentioned, not one party consulting another. A pattern with a partner
// slot keeps its event even when the partner is no known actor ("met with vice minister Wu"): the meeting is
// reported. Visits (042, 043) may name only the place visited; a mediator (045) acts between others; an intent to
// meet (036) may be announced before the partner is.
#pragma once

#include <string_view>
#include <vector>

#include "coding/event.h"

#include "lexicon/dictionary.h"

namespace vigil::coding {

// Is `cameo` a consultation that needs a partner?
bool needs_partner(std::string_view cameo);

// Does the pattern have a slot for an actor (source, target or a compound of both)?
bool names_a_partner(const lexicon::VerbPattern& p);

// Marks the events of [first, out.size()) as coded with no partner named: call it on what a pattern with no partner
// slot (or a verb's own code) has just coded.
void mark_partner_unnamed(std::vector<Event>& out, size_t first);

// Drops the events of [first, out.size()) marked so that need a partner and have no target. Run after planned acts
// are recoded: "would return to talks" becomes an intent (036), which keeps its event.
void drop_partnerless(std::vector<Event>& out, size_t first);

}  // namespace vigil::coding
