#include "text/segmentation_eval.h"

#include <algorithm>
#include <set>
#include <utility>

#include "text/sentence_model.h"
#include "text/tokenizer.h"
#include "text/ud_documents.h"

namespace vigil {
namespace {

void score_document(const UdDocument& gold, const SegmentationEvalOptions& options, SegmentationScore& score) {
  const Document& doc = gold.doc;
  std::vector<SurfaceToken> tokens;
  std::vector<TokenRange> ranges;
  split_tokens(doc.text, doc.regions[0].span, tokens);
  if (options.sentence_model) options.sentence_model->split(doc.text, tokens, ranges);
  else split_sentences(doc.text, tokens, ranges);
  auto to_pairs = [](const std::vector<Span>& v) {
    std::set<std::pair<uint32_t, uint32_t>> s;
    for (const Span& x : v) s.emplace(x.begin, x.end);
    return s;
  };
  std::vector<Span> sys_tokens, sys_sentences;
  for (const SurfaceToken& t : tokens) sys_tokens.push_back(t.span);
  for (const TokenRange& r : ranges) sys_sentences.push_back(Span{tokens[r.begin].span.begin, tokens[r.end - 1].span.end});
  auto compare = [&](const std::vector<Span>& g, const std::vector<Span>& s, SpanScore& out, const char* what) {
    auto gs = to_pairs(g), ss = to_pairs(s);
    out.gold += gs.size();
    out.system += ss.size();
    for (const auto& p : ss)
      if (gs.count(p)) ++out.correct;
    if (options.errors && options.errors->size() < 2000) {
      // Missed gold spans, then spans the system made that gold does not have.
      auto report = [&](const std::set<std::pair<uint32_t, uint32_t>>& from,
                        const std::set<std::pair<uint32_t, uint32_t>>& against, const char* kind) {
        for (const auto& p : from)
          if (!against.count(p)) {
            uint32_t b = p.first > 30 ? p.first - 30 : 0;
            options.errors->push_back(std::string(what) + " " + kind + ": [" +
                                      gold.doc.text.substr(p.first, p.second - p.first) + "] in ..." +
                                      gold.doc.text.substr(b, std::min<size_t>(p.second + 30, gold.doc.text.size()) - b));
          }
      };
      report(gs, ss, "missed");
      report(ss, gs, "spurious");
    }
  };
  compare(gold.tokens, sys_tokens, score.tokens, "token");
  compare(gold.sentences, sys_sentences, score.sentences, "sentence");
  ++score.documents;
}

}  // namespace

void evaluate_segmentation(const std::string& path, const SegmentationEvalOptions& options, SegmentationScore& score) {
  for_each_ud_document(path, [&](const UdDocument& ud) {
    if (ud.doc.id.starts_with(options.doc_prefix)) score_document(ud, options, score);
  });
}

}  // namespace vigil
