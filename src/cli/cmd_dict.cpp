// vigil dict lint / dict stats: checks and counts for a dictionary set (docs/dictionary-format.md).
#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/resources.h"
#include "lexicon/dict_lint.h"
#include "lexicon/dict_stats.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::cli {
namespace {

struct DictArgs {
  std::vector<std::string> dicts;  // vigil folders read as one set; empty: the shipped ones
  std::string petrarch;  // a PETRARCH verbs file, with its actors/agents/discards files beside it
};

void add_dict_options(CLI::App* cmd, DictArgs& args) {
  auto* dicts = cmd->add_option("--dicts", args.dicts,
                                "Dictionary folder; repeat it to read several folders as one set (default: the "
                                "shipped dictionaries, hand-written and generated)");
  cmd->add_option("--petrarch", args.petrarch,
                  "A PETRARCH set instead: its verbs file (PREFIX.verbs.txt); PREFIX.actors.txt, PREFIX.agents.txt "
                  "and PREFIX.discards.txt beside it are read when present")
      ->excludes(dicts);
}

// Loads the set named by `args` into `dicts`, collecting the loader's problems. Returns the folders read (none for a
// PETRARCH set).
std::vector<std::string> load(const DictArgs& args, lexicon::Dictionaries& dicts, std::vector<InputProblem>& problems) {
  if (!args.petrarch.empty()) {
    lexicon::PetrarchFiles files;
    files.verbs = args.petrarch;
    std::string stem = args.petrarch;
    if (stem.size() > 10 && stem.ends_with(".verbs.txt")) stem.resize(stem.size() - 10);
    std::error_code ec;
    if (std::string f = stem + ".actors.txt"; std::filesystem::exists(f, ec)) files.actors.push_back(f);
    if (std::string f = stem + ".agents.txt"; std::filesystem::exists(f, ec)) files.agents = f;
    if (std::string f = stem + ".discards.txt"; std::filesystem::exists(f, ec)) files.discards = f;
    lexicon::load_petrarch_set(files, dicts, problems);
    return {};
  }
  std::vector<std::string> dirs = args.dicts.empty() ? default_dicts_dirs() : args.dicts;
  lexicon::load_vigil_folders(dirs, dicts, problems);
  return dirs;
}

// The set's exclusion list: verbs/EXCLUDED.md of the first folder that has one.
lexicon::ExclusionList exclusions(const std::vector<std::string>& dirs) {
  for (const std::string& dir : dirs) {
    lexicon::ExclusionList l = lexicon::read_exclusions(lexicon::exclusions_path(dir));
    if (l.found) return l;
  }
  return {};
}

std::string join(const std::vector<std::string>& dirs) {
  std::string out;
  for (const std::string& d : dirs) out += (out.empty() ? "" : " + ") + d;
  return out;
}

std::string counts_text(const lexicon::DictStats& st) {
  const lexicon::DictCounts& c = st.counts;
  std::string out;
  auto line = [&](std::string_view label, size_t n, std::string extra = "") {
    out += fmt::format("{:<14}{:>7}{}\n", label, n, extra.empty() ? "" : "  (" + extra + ")");
  };
  line("actors", c.actors,
       fmt::format("countries {}, orgs {}, persons {}, other {}", c.countries, c.orgs, c.persons, c.other_actors));
  line("actor phrases", c.actor_phrases);
  line("role lines", c.role_lines);
  line("agents", c.agents, fmt::format("{} phrases with plurals", c.agent_phrases));
  line("synonym sets", c.synsets);
  line("verb blocks", c.verb_groups, fmt::format("{} verbs", c.verbs));
  line("noun blocks", c.noun_groups, fmt::format("{} nouns", c.nouns));
  line("patterns", c.patterns);
  line("discards", c.discards);
  return out;
}

nlohmann::json counts_json(const lexicon::DictCounts& c) {
  return {{"actors", c.actors},
          {"countries", c.countries},
          {"orgs", c.orgs},
          {"persons", c.persons},
          {"other_actors", c.other_actors},
          {"actor_phrases", c.actor_phrases},
          {"role_lines", c.role_lines},
          {"agents", c.agents},
          {"agent_phrases", c.agent_phrases},
          {"synsets", c.synsets},
          {"verb_groups", c.verb_groups},
          {"noun_groups", c.noun_groups},
          {"verbs", c.verbs},
          {"nouns", c.nouns},
          {"patterns", c.patterns},
          {"discards", c.discards}};
}

}  // namespace

