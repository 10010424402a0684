// Publication dates as records give them ("2022-01-19", "2022-01-19T08:30:00Z", "20220119").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vigil {

// The calendar date as YYYY-MM-DD, or nullopt when `s` is not a real date in one of the accepted forms.
std::optional<std::string> normalize_published_date(std::string_view s);

}  // namespace vigil
