// Feature extraction shared by training and runtime: per-word descriptions computed once per sentence, tagger
// features, the arc-eager parser state with its features and dynamic-oracle costs, and labeler features.
// Nothing here allocates per word: callers own the buffers and reuse them from sentence to sentence. Each function
// writes its keys unfinished and finishes them together at the end (finish_keys), which is cheaper than one by one.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/hash.h"
#include "parse/u64map.h"

namespace vigil::parse {

// ---------------------------------------------------------------------------------------------------------------
// Words

struct Tok {
  uint64_t form = 0;   // exact form
  uint64_t lower = 0;  // lower-cased, digits mapped to 0
  uint64_t pre[3] = {};
  uint64_t suf[4] = {};
  uint64_t shape = 0;
  uint32_t flags = 0;
  uint32_t amb = U64Map::kMissing;  // ambiguity class from the tag dictionary
};

enum TokFlags : uint32_t {
  kHasUpper = 1,
  kInitUpper = 2,
  kAllUpper = 4,
  kHasDigit = 8,
  kHasHyphen = 16,
  kHasAlpha = 32,
  kHasPeriod = 64,
  kNonAscii = 128,
};

// ASCII lower-casing with digits mapped to '0' (the key the tag dictionary and lexicons use).
inline void normalise_word(std::string_view form, std::string& out) {
  out.assign(form);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    else if (c >= '0' && c <= '9') c = '0';
  }
}

// Plain ASCII lower-casing (for lemmas).
inline void lower_ascii(std::string_view form, std::string& out) {
  out.assign(form);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
}

inline uint64_t word_key(std::string_view normalised) { return hash_bytes(normalised, 2); }

inline void describe_word(std::string_view form, const U64Map& tagdict, std::string& scratch, Tok& t) {
  normalise_word(form, scratch);
  std::string_view low(scratch);
  t.form = hash_bytes(form, 1);
  t.lower = word_key(low);
  for (int k = 0; k < 3; ++k) t.pre[k] = hash_bytes(low.substr(0, std::min<size_t>(low.size(), k + 1)), 10 + k);
  for (int k = 0; k < 4; ++k) {
    size_t len = std::min<size_t>(low.size(), k + 1);
    t.suf[k] = hash_bytes(low.substr(low.size() - len), 20 + k);
  }
  char shape[24];
  size_t sl = 0;
  uint32_t flags = 0;
  bool all_upper = true;
  char last = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    char cls;
    if (c >= 'A' && c <= 'Z') {
      cls = 'X';
      flags |= kHasUpper | kHasAlpha;
      if (i == 0) flags |= kInitUpper;
    } else if (c >= 'a' && c <= 'z') {
      cls = 'x';
      flags |= kHasAlpha;
      all_upper = false;
    } else if (c >= '0' && c <= '9') {
      cls = 'd';
      flags |= kHasDigit;
    } else if (c >= 0x80) {
      if ((c & 0xc0) == 0x80) continue;  // continuation byte
      cls = 'u';
      flags |= kNonAscii;
      all_upper = false;
    } else {
      cls = static_cast<char>(c);
      if (c == '-') flags |= kHasHyphen;
      if (c == '.') flags |= kHasPeriod;
    }
    if (cls != last && sl < sizeof shape) shape[sl++] = cls;
    last = cls;
  }
  if (all_upper && (flags & kHasUpper)) flags |= kAllUpper;
  t.shape = hash_bytes(std::string_view(shape, sl), 30);
  t.flags = flags;
  t.amb = tagdict.get(t.lower);
}

// ---------------------------------------------------------------------------------------------------------------
// Tagger: greedy left to right. `toks` points at word 0 of an array padded with two boundary words on each side.

inline constexpr int kMaxTagFeatures = 48;

inline const Tok& boundary_tok(int side) {
  static const Tok kBefore = [] {
    Tok t;
    t.form = t.lower = t.shape = 0x1111;
    for (auto& p : t.pre) p = 0x1111;
    for (auto& s : t.suf) s = 0x1111;
    t.amb = 0xfffffff0u;
    return t;
  }();
  static const Tok kAfter = [] {
    Tok t;
    t.form = t.lower = t.shape = 0x2222;
    for (auto& p : t.pre) p = 0x2222;
    for (auto& s : t.suf) s = 0x2222;
    t.amb = 0xfffffff1u;
    return t;
  }();
  return side < 0 ? kBefore : kAfter;
}

