// Tests of parsed words that several parts of the coder share: relative pronouns, nominals, nouns that count or
// group what follows them, verbs that name their object.
#pragma once

#include <string>
#include <string_view>

#include "coding/dependency_view.h"
#include "text/sentence.h"
#include "text/word_list.h"

namespace vigil::coding {

inline bool is_relative_pronoun(const Word& w) {
  if (w.feats.find("PronType=Rel") != std::string::npos || w.xpos == "WDT" || w.xpos == "WP") return true;
  std::string_view l = w.lemma.empty() ? std::string_view(w.form) : std::string_view(w.lemma);
  return l == "which" || l == "who" || l == "that" || l == "whom";
}

inline bool is_nominal(const Word& w) {
  return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON" || w.upos == "NUM";
}

// Nouns that count or group what follows them: "dozens of drones", "a wave of strikes", "a group of protesters".
inline bool is_quantity_noun(std::string_view lemma) {
  static constexpr std::string_view words[] = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                                               "ten", "tens", "million", "millions", "score", "scores", "number",
                                               "couple", "handful", "series", "wave", "salvo", "volley", "barrage",
                                               "group", "batch", "pair", "string", "spate", "flurry", "host", "team"};
  return is_one_of(lemma, words);
}

// Verbs that name their object something: "called it a coup", "branded them traitors", "declared him persona non
// grata".
inline bool is_naming_verb(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {"call", "name", "label", "brand", "dub", "term", "declare", "deem"};
  return is_one_of(lemma, verbs);
}

// "denounced what it called Western interference": a free relative "what" whose naming verb names the thing, so
// the thing is the object of the verb that takes "what". Returns the name ("interference") or 0.
inline int named_by_free_relative(const DependencyView& t, int what) {
  if (t.lemma(what) != "what") return 0;
  for (int v : t.children(what)) {
    if (t.rel(v) != "acl:relcl" || !is_naming_verb(t.lemma(v))) continue;
    for (int c : t.children(v))
      if (t.rel(c) == "obj" || t.rel(c) == "xcomp") return c;
  }
  return 0;
}

}  // namespace vigil::coding
