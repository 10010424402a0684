#include "lexicon/fold.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace vigil::lexicon {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// One transliterator per thread: ICU transliterators are not thread-safe, and creating one costs far more than using
// it, so it must stay off the per-token path.
icu::Transliterator& accent_stripper() {
  thread_local std::unique_ptr<icu::Transliterator> t;
  if (!t) {
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) throw std::runtime_error("ICU: cannot create the accent-folding transliterator");
  }
  return *t;
}

UChar32 ascii_equivalent(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: return '-';
    default: return c;
  }
}

}  // namespace

void fold_into(std::string_view text, std::string& out) {
  if (is_ascii(text)) {
    // Copied whole, then lower-cased in place: a loop the compiler vectorises, where a push_back per character
    // checked the capacity each time (every word of every sentence is folded at least once).
    out.assign(text);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return;
  }
  out.clear();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  accent_stripper().transliterate(u);
  u.foldCase();
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    mapped.append(ascii_equivalent(c));
    i += U16_LENGTH(c);
  }
  mapped.toUTF8String(out);
}

std::string fold(std::string_view text) {
  std::string out;
  fold_into(text, out);
  return out;
}

std::vector<std::string> fold_words(std::string_view phrase) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t')) ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t') ++j;
    if (j > i) words.push_back(fold(phrase.substr(i, j - i)));
    i = j;
  }
  return words;
}

}  // namespace vigil::lexicon
