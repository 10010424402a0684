#include "ingest/text_layout.h"

#include <array>
#include <cctype>
#include <string_view>

namespace vigil {
namespace {

using std::string_view;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Trims ASCII spaces and the UTF-8 no-break space from both ends of [b, e) in text.
Span trim(string_view text, uint32_t b, uint32_t e) {
  for (;;) {
    if (b < e && is_space(text[b])) ++b;
    else if (e - b >= 2 && text.substr(b, 2) == "\xC2\xA0") b += 2;
    else break;
  }
  for (;;) {
    if (e > b && is_space(text[e - 1])) --e;
    else if (e - b >= 2 && text.substr(e - 2, 2) == "\xC2\xA0") e -= 2;
    else break;
  }
  return Span{b, e};
}

bool starts_with_icase(string_view s, string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// Words that open a picture credit: "Photo: canada.ca / National Defense", "Photo by ...", "(Image: AFP)".
constexpr std::array<string_view, 12> kCreditOpeners = {
    "photo:", "photo credit:", "photo by ", "photos:", "photograph:", "photograph by ", "image:", "image credit:",
    "picture:", "credit:", "file photo:", "pictured:"};

size_t credit_opener_length(string_view s) {
  if (!s.empty() && s[0] == '(') s.remove_prefix(1);
  for (string_view o : kCreditOpeners)
    if (starts_with_icase(s, o)) return o.size();
  return 0;
}

bool is_credit_line(string_view line) { return credit_opener_length(line) > 0; }

// "By Jane Doe", "By JANE DOE, Reuters", "Written by ...", "Reporting by X; Editing by Y".
bool is_byline(string_view line) {
  if (line.size() > 120) return false;
  if (starts_with_icase(line, "reporting by ") || starts_with_icase(line, "written by ") ||
      starts_with_icase(line, "editing by ") || starts_with_icase(line, "compiled by "))
    return true;
  if (!starts_with_icase(line, "by ") || line.size() < 5) return false;
  // A byline names people: every word is capitalised (or a joiner), and there is no sentence-final period.
  if (line.back() == '.' || line.back() == '?' || line.back() == '!') return false;
  size_t words = 0;
  size_t i = 3;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    string_view w = line.substr(i, j - i);
    if (!w.empty()) {
      ++words;
      bool joiner = w == "and" || w == "in" || w == "for" || w == "de" || w == "van" || w == "von" || w == "|";
      unsigned char c = static_cast<unsigned char>(w[0]);
      if (!joiner && !(std::isupper(c) || c >= 0x80)) return false;
    }
    i = j;
  }
  return words >= 1 && words <= 10;
}

// A credit that trails the headline on its own line: "... Ukraine—media. Photo: canada.ca / National Defense".
size_t trailing_credit_start(string_view line) {
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i - 1] != ' ' && line[i - 1] != '|' && line[i - 1] != '(') continue;
    if (credit_opener_length(line.substr(i)) > 0) {
      size_t at = line[i] == '(' ? i : i;
      return at;
    }
  }
  return string_view::npos;
}