// The tagger's features are kTagFeatures keys; those at kTagHistorySlots read the tags of the previous words (p1,
// p2), the others only the words, so a second pass over the same words can reuse them (tagger2_features_reusing).
inline constexpr size_t kTagFeatures = 34;
inline constexpr int kTagHistorySlots[] = {12, 13, 14, 23, 28, 30, 32};

// Writes the keys that read p1 and p2, unfinished, into their slots of a tagger_features array.
inline void tag_history_keys(const Tok* toks, int i, uint32_t p1, uint32_t p2, uint64_t* out) {
  const Tok& w = toks[i];
  out[12] = Key(12)(p1).unfinished();
  out[13] = Key(13)(p2)(p1).unfinished();
  out[14] = Key(14)(p1)(w.lower).unfinished();
  out[23] = Key(23)(p1)(toks[i + 1].lower).unfinished();
  out[28] = Key(28)(p1)(w.amb).unfinished();
  out[30] = Key(30)(p1)(toks[i - 1].lower).unfinished();
  out[32] = Key(32)(p1)(w.suf[2]).unfinished();
}

// p1, p2: tags of the two previous words (or start markers).
inline size_t tagger_features(const Tok* toks, int i, uint32_t p1, uint32_t p2, uint64_t* out) {
  const Tok& w = toks[i];
  const Tok& m1 = toks[i - 1];
  const Tok& m2 = toks[i - 2];
  const Tok& n1 = toks[i + 1];
  const Tok& n2 = toks[i + 2];
  size_t k = 0;
  out[k++] = Key(0).unfinished();
  out[k++] = Key(1)(w.lower).unfinished();
  out[k++] = Key(2)(w.form).unfinished();
  for (int s = 0; s < 4; ++s) out[k++] = Key(3 + s)(w.suf[s]).unfinished();
  for (int p = 0; p < 3; ++p) out[k++] = Key(7 + p)(w.pre[p]).unfinished();
  out[k++] = Key(10)(w.shape).unfinished();
  out[k++] = Key(11)(w.flags | (i == 0 ? 0x100u : 0u)).unfinished();
  k += 3;  // 12..14: tag_history_keys
  out[k++] = Key(15)(m1.lower).unfinished();
  out[k++] = Key(16)(m2.lower).unfinished();
  out[k++] = Key(17)(n1.lower).unfinished();
  out[k++] = Key(18)(n2.lower).unfinished();
  out[k++] = Key(19)(m1.lower)(w.lower).unfinished();
  out[k++] = Key(20)(w.lower)(n1.lower).unfinished();
  out[k++] = Key(21)(m1.suf[2]).unfinished();
  out[k++] = Key(22)(n1.suf[2]).unfinished();
  k += 1;  // 23
  out[k++] = Key(24)(w.shape)(n1.shape).unfinished();
  out[k++] = Key(25)(w.amb).unfinished();
  out[k++] = Key(26)(n1.amb).unfinished();
  out[k++] = Key(27)(n2.amb).unfinished();
  k += 1;  // 28
  out[k++] = Key(29)(w.amb)(n1.amb).unfinished();
  k += 1;  // 30
  out[k++] = Key(31)(w.suf[2])(n1.amb).unfinished();
  k += 1;  // 32
  out[k++] = Key(33)(m1.shape)(w.shape).unfinished();
  tag_history_keys(toks, i, p1, p2, out);
  finish_keys(out, k);
  return k;
}

