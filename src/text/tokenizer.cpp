#include "text/tokenizer.h"
#include "text/sentence_model.h"

#include <unicode/utf8.h>

#include <array>
#include <cctype>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/word_list.h"

namespace vigil {
namespace {

struct CodePoint {
  char32_t c;
  uint32_t offset;  // byte offset in the text
  CharClass k;
};

// Hyphenated words whose first part is one of these stay one token in UD English ("co-workers", "non-profit");
// other hyphenated compounds are split ("search - engine").
bool keeps_hyphen(std::string_view left_lower) {
  static constexpr std::array<std::string_view, 24> prefixes = {
      "e",    "non",   "co",    "pre",   "post",  "re",   "anti", "pro",   "ex",    "multi", "mid",  "over",
      "semi", "inter", "counter", "mini", "sub",  "bi",   "tri",  "ultra", "quasi", "pseudo", "neo", "intra"};
  return is_one_of(left_lower, prefixes);
}

class Scanner {
 public:
  Scanner(std::string_view text, Span span, std::vector<SurfaceToken>& out) : text_(text), out_(out) {
    cps_.clear();
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(span.begin);
    const int32_t n = static_cast<int32_t>(span.end);
    while (i < n) {
      int32_t at = i;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) c = 0xFFFD;
      cps_.push_back(CodePoint{static_cast<char32_t>(c), static_cast<uint32_t>(at), classify(static_cast<char32_t>(c))});
    }
    end_offset_ = span.end;
    // Two sentinels so look-ahead never runs off the end.
    cps_.push_back(CodePoint{U' ', span.end, CharClass::space});
    cps_.push_back(CodePoint{U' ', span.end, CharClass::space});
  }

  void run() {
    size_t n = cps_.size() - 2;
    size_t i = 0;
    while (i < n) {
      CharClass k = cps_[i].k;
      if (k == CharClass::space) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      if (size_t e = emoticon_end(i); e > i) {
        j = e;
      } else if (size_t u = url_end(i); u > i) {
        j = u;
      } else if (is_word_class(k) || (k == CharClass::apostrophe && decade_apostrophe(i))) {
        j = word_end(i);
      } else if (k == CharClass::period || k == CharClass::exclaim) {
        // "...", "?!", ".?" are one token each
        while (cps_[j].k == CharClass::period || cps_[j].k == CharClass::exclaim) ++j;
      } else if (k == CharClass::hyphen || k == CharClass::dash) {
        while (cps_[j].k == k) ++j;  // "--", "——"
      } else if (is_rule_char(cps_[i].c) && cps_[j].c == cps_[i].c) {
        while (cps_[j].c == cps_[i].c) ++j;  // "****", "____", "====": one separator token
      } else if (k == CharClass::apostrophe && cps_[i].c == '\'' && cps_[j].c == '\'') {
        ++j;  // '' as a closing quote
      } else if (cps_[i].c == '`' && cps_[j].c == '`') {
        ++j;
      }
      emit(i, j);
      i = j;
    }
  }

 private:
  std::string_view slice(size_t i, size_t j) const {
    return text_.substr(cps_[i].offset, cps_[j].offset - cps_[i].offset);
  }
  bool is_lower_letter(size_t i) const { return cps_[i].k == CharClass::letter && cps_[i].c < 128 && std::islower(static_cast<int>(cps_[i].c)); }
  bool is_upper_letter(size_t i) const { return cps_[i].k == CharClass::letter && cps_[i].c < 128 && std::isupper(static_cast<int>(cps_[i].c)); }

  void emit(size_t i, size_t j) {
    SurfaceToken t;
    t.span = Span{cps_[i].offset, j < cps_.size() ? cps_[j].offset : end_offset_};
    t.space_after = cps_[j].k == CharClass::space;
    out_.push_back(t);
  }

  static bool is_rule_char(char32_t c) { return c == '*' || c == '_' || c == '=' || c == '~' || c == '#' || c == '+' || c == '^'; }

  // :) :-) :D ;) :( (: ^^ and the like, when they stand apart from words.
  size_t emoticon_end(size_t i) const {
    static constexpr std::array<std::string_view, 16> faces = {":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D",
                                                               ":P", ";)", ":/", "(:", "):", "^^", ":-/", "<3"};
    char32_t first = cps_[i].c;
    if (first != ':' && first != ';' && first != '(' && first != ')' && first != '^' && first != '<') return i;
    if (i > 0 && cps_[i - 1].k != CharClass::space) return i;
    for (std::string_view f : faces) {
      size_t m = 0;
      while (m < f.size() && cps_[i + m].c == static_cast<char32_t>(f[m])) ++m;
      if (m == f.size() && !is_word_class(cps_[i + m].k)) return i + m;
    }
    return i;
  }

