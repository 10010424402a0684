#include "coding/partnerless_consultations.h"

#include <algorithm>

namespace vigil::coding {

bool needs_partner(std::string_view cameo) {
  return cameo == "040" || cameo == "041" || cameo == "044" || cameo == "046";
}

bool names_a_partner(const lexicon::VerbPattern& p) {
  return std::any_of(p.constraints.begin(), p.constraints.end(),
                     [](const lexicon::DepConstraint& c) { return c.filler.slot != lexicon::Slot::kNone; });
}

void mark_partner_unnamed(std::vector<Event>& out, size_t first) {
  for (size_t i = first; i < out.size(); ++i) out[i].partner_unnamed = true;
}

void drop_partnerless(std::vector<Event>& out, size_t first) {
  auto partnerless = [](const Event& e) { return e.partner_unnamed && !e.target && needs_partner(e.cameo); };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), partnerless), out.end());
}

}  // namespace vigil::coding
