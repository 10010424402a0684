// Builds a parsed Sentence from a compact description, so coder tests state their trees by hand:
//   "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct"
// Each item is FORM[|LEMMA]/UPOS[:XPOS]/HEAD/DEPREL; the lemma defaults to the lower-cased form.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>

#include "text/sentence.h"

namespace vigil::test {

// `check`: refuse a spec that is no tree (a typo in a head). Only a test of malformed input turns it off.
inline Sentence tree(const std::string& spec, bool check = true) {
  Sentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    std::vector<std::string> parts;
    size_t start = 0;
    // The form may itself be "/" only as punctuation; split from the right for the three fixed fields.
    for (int k = 0; k < 3; ++k) {
      size_t slash = item.rfind('/');
      if (slash == std::string::npos || slash == 0) throw std::runtime_error("bad tree item: " + item);
      parts.insert(parts.begin(), item.substr(slash + 1));
      item.resize(slash);
    }
    (void)start;
    Word w;
    size_t bar = item.find('|');
    w.form = bar == std::string::npos ? item : item.substr(0, bar);
    if (bar != std::string::npos) w.lemma = item.substr(bar + 1);
    else
      for (char c : w.form) w.lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t colon = parts[0].find(':');
    w.upos = parts[0].substr(0, colon);
    if (colon != std::string::npos) w.xpos = parts[0].substr(colon + 1);
    w.head = std::stoi(parts[1]);
    w.deprel = parts[2];
    if (!s.text.empty()) s.text += ' ';
    w.span = Span{static_cast<uint32_t>(s.text.size()), static_cast<uint32_t>(s.text.size() + w.form.size())};
    s.text += w.form;
    s.words.push_back(w);
  }
  s.span = Span{0, static_cast<uint32_t>(s.text.size())};
  // A hand-written tree must be a tree: every head a word of the sentence (or 0), every word reaching the root.
  const int n = static_cast<int>(s.words.size());
  for (int i = 1; check && i <= n; ++i) {
    int h = i;
    for (int steps = 0; h != 0; ++steps) {
      h = s.words[h - 1].head;
      if (h < 0 || h > n || steps > n)
        throw std::runtime_error("bad tree: word " + std::to_string(i) + " (" + s.words[i - 1].form +
                                 ") does not reach the root in: " + spec);
    }
  }
  return s;
}

}  // namespace vigil::test
