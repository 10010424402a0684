#include "events/event_roles.h"

#include <chrono>
#include <optional>

#include "lexicon/dict_date.h"
#include "lexicon/dictionary.h"

namespace vigil::events {
namespace {

using lexicon::Date;

Date to_date(std::chrono::year_month_day d) {
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}

// The first and last day an event's date covers, from its first day and precision.
std::optional<lexicon::Period> covered_days(const coding::Event& e) {
  std::string error;
  std::optional<Date> begin = lexicon::parse_iso_date(e.date, false, error);
  if (!begin) return std::nullopt;
  using namespace std::chrono;
  year_month_day first{year{*begin / 10000}, month{static_cast<unsigned>(*begin / 100 % 100)},
                       day{static_cast<unsigned>(*begin % 100)}};
  year_month_day last = first;
  if (e.date_precision == "week") last = year_month_day{sys_days{first} + days{6}};
  else if (e.date_precision == "month") last = year_month_day{first.year() / first.month() / std::chrono::last};
  else if (e.date_precision == "year") last = year_month_day{first.year() / December / 31};
  else if (e.date_precision != "day") return std::nullopt;
  return lexicon::Period{to_date(first), to_date(last)};
}

// The role code held on every day of `days`, or empty when none is or it changes within them.
std::string_view role_over(const lexicon::Actor& person, const lexicon::Period& days) {
  for (const lexicon::RoleCode& r : person.roles)
    if (r.period.contains(days.from)) return r.period.contains(days.to) ? std::string_view(r.code) : std::string_view();
  return {};
}

void recode_side(const lexicon::Dictionaries& dicts, Date published, const lexicon::Period& days, coding::ActorRef& side) {
  if (side.dated_person >= dicts.actors.size()) return;
  const lexicon::Actor& person = dicts.actors[side.dated_person];
  // A date after publication is a plan or a forecast: whoever acts is the person as the text knows them now.
  if (published != lexicon::kNoDate && days.to > published) return;
  std::string_view then = role_over(person, days);
  if (then.empty() || then == person.code_on(published) || then == side.code) return;
  side.code = std::string(then);
  coding::split_actor_code(side.code, side.country, side.sectors);
  side.rule += " (the role held on the event's date)";
}

}  // namespace

void recode_roles_on_event_dates(const lexicon::Dictionaries& dicts, const std::string& published,
                                 std::vector<coding::Event>& out, size_t first) {
  std::string error;
  Date on = lexicon::kNoDate;
  if (std::optional<Date> p = lexicon::parse_iso_date(published, false, error)) on = *p;
  for (size_t k = first; k < out.size(); ++k) {
    coding::Event& e = out[k];
    if (e.date_basis != "text") continue;
    std::optional<lexicon::Period> days = covered_days(e);
    if (!days) continue;
    recode_side(dicts, on, *days, e.source);
    if (e.target) recode_side(dicts, on, *days, *e.target);
  }
}

}  // namespace vigil::events
