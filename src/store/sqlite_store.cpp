// The SQLite event store: one file, WAL journal, batched transactions, prepared statements.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "lexicon/cameo.h"
#include "store/event_store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/story_merge.h"

namespace vigil::store {

std::string content_hash(const Document& doc) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    h = (h ^ 0xff) * 0x100000001b3ULL;
  };
  mix(doc.outlet);
  mix(doc.url);
  mix(doc.published);
  mix(doc.title);
  mix(doc.text);
  return fmt::format("h-{:016x}", h);
}

namespace {

std::string join_sectors(const std::vector<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : " ") + x;
  return out;
}

std::string attribution_json(const coding::Event& e) {
  if (!e.attribution) return {};
  nlohmann::ordered_json links = nlohmann::ordered_json::array();
  for (const coding::AttributionLink& l : *e.attribution) {
    nlohmann::ordered_json j;
    j["kind"] = l.kind;
    j["name"] = l.name;
    j["code"] = l.code.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(l.code);
    j["span"] = l.span ? nlohmann::ordered_json::array({l.span->begin, l.span->end}) : nlohmann::ordered_json(nullptr);
    links.push_back(j);
  }
  return links.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The columns of an EventRecord, in the order read_record expects.
constexpr std::string_view kRecordColumns = R"sql(
  e.id, r.id, e.merge_reason,
  e.source_code, e.source_country, e.source_sectors, e.source_text,
  e.target_code, e.target_country, e.target_sectors, e.target_text,
  e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
  e.date, e.date_precision, e.date_basis,
  e.place_name, e.place_country, e.place_admin1, e.place_precision, e.place_lat, e.place_lon, e.place_geonames_id,
  e.modality, e.attribution, e.confirmation,
  m.reports, m.outlets, m.independent_sources, m.mentions, m.first_published, m.last_published,
  d.id, d.outlet, d.url, d.published, e.sentence, s.text, h.verb, h.rule, h.verb_begin, h.verb_end, e.story_merge,
  e.mentions, e.source_group)sql";

constexpr std::string_view kRecordFrom = R"sql(
  FROM events e
  JOIN documents d ON d.doc_key = e.doc_key
  LEFT JOIN events r ON r.event_key = e.merged_into
  LEFT JOIN merged_events m ON m.event_key = e.merged_into
  LEFT JOIN sentences s ON s.doc_key = e.doc_key AND s.idx = e.sentence
  LEFT JOIN mentions h ON h.mention_key = (SELECT min(mention_key) FROM mentions WHERE event_key = e.event_key))sql";

EventRecord read_record(const Statement& st, bool as_report) {
  EventRecord r;
  int c = 0;
  r.id = st.text(c++);
  r.merged_into = st.text(c++);
  r.merge_reason = st.text(c++);
  r.source.code = st.text(c++);
  r.source.country = st.text(c++);
  r.source.sectors = st.text(c++);
  r.source.text = st.text(c++);
  if (!st.is_null(c)) {
    ActorRecord t;
    t.code = st.text(c);
    t.country = st.text(c + 1);
    t.sectors = st.text(c + 2);
    t.text = st.text(c + 3);
    r.target = t;
  }
  c += 4;
  r.cameo = st.text(c++);
  r.cameo_root = st.text(c++);
  r.quad_class = static_cast<int>(st.int64(c++));
  if (!st.is_null(c)) r.goldstein = st.real(c);
  ++c;
  r.plover_type = st.text(c++);
  r.plover_mode = st.text(c++);
  r.date = st.text(c++);
  r.date_precision = st.text(c++);
  r.date_basis = st.text(c++);
  r.place_name = st.text(c++);
  r.place_country = st.text(c++);
  r.place_admin1 = st.text(c++);
  r.place_precision = st.text(c++);
  if (!st.is_null(c)) r.lat = st.real(c);
  ++c;
  if (!st.is_null(c)) r.lon = st.real(c);
  ++c;
  r.geonames_id = st.int64(c++);
  r.modality = st.text(c++);
  r.attribution_json = st.text(c++);
  r.confirmation = st.text(c++);
  bool has_group = !st.is_null(c);
  r.reports = has_group ? st.int64(c) : 1;
  r.outlets = has_group ? st.int64(c + 1) : 1;
  r.independent_sources = has_group ? st.int64(c + 2) : 1;
  r.mentions = has_group ? st.int64(c + 3) : 1;
  r.first_published = st.text(c + 4);
  r.last_published = st.text(c + 5);
  c += 6;
  r.doc = st.text(c++);
  r.outlet = st.text(c++);
  r.url = st.text(c++);
  r.published = st.text(c++);
  r.sentence = static_cast<int>(st.int64(c++));
  r.evidence = st.text(c++);
  r.verb = st.text(c++);
  r.rule = st.text(c++);
  r.verb_begin = st.int64(c++);
  r.verb_end = st.int64(c++);
  r.story_merge = st.text(c++);
  int64_t own_mentions = st.int64(c++);
  if (as_report || !has_group) {
    // A report event's own counts: one report, its own mentions.
    r.reports = r.outlets = r.independent_sources = 1;
    r.mentions = own_mentions;
    if (r.first_published.empty() || as_report) r.first_published = r.last_published = r.published;
  }
  if (r.merged_into.empty()) r.merged_into = r.id;
  return r;
}

