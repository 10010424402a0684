#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "store/event_store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "test_events.h"

namespace vigil::store {
namespace {

using test::make_doc;
using test::make_event;

const CoderVersion kV1{"test", "model a", "dicts a"};

std::string temp_db(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() / ("vigil-store-" + std::to_string(::getpid()) + "-" + name + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

int64_t count(const std::string& db, const std::string& table) {
  Database d(db);
  Statement st = d.prepare("SELECT count(*) FROM " + table);
  st.step();
  return st.int64(0);
}

struct Fixture {
  Document a = make_doc("a", "Northern Wire", "2022-10-10", "Russia fired missiles at Kyiv. Russia struck Kyiv again.");
  Document b = make_doc("b", "Baltic Monitor", "2022-10-10", "Russian missiles hit Kyiv on Monday, officials said.");
  std::vector<coding::Event> events_a{make_event(a, 0, "RUS", "UKR", "195", "Russia fired missiles at Kyiv.", 7),
                                      make_event(a, 1, "RUS", "UKR", "190", "Russia struck Kyiv again.", 38)};
  std::vector<coding::Event> events_b{make_event(b, 0, "RUSMIL", "UKR", "195", "Russian missiles hit Kyiv on Monday, officials said.", 17)};
};

TEST(SqliteStore, StoresDocumentsEventsMentionsAndActors) {
  std::string db = temp_db("basic");
  Fixture f;
  {
    auto s = open_sqlite_store(db);
    EXPECT_EQ(s->put(f.a, f.events_a, kV1, 2), PutResult::added);
    s->commit();
    StoreCounts c = s->counts();
    EXPECT_EQ(c.documents, 1);
    EXPECT_EQ(c.events, 1);  // two mentions of one strike in one story
    EXPECT_EQ(c.mentions, 2);
    EXPECT_EQ(c.sentences, 2);
    EXPECT_EQ(c.actors, 2);
    EXPECT_EQ(c.coder_versions, 1);
  }
  Database d(db);
  Statement st = d.prepare("SELECT mentions, story_merge, cameo FROM events");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.int64(0), 2);
  EXPECT_NE(st.text(1).find("family ASSAULT"), std::string::npos) << st.text(1);
  Statement j = d.prepare("PRAGMA journal_mode");
  ASSERT_TRUE(j.step());
  EXPECT_EQ(j.text(0), "wal");
}

TEST(SqliteStore, SameDocumentTwiceStoresNothingTwice) {
  std::string db = temp_db("idem");
  Fixture f;
  auto s = open_sqlite_store(db);
  s->put(f.a, f.events_a, kV1, 2);
  s->put(f.b, f.events_b, kV1, 1);
  s->commit();
  s->merge_reports();
  StoreCounts before = s->counts();
  EXPECT_TRUE(s->is_current(f.a, kV1));
  EXPECT_EQ(s->put(f.a, f.events_a, kV1, 2), PutResult::unchanged);
  EXPECT_EQ(s->put(f.b, f.events_b, kV1, 1), PutResult::unchanged);
  s->commit();
  EXPECT_FALSE(s->merge_pending());
  StoreCounts after = s->counts();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.merged_events, before.merged_events);
}

TEST(SqliteStore, ChangedDocumentReplacesItsEvents) {
  std::string db = temp_db("replace");
  Fixture f;
  auto s = open_sqlite_store(db);
  s->put(f.a, f.events_a, kV1, 2);
  s->commit();
  Document changed = f.a;
  changed.text = "Russia and Ukraine held talks in Istanbul.";
  EXPECT_FALSE(s->is_current(changed, kV1));
  std::vector<coding::Event> ev{make_event(changed, 0, "RUS", "UKR", "040", changed.text, 20)};
  EXPECT_EQ(s->put(changed, ev, kV1, 1), PutResult::replaced);
  s->commit();
  EXPECT_EQ(s->counts().documents, 1);
  EXPECT_EQ(s->counts().events, 1);
  EXPECT_EQ(s->counts().mentions, 1);
  std::vector<EventRecord> rows;
  s->merge_reports();
  s->query({}, [&](const EventRecord& e) { rows.push_back(e); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cameo, "040");
  // Another coder (new dictionaries) recodes an unchanged document.
  CoderVersion v2{"test", "model a", "dicts b"};
  EXPECT_FALSE(s->is_current(changed, v2));
  EXPECT_EQ(s->put(changed, ev, v2, 1), PutResult::replaced);
}

TEST(SqliteStore, UncommittedBatchIsRolledBack) {
  std::string db = temp_db("rollback");
  Fixture f;
  {
    auto s = open_sqlite_store(db);
    s->put(f.a, f.events_a, kV1, 2);
    s->commit();
  }
  {
    // A batch in flight when the process dies: simulated by a transaction that is never committed.
    Database d(db);
    Transaction tx(d);
    d.exec("DELETE FROM events");
  }
  EXPECT_EQ(count(db, "events"), 1);
}

TEST(SqliteStore, MigratesAnOlderSchema) {
  std::string db = temp_db("migrate");
  {
    Database d(db);
    migrate(d, 1);
    EXPECT_EQ(schema_version(d), 1);
    d.exec("INSERT INTO coder_versions (vigil, model, dictionaries) VALUES ('old', 'm', 'd')");
  }
  auto s = open_sqlite_store(db);  // brings it to the current version
  Fixture f;
  s->put(f.a, f.events_a, kV1, 2);
  s->commit();
  s->merge_reports();
  EXPECT_EQ(s->counts().merged_events, 1);
  EXPECT_EQ(s->counts().coder_versions, 2);
  Database d(db);
  EXPECT_EQ(schema_version(d), current_schema_version());
}

TEST(SqliteStore, RefusesANewerSchema) {
  std::string db = temp_db("newer");
  {
    Database d(db);
    d.exec("PRAGMA user_version = 99");
  }
  EXPECT_THROW(open_sqlite_store(db), StoreError);
}

TEST(SqliteStore, MergesReportsAcrossOutletsAndCountsThem) {
  Fixture f;
  auto s = open_sqlite_store(":memory:");
  s->put(f.a, f.events_a, kV1, 2);
  s->put(f.b, f.events_b, kV1, 1);
  s->commit();
  EXPECT_TRUE(s->merge_pending());
  s->merge_reports();
  std::vector<EventRecord> rows;
  s->query({}, [&](const EventRecord& e) { rows.push_back(e); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].reports, 2);
  EXPECT_EQ(rows[0].outlets, 2);
  EXPECT_EQ(rows[0].independent_sources, 2);
  EXPECT_EQ(rows[0].mentions, 3);
  std::optional<EventDetail> d = s->show(f.events_b[0].id);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->reports.size(), 2u);
  EXPECT_FALSE(d->reports[1].event.merge_reason.empty());
  EXPECT_EQ(d->reports[0].mentions.size(), 2u);
  EXPECT_FALSE(s->show("ev-nothing"));
}

TEST(SqliteStore, QueryFilters) {
  auto s = open_sqlite_store(":memory:");
  Document a = make_doc("a", "Northern Wire", "2022-10-10", "Russia fired missiles at Kyiv.");
  Document b = make_doc("b", "Gulf Courier", "2023-11-24", "Hamas released 13 hostages.");
  Document c = make_doc("c", "Baltic Monitor", "2023-04-04", "Finland joined NATO.");
  coding::Event strike = make_event(a, 0, "RUS", "UKR", "195", a.text);
  strike.place = coding::Place{.name = "Kyiv", .country = "UKR", .precision = "city"};
  strike.modality = "asserted";
  s->put(a, {strike}, kV1, 1);
  s->put(b, {make_event(b, 0, "PSEHMS", "ISRCVL", "0841", b.text)}, kV1, 1);
  s->put(c, {make_event(c, 0, "FIN", "IGOWSTNAT", "057", c.text)}, kV1, 1);
  s->commit();
  s->merge_reports();
  auto ids = [&](EventFilter f) {
    std::vector<std::string> docs;
    s->query(f, [&](const EventRecord& e) { docs.push_back(e.doc); });
    return docs;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({}), (V{"a", "c", "b"}));  // by date
  EXPECT_EQ(ids({.actor = "RUS"}), V{"a"});
  EXPECT_EQ(ids({.actor = "ISR"}), V{"b"});
  EXPECT_EQ(ids({.source = "ISR"}), V{});
  EXPECT_EQ(ids({.target = "IGO"}), V{"c"});
  EXPECT_EQ(ids({.country = "UKR"}), V{"a"});
  EXPECT_EQ(ids({.source_country = "PSE"}), V{"b"});
  EXPECT_EQ(ids({.target_country = "PSE"}), V{});
  EXPECT_EQ(ids({.cameo = "19"}), V{"a"});
  EXPECT_EQ(ids({.cameo = "08"}), V{"b"});
  EXPECT_EQ(ids({.plover = "assault"}), V{"a"});
  EXPECT_EQ(ids({.quad_class = 1}), V{"c"});
  EXPECT_EQ(ids({.from = "2023-01-01"}), (V{"c", "b"}));
  EXPECT_EQ(ids({.from = "2023-01-01", .to = "2023-06-30"}), V{"c"});
  EXPECT_EQ(ids({.outlet = "gulf courier"}), V{"b"});
  EXPECT_EQ(ids({.modality = "asserted"}), V{"a"});
  EXPECT_EQ(ids({.modality = "negated"}), V{});
  EXPECT_EQ(ids({.place = "kyiv"}), V{"a"});
  EXPECT_EQ(ids({.place = "UKR"}), V{"a"});
  EXPECT_EQ(ids({.place = "Gaza"}), V{});
  EXPECT_EQ(ids({.confirmation = "confirmed"}), V{});
}

TEST(SqliteStore, UnmergedEventsStandForThemselvesAndUnnamedDocumentsGetAContentId) {
  auto s = open_sqlite_store(":memory:");
  Document a = make_doc("", "", "2022-10-10", "Russia fired missiles at Kyiv.");
  std::vector<coding::Event> ev{make_event(a, 0, "RUS", "UKR", "195", a.text)};
  EXPECT_EQ(s->put(a, ev, kV1, 1), PutResult::added);
  s->commit();
  EXPECT_TRUE(s->is_current(a, kV1));
  EXPECT_EQ(s->put(a, ev, kV1, 1), PutResult::unchanged);
  std::vector<EventRecord> rows;
  s->query({}, [&](const EventRecord& e) { rows.push_back(e); });  // before any merge
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].doc, content_id(a.text));
  EXPECT_EQ(rows[0].merged_into, rows[0].id);
}

}  // namespace
}  // namespace vigil::store