// The second pass's own keys, after the first pass's: the first pass's tags of the next two words (r1, r2).
inline size_t tagger2_extra_features(const Tok* toks, int i, uint32_t p1, uint32_t r1, uint32_t r2, uint64_t* out) {
  const Tok& w = toks[i];
  const Tok& n1 = toks[i + 1];
  size_t k = 0;
  out[k++] = Key(40)(r1).unfinished();
  out[k++] = Key(41)(r1)(r2).unfinished();
  out[k++] = Key(42)(p1)(r1).unfinished();
  out[k++] = Key(43)(w.lower)(r1).unfinished();
  out[k++] = Key(44)(w.suf[2])(r1).unfinished();
  out[k++] = Key(45)(n1.lower)(r1).unfinished();
  out[k++] = Key(46)(w.amb)(r1).unfinished();
  finish_keys(out, k);
  return k;
}

// Second tagging pass: all first-pass features, plus the first pass's tags of the next two words (r1, r2).
inline size_t tagger2_features(const Tok* toks, int i, uint32_t p1, uint32_t p2, uint32_t r1, uint32_t r2,
                               uint64_t* out) {
  const size_t first = tagger_features(toks, i, p1, p2, out);
  return first + tagger2_extra_features(toks, i, p1, r1, r2, out + first);
}

// The same keys as tagger2_features, given `word_keys`, the finished tagger_features of the same word with any
// tags: only the keys of the tag history are hashed again (the second pass runs over the same words).
inline size_t tagger2_features_reusing(const uint64_t* word_keys, const Tok* toks, int i, uint32_t p1, uint32_t p2,
                                       uint32_t r1, uint32_t r2, uint64_t* out) {
  std::copy(word_keys, word_keys + kTagFeatures, out);
  tag_history_keys(toks, i, p1, p2, out);
  for (int slot : kTagHistorySlots) out[slot] = fmix64(out[slot]);
  return kTagFeatures + tagger2_extra_features(toks, i, p1, r1, r2, out + kTagFeatures);
}

// ---------------------------------------------------------------------------------------------------------------
// Arc-eager parser. Word 0 is the root, words are 1..n, and n + 1 stands for "none" in every array.

enum Transition : int { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
inline constexpr int kTransitions = 4;
inline constexpr int kMaxParseFeatures = 96;
// The label of a word that has no arc yet (labels are at most 250).
inline constexpr int kNoLabel = 255;

struct ArcEagerState {
  int n = 0;
  int b = 1;
  bool root_taken = false;
  std::vector<int> stack;
  std::vector<int> head;  // -1 = none yet
  std::vector<int> lc1, lc2, rc1, rc2;
  std::vector<uint8_t> nl, nr, on_stack;
  // Arc labels, given as the arcs are made (kNoLabel until then), and each word's sets of left and right
  // dependents' labels (bit label % 64): the parser's features see the functions already assigned.
  std::vector<uint8_t> label;
  std::vector<uint64_t> lset_l, lset_r;

  int none() const { return n + 1; }
  void init(int words) {
    n = words;
    b = 1;
    root_taken = false;
    stack.clear();
    stack.push_back(0);
    head.assign(n + 2, -1);
    lc1.assign(n + 2, n + 1);
    lc2.assign(n + 2, n + 1);
    rc1.assign(n + 2, n + 1);
    rc2.assign(n + 2, n + 1);
    nl.assign(n + 2, 0);
    nr.assign(n + 2, 0);
    on_stack.assign(n + 2, 0);
    on_stack[0] = 1;
    label.assign(n + 2, kNoLabel);
    lset_l.assign(n + 2, 0);
    lset_r.assign(n + 2, 0);
  }
  bool terminal() const { return b > n; }
  int s0() const { return stack.back(); }

  bool legal(int t) const {
    int s = stack.back();
    switch (t) {
      case kShift: return b <= n;
      case kReduce: return s != 0 && head[s] >= 0;
      case kLeft: return b <= n && s != 0 && head[s] < 0;
      case kRight: return b <= n && (s != 0 || !root_taken);
    }
    return false;
  }

