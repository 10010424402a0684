// vigil validate: codes a PETRARCH validation suite from its raw text and compares with the expected codings.
#include <filesystem>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "events/petrarch_suite.h"
#include "lexicon/load_dictionaries.h"
#include "parse/treebank.h"

namespace vigil::cli {
namespace {

std::string show(const std::set<events::ExpectedCoding>& s) {
  if (s.empty()) return "no events";
  std::string out;
  for (const auto& c : s) out += fmt::format("{}{}>{}:{}", out.empty() ? "" : " ", c.source, c.target, c.event);
  return out;
}

}  // namespace

void add_validate_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string suite;
    std::string dicts;
    std::string model;
    std::string show = "failures";
    std::string category;
    bool treebank = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("validate", "Code a PETRARCH validation suite and compare with its expected events");
  cmd->add_option("--petrarch-suite", args->suite, "The validation file (e.g. PETR.UnitTest.records.xml)")->required();
  cmd->add_option("--dicts", args->dicts,
                  "Folder holding the dictionaries the suite names in <Environment> (default: the suite's folder)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: the shipped model)");
  cmd->add_option("--show", args->show, "Which records to print: failures, all or none")
      ->check(CLI::IsMember({"failures", "all", "none"}));
  cmd->add_option("--category", args->category, "Only records of this category (DEMO, COMPOUND, ...)");
  cmd->add_flag("--treebank", args->treebank,
                "Code the Treebank parse each record carries (converted to dependencies) instead of parsing its text");
  cmd->callback([&action, args] {
    action = [args] {
      events::Suite suite = events::read_petrarch_suite(args->suite);
      std::string dir = args->dicts.empty() ? std::filesystem::path(args->suite).parent_path().string() : args->dicts;
      if (dir.empty()) dir = ".";
      lexicon::PetrarchFiles files;
      for (const std::string& f : suite.dictionary_files) {
        std::string p = dir + "/" + f;
        if (f.find(".verbs.") != std::string::npos) files.verbs = p;
        else if (f.find(".actors.") != std::string::npos) files.actors.push_back(p);
        else if (f.find(".agents.") != std::string::npos) files.agents = p;
        else if (f.find(".discards.") != std::string::npos) files.discards = p;
      }
      lexicon::Lexicon lex(lexicon::load_petrarch_set(files));
      std::unique_ptr<parse::Model> model;
      if (!args->treebank) model = load_parser_model(args->model);
      parse::Model no_model;
      size_t correct = 0, total = 0;
      for (const events::SuiteRecord& r : suite.records) {
        if (!args->category.empty() && r.category != args->category) continue;
        ++total;
        Document doc;
        doc.id = r.id;
        doc.published = r.date;
        std::vector<coding::Event> produced;
        if (args->treebank) {
          Sentence parsed;
          try {
            parsed = parse::treebank_to_dependencies(r.parse);
          } catch (const std::invalid_argument& e) {
            fmt::print(stderr, "vigil: {}: record {}: {}\n", args->suite, r.id, e.what());
          }
          doc.text = parsed.text;
          events::DocumentCoder coder(no_model, lex);
          coder.set_petrarch_options(r.options);
          coder.code_parsed(doc, {parsed}, produced);
        } else {
          doc.text = r.text;
          doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
          events::DocumentCoder coder(*model, lex);
          coder.set_petrarch_options(r.options);
          coder.code(doc, produced);
        }
        std::set<events::ExpectedCoding> want(r.expected.begin(), r.expected.end()), got;
        for (const coding::Event& e : produced)
          got.insert(events::ExpectedCoding{e.source.code, e.target ? e.target->code : "---", e.cameo});
        bool ok = want == got;
        if (ok) ++correct;
        if (args->show == "all" || (!ok && args->show == "failures"))
          fmt::print("{} {} [{}]\n  text:     {}\n  expected: {}\n  coded:    {}\n", ok ? "ok  " : "FAIL", r.id,
                     r.category, r.text, show(want), show(got));
      }
      fmt::print("PETR unit suite: {} of {} records correct\n", correct, total);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
