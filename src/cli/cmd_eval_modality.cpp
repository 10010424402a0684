// vigil eval-modality: codes the documents of a hand-made gold set (tests/data/gold/modality.jsonl) and scores the
// modality, the attribution chain and the confirmation status of the events vigil finds.
//
// Alignment: a gold event is matched to a vigil event of the same sentence whose event word lies inside the gold
// `verb_text` (first occurrence in that sentence), preferring the same CAMEO root, then the same source and target;
// each vigil event matches at most one gold event. Gold events vigil does not code are reported as misses: the
// per-label figures are given twice, over matched events (how well vigil labels what it finds) and over all gold
// events (a miss counts against the recall of its gold label). A third block scores the labelling passes alone:
// they run over the gold events themselves (actors, CAMEO root and event word given, as factuality corpora are
// scored), so the labels of events the coder misses count too.
#include <fstream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/coding_setup.h"
#include "cli/command.h"
#include "cli/gold_file.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "ingest/input_error.h"
#include "text/tokenizer.h"

namespace vigil::cli {
namespace {

const std::vector<std::string> kLabels = {"asserted", "negated",  "hedged",    "conditional",
                                          "intended", "demanded", "historical"};

std::string norm(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s.rfind("the ", 0) == 0) s = s.substr(4);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

bool same_name(const std::string& a, const std::string& b) {
  std::string x = norm(a), y = norm(b);
  if (x.empty() || y.empty()) return x == y;
  return x == y || x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
};

double precision(const Counts& c) { return c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 0; }
double recall(const Counts& c) { return c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 0; }
double f1(const Counts& c) {
  double p = precision(c), r = recall(c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

// What the labels of a set of events score against their gold events.
struct ModalityTally {
  std::map<std::string, Counts> modality;
  size_t links_gold = 0, links_right = 0, cited_gold = 0, cited_right = 0, chains_right = 0;
  size_t conf_right = 0;
  std::map<std::string, Counts> confirmation;
};

// Scores vigil's modality, attribution chain and confirmation of event `e` against gold event `g`; says what is
// wrong in `problems`.
void score_event(const coding::Event& e, const nlohmann::json& g, const Document& doc, ModalityTally& tally,
                 std::vector<std::string>& problems) {
  const std::string label = g.at("modality").get<std::string>();
  std::string mod = e.modality.value_or("");
  if (mod == label) {
    ++tally.modality[label].tp;
  } else {
    ++tally.modality[label].fn;
    ++tally.modality[mod].fp;
    problems.push_back(fmt::format("modality {} (gold {}) [{}]", mod, label, e.modality_reason));
  }
  // Attribution: each gold link right when vigil has the same kind and name at the same position.
  const auto& ga = g["attribution"];
  std::vector<coding::AttributionLink> sa = e.attribution.value_or(std::vector<coding::AttributionLink>{});
  bool all_right = ga.size() == sa.size();
  for (size_t k = 0; k < ga.size(); ++k) {
    ++tally.links_gold;
    bool cited = !(k == 0 && !doc.outlet.empty());
    if (cited) ++tally.cited_gold;
    bool right = k < sa.size() && sa[k].kind == ga[k].at("kind").get<std::string>() &&
                 same_name(sa[k].name, ga[k].at("name").get<std::string>());
    if (right) {
      ++tally.links_right;
      if (cited) ++tally.cited_right;
    } else {
      all_right = false;
    }
  }
  if (all_right) {
    ++tally.chains_right;
  } else {
    std::string gtxt, stxt;
    for (const auto& l : ga) gtxt += fmt::format("[{}: {}]", l.at("kind").get<std::string>(), l.at("name").get<std::string>());
    for (const auto& l : sa) stxt += fmt::format("[{}: {}]", l.kind, l.name);
    problems.push_back(fmt::format("attribution {} (gold {})", stxt, gtxt));
  }
  std::string gc = g.at("confirmation").get<std::string>(), sc = e.confirmation.value_or("");
  if (gc == sc) {
    ++tally.conf_right;
    ++tally.confirmation[gc].tp;
  } else {
    ++tally.confirmation[gc].fn;
    ++tally.confirmation[sc].fp;
    problems.push_back(fmt::format("confirmation {} (gold {}) [{}]", sc, gc, e.confirmation_reason));
  }
}

// A gold event as vigil's labelling passes take it: its actors and CAMEO root, and the bytes of its event word.
coding::Event gold_event(const nlohmann::json& g, const Document& doc, Span verb) {
  coding::Event e;
  e.doc = doc.id;
  auto actor = [](const std::string& code) {
    coding::ActorRef a;
    a.code = code;
    coding::split_actor_code(code, a.country, a.sectors);
    return a;
  };
  if (g.at("source").is_string()) e.source = actor(gold_actor_code(g, "source"));
  if (g.at("target").is_string()) e.target = actor(gold_actor_code(g, "target"));
  e.cameo = g.at("cameo_root").get<std::string>() + "0";  // the root's own code: "19" -> "190"
  e.evidence.verb_span = verb;
  return e;
}

void print_confirmation(const ModalityTally& t) {
  for (const char* l : {"reported", "unconfirmed", "confirmed", "denied"}) {
    auto it = t.confirmation.find(l);
    const Counts c = it == t.confirmation.end() ? Counts{} : it->second;
    fmt::print("  {:<12} P {:.3f}  R {:.3f}  F1 {:.3f}  (gold {})\n", l, precision(c), recall(c), f1(c), c.tp + c.fn);
  }
}

}  // namespace

void add_eval_modality_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string gold;
    std::string dicts, model, cues;
    bool show = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "eval-modality", "Score modality, attribution and confirmation on a hand-coded gold set (modality.jsonl)");
  cmd->add_option("gold", args->gold, "The gold file (default: the repository's tests/data/gold/modality.jsonl)");
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_option("--cues", args->cues, "Cue file or folder (default: shipped dicts/cues)");
  cmd->add_flag("--show", args->show, "Print each gold event that is missed or scored wrong");
  cmd->callback([&action, args] {
    action = [args] {
      if (args->gold.empty()) args->gold = data_dir() + "/tests/data/gold/modality.jsonl";
      const CodingSetup setup = load_coding_setup(args->dicts, args->model, args->cues);
      auto coder_owner = setup.coder();
      events::DocumentCoder& coder = *coder_owner;
      ModalityTally matched_tally, given_tally;
      std::map<std::string, Counts> all_counts;  // modality over all gold events, misses counted
      std::map<std::string, size_t> missed_by_label, unmatched_system;
      size_t gold_events = 0, matched = 0, system_events = 0, links_gold = 0, given = 0;
      for_each_gold_item(args->gold, [&](const nlohmann::json& item, uint64_t line_no) {
        if (!item.contains("text") || !item["text"].is_string() || !item.contains("events") || !item["events"].is_array())
          throw InputError(InputProblem{args->gold, line_no, "an item needs \"text\" and \"events\""});
        Document doc;
        doc.id = item.value("id", fmt::format("line-{}", line_no));
        doc.text = item["text"].get<std::string>();
        if (item.contains("published") && item["published"].is_string()) doc.published = item["published"];
        if (item.contains("outlet") && item["outlet"].is_string()) doc.outlet = item["outlet"];
        doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
        std::vector<coding::Event> events;
        coder.code(doc, events);
        system_events += events.size();
        std::vector<Sentence> sentences = tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = shipped_sentence_model()});
        std::vector<bool> used(events.size(), false);
        std::vector<coding::Event> gold;  // the gold events, for the labelling passes alone
        std::vector<const nlohmann::json*> gold_items;
        for (const auto& g : item["events"]) {
          ++gold_events;
          const std::string verb = g.at("verb_text").get<std::string>();
          const int gs = g.at("sentence").get<int>();
          const std::string label = g.at("modality").get<std::string>();
          const std::string root = g.at("cameo_root").get<std::string>();
          const std::string src = gold_actor_code(g, "source");
          const std::string tgt = gold_actor_code(g, "target");
          // The gold verb's bytes: in its sentence, else its first occurrence in the text.
          size_t from = 0, to = doc.text.size();
          if (gs >= 0 && static_cast<size_t>(gs) < sentences.size()) {
            from = sentences[gs].span.begin;
            to = sentences[gs].span.end;
          }
          size_t at = doc.text.substr(from, to - from).find(verb);
          if (at != std::string::npos) at += from;
          else at = doc.text.find(verb);
          if (at != std::string::npos) {
            gold.push_back(gold_event(g, doc, Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + verb.size())}));
            gold_items.push_back(&g);
          }
          int best = -1, best_score = -1;
          if (at != std::string::npos)
            for (size_t i = 0; i < events.size(); ++i) {
              const coding::Event& e = events[i];
              if (used[i] || e.evidence.verb_span.begin < at || e.evidence.verb_span.end > at + verb.size()) continue;
              int score = (e.cameo.substr(0, 2) == root) * 4 + (e.source.code == src) * 2 +
                          ((e.target ? e.target->code : "") == tgt);
              if (score > best_score) best = static_cast<int>(i), best_score = score;
            }
          links_gold += g["attribution"].size();
          if (best < 0) {
            ++missed_by_label[label];
            ++all_counts[label].fn;
            if (args->show)
              fmt::print("{} s{} \"{}\" {} {}>{}: missed\n", doc.id, gs, verb, label, src.empty() ? "-" : src,
                         tgt.empty() ? "-" : tgt);
            continue;
          }
          used[best] = true;
          ++matched;
          const coding::Event& e = events[best];
          std::string mod = e.modality.value_or("");
          if (mod == label) {
            ++all_counts[label].tp;
          } else {
            ++all_counts[label].fn;
            ++all_counts[mod].fp;
          }
          std::vector<std::string> problems;
          score_event(e, g, doc, matched_tally, problems);
          if (args->show && !problems.empty()) {
            fmt::print("{} s{} \"{}\" {} {}>{}:\n", doc.id, gs, verb, e.cameo, e.source.code,
                       e.target ? e.target->code : "-");
            for (const std::string& p : problems) fmt::print("    {}\n", p);
          }
        }
        for (size_t i = 0; i < events.size(); ++i)
          if (!used[i]) {
            ++unmatched_system[events[i].modality.value_or("")];
            if (args->show)
              fmt::print("{} s{} \"{}\" {} {}>{}: vigil event not in the gold set ({})\n", doc.id, events[i].sentence,
                         events[i].evidence.verb, events[i].cameo, events[i].source.code,
                         events[i].target ? events[i].target->code : "-", events[i].modality.value_or(""));
          }
        // The labelling alone: the same passes over the gold events themselves, whether or not vigil coded them.
        std::vector<bool> placed = coder.label(doc, gold);
        for (size_t k = 0; k < gold.size(); ++k) {
          if (!placed[k]) continue;
          ++given;
          std::vector<std::string> problems;
          score_event(gold[k], *gold_items[k], doc, given_tally, problems);
          if (args->show && !problems.empty()) {
            fmt::print("{} s{} \"{}\" gold event, labelled:\n", doc.id, gold[k].sentence, gold[k].evidence.verb);
            for (const std::string& p : problems) fmt::print("    {}\n", p);
          }
        }
      });
      auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
      fmt::print("gold events: {}; matched to a vigil event: {} ({:.1f}%); missed: {}\n", gold_events, matched,
                 pct(matched, gold_events), gold_events - matched);
      size_t extra = 0;
      for (auto& [k, v] : unmatched_system) extra += v;
      fmt::print("vigil events: {}; not in the gold set: {}\n\n", system_events, extra);
      fmt::print("modality          matched events: P      R      F1   | all gold events: R      F1   | gold  missed\n");
      double macro_m = 0, macro_a = 0, macro_g = 0;
      for (const std::string& l : kLabels) {
        const Counts& m = matched_tally.modality[l];
        const Counts& a = all_counts[l];
        double p = precision(m), r = recall(m), ra = recall(a);
        double fm = f1(m), fa = f1(a);
        macro_m += fm;
        macro_a += fa;
        fmt::print("  {:<12}                  {:.3f}  {:.3f}  {:.3f} |                  {:.3f}  {:.3f} | {:>4}  {:>6}\n", l, p,
                   r, fm, ra, fa, a.tp + a.fn, missed_by_label[l]);
      }
      fmt::print("modality macro-F1: {:.3f} over matched events; {:.3f} over all gold events (misses count)\n",
                 macro_m / kLabels.size(), macro_a / kLabels.size());
      fmt::print("\nattribution links right (kind and name at their place in the chain): {} of {} ({:.1f}%) over "
                 "matched events; {:.1f}% over all gold links (links of missed events count as wrong)\n",
                 matched_tally.links_right, matched_tally.links_gold, pct(matched_tally.links_right, matched_tally.links_gold),
                 pct(matched_tally.links_right, links_gold));
      fmt::print("  cited links only (beyond the document's own outlet): {} of {} ({:.1f}%) over matched events\n",
                 matched_tally.cited_right, matched_tally.cited_gold, pct(matched_tally.cited_right, matched_tally.cited_gold));
      fmt::print("  whole chains right: {} of {} matched events ({:.1f}%)\n", matched_tally.chains_right, matched,
                 pct(matched_tally.chains_right, matched));
      fmt::print("\nconfirmation accuracy over matched events: {} of {} ({:.1f}%)\n", matched_tally.conf_right, matched,
                 pct(matched_tally.conf_right, matched));
      print_confirmation(matched_tally);

