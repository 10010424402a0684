// A news document as vigil reads it. `text` keeps the original bytes of the article body (for a plain-text file:
// the whole file), and every offset that later stages report points into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigil {

// A byte range [begin, end) of Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// The parts of a document's text. Only headline and body regions hold sentences to analyse.
enum class RegionKind { headline, body, credit, byline, dateline };
std::string_view region_kind_name(RegionKind kind);

struct Region {
  RegionKind kind;
  Span span;
};

struct Document {
  std::string id;
  std::string outlet;
  std::string url;
  std::string published;  // YYYY-MM-DD, or empty when unknown
  std::string title;
  std::string dateline;
  std::string text;  // original bytes
  std::vector<Region> regions;  // in text order; sentences are found in headline and body regions
  // Fields of a JSON record vigil does not know, kept as (name, raw JSON value).
  std::vector<std::pair<std::string, std::string>> metadata;
  std::string source_file;  // where the document came from ("-" for stdin)
  uint64_t source_line = 0;  // 1-based line of the record for JSONL, 1 for a plain-text file

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  // The text regions that hold sentences (headline and body), in order.
  std::vector<Span> analysable_spans() const;
};

// A stable identifier derived from content, for records without an id ("doc-" + 16 hex digits).
std::string content_id(std::string_view text);

}  // namespace vigil
