#include "parse/lemma_repair.h"

#include <string>

#include "parse/annotator.h"

namespace vigil::parse {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A one-syllable stem of a single short vowel and a final consonant ("hop", "wag", "star"). Such a verb doubles its
// consonant before -ed and -ing ("hopped"), so "hoped" and "waged" come from "hope" and "wage", not "hop" and "wag".
bool short_closed_syllable(std::string_view stem) {
  if (stem.size() < 2) return false;
  char last = stem.back();
  if (vowel(last) || last == 'w' || last == 'x' || last == 'y' || !vowel(stem[stem.size() - 2])) return false;
  if (stem.size() >= 3 && vowel(stem[stem.size() - 3])) return false;
  for (size_t i = 0; i + 3 < stem.size(); ++i)
    if (vowel(stem[i])) return false;
  return true;
}

bool sibilant_or_o(std::string_view stem) {
  return stem.ends_with('s') || stem.ends_with('x') || stem.ends_with('z') || stem.ends_with("ch") ||
         stem.ends_with("sh") || stem.ends_with('o');
}

class Candidates {
 public:
  Candidates(const LemmaData& L, int pos, std::string_view tail) : L_(L), pos_(pos), tail_(tail) {}
  // Tries the tail with `strip` bytes removed and `append` added.
  bool try_edit(uint32_t strip, std::string_view append) {
    if (found_ || strip >= tail_.size()) return found_;
    buf_.assign(tail_.substr(0, tail_.size() - strip));
    buf_ += append;
    if (in_lexicon(L_, pos_, buf_)) {
      found_ = true;
      edit_ = LemmaEdit{strip, std::string(append)};
    }
    return found_;
  }
  // The past/participle or -ing stem `stem` (the tail less `suffix`): the stem, the stem + e (the other way round
  // after a short closed syllable), then the stem less a doubled final consonant ("planned" -> "plan").
  void stem_and_e(size_t suffix) {
    std::string_view stem = tail_.substr(0, tail_.size() - suffix);
    uint32_t s = static_cast<uint32_t>(suffix);
    if (short_closed_syllable(stem)) {
      try_edit(s, "e");
      try_edit(s, "");
    } else {
      try_edit(s, "");
      try_edit(s, "e");
    }
  }
  void doubled(size_t suffix) {
    std::string_view stem = tail_.substr(0, tail_.size() - suffix);
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] && !vowel(stem.back()))
      try_edit(static_cast<uint32_t>(suffix + 1), "");
  }
  bool found() const { return found_; }
  const LemmaEdit& edit() const { return edit_; }

 private:
  const LemmaData& L_;
  int pos_;
  std::string_view tail_;
  std::string buf_;
  bool found_ = false;
  LemmaEdit edit_;
};

void verb_inflections(Candidates& c, std::string_view w) {
  if (w.ends_with("ed")) {
    c.stem_and_e(2);  // -ed, -d ("ruled")
    if (w.ends_with("ied")) c.try_edit(3, "y");
    c.doubled(2);
  } else if (w.ends_with("ing")) {
    c.stem_and_e(3);
    c.doubled(3);
  } else if (w.ends_with('s')) {
    if (sibilant_or_o(w.substr(0, w.size() - 2)) && w.ends_with("es")) c.try_edit(2, "");
    c.try_edit(1, "");
    if (w.ends_with("ies")) c.try_edit(3, "y");
  }
}

}  // namespace

bool in_lexicon(const LemmaData& L, int wn_pos, std::string_view lemma) {
  return L.lexicon.get(lemma_lexicon_key(wn_pos, lemma)) != U64Map::kMissing;
}

bool silent_e_lemma(const LemmaData& L, std::string_view lower, std::string& lemma) {
  const bool inflected = (lower.size() == lemma.size() + 2 && lower.ends_with("ed")) ||
                         (lower.size() == lemma.size() + 3 && lower.ends_with("ing"));
  if (!inflected || lower.substr(0, lemma.size()) != lemma || !short_closed_syllable(lemma)) return false;
  std::string with_e = lemma + "e";
  if (!in_lexicon(L, kWnVerb, with_e)) return false;
  lemma = std::move(with_e);
  return true;
}

std::optional<LemmaEdit> lexicon_lemma_edit(const LemmaData& L, int wn_pos, std::string_view lower) {
  size_t hyphen = lower.rfind('-');
  std::string_view tail = hyphen == std::string_view::npos ? lower : lower.substr(hyphen + 1);
  if (tail.size() < 2) return std::nullopt;
  // The exception list first ("fled" -> "flee", not "fle"); its edit applies to the whole form as to the tail.
  if (uint32_t e = L.exceptions.get(lemma_exception_key(wn_pos, tail));
      e != U64Map::kMissing && L.edits[e].strip <= tail.size())
    return L.edits[e];
  Candidates c(L, wn_pos, tail);
  if (wn_pos == kWnVerb) verb_inflections(c, tail);
  c.try_edit(0, "");
  if (c.found()) return c.edit();
  return std::nullopt;
}

}  // namespace vigil::parse