  // '90s, '08
  bool decade_apostrophe(size_t i) const {
    return cps_[i + 1].k == CharClass::digit && cps_[i + 2].k == CharClass::digit &&
           (cps_[i + 3].k != CharClass::digit) && (i == 0 || cps_[i - 1].k != CharClass::letter);
  }

  // http://..., www.example.org, name@example.com, canada.ca: the end of the address, or i when there is none.
  size_t url_end(size_t i) const {
    if (i > 0 && is_word_class(cps_[i - 1].k)) return i;
    size_t j = i;
    bool has_scheme = false, has_at = false, has_dot_word = false;
    while (cps_[j].k != CharClass::space && cps_[j].k != CharClass::quote && cps_[j].c != '<' && cps_[j].c != '>') {
      if (cps_[j].c == ':' && cps_[j + 1].c == '/' && cps_[j + 2].c == '/') has_scheme = true;
      if (cps_[j].c == '@' && j > i && is_word_class(cps_[j + 1].k)) has_at = true;
      if (cps_[j].c == '.' && is_word_class(cps_[j + 1].k) && j > i && is_word_class(cps_[j - 1].k)) has_dot_word = true;
      ++j;
    }
    std::string_view s = slice(i, j);
    bool www = s.size() > 4 && (s.starts_with("www.") || s.starts_with("WWW."));
    bool domain = false;
    if (!has_scheme && !has_at && !www && has_dot_word) {
      // A bare domain: letters, a dot, then a known top-level domain in lower case ("canada.ca", "bbc.co.uk").
      static constexpr std::array<std::string_view, 26> tlds = {
          ".com", ".org", ".net", ".gov", ".edu", ".ca", ".uk", ".ru", ".ua", ".de", ".fr", ".int", ".io",
          ".info", ".Com", ".COM", ".doc", ".xls", ".pdf", ".jpg", ".gif", ".png", ".htm", ".html", ".txt", ".ppt"};
      size_t k = j;
      while (k > i && (cps_[k - 1].k == CharClass::period || cps_[k - 1].k == CharClass::close_bracket ||
                       cps_[k - 1].k == CharClass::comma || cps_[k - 1].k == CharClass::exclaim))
        --k;
      std::string_view core = slice(i, k);
      for (std::string_view t : tlds)
        if (core.size() > t.size() + 1 && core.ends_with(t) && cps_[i].k == CharClass::letter) domain = true;
      if (domain) {
        for (size_t m = i; m < k; ++m)
          if (cps_[m].k != CharClass::letter && cps_[m].k != CharClass::digit && cps_[m].c != '.' && cps_[m].c != '-' && cps_[m].c != '/')
            domain = false;
      }
    }
    if (!has_scheme && !has_at && !www && !domain) return i;
    if (has_at && !has_scheme && !www) {
      // An e-mail address must have a dot after the @.
      size_t at = s.find('@');
      if (s.find('.', at) == std::string_view::npos && !is_upper_letter(i + (at + 1))) return i;
    }
    // Trailing punctuation belongs to the sentence, not the address.
    while (j > i + 1 && (cps_[j - 1].k == CharClass::period || cps_[j - 1].k == CharClass::comma ||
                         cps_[j - 1].k == CharClass::exclaim || cps_[j - 1].k == CharClass::semicolon ||
                         cps_[j - 1].k == CharClass::colon || cps_[j - 1].k == CharClass::apostrophe ||
                         (cps_[j - 1].k == CharClass::close_bracket && !contains_open(i, j - 1))))
      --j;
    if (cps_[i].k == CharClass::open_bracket) return i;
    return j;
  }

  bool contains_open(size_t i, size_t j) const {
    for (size_t m = i; m < j; ++m)
      if (cps_[m].k == CharClass::open_bracket) return true;
    return false;
  }

