#include "ingest/line_reader.h"

#include <cstring>

namespace vigil {

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes), buf_(1 << 16) {}

bool LineReader::fill() {
  if (eof_) return false;
  len_ = source_->read(buf_.data(), buf_.size());
  pos_ = 0;
  if (len_ == 0) eof_ = true;
  return len_ > 0;
}

LineReader::Status LineReader::next(std::string& line) {
  line.clear();
  bool any = false;
  bool too_long = false;
  for (;;) {
    if (pos_ == len_ && !fill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
    size_t n = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!too_long) {
      if (line.size() + n > max_line_bytes_) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(start, n);
      }
    }
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  if (!any) return Status::end;
  ++line_number_;
  if (too_long) return Status::too_long;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Status::line;
}

}  // namespace vigil