// A wire dateline at the start of a paragraph: "MOSCOW, Jan 19 (Reuters) - ", "KYIV, Ukraine (AP) — ".
// Returns the length of the dateline including its dash and following space, or 0.
size_t dateline_length(string_view p) {
  // The place is written in capitals: at least two capital letters before any lower-case letter or comma.
  size_t caps = 0;
  size_t i = 0;
  for (; i < p.size() && i < 40; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (std::isupper(c)) ++caps;
    else if (c == ' ' || c == '.' || c == '-' || c == '\'' || c >= 0x80) continue;
    else break;
  }
  if (caps < 2 || i == 0 || (i < p.size() && std::islower(static_cast<unsigned char>(p[i])))) return 0;
  // Then, within a short distance, a dash set off by spaces. Wire copy does not always space it on both sides:
  // "(Xinhua)-- US President", "(Xinhua) --After": right after the agency's parenthesis any dash is the dateline's,
  // and after a space a double or long dash is, spaced or not.
  size_t limit = std::min<size_t>(p.size(), 90);
  for (size_t j = i; j + 2 < limit; ++j) {
    if (p[j] != ' ' && p[j] != ')') continue;
    string_view rest = p.substr(j + 1);
    for (string_view dash : {string_view("--"), string_view("-"), string_view("\xE2\x80\x94"),
                             string_view("\xE2\x80\x93")}) {
      if (!rest.starts_with(dash)) continue;
      size_t end = j + 1 + dash.size();
      if (end < p.size() && p[end] == ' ') return end + 1;
      if (p[j] == ')' || dash != "-") return end;
    }
    if (p[j] != ' ') continue;
    // A sentence ended first: not a dateline. An abbreviation ending in a point does not end one ("CAIRO, Nov. 8
    // (Xinhua) -- "): a short capitalised word ("Nov.", "Sept.", "St.") or initials ("U.S.").
    if (p[j - 1] == '.') {
      size_t b = j - 1;
      while (b > 0 && p[b - 1] != ' ') --b;
      string_view word = p.substr(b, j - 1 - b);
      bool abbreviation = !word.empty() && word.size() <= 4 && std::isupper(static_cast<unsigned char>(word[0])) &&
                          (word.size() == 1 || word.find('.') != string_view::npos ||
                           std::islower(static_cast<unsigned char>(word[1])));
      if (!abbreviation) return 0;
    }
  }
  return 0;
}

}  // namespace

void analyse_layout(Document& doc, const LayoutOptions& options) {
  doc.regions.clear();
  string_view text = doc.text;
  uint32_t pos = 0;
  if (text.starts_with("\xEF\xBB\xBF")) pos = 3;  // byte-order mark
  bool want_headline = options.first_line_is_headline;
  bool at_paragraph_start = true;
  bool dateline_seen = false;
  auto add = [&](RegionKind kind, Span s) {
    if (s.begin >= s.end) return;
    if (kind == RegionKind::body && !doc.regions.empty() && doc.regions.back().kind == RegionKind::body) {
      doc.regions.back().span.end = s.end;  // one body region across ordinary lines
      return;
    }
    doc.regions.push_back(Region{kind, s});
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    uint32_t eol = static_cast<uint32_t>(nl == string_view::npos ? text.size() : nl);
    Span line = trim(text, pos, eol);
    string_view content = text.substr(line.begin, line.size());
    pos = eol + 1;
    if (line.size() == 0) {
      at_paragraph_start = true;
      continue;
    }
    if (is_credit_line(content)) {
      add(RegionKind::credit, line);
      continue;
    }
    if (is_byline(content) && (want_headline || doc.regions.size() < 4)) {
      add(RegionKind::byline, line);
      continue;
    }
    if (want_headline) {
      want_headline = false;
      size_t credit = trailing_credit_start(content);
      Span head = line;
      if (credit != string_view::npos) {
        head = trim(text, line.begin, line.begin + static_cast<uint32_t>(credit));
        while (head.size() > 0 && (text[head.end - 1] == '|' || text[head.end - 1] == '-')) head = trim(text, head.begin, head.end - 1);
        add(RegionKind::headline, head);
        add(RegionKind::credit, Span{line.begin + static_cast<uint32_t>(credit), line.end});
      } else {
        add(RegionKind::headline, head);
      }
      doc.title = std::string(text.substr(head.begin, head.size()));
      continue;
    }
    if (at_paragraph_start && !dateline_seen) {
      dateline_seen = true;
      if (size_t n = dateline_length(content)) {
        Span d = trim(text, line.begin, line.begin + static_cast<uint32_t>(n));
        add(RegionKind::dateline, d);
        if (doc.dateline.empty()) doc.dateline = std::string(text.substr(d.begin, d.size()));
        line.begin += static_cast<uint32_t>(n);
      }
    }
    at_paragraph_start = false;
    add(RegionKind::body, line);
  }
}

}  // namespace vigil
