// vigil explain: how one sentence is coded, step by step — tokens, tags, the dependency tree, actor mentions, each
// verb pattern tried and why it matched or not, and the events. The dictionary author's main tool.
#include <unistd.h>

#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/gazetteer_resource.h"
#include "cli/cue_resources.h"
#include "cli/document_input.h"
#include "cli/resources.h"
#include "coding/event_coder.h"
#include "events/document_coder.h"
#include "events/event_output.h"
#include "parse/annotator.h"
#include "text/tokenizer.h"

namespace vigil::cli {
namespace {

struct Style {
  bool color = false;
  std::string bold(std::string_view s) const { return color ? fmt::format("\033[1m{}\033[0m", s) : std::string(s); }
  std::string dim(std::string_view s) const { return color ? fmt::format("\033[2m{}\033[0m", s) : std::string(s); }
  std::string green(std::string_view s) const { return color ? fmt::format("\033[32m{}\033[0m", s) : std::string(s); }
  std::string red(std::string_view s) const { return color ? fmt::format("\033[31m{}\033[0m", s) : std::string(s); }
};

void print_tree(const Sentence& s, int node, int depth, const Style& st, std::string& out) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (w.head != node) continue;
    fmt::format_to(std::back_inserter(out), "  {}{} {} {}\n", std::string(depth * 2, ' '), st.dim(w.deprel),
                   st.bold(w.form), st.dim(fmt::format("({})", i + 1)));
    print_tree(s, static_cast<int>(i) + 1, depth + 1, st, out);
  }
}

std::string mention_kind(coding::MentionKind k) {
  switch (k) {
    case coding::MentionKind::actor: return "actor";
    case coding::MentionKind::adjective: return "adjective";
    case coding::MentionKind::agent: return "agent";
    case coding::MentionKind::pronoun: return "pronoun";
    case coding::MentionKind::place: return "place";
  }
  return "?";
}

}  // namespace

