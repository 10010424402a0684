#include "parse/annotator.h"

#include <algorithm>
#include <limits>
#include <optional>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "parse/arc_labels.h"
#include "parse/lemma_repair.h"
#include "parse/tree_repair.h"
#include "text/word_list.h"

namespace vigil::parse {

namespace {

// The index of the first largest of s[0..n) (what std::max_element finds), for the ~100 tag and ~50 label scores.
int argmax_base(const int32_t* s, int n) { return static_cast<int>(std::max_element(s, s + n) - s); }

#if defined(__x86_64__)
// The same with AVX2: the maximum eight lanes at a time, then the first lane that holds it.
__attribute__((target("avx2"))) int argmax_avx2(const int32_t* s, int n) {
  if (n < 8) return argmax_base(s, n);
  __m256i m = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s));
  int i = 8;
  for (; i + 8 <= n; i += 8) m = _mm256_max_epi32(m, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i)));
  alignas(32) int32_t lanes[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), m);
  int32_t best = *std::max_element(lanes, lanes + 8);
  for (; i < n; ++i) best = std::max(best, s[i]);
  const __m256i b = _mm256_set1_epi32(best);
  int j = 0;
  for (; j + 8 <= n; j += 8) {
    __m256i eq = _mm256_cmpeq_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + j)), b);
    if (int mask = _mm256_movemask_ps(_mm256_castsi256_ps(eq))) return j + __builtin_ctz(static_cast<unsigned>(mask));
  }
  for (; j < n; ++j)
    if (s[j] == best) return j;
  return 0;  // not reached: best is one of s[0..n)
}

using ArgmaxFn = int (*)(const int32_t*, int);
ArgmaxFn pick_argmax() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? argmax_avx2 : argmax_base;
}
const ArgmaxFn argmax = pick_argmax();
#else
int argmax(const int32_t* s, int n) { return argmax_base(s, n); }
#endif

}  // namespace

void apply_edit(const LemmaEdit& edit, std::string_view base, std::string& out) {
  if (edit.strip > base.size()) {
    out.assign(base);
    return;
  }
  out.assign(base.substr(0, base.size() - edit.strip));
  out += edit.append;
}

void lemmatize(const Model& m, std::string_view form, int tag, std::string& out, std::string& scratch) {
  normalise_word(form, scratch);
  lemmatize(m, form, word_key(scratch), tag, out, scratch);
}

namespace {

// A verb whose predicted lemma WordNet does not know gets the lexicon lemma of its regular inflection instead, when
// there is one ("ruled": "rul" -> "rule"); `lower` is the lower-cased form. (The same repair of plural nouns against
// WordNet's noun index was measured and left out: EWT test lemmas 96.13 -> 96.12, GUM test unchanged, as many
// wrong as right: "regards" -> "regard", "AMS" -> "AM", "20s" -> "20".)
void repair_lemma(const LemmaData& L, int wn, std::string_view lower, std::string_view base, std::string& out) {
  if (L.lexicon.size() == 0 || wn != kWnVerb) return;
  bool lower_case = true;
  for (char c : out) lower_case = lower_case && !(c >= 'A' && c <= 'Z');
  if (lower_case) {
    if (silent_e_lemma(L, lower, out)) return;
    if (in_lexicon(L, wn, out)) return;
  } else {
    std::string low;
    lower_ascii(out, low);
    if (in_lexicon(L, wn, low)) return;
  }
  if (std::optional<LemmaEdit> e = lexicon_lemma_edit(L, wn, lower)) apply_edit(*e, base, out);
}

}  // namespace

