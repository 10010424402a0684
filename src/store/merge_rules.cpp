#include "store/merge_rules.h"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "lexicon/cameo.h"

namespace vigil::store {

std::string code_family(std::string_view cameo) {
  if (const lexicon::CameoCode* c = lexicon::find_cameo(cameo); c && !c->plover_type.empty())
    return std::string(c->plover_type);
  return std::string(cameo.substr(0, std::min<size_t>(2, cameo.size())));
}

bool is_reciprocal(std::string_view cameo) { return cameo.starts_with("04") || cameo == "057"; }

ActorMatch match_actors(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return ActorMatch::missing;
  if (a == b) return ActorMatch::exact;
  // Codes without a country (IGO..., NGO...) agree only when one extends the other ("IGOUNO" / "IGOUNOWFP").
  auto has_country = [](std::string_view c) {
    std::string_view b3 = c.substr(0, 3);
    return b3 != "IGO" && b3 != "NGO" && b3 != "IMG" && b3 != "MNC" && b3 != "---" && b3 != "UIS";
  };
  if (!has_country(a) || !has_country(b)) return (a.starts_with(b) || b.starts_with(a)) ? ActorMatch::country : ActorMatch::none;
  if (a.size() >= 3 && b.size() >= 3 && a.substr(0, 3) == b.substr(0, 3)) return ActorMatch::country;
  return ActorMatch::none;
}

std::optional<int64_t> day_number(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
  auto num = [&](size_t pos, size_t len) -> int {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(d[i]))) return -1;
      v = v * 10 + (d[i] - '0');
    }
    return v;
  };
  int y = num(0, 4), m = num(5, 2), day = num(8, 2);
  if (y < 0 || m < 1 || m > 12 || day < 1 || day > 31) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

DayRange event_days(std::string_view date, std::string_view precision, std::string_view basis, int published_lag) {
  DayRange r;
  std::string full(date);
  if (full.size() == 7) full += "-01";  // YYYY-MM
  if (full.size() == 4) full += "-01-01";
  auto d = day_number(full);
  if (!d) return r;
  r.known = true;
  r.first = r.last = *d;
  if (precision == "month" || date.size() == 7) {
    r.last = r.first + 30;
  } else if (precision == "year" || date.size() == 4) {
    r.last = r.first + 365;
  } else if (precision == "week") {
    r.last = r.first + 6;
  }
  if (basis.empty() || basis == "published") r.first -= published_lag;
  return r;
}

bool days_compatible(const DayRange& a, const DayRange& b) {
  if (!a.known || !b.known) return true;
  return a.first <= b.last && b.first <= a.last;
}

namespace {
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

bool places_compatible(const PlaceKey& a, const PlaceKey& b) {
  if (a.name.empty() && a.country.empty()) return true;
  if (b.name.empty() && b.country.empty()) return true;
  if (!a.country.empty() && !b.country.empty() && a.country != b.country) return false;
  if (a.name.empty() || b.name.empty() || a.precision == "country" || b.precision == "country") return true;
  std::string x = lower(a.name), y = lower(b.name);
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

}  // namespace vigil::store