void add_dict_commands(CLI::App& app, Action& action) {
  CLI::App* dict = app.add_subcommand("dict", "Check dictionaries (lint) and count what they hold (stats)");
  dict->require_subcommand(1);

  struct LintArgs : DictArgs {
    bool strict = false;
  };
  auto lint_args = std::make_shared<LintArgs>();
  CLI::App* lint = dict->add_subcommand(
      "lint",
      "Report malformed lines and what loading cannot catch: phrases with two codes, unknown CAMEO codes, "
      "overlapping roles, patterns that can never win, unused synonym sets. Exit 1 on errors");
  add_dict_options(lint, *lint_args);
  lint->add_flag("--strict", lint_args->strict, "Warnings fail too (exit 1)");
  lint->callback([&action, lint_args] {
    action = [lint_args] {
      lexicon::Dictionaries dicts;
      std::vector<InputProblem> problems;
      std::vector<std::string> dirs = load(*lint_args, dicts, problems);
      std::vector<lexicon::LintFinding> findings = lexicon::lint(dicts);
      lexicon::add_problem_findings(problems, dicts, findings, "error");
      if (!dirs.empty()) {
        lexicon::ExclusionList excl = exclusions(dirs);
        auto more = lexicon::lint_exclusions(excl, lexicon::dict_stats(dicts, excl), dicts);
        findings.insert(findings.end(), more.begin(), more.end());
      }
      lexicon::sort_findings(dicts, findings);
      size_t errors = 0, warnings = 0;
      std::string out;
      for (const lexicon::LintFinding& f : findings) {
        (f.severity == "error" ? errors : warnings)++;
        out += lexicon::format_finding(dicts, f) + "\n";
      }
      out += fmt::format("{} error{}, {} warning{} in {} actors, {} agents, {} verb blocks, {} patterns\n", errors,
                         errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", dicts.actors.size(),
                         dicts.agents.size(), dicts.groups.size(), dicts.patterns.size());
      std::fputs(out.c_str(), stdout);
      std::fflush(stdout);
      return errors || (lint_args->strict && warnings) ? kExitFailure : kExitOk;
    };
  });

  struct StatsArgs : DictArgs {
    std::string format = "text";
    bool codes = false;
    bool fail_on_missing = false;
  };
  auto stats_args = std::make_shared<StatsArgs>();
  CLI::App* stats = dict->add_subcommand(
      "stats", "Count entries by kind and list the CAMEO codes no pattern or verb produces (see verbs/EXCLUDED.md)");
  add_dict_options(stats, *stats_args);
  stats->add_option("--format", stats_args->format, "Output format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  stats->add_flag("--codes", stats_args->codes,
                  "Also list every 3- and 4-digit CAMEO code: its patterns and verbs, or why it is excluded");
  stats->add_flag("--fail-on-missing", stats_args->fail_on_missing,
                  "Exit 1 when a code is neither produced nor excluded");
  stats->callback([&action, stats_args] {
    action = [stats_args] {
      lexicon::Dictionaries dicts;
      std::vector<InputProblem> problems;
      std::vector<std::string> dirs = load(*stats_args, dicts, problems);
      for (const InputProblem& p : problems) fmt::print(stderr, "{}\n", p.to_string());
      if (!problems.empty())
        fmt::print(stderr, "{} problem{} while loading; counts are of what loaded (see vigil dict lint)\n",
                   problems.size(), problems.size() == 1 ? "" : "s");
      lexicon::ExclusionList excl = exclusions(dirs);
      lexicon::DictStats st = lexicon::dict_stats(dicts, excl);
      std::string source = dirs.empty() ? stats_args->petrarch : join(dirs);

      if (stats_args->format == "json") {
        nlohmann::json j;
        j["dicts"] = source;
        j["exclusions"] = excl.found ? nlohmann::json(excl.file) : nlohmann::json(nullptr);
        j["counts"] = counts_json(st.counts);
        j["codes"] = {{"total", st.codes.size()},
                      {"covered", st.covered},
                      {"excluded", st.excluded},
                      {"missing", st.missing},
                      {"root_patterns", st.root_patterns}};
        nlohmann::json missing = nlohmann::json::array();
        for (const auto& c : st.codes)
          if (c.status == lexicon::CodeStatus::kMissing) missing.push_back(c.code);
        j["missing"] = missing;
        if (stats_args->codes) {
          nlohmann::json table = nlohmann::json::array();
          for (const auto& c : st.codes) {
            nlohmann::json row = {{"code", c.code},
                                  {"name", std::string(c.name)},
                                  {"status", std::string(lexicon::to_string(c.status))},
                                  {"patterns", c.patterns},
                                  {"verbs", c.verbs}};
            if (!c.reason.empty()) row["reason"] = c.reason;
            table.push_back(std::move(row));
          }
          j["code_table"] = std::move(table);
        }
        fmt::print("{}\n", j.dump(2));
      } else {
        std::string out = fmt::format("{:<14}{}\n", "dictionaries", source);
        out += counts_text(st);
        out += fmt::format("{:<14}{:>7}  (3- and 4-digit CAMEO codes: {} covered, {} excluded, {} missing)\n",
                           "codes", st.codes.size(), st.covered, st.excluded, st.missing);
        out += fmt::format("{:<14}{}\n", "exclusions", excl.found ? excl.file : "none (no verbs/EXCLUDED.md)");
        if (stats_args->codes) {
          out += "\ncode  status    patterns  verbs  name / reason\n";
          for (const auto& c : st.codes) {
            out += fmt::format("{:<5} {:<9} {:>8} {:>6}  {}", c.code, lexicon::to_string(c.status), c.patterns,
                               c.verbs, c.name);
            if (c.status == lexicon::CodeStatus::kExcluded) out += " -- excluded: " + c.reason;
            out += '\n';
          }
        } else if (st.missing) {
          out += "missing:";
          size_t col = 8;
          for (const auto& c : st.codes) {
            if (c.status != lexicon::CodeStatus::kMissing) continue;
            if (col + c.code.size() + 1 > 110) {
              out += "\n        ";
              col = 8;
            }
            out += " " + c.code;
            col += c.code.size() + 1;
          }
          out += "\n";
        }
        std::fputs(out.c_str(), stdout);
      }
      std::fflush(stdout);
      return stats_args->fail_on_missing && st.missing ? kExitFailure : kExitOk;
    };
  });
}

}  // namespace vigil::cli
