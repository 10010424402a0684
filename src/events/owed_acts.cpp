#include "events/owed_acts.h"

#include <algorithm>

#include "events/planned_acts.h"

namespace vigil::events {
namespace {

// The act's kind as an index into the parallel demand and appeal tables below, or -1.
enum Kind : int {
  kMeet, kPolicySupport, kCooperate, kCooperateEconomic, kCooperateMilitary, kCooperateJudicial,
  kCooperateIntelligence, kAid, kAidEconomic, kAidMilitary, kAidHumanitarian, kAidProtection, kReform,
  kReformLeadership, kReformPolicy, kReformRights, kReformInstitutions, kYield, kEaseSanctions, kEaseDissent,
  kRelease, kEaseEmbargo, kAllowInvolvement, kDeescalate, kCeasefire, kWithdraw, kInvestigate, kKinds
};

// CAMEO's demand (10) and appeal (02) codes for each kind of act.
constexpr const char* kDemand[kKinds] = {
    "108",  "102",  "100",  "1011", "1012", "1013", "1014", "103",  "1031", "1032", "1033", "1034", "104", "1041",
    "1042", "1043", "1044", "100",  "1051", "1052", "1053", "1054", "1055", "1056", "107",  "106",  "101"};
constexpr const char* kAppeal[kKinds] = {
    "026",  "022",  "021",  "0211", "0212", "0213", "0214", "023",  "0231", "0232", "0233", "0234", "024", "0241",
    "0242", "0243", "0244", "025",  "0251", "0252", "0253", "0254", "0255", "0256", "0256", "0256", "020"};

int kind_of(const std::string& cameo) {
  if (cameo.size() < 3 || cameo[0] != '0') return -1;
  const char k = cameo[2];
  const char sub = cameo.size() > 3 ? cameo[3] : '0';
  switch (cameo[1]) {
    case '4':  // consult: meet, visit, negotiate
      return kMeet;
    case '5':  // diplomatic cooperation: support, recognise; not praise given, apology or forgiveness
      return k >= '0' && k <= '4' ? kPolicySupport : -1;
    case '6':
      return k >= '1' && k <= '4' ? kCooperateEconomic + (k - '1') : kCooperate;
    case '7':
      return k >= '1' && k <= '4' ? kAidEconomic + (k - '1') : kAid;
    case '8':
      switch (k) {
        case '1': return kEaseSanctions;
        case '2': return kEaseDissent;
        case '3': return sub >= '1' && sub <= '4' ? kReformLeadership + (sub - '1') : kReform;
        case '4': return kRelease;
        case '5': return kEaseEmbargo;
        case '6': return kAllowInvolvement;
        case '7': return sub == '1' ? kCeasefire : sub == '4' ? kWithdraw : kDeescalate;
        default: return kYield;
      }
    case '9':  // investigate
      return kInvestigate;
    default:
      return -1;
  }
}

// The state itself or its government ("China", "the Chinese government", a minister).
bool speaks_for_the_state(const coding::ActorRef& a) {
  return !a.country.empty() && (a.code == a.country || a.has_sector("GOV") || a.has_sector("ELI"));
}

// "Chinese Foreign Minister Li said China should play a bigger role": a state saying what it should do itself states
// its own aim; it is no appeal or demand of anyone.
bool owed_by_its_own_state(const coding::ActorRef& speaker, const coding::ActorRef& doer) {
  return speaks_for_the_state(speaker) && speaks_for_the_state(doer) && speaker.country == doer.country;
}

}  // namespace

std::string demand_code(const std::string& cameo) {
  int k = kind_of(cameo);
  return k < 0 ? "" : kDemand[k];
}

std::string appeal_code(const std::string& cameo) {
  int k = kind_of(cameo);
  return k < 0 ? "" : kAppeal[k];
}

void recode_owed_acts(std::vector<coding::Event>& out, size_t first) {
  std::vector<bool> dropped(out.size() - first, false);
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& e = out[i];
    // A speaker of no country ("officials said") is no one to code a demand from.
    if (e.modality != "demanded" || !e.speaker || e.speaker->code.empty() || e.speaker->code.starts_with("---") ||
        e.speaker->code == e.source.code || owed_by_its_own_state(*e.speaker, e.source))
      continue;
    const std::string& cue = e.modality_reason;
    const bool must = cue == "must";
    if (!must && cue != "should" && cue != "ought") continue;
    std::string code = must ? demand_code(e.cameo) : appeal_code(e.cameo);
    if (code.empty()) continue;
    e.evidence.rule += "; said by " + e.speaker->text + " to be owed (\"" + cue + "\"), so " +
                       (must ? "a demand " : "an appeal ") + code + " of its doer";
    e.target = e.source;
    e.source = *e.speaker;
    e.cameo = code;
    e.modality = "asserted";
    e.modality_reason = (must ? "a demand stated with \"" : "an appeal stated with \"") + cue + "\"";
    e.id = coding::event_id(e);
    for (size_t j = first; j < i; ++j)
      if (!dropped[j - first] && same_coded_act(out[j], e)) dropped[i - first] = true;
  }
  size_t kept = first;
  for (size_t i = first; i < out.size(); ++i) {
    if (dropped[i - first]) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

}  // namespace vigil::events
