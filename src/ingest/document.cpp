#include "ingest/document.h"

#include <fmt/format.h>

namespace vigil {

std::string_view region_kind_name(RegionKind kind) {
  switch (kind) {
    case RegionKind::headline: return "headline";
    case RegionKind::body: return "body";
    case RegionKind::credit: return "credit";
    case RegionKind::byline: return "byline";
    case RegionKind::dateline: return "dateline";
  }
  return "unknown";
}

std::vector<Span> Document::analysable_spans() const {
  std::vector<Span> spans;
  for (const Region& r : regions)
    if (r.kind == RegionKind::headline || r.kind == RegionKind::body) spans.push_back(r.span);
  return spans;
}

std::string content_id(std::string_view text) {
  // FNV-1a 64: stable across platforms and runs, cheap, and enough to name a document.
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return fmt::format("doc-{:016x}", h);
}

}  // namespace vigil
