// "Egypt was the first African country to establish ties with China", "Wen became the only premier to visit
// Lisbon", "Turkey was among the first to offer aid": an infinitive describing a noun ranked first, last or only
// tells an act that was done, and its doer is whoever the noun describes. Any other infinitive on a noun ("a place
// to visit", "forces to protect the border") tells no act done.
#pragma once

#include "coding/dependency_view.h"

namespace vigil::coding {

// The noun an infinitive clause (`verb`, an acl with "to") ranks its doer by, when that noun is ranked ("the first
// country to ...", "the first batch of countries to ...", "among the first to ..."), or 0.
int ranked_noun_of_infinitive(const DependencyView& t, int verb);

// Who the ranked noun describes: the subject of its copula ("X was the first country") or of "become"/"remain"
// ("X became the first ..."), or 0.
int who_is_ranked(const DependencyView& t, int noun);

}  // namespace vigil::coding