  // The end of a word starting at i: letters and digits with the joiners English keeps inside a token.
  size_t word_end(size_t i) {
    size_t j = i;
    if (cps_[j].k == CharClass::apostrophe) j += 1;  // '90s
    size_t segment = j;  // start of the current run of letters/digits
    bool inner_period = false;
    for (;;) {
      while (is_word_class(cps_[j].k)) ++j;
      const CodePoint& c = cps_[j];
      CharClass next = cps_[j + 1].k;
      if (c.k == CharClass::apostrophe && next == CharClass::letter && j > i) {
        ++j;  // don't, O'Brien, Canada's
        segment = j;
        continue;
      }
      if (c.k == CharClass::period && is_word_class(next) && j > i) {
        bool digits = cps_[j - 1].k == CharClass::digit && next == CharClass::digit;
        bool short_left = j - segment <= 2 && cps_[segment].k == CharClass::letter;
        bool lower_right = is_lower_letter(j + 1) && cps_[j - 1].k != CharClass::digit && j - segment <= 3;
        if (digits || short_left || lower_right) {
          ++j;
          segment = j;
          inner_period = !digits || inner_period;
          continue;
        }
      }
      if ((c.k == CharClass::comma || c.k == CharClass::colon || c.k == CharClass::slash) &&
          cps_[j - 1].k == CharClass::digit && next == CharClass::digit) {
        if (c.k != CharClass::comma || (cps_[j + 2].k == CharClass::digit && cps_[j + 3].k == CharClass::digit)) {
          ++j;  // 1,200  10:30  11/28/2000
          segment = j;
          continue;
        }
      }
      if (c.c == '&' && cps_[j - 1].k == CharClass::letter && cps_[j + 1].k == CharClass::letter && j - segment <= 2) {
        ++j;  // AT&T, S&P, p&l
        segment = j;
        continue;
      }
      if (c.k == CharClass::hyphen && is_word_class(next) && j > i) {
        std::string_view left = slice(segment, j);
        std::string lower;
        if (left.size() <= 8) {
          for (char ch : left) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        size_t r = j + 1;
        while (is_word_class(cps_[r].k)) ++r;
        bool phone = cps_[j - 1].k == CharClass::digit && next == CharClass::digit && j - segment == 3 && r - (j + 1) >= 3;
        if (keeps_hyphen(lower) || phone) {  // a prefix ("non-profit") or a phone number
          ++j;
          segment = j;
          continue;
        }
      }
      break;
    }
    // A final period stays on abbreviations: "U.S.", "Gen.", "J.", "Inc.".
    if (cps_[j].k == CharClass::period && cps_[j + 1].k != CharClass::period) {
      std::string_view w = slice(i, j);
      bool initial = j - i == 1 && is_upper_letter(i);
      AbbreviationKind kind = abbreviation_kind(w);
      bool number_follows = false;
      if (kind == AbbreviationKind::before_number) {
        size_t k = j + 1;
        while (cps_[k].k == CharClass::space && k < cps_.size() - 2) ++k;
        number_follows = cps_[k].k == CharClass::digit && cps_[j + 1].k == CharClass::space;
      }
      bool abbreviation = (kind == AbbreviationKind::title || kind == AbbreviationKind::ordinary) || number_follows;
      if (initial || abbreviation || (inner_period && cps_[j - 1].k == CharClass::letter)) ++j;
    }
    return j;
  }

  std::string_view text_;
  std::vector<SurfaceToken>& out_;
  uint32_t end_offset_ = 0;
  static thread_local std::vector<CodePoint> cps_;
};

thread_local std::vector<CodePoint> Scanner::cps_;

}  // namespace

void split_tokens(std::string_view text, Span span, std::vector<SurfaceToken>& out) {
  Scanner scanner(text, span, out);
  scanner.run();
}

std::vector<Sentence> tokenize_document(const Document& doc, const TokenizeOptions& options) {
  std::vector<Sentence> sentences;
  std::vector<SurfaceToken> tokens;
  std::vector<TokenRange> ranges;
  for (const Region& region : doc.regions) {
    if (region.kind != RegionKind::headline && region.kind != RegionKind::body) continue;
    tokens.clear();
    ranges.clear();
    split_tokens(doc.text, region.span, tokens);
    if (options.sentence_model) options.sentence_model->split(doc.text, tokens, ranges);
    else split_sentences(doc.text, tokens, ranges);
    for (const TokenRange& r : ranges) {
      Sentence& s = sentences.emplace_back();
      build_sentence(doc.text, tokens.data() + r.begin, r.end - r.begin, s);
      if (options.sentence_comments) {
        s.comments.push_back("sent_id = " + doc.id + "-" + std::to_string(sentences.size()));
        s.comments.push_back("text = " + s.text);
      }
    }
  }
  return sentences;
}

}  // namespace vigil