void lemmatize(const Model& m, std::string_view form, uint64_t word, int tag, std::string& out, std::string& scratch) {
  const LemmaData& L = m.lemmas;
  lower_ascii(form, scratch);  // WordNet's exceptions are looked up lower-cased, and some tags' lemmas are built so
  const std::string_view lower(scratch);
  const std::string_view base = L.lower_base[tag] ? lower : form;
  const int wn = L.wordnet_pos[tag];
  uint32_t e = L.known.get(lemma_known_key(word, tag));
  if (e != U64Map::kMissing) {
    apply_edit(L.edits[e], base, out);
    repair_lemma(L, wn, lower, base, out);
    return;
  }
  if (wn != kWnNone) {
    e = L.exceptions.get(lemma_exception_key(wn, lower));
    if (e != U64Map::kMissing) {
      apply_edit(L.edits[e], base, out);
      return;
    }
  }
  size_t max_k = std::min<size_t>(static_cast<size_t>(L.max_suffix), base.size());
  for (size_t k = max_k + 1; k-- > 0;) {
    e = L.rules.get(lemma_rule_key(tag, k, base.substr(base.size() - k)));
    if (e != U64Map::kMissing && L.edits[e].strip <= base.size()) {
      apply_edit(L.edits[e], base, out);
      if (out.empty()) out.assign(base);
      repair_lemma(L, wn, lower, base, out);
      return;
    }
  }
  out.assign(base);
  repair_lemma(L, wn, lower, base, out);
}

const std::string& word_feats(const Model& m, std::string_view form, int tag, std::string& scratch) {
  normalise_word(form, scratch);
  return word_feats(m, word_key(scratch), tag);
}

const std::string& word_feats(const Model& m, uint64_t word, int tag) {
  uint32_t v = m.feats.known.get(feats_key(word, tag));
  if (v == U64Map::kMissing) v = m.feats.by_tag[tag];
  return m.feats.values[v];
}

