// Police with no country named who act on the people of the country a story is filed from: "police clashed with CUD
// supporters" (Addis Ababa), "police arrested 24 students" (Jakarta). Wire copy names the country once, in the
// dateline or the target's adjective, and police work at home. Soldiers do not: "troops killed two Lebanese" are no
// Lebanese troops, so the general rule for unnamed doers (event_coder.cpp) leaves state forces out; this one lets
// the police in, only where the dateline agrees with the sentence's one country.
#include <algorithm>

#include "coding/event_coder.h"

namespace vigil::coding {

bool EventCoder::police_at_home(bool force_act, const std::vector<const Mention*>& sources,
                                const std::vector<const Mention*>& targets, const std::string& country) const {
  if (!force_act || country.empty() || sources.empty() || targets.empty()) return false;
  const bool countryless_police = std::all_of(sources.begin(), sources.end(), [](const Mention* s) {
    return s->ref.country.empty() && s->ref.has_sector("COP") && s->ref.sectors.size() == 1;
  });
  // People, not a place: "police raided Gaza" says nothing of whose police.
  const bool people_of_country = std::all_of(targets.begin(), targets.end(), [&](const Mention* t) {
    return t->ref.country == country && t->kind != MentionKind::place && !t->city;
  });
  return countryless_police && people_of_country && dateline_country() == country;
}

}  // namespace vigil::coding
