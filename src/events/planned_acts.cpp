#include "events/planned_acts.h"

#include <algorithm>

#include "coding/partnerless_consultations.h"

namespace vigil::events {

std::string intent_code(const std::string& cameo) {
  if (cameo.size() < 3 || cameo[0] != '0') return "";
  switch (cameo[1]) {
    case '4':  // consult: meet, visit, host, negotiate, mediate
      return "036";
    case '5':  // diplomatic cooperation: "would continue to support", "will recognize"; an agreement to be signed
               // or joined is an intent to cooperate ("will sign a military pact", "wants to join NATO"), its
               // kind unsaid; an apology or forgiveness has no intent code in CAMEO
      if (cameo[2] == '7') return "030";
      return cameo[2] >= '0' && cameo[2] <= '4' ? "032" : "";
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
      // Political change keeps its kind: leadership, policy, rights, institutions (0831-0834 -> 0341-0344).
      if (k == 3 && cameo.size() == 4 && cameo[3] >= '1' && cameo[3] <= '4') return std::string("034") + cameo[3];
      return k >= 1 && k <= 7 ? kYield[k] : kYield[0];
    }
    default:
      return "";
  }
}

std::string threat_code(const std::string& cameo) {
  if (cameo.size() < 3 || cameo[0] < '1' || cameo[0] > '2') return "";
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  const char kind = cameo[2];
  const char sub = cameo.size() > 3 ? cameo[3] : '0';
  switch (root) {
    case 14:  // protest, strike, boycott, riot
      return "133";
    case 16:  // reduce relations, by what is cut
      switch (kind) {
        case '1': return "1313";  // relations
        case '2': return "1311";  // aid
        case '3': return "1312";  // sanctions, boycott, embargo
        case '4': return "134";   // negotiations
        case '5': return "135";   // mediation
        case '6': return "136";   // international involvement
        default: return "131";
      }
    case 17:  // coerce
      if (kind == '2') return sub >= '1' && sub <= '4' ? std::string("132") + sub : "132";  // administrative sanctions
      if (kind == '4') return "132";                                                      // expulsions
      if (kind == '3' || kind == '5') return "137";                                       // arrests, repression
      return "130";
    case 18:  // unconventional violence: bombings, abductions, assassinations
      return "1383";
    case 19:  // conventional force
      switch (kind) {
        case '1': return "1381";  // blockade
        case '2': return "1382";  // occupation
        case '3': case '4': case '5': return "1384";  // attack
        default: return "138";
      }
    case 20:  // mass violence
      return kind == '4' ? "1385" : "1383";
    default:
      return "";
  }
}

namespace {

// Whether the doer itself states, in its own words, the hostile act it will do: "will"/"would" with the doer as the
// source of the sentence ("Washington will cut aid, the State Department said"). Others' word that the act will come
// ("analysts said") is no threat, and a governing threat ("threatened to retaliate") is its own event already (13x,
// from the dictionaries), with the act beside it as intended.
bool stated_by_doer(const coding::Event& e) {
  const std::string& why = e.modality_reason;
  const bool modal = why == "will" || why == "shall" || why == "'ll" || why == "wo" || why == "would" ||
                     why == "'d" || (why.size() > 3 && why.compare(why.size() - 3, 3, " to") == 0);
  return modal && e.attribution && !e.attribution->empty() && e.attribution->back().kind == "self";
}

bool is_threat(const std::string& cameo) { return cameo.rfind("13", 0) == 0; }

// Whether intent `a` is a vaguer form of intent `b`: 030 of any other, 033 of 0331-0334, 035 of 0351-0356.
bool vaguer_intent(const std::string& a, const std::string& b) {
  if (a == b || a.rfind("03", 0) != 0 || b.rfind("03", 0) != 0) return false;
  return a == "030" || (b.size() > a.size() && b.rfind(a, 0) == 0);
}

}  // namespace

bool same_coded_act(const coding::Event& a, const coding::Event& b) {
  return a.sentence == b.sentence && a.cameo == b.cameo && a.source.code == b.source.code &&
         (a.target ? a.target->code : "") == (b.target ? b.target->code : "");
}

