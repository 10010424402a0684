// People's roles on the event's own date. The coder codes a person with the role held on the publication date;
// once the event is dated ("the BNP under former premier Khaleda Zia arrested 8,500 people in 1995"), the role held
// then is the right one (a prime minister in 1995, not the opposition leader of the publication date).
#pragma once

#include <vector>

#include "coding/event.h"
#include "lexicon/dictionary.h"

namespace vigil::events {

// For the events [first, out.size()) dated from their text: each side coded from a dictionary person takes the
// role the person held over the whole of the event's date (its day, week, month or year), when that role differs
// from the one held on `published` (YYYY-MM-DD, or empty). Sides whose person held no single role then, and events
// dated after publication (plans, forecasts), are left.
void recode_roles_on_event_dates(const lexicon::Dictionaries& dicts, const std::string& published,
                                 std::vector<coding::Event>& out, size_t first);

}  // namespace vigil::events