void add_explain_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string text;
    std::string file;
    int sentence = -1;
    std::string published;
    std::string dicts;
    std::string model;
    std::string color = "auto";
    std::string cues;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("explain", "Show how a sentence is coded: tokens, tree, actors, patterns tried, events");
  cmd->add_option("sentence", args->text, "The sentence to explain (or use --file and --index)");
  cmd->add_option("--file", args->file, "A document (text or JSONL: its first record) to take the sentence from");
  cmd->add_option("--index", args->sentence, "The sentence's index in the document (0-based; all when omitted)");
  cmd->add_option("--published", args->published, "Publication date (YYYY-MM-DD): picks people's roles");
  cmd->add_option("--dicts", args->dicts, "Dictionary folder, or petrarch:FILE.verbs.txt (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_option("--color", args->color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--cues", args->cues, "Modality and attribution cue file or folder (default: shipped)");
  cmd->callback([&action, args] {
    action = [args] {
      if (args->text.empty() && args->file.empty()) throw CLI::ValidationError("give a sentence or --file");
      Style st;
      st.color = args->color == "always" || (args->color == "auto" && isatty(STDOUT_FILENO));
      auto model = load_parser_model(args->model);
      auto lex = load_lexicon(args->dicts);
      Document doc;
      if (!args->file.empty()) {
        DocumentInput in;
        in.files = {args->file};
        in.published = args->published;
        auto docs = in.open();
        if (!docs->next(doc)) throw std::runtime_error(args->file + ": no document");
      } else {
        doc.id = "explain";
        doc.text = args->text;
        doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
      }
      if (!args->published.empty()) doc.published = args->published;
      std::vector<Sentence> sentences = tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = shipped_sentence_model()});
      parse::Annotator annotator(*model);
      auto gazetteer = load_gazetteer();
      coding::EventCoder coder(*lex);
      coder.set_gazetteer(gazetteer.get());
      coder.start_document(doc);
      for (Sentence& s : sentences) coder.may_hold_event(s);
      std::string out;
      for (size_t si = 0; si < sentences.size(); ++si) {
        Sentence& s = sentences[si];
        annotator.annotate(s);
        coding::SentenceTrace trace;
        std::vector<coding::Event> events;
        coder.code_sentence(s, static_cast<int>(si), events, &trace);
        if (args->sentence >= 0 && static_cast<int>(si) != args->sentence) continue;
        fmt::format_to(std::back_inserter(out), "{} {}\n{}\n\n", st.bold("Sentence"), si, s.text);
        fmt::format_to(std::back_inserter(out), "{}\n", st.bold("Tokens"));
        for (size_t i = 0; i < s.words.size(); ++i) {
          const Word& w = s.words[i];
          fmt::format_to(std::back_inserter(out), "  {:>3} {:<18} {:<14} {:<6} {:<5} {:>3} {:<12} {}\n", i + 1, w.form,
                         w.lemma, w.upos, w.xpos, w.head, w.deprel, st.dim(fmt::format("{}:{}", w.span.begin, w.span.end)));
        }
        fmt::format_to(std::back_inserter(out), "\n{}\n", st.bold("Tree"));
        print_tree(s, 0, 0, st, out);
        fmt::format_to(std::back_inserter(out), "\n{}\n", st.bold("Actors"));
        if (trace.mentions.empty()) out += "  (none)\n";
        for (const coding::Mention& m : trace.mentions) {
          fmt::format_to(std::back_inserter(out), "  {:<28} {:<10} {:<9} head {:<3} {}\n", m.ref.text, m.ref.code,
                         mention_kind(m.kind), m.head, st.dim(m.ref.rule));
          // An actor taken from an earlier mention says which, so the analyst can check it.
          if (!m.antecedent.empty()) fmt::format_to(std::back_inserter(out), "      from {}\n", m.antecedent);
        }
        fmt::format_to(std::back_inserter(out), "\n{}\n", st.bold("Patterns"));
        if (!trace.skipped.empty()) fmt::format_to(std::back_inserter(out), "  skipped: {}\n", trace.skipped);
        if (trace.trials.empty() && trace.skipped.empty()) out += "  (no dictionary verb)\n";
        for (const coding::PatternTrial& t : trace.trials) {
          std::string what = t.pattern == lexicon::kNone
                                 ? std::string("(the verb itself)")
                                 : fmt::format("{}  {}", lex->dicts().patterns[t.pattern].text,
                                               st.dim(lex->where(lex->dicts().patterns[t.pattern].where)));
          fmt::format_to(std::back_inserter(out), "  {} {:<14} {}\n      {}\n", t.matched ? st.green("match") : st.red("no   "),
                         s.words[t.verb_word - 1].form, what, st.dim(t.why));
        }
        fmt::format_to(std::back_inserter(out), "\n{}\n", st.bold("Events"));
        if (events.empty()) out += "  (none)\n";
        for (const coding::Event& e : events)
          fmt::format_to(std::back_inserter(out), "  {} -> {}  {}  ({} \"{}\")\n      {}\n", e.source.code,
                         e.target ? e.target->code : "-", st.bold(e.cameo), e.evidence.verb, e.source.text,
                         st.dim(e.evidence.rule));
        out += "\n";
      }
      // The story-level view: modality, attribution and confirmation of each event, with the words that decided them.
      auto cues = load_cue_lexicon(args->cues);
      events::DocumentCoder story_coder(*model, *lex);
      story_coder.set_sentence_model(shipped_sentence_model());
      story_coder.set_cues(*cues);
      story_coder.set_gazetteer(gazetteer.get());
      std::vector<coding::Event> story_events;
      story_coder.code(doc, story_events);
      fmt::format_to(std::back_inserter(out), "{}\n", st.bold("Modality, attribution, confirmation"));
      if (story_events.empty()) out += "  (no events)\n";
      for (const coding::Event& e : story_events) {
        if (args->sentence >= 0 && e.sentence != args->sentence) continue;
        fmt::format_to(std::back_inserter(out), "  sentence {} \"{}\" {} -> {}  {}\n", e.sentence, e.evidence.verb,
                       e.source.code, e.target ? e.target->code : "-", st.bold(e.cameo));
        fmt::format_to(std::back_inserter(out), "      modality      {:<12} {}\n", e.modality.value_or("-"),
                       st.dim(e.modality_reason.empty() ? "(no cue: plain statement)" : e.modality_reason));
        std::string chain;
        for (const coding::AttributionLink& l : e.attribution.value_or(std::vector<coding::AttributionLink>{}))
          chain += fmt::format("{}{} \"{}\"{}", chain.empty() ? "" : " -> ", l.kind, l.name,
                               l.code.empty() ? "" : " " + l.code);
        fmt::format_to(std::back_inserter(out), "      attribution   {} {}\n", chain.empty() ? "(none)" : chain,
                       st.dim(e.attribution_reason));
        fmt::format_to(std::back_inserter(out), "      confirmation  {:<12} {}\n", e.confirmation.value_or("-"),
                       st.dim(e.confirmation_reason.empty() ? "(no later statement)" : e.confirmation_reason));
      }
      for (const events::Quote& q : story_coder.quotes())
        fmt::format_to(std::back_inserter(out), "  quote (sentence {}) \"{}\" {}\n", q.sentence, q.text,
                       st.dim(q.speaker ? "said by " + q.speaker->name : "speaker unknown"));
      // Dates and places of the events, with the words that decided them.
      {
        events::DocumentCoder dp_coder(*model, *lex);
        dp_coder.set_sentence_model(shipped_sentence_model());
        dp_coder.set_gazetteer(gazetteer.get());
        std::vector<coding::Event> dp_events;
        dp_coder.code(doc, dp_events);
        fmt::format_to(std::back_inserter(out), "\n{}\n", st.bold("Date and place"));
        if (dp_events.empty()) out += "  (no events)\n";
        for (const coding::Event& e : dp_events) {
          if (args->sentence >= 0 && e.sentence != args->sentence) continue;
          fmt::format_to(std::back_inserter(out), "  sentence {} \"{}\" {} -> {}  {}\n", e.sentence, e.evidence.verb,
                         e.source.code, e.target ? e.target->code : "-", st.bold(e.cameo));
          fmt::format_to(std::back_inserter(out), "      date   {} {} {}  {}\n", e.date.empty() ? "null" : e.date,
                         e.date_precision.empty() ? "-" : e.date_precision, e.date_basis, st.dim(e.date_reason));
          std::string place = "none";
          if (e.place)
            place = fmt::format("{} ({}, {}{})", e.place->name, e.place->country.empty() ? "-" : e.place->country,
                                e.place->precision, e.place->admin1.empty() ? "" : ", " + e.place->admin1);
          fmt::format_to(std::back_inserter(out), "      place  {}  {}\n", place, st.dim(e.place_reason));
        }
      }
      write_stdout(out);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
