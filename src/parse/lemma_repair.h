// Repairs a predicted lemma that is not a word: when the lemmatizer's learned suffix rules (or a training lemma) give
// a verb a lemma that WordNet does not know ("ruled" -> "rul", "monitoring" -> "monitore"), the
// regular English inflections of the form are undone one by one and the first result that WordNet lists is taken.
#pragma once

#include <optional>
#include <string_view>

#include "parse/model.h"

namespace vigil::parse {

// Whether `lemma` (lower-case) is a lemma of WordNet part of speech `wn_pos` in the model's lexicon (which holds
// verbs only).
bool in_lexicon(const LemmaData& lemmas, int wn_pos, std::string_view lemma);

// The edit that turns the lower-cased form `lower` into a lexicon lemma of `wn_pos` (kWnVerb: the regular verb
// inflections; another part of speech: the exception list and the form itself), or nothing. The candidates, in
// order: WordNet's exception list; the regular inflections undone (for a hyphenated form, of the part after the last
// hyphen, the prefix kept: "re-elected" -> "re-elect"); the form itself.
std::optional<LemmaEdit> lexicon_lemma_edit(const LemmaData& lemmas, int wn_pos, std::string_view lower);

// "hoped" -> "hope", not "hop": a verb lemma of one short closed syllable ("hop", "cod", "wag") inflects with a
// doubled consonant ("hopped"), so a form that adds "-ed" or "-ing" to it undoubled comes from the lemma with a
// silent "e" ("hope", "code", "wage"), when the lexicon lists that verb. `lower` is the lower-cased form, `lemma`
// the lower-case predicted lemma, changed in place. Returns whether it changed.
bool silent_e_lemma(const LemmaData& lemmas, std::string_view lower, std::string& lemma);

}  // namespace vigil::parse
