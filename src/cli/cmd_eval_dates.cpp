// vigil eval-dates: scores event dates on the hand-made temporal set (tests/data/gold/temporal.jsonl: one sentence,
// its one temporal expression and the date it resolves to).
//
// What is measured: each sentence is coded by the full pipeline (DocumentCoder, with the item's publication date
// and outlet convention). When it yields events, the first event's date is scored: that is recognition, clause
// attachment through the parse, tense and resolution together. When the coder finds no event in the sentence
// (agentless passives, distractor verbs), the date the same pass gives to the sentence's main predicate (the root
// of its parse) is scored instead. Both parts are reported separately. An item is right when value and precision
// both match the gold (null value and basis "unresolved" count as a match for unresolved items).
#include <fstream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/gold_file.h"
#include "cli/resources.h"
#include "events/document_coder.h"
#include "events/event_dates.h"
#include "ingest/input_error.h"
#include "parse/annotator.h"
#include "text/tokenizer.h"

namespace vigil::cli {

namespace {

std::string str_or_empty(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// The kind of item, from the gold alone.
std::string category(const std::string& expr, const std::string& precision, const std::string& basis,
                     const std::string& value) {
  if (basis == "published" || (expr.empty() && basis == "unresolved")) return "no expression";
  if (value.empty()) return "unresolved";
  bool digits_only = !expr.empty() && expr.find_first_not_of("0123456789/.") == std::string::npos;
  if (digits_only && expr.find_first_of("/.") != std::string::npos) return "numeric";
  static const char* weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (const char* w : weekdays)
    if (expr.find(w) != std::string::npos) return precision == "week" ? "weeks" : "weekdays";
  if (precision == "week") return "weeks";
  if (precision == "month") return "months";
  if (precision == "year") return "years";
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (const char* m : months)
    if (expr.find(m) != std::string::npos) return "explicit dates";
  if (expr.size() >= 10 && expr[4] == '-') return "explicit dates";
  return "relative days";
}

}  // namespace

void add_eval_dates_commands(CLI::App& app, Action& action) {
  struct Args {
    std::string gold = data_dir() + "/tests/data/gold/temporal.jsonl";
    std::string dicts;
    std::string model;
    bool show = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("eval-dates",
                                     "Score event dates on the hand-made temporal set (value and precision right)");
  cmd->add_option("gold", args->gold, "The gold file (default: tests/data/gold/temporal.jsonl)");
  cmd->add_option("--dicts", args->dicts, "Dictionary folder (default: shipped)");
  cmd->add_option("--model", args->model, "Tagger and parser model (default: shipped)");
  cmd->add_flag("--show", args->show, "Print each item vigil gets wrong");
  cmd->callback([&action, args] {
    action = [args] {
      auto model = load_parser_model(args->model);
      auto lex = load_lexicon(args->dicts);
      events::DocumentCoder coder(*model, *lex);
      coder.set_sentence_model(shipped_sentence_model());
      parse::Annotator annotator(*model);
      struct DateTally {
        size_t n = 0, right = 0;
      };
      std::map<std::string, DateTally> by_category, by_path;
      DateTally all;
      for_each_gold_item(args->gold, [&](const nlohmann::json& item, uint64_t line_no) {
        if (!item.contains("text") || !item["text"].is_string())
          throw InputError(InputProblem{args->gold, line_no, "no text"});
        Document doc;
        doc.id = str_or_empty(item, "id");
        doc.text = item["text"].get<std::string>();
        doc.published = str_or_empty(item, "published");
        doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
        std::string conv = str_or_empty(item, "outlet_convention");
        events::DateOrder order = conv == "MDY"   ? events::DateOrder::mdy
                                  : conv == "DMY" ? events::DateOrder::dmy
                                                  : events::DateOrder::unknown;
        std::vector<coding::Event> evs;
        coder.set_date_order(order);
        coder.code(doc, evs);
        std::string value, precision, basis, reason, path;
        if (!evs.empty()) {
          value = evs[0].date, precision = evs[0].date_precision, basis = evs[0].date_basis;
          reason = evs[0].date_reason;
          path = "coded event";
        } else {
          path = "main predicate (no event coded)";
          auto sentences = tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = shipped_sentence_model()});
          if (!sentences.empty()) {
            Sentence& s = sentences[0];
            annotator.annotate(s);
            int root = 1;
            for (size_t i = 0; i < s.words.size(); ++i)
              if (s.words[i].head == 0) {
                root = static_cast<int>(i + 1);
                break;
              }
            events::DateContext ctx{events::parse_iso_date(doc.published), order};
            auto exprs = events::find_temporal_expressions(s);
            events::EventDate d = events::date_for_word(s, exprs, root, ctx);
            value = d.date, precision = d.precision, basis = d.basis, reason = d.reason;
          }
        }
        std::string gv = str_or_empty(item, "value"), gp = str_or_empty(item, "precision");
        std::string gb = str_or_empty(item, "basis");
        bool right = value == gv && precision == gp && (!gv.empty() || basis == "unresolved");
        std::string cat = category(str_or_empty(item, "expression"), gp, gb, gv);
        for (DateTally* t : {&all, &by_category[cat], &by_path[path]}) ++t->n, t->right += right;
        if (args->show && !right)
          fmt::print("{} [{}] got {} {} {} want {} {} {} (expression {})\n    {}\n    {}\n", doc.id, cat,
                     value.empty() ? "null" : value, precision.empty() ? "-" : precision, basis,
                     gv.empty() ? "null" : gv, gp.empty() ? "-" : gp, gb,
                     item.contains("expression") && item["expression"].is_string() ? item["expression"].dump()
                                                                                   : "null",
                     doc.text, reason);
      });
      auto pct = [](const DateTally& t) { return t.n ? 100.0 * t.right / t.n : 0.0; };
      fmt::print("temporal items: {}\nright (value and precision): {} ({:.1f}%)\n", all.n, all.right, pct(all));
      fmt::print("by category:\n");
      for (const auto& [k, t] : by_category) fmt::print("  {:<16} {:>4}/{:<4} {:.1f}%\n", k, t.right, t.n, pct(t));
      fmt::print("by what was dated:\n");
      for (const auto& [k, t] : by_path) fmt::print("  {:<32} {:>4}/{:<4} {:.1f}%\n", k, t.right, t.n, pct(t));
      return kExitOk;
    };
  });
}

}  // namespace vigil::cli
