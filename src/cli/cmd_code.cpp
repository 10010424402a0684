// vigil code: documents in, coded events out (JSON Lines or TSV).
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/gazetteer_resource.h"
#include "cli/cue_resources.h"
#include "cli/document_input.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "events/event_output.h"
#include "events/quote_output.h"
#include "text/conllu.h"

namespace vigil::cli {

namespace {

// Pre-parsed input: the sentences of each "# newdoc" become one document, their texts joined by newlines so that
// offsets point into the document.
template <typename Args>
int code_conllu(const Args& args, events::DocumentCoder& coder) {
  std::vector<std::string> files = args.input.files;
  if (files.empty()) files.push_back("-");
  std::string out;
  if (args.format == "tsv" && !args.quotes) out += events::event_tsv_header();
  auto emit = [&](const std::vector<coding::Event>& events) {
    if (args.quotes)
      for (const events::Quote& q : coder.quotes()) events::append_quote_json(q, out);
    for (const coding::Event& e : events) {
      if (args.quotes || (args.asserted_only && e.modality.value_or("") != "asserted")) continue;
      if (args.format == "tsv") events::append_event_tsv(e, out);
      else events::append_event_json(e, out);
    }
    if (out.size() > (1 << 20)) {
      write_stdout(out);
      out.clear();
    }
  };
  for (const std::string& f : files) {
    ConlluReader reader(f, ConlluReadOptions{.check_annotations = false});
    Document doc;
    std::vector<Sentence> sentences;
    auto flush = [&] {
      if (sentences.empty()) return;
      if (doc.id.empty()) doc.id = content_id(doc.text);
      doc.published = args.input.published;
      std::vector<coding::Event> events;
      coder.code_parsed(doc, sentences, events);
      emit(events);
      doc = Document();
      sentences.clear();
    };
    Sentence s;
    while (reader.next(s)) {
      for (const std::string& c : s.comments)
        if (c.starts_with("newdoc")) {
          flush();
          size_t eq = c.find("= ");
          doc.id = eq == std::string::npos ? "" : c.substr(eq + 2);
        }
      if (!doc.text.empty()) doc.text += '\n';
      const uint32_t base = static_cast<uint32_t>(doc.text.size());
      doc.text += s.text;
      s.span = Span{base + s.span.begin, base + s.span.end};
      for (Word& w : s.words) w.span = Span{base + w.span.begin, base + w.span.end};
      sentences.push_back(std::move(s));
    }
    flush();
  }
  write_stdout(out);
  std::fflush(stdout);
  if (args.stats) {
    const events::CodingStats& st = coder.stats();
    std::fprintf(stderr, "documents %llu, sentences %llu, coded %llu, events %llu\n",
                 static_cast<unsigned long long>(st.documents), static_cast<unsigned long long>(st.sentences),
                 static_cast<unsigned long long>(st.parsed), static_cast<unsigned long long>(st.events));
  }
  return kExitOk;
}

}  // namespace

void add_code_commands(CLI::App& app, Action& action) {
  struct Args {
    DocumentInput input;
    std::string dicts;
    std::string model;
    std::string format = "jsonl";
    bool stats = false;
    bool conllu = false;
    std::string cues;
    bool asserted_only = false;
    std::string date_order;
    bool quotes = false;
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
  cmd->add_flag("--conllu", args->conllu,
                "FILES are parsed CoNLL-U (a document per '# newdoc'): code them without tokenizing or parsing");
  cmd->add_option("--cues", args->cues, "Modality and attribution cue file or folder (default: the shipped dicts/cues)");
  cmd->add_option("--date-order", args->date_order,
                  "The outlet's order of all-numeric dates ('9/1'): MDY or DMY; without it ambiguous ones stay "
                  "unresolved")
      ->check(CLI::IsMember({"MDY", "DMY"}));
  cmd->add_flag("--asserted-only", args->asserted_only,
                "Only events stated as having happened (modality asserted): no negated, hedged, conditional, "
                "intended, demanded or historical ones");
  cmd->add_flag("--quotes", args->quotes, "Print the documents' quotes with their speakers (JSON Lines) instead of events");
  cmd->callback([&action, args] {
    action = [args]() -> int {
      auto model = args->conllu ? std::make_unique<parse::Model>() : load_parser_model(args->model);
      auto lexicon = load_lexicon(args->dicts);
      events::DocumentCoder coder(*model, *lexicon);
      auto gazetteer = load_gazetteer();
      coder.set_gazetteer(gazetteer.get());
      if (args->date_order == "MDY") coder.set_date_order(events::DateOrder::mdy);
      if (args->date_order == "DMY") coder.set_date_order(events::DateOrder::dmy);
      auto cues = load_cue_lexicon(args->cues);
      coder.set_cues(*cues);
      coder.set_quotes_wanted(args->quotes);
      coder.set_sentence_model(args->input.sentence_model());
      if (args->conllu) return code_conllu(*args, coder);
      auto docs = args->input.open();
      Document doc;
      std::vector<coding::Event> events;
      std::string out;
      if (args->format == "tsv" && !args->quotes) out += events::event_tsv_header();
      Progress progress("vigil code");
      while (docs->next(doc)) {
        progress.update(coder.stats().documents, coder.stats().events, docs->files_done(), docs->files_total());
        if (doc.analysable_spans().empty())
          std::fprintf(stderr, "vigil: %s: warning: document %s has no text to code\n", doc.source_file.c_str(),
                       doc.id.c_str());
        events.clear();
        coder.code(doc, events);
        if (args->quotes)
          for (const events::Quote& q : coder.quotes()) events::append_quote_json(q, out);
        for (const coding::Event& e : events) {
          if (args->quotes || (args->asserted_only && e.modality.value_or("") != "asserted")) continue;
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
      return static_cast<int>(docs->problem_count() ? kExitDataErrors : kExitOk);
    };
  });
}

}  // namespace vigil::cli
