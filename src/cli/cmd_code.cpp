// vigil code: documents in, coded events out (JSON Lines or TSV).
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/document_input.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "events/event_output.h"

namespace vigil::cli {

void add_code_commands(CLI::App& app, Action& action) {
  struct Args {
    DocumentInput input;
    std::string dicts;
    std::string model;
    std::string format = "jsonl";
    bool stats = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("code", "Code the events of news documents: who did what to whom (CAMEO, PLOVER)");
  args->input.add_to(cmd);
  cmd->add_option("--dicts", args->dicts,
                  "Dictionary folder (vigil format), or petrarch:FILE.verbs.txt for a PETRARCH set (default: the "
                  "shipped dictionaries)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: the shipped model)");
  cmd->add_option("--format", args->format, "Output format: jsonl (one event per line) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_flag("--stats", args->stats, "Print counts of documents, sentences, parsed sentences and events on stderr");
  cmd->callback([&action, args] {
    action = [args] {
      auto model = load_parser_model(args->model);
      auto lexicon = load_lexicon(args->dicts);
      events::DocumentCoder coder(*model, *lexicon);
      auto docs = args->input.open();
      Document doc;
      std::vector<coding::Event> events;
      std::string out;
      if (args->format == "tsv") out += events::event_tsv_header();
      Progress progress("vigil code");
      while (docs->next(doc)) {
        progress.update(coder.stats().documents, coder.stats().events, docs->files_done(), docs->files_total());
        if (doc.analysable_spans().empty())
          std::fprintf(stderr, "vigil: %s: warning: document %s has no text to code\n", doc.source_file.c_str(),
                       doc.id.c_str());
        events.clear();
        coder.code(doc, events);
        for (const coding::Event& e : events) {
          if (args->format == "tsv") events::append_event_tsv(e, out);
          else events::append_event_json(e, out);
        }
        if (out.size() > (1 << 20)) {
          write_stdout(out);
          out.clear();
        }
      }
      write_stdout(out);
      std::fflush(stdout);
      if (args->stats) {
        const events::CodingStats& s = coder.stats();
        std::fprintf(stderr, "documents %llu, sentences %llu, parsed %llu, events %llu\n",
                     static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.sentences),
                     static_cast<unsigned long long>(s.parsed), static_cast<unsigned long long>(s.events));
      }
      return docs->problem_count() ? kExitDataErrors : kExitOk;
    };
  });
}

}  // namespace vigil::cli