  // `arc_label` labels the arc that kLeft or kRight makes.
  void apply(int t, int arc_label = kNoLabel) {
    int s = stack.back();
    switch (t) {
      case kShift:
        stack.push_back(b);
        on_stack[b] = 1;
        ++b;
        break;
      case kReduce:
        stack.pop_back();
        on_stack[s] = 0;
        break;
      case kLeft:
        head[s] = b;
        label[s] = static_cast<uint8_t>(arc_label);
        lset_l[b] |= uint64_t{1} << (arc_label & 63);
        lc2[b] = lc1[b];
        lc1[b] = s;
        if (nl[b] < 255) ++nl[b];
        stack.pop_back();
        on_stack[s] = 0;
        break;
      case kRight:
        head[b] = s;
        label[b] = static_cast<uint8_t>(arc_label);
        lset_r[s] |= uint64_t{1} << (arc_label & 63);
        rc2[s] = rc1[s];
        rc1[s] = b;
        if (nr[s] < 255) ++nr[s];
        if (s == 0) root_taken = true;
        stack.push_back(b);
        on_stack[b] = 1;
        ++b;
        break;
    }
  }

  // Gives every word without a head one: the root's dependent (or, when the root has none, the first such word
  // becomes it). Afterwards exactly one word depends on the root.
  void finish() {
    int root_child = root_taken ? rc1[0] : -1;
    for (int i = 1; i <= n; ++i) {
      if (head[i] >= 0) continue;
      if (root_child < 0) {
        head[i] = 0;
        root_child = i;
      } else {
        head[i] = root_child;
      }
    }
  }

  // Dynamic-oracle costs (Goldberg & Nivre 2012): how many gold arcs each transition makes unreachable.
  // gold_children(h) lists h's gold dependents in increasing order; gold[i] is i's gold head.
  void costs(const int* gold, const int* child_start, const int* children, int* cost) const {
    int s = stack.back();
    auto deps_from = [&](int h, int from) {  // gold dependents of h at positions >= from
      int c = 0;
      for (int j = child_start[h]; j < child_start[h + 1]; ++j)
        if (children[j] >= from) ++c;
      return c;
    };
    auto headless_stack_deps = [&](int h) {  // gold dependents of h still on the stack without a head
      int c = 0;
      for (int j = child_start[h]; j < child_start[h + 1]; ++j) {
        int k = children[j];
        if (k < h && k != 0 && on_stack[k] && head[k] < 0) ++c;
      }
      return c;
    };
    auto head_reachable_in_stack = [&](int g) { return on_stack[g] && !(g == 0 && root_taken); };
    if (b <= n) {
      int g = gold[b];
      // SHIFT: b can no longer take a head or dependents from the stack.
      cost[kShift] = (head_reachable_in_stack(g) ? 1 : 0) + headless_stack_deps(b);
      // RIGHT: b takes s as head; other heads and its stack dependents are lost.
      cost[kRight] = (g != s && (head_reachable_in_stack(g) || g > b) ? 1 : 0) + headless_stack_deps(b);
    } else {
      cost[kShift] = cost[kRight] = 0;
    }
    if (s != 0) {
      int g = gold[s];
      // LEFT: s takes b as head and leaves; its dependents in the buffer are lost.
      cost[kLeft] = (b <= n && g != b && g > b ? 1 : 0) + deps_from(s, b);
      // REDUCE: s leaves; its dependents in the buffer are lost.
      cost[kReduce] = deps_from(s, b);
    } else {
      cost[kLeft] = cost[kReduce] = 0;
    }
  }
};

// Word arrays for the parser: index 0 is the root, 1..n the words, n + 1 none. punct_upto[i] and verb_upto[i]
// count the punctuation marks and verbs among words 1..i (the parser looks at how many lie between its two focus
// words: a comma or a verb between them speaks against an arc). The arc labeler (arc_labels.h) also reads each
// word's 3-byte suffix hash and whether it is a closed-class word.
struct ParseWords {
  const uint64_t* word;
  const uint32_t* tag;
  const int* punct_upto;
  const int* verb_upto;
  const uint64_t* suffix;
  const uint8_t* closed;
};

// Per tag: what the parser counts between words.
enum TagKind : uint8_t { kPunctTag = 1, kVerbTag = 2 };
inline std::vector<uint8_t> tag_kinds(const std::vector<std::string>& upos) {
  std::vector<uint8_t> kinds;
  for (const std::string& u : upos)
    kinds.push_back(u == "PUNCT" ? kPunctTag : (u == "VERB" || u == "AUX") ? kVerbTag : 0);
  return kinds;
}
// Fills punct_upto and verb_upto (0..n+1) for words whose tags are tags_of_word(1..n).
template <class TagOf>
void count_kinds(int n, const std::vector<uint8_t>& kinds, TagOf tag_of_word, std::vector<int>& punct_upto,
                 std::vector<int>& verb_upto) {
  punct_upto.assign(n + 2, 0);
  verb_upto.assign(n + 2, 0);
  for (int i = 1; i <= n; ++i) {
    uint8_t k = kinds[tag_of_word(i)];
    punct_upto[i] = punct_upto[i - 1] + ((k & kPunctTag) ? 1 : 0);
    verb_upto[i] = verb_upto[i - 1] + ((k & kVerbTag) ? 1 : 0);
  }
  punct_upto[n + 1] = punct_upto[n];
  verb_upto[n + 1] = verb_upto[n];
}

// A transition the parser may take: legal, and no punctuation mark made a head. In UD punctuation heads nothing,
// and a greedy parser that lets "." take the subject of a clause it gave up on ("Commissioner Joaquin Almunia ...
// called on", with "Affairs" made the root) ruins the clause for everyone downstream. Kept out at decoding only.
inline bool may_take(const ArcEagerState& st, const ParseWords& pw, int t) {
  if (!st.legal(t)) return false;
  auto is_punct = [&](int w) { return w >= 1 && w <= st.n && pw.punct_upto[w] != pw.punct_upto[w - 1]; };
  if (t == kLeft) return !is_punct(st.b);
  if (t == kRight) return !is_punct(st.s0());
  return true;
}

inline int distance_bucket(int d) {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 10) return 6;
  return 7;
}

