// Reads lines from a ByteSource. A line longer than the limit is reported and skipped, never held in memory whole.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/byte_source.h"

namespace vigil {

class LineReader {
 public:
  LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes);

  enum class Status { line, too_long, end };
  // Reads the next line without its "\n" (and "\r"). On too_long, `line` is empty and the rest was skipped.
  Status next(std::string& line);
  uint64_t line_number() const { return line_number_; }  // of the line last returned
  const std::string& name() const { return source_->name(); }

 private:
  bool fill();
  std::unique_ptr<ByteSource> source_;
  size_t max_line_bytes_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t len_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace vigil
