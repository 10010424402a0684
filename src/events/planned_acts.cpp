#include "events/planned_acts.h"

#include <algorithm>

namespace vigil::events {

std::string intent_code(const std::string& cameo) {
  if (cameo.size() < 3 || cameo[0] != '0') return "";
  switch (cameo[1]) {
    case '4':  // consult: meet, visit, host, negotiate, mediate
      return "036";
    case '6':  // material cooperation
      return "031";
    case '7': {  // aid, by kind: economic, military, humanitarian, protection
      static const char* kAid[] = {"033", "0331", "0332", "0333", "0334"};
      int k = cameo[2] - '0';
      return k >= 1 && k <= 4 ? kAid[k] : kAid[0];
    }
    case '8': {  // yield, by kind
      static const char* kYield[] = {"035", "0351", "0352", "034", "0353", "0354", "0355", "0356"};
      int k = cameo[2] - '0';
      return k >= 1 && k <= 7 ? kYield[k] : kYield[0];
    }
    default:
      return "";
  }
}

void recode_planned_acts(std::vector<coding::Event>& out, size_t first) {
  auto same_act = [](const coding::Event& a, const coding::Event& b) {
    return a.sentence == b.sentence && a.cameo == b.cameo && a.source.code == b.source.code &&
           (a.target ? a.target->code : "") == (b.target ? b.target->code : "");
  };
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& e = out[i];
    if (e.modality != "intended") continue;
    std::string code = intent_code(e.cameo);
    if (code.empty() || code == e.cameo) continue;
    e.evidence.rule += "; intended, so " + code + " (intent to " + e.cameo + ")";
    e.cameo = code;
  }
  // One event per (source, target, code) in a sentence: "plans to visit and hold talks" is one intent.
  size_t kept = first;
  for (size_t i = first; i < out.size(); ++i) {
    bool repeat = std::any_of(out.begin() + first, out.begin() + kept,
                              [&](const coding::Event& k) { return same_act(k, out[i]); });
    if (repeat) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

}  // namespace vigil::events
