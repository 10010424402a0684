// vigil eval-events: codes a hand-made gold set and prints how many gold events vigil finds with the right category
// and the right actors. Two kinds of gold file: sentences with their text (tests/data/gold/events.jsonl), each
// coded as a story of its own, and references into a corpus (tests/data/gold/wire-dev.jsonl with --corpus), where
// vigil codes each referenced whole document, so story context counts, and the events of the referenced sentence
// are compared.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/coding_setup.h"
#include "cli/command.h"
#include "cli/gold_file.h"
#include "cli/gold_reference.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "ingest/input_error.h"

namespace vigil::cli {
namespace {

// Counts for one CAMEO root: gold events of the root, how many vigil found and with exact actors, and coded
// events of the root that fall in no gold root of their sentence.
struct RootTally {
  size_t gold = 0, found = 0, actors_right = 0, extra = 0;
};

struct EventTally {
  size_t gold_events = 0, category_found = 0, actors_right = 0, country_right = 0, coded = 0, coded_matching = 0;
  size_t distractor_items = 0, distractor_clean = 0;
  std::map<std::string, RootTally> by_root;
};

std::string code_or_dash(const std::string& code) { return code.empty() ? "-" : code; }
std::string root(const std::string& cameo) { return cameo.substr(0, 2); }

// A gold event vigil missed or coded with other actors, and what went wrong.
struct Verdict {
  const nlohmann::json* gold;
  std::string text;
};

// Scores the events vigil coded for one gold sentence against its gold events. Returns the gold events vigil missed
// or got wrong, with what went wrong; `extra` receives the coded events in no gold root of the sentence.
std::vector<Verdict> score_sentence(const nlohmann::json& gold, const std::vector<const coding::Event*>& events,
                                    EventTally& t, std::vector<const coding::Event*>* extra = nullptr) {
  t.coded += events.size();
  if (gold.empty()) {
    ++t.distractor_items;
    if (events.empty()) ++t.distractor_clean;
  }
  for (const coding::Event* e : events) {
    bool match = false;
    for (const auto& g : gold)
      if (root(g.at("cameo").get<std::string>()) == root(e->cameo)) match = true;
    if (match) {
      ++t.coded_matching;
    } else {
      ++t.by_root[root(e->cameo)].extra;
      if (extra) extra->push_back(e);
    }
  }
  std::vector<Verdict> wrong;
  for (const auto& g : gold) {
    ++t.gold_events;
    RootTally& rt = t.by_root[root(g.at("cameo").get<std::string>())];
    ++rt.gold;
    std::string gs = gold_actor_code(g, "source"), gt = gold_actor_code(g, "target");
    // The coded event of the same root whose actors agree best (exact codes count double, countries once).
    const coding::Event* best = nullptr;
    int best_score = -1;
    for (const coding::Event* e : events) {
      if (root(e->cameo) != root(g.at("cameo").get<std::string>())) continue;
      std::string es = e->source.code, et = e->target ? e->target->code : "";
      int score = (es == gs) * 2 + (et == gt) * 2 + (es.substr(0, 3) == gs.substr(0, 3)) + (et.substr(0, 3) == gt.substr(0, 3));
      if (score > best_score) best = e, best_score = score;
    }
    if (!best) {
      wrong.push_back({&g, "missed"});
      continue;
    }
    ++t.category_found;
    ++rt.found;
    std::string es = best->source.code, et = best->target ? best->target->code : "";
    if (es == gs && et == gt) ++t.actors_right, ++rt.actors_right;
    else wrong.push_back({&g, fmt::format("actors {}>{} (gold {}>{})", es, code_or_dash(et), gs, code_or_dash(gt))});
    if (es.substr(0, 3) == gs.substr(0, 3) && et.substr(0, 3) == gt.substr(0, 3)) ++t.country_right;
  }
  return wrong;
}

double pct(size_t a, size_t b) { return b ? 100.0 * a / b : 0.0; }

// One line per CAMEO root: a summary that says where recall is lost without showing any sentence, so it may be
// printed for a blind set.
void print_by_root(const EventTally& t) {
  fmt::print("{:<5} {:>5} {:>12} {:>13} {:>6}\n", "root", "gold", "found", "actors exact", "extra");
  for (const auto& [code, r] : t.by_root)
    fmt::print("{:<5} {:>5} {:>5} ({:>3.0f}%) {:>6} ({:>3.0f}%) {:>6}\n", code, r.gold, r.found, pct(r.found, r.gold),
               r.actors_right, pct(r.actors_right, r.found), r.extra);
}

void print_tally(const EventTally& t, bool by_root) {
  fmt::print("gold events: {}\n", t.gold_events);
  fmt::print("category found (same CAMEO root): {} ({:.1f}%)\n", t.category_found, pct(t.category_found, t.gold_events));
  fmt::print("actors right where found (exact codes): {} ({:.1f}%)\n", t.actors_right, pct(t.actors_right, t.category_found));
  fmt::print("actors right where found (countries): {} ({:.1f}%)\n", t.country_right, pct(t.country_right, t.category_found));
  fmt::print("coded events: {}, of which in a gold root of their sentence: {} ({:.1f}%)\n", t.coded, t.coded_matching,
             pct(t.coded_matching, t.coded));
  fmt::print("sentences with no gold event left uncoded: {} of {}\n", t.distractor_clean, t.distractor_items);
  if (by_root) print_by_root(t);
}

// How to score: what to print, and which coded events count (by modality; all when `modalities` is empty).
struct ScoreOptions {
  bool show = false;
  bool by_root = false;
  std::vector<std::string> modalities;