inline size_t parser_features(const ArcEagerState& st, const ParseWords& pw, uint64_t* out) {
  const int none = st.none();
  const int n = st.n;
  const int s0 = st.stack.back();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : none;
  const int n0 = st.b <= n ? st.b : none;
  const int n1 = st.b + 1 <= n ? st.b + 1 : none;
  const int n2 = st.b + 2 <= n ? st.b + 2 : none;
  const int s0h = st.head[s0] >= 0 ? st.head[s0] : none;
  const int s0h2 = (s0h != none && st.head[s0h] >= 0) ? st.head[s0h] : none;
  const int s0l = st.lc1[s0], s0l2 = st.lc2[s0], s0r = st.rc1[s0], s0r2 = st.rc2[s0];
  const int n0l = st.lc1[n0], n0l2 = st.lc2[n0];
  const uint64_t* W = pw.word;
  const uint32_t* P = pw.tag;
  const uint64_t s0w = W[s0], n0w = W[n0], n1w = W[n1], n2w = W[n2], s1w = W[s1];
  const uint64_t s0p = P[s0], n0p = P[n0], n1p = P[n1], n2p = P[n2], s1p = P[s1];
  const uint64_t d = n0 != none ? distance_bucket(n0 - s0) : 0;
  const uint64_t s0vl = st.nl[s0], s0vr = st.nr[s0], n0vl = st.nl[n0];
  const uint64_t s0hashead = st.head[s0] >= 0 ? 1 : 0;
  size_t k = 0;
  out[k++] = Key(100).unfinished();
  // single words
  out[k++] = Key(101)(s0w)(s0p).unfinished();
  out[k++] = Key(102)(s0w).unfinished();
  out[k++] = Key(103)(s0p).unfinished();
  out[k++] = Key(104)(n0w)(n0p).unfinished();
  out[k++] = Key(105)(n0w).unfinished();
  out[k++] = Key(106)(n0p).unfinished();
  out[k++] = Key(107)(n1w)(n1p).unfinished();
  out[k++] = Key(108)(n1w).unfinished();
  out[k++] = Key(109)(n1p).unfinished();
  out[k++] = Key(110)(n2w)(n2p).unfinished();
  out[k++] = Key(111)(n2w).unfinished();
  out[k++] = Key(112)(n2p).unfinished();
  // pairs
  out[k++] = Key(113)(s0w)(s0p)(n0w)(n0p).unfinished();
  out[k++] = Key(114)(s0w)(s0p)(n0w).unfinished();
  out[k++] = Key(115)(s0w)(n0w)(n0p).unfinished();
  out[k++] = Key(116)(s0w)(s0p)(n0p).unfinished();
  out[k++] = Key(117)(s0p)(n0w)(n0p).unfinished();
  out[k++] = Key(118)(s0w)(n0w).unfinished();
  out[k++] = Key(119)(s0p)(n0p).unfinished();
  out[k++] = Key(120)(n0p)(n1p).unfinished();
  // triples of tags
  out[k++] = Key(121)(n0p)(n1p)(n2p).unfinished();
  out[k++] = Key(122)(s0p)(n0p)(n1p).unfinished();
  out[k++] = Key(123)(P[s0h])(s0p)(n0p).unfinished();
  out[k++] = Key(124)(s0p)(P[s0l])(n0p).unfinished();
  out[k++] = Key(125)(s0p)(P[s0r])(n0p).unfinished();
  out[k++] = Key(126)(s0p)(n0p)(P[n0l]).unfinished();
  // distance
  out[k++] = Key(127)(s0w)(d).unfinished();
  out[k++] = Key(128)(s0p)(d).unfinished();
  out[k++] = Key(129)(n0w)(d).unfinished();
  out[k++] = Key(130)(n0p)(d).unfinished();
  out[k++] = Key(131)(s0w)(n0w)(d).unfinished();
  out[k++] = Key(132)(s0p)(n0p)(d).unfinished();
  // valency
  out[k++] = Key(133)(s0w)(s0vr).unfinished();
  out[k++] = Key(134)(s0p)(s0vr).unfinished();
  out[k++] = Key(135)(s0w)(s0vl).unfinished();
  out[k++] = Key(136)(s0p)(s0vl).unfinished();
  out[k++] = Key(137)(n0w)(n0vl).unfinished();
  out[k++] = Key(138)(n0p)(n0vl).unfinished();
  // second-order unigrams
  out[k++] = Key(139)(W[s0h]).unfinished();
  out[k++] = Key(140)(P[s0h]).unfinished();
  out[k++] = Key(141)(W[s0l]).unfinished();
  out[k++] = Key(142)(P[s0l]).unfinished();
  out[k++] = Key(143)(W[s0r]).unfinished();
  out[k++] = Key(144)(P[s0r]).unfinished();
  out[k++] = Key(145)(W[n0l]).unfinished();
  out[k++] = Key(146)(P[n0l]).unfinished();
  // third order
  out[k++] = Key(147)(W[s0h2]).unfinished();
  out[k++] = Key(148)(P[s0h2]).unfinished();
  out[k++] = Key(149)(W[s0l2]).unfinished();
  out[k++] = Key(150)(P[s0l2]).unfinished();
  out[k++] = Key(151)(W[s0r2]).unfinished();
  out[k++] = Key(152)(P[s0r2]).unfinished();
  out[k++] = Key(153)(W[n0l2]).unfinished();
  out[k++] = Key(154)(P[n0l2]).unfinished();
  out[k++] = Key(155)(s0p)(P[s0l])(P[s0l2]).unfinished();
  out[k++] = Key(156)(s0p)(P[s0r])(P[s0r2]).unfinished();
  out[k++] = Key(157)(s0p)(P[s0h])(P[s0h2]).unfinished();
  out[k++] = Key(158)(n0p)(P[n0l])(P[n0l2]).unfinished();
  // the second stack word
  out[k++] = Key(159)(s1w)(s1p).unfinished();
  out[k++] = Key(160)(s1p).unfinished();
  out[k++] = Key(161)(s1p)(s0p)(n0p).unfinished();
  out[k++] = Key(162)(s1w)(s0p)(n0p).unfinished();
  out[k++] = Key(163)(s1p)(s0w)(n0p).unfinished();
  // arc-eager specifics
  out[k++] = Key(164)(s0hashead)(s0p)(n0p).unfinished();
  out[k++] = Key(165)(s0hashead)(s0w)(n0w).unfinished();
  out[k++] = Key(166)(s0hashead)(s0p)(n0p)(n1p).unfinished();
  out[k++] = Key(167)(s0p)(n0p)(P[s0h])(s0hashead).unfinished();
  // labels of the arcs made so far (Zhang & Nivre's label and label-set features)
  const uint8_t* A = st.label.data();
  const uint64_t s0sl = st.lset_l[s0], s0sr = st.lset_r[s0], n0sl = st.lset_l[n0];
  out[k++] = Key(168)(A[s0]).unfinished();
  out[k++] = Key(169)(A[s0l]).unfinished();
  out[k++] = Key(170)(A[s0r]).unfinished();
  out[k++] = Key(171)(A[n0l]).unfinished();
  out[k++] = Key(172)(A[s0h]).unfinished();
  out[k++] = Key(173)(A[s0l2]).unfinished();
  out[k++] = Key(174)(A[s0r2]).unfinished();
  out[k++] = Key(175)(A[n0l2]).unfinished();
  out[k++] = Key(176)(s0w)(s0sr).unfinished();
  out[k++] = Key(177)(s0p)(s0sr).unfinished();
  out[k++] = Key(178)(s0w)(s0sl).unfinished();
  out[k++] = Key(179)(s0p)(s0sl).unfinished();
  out[k++] = Key(180)(n0w)(n0sl).unfinished();
  out[k++] = Key(181)(n0p)(n0sl).unfinished();
  out[k++] = Key(182)(s0p)(A[s0])(n0p).unfinished();
  out[k++] = Key(183)(s0p)(A[s0r])(n0p).unfinished();
  // punctuation and verbs between s0 and n0, and one more word of lookahead
  const uint64_t punct_between = n0 != none ? std::min(pw.punct_upto[n0 - 1] - pw.punct_upto[s0], 3) : 4;
  const uint64_t verbs_between = n0 != none ? std::min(pw.verb_upto[n0 - 1] - pw.verb_upto[s0], 3) : 4;
  const int n3 = st.b + 3 <= n ? st.b + 3 : none;
  out[k++] = Key(184)(s0p)(n0p)(punct_between).unfinished();
  out[k++] = Key(185)(s0p)(n0p)(verbs_between).unfinished();
  out[k++] = Key(186)(s0w)(n0p)(punct_between).unfinished();
  out[k++] = Key(187)(s0p)(n0w)(punct_between).unfinished();
  out[k++] = Key(188)(s0p)(n0p)(punct_between)(verbs_between)(d).unfinished();
  out[k++] = Key(189)(n0p)(n1p)(n2p)(P[n3]).unfinished();
  finish_keys(out, k);
  return k;
}