      // The labelling passes alone, on every gold event (its actors and event word given), as factuality and
      // attribution are scored apart from event detection.
      fmt::print("\nlabelling alone, on the gold events themselves (actors and event word given): {} of {} placed\n", given,
                 gold_events);
      fmt::print("modality          P      R      F1   | gold\n");
      for (const std::string& l : kLabels) {
        const Counts& c = given_tally.modality[l];
        double p = precision(c), r = recall(c), f = f1(c);
        macro_g += f;
        fmt::print("  {:<12}    {:.3f}  {:.3f}  {:.3f} | {:>4}\n", l, p, r, f, c.tp + c.fn);
      }
      fmt::print("modality macro-F1 on the gold events: {:.3f}\n", macro_g / kLabels.size());
      fmt::print("attribution links right on the gold events: {} of {} ({:.1f}%); cited links {} of {} ({:.1f}%); whole "
                 "chains {} of {} ({:.1f}%)\n",
                 given_tally.links_right, given_tally.links_gold, pct(given_tally.links_right, given_tally.links_gold),
                 given_tally.cited_right, given_tally.cited_gold, pct(given_tally.cited_right, given_tally.cited_gold),
                 given_tally.chains_right, given, pct(given_tally.chains_right, given));
      fmt::print("confirmation accuracy on the gold events: {} of {} ({:.1f}%)\n", given_tally.conf_right, given,
                 pct(given_tally.conf_right, given));
      print_confirmation(given_tally);
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
