#include "coding/dependency_view.h"

#include <algorithm>

#include "lexicon/fold.h"

namespace vigil::coding {

void DependencyView::reset(const Sentence& s) {
  s_ = &s;
  const int n = static_cast<int>(s.words.size());
  // Heads as given, except that out-of-range heads and cycles (malformed input) hang from the root, so every walk
  // up the tree ends.
  heads_.assign(n + 1, 0);
  for (int i = 1; i <= n; ++i) {
    int h = s.words[i - 1].head;
    heads_[i] = h < 0 || h > n || h == i ? 0 : h;
  }
  for (int i = 1; i <= n; ++i) {
    int j = i, steps = 0;
    while (j != 0 && steps <= n) j = heads_[j], ++steps;
    if (j != 0) heads_[i] = 0;
  }
  offsets_.assign(n + 2, 0);
  for (int i = 1; i <= n; ++i) ++offsets_[heads_[i] + 1];
  for (int i = 1; i <= n + 1; ++i) offsets_[i] += offsets_[i - 1];
  children_.assign(n, 0);
  std::vector<int> fill(offsets_.begin(), offsets_.end() - 1);
  for (int i = 1; i <= n; ++i) children_[fill[heads_[i]]++] = i;
  folded_.assign(n + 1, 0);
  if (folded_lemma_.size() < static_cast<size_t>(n + 1)) {
    folded_lemma_.resize(n + 1);
    folded_form_.resize(n + 1);
  }
}

const std::string& DependencyView::folded_lemma(int i) const {
  if (!(folded_[i] & 1)) {
    lexicon::fold_into(lemma(i), folded_lemma_[i]);
    folded_[i] |= 1;
  }
  return folded_lemma_[i];
}

const std::string& DependencyView::folded_form(int i) const {
  if (!(folded_[i] & 2)) {
    lexicon::fold_into(word(i).form, folded_form_[i]);
    folded_[i] |= 2;
  }
  return folded_form_[i];
}

std::string_view DependencyView::base_rel(int i) const {
  std::string_view r = rel(i);
  size_t colon = r.find(':');
  return colon == std::string_view::npos ? r : r.substr(0, colon);
}

std::string_view DependencyView::lemma(int i) const {
  const Word& w = word(i);
  return w.lemma.empty() ? std::string_view(w.form) : std::string_view(w.lemma);
}

int DependencyView::child(int i, std::string_view r) const {
  for (int c : children(i))
    if (rel(c) == r) return c;
  return 0;
}

bool DependencyView::dominates(int anc, int i) const {
  for (int steps = 0; i > 0 && steps <= size(); ++steps) {
    if (i == anc) return true;
    i = head(i);
  }
  return anc == 0;
}

std::pair<int, int> DependencyView::subtree_range(int i) const {
  int lo = i, hi = i;
  for (int c : children(i)) {
    auto [a, b] = subtree_range(c);
    lo = std::min(lo, a);
    hi = std::max(hi, b);
  }
  return {lo, hi};
}

bool is_bare_reporting_conjunct(const DependencyView& t, int c) {
  return t.rel(c) == "conj" && t.child(c, "nsubj") && !t.child(c, "obj") && !t.child(c, "ccomp") &&
         !t.child(c, "xcomp") && !t.child(c, "cc");
}

}  // namespace vigil::coding
