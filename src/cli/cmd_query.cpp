// vigil query, show and export: reading the event store. query lists events (merged events by default, every one
// unless filtered), show prints one event with all its reports and evidence, export writes GDELT, ICEWS, PLOVER,
// CSV or JSONL.
#include <unistd.h>

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/document_input.h"
#include "lexicon/cameo.h"
#include "store/event_store.h"
#include "store/exports.h"

namespace vigil::cli {

namespace {

std::unique_ptr<store::EventStore> open_existing(const std::string& db) {
  if (db != ":memory:" && !std::filesystem::exists(db))
    throw std::runtime_error(fmt::format("{}: no event store here (run 'vigil ingest FILES --db {}' first)", db, db));
  return store::open_sqlite_store(db);
}

void add_filters(CLI::App* cmd, store::EventFilter& f) {
  cmd->add_option("--actor", f.actor, "Source or target actor code (prefix: RUS matches RUSMIL)");
  cmd->add_option("--source", f.source, "Source actor code (prefix)");
  cmd->add_option("--target", f.target, "Target actor code (prefix)");
  cmd->add_option("--country", f.country, "Source or target country (ISO alpha-3)");
  cmd->add_option("--source-country", f.source_country, "Source country");
  cmd->add_option("--target-country", f.target_country, "Target country");
  cmd->add_option("--cameo", f.cameo, "CAMEO code or root (19 matches 190-196)")->check([](const std::string& v) {
    return lexicon::find_cameo(v) ? std::string() : "not a CAMEO code: " + v;
  });
  cmd->add_option("--plover", f.plover, "PLOVER event type (ASSAULT, PROTEST, ...)");
  cmd->add_option("--quad-class", f.quad_class, "QuadClass 1-4")->check(CLI::Range(1, 4));
  auto date_check = [](const std::string& v) {
    return v.size() == 10 && v[4] == '-' && v[7] == '-' ? std::string() : "not a date (YYYY-MM-DD): " + v;
  };
  cmd->add_option("--from", f.from, "Events on or after this date (YYYY-MM-DD)")->check(date_check);
  cmd->add_option("--to", f.to, "Events on or before this date (YYYY-MM-DD)")->check(date_check);
  cmd->add_option("--modality", f.modality, "asserted, negated, hedged, conditional, intended, demanded, historical");
  cmd->add_option("--confirmation", f.confirmation, "Confirmation status");
  cmd->add_option("--outlet", f.outlet, "Events with a report from this outlet");
  cmd->add_option("--place", f.place, "Place name (any part) or country code of the place");
  cmd->add_flag("--reports", f.reports, "One row per report instead of per merged event");
}

std::string clip(std::string s, size_t width) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  if (s.size() <= width) return s;
  size_t cut = width > 3 ? width - 3 : width;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return s.substr(0, cut) + "...";
}

const std::string& table_header() {
  static const std::string h = fmt::format("{:<19} {:<10} {:<10} {:<10} {:<5} {:<28} {:>3} {:>3} {:>3}  {}\n", "event",
                                           "date", "source", "target", "cameo", "what", "rep", "out", "src", "evidence");
  return h;
}

void append_table_row(const store::EventRecord& e, std::string& out) {
  const lexicon::CameoCode* c = lexicon::find_cameo(e.cameo);
  fmt::format_to(std::back_inserter(out), "{:<19} {:<10} {:<10} {:<10} {:<5} {:<28} {:>3} {:>3} {:>3}  {}\n", e.id,
                 e.date.substr(0, 10), clip(e.source.code, 10), clip(e.target ? e.target->code : "-", 10), e.cameo,
                 clip(c ? std::string(c->name) : "", 28), e.reports, e.outlets, e.independent_sources,
                 clip(e.evidence, 70));
}

}  // namespace

