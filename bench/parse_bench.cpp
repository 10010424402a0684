// Tag + parse throughput of the parse stage on one core, in words per second (the "items_per_second" column):
// lemmas, UPOS/XPOS, FEATS, heads and labels for every word, with gold tokenization (UD test sets) or vigil's own
// tokenization of the wire corpus (tokenizing is done before timing starts).
//
//   build/bench/vigil_bench --benchmark_filter=Parse --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// The model is $VIGIL_PARSE_MODEL, or models/en-news.vigil of the source tree; data comes from ../shared.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "parse/annotator.h"
#include "parse/evaluate.h"
#include "parse/model.h"
#include "text/tokenizer.h"

namespace {

const vigil::parse::Model* model() {
  static const vigil::parse::Model* m = [] {
    const char* env = std::getenv("VIGIL_PARSE_MODEL");
    std::string path = env && *env ? env : std::string(VIGIL_DATA_DIR) + "/" + vigil::parse::kDefaultModelName;
    if (!std::filesystem::exists(path)) return static_cast<vigil::parse::Model*>(nullptr);
    return new vigil::parse::Model(vigil::parse::load_model(path));
  }();
  return m;
}

std::vector<vigil::Sentence> ud_sentences(const char* name) {
  std::string path = std::string(VIGIL_SHARED_DIR) + "/ud/" + name;
  if (!std::filesystem::exists(path)) return {};
  return vigil::parse::read_conllu_file(path, true);
}

std::vector<vigil::Sentence> wire_sentences() {
  std::string path = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";
  if (!std::filesystem::exists(path)) return {};
  vigil::DocumentStream docs({path}, vigil::ReadOptions{}, [](const vigil::InputProblem&) {});
  std::vector<vigil::Sentence> out;
  vigil::Document doc;
  while (docs.next(doc))
    for (vigil::Sentence& s : vigil::tokenize_document(doc)) out.push_back(std::move(s));
  return out;
}

void run(benchmark::State& state, std::vector<vigil::Sentence> sentences) {
  if (!model()) {
    state.SkipWithError("no model (models/en-news.vigil or $VIGIL_PARSE_MODEL)");
    return;
  }
  if (sentences.empty()) {
    state.SkipWithError("data not found under ../shared");
    return;
  }
  vigil::parse::Annotator annotator(*model());
  size_t words = 0;
  for (const vigil::Sentence& s : sentences) words += s.words.size();
  for (auto _ : state) {
    for (vigil::Sentence& s : sentences) annotator.annotate(s);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
  state.counters["words"] = static_cast<double>(words);
}

// The three steps on their own (EWT test): tagging (both passes), tagging + parsing, and everything.
void run_steps(benchmark::State& state, int steps) {
  static const std::vector<vigil::Sentence> sentences = ud_sentences("en_ewt-ud-test.conllu.xz");
  if (!model() || sentences.empty()) {
    state.SkipWithError("no model or no data");
    return;
  }
  std::vector<std::vector<std::string_view>> forms;
  size_t words = 0;
  for (const vigil::Sentence& s : sentences) {
    forms.emplace_back();
    for (const vigil::Word& w : s.words) forms.back().emplace_back(w.form);
    words += s.words.size();
  }
  vigil::parse::Annotator annotator(*model());
  for (auto _ : state) {
    for (const auto& f : forms) {
      annotator.tag(f);
      if (steps >= 2) annotator.parse();
      if (steps >= 3) annotator.label();
    }
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
}
void BM_ParseStepsTag(benchmark::State& state) { run_steps(state, 1); }
void BM_ParseStepsTagParse(benchmark::State& state) { run_steps(state, 2); }
void BM_ParseStepsTagParseLabel(benchmark::State& state) { run_steps(state, 3); }

void BM_ParseEwtTest(benchmark::State& state) { run(state, ud_sentences("en_ewt-ud-test.conllu.xz")); }
void BM_ParseGumTest(benchmark::State& state) { run(state, ud_sentences("en_gum-ccby-ud-test.conllu.xz")); }
void BM_ParseWire(benchmark::State& state) { run(state, wire_sentences()); }

void BM_ParseModelLoad(benchmark::State& state) {
  const char* env = std::getenv("VIGIL_PARSE_MODEL");
  std::string path = env && *env ? env : std::string(VIGIL_DATA_DIR) + "/" + vigil::parse::kDefaultModelName;
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("no model");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(vigil::parse::load_model(path));
}

}  // namespace

BENCHMARK(BM_ParseEwtTest)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseStepsTag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseStepsTagParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseStepsTagParseLabel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseGumTest)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseWire)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ParseModelLoad)->Unit(benchmark::kMillisecond)->Iterations(3);
