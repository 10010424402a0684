#include "store/story_merge.h"

#include <fmt/format.h>

#include "store/merge_rules.h"

namespace vigil::store {
namespace {

std::string target_code(const coding::Event& e) { return e.target ? e.target->code : ""; }

PlaceKey place_key(const coding::Event& e) {
  if (!e.place) return {};
  return PlaceKey{e.place->name, e.place->country, e.place->precision};
}

// Why mentions a and b of one story are the same event, or empty when they are not.
std::string same_event(const coding::Event& a, const coding::Event& b) {
  std::string fam = code_family(a.cameo);
  if (fam != code_family(b.cameo)) return {};
  ActorMatch s = match_actors(a.source.code, b.source.code), t = match_actors(target_code(a), target_code(b));
  bool crossed = false;
  if (s == ActorMatch::none || t == ActorMatch::none || s == ActorMatch::missing) {
    if (!is_reciprocal(a.cameo) || !is_reciprocal(b.cameo)) return {};
    s = match_actors(a.source.code, target_code(b));
    t = match_actors(target_code(a), b.source.code);
    if (s != ActorMatch::exact && s != ActorMatch::country) return {};
    if (t != ActorMatch::exact && t != ActorMatch::country) return {};
    crossed = true;
  }
  // A story names its actors consistently: at least one side must agree exactly.
  if (s != ActorMatch::exact && t != ActorMatch::exact) return {};
  if (!days_compatible(event_days(a.date, a.date_precision, a.date_basis, 0),
                       event_days(b.date, b.date_precision, b.date_basis, 0)))
    return {};
  if (!places_compatible(place_key(a), place_key(b))) return {};
  return fmt::format("sentences {} and {}: family {} ({} / {}), {} {}>{} / {}>{}", a.sentence, b.sentence, fam, a.cameo,
                     b.cameo, crossed ? "reciprocal dyad" : "dyad", a.source.code, target_code(a).empty() ? "-" : target_code(a),
                     b.source.code, target_code(b).empty() ? "-" : target_code(b));
}

// The more complete of two mentions: one with a target, then the more specific code, then the earlier one.
bool more_complete(const coding::Event& a, const coding::Event& b) {
  if (a.target.has_value() != b.target.has_value()) return a.target.has_value();
  size_t la = a.source.code.size() + target_code(a).size(), lb = b.source.code.size() + target_code(b).size();
  if (la != lb) return la > lb;
  return false;
}

}  // namespace

std::vector<StoryEvent> merge_story(const std::vector<coding::Event>& events) {
  std::vector<StoryEvent> groups;
  for (size_t i = 0; i < events.size(); ++i) {
    // Join the first earlier event whose every mention agrees with this one (complete link: no chains of
    // loosely similar mentions).
    bool joined = false;
    for (StoryEvent& g : groups) {
      std::string why;
      bool all = true;
      for (size_t m : g.mentions) {
        std::string r = same_event(events[m], events[i]);
        if (r.empty()) {
          all = false;
          break;
        }
        if (why.empty()) why = r;
      }
      if (!all) continue;
      g.mentions.push_back(i);
      if (more_complete(events[i], events[g.head])) g.head = i;
      g.reason += (g.reason.empty() ? "" : "; ") + why;
      joined = true;
      break;
    }
    if (!joined) groups.push_back(StoryEvent{{i}, i, {}});
  }
  return groups;
}

}  // namespace vigil::store
