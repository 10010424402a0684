// vigil eval-merge: scores the merge of reports across outlets and days on a hand-made gold set
// (tests/data/gold/merge.jsonl: one report per line with the real-world event it belongs to). Each report is coded
// and stored as a document (its outlet and publication date from the item) in a private in-memory store, reports are
// merged exactly as `vigil ingest` merges them, and pairs of reports are scored.
//
// How a report is placed: its "main event" is the coded event that agrees with the gold main event's code family
// (best actor agreement first). A report whose main event vigil does not code at all is a cluster of its own: that
// costs recall, as it would for a user. Two figures are printed: over every report (end to end: coding misses
// count), and over the reports whose main event was coded (the merge alone).
//
// Pairwise scores: a gold pair is two reports with the same main event (the first id of `event_cluster`). A predicted
// pair is two reports placed in one merged event; it is correct when the reports share any gold event (a report that
// holds two events may join either). Precision = correct predicted pairs / predicted pairs; recall = gold pairs
// predicted / gold pairs.
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/coding_setup.h"
#include "cli/command.h"
#include "cli/gold_file.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "ingest/input_error.h"
#include "store/event_store.h"
#include "store/merge_rules.h"

namespace vigil::cli {

namespace {

struct GoldReport {
  std::string id;
  std::vector<std::string> clusters;  // main first
  std::string wire;                   // "" for an independent report
  std::string source, target, cameo;  // the main event
};

struct Scores {
  size_t gold_pairs = 0, predicted_pairs = 0, correct_predicted = 0, gold_found = 0;
  double precision() const { return predicted_pairs ? double(correct_predicted) / double(predicted_pairs) : 1.0; }
  double recall() const { return gold_pairs ? double(gold_found) / double(gold_pairs) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

bool share(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a)
    for (const std::string& y : b)
      if (x == y) return true;
  return false;
}

}  // namespace

void add_eval_merge_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string gold;
    std::string dicts;
    std::string model;
    bool show = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "eval-merge", "Score the merge of reports across outlets and days on a gold set (pairwise precision, recall, F1)");
  cmd->add_option("gold", args->gold, "The gold file (default: the shipped tests/data/gold/merge.jsonl)");
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_flag("--show", args->show, "Print each report: its gold event, the event vigil placed it in, and why");
  cmd->callback([&action, args] {
    action = [args]() -> int {
      std::string path = args->gold.empty() ? data_dir() + "/tests/data/gold/merge.jsonl" : args->gold;
      const CodingSetup setup = load_coding_setup(args->dicts, args->model);
      auto coder_owner = setup.coder();
      events::DocumentCoder& coder = *coder_owner;
      auto store = store::open_sqlite_store(":memory:");
      const store::CoderVersion version{"eval-merge", "", ""};
      std::vector<GoldReport> gold;
      for_each_gold_item(path, [&](const nlohmann::json& item, uint64_t line_no) {
        GoldReport g;
        Document doc;
        try {
          g.id = item.at("id").get<std::string>();
          const auto& c = item.at("event_cluster");
          if (c.is_string()) g.clusters.push_back(c.get<std::string>());
          else
            for (const auto& x : c) g.clusters.push_back(x.get<std::string>());
          if (g.clusters.empty()) throw std::runtime_error("event_cluster is empty");
          if (item.at("wire_source").is_string()) g.wire = item["wire_source"].get<std::string>();
          const auto& m = item.at("main_event");
          g.source = gold_actor_code(m, "source");
          g.target = gold_actor_code(m, "target");
          g.cameo = m.at("cameo").get<std::string>();
          doc.id = g.id;
          doc.text = item.at("text").get<std::string>();
          if (item.at("outlet").is_string()) doc.outlet = item["outlet"].get<std::string>();
          if (item.at("published").is_string()) doc.published = item["published"].get<std::string>();
        } catch (const std::exception& e) {
          throw InputError(InputProblem{path, line_no, std::string("bad gold item: ") + e.what()});
        }
        doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
        std::vector<coding::Event> events;
        uint64_t before = coder.stats().sentences;
        coder.code(doc, events);
        store->put(doc, events, version, static_cast<int64_t>(coder.stats().sentences - before));
        gold.push_back(std::move(g));
      });
      store->commit();
      store->merge_reports();
      std::map<std::string, std::vector<store::EventRecord>> by_doc;
      store::EventFilter all;
      all.reports = true;
      store->query(all, [&](const store::EventRecord& e) { by_doc[e.doc].push_back(e); });

      // Each report's main event: the coded event of the gold code family with the best actor agreement.
      const size_t n = gold.size();
      std::vector<std::string> placed(n);
      std::vector<const store::EventRecord*> main(n, nullptr);
      size_t coded = 0;
      for (size_t i = 0; i < n; ++i) {
        const GoldReport& g = gold[i];
        int best = -1;
        for (const store::EventRecord& e : by_doc[g.id]) {
          if (store::code_family(e.cameo) != store::code_family(g.cameo) && e.cameo_root != g.cameo.substr(0, 2)) continue;
          auto pts = [](store::ActorMatch m) { return m == store::ActorMatch::exact ? 2 : m == store::ActorMatch::country ? 1 : 0; };
          std::string t = e.target ? e.target->code : "";
          // Either direction (a reciprocal act may be coded either way), the gold's own first on a tie.
          int forward = pts(store::match_actors(e.source.code, g.source)) + pts(store::match_actors(t, g.target));
          int backward = pts(store::match_actors(e.source.code, g.target)) + pts(store::match_actors(t, g.source));
          int score = std::max(2 * forward + 1, 2 * backward);
          if (score > best) best = score, main[i] = &e;
        }
        if (main[i]) {
          ++coded;
          placed[i] = main[i]->merged_into;
        } else {
          placed[i] = "uncoded:" + g.id;
        }
      }

      auto score = [&](bool coded_only) {
        Scores s;
        for (size_t i = 0; i < n; ++i)
          for (size_t j = i + 1; j < n; ++j) {
            if (coded_only && (!main[i] || !main[j])) continue;
            bool gold_same = gold[i].clusters.front() == gold[j].clusters.front();
            bool pred_same = placed[i] == placed[j];
            if (gold_same) ++s.gold_pairs;
            if (pred_same) ++s.predicted_pairs;
            if (pred_same && share(gold[i].clusters, gold[j].clusters)) ++s.correct_predicted;
            if (gold_same && pred_same) ++s.gold_found;
          }
        return s;
      };
      Scores all_reports = score(false), coded_reports = score(true);

      // Independent sources: among pairs of reports placed together, are copies of one wire story told apart?
      size_t same_src_pred = 0, same_src_right = 0, same_wire = 0;
      for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j) {
          if (!main[i] || !main[j] || placed[i] != placed[j]) continue;
          std::optional<store::EventDetail> d = store->show(placed[i]);
          int64_t gi = -1, gj = -1;
          if (d)
            for (const store::ReportRecord& r : d->reports) {
              if (r.event.id == main[i]->id) gi = r.source_group;
              if (r.event.id == main[j]->id) gj = r.source_group;
            }
          bool wire = !gold[i].wire.empty() && gold[i].wire == gold[j].wire;
          bool pred = gi >= 0 && gi == gj;
          same_wire += wire;
          same_src_pred += pred;
          same_src_right += pred && wire;
        }

      if (args->show) {
        for (size_t i = 0; i < n; ++i) {
          const GoldReport& g = gold[i];
          std::string ev = main[i] ? fmt::format("{} {}>{} {}", main[i]->id, main[i]->source.code,
                                                 main[i]->target ? main[i]->target->code : "-", main[i]->cameo)
                                   : "main event not coded";
          fmt::print("{} gold {} ({}>{} {}): {} -> {}\n", g.id, g.clusters.front(), g.source.empty() ? "-" : g.source,
                     g.target.empty() ? "-" : g.target, g.cameo, ev, main[i] ? placed[i] : "-");
          if (main[i] && !main[i]->merge_reason.empty()) fmt::print("    {}\n", main[i]->merge_reason);
        }
        fmt::print("\n");
      }
      std::set<std::string> clusters;
      for (const GoldReport& g : gold) clusters.insert(g.clusters.front());
      fmt::print("reports: {} of {} gold events; main event coded: {} ({:.1f}%)\n", n, clusters.size(), coded,
                 n ? 100.0 * coded / n : 0.0);
      auto line_of = [](const char* what, const Scores& s) {
        fmt::print("{}: precision {:.3f} ({}/{} pairs), recall {:.3f} ({}/{} pairs), F1 {:.3f}\n", what, s.precision(),
                   s.correct_predicted, s.predicted_pairs, s.recall(), s.gold_found, s.gold_pairs, s.f1());
      };
      line_of("merge, reports whose main event is coded", coded_reports);
      line_of("end to end, every report (uncoded reports stand alone)", all_reports);
      // Precision: predicted same-source pairs that are copies of one gold wire story; recall: gold same-wire pairs
      // (among reports merged together) that were found to be one source.
      fmt::print("independent sources, over pairs of reports merged together: {} pairs are copies of one wire story "
                 "(gold), {} were counted as one source, {} of them rightly\n",
                 same_wire, same_src_pred, same_src_right);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
