#include "lexicon/phrase_matcher.h"

#include <algorithm>

namespace vigil::lexicon {

PhraseMatcher::Builder::Builder() : nodes_(1) {}

void PhraseMatcher::Builder::add(std::span<const uint32_t> words, uint32_t value) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (uint32_t w : words) {
    auto it = nodes_[node].children.find(w);
    if (it == nodes_[node].children.end()) {
      uint32_t child = static_cast<uint32_t>(nodes_.size());
      nodes_[node].children.emplace(w, child);
      nodes_.emplace_back();
      node = child;
    } else {
      node = it->second;
    }
  }
  auto& vals = nodes_[node].values;
  if (std::find(vals.begin(), vals.end(), value) == vals.end()) vals.push_back(value);
  ++phrases_;
}

PhraseMatcher PhraseMatcher::Builder::build() && {
  PhraseMatcher m;
  m.phrases_ = phrases_;
  // Breadth-first renumbering keeps each node's children contiguous in the edge arrays.
  std::vector<uint32_t> new_id(nodes_.size(), kNoNode);
  std::vector<uint32_t> order{0};
  new_id[0] = 0;
  for (size_t k = 0; k < order.size(); ++k)
    for (const auto& [word, child] : nodes_[order[k]].children) {
      new_id[child] = static_cast<uint32_t>(order.size());
      order.push_back(child);
    }
  m.nodes_.assign(order.size(), PhraseMatcher::Node{});
  for (size_t k = 0; k < order.size(); ++k) {
    const auto& old = nodes_[order[k]];
    PhraseMatcher::Node& n = m.nodes_[k];
    n.edge_begin = static_cast<uint32_t>(m.edge_words_.size());
    for (const auto& [word, child] : old.children) {  // std::map iterates in word order
      m.edge_words_.push_back(word);
      m.edge_targets_.push_back(new_id[child]);
    }
    n.edge_end = static_cast<uint32_t>(m.edge_words_.size());
    n.value_begin = static_cast<uint32_t>(m.values_.size());
    m.values_.insert(m.values_.end(), old.values.begin(), old.values.end());
    n.value_end = static_cast<uint32_t>(m.values_.size());
  }
  const Node& root = m.nodes_[0];
  // Edges are in word order, so the root's last is its largest word; ids beyond a word table's size (only a
  // hand-built matcher has them) keep the search.
  if (root.edge_end > root.edge_begin && m.edge_words_[root.edge_end - 1] < (1u << 22)) {
    m.root_targets_.assign(m.edge_words_[root.edge_end - 1] + 1, kNoNode);
    for (uint32_t e = root.edge_begin; e < root.edge_end; ++e) m.root_targets_[m.edge_words_[e]] = m.edge_targets_[e];
  }
  nodes_.clear();
  return m;
}

uint32_t PhraseMatcher::step(uint32_t node, uint32_t word) const {
  if (word == kUnknownWord) return kNoNode;
  if (node == 0 && !root_targets_.empty()) return word < root_targets_.size() ? root_targets_[word] : kNoNode;
  const Node& n = nodes_[node];
  auto begin = edge_words_.begin() + n.edge_begin, end = edge_words_.begin() + n.edge_end;
  auto it = std::lower_bound(begin, end, word);
  if (it == end || *it != word) return kNoNode;
  return edge_targets_[it - edge_words_.begin()];
}

void PhraseMatcher::longest_from(uint32_t node, std::span<const uint32_t> forms, std::span<const uint32_t> lemmas,
                                 size_t i, size_t start, Match& best) const {
  if (nodes_[node].value_end > nodes_[node].value_begin && i - start > best.length)
    best = Match{static_cast<uint32_t>(i - start), values(node)};
  if (i >= forms.size()) return;
  uint32_t by_form = step(node, forms[i]);
  if (by_form != kNoNode) longest_from(by_form, forms, lemmas, i + 1, start, best);
  if (i < lemmas.size() && lemmas[i] != forms[i]) {
    uint32_t by_lemma = step(node, lemmas[i]);
    if (by_lemma != kNoNode) longest_from(by_lemma, forms, lemmas, i + 1, start, best);
  }
}

PhraseMatcher::Match PhraseMatcher::longest(std::span<const uint32_t> forms, std::span<const uint32_t> lemmas,
                                            size_t start) const {
  Match best;
  if (start < forms.size()) longest_from(0, forms, lemmas, start, start, best);
  return best;
}

}  // namespace vigil::lexicon
