// UTF-8 validation that says where the input breaks.
#pragma once

#include <cstddef>
#include <string_view>

namespace vigil {

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or std::string_view::npos if it is valid.
size_t find_invalid_utf8(std::string_view s);

// The 1-based line number of byte `offset` in `s`.
size_t line_of_offset(std::string_view s, size_t offset);

}  // namespace vigil
