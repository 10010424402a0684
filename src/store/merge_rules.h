// The tests that decide whether two coded events can be the same real-world event, shared by the in-story merge
// (story_merge.h) and the merge of reports across outlets and days (report_merge.h). Each test is a pure function
// of codes, dates and places.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vigil::store {

// The code family of a CAMEO code: its PLOVER type when it has one ("ASSAULT" for 190, 195, 1823, 175), else its
// root ("01"). Two reports of one event often code it differently within a family (a missile strike as 190 by one
// outlet, 195 by another), rarely across families.
std::string code_family(std::string_view cameo);

// Consult (04x) and sign-agreement (057) events have no natural direction: "A met B" and "B met A" are one event.
bool is_reciprocal(std::string_view cameo);

enum class ActorMatch { none, missing, country, exact };
// How two actor codes agree: exact ("RUSMIL" / "RUSMIL"), country (same country, sectors differ or absent: "RUS" /
// "RUSMIL"), missing (one side has no actor), none (different actors).
ActorMatch match_actors(std::string_view a, std::string_view b);

// A day number (days since 1970-01-01) for YYYY-MM-DD; nullopt for anything else.
std::optional<int64_t> day_number(std::string_view date);

// The days an event may have happened on, from its date, precision and basis. A date that is only the publication
// date ("published" basis) stands for [published - lag, published]: wire copy reports yesterday's events.
struct DayRange {
  int64_t first = 0, last = 0;
  bool known = false;
};
DayRange event_days(std::string_view date, std::string_view precision, std::string_view basis, int published_lag);
// True when the ranges overlap (or either is unknown).
bool days_compatible(const DayRange& a, const DayRange& b);

// An event's place as the merge sees it.
struct PlaceKey {
  std::string_view name, country, precision;  // precision: city, region, country (empty when unknown)
};
// Places agree when either is absent, or both are in the same country and either one is only the country or one
// name contains the other (case-insensitively: "Kyiv" / "central Kyiv").
bool places_compatible(const PlaceKey& a, const PlaceKey& b);

}  // namespace vigil::store
