// vigil eval-events: codes a hand-made gold set (tests/data/gold/events.jsonl: one sentence per line with its
// events) and prints how many gold events vigil finds with the right category and the right actors.
#include <fstream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/coding_setup.h"
#include "cli/command.h"
#include "cli/gold_file.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "ingest/input_error.h"

namespace vigil::cli {

void add_eval_events_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string gold;
    std::string dicts;
    std::string model;
    bool show = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "eval-events", "Score event coding on a hand-coded gold set (JSONL: text, published, events[source, target, cameo])");
  cmd->add_option("gold", args->gold, "The gold file, e.g. tests/data/gold/events.jsonl")->required();
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_flag("--show", args->show, "Print each gold event vigil misses or gets wrong");
  cmd->callback([&action, args] {
    action = [args] {
      // One coder for every item, set up as `vigil code` (city names are actors); each item is a story of its own.
      const CodingSetup setup = load_coding_setup(args->dicts, args->model);
      auto coder = setup.coder();
      size_t gold_events = 0, category_found = 0, actors_right = 0, country_right = 0, coded = 0, coded_matching = 0;
      size_t distractor_items = 0, distractor_clean = 0;
      for_each_gold_item(args->gold, [&](const nlohmann::json& item, uint64_t line_no) {
        Document doc;
        doc.id = item.value("id", "");
        doc.text = item.at("text").get<std::string>();
        if (item.contains("published") && item["published"].is_string()) doc.published = item["published"];
        doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
        std::vector<coding::Event> events;
        coder->code(doc, events);
        coded += events.size();
        const auto& gold = item.at("events");
        if (gold.empty()) {
          ++distractor_items;
          if (events.empty()) ++distractor_clean;
        }
        for (const coding::Event& e : events) {
          bool match = false;
          for (const auto& g : gold)
            if (g.at("cameo").get<std::string>().substr(0, 2) == e.cameo.substr(0, 2)) match = true;
          if (match) ++coded_matching;
        }
        for (const auto& g : gold) {
          ++gold_events;
          std::string root = g.at("cameo").get<std::string>().substr(0, 2);
          std::string gs = g.at("source").is_string() ? g.at("source").get<std::string>() : "";
          std::string gt = g.at("target").is_string() ? g.at("target").get<std::string>() : "";
          const coding::Event* best = nullptr;
          int best_score = -1;
          for (const coding::Event& e : events) {
            if (e.cameo.substr(0, 2) != root) continue;
            std::string es = e.source.code, et = e.target ? e.target->code : "";
            int score = (es == gs) * 2 + (et == gt) * 2 + (es.substr(0, 3) == gs.substr(0, 3)) + (et.substr(0, 3) == gt.substr(0, 3));
            if (score > best_score) best = &e, best_score = score;
          }
          std::string verdict;
          if (!best) {
            verdict = "missed";
          } else {
            ++category_found;
            std::string es = best->source.code, et = best->target ? best->target->code : "";
            if (es == gs && et == gt) ++actors_right;
            else verdict = fmt::format("actors {}>{} (gold {}>{})", es, et.empty() ? "-" : et, gs, gt.empty() ? "-" : gt);
            if (es.substr(0, 3) == gs.substr(0, 3) && et.substr(0, 3) == gt.substr(0, 3)) ++country_right;
          }
          if (args->show && !verdict.empty())
            fmt::print("{} {} {}>{} {}: {}\n    {}\n", item.value("id", ""), g.at("cameo").get<std::string>(), gs,
                       gt.empty() ? "-" : gt, verdict, "", doc.text);
        }
      });
      auto pct = [](size_t a, size_t b) { return b ? 100.0 * a / b : 0.0; };
      fmt::print("gold events: {}\n", gold_events);
      fmt::print("category found (same CAMEO root): {} ({:.1f}%)\n", category_found, pct(category_found, gold_events));
      fmt::print("actors right where found (exact codes): {} ({:.1f}%)\n", actors_right, pct(actors_right, category_found));
      fmt::print("actors right where found (countries): {} ({:.1f}%)\n", country_right, pct(country_right, category_found));
      fmt::print("coded events: {}, of which in a gold root of their sentence: {} ({:.1f}%)\n", coded, coded_matching,
                 pct(coded_matching, coded));
      fmt::print("sentences with no gold event left uncoded: {} of {}\n", distractor_clean, distractor_items);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