// ---------------------------------------------------------------------------------------------------------------
// Labeler: labels the finished tree top-down, a head's dependents left to right.

inline constexpr int kMaxLabelFeatures = 64;

struct LabelWords {
  int n;
  const uint64_t* word;   // 0..n+1 as for the parser
  const uint32_t* tag;
  const uint64_t* suffix;  // 3-byte suffix hash
  const uint8_t* closed;   // per word: closed-class word
  const int* head;
  const int* label;        // labels given so far (none_label when not yet)
  const int* child_start;  // children of h: children[child_start[h] .. child_start[h + 1])
  const int* children;
};

// The head-dependent templates shared by both labelers (keys base+0 .. base+19): the two words and tags,
// direction, distance, the head's label, the dependent's suffix, its neighbours' tags and its grandparent's tag.
struct LabelPair {
  uint64_t dir, dw, dp, hw, hp, dist, hl, suffix, prevp, nextp, pg;
};
inline size_t label_pair_keys(uint32_t base, const LabelPair& f, uint64_t* out) {
  size_t k = 0;
  out[k++] = Key(base + 0)(f.dir).unfinished();
  out[k++] = Key(base + 1)(f.dw).unfinished();
  out[k++] = Key(base + 2)(f.dp).unfinished();
  out[k++] = Key(base + 3)(f.dw)(f.dp).unfinished();
  out[k++] = Key(base + 4)(f.hw).unfinished();
  out[k++] = Key(base + 5)(f.hp).unfinished();
  out[k++] = Key(base + 6)(f.hw)(f.hp).unfinished();
  out[k++] = Key(base + 7)(f.dp)(f.hp).unfinished();
  out[k++] = Key(base + 8)(f.dw)(f.hp).unfinished();
  out[k++] = Key(base + 9)(f.dp)(f.hw).unfinished();
  out[k++] = Key(base + 10)(f.dw)(f.hw).unfinished();
  out[k++] = Key(base + 11)(f.dp)(f.hp)(f.dir).unfinished();
  out[k++] = Key(base + 12)(f.dp)(f.hp)(f.dir)(f.dist).unfinished();
  out[k++] = Key(base + 13)(f.dp)(f.hp)(f.hl).unfinished();
  out[k++] = Key(base + 14)(f.suffix)(f.dp).unfinished();
  out[k++] = Key(base + 15)(f.dp)(f.prevp)(f.nextp).unfinished();
  out[k++] = Key(base + 16)(f.dp)(f.hp)(f.pg).unfinished();
  out[k++] = Key(base + 17)(f.dw)(f.hw)(f.dir).unfinished();
  out[k++] = Key(base + 18)(f.dw)(f.hp)(f.dir).unfinished();
  out[k++] = Key(base + 19)(f.hl)(f.dp)(f.dir).unfinished();
  finish_keys(out, k);
  return k;
}

