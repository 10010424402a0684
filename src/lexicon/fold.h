// Folding text for dictionary matching: case- and accent-insensitive ("Mélanie" == "MELANIE"), typographic
// apostrophes and quotes as ASCII ("Ukraine’s" == "Ukraine's").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::lexicon {

// Folds `text` into `out` (replacing its contents). ASCII text takes a fast path that allocates nothing once `out`
// has room; other text goes through ICU (NFD, drop nonspacing marks, NFC, case fold), which is slower.
void fold_into(std::string_view text, std::string& out);

std::string fold(std::string_view text);

// Splits on spaces and tabs, folding each word.
std::vector<std::string> fold_words(std::string_view phrase);

}  // namespace vigil::lexicon
