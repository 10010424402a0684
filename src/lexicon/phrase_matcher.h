// A trie over word ids: finds dictionary phrases (actors, agents, discards) in a sentence.
//
// Built once from (phrase, value) pairs, then frozen into flat arrays: each node's edges are a sorted range searched
// by binary search, each node's values a range of one array. Matching allocates nothing.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "lexicon/word_table.h"

namespace vigil::lexicon {

class PhraseMatcher {
 public:
  class Builder {
   public:
    Builder();
    // Adds a phrase (word ids, at least one) carrying `value`; a phrase may carry several values.
    void add(std::span<const uint32_t> words, uint32_t value);
    PhraseMatcher build() &&;

   private:
    struct BuildNode {
      std::map<uint32_t, uint32_t> children;
      std::vector<uint32_t> values;
    };
    std::vector<BuildNode> nodes_;
    size_t phrases_ = 0;
  };

  struct Match {
    uint32_t length = 0;                // tokens covered; 0 = no match
    std::span<const uint32_t> values;  // the values of the matched phrase
    explicit operator bool() const { return length > 0; }
  };

  // The longest phrase starting at token `start`. A token matches a phrase word when its form id equals it or, if
  // `lemmas` is not empty, its lemma id does (so "ministers" can match "minister" by lemma).
  Match longest(std::span<const uint32_t> forms, std::span<const uint32_t> lemmas, size_t start) const;
  Match longest(std::span<const uint32_t> forms, size_t start) const { return longest(forms, {}, start); }

  // Calls f(Match) for every phrase starting at `start` (by form only), shortest first.
  template <class F>
  void for_each(std::span<const uint32_t> forms, size_t start, F&& f) const {
    uint32_t node = 0;
    for (size_t i = start; i < forms.size(); ++i) {
      node = step(node, forms[i]);
      if (node == kNoNode) return;
      if (nodes_[node].value_end > nodes_[node].value_begin) f(Match{static_cast<uint32_t>(i - start + 1), values(node)});
    }
  }

  // True when some phrase starts with `word`: a cheap test for pre-filters.
  bool starts_with(uint32_t word) const { return step(0, word) != kNoNode; }

  size_t phrase_count() const { return phrases_; }
  bool empty() const { return phrases_ == 0; }

 private:
  static constexpr uint32_t kNoNode = UINT32_MAX;
  struct Node {
    uint32_t edge_begin = 0, edge_end = 0;
    uint32_t value_begin = 0, value_end = 0;
  };
  uint32_t step(uint32_t node, uint32_t word) const;
  std::span<const uint32_t> values(uint32_t node) const {
    return {values_.data() + nodes_[node].value_begin, nodes_[node].value_end - nodes_[node].value_begin};
  }
  void longest_from(uint32_t node, std::span<const uint32_t> forms, std::span<const uint32_t> lemmas, size_t i,
                    size_t start, Match& best) const;

  std::vector<Node> nodes_{Node{}};
  std::vector<uint32_t> edge_words_;
  std::vector<uint32_t> edge_targets_;
  std::vector<uint32_t> values_;
  // The root's edges by word id (kNoNode where no phrase starts): every word of every sentence is tried as a
  // phrase start, and the root has thousands of edges to search.
  std::vector<uint32_t> root_targets_;
  size_t phrases_ = 0;
};

}  // namespace vigil::lexicon
