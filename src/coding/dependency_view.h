// Fast access to a parsed sentence's tree: children of each word, relations, lemmas. Built once per sentence,
// reusing its buffers.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentence.h"

namespace vigil::coding {

class DependencyView {
 public:
  void reset(const Sentence& s);
  const Sentence& sentence() const { return *s_; }
  int size() const { return static_cast<int>(s_->words.size()); }
  const Word& word(int i) const { return s_->words[i - 1]; }  // 1-based
  // Tags as views: comparing a view with a literal checks the length first, where a std::string compares by strlen.
  std::string_view upos(int i) const { return s_->words[i - 1].upos; }
  std::string_view xpos(int i) const { return s_->words[i - 1].xpos; }
  int head(int i) const { return heads_[i]; }  // 0 for the root (and for words of a malformed cycle)
  std::string_view rel(int i) const { return s_->words[i - 1].deprel; }
  // The relation without its subtype ("nsubj:pass" -> "nsubj").
  std::string_view base_rel(int i) const;
  std::string_view lemma(int i) const;  // falls back to the form when there is no lemma
  std::span<const int> children(int i) const {  // i = 0 gives the root(s)
    return {children_.data() + offsets_[i], children_.data() + offsets_[i + 1]};
  }
  // The first child of i with exactly this relation, or 0.
  int child(int i, std::string_view rel) const;
  // Whether `anc` dominates `i` (or is it).
  bool dominates(int anc, int i) const;
  // First and last word of i's subtree.
  std::pair<int, int> subtree_range(int i) const;
  // lexicon::fold of lemma(i) and of the form, each computed once per sentence on first use: cue matching compares
  // the same word with many cues.
  const std::string& folded_lemma(int i) const;
  const std::string& folded_form(int i) const;

 private:
  const Sentence* s_ = nullptr;
  std::vector<int> heads_;
  std::vector<int> offsets_;
  std::vector<int> children_;
  // Folding cache (index 1..n): bit 1 = lemma folded, bit 2 = form folded.
  mutable std::vector<std::string> folded_lemma_, folded_form_;
  mutable std::vector<uint8_t> folded_;
};

// Whether `c` is a conjunct with a subject, no conjunction and nothing else to say: how parsers often hang a
// trailing "..., the ministry said" (the caller checks that it trails and that its verb is one of speech).
bool is_bare_reporting_conjunct(const DependencyView& t, int c);

}  // namespace vigil::coding