  bool counts(const coding::Event& e) const {
    if (modalities.empty()) return true;
    const std::string m = e.modality.value_or("asserted");
    return std::find(modalities.begin(), modalities.end(), m) != modalities.end();
  }
};

// Gold sentences with their own text, each coded as a story of its own.
int eval_sentences(const std::string& gold_path, events::DocumentCoder& coder, const ScoreOptions& o) {
  EventTally t;
  for_each_gold_item(gold_path, [&](const nlohmann::json& item, uint64_t) {
    Document doc;
    doc.id = item.value("id", "");
    doc.text = item.at("text").get<std::string>();
    if (item.contains("published") && item["published"].is_string()) doc.published = item["published"];
    doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
    std::vector<coding::Event> events;
    coder.code(doc, events);
    std::vector<const coding::Event*> coded;
    for (const coding::Event& e : events)
      if (o.counts(e)) coded.push_back(&e);
    for (const Verdict& v : score_sentence(item.at("events"), coded, t))
      if (o.show)
        fmt::print("{} {} {}>{} {}: {}\n    {}\n", doc.id, v.gold->at("cameo").get<std::string>(),
                   gold_actor_code(*v.gold, "source"), code_or_dash(gold_actor_code(*v.gold, "target")), v.text, "", doc.text);
  });
  print_tally(t, o.by_root);
  return kExitOk;
}

// Gold references into `corpus`: each referenced document is coded whole, once, and the events whose event word
// lies in a referenced sentence are that sentence's.
int eval_references(const std::string& gold_path, const std::string& corpus, events::DocumentCoder& coder,
                    const ScoreOptions& o) {
  std::vector<SentenceReference> refs = read_sentence_references(gold_path);
  std::map<std::string, Document> docs = resolve_sentence_references(refs, corpus, gold_path);
  std::map<std::string, std::vector<coding::Event>> coded;
  for (const auto& [id, doc] : docs) coder.code(doc, coded[id]);
  EventTally t;
  for (const SentenceReference& r : refs) {
    std::vector<const coding::Event*> in_span;
    for (const coding::Event& e : coded[r.doc])
      if (e.evidence.verb_span.begin >= r.start && e.evidence.verb_span.end <= r.end && o.counts(e))
        in_span.push_back(&e);
    std::vector<const coding::Event*> extra;
    std::vector<Verdict> wrong = score_sentence(r.events, in_span, t, &extra);
    if (!o.show || (wrong.empty() && extra.empty())) continue;
    const Document& doc = docs.at(r.doc);
    fmt::print("{}:{} {} {}-{} ({})\n    {}\n", gold_path, r.line, r.doc, r.start, r.end, doc.published,
               doc.slice(Span{r.start, r.end}));
    for (const Verdict& v : wrong)
      fmt::print("  gold {} {}>{}: {}\n", v.gold->at("cameo").get<std::string>(), gold_actor_code(*v.gold, "source"),
                 code_or_dash(gold_actor_code(*v.gold, "target")), v.text);
    for (const coding::Event* e : extra)
      fmt::print("  extra {} {}>{} \"{}\"\n", e->cameo, e->source.code, code_or_dash(e->target ? e->target->code : ""),
                 e->evidence.verb);
  }
  fmt::print("sentences: {} in {} documents\n", refs.size(), docs.size());
  print_tally(t, o.by_root);
  return kExitOk;
}

}  // namespace

void add_eval_events_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string gold;
    std::string corpus;
    std::string dicts;
    std::string model;
    ScoreOptions score;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "eval-events", "Score event coding on a hand-coded gold set (JSONL: text, published, events[source, target, cameo])");
  cmd->add_option("gold", args->gold, "The gold file, e.g. tests/data/gold/events.jsonl")->required();
  cmd->add_option("--corpus", args->corpus,
                  "The gold file refers to sentences of this corpus (doc, start, end) instead of holding text, e.g. "
                  "tests/data/gold/wire-dev.jsonl with ../shared/corpus/news/wire-1997-2006.jsonl.xz; exit code 4 "
                  "when the corpus is absent");
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_flag("--show", args->score.show, "Print each gold event vigil misses or gets wrong (with --corpus: per sentence, "
                                      "with the coded events in no gold root of the sentence)");
  cmd->add_flag("--by-root", args->score.by_root,
                "Also print, per CAMEO root, the gold events, how many were found and with exact actors, and the "
                "coded events in no gold root of their sentence (a summary that shows no sentence)");
  cmd->add_option("--modality", args->score.modalities,
                  "Count only coded events of these modalities (comma-separated), e.g. asserted,historical,intended "
                  "for the events a gold set that codes only acts and intents holds; default: every event")
      ->delimiter(',')
      ->check(CLI::IsMember({"asserted", "negated", "hedged", "conditional", "intended", "demanded", "historical"}));
  cmd->callback([&action, args] {
    action = [args]() -> int {
      if (!args->corpus.empty() && !std::filesystem::exists(args->corpus)) {
        fmt::print(stderr,
                   "vigil: eval-events: corpus {} is absent; the gold file {} refers to its sentences by document id "
                   "and byte offsets, so it cannot be scored without it\n",
                   args->corpus, args->gold);
        return kExitMissingData;
      }
      // One coder for every item, set up as `vigil code` (city names are actors).
      const CodingSetup setup = load_coding_setup(args->dicts, args->model);
      auto coder = setup.coder();
      if (!args->corpus.empty()) return eval_references(args->gold, args->corpus, *coder, args->score);
      return eval_sentences(args->gold, *coder, args->score);
    };
  });
}

}  // namespace vigil::cli
