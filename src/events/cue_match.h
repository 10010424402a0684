// Matching cue words of dicts/cues against a parsed sentence: by lemma or form, and phrases of several words.
#pragma once

#include <string>

#include "coding/dependency_view.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/fold.h"

namespace vigil::events {

// The word (1-based) as a folded lemma and form.
inline bool word_is(const coding::DependencyView& t, int w, std::string_view folded) {
  if (w < 1 || w > t.size()) return false;
  return t.folded_lemma(w) == folded || t.folded_form(w) == folded;
}

// Whether the cue's words stand in the sentence starting at word `w`.
inline bool cue_at(const coding::DependencyView& t, int w, const lexicon::Cue& c) {
  if (w < 1 || w + static_cast<int>(c.words.size()) - 1 > t.size()) return false;
  for (size_t k = 0; k < c.words.size(); ++k)
    if (!word_is(t, w + static_cast<int>(k), c.words[k])) return false;
  return true;
}

// A one-word cue of class `c` at word `w`, or a longer cue of that class whose first (or last) word is `w`. Returns
// the cue's words joined by spaces, or "". The first such cue in the class's order: only the cues that begin or end
// in the word's folded lemma or form can match, so those are tried, in order, instead of the whole class.
inline std::string cue_word(const coding::DependencyView& t, int w, lexicon::CueClass c,
                            const lexicon::CueLexicon& cues) {
  if (w < 1 || w > t.size()) return "";
  const std::string &lemma = t.folded_lemma(w), &form = t.folded_form(w);
  auto is = [&](const std::string& x) { return x == lemma || x == form; };
  static const std::vector<uint32_t> kNone;
  const std::vector<uint32_t>& by_lemma = cues.cues_with_end_word(c, lemma);
  const std::vector<uint32_t>& by_form = form == lemma ? kNone : cues.cues_with_end_word(c, form);
  const std::vector<lexicon::Cue>& all = cues.cues(c);
  size_t i = 0, j = 0;
  while (i < by_lemma.size() || j < by_form.size()) {
    // The two increasing lists merged, each cue once.
    uint32_t next;
    if (j == by_form.size() || (i < by_lemma.size() && by_lemma[i] <= by_form[j])) {
      next = by_lemma[i++];
      if (j < by_form.size() && by_form[j] == next) ++j;
    } else {
      next = by_form[j++];
    }
    const lexicon::Cue& cue = all[next];
    const int len = static_cast<int>(cue.words.size());
    bool hit = len == 1 ? is(cue.words[0])
                        : (is(cue.words.front()) && cue_at(t, w, cue)) || (is(cue.words.back()) && cue_at(t, w - len + 1, cue));
    if (hit) {
      std::string s;
      for (const std::string& x : cue.words) {
        if (!s.empty()) s += ' ';
        s += x;
      }
      return s;
    }
  }
  return "";
}

}  // namespace vigil::events
