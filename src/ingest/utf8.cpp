#include "ingest/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <simdjson.h>

namespace vigil {

size_t find_invalid_utf8(std::string_view s) {
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;  // fast path
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(at);
  }
  return std::string_view::npos;
}

size_t line_of_offset(std::string_view s, size_t offset) {
  offset = std::min(offset, s.size());
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace vigil
