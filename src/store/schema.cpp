#include "store/schema.h"

#include <array>

#include <fmt/format.h>

namespace vigil::store {
namespace {

// Version 1: documents, the sentences that hold events, in-story events with their mentions (each mention carries its
// evidence), actors seen, and the coder versions that produced each document's events.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE coder_versions (
  version_key INTEGER PRIMARY KEY,
  vigil TEXT NOT NULL,        -- vigil's version
  model TEXT NOT NULL,        -- the parser model file and a hash of its bytes
  dictionaries TEXT NOT NULL, -- the dictionary folders and a hash of their files
  UNIQUE (vigil, model, dictionaries)
);
CREATE TABLE documents (
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  outlet TEXT,
  url TEXT,
  published TEXT,
  title TEXT,
  content_hash TEXT NOT NULL,  -- of outlet, url, published, title and text: a change means recoding
  text TEXT NOT NULL,
  source_file TEXT,
  source_line INTEGER,
  version_key INTEGER NOT NULL REFERENCES coder_versions,
  sentences INTEGER NOT NULL    -- how many sentences the document has
);
CREATE TABLE sentences (
  doc_key INTEGER NOT NULL REFERENCES documents,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;
CREATE TABLE events (
  event_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,  -- the id of the event's first mention
  doc_key INTEGER NOT NULL REFERENCES documents,
  sentence INTEGER NOT NULL,
  source_code TEXT, source_country TEXT, source_sectors TEXT, source_text TEXT,
  target_code TEXT, target_country TEXT, target_sectors TEXT, target_text TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER, goldstein REAL,
  plover_type TEXT, plover_mode TEXT,
  date TEXT, date_precision TEXT, date_basis TEXT,
  place_name TEXT, place_country TEXT, place_admin1 TEXT, place_lat REAL, place_lon REAL, place_precision TEXT,
  place_geonames_id INTEGER,
  modality TEXT, attribution TEXT, confirmation TEXT,
  mentions INTEGER NOT NULL,
  story_merge TEXT  -- why several mentions are one event (NULL for a single mention)
);
CREATE INDEX events_doc ON events (doc_key);
CREATE INDEX events_date ON events (date);
CREATE TABLE mentions (
  mention_key INTEGER PRIMARY KEY,
  event_key INTEGER NOT NULL REFERENCES events,
  doc_key INTEGER NOT NULL REFERENCES documents,
  id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  source_code TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER, source_rule TEXT,
  target_code TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER, target_rule TEXT,
  cameo TEXT NOT NULL,
  verb TEXT, verb_begin INTEGER, verb_end INTEGER,
  rule TEXT,  -- the dictionary rule that coded it
  speaker_code TEXT, speaker_text TEXT
);
CREATE INDEX mentions_event ON mentions (event_key);
CREATE INDEX mentions_doc ON mentions (doc_key);
CREATE TABLE actors (
  code TEXT NOT NULL,
  name TEXT NOT NULL,  -- as written
  country TEXT,
  sectors TEXT,
  rule TEXT,
  PRIMARY KEY (code, name)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
)sql";

// Version 2: reports of one real-world event merged across outlets and days. Each event points at the event that
// represents its merged group; the representative holds the counts.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE events ADD COLUMN merged_into INTEGER;  -- event_key of the group's representative
ALTER TABLE events ADD COLUMN merge_reason TEXT;    -- why this report joined the group (NULL for the representative)
ALTER TABLE events ADD COLUMN source_group INTEGER; -- reports with the same value are copies of one story
CREATE INDEX events_merged ON events (merged_into);
CREATE TABLE merged_events (
  event_key INTEGER PRIMARY KEY REFERENCES events,  -- the representative report event
  reports INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  first_published TEXT,
  last_published TEXT
);
INSERT OR REPLACE INTO meta VALUES ('merge_dirty', '1');
)sql";

constexpr std::array<Migration, 2> kMigrations = {{
    {1, "documents, sentences, events, mentions, actors, coder versions", kV1},
    {2, "merged reports across outlets and days", kV2},
}};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }
int current_schema_version() { return kMigrations.back().version; }

int schema_version(Database& db) {
  Statement st = db.prepare("PRAGMA user_version");
  return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

void migrate(Database& db, int target) {
  if (target < 0) target = current_schema_version();
  int have = schema_version(db);
  if (have > current_schema_version())
    throw StoreError(fmt::format("{}: the event store has schema version {}, newer than this vigil knows ({}); use a "
                                 "newer vigil",
                                 db.path(), have, current_schema_version()));
  for (const Migration& m : kMigrations) {
    if (m.version <= have || m.version > target) continue;
    Transaction tx(db);
    try {
      db.exec(std::string(m.sql));
    } catch (const StoreError& e) {
      throw StoreError(fmt::format("migration to schema version {} ({}) failed: {}", m.version, m.what, e.what()));
    }
    db.exec(fmt::format("PRAGMA user_version = {}", m.version));
    tx.commit();
  }
}

}  // namespace vigil::store
