#include "coding/ranked_doers.h"

#include <array>
#include <string_view>

#include "text/word_list.h"

namespace vigil::coding {

namespace {

bool is_rank_word(std::string_view lemma) {
  static constexpr std::array<std::string_view, 8> ranks = {"first", "second", "third", "fourth",
                                                            "fifth", "last",   "only",  "sole"};
  return is_one_of(lemma, ranks);
}

// "the latest leader to reject": the tagger's lemma of "latest" is "late", which ranks nothing ("the late king").
bool is_rank(const DependencyView& t, int w) { return is_rank_word(t.lemma(w)) || t.folded_form(w) == "latest"; }

// Whether the noun is ranked by a word of its own: "the first country", "the only one", "only the second pope";
// or is that word ("among the first").
bool ranked(const DependencyView& t, int noun) {
  if (is_rank(t, noun) && t.upos(noun) != "VERB") return true;
  for (int c : t.children(noun)) {
    std::string_view r = t.rel(c);
    if ((r == "amod" || r == "advmod" || r == "nummod") && c < noun && is_rank(t, c)) return true;
  }
  return false;
}

}  // namespace

int ranked_noun_of_infinitive(const DependencyView& t, int verb) {
  if (t.rel(verb) != "acl" || t.upos(verb) != "VERB") return 0;
  int mark = t.child(verb, "mark");
  if (!mark || t.lemma(mark) != "to") return 0;
  int noun = t.head(verb);
  if (noun <= 0) return 0;
  if (ranked(t, noun)) return noun;
  // "the first batch of countries to forge ties": the rank is on the noun the "of" phrase hangs from.
  int cs = t.child(noun, "case");
  if (t.base_rel(noun) == "nmod" && cs && t.lemma(cs) == "of" && t.head(noun) > 0 && ranked(t, t.head(noun)))
    return t.head(noun);
  return 0;
}

int who_is_ranked(const DependencyView& t, int noun) {
  if (t.child(noun, "cop"))
    if (int s = t.child(noun, "nsubj")) return s;
  int h = t.head(noun);
  std::string_view r = t.rel(noun);
  if (h > 0 && (r == "xcomp" || r == "obj") && (t.lemma(h) == "become" || t.lemma(h) == "remain"))
    if (int s = t.child(h, "nsubj")) return s;
  return 0;
}

}  // namespace vigil::coding
