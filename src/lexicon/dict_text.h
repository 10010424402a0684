// Text helpers shared by the dictionary loaders: lines with numbers, trimming, fields, file reading.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::lexicon {

struct SourceLine {
  uint32_t number;        // 1-based
  std::string_view text;  // without the line end (LF or CRLF); a leading UTF-8 BOM is dropped from line 1
};

std::vector<SourceLine> split_lines(std::string_view text);

std::string_view trim(std::string_view s);
bool is_blank(char c);

// Splits on runs of spaces and tabs.
std::vector<std::string_view> split_fields(std::string_view s);
// Splits on `sep`, trimming each part; empty parts are kept (so the caller can report them).
std::vector<std::string_view> split_on(std::string_view s, char sep);
// Splits on `sep` as std::getline(in, part, sep) does, untrimmed: a separator at the very end opens no empty last
// part. `out` is cleared and reused.
void split_like_getline(std::string_view s, char sep, std::vector<std::string_view>& out);

// Reads a whole file; false if it cannot be opened or read.
bool read_file(const std::string& path, std::string& out);

// Upper-case ASCII letters and digits only, at least one.
bool is_code(std::string_view s);

}  // namespace vigil::lexicon