inline size_t labeler_features(const LabelWords& lw, int d, uint64_t* out) {
  const int n = lw.n;
  const int none = n + 1;
  const int h = lw.head[d];
  const uint64_t* W = lw.word;
  const uint32_t* P = lw.tag;
  const uint64_t dw = W[d], hw = W[h];
  const uint64_t dp = P[d], hp = P[h];
  const uint64_t dir = d < h ? 1 : 2;
  const uint64_t dist = distance_bucket(d < h ? h - d : d - h);
  const uint64_t hl = static_cast<uint64_t>(lw.label[h]);
  const int g = h > 0 && lw.head[h] >= 0 ? lw.head[h] : none;
  const uint64_t prevp = P[d - 1];
  const uint64_t nextp = P[d + 1 <= n ? d + 1 : none];
  size_t k = 0;
  k += label_pair_keys(200, {dir, dw, dp, hw, hp, dist, hl, lw.suffix[d], prevp, nextp, P[g]}, out + k);
  const size_t pair_keys = k;
  out[k++] = Key(220)(dp)(hp)(dir)(h == 0 ? 1 : 0).unfinished();
  out[k++] = Key(221)(dp)(dir)(d == 1 ? 1 : 0).unfinished();
  // The dependent's own dependents (function words by their form, others by their tag).
  int nch = lw.child_start[d + 1] - lw.child_start[d];
  out[k++] = Key(222)(dp)(std::min(nch, 4)).unfinished();
  int added = 0;
  for (int j = lw.child_start[d]; j < lw.child_start[d + 1] && added < 8; ++j, ++added) {
    int c = lw.children[j];
    uint64_t what = lw.closed[c] ? W[c] : P[c];
    out[k++] = Key(223)(dp)(what)(c < d ? 1 : 2).unfinished();
    out[k++] = Key(224)(dp)(hp)(what)(c < d ? 1 : 2).unfinished();
  }
  // Siblings: the previous one (already labeled), and function words among the head's dependents.
  int prev_sib = none;
  int sib_added = 0;
  for (int j = lw.child_start[h]; j < lw.child_start[h + 1]; ++j) {
    int c = lw.children[j];
    if (c == d) continue;
    if (c < d) prev_sib = c;
    if (sib_added < 6) {
      uint64_t what = lw.closed[c] ? W[c] : P[c];
      out[k++] = Key(225)(dp)(hp)(what)(c < h ? 1 : 2)(dir).unfinished();
      ++sib_added;
    }
  }
  out[k++] = Key(226)(static_cast<uint64_t>(lw.label[prev_sib]))(dp)(hp)(dir).unfinished();
  out[k++] = Key(227)(P[prev_sib])(dp)(hp).unfinished();
  finish_keys(out + pair_keys, k - pair_keys);
  return k;
}

}  // namespace vigil::parse
