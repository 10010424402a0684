// Wire copy puts the day between the subject and its verb ("China on Monday urged ...", "Foreign Minister Alexander
// Downer on Saturday lashed out at ..."), which the UD treebanks seldom do: a parser trained on them alone reads
// "on Monday" as a clause marker and a subject, and loses the sentence's real subject. These variants of treebank
// sentences teach it the construction: copies of sentences whose finite main verb directly follows its nominal
// subject, with "on <weekday>" put between the two as an oblique of the verb, as UD annotates it.
#pragma once

#include <cstdint>
#include <vector>

#include "text/sentence.h"

namespace vigil::parse {

// Whether `s` can take the day: its root is a finite verb right after its noun or proper-noun subject phrase (no
// multiword tokens or empty nodes, which the insertion would have to renumber). Returns the subject phrase's last
// word (1-based) or 0.
int day_slot(const Sentence& s);

// `s` with "on `weekday`" inserted after word `slot`: "on" the case of the weekday, the weekday an obl of the root.
Sentence with_day(const Sentence& s, int slot, const std::string& weekday);

// A variant for about `share` of the sentences that can take a day (chosen with `seed`, reproducibly), in order.
std::vector<Sentence> news_day_variants(const std::vector<Sentence>& train, double share, uint64_t seed);

}  // namespace vigil::parse
