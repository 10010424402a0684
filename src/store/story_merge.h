// Merging within one story: a story often tells its main event several times (the headline, the lead, a later
// "the strike, which ..."). Coded events of one document that share a code family, agree on their actors (or leave
// one side unnamed), and have compatible dates and places become one event with several mentions.
#pragma once

#include <string>
#include <vector>

#include "coding/event.h"

namespace vigil::store {

struct StoryEvent {
  std::vector<size_t> mentions;  // indexes into the document's coded events, in text order
  size_t head = 0;               // the mention whose codes the event carries (the most complete one)
  std::string reason;            // why the mentions are one event; empty for a single mention
};

// Groups the coded events of one document (in the order the coder produced them). Deterministic. Within one story
// a date that is only the publication date is the same day for every mention.
std::vector<StoryEvent> merge_story(const std::vector<coding::Event>& events);

}  // namespace vigil::store
