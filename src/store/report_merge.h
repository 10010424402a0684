// Merging reports across outlets and days: the same real-world event told by several documents becomes one merged
// event that keeps every report. Two report events can merge when they share a code family, their actors agree
// (reciprocal codes either way round), their dates and places are compatible, and the evidence overlaps: the same
// dyad named on both sides, shared words in the evidence sentences, or the two documents are copies of one story.
// Groups are complete-link (every pair in a group passes the hard tests), so a month of daily strikes on one city
// does not chain into one event. Copies of one wire story (shingle overlap, or a report crediting the other's
// outlet) count as one independent source.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::store {

struct MergeOptions {
  int published_lag_days = 1;         // an event dated only by publication happened that day or the day before
  double evidence_overlap = 0.5;      // shared content words / the smaller sentence's, for a partial dyad
  size_t evidence_min_shared = 3;     // ... and at least this many shared words
  double copy_containment = 0.5;      // shared word 3-shingles / the smaller document's: a copy of one story
};

// One report event (an in-story event of one document), as the merge sees it.
struct ReportEvent {
  std::string id;   // stable event id
  size_t doc = 0;   // index into the documents
  std::string source, target, cameo;
  std::string date, date_precision, date_basis;
  std::string place_name, place_country, place_precision;
  std::string evidence;  // the sentence(s) holding the event
};

struct ReportDocument {
  std::string id;
  std::string outlet;
  std::string published;
  std::string text;
};

struct MergedGroup {
  std::vector<size_t> events;   // indexes into the report events; the first is the representative
  size_t reports = 0;           // documents
  size_t outlets = 0;           // distinct outlets
  size_t independent_sources = 0;  // documents after counting copies of one story once
};

struct MergeResult {
  std::vector<MergedGroup> groups;      // every event is in exactly one group (singletons included)
  std::vector<size_t> group_of;         // per event
  std::vector<std::string> reason;      // per event: why it joined its group ("" for representatives)
  std::vector<size_t> source_group;     // per event: index of its independent source within its group
};

// Merges report events. Deterministic: the result depends on ids and contents, not on input order.
MergeResult merge_reports(const std::vector<ReportEvent>& events, const std::vector<ReportDocument>& docs,
                          const MergeOptions& options = {});

// Word 3-shingles of a text (lower-cased letters and digits), hashed, sorted and unique.
std::vector<uint64_t> shingles(const std::string& text);
// |a ∩ b| / min(|a|, |b|) of two sorted sets; 0 when either is empty.
double containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace vigil::store
