// Tests of the actors found for an act: armed men, a doer's own forces, role nouns of no country, forums of three
// or more parties.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "coding/mentions.h"

namespace vigil::coding {

// Sectors of armed men: forces, police, spies, rebels, insurgents, separatists, armed groups.
inline bool bears_arms(const ActorRef& r) {
  return r.has_sector("MIL") || r.has_sector("COP") || r.has_sector("SPY") || r.has_sector("REB") ||
         r.has_sector("INS") || r.has_sector("SEP") || r.has_sector("UAF");
}

// Private people of a country with no office: civilians, students, the press, refugees.
inline bool private_people(const ActorRef& r) {
  return r.has_sector("CVL") || r.has_sector("EDU") || r.has_sector("MED") || r.has_sector("REF");
}

// Forces of a doer's own country: a show of force's instrument, not its target.
inline bool own_force_of(const Mention* t, const std::vector<const Mention*>& sources) {
  bool force = t->ref.has_sector("MIL") || t->ref.has_sector("COP");
  for (const Mention* src : sources)
    if (force && src->ref.country == t->ref.country) return true;
  return false;
}

// Whether every actor of the list is a role noun of no country ("forces", "drones"): a weak target that any
// actor with a country found further out outranks. True for an empty list.
inline bool all_countryless(const std::vector<const Mention*>& list) {
  for (const Mention* t : list)
    if (!t->ref.country.empty() || t->ref.code.rfind("---", 0) != 0) return false;
  return true;
}

// Whether a cooperative act (03-06) is done by three or more parties together: a forum, not a pair. CAMEO coders
// code each member once with no target ("the leaders of Egypt, Jordan, Israel and the Palestinians met", "six
// countries signed the agreement"), not every pair both ways.
inline bool is_multilateral(const std::vector<const Mention*>& parties, const std::string& code) {
  if (code.size() < 2 || code.compare(0, 2, "03") < 0 || code.compare(0, 2, "06") > 0) return false;
  std::vector<std::string_view> codes;
  for (const Mention* m : parties)
    if (std::find(codes.begin(), codes.end(), m->ref.code) == codes.end()) codes.push_back(m->ref.code);
  return codes.size() >= 3;
}

}  // namespace vigil::coding