void mark_consultations_ahead(std::vector<coding::Event>& out, size_t first, const std::string& published) {
  if (published.size() != 10) return;
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& e = out[i];
    // Dates of the same form compare as text; a date only of the month or year says too little.
    if (!e.cameo.starts_with("04") || e.modality != "asserted" || e.date_basis != "text") continue;
    if (e.date_precision != "day" || e.date.size() != 10 || e.date <= published) continue;
    // A body sitting with no one to meet ("when the board meets on Thursday") stays a consultation, to be dropped.
    if (e.partner_unnamed && !e.target && coding::needs_partner(e.cameo)) continue;
    e.modality = "intended";
    e.modality_reason = "dated " + e.date + ", after the story's publication on " + published;
  }
}

void recode_planned_acts(std::vector<coding::Event>& out, size_t first) {
  std::vector<bool> recoded_threat(out.size() - first, false);
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& e = out[i];
    if (e.modality != "intended") continue;
    std::string code = intent_code(e.cameo);
    if (!code.empty() && code != e.cameo) {
      e.evidence.rule += "; intended, so " + code + " (intent to " + e.cameo + ")";
      e.cameo = code;
      continue;
    }
    code = threat_code(e.cameo);
    if (code.empty() || !stated_by_doer(e)) continue;
    e.evidence.rule += "; intended by its doer, so " + code + " (threat to " + e.cameo + ")";
    e.cameo = code;
    recoded_threat[i - first] = true;
  }
  // One threat per doer in a sentence: "Ottawa warned it will impose sanctions on Minsk" is the verb's threat (130,
  // no target) and the recoded act's (1312 against Belarus); keep the more specific code, then the one with a
  // target, then the dictionary's.
  auto weaker = [&](size_t a, size_t b) {  // whether threat a gives way to threat b
    const coding::Event &x = out[a], &y = out[b];
    if (x.cameo.size() != y.cameo.size()) return x.cameo.size() < y.cameo.size();
    if (x.target.has_value() != y.target.has_value()) return !x.target.has_value();
    return recoded_threat[a - first] && !recoded_threat[b - first];
  };
  std::vector<bool> dropped(out.size() - first, false);
  for (size_t i = first; i < out.size(); ++i)
    for (size_t j = first; j < out.size(); ++j) {
      const coding::Event &x = out[i], &y = out[j];
      if (i == j || dropped[i - first] || dropped[j - first] || x.sentence != y.sentence) continue;
      if (!is_threat(x.cameo) || !is_threat(y.cameo) || x.source.code != y.source.code) continue;
      if (!recoded_threat[i - first] && !recoded_threat[j - first]) continue;
      if (x.target && y.target && x.target->code != y.target->code) continue;
      if (weaker(i, j)) dropped[i - first] = true;
    }
  // One intent per doer and target in a sentence: "committed to send peacekeepers to Sudan" is the verb's 030 and
  // 033 and the recoded act's 0334; the vaguer ones give way to the one that says what is intended. A vague intent
  // with no target gives way too; two intents of different kinds ("pledged aid and promised talks") both stay.
  for (size_t i = first; i < out.size(); ++i)
    for (size_t j = first; j < out.size(); ++j) {
      const coding::Event &x = out[i], &y = out[j];
      if (i == j || dropped[i - first] || dropped[j - first] || x.sentence != y.sentence) continue;
      if (x.source.code != y.source.code || !vaguer_intent(x.cameo, y.cameo)) continue;
      if (x.target && (!y.target || x.target->code != y.target->code)) continue;
      dropped[i - first] = true;
    }
  // One event per (source, target, code) in a sentence: "plans to visit and hold talks" is one intent.
  size_t kept = first;
  for (size_t i = first; i < out.size(); ++i) {
    if (dropped[i - first]) continue;
    bool repeat = std::any_of(out.begin() + first, out.begin() + kept,
                              [&](const coding::Event& k) { return same_coded_act(k, out[i]); });
    if (repeat) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

}  // namespace vigil::events
