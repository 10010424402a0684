// vigil ingest: documents in, coded and stored (with their sentences, mentions, actors and coder versions) in the
// event store; reports of one event are merged at the end. Idempotent and resumable: a document already stored with
// the same content and coder is skipped before coding, a changed one replaces its old rows, and documents are
// committed in batches, so a run killed at any moment loses at most the batch in flight, which a rerun redoes.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/coding_setup.h"
#include "cli/coder_version.h"
#include "cli/command.h"
#include "cli/document_input.h"
#include "cli/ingest_progress.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "store/event_store.h"

namespace vigil::cli {

namespace {

// Documents the inputs hold, for the bar and the ETA (a quick read without coding; problems are reported later).
uint64_t count_documents(const DocumentInput& input) {
  if (input.files.empty() || (input.files.size() == 1 && input.files[0] == "-")) return 0;
  ReadOptions options;
  options.format = input.format == "text" ? InputFormat::text
                   : input.format == "jsonl" ? InputFormat::jsonl
                                             : InputFormat::automatic;
  options.max_record_bytes = input.max_record_bytes;
  DocumentStream docs(input.files, options, [](const InputProblem&) {});
  Document d;
  uint64_t n = 0;
  while (docs.next(d)) ++n;
  return n;
}

}  // namespace

void add_ingest_commands(CLI::App& app, Action& action) {
  struct Args {
    DocumentInput input;
    std::string db = "vigil.db";
    std::string dicts;
    std::string model;
    size_t batch = 64;
    bool no_merge = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Code news documents and store them with their events in the event store (idempotent, resumable)");
  args->input.add_to(cmd);
  cmd->add_option("--db", args->db, "The event store (SQLite file, created when absent)")->capture_default_str();
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: the shipped dictionaries)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: the shipped model)");
  cmd->add_option("--batch", args->batch, "Documents per transaction (a batch is also committed every second)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("--no-merge", args->no_merge, "Do not merge reports across outlets at the end (a later ingest will)");
  cmd->callback([&action, args] {
    action = [args]() -> int {
      auto store = store::open_sqlite_store(args->db);
      store::CoderVersion version = coder_version(args->model, args->dicts);
      // The coder exactly as `vigil code` sets it up: places from the gazetteer, modality and attribution cues.
      const CodingSetup setup = load_coding_setup(args->dicts, args->model);
      auto coder_owner = setup.coder(args->input.sentence_model());
      events::DocumentCoder& coder = *coder_owner;
      uint64_t total = isatty(STDERR_FILENO) == 1 ? count_documents(args->input) : 0;
      auto docs = args->input.open();
      IngestProgress progress(total);
      Document doc;
      std::vector<coding::Event> events;
      uint64_t seen = 0, added = 0, replaced = 0, unchanged = 0, stored_events = 0, in_batch = 0;
      auto last_commit = std::chrono::steady_clock::now();
      auto next = [&] {
        try {
          return docs->next(doc);
        } catch (const InputError&) {
          store->commit();  // --stop-on-error: keep the whole documents stored so far, then stop
          throw;
        }
      };
      while (next()) {
        ++seen;
        if (store->is_current(doc, version)) {
          ++unchanged;
        } else {
          events.clear();
          uint64_t sentences_before = coder.stats().sentences;
          coder.code(doc, events);
          auto sentences = static_cast<int64_t>(coder.stats().sentences - sentences_before);
          switch (store->put(doc, events, version, sentences)) {
            case store::PutResult::added: ++added; break;
            case store::PutResult::replaced: ++replaced; break;
            case store::PutResult::unchanged: ++unchanged; break;
          }
          stored_events += events.size();
          ++in_batch;
        }
        auto now = std::chrono::steady_clock::now();
        if (in_batch >= args->batch || (in_batch > 0 && now - last_commit > std::chrono::seconds(1))) {
          store->commit();
          in_batch = 0;
          last_commit = now;
        }
        progress.update(seen, stored_events, unchanged);
      }
      store->commit();
      progress.finish();
      if (!args->no_merge && store->merge_pending()) store->merge_reports();
      store::StoreCounts c = store->counts();
      std::fprintf(stderr,
                   "vigil ingest: %llu documents read: %llu added, %llu replaced, %llu unchanged; %llu events coded. "
                   "Store %s: %lld documents, %lld events, %lld merged events, %lld mentions\n",
                   static_cast<unsigned long long>(seen), static_cast<unsigned long long>(added),
                   static_cast<unsigned long long>(replaced), static_cast<unsigned long long>(unchanged),
                   static_cast<unsigned long long>(stored_events), args->db.c_str(),
                   static_cast<long long>(c.documents), static_cast<long long>(c.events),
                   static_cast<long long>(c.merged_events), static_cast<long long>(c.mentions));
      return static_cast<int>(docs->problem_count() ? kExitDataErrors : kExitOk);
    };
  });
}

}  // namespace vigil::cli
