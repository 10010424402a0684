// Splits surface tokens into UD syntactic words: negation and verbal/possessive clitics, and the fused forms of
// informal English ("gonna" -> "gon" + "na"). Every part is a substring of the token, so offsets stay exact.
#include <array>
#include <cctype>
#include <string>

#include "text/tokenizer.h"
#include "text/word_list.h"

namespace vigil {
namespace {

// Returns the byte lengths of the parts of `token` (empty when it is one word).
// Whether a token could be more than one word: it holds an apostrophe or is one of the fused forms. Most tokens
// are not, and this keeps them off the slower path below.
bool may_have_parts(std::string_view token) {
  if (token.size() < 3) return false;
  if (token.find('\'') != std::string_view::npos || token.find("\xE2\x80\x99") != std::string_view::npos) return true;
  const char a = ascii_lower(token[token.size() - 2]), b = ascii_lower(token.back());
  return (a == 'n' && b == 't') || (b == 'a' && (a == 'n' || a == 't')) || (a == 'o' && b == 't');
}

void word_parts(std::string_view token, std::vector<size_t>& parts) {
  parts.clear();
  if (!may_have_parts(token)) return;
  std::string low = ascii_lower(token);
  // Curly apostrophes are three bytes; compare on a copy where they read as ASCII.
  std::string flat;
  std::vector<size_t> flat_to_byte;
  for (size_t i = 0; i < low.size();) {
    if (low.compare(i, 3, "\xE2\x80\x99") == 0) {
      flat += '\'';
      flat_to_byte.push_back(i);
      i += 3;
    } else {
      flat += low[i];
      flat_to_byte.push_back(i);
      ++i;
    }
  }
  flat_to_byte.push_back(low.size());
  auto split_at_flat = [&](size_t flat_pos) { parts.push_back(flat_to_byte[flat_pos]); parts.push_back(token.size() - flat_to_byte[flat_pos]); };

  if (flat == "cannot") return (void)(parts = {3, 3});
  static constexpr std::array<std::string_view, 3> fused = {"gonna", "wanna", "gotta"};
  for (std::string_view f : fused)
    if (flat == f) return (void)(parts = {3, 2});
  // Negation without an apostrophe, as written informally ("dont", "didnt").
  static constexpr std::array<std::string_view, 14> bare_negations = {
      "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "couldnt",
      "wouldnt", "shouldnt", "cant"};
  for (std::string_view f : bare_negations)
    if (flat == f) return (void)(parts = {token.size() - 2, 2});
  if (flat.size() > 3 && flat.ends_with("n't")) {
    size_t cut = flat.size() - 3;
    if (std::isalpha(static_cast<unsigned char>(flat[cut - 1]))) return split_at_flat(cut);
  }
  static constexpr std::array<std::string_view, 6> clitics = {"'s", "'m", "'d", "'re", "'ve", "'ll"};
  for (std::string_view c : clitics) {
    if (flat.size() > c.size() && flat.ends_with(c)) {
      size_t cut = flat.size() - c.size();
      unsigned char before = static_cast<unsigned char>(flat[cut - 1]);
      if (std::isalnum(before) || before >= 0x80) {
        // "shouldn't've" and the like: split the rest too.
        std::vector<size_t> inner;
        word_parts(token.substr(0, flat_to_byte[cut]), inner);
        if (!inner.empty()) {
          parts = inner;
          parts.push_back(token.size() - flat_to_byte[cut]);
          return;
        }
        return split_at_flat(cut);
      }
    }
  }
}

}  // namespace

void build_sentence(std::string_view text, const SurfaceToken* tokens, size_t count, Sentence& s) {
  s = Sentence();
  if (count == 0) return;
  s.span = Span{tokens[0].span.begin, tokens[count - 1].span.end};
  s.text = std::string(text.substr(s.span.begin, s.span.size()));
  for (char& c : s.text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  s.words.reserve(count + 4);
  std::vector<size_t> parts;
  for (size_t i = 0; i < count; ++i) {
    const SurfaceToken& t = tokens[i];
    std::string_view form = text.substr(t.span.begin, t.span.size());
    word_parts(form, parts);
    if (parts.size() < 2) {
      Word& w = s.words.emplace_back();
      w.form = std::string(form);
      w.span = t.span;
      w.space_after = t.space_after;
      continue;
    }
    MultiwordToken m;
    m.first = static_cast<int>(s.words.size()) + 1;
    m.form = std::string(form);
    m.span = t.span;
    m.space_after = t.space_after;
    uint32_t at = t.span.begin;
    for (size_t len : parts) {
      Word& w = s.words.emplace_back();
      w.form = std::string(text.substr(at, len));
      w.span = Span{at, at + static_cast<uint32_t>(len)};
      w.space_after = false;
      at += static_cast<uint32_t>(len);
    }
    s.words.back().space_after = t.space_after;
    m.last = static_cast<int>(s.words.size());
    s.multiword_tokens.push_back(std::move(m));
  }
}

}  // namespace vigil
