#include "parse/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "ingest/input_error.h"
#include "parse/annotator.h"
#include "parse/arc_labels.h"
#include "parse/beam.h"
#include "parse/evaluate.h"
#include "parse/features.h"
#include "parse/news_day_variants.h"
#include "parse/rng.h"
#include "text/conllu.h"

namespace vigil::parse {
namespace {

struct TSent {
  int n = 0;
  std::vector<std::string> forms;
  std::vector<int> tags;       // gold tag ids, -1 when the pair is not in the tag set
  std::vector<int> heads;      // heads[i] for word i (1..n), heads[0] unused
  std::vector<int> labels;     // 1..n
  std::vector<Tok> toks;       // padded by two on each side
  std::vector<int> pred_tags;  // tags the parser trains on
};

void run_jobs(std::vector<std::function<void()>>& jobs, int threads) {
  threads = std::max(1, threads);
  std::mutex mu;
  size_t next = 0;
  std::exception_ptr error;
  auto worker = [&] {
    for (;;) {
      size_t j;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (next >= jobs.size() || error) return;
        j = next++;
      }
      try {
        jobs[j]();
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!error) error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && t < static_cast<int>(jobs.size()); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

template <class K>
std::vector<K> by_frequency(const std::map<K, size_t>& counts) {
  std::vector<std::pair<K, size_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  std::vector<K> out;
  for (auto& [k, c] : v) out.push_back(k);
  return out;
}

const std::set<std::string> kClosedUpos = {"ADP", "SCONJ", "CCONJ", "PART", "DET", "AUX", "PRON", "PUNCT"};

// ----------------------------------------------------------------------------------------------------------------
// Tagger

// With `second_pass`, the features include the right-context tags of each sentence's pred_tags (a first pass).
WeightTable train_tagger(const std::vector<TSent*>& data, int T, const TrainOptions& o, uint64_t seed,
                         const std::function<void(const std::string&)>& log, bool second_pass = false) {
  Perceptron p(T);
  auto right = [&](const TSent* s, int i) -> uint32_t {
    return i < s->n ? static_cast<uint32_t>(s->pred_tags[i]) : none_tag(T);
  };
  auto features = [&](const TSent* s, const Tok* toks, int i, uint32_t p1, uint32_t p2, uint64_t* out) {
    return second_pass ? tagger2_features(toks, i, p1, p2, right(s, i + 1), right(s, i + 2), out)
                       : tagger_features(toks, i, p1, p2, out);
  };

  uint64_t keys[kMaxTagFeatures];
  {
    KeyIndex index;
    std::vector<uint32_t> counts;
    for (const TSent* s : data) {
      const Tok* toks = s->toks.data() + 2;
      uint32_t p1 = start_tag(T, 0), p2 = start_tag(T, 1);
      for (int i = 0; i < s->n; ++i) {
        size_t k = features(s, toks, i, p1, p2, keys);
        for (size_t j = 0; j < k; ++j) {
          uint32_t row = index.insert(keys[j]);
          if (row >= counts.size()) counts.push_back(0);
          ++counts[row];
        }
        p2 = p1;
        p1 = s->tags[i] >= 0 ? static_cast<uint32_t>(s->tags[i]) : none_tag(T);
      }
    }
    for (size_t r = 0; r < counts.size(); ++r)
      if (counts[r] >= static_cast<uint32_t>(o.tagger_min_count)) p.allow(index.keys()[r]);
    p.freeze();
  }
  Rng rng(seed);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<float> scores(T);
  for (int epoch = 0; epoch < o.tagger_epochs; ++epoch) {
    rng.shuffle(order);
    size_t total = 0, right = 0;
    for (size_t si : order) {
      const TSent* s = data[si];
      const Tok* toks = s->toks.data() + 2;
      uint32_t p1 = start_tag(T, 0), p2 = start_tag(T, 1);
      for (int i = 0; i < s->n; ++i) {
        size_t k = features(s, toks, i, p1, p2, keys);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(keys, k, scores.data());
        int pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        int gold = s->tags[i];
        if (gold >= 0) {
          ++total;
          if (pred == gold) ++right;
          else p.update(keys, k, gold, pred);
        }
        p.tick();
        p2 = p1;
        p1 = static_cast<uint32_t>(pred);
      }
    }
    if (log) log(fmt::format("tagger{} epoch {}: training accuracy {:.2f}%", second_pass ? " (second pass)" : "", epoch + 1, 100.0 * right / std::max<size_t>(total, 1)));
  }
  return p.average(1);
}

void tag_with(const WeightTable& w, int T, TSent& s) {
  uint64_t keys[kMaxTagFeatures];
  std::vector<int32_t> scores(T);
  const Tok* toks = s.toks.data() + 2;
  uint32_t p1 = start_tag(T, 0), p2 = start_tag(T, 1);
  s.pred_tags.assign(s.n, 0);
  for (int i = 0; i < s.n; ++i) {
    size_t k = tagger_features(toks, i, p1, p2, keys);
    std::fill(scores.begin(), scores.end(), 0);
    w.score(keys, k, scores.data());
    int pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    s.pred_tags[i] = pred;
    p2 = p1;
    p1 = static_cast<uint32_t>(pred);
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Parser

struct SentArrays {
  std::vector<uint64_t> words;
  std::vector<uint32_t> tags;
  std::vector<uint64_t> suffix;
  std::vector<uint8_t> closed;
  std::vector<int> punct_upto, verb_upto;
  std::vector<int> gold;  // 0..n+1
  std::vector<int> child_start, children;
  ParseWords parse_words() const {
    return ParseWords{words.data(), tags.data(), punct_upto.data(), verb_upto.data(), suffix.data(), closed.data()};
  }
  void build(const TSent& s, int T, const std::vector<uint8_t>& closed_by_tag, const std::vector<uint8_t>& kinds) {
    count_kinds(s.n, kinds, [&](int i) { return s.pred_tags[i - 1]; }, punct_upto, verb_upto);
    int n = s.n;
    words.assign(n + 2, 0);
    tags.assign(n + 2, 0);
    suffix.assign(n + 2, 0);
    closed.assign(n + 2, 0);
    for (int i = 1; i <= n; ++i) {
      suffix[i] = s.toks[i + 1].suf[2];
      closed[i] = closed_by_tag[s.pred_tags[i - 1]];
    }
    words[0] = kRootWord;
    tags[0] = root_tag(T);
    words[n + 1] = kNoneWord;
    tags[n + 1] = none_tag(T);
    for (int i = 1; i <= n; ++i) {
      words[i] = s.toks[i + 1].lower;
      tags[i] = static_cast<uint32_t>(s.pred_tags[i - 1]);
    }
    gold.assign(n + 2, -1);
    for (int i = 1; i <= n; ++i) gold[i] = s.heads[i];
    child_start.assign(n + 3, 0);
    for (int i = 1; i <= n; ++i) ++child_start[gold[i] + 1];
    for (int h = 0; h <= n + 1; ++h) child_start[h + 1] += child_start[h];
    children.assign(n, 0);
    std::vector<int> fill(child_start.begin(), child_start.end());
    for (int i = 1; i <= n; ++i) children[fill[gold[i]]++] = i;
  }
};

// A labeler's best label for an arc's features (never the root's). When `gold` is a label, a wrong label teaches
// the labeler, and `labelled`/`right` count the decision.
int label_and_learn(Perceptron& lp, const uint64_t* keys, size_t k, int root_label, int gold, std::vector<float>& scores,
                    size_t& labelled, size_t& right) {
  std::fill(scores.begin(), scores.end(), 0.0f);
  lp.score(keys, k, scores.data());
  scores[root_label] = -std::numeric_limits<float>::infinity();
  int pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  if (gold >= 0) {
    ++labelled;
    if (pred == gold) ++right;
    else lp.update(keys, k, gold, pred);
  }
  return pred;
}

// The same for the arc h -> d the parser is making (the arc labeler, trained with the parser).
int label_and_learn(Perceptron& lp, const ArcEagerState& st, const ParseWords& pw, int h, int d, int root_label, int gold,
                    uint64_t* keys, std::vector<float>& scores, size_t& labelled, size_t& right) {
  size_t k = arc_label_features(st, pw, h, d, keys);
  return label_and_learn(lp, keys, k, root_label, gold, scores, labelled, right);
}

struct ParserPerceptrons {
  Perceptron transitions{kTransitions};
  Perceptron arc_labels;
  explicit ParserPerceptrons(int labels) : arc_labels(labels) {}
};

// The parser and its arc labeler, trained together: every arc the parser makes gets the arc labeler's label (the
// parser's features see it), and arcs that are right teach the arc labeler.
std::unique_ptr<ParserPerceptrons> train_parser(const std::vector<TSent*>& data, int T, int L, int root_label,
                                                const std::vector<uint8_t>& closed_by_tag,
                                                const std::vector<uint8_t>& kinds, const TrainOptions& o,
                                                const std::function<void(const std::string&)>& log) {
  auto both = std::make_unique<ParserPerceptrons>(L);
  Perceptron& p = both->transitions;
  Perceptron& lp = both->arc_labels;
  Rng rng(o.seed * 31 + 7);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  uint64_t keys[kMaxParseFeatures];
  uint64_t label_keys[kMaxArcLabelFeatures];
  std::vector<float> label_scores(L);
  ArcEagerState st;
  SentArrays a;
  for (int epoch = 0; epoch < o.parser_epochs; ++epoch) {
    rng.shuffle(order);
    size_t steps = 0, mistakes = 0, arcs = 0, right_arcs = 0, labelled = 0, right_labels = 0;
    for (size_t si : order) {
      const TSent& s = *data[si];
      a.build(s, T, closed_by_tag, kinds);
      const ParseWords pw = a.parse_words();
      // The arc labeler's label for h -> d, learning from it when the arc is right.
      auto label_arc = [&](int h, int d) {
        if (h == 0) return root_label;
        int gold = s.heads[d] == h ? s.labels[d] : -1;
        int pred = label_and_learn(lp, st, pw, h, d, root_label, gold, label_keys, label_scores, labelled, right_labels);
        lp.tick();
        return pred;
      };
      st.init(s.n);
      while (!st.terminal()) {
        size_t k = parser_features(st, pw, keys);
        float sc[kTransitions] = {0, 0, 0, 0};
        p.score(keys, k, sc);
        int cost[kTransitions];
        st.costs(a.gold.data(), a.child_start.data(), a.children.data(), cost);
        int pred = -1, min_cost = std::numeric_limits<int>::max();
        for (int t = 0; t < kTransitions; ++t) {
          if (!st.legal(t)) continue;
          if (pred < 0 || sc[t] > sc[pred]) pred = t;
          min_cost = std::min(min_cost, cost[t]);
        }
        int oracle = -1;
        for (int t = 0; t < kTransitions; ++t)
          if (st.legal(t) && cost[t] == min_cost && (oracle < 0 || sc[t] > sc[oracle])) oracle = t;
        ++steps;
        int next = pred;
        if (cost[pred] > min_cost) {
          ++mistakes;
          p.update(keys, k, oracle, pred);
          bool explore = epoch >= 1 && rng.uniform() < o.explore;
          if (!explore) next = oracle;
        }
        p.tick();
        int arc_label = kNoLabel;
        if (next == kLeft) arc_label = label_arc(st.b, st.s0());
        else if (next == kRight) arc_label = label_arc(st.s0(), st.b);
        st.apply(next, arc_label);
      }
      st.finish();
      for (int i = 1; i <= s.n; ++i) {
        ++arcs;
        if (st.head[i] == s.heads[i]) ++right_arcs;
      }
    }
    if (log)
      log(fmt::format("parser epoch {}: {:.2f}% of transitions wrong, training UAS {:.2f}% ({} features), "
                      "arc labels {:.2f}% right ({} features)",
                      epoch + 1, 100.0 * mistakes / std::max<size_t>(steps, 1),
                      100.0 * right_arcs / std::max<size_t>(arcs, 1), p.features(),
                      100.0 * right_labels / std::max<size_t>(labelled, 1), lp.features()));
  }
  return both;
}

// The parser trained globally with a beam (Zhang & Nivre 2011; Huang et al. 2012's max-violation update): each
// sentence is parsed with a beam while a gold state follows the best-scoring transitions that lose no gold arc (the
// best such state in the beam, or, once none is left there, its own). Where the best state of the beam is wrong and
// outscores the gold state by the most, the gold path up to there is rewarded and the best state's path penalised.
// The arc labeler learns from the gold state's arcs, as the greedy parser's labeler learns from the oracle's.
class BeamTrainer {
 public:
  BeamTrainer(ParserPerceptrons& both, int L, int root_label, int width)
      : p_(both.transitions), lp_(both.arc_labels), root_label_(root_label), width_(width), label_scores_(L) {}

  struct Counts {
    size_t sentences = 0, updates = 0, arcs = 0, right_arcs = 0, labelled = 0, right_labels = 0;
  };

  void train(const TSent& s, const SentArrays& a, Counts& counts) {
    s_ = &s;
    a_ = &a;
    pw_ = a.parse_words();
    history_.clear();
    top_.clear();
    gold_steps_.clear();
    beam_.resize(1);
    beam_[0].st.init(s.n);
    beam_[0].score = 0;
    beam_[0].node = -1;
    beam_[0].correct = true;
    gold_ = beam_[0];
    for (;;) {
      bool all_done = gold_.st.terminal();
      candidates_.clear();
      for (int i = 0; i < static_cast<int>(beam_.size()); ++i) all_done &= !extend(beam_[i], i);
      if (all_done) break;
      keep_best(candidates_, width_);
      next_.resize(candidates_.size());
      int gold_at = -1;
      for (size_t j = 0; j < candidates_.size(); ++j) {
        if (gold_at < 0 && candidates_[j].correct) gold_at = static_cast<int>(j);
        build(candidates_[j], beam_[candidates_[j].item], next_[j], gold_at == static_cast<int>(j));
      }
      if (gold_at >= 0) {
        gold_ = next_[gold_at];
      } else {
        // The gold state has left the beam: it goes on by itself.
        candidates_.clear();
        extend(gold_, 0);
        std::sort(candidates_.begin(), candidates_.end(), better_candidate);
        auto best = std::find_if(candidates_.begin(), candidates_.end(), [](const BeamCandidate& c) { return c.correct; });
        if (best == candidates_.end()) break;  // not reached: some transition always keeps every reachable arc
        BeamItem g;
        build(*best, gold_, g, true);
        gold_ = std::move(g);
      }
      beam_.swap(next_);
      top_.push_back({beam_[0].score, beam_[0].node, beam_[0].correct});
      gold_steps_.push_back({gold_.score, gold_.node, true});
    }
    // Max violation: the step where a wrong best state leads the gold one by the most (the latest of equals).
    int at = -1;
    double most = 0;
    for (int j = 0; j < static_cast<int>(top_.size()); ++j) {
      if (top_[j].correct) continue;
      double v = top_[j].score - gold_steps_[j].score;
      if (v >= most) {
        most = v;
        at = j;
      }
    }
    if (at >= 0) {
      ++counts.updates;
      update(gold_steps_[at].node, top_[at].node);
    }
    p_.tick();
    // Training accuracy: the best final state.
    ArcEagerState& best = beam_[0].st;
    best.finish();
    ++counts.sentences;
    for (int i = 1; i <= s.n; ++i) {
      ++counts.arcs;
      if (best.head[i] == s.heads[i]) ++counts.right_arcs;
    }
    counts.labelled += labelled_;
    counts.right_labels += right_labels_;
    labelled_ = right_labels_ = 0;
  }

 private:
  struct Point {
    double score;
    int node;
    bool correct;
  };

  // Adds the extensions of `item` (number `i`) to the candidates; false when it is finished (carried over).
  bool extend(const BeamItem& item, int i) {
    const ArcEagerState& st = item.st;
    if (st.terminal()) {
      candidates_.push_back({item.score, i, -1, item.correct});
      return false;
    }
    size_t k = parser_features(st, pw_, keys_);
    float sc[kTransitions] = {0, 0, 0, 0};
    p_.score(keys_, k, sc);
    int cost[kTransitions] = {0, 0, 0, 0};
    if (item.correct) st.costs(a_->gold.data(), a_->child_start.data(), a_->children.data(), cost);
    for (int t = 0; t < kTransitions; ++t)
      if (st.legal(t)) candidates_.push_back({item.score + sc[t], i, t, item.correct && cost[t] == 0});
    return true;
  }

  // The state candidate `c` makes from `from`; `gold`: it is the gold state (its arcs teach the labeler).
  void build(const BeamCandidate& c, const BeamItem& from, BeamItem& out, bool gold) {
    out.st = from.st;
    out.score = c.score;
    out.correct = c.correct;
    out.node = from.node;
    if (c.transition < 0) return;
    int arc_label = kNoLabel;
    if (c.transition == kLeft) arc_label = label_arc(out.st, out.st.b, out.st.s0(), gold);
    else if (c.transition == kRight) arc_label = label_arc(out.st, out.st.s0(), out.st.b, gold);
    out.st.apply(c.transition, arc_label);
    history_.push_back({from.node, static_cast<uint8_t>(c.transition), static_cast<uint8_t>(arc_label)});
    out.node = static_cast<int>(history_.size()) - 1;
  }

  // The arc labeler's label for h -> d; on the gold state's arcs it also learns.
  int label_arc(const ArcEagerState& st, int h, int d, bool learn) {
    if (h == 0) return root_label_;
    int gold = learn && s_->heads[d] == h ? s_->labels[d] : -1;
    int pred = label_and_learn(lp_, st, pw_, h, d, root_label_, gold, label_keys_, label_scores_, labelled_, right_labels_);
    if (gold >= 0) lp_.tick();
    return pred;
  }

  // Rewards the gold path and penalises the predicted one from where they part.
  void update(int gold_node, int pred_node) {
    beam_path(history_, gold_node, gold_path_);
    beam_path(history_, pred_node, pred_path_);
    size_t same = 0;
    while (same < gold_path_.size() && same < pred_path_.size() &&
           gold_path_[same].transition == pred_path_[same].transition && gold_path_[same].label == pred_path_[same].label)
      ++same;
    replay(gold_path_, same, 1.0f);
    replay(pred_path_, same, -1.0f);
  }

  // SHIFT keeps no weights of its own (it scores 0): the runtime table stores the other transitions' weights
  // relative to SHIFT's, which leaves each state's choice as it was but would change how different states compare.
  void replay(const std::vector<BeamStep>& path, size_t from, float delta) {
    ArcEagerState& st = replay_;
    st.init(s_->n);
    for (size_t j = 0; j < path.size(); ++j) {
      if (j >= from && path[j].transition != kShift) {
        size_t k = parser_features(st, pw_, keys_);
        p_.add(keys_, k, path[j].transition, delta);
      }
      st.apply(path[j].transition, path[j].label);
    }
  }

  Perceptron& p_;
  Perceptron& lp_;
  int root_label_;
  int width_;
  std::vector<float> label_scores_;
  const TSent* s_ = nullptr;
  const SentArrays* a_ = nullptr;
  ParseWords pw_{};
  std::vector<BeamItem> beam_, next_;
  BeamItem gold_;
  std::vector<BeamCandidate> candidates_;
  std::vector<BeamStep> history_, gold_path_, pred_path_;
  std::vector<Point> top_, gold_steps_;
  ArcEagerState replay_;
  size_t labelled_ = 0, right_labels_ = 0;
  uint64_t keys_[kMaxParseFeatures];
  uint64_t label_keys_[kMaxArcLabelFeatures];
};

std::unique_ptr<ParserPerceptrons> train_parser_beam(const std::vector<TSent*>& data, int T, int L, int root_label,
                                                     const std::vector<uint8_t>& closed_by_tag,
                                                     const std::vector<uint8_t>& kinds, const TrainOptions& o,
                                                     const std::function<void(const std::string&)>& log) {
  auto both = std::make_unique<ParserPerceptrons>(L);
  Rng rng(o.seed * 31 + 7);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  BeamTrainer trainer(*both, L, root_label, o.beam);
  SentArrays a;
  for (int epoch = 0; epoch < o.parser_epochs; ++epoch) {
    rng.shuffle(order);
    BeamTrainer::Counts c;
    for (size_t si : order) {
      a.build(*data[si], T, closed_by_tag, kinds);
      trainer.train(*data[si], a, c);
    }
    if (log)
      log(fmt::format("parser epoch {} (beam {}): {:.2f}% of sentences updated, training UAS {:.2f}% ({} features), "
                      "arc labels {:.2f}% right ({} features)",
                      epoch + 1, o.beam, 100.0 * c.updates / std::max<size_t>(c.sentences, 1),
                      100.0 * c.right_arcs / std::max<size_t>(c.arcs, 1), both->transitions.features(),
                      100.0 * c.right_labels / std::max<size_t>(c.labelled, 1), both->arc_labels.features()));
  }
  return both;
}

// ----------------------------------------------------------------------------------------------------------------
// Labeler

WeightTable train_labeler(const std::vector<TSent*>& data, int T, int L, int root_label,
                          const std::vector<uint8_t>& closed_by_tag, const std::vector<uint8_t>& kinds,
                          const TrainOptions& o, const std::function<void(const std::string&)>& log) {
  Perceptron p(L);
  Rng rng(o.seed * 17 + 3);
  uint64_t keys[kMaxLabelFeatures];
  SentArrays a;
  std::vector<int> labels, order_q, heads;
  std::vector<float> scores(L);
  // Runs `fn(keys, k, d, gold)` over the dependents of one sentence in labeling order; fn returns the label to keep.
  auto visit = [&](const TSent& s, const std::function<int(const uint64_t*, size_t, int, int)>& fn) {
    int n = s.n;
    a.build(s, T, closed_by_tag, kinds);
    heads.assign(a.gold.begin(), a.gold.end());
    labels.assign(n + 2, L);
    labels[0] = L + 1;
    LabelWords lw{n, a.words.data(), a.tags.data(), a.suffix.data(), a.closed.data(), heads.data(), labels.data(),
                  a.child_start.data(), a.children.data()};
    order_q.assign(1, 0);
    for (size_t q = 0; q < order_q.size(); ++q) {
      int h = order_q[q];
      for (int j = a.child_start[h]; j < a.child_start[h + 1]; ++j) {
        int d = a.children[j];
        order_q.push_back(d);
        if (h == 0) {
          labels[d] = root_label;
          continue;
        }
        size_t k = labeler_features(lw, d, keys);
        labels[d] = fn(keys, k, d, s.labels[d]);
      }
    }
  };
  {
    KeyIndex index;
    std::vector<uint32_t> counts;
    for (const TSent* s : data)
      visit(*s, [&](const uint64_t* ks, size_t k, int, int gold) {
        for (size_t j = 0; j < k; ++j) {
          uint32_t row = index.insert(ks[j]);
          if (row >= counts.size()) counts.push_back(0);
          ++counts[row];
        }
        return gold >= 0 ? gold : L;
      });
    for (size_t r = 0; r < counts.size(); ++r)
      if (counts[r] >= static_cast<uint32_t>(o.labeler_min_count)) p.allow(index.keys()[r]);
    p.freeze();
  }
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  for (int epoch = 0; epoch < o.labeler_epochs; ++epoch) {
    rng.shuffle(order);
    size_t total = 0, right = 0;
    for (size_t si : order) {
      visit(*data[si], [&](const uint64_t* ks, size_t k, int, int gold) {
        int pred = label_and_learn(p, ks, k, root_label, gold, scores, total, right);
        p.tick();
        return pred;
      });
    }
    if (log) log(fmt::format("labeler epoch {}: training accuracy {:.2f}%", epoch + 1, 100.0 * right / std::max<size_t>(total, 1)));
  }
  return p.average(1);
}

// ----------------------------------------------------------------------------------------------------------------
// Lemmas and features

LemmaEdit make_edit(std::string_view base, std::string_view lemma) {
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
  return LemmaEdit{static_cast<uint32_t>(base.size() - common), std::string(lemma.substr(common))};
}

struct EditTable {
  std::vector<LemmaEdit> edits;
  std::map<std::pair<uint32_t, std::string>, uint32_t> ids;
  uint32_t id(const LemmaEdit& e) {
    auto [it, added] = ids.emplace(std::make_pair(e.strip, e.append), static_cast<uint32_t>(edits.size()));
    if (added) edits.push_back(e);
    return it->second;
  }
};

// The (inflected form, lemma) pairs of one WordNet exception list (multi-word entries left out).
std::vector<std::pair<std::string, std::string>> read_wordnet_exceptions(const std::string& dir, const char* name) {
  std::string path = (std::filesystem::path(dir) / name).string();
  std::ifstream f(path);
  if (!f)
    throw InputError(InputProblem{path, 0, "cannot read the WordNet exception list (use --wordnet '' to train without it)"});
  std::vector<std::pair<std::string, std::string>> out;
  std::string line;
  while (std::getline(f, line)) {
    std::istringstream in(line);
    std::string word, lemma;
    if (!(in >> word >> lemma)) continue;
    if (word.find('_') != std::string::npos || lemma.find('_') != std::string::npos) continue;
    out.emplace_back(std::move(word), std::move(lemma));
  }
  return out;
}

// The lemmas of one WordNet index file (index.verb): the first word of each line that is not part of the
// licence header (which starts with spaces); multi-word lemmas left out.
std::vector<std::string> read_wordnet_index(const std::string& dir, const char* name) {
  std::string path = (std::filesystem::path(dir) / name).string();
  std::ifstream f(path);
  if (!f) throw InputError(InputProblem{path, 0, "cannot read the WordNet index (use --wordnet '' to train without it)"});
  std::vector<std::string> out;
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string::npos) out.push_back(std::move(lemma));
  }
  return out;
}

uint8_t wordnet_pos_for(const std::string& upos, const std::string& xpos) {
  if (xpos == "NNS" || xpos == "NNPS") return kWnNoun;
  if (xpos.size() >= 2 && xpos[0] == 'V' && xpos[1] == 'B') return kWnVerb;
  if (xpos == "JJR" || xpos == "JJS") return kWnAdj;
  if (xpos == "RBR" || xpos == "RBS") return kWnAdv;
  (void)upos;
  return kWnNone;
}

template <class V>
V most_frequent(const std::map<V, size_t>& counts) {
  V best{};
  size_t n = 0;
  for (auto& [v, c] : counts)
    if (c > n) {
      best = v;
      n = c;
    }
  return best;
}

nlohmann::json build_lemmas(const std::vector<Sentence>& train, const std::vector<TSent>& ts, const Model& m,
                            const TrainOptions& o, LemmaData& L) {
  int T = m.tags();
  // Base form per tag: the word as it is, or lower-cased, whichever the training lemmas follow more often.
  std::vector<size_t> keep(T, 0), lower(T, 0);
  std::string low, norm;
  for (size_t si = 0; si < train.size(); ++si)
    for (size_t i = 0; i < train[si].words.size(); ++i) {
      const Word& w = train[si].words[i];
      int t = ts[si].tags[i];
      if (t < 0 || w.lemma.empty()) continue;
      lower_ascii(w.form, low);
      if (low == w.form) continue;
      if (w.lemma == w.form) ++keep[t];
      if (w.lemma == low) ++lower[t];
    }
  L.lower_base.assign(T, 1);
  L.wordnet_pos.assign(T, kWnNone);
  for (int t = 0; t < T; ++t) {
    L.lower_base[t] = lower[t] >= keep[t] ? 1 : 0;
    L.wordnet_pos[t] = wordnet_pos_for(m.upos[t], m.xpos[t]);
  }
  EditTable edits;
  edits.id(LemmaEdit{0, ""});
  // Known words: (normalised word, tag) -> most frequent edit.
  std::map<std::pair<uint64_t, int>, std::map<uint32_t, size_t>> known;
  std::map<std::pair<uint64_t, int>, std::string> known_lower;  // the lower-cased form of each known entry
  std::map<std::pair<std::string, int>, std::map<uint32_t, size_t>> types;  // (base, tag) -> edits
  for (size_t si = 0; si < train.size(); ++si)
    for (size_t i = 0; i < train[si].words.size(); ++i) {
      const Word& w = train[si].words[i];
      int t = ts[si].tags[i];
      if (t < 0 || w.lemma.empty()) continue;
      std::string base;
      if (L.lower_base[t]) lower_ascii(w.form, base);
      else base = w.form;
      uint32_t e = edits.id(make_edit(base, w.lemma));
      normalise_word(w.form, norm);
      ++known[{word_key(norm), t}][e];
      if (!known_lower.count({word_key(norm), t})) lower_ascii(w.form, known_lower[{word_key(norm), t}]);
      ++types[{base, t}][e];
    }
  // WordNet's exception lists (irregular forms).
  std::vector<std::pair<uint64_t, uint32_t>> exc;
  if (!o.wordnet_dir.empty()) {
    const std::pair<const char*, int> files[] = {{"noun.exc", kWnNoun}, {"verb.exc", kWnVerb}, {"adj.exc", kWnAdj},
                                                 {"adv.exc", kWnAdv}};
    for (auto [name, pos] : files)
      for (auto& [word, lemma] : read_wordnet_exceptions(o.wordnet_dir, name))
        exc.emplace_back(lemma_exception_key(pos, word), edits.id(make_edit(word, lemma)));
  }
  L.exceptions.assign(exc);
  // The lexicon of real verb lemmas that predicted verb lemmas are checked against: WordNet's index.verb and the
  // lemmas of verb.exc.
  std::vector<std::pair<uint64_t, uint32_t>> lexicon;
  if (!o.wordnet_dir.empty()) {
    std::set<std::string> verbs;
    for (std::string& lemma : read_wordnet_index(o.wordnet_dir, "index.verb")) verbs.insert(std::move(lemma));
    for (auto& [word, lemma] : read_wordnet_exceptions(o.wordnet_dir, "verb.exc")) verbs.insert(lemma);
    for (const std::string& lemma : verbs) lexicon.emplace_back(lemma_lexicon_key(kWnVerb, lemma), 0);
  }
  L.lexicon.assign(std::move(lexicon));
  // A training lemma seen once, or tied with another, yields to WordNet's irregular form (one "struck" in the
  // training data has the lemma "struck").
  std::vector<std::pair<uint64_t, uint32_t>> known_pairs;
  for (auto& [key, counts] : known) {
    uint32_t e = most_frequent(counts);
    size_t top = counts.at(e), ties = 0;
    for (auto& [edit, c] : counts) ties += c == top ? 1 : 0;
    int wn = L.wordnet_pos[key.second];
    if ((top <= 1 || ties > 1) && wn != kWnNone &&
        L.exceptions.get(lemma_exception_key(wn, known_lower.at(key))) != U64Map::kMissing)
      continue;
    known_pairs.emplace_back(lemma_known_key(key.first, key.second), e);
  }
  L.known.assign(std::move(known_pairs));
  // Suffix rules from word types.
  std::map<std::tuple<int, size_t, std::string>, std::map<uint32_t, size_t>> rules;
  for (auto& [key, counts] : types) {
    const std::string& base = key.first;
    int t = key.second;
    uint32_t e = most_frequent(counts);
    size_t max_k = std::min<size_t>(static_cast<size_t>(L.max_suffix), base.size());
    for (size_t k = 0; k <= max_k; ++k)
      if (edits.edits[e].strip <= k) ++rules[{t, k, base.substr(base.size() - k)}][e];
  }
  std::vector<std::pair<uint64_t, uint32_t>> rule_pairs;
  for (auto& [key, counts] : rules) {
    uint32_t e = most_frequent(counts);
    size_t support = counts.at(e);
    if (support < 2 && std::get<1>(key) > 0) continue;
    rule_pairs.emplace_back(lemma_rule_key(std::get<0>(key), std::get<1>(key), std::get<2>(key)), e);
  }
  L.rules.assign(std::move(rule_pairs));
  // What the lemmatizer holds, for the metadata.
  nlohmann::json info = {{"training_lexicon_entries", L.known.size()}, {"suffix_rules", L.rules.size()}};
  if (!o.wordnet_dir.empty()) {
    info["exceptions"] = {{"source", "WordNet 3.0 exception lists (noun.exc, verb.exc, adj.exc, adv.exc) from Debian's "
                                     "wordnet-base package"},
                          {"licence", "WordNet 3.0 licence (Princeton University), permissive"},
                          {"entries", exc.size()}};
  } else {
    info["exceptions"] = nullptr;
  }
  if (!o.wordnet_dir.empty()) {
    info["lexicon"] = {{"source", "WordNet 3.0 verb lemmas (index.verb and the lemmas of verb.exc) from Debian's "
                                  "wordnet-base package"},
                       {"licence", "WordNet 3.0 licence (Princeton University), permissive"},
                       {"use", "a predicted verb lemma not in it is replaced by the first regular inflection of the "
                               "form that is"},
                       {"verbs", L.lexicon.size()}};
  } else {
    info["lexicon"] = nullptr;
  }
  L.edits = edits.edits;
  return info;
}

void build_feats(const std::vector<Sentence>& train, const std::vector<TSent>& ts, const Model& m, FeatsData& F) {
  int T = m.tags();
  std::map<std::string, uint32_t> ids;
  F.values.clear();
  auto id = [&](const std::string& v) {
    auto [it, added] = ids.emplace(v, static_cast<uint32_t>(F.values.size()));
    if (added) F.values.push_back(v);
    return it->second;
  };
  id("");
  std::vector<std::map<uint32_t, size_t>> by_tag(T);
  std::map<std::pair<uint64_t, int>, std::map<uint32_t, size_t>> known;
  std::string norm;
  for (size_t si = 0; si < train.size(); ++si)
    for (size_t i = 0; i < train[si].words.size(); ++i) {
      int t = ts[si].tags[i];
      if (t < 0) continue;
      uint32_t v = id(train[si].words[i].feats);
      ++by_tag[t][v];
      normalise_word(train[si].words[i].form, norm);
      ++known[{word_key(norm), t}][v];
    }
  F.by_tag.assign(T, 0);
  for (int t = 0; t < T; ++t) F.by_tag[t] = most_frequent(by_tag[t]);
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  for (auto& [key, counts] : known) {
    uint32_t v = most_frequent(counts);
    if (v != F.by_tag[key.second]) pairs.emplace_back(feats_key(key.first, key.second), v);
  }
  F.known.assign(std::move(pairs));
}

std::string licence_for(const std::string& file) {
  std::string name = std::filesystem::path(file).filename().string();
  if (name.find("ewt") != std::string::npos)
    return "CC BY-SA 4.0 (Universal Dependencies English Web Treebank)";
  if (name.find("gum") != std::string::npos)
    return "CC BY 4.0 (GUM: only its CC-BY / public-domain genres; GUM as a whole is CC BY-NC-SA 4.0)";
  return "unknown";
}

}  // namespace

nlohmann::json score_model(const Model& model, const std::string& gold_path, const std::string& newdoc_prefix) {
  std::vector<Sentence> gold = read_conllu_file(gold_path, true, newdoc_prefix);
  std::vector<Sentence> sys = gold;
  Annotator annotator(model);
  for (Sentence& s : sys) annotator.annotate(s);
  EvalResult r = evaluate(gold, sys);
  auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
  return {{"words", r.words.gold},    {"upos", round2(r.upos.f1())},     {"xpos", round2(r.xpos.f1())},
          {"ufeats", round2(r.ufeats.f1())}, {"lemmas", round2(r.lemmas.f1())}, {"uas", round2(r.uas.f1())},
          {"las", round2(r.las.f1())}};
}

Model train_model(const TrainOptions& o) {
  auto log = [&](const std::string& msg) {
    if (o.log) o.log(msg);
  };
  static std::mutex log_mutex;
  auto safe_log = [&](const std::string& msg) {
    std::lock_guard<std::mutex> lock(log_mutex);
    log(msg);
  };
  auto started = std::chrono::steady_clock::now();
  if (o.train_files.empty()) throw std::invalid_argument("no training files");
  std::vector<Sentence> train;
  nlohmann::json data_info = nlohmann::json::array();
  for (const std::string& f : o.train_files) {
    size_t before = train.size(), words = 0;
    for (Sentence& s : read_conllu_file(f, true)) {
      words += s.words.size();
      train.push_back(std::move(s));
    }
    data_info.push_back({{"file", std::filesystem::path(f).filename().string()},
                         {"sentences", train.size() - before},
                         {"words", words},
                         {"licence", licence_for(f)}});
    log(fmt::format("read {}: {} sentences, {} words", f, train.size() - before, words));
  }
  size_t day_variants = 0;
  if (o.news_day_share > 0) {
    std::vector<Sentence> variants = news_day_variants(train, o.news_day_share, o.seed);
    day_variants = variants.size();
    for (Sentence& s : variants) train.push_back(std::move(s));
    log(fmt::format("{} variants with \"on <weekday>\" between subject and verb", day_variants));
  }
  Model m;
  // Tag set, labels.
  std::map<std::pair<std::string, std::string>, size_t> tag_counts;
  std::map<std::string, size_t> label_counts;
  for (const Sentence& s : train)
    for (const Word& w : s.words) {
      ++tag_counts[{w.upos, w.xpos}];
      if (w.head != 0) ++label_counts[w.deprel];
    }
  std::map<std::pair<std::string, std::string>, int> tag_id;
  for (auto& t : by_frequency(tag_counts)) {
    tag_id[t] = m.tags();
    m.upos.push_back(t.first);
    m.xpos.push_back(t.second);
    m.closed.push_back(kClosedUpos.count(t.first) ? 1 : 0);
  }
  if (m.tags() > 250) throw std::runtime_error("too many distinct (UPOS, XPOS) pairs in the training data");
  label_counts.erase("root");
  std::map<std::string, int> label_id;
  m.labels.push_back("root");
  for (auto& l : by_frequency(label_counts)) m.labels.push_back(l);
  if (m.labels.size() > 250) throw std::runtime_error("too many distinct labels in the training data");
  for (size_t i = 0; i < m.labels.size(); ++i) label_id[m.labels[i]] = static_cast<int>(i);
  m.root_label = 0;
  const int T = m.tags();
  const int L = static_cast<int>(m.labels.size());
  // Tag dictionary: ambiguity classes of frequent words.
  {
    std::map<uint64_t, std::map<int, size_t>> word_tags;
    std::string norm;
    for (const Sentence& s : train)
      for (const Word& w : s.words) {
        normalise_word(w.form, norm);
        ++word_tags[word_key(norm)][tag_id[{w.upos, w.xpos}]];
      }
    std::map<std::vector<int>, uint32_t> classes;
    std::vector<std::pair<uint64_t, uint32_t>> pairs;
    // English past tense and past participle share the form of regular verbs (and of many irregular ones): a form
    // seen only a few times, all as one of them, is still ambiguous ("hosted", seen 4 times as VBN, heads news
    // sentences as VBD). Such forms, and WordNet's irregular verb forms unseen in training ("shrank"), get both.
    auto vbd = tag_id.find({"VERB", "VBD"}), vbn = tag_id.find({"VERB", "VBN"});
    const bool have_past = vbd != tag_id.end() && vbn != tag_id.end();
    std::vector<int> past_forms;
    if (have_past) past_forms = {std::min(vbd->second, vbn->second), std::max(vbd->second, vbn->second)};
    constexpr size_t kPastEvidence = 100;  // from this many uses the training data's own class is trusted
    std::set<uint64_t> ed_words;
    for (const Sentence& s : train)
      for (const Word& w : s.words) {
        normalise_word(w.form, norm);
        if (norm.size() > 3 && norm.ends_with("ed")) ed_words.insert(word_key(norm));
      }
    for (auto& [word, tags] : word_tags) {
      size_t total = 0;
      for (auto& [t, c] : tags) total += c;
      if (total < static_cast<size_t>(o.tagdict_min_count)) continue;
      std::vector<int> set;
      for (auto& [t, c] : tags)
        if (c * 100 >= total) set.push_back(t);  // tags of at least 1% of the word's uses
      if (have_past && total < kPastEvidence && set.size() == 1 && ed_words.count(word) &&
          (set[0] == vbd->second || set[0] == vbn->second))
        set = past_forms;
      auto [it, added] = classes.emplace(set, static_cast<uint32_t>(classes.size()));
      pairs.emplace_back(word, it->second);
    }
    if (have_past && !o.wordnet_dir.empty()) {
      auto [it, added] = classes.emplace(past_forms, static_cast<uint32_t>(classes.size()));
      std::set<uint64_t> seen;
      for (auto& [form, lemma] : read_wordnet_exceptions(o.wordnet_dir, "verb.exc")) {
        if (form.ends_with("ing") || form.ends_with("s")) continue;  // present participles and third persons
        normalise_word(form, norm);
        uint64_t key = word_key(norm);
        if (word_tags.count(key) || !seen.insert(key).second) continue;
        pairs.emplace_back(key, it->second);
      }
    }
    m.tagdict.assign(std::move(pairs));
    log(fmt::format("{} tags, {} labels, tag dictionary of {} words ({} ambiguity classes)", T, L, m.tagdict.size(),
                    classes.size()));
  }
  // Training sentences with word descriptions.
  std::vector<TSent> ts(train.size());
  {
    std::string scratch;
    for (size_t si = 0; si < train.size(); ++si) {
      const Sentence& s = train[si];
      TSent& t = ts[si];
      t.n = static_cast<int>(s.words.size());
      t.tags.resize(t.n);
      t.heads.assign(t.n + 1, 0);
      t.labels.assign(t.n + 2, -1);
      t.toks.resize(t.n + 4);
      t.toks[0] = t.toks[1] = boundary_tok(-1);
      t.toks[t.n + 2] = t.toks[t.n + 3] = boundary_tok(1);
      for (int i = 0; i < t.n; ++i) {
        const Word& w = s.words[i];
        t.forms.push_back(w.form);
        t.tags[i] = tag_id[{w.upos, w.xpos}];
        t.heads[i + 1] = w.head;
        auto it = label_id.find(w.head == 0 ? "root" : w.deprel);
        t.labels[i + 1] = it == label_id.end() ? -1 : it->second;
        describe_word(w.form, m.tagdict, scratch, t.toks[i + 2]);
      }
    }
  }
  std::vector<TSent*> all;
  for (TSent& t : ts) all.push_back(&t);
  // Tagger: the final one on everything, and jackknifed ones to give the parser realistic tags.
  {
    std::vector<std::function<void()>> jobs;
    jobs.push_back([&] {
      m.tagger = train_tagger(all, T, o, o.seed, safe_log);
      safe_log(fmt::format("tagger: {} features, {} weights", m.tagger.features(), m.tagger.entries()));
    });
    int K = o.jackknife;
    if (K >= 2) {
      for (int f = 0; f < K; ++f)
        jobs.push_back([&, f] {
          std::vector<TSent*> part;
          for (size_t i = 0; i < ts.size(); ++i)
            if (static_cast<int>(i % K) != f) part.push_back(&ts[i]);
          WeightTable w = train_tagger(part, T, o, o.seed + 1000 + f, nullptr);
          size_t total = 0, right = 0;
          for (size_t i = 0; i < ts.size(); ++i)
            if (static_cast<int>(i % K) == f) {
              tag_with(w, T, ts[i]);
              for (int j = 0; j < ts[i].n; ++j) {
                ++total;
                right += ts[i].pred_tags[j] == ts[i].tags[j];
              }
            }
          safe_log(fmt::format("jackknife fold {}/{}: held-out tag accuracy {:.2f}%", f + 1, K, 100.0 * right / std::max<size_t>(total, 1)));
        });
    } else {
      for (TSent& t : ts) {
        t.pred_tags = t.tags;
        for (int& x : t.pred_tags) x = std::max(x, 0);
      }
    }
    run_jobs(jobs, o.threads);
  }
  // Parser and labeler, side by side.
  std::unique_ptr<ParserPerceptrons> parser_p;
  {
    std::vector<std::function<void()>> jobs;
    const std::vector<uint8_t> kinds = tag_kinds(m.upos);
    jobs.push_back([&] {
      parser_p = o.beam > 1 ? train_parser_beam(all, T, L, m.root_label, m.closed, kinds, o, safe_log)
                            : train_parser(all, T, L, m.root_label, m.closed, kinds, o, safe_log);
    });
    if (o.jackknife >= 2 && o.two_pass_tagger)
      jobs.push_back([&] {
        m.tagger2 = train_tagger(all, T, o, o.seed + 77, safe_log, true);
        safe_log(fmt::format("second-pass tagger: {} features, {} weights", m.tagger2.features(), m.tagger2.entries()));
      });
    if (o.labeler_epochs > 0)
      jobs.push_back([&] {
        m.labeler = train_labeler(all, T, L, m.root_label, m.closed, kinds, o, safe_log);
        safe_log(fmt::format("labeler: {} features, {} weights", m.labeler.features(), m.labeler.entries()));
      });
    run_jobs(jobs, o.threads);
  }
  nlohmann::json lemma_info = build_lemmas(train, ts, m, o, m.lemmas);
  build_feats(train, ts, m, m.feats);
  m.beam = std::clamp(o.parse_beam > 0 ? o.parse_beam : o.beam, 1, kMaxBeam);
  const uint32_t parser_min = static_cast<uint32_t>(std::max(1, o.parser_min_updates));
  const uint32_t arc_min = static_cast<uint32_t>(std::max(1, o.arc_labeler_min_updates));
  if (const char* sweep = std::getenv("VIGIL_PARSE_PRUNE_SWEEP"); sweep && !o.dev_file.empty()) {
    // Development aid: dev scores for several pruning thresholds.
    m.arc_labeler = parser_p->arc_labels.average(arc_min);
    for (uint32_t t : {1u, 2u, 3u, 4u, 6u}) {
      m.parser = TransitionTable(parser_p->transitions.averaged(t));
      log(fmt::format("parser pruned at {} updates: {} features, dev {}", t, m.parser.features(),
                      score_model(m, o.dev_file).dump()));
    }
    m.parser = TransitionTable(parser_p->transitions.averaged(parser_min));
    for (uint32_t t : {1u, 2u, 3u, 5u}) {
      m.arc_labeler = parser_p->arc_labels.average(t);
      log(fmt::format("arc labeler pruned at {} updates: {} features, dev {}", t, m.arc_labeler.features(),
                      score_model(m, o.dev_file).dump()));
    }
  }
  m.parser = TransitionTable(parser_p->transitions.averaged(parser_min));
  m.arc_labeler = parser_p->arc_labels.average(arc_min);
  log(fmt::format("parser: {} of {} features kept; arc labeler: {} of {} features, {} weights", m.parser.features(),
                  parser_p->transitions.features(), m.arc_labeler.features(), parser_p->arc_labels.features(),
                  m.arc_labeler.entries()));
  parser_p.reset();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  // Metadata.
  nlohmann::json& meta = m.meta;
  meta["model"] = "vigil parse model: UPOS+XPOS tagger, lemmatizer, FEATS lexicon, arc-eager dependency parser";
  meta["format_version"] = kModelFormatVersion;
  meta["vigil_version"] = o.vigil_version;
  if (!o.created.empty()) meta["created"] = o.created;
  meta["training_data"] = data_info;
  meta["lemmatizer"] = lemma_info;
  meta["settings"] = {{"seed", o.seed},
                      {"tagger_epochs", o.tagger_epochs},
                      {"parser_epochs", o.parser_epochs},
                      {"parser_min_updates", o.parser_min_updates},
                      {"arc_labeler_min_updates", o.arc_labeler_min_updates},
                      {"labeler_epochs", o.labeler_epochs},
                      {"jackknife_folds", o.jackknife},
                      {"tagger_min_count", o.tagger_min_count},
                      {"labeler_min_count", o.labeler_min_count},
                      {"tagdict_min_count", o.tagdict_min_count},
                      {"explore", o.explore},
                      {"tagger", std::string("greedy averaged perceptron, 34 hashed feature templates, tag = (UPOS, XPOS)") +
                                     (m.tagger2.features() ? "; second pass with the first pass's right-context tags (+7 templates)" : "")},
                      {"parser", "greedy arc-eager, averaged perceptron, dynamic oracle with exploration, 90 templates "
                                 "(including the labels of the arcs made so far)"},
                      {"arc_labeler", "averaged perceptron labelling each arc as the parser makes it, 43 templates"},
                      {"labeler", m.labeler.features() ? "averaged perceptron over the finished tree, top-down (its labels are the output)"
                                                       : "none (the arc labels are the output)"}};
  if (o.news_day_share > 0) {  // recorded only when used, so models trained without variants keep their bytes
    meta["settings"]["news_day_share"] = o.news_day_share;
    meta["settings"]["news_day_variants"] = day_variants;
  }
  meta["sizes"] = {{"tags", T},
                   {"labels", L},
                   {"tagger_features", m.tagger.features()},
                   {"tagger2_features", m.tagger2.features()},
                   {"parser_features", m.parser.features()},
                   {"arc_labeler_features", m.arc_labeler.features()},
                   {"labeler_features", m.labeler.features()}};
  if (o.beam > 1) {  // (greedy models keep the metadata they had before the beam)
    meta["settings"]["beam"] = o.beam;
    meta["settings"]["parser"] = fmt::format("arc-eager with a beam of {} (trained) and {} (parsing), averaged "
                                             "perceptron trained globally with max-violation updates, 90 templates "
                                             "(including the labels of the arcs made so far)", o.beam, m.beam);
  }
  log(fmt::format("trained in {:.0f} s", seconds));
  nlohmann::json scores = nlohmann::json::object();
  if (!o.dev_file.empty()) {
    std::string name = std::filesystem::path(o.dev_file).filename().string();
    scores[name] = score_model(m, o.dev_file);
    log(fmt::format("dev {}: {}", o.dev_file, scores[name].dump()));
    if (m.labeler.features()) {  // for choosing between the two labelers: the dev score with arc labels alone
      Model arc_only = m;
      arc_only.labeler = WeightTable();
      log(fmt::format("dev {} with the arc labels: {}", o.dev_file, score_model(arc_only, o.dev_file).dump()));
    }
  }
  for (const std::string& f : o.test_files) {
    std::string name = std::filesystem::path(f).filename().string();
    scores[name] = score_model(m, f);
    log(fmt::format("test {}: {}", f, scores[name].dump()));
    if (name.find("gum") != std::string::npos) {
      std::vector<Sentence> news = read_conllu_file(f, true, "GUM_news");
      if (!news.empty()) {
        scores[name + " (news documents)"] = score_model(m, f, "GUM_news");
        log(fmt::format("test {} (news): {}", f, scores[name + " (news documents)"].dump()));
      }
    }
  }
  meta["scores_gold_tokenization"] = scores;
  return m;
}

}  // namespace vigil::parse
