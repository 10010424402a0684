// The event store: coded documents, their events and mentions, and the merge of reports across outlets, behind one
// interface. SQLite (sqlite_store.h) is the embedded default; the interface is what ingest, queries, exports and
// the merge evaluation use, so another backend can replace it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coding/event.h"
#include "ingest/document.h"
#include "store/report_merge.h"

namespace vigil::store {

// What produced a document's events: vigil's version, the model and the dictionaries (each with a content hash).
struct CoderVersion {
  std::string vigil;
  std::string model;
  std::string dictionaries;
  bool operator==(const CoderVersion&) const = default;
};

// A hash of what coding a document depends on (outlet, URL, published date, title, text): "h-" + 16 hex digits.
std::string content_hash(const Document& doc);

enum class PutResult { added, replaced, unchanged };

// Filters of `vigil query` and `vigil export`; empty fields do not filter.
struct EventFilter {
  std::string actor{}, source{}, target{};             // actor code prefixes (actor: source or target)
  std::string country{}, source_country{}, target_country{};  // country codes (country: source or target)
  std::string cameo{};                                  // a CAMEO code or root: matches it and the codes below it
  std::string plover{};                                 // PLOVER type (ASSAULT)
  int quad_class = 0;                                   // 1-4
  std::string from{}, to{};                             // event dates, inclusive (YYYY-MM-DD)
  std::string modality{}, confirmation{};
  std::string outlet{};  // any report from this outlet
  std::string place{};   // place name (substring, any case) or country code
  bool reports = false;  // one row per report event instead of per merged event
};

struct ActorRecord {
  std::string code, country, sectors, text;  // sectors space-separated
};

// An event as queries and exports see it: a merged event (its representative report's codes) with its counts, or
// one report event.
struct EventRecord {
  std::string id;
  std::string merged_into;  // the merged event's id (itself for a representative)
  std::string merge_reason;
  ActorRecord source;
  std::optional<ActorRecord> target;
  std::string cameo, cameo_root;
  int quad_class = 0;
  std::optional<double> goldstein;
  std::string plover_type, plover_mode;
  std::string date, date_precision, date_basis;
  std::string place_name, place_country, place_admin1, place_precision;
  std::optional<double> lat, lon;
  int64_t geonames_id = 0;
  std::string modality, attribution_json, confirmation;
  int64_t reports = 1, outlets = 1, independent_sources = 1, mentions = 1;
  std::string first_published, last_published;
  // The representative report.
  std::string doc, outlet, url, published;
  int sentence = 0;
  std::string evidence, verb, rule;
  int64_t verb_begin = 0, verb_end = 0;
  std::string story_merge;
};

struct MentionRecord {
  std::string id;
  int sentence = 0;
  std::string source_code, source_text, target_code, target_text, cameo, verb, rule, evidence;
  int64_t verb_begin = 0, verb_end = 0;
};

struct ReportRecord {
  EventRecord event;
  int64_t source_group = 0;
  std::vector<MentionRecord> mentions;
};

// `vigil show`: a merged event and every report of it.
struct EventDetail {
  EventRecord event;
  std::vector<ReportRecord> reports;
};

struct StoreCounts {
  int64_t documents = 0, sentences = 0, events = 0, mentions = 0, actors = 0, merged_events = 0, coder_versions = 0;
};

class EventStore {
 public:
  virtual ~EventStore() = default;
  // True when the document is stored with the same content and was coded by the same coder: nothing to do.
  virtual bool is_current(const Document& doc, const CoderVersion& version) = 0;
  // Stores a coded document (replacing its old rows when its content or coder changed). Writes go into the current
  // batch; nothing is durable before commit(). `sentence_count`: the sentences the coder found in the document.
  virtual PutResult put(const Document& doc, const std::vector<coding::Event>& events, const CoderVersion& version,
                        int64_t sentence_count) = 0;
  // Ends the current batch (one transaction). A batch still open when the store is destroyed is rolled back.
  virtual void commit() = 0;
  // True when documents changed since reports were last merged.
  virtual bool merge_pending() = 0;
  // Recomputes the merge of reports across outlets and days over every stored event (one transaction).
  virtual void merge_reports(const MergeOptions& options = {}) = 0;
  // Events matching `filter`, by date then id.
  virtual void query(const EventFilter& filter, const std::function<void(const EventRecord&)>& each) = 0;
  // The merged event holding the event (or mention) `id`.
  virtual std::optional<EventDetail> show(const std::string& id) = 0;
  virtual StoreCounts counts() = 0;
};

// Opens (creating and migrating as needed) the SQLite store at `path` (":memory:" for a private one).
std::unique_ptr<EventStore> open_sqlite_store(const std::string& path);

}  // namespace vigil::store