Annotator::Annotator(const Model& model) : m_(model), kinds_(tag_kinds(model.upos)), beam_width_(model.beam) {
  scores_.resize(256);
  const int T = m_.tags();
  role_.assign(T, 0);
  for (int t = 0; t < T; ++t) {
    const std::string& x = m_.xpos[t];
    if (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") role_[t] |= kFiniteTag;
    if (x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "PRP") role_[t] |= kNominalTag;
    if (x == "DT" || x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "CD" || x == "PRP$" || x == "PRP" ||
        x == "JJ")
      role_[t] |= kObjectStartTag;
    if (m_.upos[t] == "VERB" && x == "VBD") vbd_ = t;
    if (m_.upos[t] == "VERB" && x == "VBN") vbn_ = t;
    if (m_.upos[t] == "VERB" && x == "VBZ") vbz_ = t;
    if (m_.upos[t] == "VERB" && x == "VBP") vbp_ = t;
    if (m_.upos[t] == "ADJ" && x == "JJ") jj_ = t;
    if (m_.upos[t] == "NOUN" && x == "NN") nn_ = t;
    if (m_.upos[t] == "PROPN" && x == "NNP") nnp_ = t;
  }
}

namespace {

// Finite verbs of a trailing attribution (", the army said.", ", officials told reporters."): the clause before it
// is a whole statement whose own verb the tagger may have read as a participle.
bool is_reporting_form(std::string_view form) {
  static constexpr std::string_view kForms[] = {"said", "says", "told", "tells", "reported", "reports", "added",
                                                "adds", "claimed", "claims", "stated", "states", "announced"};
  return is_one_of(form, kForms);
}

// Words that open a clause inside the sentence: a finite verb after one is that clause's, not the main one.
bool opens_inner_clause(std::string_view form) {
  static constexpr std::string_view kForms[] = {"which", "who", "whom", "whose", "because", "when", "while",
                                                "whether", "although", "though", "unless", "until", "where"};
  return is_one_of(form, kForms);
}

}  // namespace

void Annotator::prefer_finite_verb(const std::vector<std::string_view>& forms) {
  if (vbd_ < 0 || vbn_ < 0 || n_ < 4) return;
  // The words that must hold the clause's verb: the whole sentence, or what comes before a trailing attribution
  // (a comma, then no finite verb but a reporting one: "Israeli warplanes struck/VBN targets, the army said").
  int end = n_;
  bool full_stop = forms[n_ - 1] == ".";
  for (int c = n_ - 2; c >= 3; --c) {
    if (forms[c] != ",") continue;
    bool reporting = false, other_finite = false;
    for (int i = c + 1; i < n_; ++i)
      if (role_[tags_[i]] & kFiniteTag) (is_reporting_form(forms[i]) ? reporting : other_finite) = true;
    if (reporting && !other_finite) {
      end = c;
      full_stop = true;
    }
    break;  // only the last comma can open a trailing attribution
  }
  // The main clause's verb comes before a word that opens an inner clause ("refuted/VBN news reports claiming
  // that Mongolia was setting up camps" has "was" only inside): only a finite verb before it rules a reading out.
  int main_end = end;
  for (int i = 1; i < end; ++i)
    // ("that" after the participle is a determiner: "refuted that claim")
    if (opens_inner_clause(forms[i]) || (forms[i] == "that" && tags_[i - 1] != vbn_)) {
      main_end = i;
      break;
    }
  // Best with an object; failing that, in a sentence that ends in a full stop, best not followed by "by"
  // ("Israelis demonstrated in Tel Aviv").
  int best = -1, intransitive = -1;
  for (int i = 0; i < end; ++i) {
    if ((role_[tags_[i]] & kFiniteTag) && i < main_end) return;
    if (i >= main_end) break;
    if (tags_[i] != vbn_ || i == 0 || i + 1 >= end) continue;
    if (!(role_[tags_[i - 1]] & kNominalTag) && forms[i - 1] != ",") continue;
    if (role_[tags_[i + 1]] & kObjectStartTag) {
      if (best < 0 || margin_[i] < margin_[best]) best = i;
    } else if (full_stop && forms[i + 1] != "by" && (intransitive < 0 || margin_[i] < margin_[intransitive])) {
      intransitive = i;
    }
  }
  if (best < 0) best = intransitive;
  if (best < 0) return verb_from_noun(forms, end);
  if (best >= 0) tags_[best] = vbd_;
}

// A sentence with no finite verb and no participle to read as one: a lower-case word tagged as a noun between a
// nominal and an object, whose past-tense reading came close, is the verb ("A tornado hit/NN the town", "Israeli
// troops shot/NN dead two men"). How close is in the tagger's score units; on the wire corpus the words within this
// distance are nearly all verbs, and beyond it nearly all nouns.
void Annotator::verb_from_noun(const std::vector<std::string_view>& forms, int end) {
  constexpr int32_t kMaxBehind = 5'000'000;
  int best = -1;
  for (int i = 1; i + 1 < end; ++i) {
    if (!(role_[tags_[i]] & kNominalTag) || !(role_[tags_[i - 1]] & kNominalTag) ||
        !(role_[tags_[i + 1]] & kObjectStartTag) || behind_[i] > kMaxBehind)
      continue;
    std::string_view f = forms[i];
    bool lower_word = f.size() >= 3;
    for (char c : f) lower_word = lower_word && c >= 'a' && c <= 'z';
    if (lower_word && (best < 0 || behind_[i] < behind_[best])) best = i;
  }
  if (best < 0) return;
  // The tense: "-s" is the present of a single subject; a form that is not its own past-tense lemma ("shot", "left",
  // "withdrew") is past; a bare form after a plural is the plural present ("sectors complement"), else the past ("hit").
  std::string_view f = forms[best];
  lemmatize(m_, f, vbd_, lemma_, scratch2_);
  const std::string& before = m_.xpos[tags_[best - 1]];
  if (f.ends_with('s') && !f.ends_with("ss") && vbz_ >= 0) tags_[best] = vbz_;
  else if (lemma_ != f) tags_[best] = vbd_;
  else if ((before == "NNS" || before == "NNPS") && vbp_ >= 0) tags_[best] = vbp_;
  else tags_[best] = vbd_;
}

namespace {

// Words of quantity or degree that stand as adjectives after "a": "a little confused", "a few of them".
bool is_quantity_word(std::string_view form) {
  static constexpr std::string_view kForms[] = {"little", "few", "much", "more", "less", "lot", "bit", "good", "great"};
  return is_one_of(form, kForms);
}

}  // namespace

// In the UD data, a word read as an adjective there is nearly always one of degree ("a little", "a few") or one
// before a comma that joins another adjective ("a warm, tropical island"); those stay. So do words before a quote
// or a verb ("a new born daughter").
void Annotator::noun_after_article(const std::vector<std::string_view>& forms) {
  if (jj_ < 0 || nn_ < 0 || nnp_ < 0) return;
  for (int i = 1; i < n_; ++i) {
    if (tags_[i] != jj_ || is_quantity_word(ascii_lower(forms[i]))) continue;
    if (i + 1 < n_) {
      const std::string& next = m_.upos[tags_[i + 1]];
      const std::string_view f = forms[i + 1];
      bool closes = next == "ADP" || next == "AUX" || f == "." || f == ";" || f == ":" || f == ")";
      // After a comma, what opens a clause or a phrase of its own: not another adjective or noun of a list ("a
      // local, family owned company", "a simple, fitted one").
      if (f == "," && i + 2 < n_) {
        const std::string& after = m_.upos[tags_[i + 2]];
        closes = after == "AUX" || after == "DET" || after == "PRON" || after == "ADP" || after == "SCONJ" ||
                 (after == "VERB" && (role_[tags_[i + 2]] & kFiniteTag));
      }
      if (!closes) continue;
    }
    // The run back to the article: adjectives, numbers and hyphens ("a 25-year-old"); an adverb of degree makes
    // the word an adjective ("a highly toxic, cancer-causing metal").
    int j = i - 1;
    bool degree = false;
    for (; j >= 0; --j) {
      const std::string& u = m_.upos[tags_[j]];
      const bool hyphenated = j + 1 < n_ && m_.xpos[tags_[j + 1]] == "HYPH";  // "year" of "25-year-old"
      if (u != "ADJ" && u != "ADV" && u != "NUM" && m_.xpos[tags_[j]] != "HYPH" && !hyphenated) break;
      degree = degree || u == "ADV" || is_quantity_word(ascii_lower(forms[j]));
    }
    if (j < 0 || degree) continue;
    // The phrase opens with "a"/"an" or with a possessor ("the rebels' offensive against", "its offensive in").
    const std::string& opener = m_.xpos[tags_[j]];
    const std::string a = ascii_lower(forms[j]);
    if (a != "a" && a != "an" && opener != "POS" && opener != "PRP$") continue;
    if (ascii_lower(forms[i]) == "own") continue;  // "on their own"
    tags_[i] = std::isupper(static_cast<unsigned char>(forms[i][0])) ? nnp_ : nn_;
  }
}

// "the daily said", "a government daily reported", "China Daily reported": after a determiner, an adjective or a
// noun and before a verb, "daily" (and "weekly", "monthly") is the newspaper, not how often something is done.
void Annotator::periodical_nouns(const std::vector<std::string_view>& forms) {
  static constexpr std::string_view kPeriodicals[] = {"daily", "weekly", "monthly"};
  if (nn_ < 0 || nnp_ < 0) return;
  for (int i = 1; i + 1 < n_; ++i) {
    if (m_.xpos[tags_[i]] != "RB" || !is_one_of(ascii_lower(forms[i]), kPeriodicals)) continue;
    const std::string& before = m_.upos[tags_[i - 1]];
    const std::string& after = m_.upos[tags_[i + 1]];
    if (before != "DET" && before != "ADJ" && before != "NOUN" && before != "PROPN") continue;
    // A finite verb, or a verb of reporting whatever its tag ("the daily said" with "said" read as a participle).
    static constexpr std::string_view kReporting[] = {"said", "reported", "quoted", "wrote", "added", "cited"};
    if (after != "AUX" && !(after == "VERB" && ((role_[tags_[i + 1]] & kFiniteTag) ||
                                                 is_one_of(ascii_lower(forms[i + 1]), kReporting))))
      continue;
    tags_[i] = std::isupper(static_cast<unsigned char>(forms[i][0])) ? nnp_ : nn_;
  }
}

void Annotator::tag(const std::vector<std::string_view>& forms) {
  n_ = static_cast<int>(forms.size());
  const int T = m_.tags();
  toks_.resize(n_ + 4);
  toks_[0] = toks_[1] = boundary_tok(-1);
  toks_[n_ + 2] = toks_[n_ + 3] = boundary_tok(1);
  for (int i = 0; i < n_; ++i) describe_word(forms[i], m_.tagdict, scratch_, toks_[i + 2]);
  tags_.resize(n_);
  margin_.resize(n_);
  behind_.resize(n_);
  const Tok* toks = toks_.data() + 2;
  int32_t* scores = scores_.data();
  // Greedy left to right: each word's best tag, with the two tags before it as features.
  auto greedy = [&](const auto& table, auto features) {
    uint32_t p1 = start_tag(T, 0), p2 = start_tag(T, 1);
    for (int i = 0; i < n_; ++i) {
      size_t k = features(i, p1, p2);
      std::fill(scores, scores + T, 0);
      table.score(keys_, k, scores);
      int best = argmax(scores, T);
      tags_[i] = best;
      if (vbd_ >= 0 && vbn_ >= 0) {
        margin_[i] = scores[vbn_] - scores[vbd_];
        behind_[i] = scores[best] - scores[vbd_];
      }
      p2 = p1;
      p1 = static_cast<uint32_t>(best);
    }
  };
  const bool second_pass = m_.tagger2.features() > 0;
  word_keys_.resize(second_pass ? n_ * kTagFeatures : 0);
  greedy(m_.tagger, [&](int i, uint32_t p1, uint32_t p2) {
    size_t k = tagger_features(toks, i, p1, p2, keys_);
    // Kept for the second pass, which hashes again only the keys that read the tags before the word.
    if (second_pass) std::copy(keys_, keys_ + kTagFeatures, word_keys_.data() + i * kTagFeatures);
    return k;
  });
  if (!second_pass) {
    noun_after_article(forms);
    periodical_nouns(forms);
    return prefer_finite_verb(forms);
  }
  // Second pass: the first pass's tags stand for the right context.
  first_.assign(tags_.begin(), tags_.end());
  first_.push_back(static_cast<int>(none_tag(T)));
  first_.push_back(static_cast<int>(none_tag(T)));
  greedy(m_.tagger2, [&](int i, uint32_t p1, uint32_t p2) {
    return tagger2_features_reusing(word_keys_.data() + i * kTagFeatures, toks, i, p1, p2,
                                    static_cast<uint32_t>(first_[i + 1]), static_cast<uint32_t>(first_[i + 2]), keys_);
  });
  noun_after_article(forms);
  periodical_nouns(forms);
  prefer_finite_verb(forms);
}

void Annotator::parse() {
  const int n = n_;
  const int T = m_.tags();
  words_.resize(n + 2);
  ptags_.resize(n + 2);
  suffix_.assign(n + 2, 0);
  closed_.assign(n + 2, 0);
  words_[0] = kRootWord;
  ptags_[0] = root_tag(T);
  words_[n + 1] = kNoneWord;
  ptags_[n + 1] = none_tag(T);
  for (int i = 1; i <= n; ++i) {
    words_[i] = toks_[i + 1].lower;
    ptags_[i] = static_cast<uint32_t>(tags_[i - 1]);
    suffix_[i] = toks_[i + 1].suf[2];
    closed_[i] = m_.closed[tags_[i - 1]];
  }
  count_kinds(n, kinds_, [&](int i) { return tags_[i - 1]; }, punct_upto_, verb_upto_);
  ParseWords pw{words_.data(), ptags_.data(), punct_upto_.data(), verb_upto_.data(), suffix_.data(), closed_.data()};
  if (beam_width_ > 1) {
    parse_beam(pw);
  } else {
    greedy_parse(pw);
  }
  state_.finish();
  // Words given a head by finish() get a label too.
  for (int i = 1; i <= n; ++i)
    if (state_.label[i] == kNoLabel) state_.label[i] = static_cast<uint8_t>(label_arc(state_, pw, state_.head[i], i));
  heads_.assign(state_.head.begin(), state_.head.begin() + n + 1);
}

void Annotator::greedy_parse(const ParseWords& pw) {
  state_.init(n_);
  float sc[kTransitions];
  while (!state_.terminal()) {
    size_t k = parser_features(state_, pw, keys_);
    std::fill(sc, sc + kTransitions, 0.0f);
    m_.parser.score(keys_, k, sc);
    int best = -1;
    for (int t = 0; t < kTransitions; ++t)
      if (may_take(state_, pw, t) && (best < 0 || sc[t] > sc[best])) best = t;
    int arc_label = kNoLabel;
    if (best == kLeft) arc_label = label_arc(state_, pw, state_.b, state_.s0());
    else if (best == kRight) arc_label = label_arc(state_, pw, state_.s0(), state_.b);
    state_.apply(best, arc_label);
  }
}

void Annotator::parse_beam(const ParseWords& pw) {
  beam_.resize(1);
  beam_[0].st.init(n_);
  beam_[0].score = 0;
  float sc[kTransitions];
  for (;;) {
    candidates_.clear();
    bool all_done = true;
    for (int i = 0; i < static_cast<int>(beam_.size()); ++i) {
      const ArcEagerState& st = beam_[i].st;
      if (st.terminal()) {
        candidates_.push_back({beam_[i].score, i, -1, true});
        continue;
      }
      all_done = false;
      size_t k = parser_features(st, pw, keys_);
      std::fill(sc, sc + kTransitions, 0.0f);
      m_.parser.score(keys_, k, sc);
      for (int t = 0; t < kTransitions; ++t)
        if (may_take(st, pw, t)) candidates_.push_back({beam_[i].score + sc[t], i, t, true});
    }
    if (all_done) break;
    keep_best(candidates_, beam_width_);
    next_beam_.resize(candidates_.size());
    for (size_t j = 0; j < candidates_.size(); ++j) {
      const BeamCandidate& c = candidates_[j];
      BeamItem& item = next_beam_[j];
      item.st = beam_[c.item].st;
      item.score = c.score;
      if (c.transition < 0) continue;
      int arc_label = kNoLabel;
      if (c.transition == kLeft) arc_label = label_arc(item.st, pw, item.st.b, item.st.s0());
      else if (c.transition == kRight) arc_label = label_arc(item.st, pw, item.st.s0(), item.st.b);
      item.st.apply(c.transition, arc_label);
    }
    beam_.swap(next_beam_);
  }
  // The beam is in candidate order: the first item is the best.
  std::swap(state_, beam_[0].st);
}

int Annotator::label_arc(const ArcEagerState& st, const ParseWords& pw, int h, int d) {
  if (h == 0) return m_.root_label;
  const int L = static_cast<int>(m_.labels.size());
  size_t k = arc_label_features(st, pw, h, d, keys_);
  int32_t* scores = scores_.data();
  std::fill(scores, scores + L, 0);
  m_.arc_labeler.score(keys_, k, scores);
  scores[m_.root_label] = std::numeric_limits<int32_t>::min();
  return argmax(scores, L);
}

void Annotator::label() {
  const int n = n_;
  const int L = static_cast<int>(m_.labels.size());
  if (m_.labeler.features() == 0) {  // the arc labels are the output
    labels_out_.assign(state_.label.begin(), state_.label.begin() + n + 1);
    return;
  }
  // Children lists from the heads.
  child_start_.assign(n + 3, 0);
  for (int i = 1; i <= n; ++i) ++child_start_[heads_[i] + 1];
  for (int h = 0; h <= n + 1; ++h) child_start_[h + 1] += child_start_[h];
  children_.resize(n);
  fill_.assign(child_start_.begin(), child_start_.end());
  for (int i = 1; i <= n; ++i) children_[fill_[heads_[i]]++] = i;
  labels_.assign(n + 2, L);
  labels_[0] = L + 1;
  // Top-down: breadth first from the root.
  order_.clear();
  order_.push_back(0);
  head_ext_.assign(heads_.begin(), heads_.end());
  head_ext_.push_back(-1);
  LabelWords lw{n, words_.data(), ptags_.data(), suffix_.data(), closed_.data(), head_ext_.data(), labels_.data(),
                child_start_.data(), children_.data()};
  int32_t* scores = scores_.data();
  for (size_t q = 0; q < order_.size(); ++q) {
    int h = order_[q];
    for (int j = child_start_[h]; j < child_start_[h + 1]; ++j) {
      int d = children_[j];
      order_.push_back(d);
      if (h == 0) {
        labels_[d] = m_.root_label;
        continue;
      }
      size_t k = labeler_features(lw, d, keys_);
      std::fill(scores, scores + L, 0);
      m_.labeler.score(keys_, k, scores);
      scores[m_.root_label] = std::numeric_limits<int32_t>::min();
      labels_[d] = argmax(scores, L);
    }
  }
  labels_out_.assign(labels_.begin(), labels_.begin() + n + 1);
}

void Annotator::relemmatize_as(Word& w, std::string_view upos, std::string_view xpos) {
  for (size_t t = 0; t < m_.upos.size(); ++t)
    if (m_.upos[t] == upos && m_.xpos[t] == xpos) {
      lemmatize(m_, w.form, static_cast<int>(t), w.lemma, scratch2_);
      return;
    }
}

void Annotator::annotate(Sentence& s) {
  forms_.clear();
  for (const Word& w : s.words) forms_.emplace_back(w.form);
  tag(forms_);
  if (n_ == 0) return;
  parse();
  label();
  for (int i = 0; i < n_; ++i) {
    Word& w = s.words[i];
    int t = tags_[i];
    w.upos = m_.upos[t];
    w.xpos = m_.xpos[t];
    const uint64_t word = toks_[i + 2].lower;  // the tagger's key of the normalised form
    lemmatize(m_, w.form, word, t, w.lemma, scratch2_);
    w.feats = word_feats(m_, word, t);
    w.head = heads_[i + 1];
    w.deprel = m_.labels[labels_out_[i + 1]];
    w.deps.clear();
  }
  repair_stray_subject_adjectives(s);
  repair_relative_clause_roots(s);
  repair_possessives(s);
  repair_split_title_subjects(s);
  repair_active_subjects(s);
  repair_opening_visiting(s);
  repair_opening_participles(s);
  if (repair_opening_gerund_modifiers(s)) relemmatize_as(s.words[0], "VERB", "VBG");
  repair_day_phrases(s);
  repair_day_verb_roots(s);
  repair_bare_day_subjects(s);
  repair_fronted_appositives(s);
  repair_fronted_conjunct_subjects(s);
  repair_reduced_passives(s);
  repair_charged_acts(s);
  repair_reported_clauses(s);
  repair_that_clauses_of_saying(s);
  repair_reported_subjects(s);
  repair_name_lists(s);
  repair_stray_list_conjuncts(s);
  repair_between_pairs(s);
  repair_subordinate_clause_subjects(s);
  repair_adverb_clause_subjects(s);
  repair_stray_participles(s);
  repair_verb_conjuncts_of_nouns(s);
  repair_nominal_roots(s);
  repair_inverted_speakers(s);
  repair_trailing_speakers(s);
  repair_vocative_subjects(s);
  repair_noun_time_clauses(s);
  repair_due_to_infinitives(s);
  repair_sentenced_to_places(s);
  repair_title_participles(s);
  repair_determined_gerunds(s);
  repair_be_to_subjects(s);
}

}  // namespace vigil::parse
