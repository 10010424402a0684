#include "parse/news_day_variants.h"

#include "parse/rng.h"

#include <array>
#include <string>

namespace vigil::parse {
namespace {

bool finite_verb(const Word& w) {
  return w.upos == "VERB" && (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP");
}

// Whether word `w` (1-based) lies in the subtree of `top`.
bool descends(const Sentence& s, int w, int top) {
  for (int steps = 0; w > 0 && steps <= static_cast<int>(s.words.size()); ++steps) {
    if (w == top) return true;
    w = s.words[w - 1].head;
  }
  return false;
}

}  // namespace

int day_slot(const Sentence& s) {
  if (!s.multiword_tokens.empty() || !s.empty_nodes.empty()) return 0;
  const int n = static_cast<int>(s.words.size());
  int root = 0;
  for (int i = 1; i <= n; ++i)
    if (s.words[i - 1].head == 0) root = i;
  if (!root || !finite_verb(s.words[root - 1])) return 0;
  for (int i = 1; i < root; ++i) {
    const Word& w = s.words[i - 1];
    if (w.head != root || w.deprel != "nsubj" || (w.upos != "NOUN" && w.upos != "PROPN")) continue;
    // The subject phrase must end right before the verb, in a word of its own (not a comma), and hold every
    // word from its first to its last.
    if (!descends(s, root - 1, i) || s.words[root - 2].upos == "PUNCT") return 0;
    int first = i;
    while (first > 1 && descends(s, first - 1, i)) --first;
    for (int k = first; k < root; ++k)
      if (!descends(s, k, i)) return 0;
    return root - 1;
  }
  return 0;
}

Sentence with_day(const Sentence& s, int slot, const std::string& weekday) {
  Sentence out;
  out.comments = s.comments;
  auto shifted = [&](int head) { return head > slot ? head + 2 : head; };
  int root = 0;
  for (size_t i = 0; i < s.words.size(); ++i)
    if (s.words[i].head == 0) root = static_cast<int>(i) + 1;
  for (int i = 1; i <= static_cast<int>(s.words.size()); ++i) {
    Word w = s.words[i - 1];
    w.head = shifted(w.head);
    w.deps.clear();  // enhanced dependencies would need renumbering; the trainer does not read them
    out.words.push_back(std::move(w));
    if (i == slot) {
      Word on;
      on.form = on.lemma = "on";
      on.upos = "ADP";
      on.xpos = "IN";
      on.head = slot + 2;
      on.deprel = "case";
      Word day;
      day.form = day.lemma = weekday;
      day.upos = "PROPN";
      day.xpos = "NNP";
      day.feats = "Number=Sing";
      day.head = shifted(root);
      day.deprel = "obl";
      out.words.push_back(std::move(on));
      out.words.push_back(std::move(day));
    }
  }
  for (const Word& w : out.words) out.text += (out.text.empty() ? "" : " ") + w.form;
  return out;
}

std::vector<Sentence> news_day_variants(const std::vector<Sentence>& train, double share, uint64_t seed) {
  static const std::array<const char*, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
  std::vector<Sentence> out;
  Rng rng(seed * 7919 + 11);
  for (const Sentence& s : train) {
    int slot = day_slot(s);
    if (!slot) continue;
    if (rng.uniform() >= share) continue;
    out.push_back(with_day(s, slot, kDays[rng.next() % kDays.size()]));
  }
  return out;
}

}  // namespace vigil::parse
