// Event coding throughput on one core, in sentences per second (the "items_per_second" column), on the wire corpus:
//
//   * CodeWireEndToEnd: what `vigil code` does per document: sentences and tokens, the pre-filter, tagging and
//     parsing of the sentences that may hold an event, coding, and the story passes (modality, attribution,
//     confirmation, dates, places). Documents are read into memory before timing starts. TABARI's bar on this
//     machine kind: about 14,000 sentences/s.
//   * CodeParsedWire: coding alone on sentences parsed beforehand (as from CoNLL-U): every sentence is offered to the
//     coder, with the story passes. The bar: 5 x TABARI, 70,000 sentences/s.
//
//   build/bench/vigil_bench --benchmark_filter=Code --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
// The shipped model, dictionaries, cues, sentence model and gazetteer are used; data comes from ../shared. The
// instruction count per sentence (TABARI's 430k) is measured by bench/callgrind_per_sentence.sh.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "events/document_coder.h"
#include "ingest/document_reader.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/gazetteer.h"
#include "lexicon/load_dictionaries.h"
#include "parse/annotator.h"
#include "parse/model.h"
#include "text/sentence_model.h"
#include "text/tokenizer.h"

namespace {

struct Resources {
  std::unique_ptr<vigil::parse::Model> model;
  std::unique_ptr<vigil::lexicon::Lexicon> lexicon;
  std::unique_ptr<vigil::lexicon::CueLexicon> cues;
  std::unique_ptr<vigil::lexicon::Gazetteer> gazetteer;
  std::unique_ptr<vigil::SentenceModel> sentences;
  std::vector<vigil::Document> wire;
  std::string missing;  // why the benchmark cannot run, or empty
};

const Resources& resources() {
  static const Resources* r = [] {
    auto* r = new Resources;
    const std::string data = VIGIL_DATA_DIR;
    const std::string model = data + "/" + vigil::parse::kDefaultModelName;
    const std::string gazetteer = std::string(VIGIL_BUILD_DICTS_DIR) + "/places/gazetteer.tsv";
    const std::string corpus = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";
    for (const std::string& p : {model, gazetteer, corpus})
      if (!std::filesystem::exists(p)) {
        r->missing = p + " not found";
        return r;
      }
    r->model = std::make_unique<vigil::parse::Model>(vigil::parse::load_model(model));
    r->lexicon = std::make_unique<vigil::lexicon::Lexicon>(
        vigil::lexicon::load_vigil_folders({data + "/dicts", std::string(VIGIL_BUILD_DICTS_DIR)}));
    r->cues = std::make_unique<vigil::lexicon::CueLexicon>(vigil::lexicon::load_cues(data + "/dicts/cues"));
    r->gazetteer = std::make_unique<vigil::lexicon::Gazetteer>(vigil::lexicon::Gazetteer::load(gazetteer));
    r->sentences = std::make_unique<vigil::SentenceModel>(
        vigil::SentenceModel::load(data + "/" + vigil::kDefaultSentenceModelName));
    vigil::DocumentStream docs({corpus}, vigil::ReadOptions{}, [](const vigil::InputProblem&) {});
    vigil::Document doc;
    while (docs.next(doc)) r->wire.push_back(doc);
    return r;
  }();
  return *r;
}

std::unique_ptr<vigil::events::DocumentCoder> make_coder(const Resources& r) {
  auto coder = std::make_unique<vigil::events::DocumentCoder>(*r.model, *r.lexicon);
  coder->set_cues(*r.cues);
  coder->set_gazetteer(r.gazetteer.get());
  coder->set_sentence_model(r.sentences.get());
  return coder;
}

void BM_CodeWireEndToEnd(benchmark::State& state) {
  const Resources& r = resources();
  if (!r.missing.empty()) {
    state.SkipWithError(r.missing.c_str());
    return;
  }
  uint64_t sentences = 0, events = 0;
  for (auto _ : state) {
    auto coder = make_coder(r);
    std::vector<vigil::coding::Event> out;
    for (const vigil::Document& doc : r.wire) {
      out.clear();
      coder->code(doc, out);
      events += out.size();
    }
    sentences += coder->stats().sentences;
    state.counters["parsed_share"] = static_cast<double>(coder->stats().parsed) / coder->stats().sentences;
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.counters["events"] = static_cast<double>(events) / state.iterations();
}
BENCHMARK(BM_CodeWireEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_CodeParsedWire(benchmark::State& state) {
  const Resources& r = resources();
  if (!r.missing.empty()) {
    state.SkipWithError(r.missing.c_str());
    return;
  }
  // Parse every sentence of the first 600 stories once, outside the timing.
  struct Parsed {
    const vigil::Document* doc;
    std::vector<vigil::Sentence> sentences;
  };
  std::vector<Parsed> parsed;
  vigil::parse::Annotator annotator(*r.model);
  for (size_t i = 0; i < r.wire.size() && i < 600; ++i) {
    Parsed p{&r.wire[i], vigil::tokenize_document(r.wire[i], vigil::TokenizeOptions{.sentence_model = r.sentences.get()})};
    for (vigil::Sentence& s : p.sentences) annotator.annotate(s);
    parsed.push_back(std::move(p));
  }
  uint64_t sentences = 0;
  for (auto _ : state) {
    auto coder = make_coder(r);
    std::vector<vigil::coding::Event> out;
    for (const Parsed& p : parsed) {
      out.clear();
      coder->code_parsed(*p.doc, p.sentences, out);
      sentences += p.sentences.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
}
BENCHMARK(BM_CodeParsedWire)->Unit(benchmark::kMillisecond);

}  // namespace
