// Sentence boundaries over surface tokens: final punctuation (with the quotes and brackets that close after it)
// followed by a likely sentence start, paragraph breaks, and line breaks that are not mid-sentence wrapping.
#include <array>
#include <cctype>

#include "text/abbreviations.h"
#include "text/tokenizer.h"
#include "text/word_list.h"

namespace vigil {
namespace {

std::string_view token_text(std::string_view text, const SurfaceToken& t) {
  return text.substr(t.span.begin, t.span.size());
}

bool is_final_punctuation(std::string_view s) {
  if (s.empty()) return false;
  if (s == "\xE2\x80\xA6") return true;  // …
  for (char c : s)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool is_closing(std::string_view s) {
  return s == "\"" || s == "'" || s == "''" || s == ")" || s == "]" || s == "}" || s == "\xE2\x80\x9D" /* ” */ ||
         s == "\xE2\x80\x99" /* ’ */ || s == "\xC2\xBB" /* » */;
}

bool is_quote_mark(std::string_view s) {
  return s == "\"" || s == "'" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x98" || s == "\xE2\x80\x99" ||
         s == "\xC2\xAB" || s == "\xC2\xBB";
}

bool starts_lower(std::string_view s) { return !s.empty() && std::islower(static_cast<unsigned char>(s[0])); }

// Words that begin sentences far more often than they continue a name after an abbreviation like "U.S.".
bool is_common_sentence_start(std::string_view s) {
  static constexpr std::array<std::string_view, 40> words = {
      "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "A", "An", "This", "That", "There",
      "These", "Those", "His", "Her", "Their", "Its", "Our", "On", "At", "As", "If", "When", "While", "After",
      "Before", "Meanwhile", "However", "Officials", "Some", "Many", "Most", "No", "What", "So"};
  return is_one_of(s, words);
}

bool ends_with_abbreviation_period(std::string_view s, bool& may_end) {
  if (s.size() < 2 || s.back() != '.') return false;
  std::string_view w = s.substr(0, s.size() - 1);
  may_end = !is_title_with_period(s);
  if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) may_end = false;  // an initial: "J. Smith"
  return true;
}

}  // namespace

Gap gap_between(std::string_view text, const SurfaceToken& a, const SurfaceToken& b) {
  int newlines = 0;
  for (uint32_t i = a.span.end; i < b.span.begin; ++i)
    if (text[i] == '\n') ++newlines;
  if (newlines >= 2) return Gap::paragraph;
  if (newlines == 1) return Gap::line;
  return a.span.end == b.span.begin ? Gap::none : Gap::space;
}

void split_sentences(std::string_view text, const std::vector<SurfaceToken>& tokens, std::vector<TokenRange>& out) {
  size_t start = 0;
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    if (i + 1 == n) {
      out.push_back(TokenRange{start, n});
      break;
    }
    std::string_view t = token_text(text, tokens[i]);
    bool boundary = false;
    size_t last = i;  // the last token of the sentence if it ends here
    bool abbreviation_may_end = false;
    if (is_final_punctuation(t)) {
      // Closing quotes and brackets glued to the punctuation belong to this sentence; so does any quote mark glued
      // on and followed by a space (writers and OCR put opening marks there too: 'decision.“ However').
      while (last + 1 < n && gap_between(text, tokens[last], tokens[last + 1]) == Gap::none) {
        std::string_view q = token_text(text, tokens[last + 1]);
        bool spaced_after = last + 2 >= n || gap_between(text, tokens[last + 1], tokens[last + 2]) != Gap::none;
        if (!is_closing(q) && !(is_quote_mark(q) && spaced_after)) break;
        ++last;
      }
      if (last + 1 == n) {
        boundary = true;
      } else {
        std::string_view next = token_text(text, tokens[last + 1]);
        Gap g = gap_between(text, tokens[last], tokens[last + 1]);
        bool quoted = last > i;  // "...!" he said: a quote closes, the sentence goes on
        bool continues = next == "," || next == ";" || next == ":" || is_final_punctuation(next) ||
                         (starts_lower(next) && (quoted || t != "."));
        if (g == Gap::paragraph) boundary = true;
        else boundary = !continues;
        // "..." inside a sentence is followed by lower case; handled by starts_upper_or_digit.
      }
    } else if (ends_with_abbreviation_period(t, abbreviation_may_end) && abbreviation_may_end) {
      std::string_view next = token_text(text, tokens[i + 1]);
      Gap g = gap_between(text, tokens[i], tokens[i + 1]);
      boundary = g == Gap::paragraph || (g != Gap::none && is_common_sentence_start(next));
    }
    if (!boundary && last == i) {
      // No punctuation: a paragraph break always ends a sentence; a single line break does unless the next line
      // continues this one in lower case or this line ends on a joining mark.
      Gap g = gap_between(text, tokens[i], tokens[i + 1]);
      if (g == Gap::paragraph) {
        boundary = true;
      } else if (g == Gap::line) {
        std::string_view next = token_text(text, tokens[i + 1]);
        bool joining = t == "," || t == "-" || t == ":" || t == ";" || t == "(" || t == "\"";
        boundary = !joining && !starts_lower(next);
      }
    }
    if (boundary) {
      out.push_back(TokenRange{start, last + 1});
      start = last + 1;
      i = last;
    }
  }
}

}  // namespace vigil
