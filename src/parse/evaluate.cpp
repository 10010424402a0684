#include "parse/evaluate.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "text/conllu.h"

namespace vigil::parse {
namespace {

struct EvalWord {
  size_t start = 0, end = 0;  // character span of its token in the text without spaces
  bool multiword = false;
  std::string form_lower;
  std::string upos, xpos, feats, lemma, deprel;
  long head = -1;  // index of the head word in the whole file, -1 = root
};

struct EvalFile {
  std::string text;  // concatenated token forms, spaces removed
  std::vector<EvalWord> words;
  std::vector<std::pair<size_t, size_t>> tokens;
};

std::string strip_spaces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xa0) {  // no-break space
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

const char* const kUniversalFeatures[] = {"PronType", "NumType", "Poss",   "Reflex",   "Foreign", "Abbr",    "Gender",
                                          "Animacy",  "Number",  "Case",   "Definite", "Degree",  "VerbForm", "Mood",
                                          "Tense",    "Aspect",  "Voice",  "Evident",  "Polarity", "Person", "Polite"};

std::string universal_feats(const std::string& feats) {
  std::string out;
  size_t start = 0;
  while (start < feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string::npos) bar = feats.size();
    std::string_view item(feats.data() + start, bar - start);
    size_t eq = item.find('=');
    std::string_view name = item.substr(0, eq);
    for (const char* u : kUniversalFeatures)
      if (name == u) {
        if (!out.empty()) out += '|';
        out += item;
        break;
      }
    start = bar + 1;
  }
  return out.empty() ? "_" : out;
}

EvalFile load(const std::vector<Sentence>& sentences) {
  EvalFile f;
  for (const Sentence& s : sentences) {
    long base = static_cast<long>(f.words.size());
    size_t mi = 0;
    int n = static_cast<int>(s.words.size());
    for (int i = 1; i <= n;) {
      bool mwt = mi < s.multiword_tokens.size() && s.multiword_tokens[mi].first == i;
      int last = mwt ? s.multiword_tokens[mi].last : i;
      std::string form = strip_spaces(mwt ? s.multiword_tokens[mi].form : s.words[i - 1].form);
      size_t start = f.text.size();
      f.text += form;
      size_t end = f.text.size();
      f.tokens.emplace_back(start, end);
      for (int k = i; k <= last; ++k) {
        const Word& w = s.words[k - 1];
        EvalWord e;
        e.start = start;
        e.end = end;
        e.multiword = mwt;
        e.form_lower = ascii_lower(strip_spaces(w.form));
        e.upos = w.upos.empty() ? "_" : w.upos;
        e.xpos = w.xpos.empty() ? "_" : w.xpos;
        e.feats = universal_feats(w.feats);
        e.lemma = w.lemma.empty() ? "_" : w.lemma;
        e.deprel = w.deprel.substr(0, w.deprel.find(':'));
        e.head = w.head > 0 ? base + w.head - 1 : -1;
        f.words.push_back(std::move(e));
      }
      if (mwt) ++mi;
      i = last + 1;
    }
  }
  return f;
}

bool beyond_end(const std::vector<EvalWord>& w, size_t i, size_t end) {
  if (i >= w.size()) return true;
  if (w[i].multiword) return w[i].start >= end;
  return w[i].end > end;
}

size_t extend_end(const EvalWord& w, size_t end) { return w.multiword && w.end > end ? w.end : end; }

// Aligned pairs (gold index, system index), as conll18_ud_eval.align_words.
std::vector<std::pair<size_t, size_t>> align(const std::vector<EvalWord>& g, const std::vector<EvalWord>& s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t gi = 0, si = 0;
  while (gi < g.size() && si < s.size()) {
    if (g[gi].multiword || s[si].multiword) {
      size_t end;
      if (g[gi].multiword) {
        end = g[gi].end;
        if (!s[si].multiword && s[si].start < g[gi].start) ++si;
      } else {
        end = s[si].end;
        if (!g[gi].multiword && g[gi].start < s[si].start) ++gi;
      }
      size_t gs = gi, ss = si;
      while (!beyond_end(g, gi, end) || !beyond_end(s, si, end)) {
        if (gi < g.size() && (si >= s.size() || g[gi].start <= s[si].start)) {
          end = extend_end(g[gi], end);
          ++gi;
        } else {
          end = extend_end(s[si], end);
          ++si;
        }
      }
      if (si > ss && gi > gs) {
        size_t gn = gi - gs, sn = si - ss;
        std::vector<std::vector<int>> lcs(gn, std::vector<int>(sn, 0));
        for (size_t a = gn; a-- > 0;)
          for (size_t b = sn; b-- > 0;) {
            if (g[gs + a].form_lower == s[ss + b].form_lower)
              lcs[a][b] = 1 + (a + 1 < gn && b + 1 < sn ? lcs[a + 1][b + 1] : 0);
            lcs[a][b] = std::max(lcs[a][b], a + 1 < gn ? lcs[a + 1][b] : 0);
            lcs[a][b] = std::max(lcs[a][b], b + 1 < sn ? lcs[a][b + 1] : 0);
          }
        size_t a = 0, b = 0;
        while (a < gn && b < sn) {
          if (g[gs + a].form_lower == s[ss + b].form_lower) {
            out.emplace_back(gs + a, ss + b);
            ++a;
            ++b;
          } else if (lcs[a][b] == (a + 1 < gn ? lcs[a + 1][b] : 0)) {
            ++a;
          } else {
            ++b;
          }
        }
      }
    } else if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
      out.emplace_back(gi, si);
      ++gi;
      ++si;
    } else if (g[gi].start <= s[si].start) {
      ++gi;
    } else {
      ++si;
    }
  }
  return out;
}

}  // namespace

