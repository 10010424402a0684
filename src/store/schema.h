// The event store's schema and its migrations. The version lives in SQLite's `PRAGMA user_version`; opening a store
// applies, in one transaction each, every migration after the stored version. A store written by a newer vigil is
// refused rather than guessed at.
#pragma once

#include <span>
#include <string_view>

#include "store/sqlite.h"

namespace vigil::store {

struct Migration {
  int version;           // the schema version after this migration
  std::string_view what;  // one line, for messages
  std::string_view sql;
};

// Every migration, oldest first. The current schema version is the last one's.
std::span<const Migration> migrations();
int current_schema_version();

// The store's schema version (0 for an empty file).
int schema_version(Database& db);

// Brings `db` up to `target` (default: current). Throws StoreError when the file is newer than this vigil.
void migrate(Database& db, int target = -1);

}  // namespace vigil::store