void add_query_commands(CLI::App& app, Action& action) {
  {
    struct Args {
      std::string db = "vigil.db";
      store::EventFilter filter;
      std::string format;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand("query", "List stored events (every one unless filtered; merged reports count once)");
    cmd->add_option("--db", args->db, "The event store")->capture_default_str();
    add_filters(cmd, args->filter);
    cmd->add_option("--format", args->format, "table, jsonl or csv (default: table on a terminal, JSONL otherwise)")
        ->check(CLI::IsMember({"table", "jsonl", "csv"}));
    cmd->callback([&action, args] {
      action = [args]() -> int {
        auto st = open_existing(args->db);
        std::string format = args->format.empty() ? (isatty(STDOUT_FILENO) == 1 ? "table" : "jsonl") : args->format;
        std::string out;
        if (format == "table") out += table_header();
        else if (format == "csv") out += store::export_header(store::ExportFormat::csv);
        size_t rows = 0;
        st->query(args->filter, [&](const store::EventRecord& e) {
          ++rows;
          if (format == "table") append_table_row(e, out);
          else store::append_export(format == "csv" ? store::ExportFormat::csv : store::ExportFormat::jsonl, e, out);
          if (out.size() > (1 << 20)) {
            write_stdout(out);
            out.clear();
          }
        });
        if (format == "table") out += fmt::format("({} event{})\n", rows, rows == 1 ? "" : "s");
        write_stdout(out);
        return kExitOk;
      };
    });
  }
  {
    struct Args {
      std::string db = "vigil.db";
      std::string id;
      bool json = false;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand("show", "Print an event with all its reports and their evidence sentences");
    cmd->add_option("event", args->id, "Event id (of the merged event or any of its reports or mentions)")->required();
    cmd->add_option("--db", args->db, "The event store")->capture_default_str();
    cmd->callback([&action, args] {
      action = [args]() -> int {
        auto st = open_existing(args->db);
        std::optional<store::EventDetail> d = st->show(args->id);
        if (!d) {
          std::fprintf(stderr, "vigil: %s: no event %s\n", args->db.c_str(), args->id.c_str());
          return kExitFailure;
        }
        const store::EventRecord& e = d->event;
        const lexicon::CameoCode* c = lexicon::find_cameo(e.cameo);
        std::string out = fmt::format("event {}\n  {} -> {}: {} {}", e.id, e.source.code, e.target ? e.target->code : "-",
                                      e.cameo, c ? std::string(c->name) : "");
        if (!e.plover_type.empty()) out += fmt::format(" (PLOVER {})", e.plover_type);
        out += fmt::format("\n  date {} ({}{})", e.date.empty() ? "unknown" : e.date, e.date_precision,
                           e.date_basis.empty() ? "" : ", " + e.date_basis);
        if (!e.place_name.empty() || !e.place_country.empty())
          out += fmt::format("; place {} {}", e.place_name, e.place_country);
        if (!e.modality.empty()) out += fmt::format("; modality {}", e.modality);
        if (!e.confirmation.empty()) out += fmt::format("; confirmation {}", e.confirmation);
        out += fmt::format("\n  {} report{}, {} outlet{}, {} independent source{}, {} mention{}\n", e.reports,
                           e.reports == 1 ? "" : "s", e.outlets, e.outlets == 1 ? "" : "s", e.independent_sources,
                           e.independent_sources == 1 ? "" : "s", e.mentions, e.mentions == 1 ? "" : "s");
        for (const store::ReportRecord& r : d->reports) {
          const store::EventRecord& x = r.event;
          out += fmt::format("\nreport {} (source {}): document {}, {}, published {}{}\n", x.id, r.source_group + 1,
                             x.doc, x.outlet.empty() ? "no outlet" : x.outlet, x.published.empty() ? "?" : x.published,
                             x.url.empty() ? "" : ", " + x.url);
          out += fmt::format("  {} -> {}: {}\n", x.source.code, x.target ? x.target->code : "-", x.cameo);
          if (!x.merge_reason.empty()) out += fmt::format("  merged: {}\n", x.merge_reason);
          if (!x.story_merge.empty()) out += fmt::format("  mentions merged in the story: {}\n", x.story_merge);
          for (const store::MentionRecord& m : r.mentions) {
            out += fmt::format("  mention {} (sentence {}): {} [{}] -> {} [{}] {} \"{}\"\n    {}\n    rule: {}\n", m.id,
                               m.sentence + 1, m.source_code, m.source_text, m.target_code.empty() ? "-" : m.target_code,
                               m.target_text, m.cameo, m.verb, m.evidence, m.rule);
          }
        }
        write_stdout(out);
        return kExitOk;
      };
    });
  }
  {
    struct Args {
      std::string db = "vigil.db";
      store::EventFilter filter;
      std::string format;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "export", "Write stored events as GDELT 2.0 (61 columns), ICEWS (20 columns), PLOVER JSON, CSV or JSONL");
    cmd->add_option("--db", args->db, "The event store")->capture_default_str();
    cmd->add_option("--format", args->format, "gdelt, icews, plover, csv or jsonl")
        ->required()
        ->check(CLI::IsMember({"gdelt", "icews", "plover", "csv", "jsonl"}));
    add_filters(cmd, args->filter);
    cmd->callback([&action, args] {
      action = [args]() -> int {
        auto st = open_existing(args->db);
        store::ExportFormat f = store::export_format(args->format);
        std::string out = store::export_header(f);
        st->query(args->filter, [&](const store::EventRecord& e) {
          store::append_export(f, e, out);
          if (out.size() > (1 << 20)) {
            write_stdout(out);
            out.clear();
          }
        });
        write_stdout(out);
        return kExitOk;
      };
    });
  }
}

}  // namespace vigil::cli
