// A parsed sentence written out row by row in a test: (form, upos, xpos, head, deprel), the lemma being the form;
// and its arcs written back out ("4:nsubj 3:case ..."), to compare a repaired tree with the expected one.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "text/sentence.h"

namespace vigil::parse::test {

inline Sentence sentence_of_rows(
    const std::vector<std::tuple<std::string, std::string, std::string, int, std::string>>& rows) {
  Sentence s;
  for (const auto& [form, upos, xpos, head, deprel] : rows) {
    Word w;
    w.form = w.lemma = form;
    w.upos = upos;
    w.xpos = xpos;
    w.head = head;
    w.deprel = deprel;
    s.words.push_back(w);
  }
  return s;
}

inline std::string arcs(const Sentence& s) {
  std::string out;
  for (const Word& w : s.words) out += std::to_string(w.head) + ":" + w.deprel + " ";
  return out;
}

}  // namespace vigil::parse::test