class SqliteStore final : public EventStore {
 public:
  explicit SqliteStore(const std::string& path) : db_(path) {
    if (path != ":memory:") {
      Statement wal = db_.prepare("PRAGMA journal_mode = WAL");
      wal.step();
    }
    // WAL with NORMAL sync: a committed batch survives a killed process; an OS crash may lose the last batches,
    // never consistency. A rerun of ingest redoes whatever is missing.
    db_.exec("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536");
    migrate(db_);
    find_doc_ = std::make_unique<Statement>(db_, "SELECT doc_key, content_hash, version_key FROM documents WHERE id = ?");
  }

  // A batch that was not committed is rolled back (by ~Transaction): it may end inside a document that failed.
  ~SqliteStore() override = default;

  bool is_current(const Document& doc, const CoderVersion& version) override {
    int64_t vkey = version_key(version, false);
    if (vkey < 0) return false;
    find_doc_->bind(1, doc.id.empty() ? content_id(doc.text) : doc.id);
    bool current = false;
    if (find_doc_->step()) current = find_doc_->text(1) == content_hash(doc) && find_doc_->int64(2) == vkey;
    find_doc_->reset();
    return current;
  }

  PutResult put(const Document& doc, const std::vector<coding::Event>& events, const CoderVersion& version,
                int64_t sentence_count) override {
    if (doc.id.empty()) {
      Document named = doc;
      named.id = content_id(doc.text);
      return put(named, events, version, sentence_count);
    }
    begin();
    int64_t vkey = version_key(version, true);
    std::string hash = content_hash(doc);
    int64_t doc_key = -1;
    PutResult result = PutResult::added;
    find_doc_->bind(1, doc.id);
    if (find_doc_->step()) {
      doc_key = find_doc_->int64(0);
      if (find_doc_->text(1) == hash && find_doc_->int64(2) == vkey) result = PutResult::unchanged;
      else result = PutResult::replaced;
    }
    find_doc_->reset();
    if (result == PutResult::unchanged) return result;
    mark_merge_dirty();
    if (result == PutResult::replaced) {
      for (const char* sql : {"DELETE FROM mentions WHERE doc_key = ?", "DELETE FROM merged_events WHERE event_key IN "
                                                                        "(SELECT event_key FROM events WHERE doc_key = ?)",
                              "DELETE FROM events WHERE doc_key = ?", "DELETE FROM sentences WHERE doc_key = ?",
                              "DELETE FROM documents WHERE doc_key = ?"})
        stmt(sql).bind(1, doc_key).run();
    }
    int64_t sentences = sentence_count;
    for (const coding::Event& e : events) sentences = std::max<int64_t>(sentences, e.sentence + 1);
    Statement& ins_doc = stmt(
        "INSERT INTO documents (id, outlet, url, published, title, content_hash, text, source_file, source_line, "
        "version_key, sentences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins_doc.bind(1, doc.id).bind_text_or_null(2, doc.outlet).bind_text_or_null(3, doc.url);
    ins_doc.bind_text_or_null(4, doc.published).bind_text_or_null(5, doc.title).bind(6, hash).bind(7, doc.text);
    ins_doc.bind_text_or_null(8, doc.source_file).bind(9, static_cast<int64_t>(doc.source_line)).bind(10, vkey);
    ins_doc.bind(11, sentences).run();
    doc_key = db_.last_insert_rowid();

    std::set<int> seen_sentences;
    Statement& ins_sentence = stmt("INSERT INTO sentences (doc_key, idx, text) VALUES (?, ?, ?)");
    for (const coding::Event& e : events)
      if (seen_sentences.insert(e.sentence).second)
        ins_sentence.bind(1, doc_key).bind(2, e.sentence).bind(3, e.evidence.text).run();

    Statement& ins_event = stmt(R"sql(INSERT INTO events (id, doc_key, sentence,
        source_code, source_country, source_sectors, source_text, target_code, target_country, target_sectors,
        target_text, cameo, cameo_root, quad_class, goldstein, plover_type, plover_mode, date, date_precision,
        date_basis, place_name, place_country, place_admin1, place_lat, place_lon, place_precision,
        place_geonames_id, modality, attribution, confirmation, mentions, story_merge)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql");
    Statement& ins_mention = stmt(R"sql(INSERT INTO mentions (event_key, doc_key, id, sentence, source_code,
        source_text, source_begin, source_end, source_rule, target_code, target_text, target_begin, target_end,
        target_rule, cameo, verb, verb_begin, verb_end, rule, speaker_code, speaker_text)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql");
    Statement& ins_actor = stmt("INSERT OR IGNORE INTO actors (code, name, country, sectors, rule) VALUES (?,?,?,?,?)");
    auto add_actor = [&](const coding::ActorRef& a) {
      if (a.code.empty()) return;
      ins_actor.bind(1, a.code).bind(2, a.text).bind_text_or_null(3, a.country);
      ins_actor.bind_text_or_null(4, join_sectors(a.sectors)).bind_text_or_null(5, a.rule).run();
    };

    for (const StoryEvent& g : merge_story(events)) {
      const coding::Event& h = events[g.head];
      const coding::Event& first = events[g.mentions.front()];
      const lexicon::CameoCode* c = lexicon::find_cameo(h.cameo);
      Statement& s = ins_event;
      int i = 1;
      s.bind(i++, first.id.empty() ? coding::event_id(first) : first.id); s.bind(i++, doc_key); s.bind(i++, h.sentence);
      s.bind(i++, h.source.code); s.bind_text_or_null(i++, h.source.country);
      s.bind_text_or_null(i++, join_sectors(h.source.sectors)); s.bind(i++, h.source.text);
      if (h.target) {
        s.bind(i++, h.target->code); s.bind_text_or_null(i++, h.target->country);
        s.bind_text_or_null(i++, join_sectors(h.target->sectors)); s.bind(i++, h.target->text);
      } else {
        for (int k = 0; k < 4; ++k) s.bind_null(i++);
      }
      s.bind(i++, h.cameo); s.bind(i++, h.cameo.substr(0, 2));
      if (c) {
        s.bind(i++, static_cast<int>(c->quad_class())); s.bind(i++, c->goldstein);
        s.bind_text_or_null(i++, c->plover_type); s.bind_text_or_null(i++, c->plover_mode);
      } else {
        for (int k = 0; k < 4; ++k) s.bind_null(i++);
      }
      s.bind_text_or_null(i++, h.date); s.bind_text_or_null(i++, h.date_precision); s.bind_text_or_null(i++, h.date_basis);
      if (h.place) {
        const coding::Place& p = *h.place;
        s.bind(i++, p.name); s.bind_text_or_null(i++, p.country); s.bind_text_or_null(i++, p.admin1);
        if (p.has_coordinates) { s.bind(i++, p.lat); s.bind(i++, p.lon); }
        else { s.bind_null(i++); s.bind_null(i++); }
        s.bind_text_or_null(i++, p.precision);
        if (p.geonames_id) s.bind(i++, p.geonames_id);
        else s.bind_null(i++);
      } else {
        for (int k = 0; k < 7; ++k) s.bind_null(i++);
      }
      s.bind(i++, h.modality); s.bind_text_or_null(i++, attribution_json(h)); s.bind(i++, h.confirmation);
      s.bind(i++, static_cast<int64_t>(g.mentions.size())); s.bind_text_or_null(i++, g.reason);
      s.run();
      int64_t event_key = db_.last_insert_rowid();
      for (size_t m : g.mentions) {
        const coding::Event& e = events[m];
        Statement& t = ins_mention;
        int j = 1;
        t.bind(j++, event_key); t.bind(j++, doc_key); t.bind(j++, e.id.empty() ? coding::event_id(e) : e.id);
        t.bind(j++, e.sentence); t.bind(j++, e.source.code); t.bind(j++, e.source.text);
        t.bind(j++, static_cast<int64_t>(e.source.span.begin)); t.bind(j++, static_cast<int64_t>(e.source.span.end));
        t.bind_text_or_null(j++, e.source.rule);
        if (e.target) {
          t.bind(j++, e.target->code); t.bind(j++, e.target->text);
          t.bind(j++, static_cast<int64_t>(e.target->span.begin)); t.bind(j++, static_cast<int64_t>(e.target->span.end));
          t.bind_text_or_null(j++, e.target->rule);
        } else {
          for (int k = 0; k < 5; ++k) t.bind_null(j++);
        }
        t.bind(j++, e.cameo); t.bind(j++, e.evidence.verb);
        t.bind(j++, static_cast<int64_t>(e.evidence.verb_span.begin)); t.bind(j++, static_cast<int64_t>(e.evidence.verb_span.end));
        t.bind(j++, e.evidence.rule);
        if (e.speaker) { t.bind(j++, e.speaker->code); t.bind(j++, e.speaker->text); }
        else { t.bind_null(j++); t.bind_null(j++); }
        t.run();
        add_actor(e.source);
        if (e.target) add_actor(*e.target);
      }
    }
    return result;
  }

  void commit() override {
    if (!tx_) return;
    tx_->commit();
    tx_.reset();
  }

  bool merge_pending() override {
    Statement st = db_.prepare("SELECT value FROM meta WHERE key = 'merge_dirty'");
    return st.step() && st.text(0) == "1";
  }

  void merge_reports(const MergeOptions& options) override {
    commit();
    std::vector<ReportEvent> events;
    std::vector<ReportDocument> docs;
    std::vector<int64_t> event_keys;
    std::map<int64_t, size_t> doc_index;
    {
      Statement st = db_.prepare(R"sql(SELECT e.event_key, e.id, e.doc_key, d.id, d.outlet, d.published, d.text,
          e.source_code, e.target_code, e.cameo, e.date, e.date_precision, e.date_basis, e.place_name,
          e.place_country, e.place_precision, s.text
          FROM events e JOIN documents d ON d.doc_key = e.doc_key
          LEFT JOIN sentences s ON s.doc_key = e.doc_key AND s.idx = e.sentence
          ORDER BY e.event_key)sql");
      while (st.step()) {
        int64_t dk = st.int64(2);
        auto [it, fresh] = doc_index.try_emplace(dk, docs.size());
        if (fresh) docs.push_back(ReportDocument{st.text(3), st.text(4), st.text(5), st.text(6)});
        ReportEvent e;
        e.id = st.text(1);
        e.doc = it->second;
        e.source = st.text(7);
        e.target = st.text(8);
        e.cameo = st.text(9);
        e.date = st.text(10);
        e.date_precision = st.text(11);
        e.date_basis = st.text(12);
        e.place_name = st.text(13);
        e.place_country = st.text(14);
        e.place_precision = st.text(15);
        e.evidence = st.text(16);
        events.push_back(std::move(e));
        event_keys.push_back(st.int64(0));
      }
    }
    MergeResult res = store::merge_reports(events, docs, options);
    Transaction tx(db_);
    db_.exec("DELETE FROM merged_events");
    Statement upd = db_.prepare("UPDATE events SET merged_into = ?, merge_reason = ?, source_group = ? WHERE event_key = ?");
    Statement ins = db_.prepare(
        "INSERT INTO merged_events (event_key, reports, outlets, independent_sources, mentions, first_published, "
        "last_published) VALUES (?, ?, ?, ?, (SELECT sum(mentions) FROM events WHERE merged_into = ?), ?, ?)");
    for (const MergedGroup& g : res.groups) {
      int64_t rep = event_keys[g.events.front()];
      std::string first, last;
      for (size_t i : g.events) {
        upd.bind(1, rep).bind_text_or_null(2, res.reason[i]).bind(3, static_cast<int64_t>(res.source_group[i]));
        upd.bind(4, event_keys[i]).run();
        const std::string& p = docs[events[i].doc].published;
        if (!p.empty() && (first.empty() || p < first)) first = p;
        if (!p.empty() && (last.empty() || p > last)) last = p;
      }
      ins.bind(1, rep).bind(2, static_cast<int64_t>(g.reports)).bind(3, static_cast<int64_t>(g.outlets));
      ins.bind(4, static_cast<int64_t>(g.independent_sources)).bind(5, rep).bind_text_or_null(6, first);
      ins.bind_text_or_null(7, last).run();
    }
    db_.exec("INSERT OR REPLACE INTO meta VALUES ('merge_dirty', '0')");
    tx.commit();
  }

  void query(const EventFilter& f, const std::function<void(const EventRecord&)>& each) override {
    std::string sql = fmt::format("SELECT {} {} WHERE 1", kRecordColumns, kRecordFrom);
    std::vector<std::string> args;
    auto add = [&](const std::string& clause, std::initializer_list<std::string> values) {
      sql += " AND (" + clause + ")";
      for (const std::string& v : values) args.push_back(v);
    };
    // Until reports are merged (ingest --no-merge), every event stands for itself.
    if (!f.reports) sql += " AND coalesce(e.merged_into, e.event_key) = e.event_key";
    if (!f.actor.empty()) add("e.source_code LIKE ? || '%' OR e.target_code LIKE ? || '%'", {f.actor, f.actor});
    if (!f.source.empty()) add("e.source_code LIKE ? || '%'", {f.source});
    if (!f.target.empty()) add("e.target_code LIKE ? || '%'", {f.target});
    if (!f.country.empty()) add("e.source_country = ? OR e.target_country = ?", {f.country, f.country});
    if (!f.source_country.empty()) add("e.source_country = ?", {f.source_country});
    if (!f.target_country.empty()) add("e.target_country = ?", {f.target_country});
    if (!f.cameo.empty()) add("e.cameo LIKE ? || '%'", {f.cameo});
    if (!f.plover.empty()) add("upper(e.plover_type) = upper(?)", {f.plover});
    if (f.quad_class) add("e.quad_class = ?", {std::to_string(f.quad_class)});
    if (!f.from.empty()) add("e.date >= ?", {f.from});
    if (!f.to.empty()) add("substr(e.date, 1, 10) <= ?", {f.to});
    if (!f.modality.empty()) add("e.modality = ?", {f.modality});
    if (!f.confirmation.empty()) add("e.confirmation = ?", {f.confirmation});
    if (!f.outlet.empty()) {
      if (f.reports) add("lower(d.outlet) = lower(?)", {f.outlet});
      else
        add("EXISTS (SELECT 1 FROM events o JOIN documents od ON od.doc_key = o.doc_key WHERE o.merged_into = "
            "e.event_key AND lower(od.outlet) = lower(?))",
            {f.outlet});
    }
    if (!f.place.empty())
      add("instr(lower(e.place_name), lower(?)) > 0 OR e.place_country = upper(?)", {f.place, f.place});
    sql += " ORDER BY e.date, e.id";
    Statement st = db_.prepare(sql);
    for (size_t i = 0; i < args.size(); ++i) st.bind(static_cast<int>(i + 1), args[i]);
    while (st.step()) each(read_record(st, f.reports));
  }

  std::optional<EventDetail> show(const std::string& id) override {
    // The merged event of an event id or a mention id.
    int64_t rep = -1;
    {
      Statement st = db_.prepare(
          "SELECT coalesce(merged_into, event_key) FROM events WHERE id = ?1 UNION ALL SELECT coalesce(e.merged_into, "
          "e.event_key) FROM mentions m JOIN events e ON e.event_key = m.event_key WHERE m.id = ?1 LIMIT 1");
      st.bind(1, id);
      if (!st.step()) return std::nullopt;
      rep = st.int64(0);
    }
    EventDetail detail;
    {
      Statement st = db_.prepare(fmt::format("SELECT {} {} WHERE e.event_key = ?", kRecordColumns, kRecordFrom));
      st.bind(1, rep);
      if (!st.step()) return std::nullopt;
      detail.event = read_record(st, false);
    }
    Statement st = db_.prepare(fmt::format(
        "SELECT {}, e.event_key {} WHERE coalesce(e.merged_into, e.event_key) = ? ORDER BY d.published, d.id, e.id",
        kRecordColumns, kRecordFrom));
    st.bind(1, rep);
    Statement ms = db_.prepare(R"sql(SELECT m.id, m.sentence, m.source_code, m.source_text, m.target_code,
        m.target_text, m.cameo, m.verb, m.rule, s.text, m.verb_begin, m.verb_end FROM mentions m
        LEFT JOIN sentences s ON s.doc_key = m.doc_key AND s.idx = m.sentence
        WHERE m.event_key = ? ORDER BY m.mention_key)sql");
    while (st.step()) {
      ReportRecord r;
      r.event = read_record(st, true);
      int cols = st.columns();
      r.source_group = st.int64(cols - 2);
      ms.bind(1, st.int64(cols - 1));
      while (ms.step()) {
        MentionRecord m;
        m.id = ms.text(0);
        m.sentence = static_cast<int>(ms.int64(1));
        m.source_code = ms.text(2);
        m.source_text = ms.text(3);
        m.target_code = ms.text(4);
        m.target_text = ms.text(5);
        m.cameo = ms.text(6);
        m.verb = ms.text(7);
        m.rule = ms.text(8);
        m.evidence = ms.text(9);
        m.verb_begin = ms.int64(10);
        m.verb_end = ms.int64(11);
        r.mentions.push_back(std::move(m));
      }
      ms.reset();
      detail.reports.push_back(std::move(r));
    }
    return detail;
  }

  StoreCounts counts() override {
    auto count = [&](const char* table) {
      Statement st = db_.prepare(fmt::format("SELECT count(*) FROM {}", table));
      st.step();
      return st.int64(0);
    };
    StoreCounts c;
    c.documents = count("documents");
    c.sentences = count("sentences");
    c.events = count("events");
    c.mentions = count("mentions");
    c.actors = count("actors");
    c.merged_events = count("merged_events");
    c.coder_versions = count("coder_versions");
    return c;
  }

 private:
  void begin() {
    if (tx_) return;
    tx_ = std::make_unique<Transaction>(db_);
    dirty_in_tx_ = false;
  }

  void mark_merge_dirty() {
    if (dirty_in_tx_) return;
    stmt("INSERT OR REPLACE INTO meta VALUES ('merge_dirty', '1')").run();
    dirty_in_tx_ = true;
  }

  // The key of `v` in coder_versions; -1 when absent and `create` is false.
  int64_t version_key(const CoderVersion& v, bool create) {
    if (cached_version_ && *cached_version_ == v && cached_version_key_ >= 0) return cached_version_key_;
    Statement& find = stmt("SELECT version_key FROM coder_versions WHERE vigil = ? AND model = ? AND dictionaries = ?");
    find.bind(1, v.vigil).bind(2, v.model).bind(3, v.dictionaries);
    int64_t key = find.step() ? find.int64(0) : -1;
    find.reset();
    if (key < 0 && create) {
      stmt("INSERT INTO coder_versions (vigil, model, dictionaries) VALUES (?, ?, ?)")
          .bind(1, v.vigil).bind(2, v.model).bind(3, v.dictionaries).run();
      key = db_.last_insert_rowid();
    }
    if (key >= 0) {
      cached_version_ = v;
      cached_version_key_ = key;
    }
    return key;
  }

  // A statement prepared once and reused.
  Statement& stmt(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
    return *it->second;
  }

  Database db_;
  std::unique_ptr<Statement> find_doc_;
  std::map<std::string, std::unique_ptr<Statement>> statements_;
  std::unique_ptr<Transaction> tx_;
  bool dirty_in_tx_ = false;
  std::optional<CoderVersion> cached_version_;
  int64_t cached_version_key_ = -1;
};

}  // namespace

std::unique_ptr<EventStore> open_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path); }

}  // namespace vigil::store
