// An attack whose sentence names its victims only as the object of another verb of the same attack: "gunmen
// ambushed a convoy, killing 22 civilians", "militants detonated a bomb near the stall, injuring one policeman",
// "Turkish troops invaded and occupied the northern third of Cyprus". The ambush, the bombing and the invasion are
// done to those victims as much as the killing is; CAMEO coders give them that target.
#include <algorithm>

#include "coding/code_kinds.h"
#include "coding/event_coder.h"

namespace vigil::coding {

void EventCoder::give_attacks_their_victims(size_t first_event, std::vector<Event>& out) const {
  auto conjunct_of = [&](int x, int y) { return tree_.rel(x) == "conj" && tree_.head(x) == y; };
  const size_t end = out.size();
  for (size_t k = first_event; k < end; ++k) {
    if (!is_violence(out[k].cameo) || out[k].target) continue;
    for (size_t j = first_event; j < end; ++j) {
      const Event& other = out[j];
      if (j == k || !is_violence(other.cameo) || !other.target || other.source.code != out[k].source.code) continue;
      // The same attack: one verb governs the other ("ambushed ..., killing"), or both are conjuncts of one clause
      // ("ambushed and shot dead").
      const int a = out[k].verb_word, b = other.verb_word;
      if (!tree_.dominates(a, b) && !tree_.dominates(b, a) && !conjunct_of(a, b) && !conjunct_of(b, a)) continue;
      const auto from = out.begin() + static_cast<std::ptrdiff_t>(first_event);
      const bool already = std::any_of(from, out.end(), [&](const Event& e) {
        return e.cameo == out[k].cameo && e.source.code == out[k].source.code && e.target &&
               e.target->code == other.target->code;
      });
      if (already) break;
      out[k].target = other.target;
      out[k].evidence.rule += "; target: the victims of \"" + other.evidence.verb + "\" in the same attack";
      break;
    }
  }
}

}  // namespace vigil::coding
