// vigil ingest, query, show and export as a user runs them, on the bundled samples; and on the wire corpus
// (Corpus*): ingesting twice changes nothing, and an ingest killed with SIGKILL then rerun ends with exactly the
// events of an uninterrupted run.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

#include "lexicon/dict_text.h"
#include "run_vigil.h"
#include "store/sqlite.h"

namespace vigil::test {
namespace {

namespace fs = std::filesystem;

std::string temp_db(const std::string& name) {
  fs::path p = fs::temp_directory_path() / ("vigil-cli-store-" + std::to_string(::getpid()) + "-" + name + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
  return p.string();
}

int64_t rows(const std::string& db, const std::string& table) {
  store::Database d(db);
  store::Statement st = d.prepare("SELECT count(*) FROM " + table);
  st.step();
  return st.int64(0);
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string_view> parts;
  lexicon::split_like_getline(s, '\n', parts);
  return {parts.begin(), parts.end()};
}

TEST(StoreCli, IngestSamplesTwiceStoresThemOnce) {
  std::string db = temp_db("samples");
  RunResult r = run_vigil(std::string("ingest ") + VIGIL_SAMPLES_DIR + " --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("added"), std::string::npos) << r.err;
  int64_t docs = rows(db, "documents"), events = rows(db, "events"), mentions = rows(db, "mentions");
  EXPECT_GE(docs, 3);
  EXPECT_GT(events, 0);
  r = run_vigil(std::string("ingest ") + VIGIL_SAMPLES_DIR + " --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(" 0 added, 0 replaced"), std::string::npos) << r.err;
  EXPECT_EQ(rows(db, "documents"), docs);
  EXPECT_EQ(rows(db, "events"), events);
  EXPECT_EQ(rows(db, "mentions"), mentions);

  // query: every merged event, JSONL when not on a terminal.
  r = run_vigil("query --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> q = lines(r.out);
  EXPECT_EQ(static_cast<int64_t>(q.size()), rows(db, "merged_events"));
  nlohmann::json first = nlohmann::json::parse(q.at(0));
  EXPECT_TRUE(first.contains("reports"));
  EXPECT_TRUE(first.contains("independent_sources"));
  std::string id = first["event"];

  r = run_vigil("query --db " + db + " --format table");
  EXPECT_EQ(r.out.rfind("event ", 0), 0u) << r.out;
  r = run_vigil("query --db " + db + " --format csv --cameo 06");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& l : lines(r.out)) EXPECT_TRUE(l.starts_with("event,") || l.find(",06") != std::string::npos) << l;
  r = run_vigil("query --db " + db + " --reports");
  EXPECT_EQ(static_cast<int64_t>(lines(r.out).size()), events);

  r = run_vigil("show " + id + " --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("event " + id), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("mention "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rule: "), std::string::npos) << r.out;
  r = run_vigil("show ev-0000000000000000 --db " + db);
  EXPECT_EQ(r.exit_code, 1);

  r = run_vigil("export --format gdelt --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& l : lines(r.out)) EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 60) << l;
  r = run_vigil("export --format icews --db " + db);
  std::vector<std::string> icews = lines(r.out);
  ASSERT_FALSE(icews.empty());
  EXPECT_TRUE(icews[0].starts_with("Event ID\tEvent Date\t"));
  for (const std::string& l : icews) EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 19) << l;
  r = run_vigil("export --format plover --db " + db);
  for (const std::string& l : lines(r.out)) EXPECT_TRUE(nlohmann::json::parse(l).contains("event"));
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
}

TEST(StoreCli, ChangedDocumentIsRecoded) {
  std::string db = temp_db("changed");
  std::string one = R"({"id": "x1", "outlet": "A", "published": "2024-01-02", "text": "Russia attacked Ukraine."})";
  std::string two = R"({"id": "x1", "outlet": "A", "published": "2024-01-02", "text": "Canada sent troops to Latvia."})";
  RunResult r = run_vigil("ingest - --db " + db, one + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_vigil("ingest - --db " + db, two + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 replaced"), std::string::npos) << r.err;
  EXPECT_EQ(rows(db, "documents"), 1);
  r = run_vigil("query --reports --db " + db);
  EXPECT_EQ(r.out.find("UKR"), std::string::npos) << r.out;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
}

TEST(StoreCli, BadInputAndMissingStore) {
  std::string db = temp_db("bad");
  RunResult r = run_vigil("ingest - --db " + db, "{\"id\": \"ok\", \"text\": \"Russia attacked Ukraine.\"}\n{broken\n");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("-:2:"), std::string::npos) << r.err;
  EXPECT_EQ(rows(db, "documents"), 1);
  std::string stop = temp_db("stop");
  r = run_vigil("ingest - --stop-on-error --db " + stop,
                "{\"id\": \"ok\", \"text\": \"Russia attacked Ukraine.\"}\n{broken\n");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(rows(stop, "documents"), 1);  // the documents before the bad record are kept
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(stop + suffix);
  r = run_vigil("query --db /nonexistent/vigil.db");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no event store"), std::string::npos) << r.err;
  r = run_vigil("export --format xml --db " + db);
  EXPECT_EQ(r.exit_code, 2);
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
}

TEST(StoreCli, EvalMergeScoresTheGoldSet) {
  RunResult r = run_vigil("eval-merge");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("reports: 79 of 32 gold events"), std::string::npos) << r.out;
  // The merge itself, on the reports whose main event is coded: the issue's targets.
  std::string line = r.out.substr(r.out.find("merge, reports whose main event is coded"));
  double p = std::stod(line.substr(line.find("precision ") + 10));
  double rec = std::stod(line.substr(line.find("recall ") + 7));
  EXPECT_GE(p, 0.9) << r.out;
  EXPECT_GE(rec, 0.8) << r.out;
  EXPECT_NE(r.out.find("end to end, every report"), std::string::npos) << r.out;
  r = run_vigil("eval-merge /nonexistent/merge.jsonl");
  EXPECT_EQ(r.exit_code, 1);
}

// The wire corpus, shared by the corpus tests: one uninterrupted ingest.
class CorpusStore : public ::testing::Test {
 protected:
  static std::string corpus() { return std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz"; }
  static void SetUpTestSuite() {
    if (!fs::exists(corpus())) return;
    db_ = new std::string(temp_db("wire"));
    RunResult r = run_vigil("ingest " + corpus() + " --db " + *db_);
    ingest_exit_ = r.exit_code;
    ingest_err_ = new std::string(r.err);
  }
  static void TearDownTestSuite() {
    if (db_)
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(*db_ + suffix);
    delete db_;
    delete ingest_err_;
    db_ = nullptr;
    ingest_err_ = nullptr;
  }
  void SetUp() override {
    if (!db_) GTEST_SKIP() << corpus() << " is absent";
    ASSERT_EQ(ingest_exit_, 0) << *ingest_err_;
  }
  static std::string* db_;
  static std::string* ingest_err_;
  static int ingest_exit_;
};
std::string* CorpusStore::db_ = nullptr;
std::string* CorpusStore::ingest_err_ = nullptr;
int CorpusStore::ingest_exit_ = -1;

TEST_F(CorpusStore, IngestingTwiceLeavesTheSameRowCounts) {
  const char* tables[] = {"documents", "sentences", "events", "mentions", "actors", "merged_events", "coder_versions"};
  std::vector<int64_t> before;
  for (const char* t : tables) before.push_back(rows(*db_, t));
  EXPECT_EQ(before[0], 2452);
  EXPECT_GT(before[2], 1000);
  RunResult r = run_vigil("ingest " + corpus() + " --db " + *db_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2452 documents read: 0 added, 0 replaced, 2452 unchanged"), std::string::npos) << r.err;
  for (size_t i = 0; i < std::size(tables); ++i) EXPECT_EQ(rows(*db_, tables[i]), before[i]) << tables[i];
}

TEST_F(CorpusStore, KilledIngestRerunEndsWithTheUninterruptedEvents) {
  std::string killed = temp_db("killed");
  // Start an ingest with small batches and kill it with SIGKILL once some batches are committed.
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(VIGIL_BINARY, VIGIL_BINARY, "ingest", corpus().c_str(), "--db", killed.c_str(), "--batch", "16",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  int64_t stored = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (!fs::exists(killed)) continue;
    try {
      stored = rows(killed, "documents");
    } catch (const std::exception&) {
      continue;  // the schema is still being created
    }
    if (stored >= 700) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  EXPECT_GE(stored, 700);
  EXPECT_LT(rows(killed, "documents"), 2452);

  RunResult r = run_vigil("ingest " + corpus() + " --db " + killed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* t : {"documents", "sentences", "events", "mentions", "merged_events"})
    EXPECT_EQ(rows(killed, t), rows(*db_, t)) << t;
  // The same events, merged the same way, with the same counts and evidence.
  RunResult a = run_vigil("query --reports --format jsonl --db " + *db_);
  RunResult b = run_vigil("query --reports --format jsonl --db " + killed);
  EXPECT_TRUE(a.out == b.out) << "report events differ after a killed and resumed ingest";
  a = run_vigil("query --format jsonl --db " + *db_);
  b = run_vigil("query --format jsonl --db " + killed);
  EXPECT_FALSE(a.out.empty());
  EXPECT_TRUE(a.out == b.out) << "merged events differ after a killed and resumed ingest";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(killed + suffix);
}

}  // namespace
}  // namespace vigil::test
