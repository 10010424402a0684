// Readers and tokenizer on the wire corpus (../shared/corpus/news). Run: build/bench/vigil_bench
// --benchmark_filter='Read|Tokenize'. Reports MB/s (bytes_per_second) and sentences/s.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "ingest/byte_source.h"
#include "ingest/document_reader.h"
#include "lexicon/dict_text.h"
#include "text/sentence_model.h"
#include "text/tokenizer.h"

namespace {

const std::string kWire = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";

const std::vector<vigil::Document>& wire_documents() {
  static std::vector<vigil::Document> docs = [] {
    std::vector<vigil::Document> out;
    if (!std::filesystem::exists(kWire)) return out;
    vigil::DocumentStream stream({kWire}, {}, [](const vigil::InputProblem&) {});
    vigil::Document d;
    while (stream.next(d)) out.push_back(d);
    return out;
  }();
  return docs;
}

// Decompressing and parsing the JSONL records.
void BM_ReadWireJsonlXz(benchmark::State& state) {
  if (wire_documents().empty()) return state.SkipWithError("../shared is absent");
  size_t bytes = 0;
  for (auto _ : state) {
    vigil::DocumentStream stream({kWire}, {}, [](const vigil::InputProblem&) {});
    vigil::Document d;
    size_t n = 0;
    while (stream.next(d)) {
      bytes += d.text.size();
      ++n;
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ReadWireJsonlXz)->Unit(benchmark::kMillisecond);

// Parsing JSONL records already in memory (no decompression).
void BM_ParseWireJsonlRecords(benchmark::State& state) {
  if (wire_documents().empty()) return state.SkipWithError("../shared is absent");
  std::vector<std::string> lines;
  {
    auto src = vigil::open_byte_source(kWire);
    std::string all = vigil::read_all(*src, 1u << 30);
    std::vector<std::string_view> parts;
    vigil::lexicon::split_like_getline(all, '\n', parts);
    lines.assign(parts.begin(), parts.end());
  }
  size_t bytes = 0;
  vigil::ReadOptions options;
  for (auto _ : state) {
    vigil::Document d;
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string line = lines[i];
      vigil::parse_jsonl_record(line, "wire", i + 1, options, [](const vigil::InputProblem&) {}, d);
      bytes += lines[i].size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ParseWireJsonlRecords)->Unit(benchmark::kMillisecond);

// Sentence splitting, tokenization and multiword splitting of every story.
void BM_TokenizeWire(benchmark::State& state) {
  const auto& docs = wire_documents();
  if (docs.empty()) return state.SkipWithError("../shared is absent");
  size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const vigil::Document& d : docs) {
      auto s = vigil::tokenize_document(d, vigil::TokenizeOptions{.sentence_comments = false});
      sentences += s.size();
      bytes += d.text.size();
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeWire)->Unit(benchmark::kMillisecond);

// Surface tokens and sentence boundaries only (no Sentence objects built), with the rules or a sentence model.
void split_wire(benchmark::State& state, const vigil::SentenceModel* model) {
  const auto& docs = wire_documents();
  if (docs.empty()) return state.SkipWithError("../shared is absent");
  size_t bytes = 0, sentences = 0;
  std::vector<vigil::SurfaceToken> tokens;
  std::vector<vigil::TokenRange> ranges;
  for (auto _ : state) {
    for (const vigil::Document& d : docs) {
      for (vigil::Span span : d.analysable_spans()) {
        tokens.clear();
        ranges.clear();
        vigil::split_tokens(d.text, span, tokens);
        if (model) model->split(d.text, tokens, ranges);
        else vigil::split_sentences(d.text, tokens, ranges);
        sentences += ranges.size();
      }
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_SplitTokensAndSentencesWire(benchmark::State& state) { split_wire(state, nullptr); }
BENCHMARK(BM_SplitTokensAndSentencesWire)->Unit(benchmark::kMillisecond);

// The same with the shipped sentence-boundary model (arg 1: --web-text, the model consulted after every token).
void BM_SplitWithSentenceModelWire(benchmark::State& state) {
  vigil::SentenceModel model = vigil::SentenceModel::load(std::string(VIGIL_DATA_DIR) + "/" +
                                                          vigil::kDefaultSentenceModelName);
  model.everywhere = state.range(0) != 0;
  split_wire(state, &model);
}
BENCHMARK(BM_SplitWithSentenceModelWire)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
