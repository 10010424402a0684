#include "text/segmentation_eval.h"

#include <algorithm>
#include <set>
#include <utility>

#include "text/conllu.h"
#include "text/tokenizer.h"

namespace vigil {
namespace {

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<Span> tokens;
  std::vector<Span> sentences;
};

void score_document(const GoldDocument& gold, const SegmentationEvalOptions& options, SegmentationScore& score) {
  Document doc;
  doc.id = gold.id;
  doc.text = gold.text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
  std::vector<SurfaceToken> tokens;
  std::vector<TokenRange> ranges;
  split_tokens(doc.text, doc.regions[0].span, tokens);
  split_sentences(doc.text, tokens, ranges);
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
      for (const auto& p : gs)
        if (!ss.count(p)) {
          uint32_t b = p.first > 30 ? p.first - 30 : 0;
          options.errors->push_back(std::string(what) + " missed: [" + gold.text.substr(p.first, p.second - p.first) +
                                    "] in ..." + gold.text.substr(b, std::min<size_t>(p.second + 30, gold.text.size()) - b));
        }
    }
  };
  compare(gold.tokens, sys_tokens, score.tokens, "token");
  compare(gold.sentences, sys_sentences, score.sentences, "sentence");
  ++score.documents;
}

}  // namespace

void evaluate_segmentation(const std::string& path, const SegmentationEvalOptions& options, SegmentationScore& score) {
  ConlluReader reader(path, ConlluReadOptions{.check_annotations = false});
  Sentence s;
  GoldDocument doc;
  bool keep = options.doc_prefix.empty();
  auto flush = [&] {
    if (!doc.text.empty() && keep) score_document(doc, options, score);
    doc = GoldDocument();
  };
  bool first = true;
  while (reader.next(s)) {
    bool new_par = first;
    first = false;
    for (const std::string& c : s.comments) {
      if (c.starts_with("newdoc")) {
        new_par = true;
        flush();
        size_t eq = c.find("= ");
        doc.id = eq == std::string::npos ? "" : c.substr(eq + 2);
        keep = doc.id.starts_with(options.doc_prefix);
      }
      if (c == "newpar" || c.starts_with("newpar ")) new_par = true;
    }
    if (!doc.text.empty()) doc.text += new_par ? "\n\n" : " ";
    uint32_t base = static_cast<uint32_t>(doc.text.size());
    doc.text += s.text;
    // Surface tokens: multiword tokens once, other words as they are.
    uint32_t first_begin = UINT32_MAX, last_end = 0;
    auto add = [&](Span sp) {
      Span d{base + sp.begin, base + sp.end};
      doc.tokens.push_back(d);
      first_begin = std::min(first_begin, d.begin);
      last_end = std::max(last_end, d.end);
    };
    size_t mi = 0;
    for (size_t i = 0; i < s.words.size();) {
      if (mi < s.multiword_tokens.size() && s.multiword_tokens[mi].first == static_cast<int>(i) + 1) {
        add(s.multiword_tokens[mi].span);
        i = static_cast<size_t>(s.multiword_tokens[mi].last);
        ++mi;
        continue;
      }
      add(s.words[i].span);
      ++i;
    }
    if (first_begin < last_end) doc.sentences.push_back(Span{first_begin, last_end});
  }
  flush();
}

}  // namespace vigil