EvalResult evaluate(const std::vector<Sentence>& gold_sentences, const std::vector<Sentence>& system_sentences) {
  EvalFile g = load(gold_sentences);
  EvalFile s = load(system_sentences);
  if (g.text != s.text) {
    size_t i = 0;
    while (i < g.text.size() && i < s.text.size() && g.text[i] == s.text[i]) ++i;
    throw std::runtime_error(fmt::format(
        "the gold and system texts differ (other than in spaces), first at character {}: gold '{}', system '{}'", i,
        g.text.substr(i, 20), s.text.substr(i, 20)));
  }
  EvalResult r;
  // Tokens: spans that match exactly.
  r.tokens.gold = g.tokens.size();
  r.tokens.system = s.tokens.size();
  {
    size_t a = 0, b = 0;
    while (a < g.tokens.size() && b < s.tokens.size()) {
      if (g.tokens[a] == s.tokens[b]) {
        ++r.tokens.correct;
        ++a;
        ++b;
      } else if (g.tokens[a].first <= s.tokens[b].first) {
        ++a;
      } else {
        ++b;
      }
    }
    r.tokens.aligned = r.tokens.correct;
  }
  auto pairs = align(g.words, s.words);
  std::vector<long> sys_to_gold(s.words.size(), -2);
  for (auto [gi, si] : pairs) sys_to_gold[si] = static_cast<long>(gi);
  Metric* all[] = {&r.words, &r.upos, &r.xpos, &r.ufeats, &r.lemmas, &r.uas, &r.las};
  for (Metric* m : all) {
    m->gold = g.words.size();
    m->system = s.words.size();
    m->aligned = pairs.size();
  }
  r.words.correct = pairs.size();
  for (auto [gi, si] : pairs) {
    const EvalWord& gw = g.words[gi];
    const EvalWord& sw = s.words[si];
    if (gw.upos == sw.upos) ++r.upos.correct;
    if (gw.xpos == sw.xpos) ++r.xpos.correct;
    if (gw.feats == sw.feats) ++r.ufeats.correct;
    if (gw.lemma == "_" || gw.lemma == sw.lemma) ++r.lemmas.correct;
    long sys_head = sw.head < 0 ? -1 : sys_to_gold[static_cast<size_t>(sw.head)];
    if (gw.head == sys_head) {
      ++r.uas.correct;
      if (gw.deprel == sw.deprel) ++r.las.correct;
    }
  }
  return r;
}

std::vector<Sentence> read_conllu_file(const std::string& path, bool check_annotations,
                                       const std::string& newdoc_prefix) {
  ConlluReadOptions options;
  options.check_annotations = check_annotations;
  ConlluReader reader(path, options);
  std::vector<Sentence> out;
  Sentence s;
  bool keep = newdoc_prefix.empty();
  while (reader.next(s)) {
    if (!newdoc_prefix.empty()) {
      for (const std::string& c : s.comments)
        if (c.starts_with("newdoc id = ") || c.starts_with("newdoc id=")) {
          std::string_view id(c);
          id.remove_prefix(id.find('=') + 1);
          while (!id.empty() && id[0] == ' ') id.remove_prefix(1);
          keep = id.starts_with(newdoc_prefix);
        }
    }
    if (keep) out.push_back(std::move(s));
  }
  return out;
}

EvalResult evaluate_files(const std::string& gold_path, const std::string& system_path,
                          const std::string& newdoc_prefix) {
  return evaluate(read_conllu_file(gold_path, true, newdoc_prefix), read_conllu_file(system_path, true, newdoc_prefix));
}

}  // namespace vigil::parse
