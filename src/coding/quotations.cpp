#include "coding/quotations.h"

#include <cctype>
#include <string>

#include "coding/word_kinds.h"

namespace vigil::coding {

namespace {

// A verb of saying as tokenized, before tagging: by its lemma when it has one (the pre-filter's guess, or the
// parse's), else by its form: irregular ("said", "wrote") or with a regular ending ("says", "stresses", "added",
// "declared").
bool is_speech_token(const Word& w) {
  const std::string_view f = w.form;
  if (f.empty() || !std::islower(static_cast<unsigned char>(f[0]))) return false;
  if (is_speech_lemma(w.lemma) || is_speech_lemma(f) || f == "said" || f == "wrote") return true;
  for (std::string_view ending : {"s", "es", "d", "ed"})
    if (f.size() > ending.size() + 2 && f.ends_with(ending) && is_speech_lemma(f.substr(0, f.size() - ending.size())))
      return true;
  return false;
}

// Whether a line break stands between the end of sentence `s - 1` and the start of sentence `s`.
bool starts_paragraph(const Document& doc, const std::vector<Sentence>& sentences, size_t s) {
  if (s == 0) return true;
  const Span& prev = sentences[s - 1].span;
  const Span& here = sentences[s].span;
  if (here.begin <= prev.end || here.begin > doc.text.size()) return false;
  return doc.slice(Span{prev.end, here.begin}).find('\n') != std::string_view::npos;
}

struct Quotation {
  size_t open_s = 0, close_s = 0;  // sentences of the opening and closing marks
  int open_w = 0, close_w = 0;     // their words (1-based); close_w 0 when the paragraph ended the quotation
};

bool speech_after(const Sentence& s, int from) {  // words from `from` (1-based) on
  for (int w = from; w <= static_cast<int>(s.words.size()); ++w)
    if (is_speech_token(s.words[w - 1])) return true;
  return false;
}

}  // namespace

bool has_first_person(const Sentence& s) {
  for (const Word& w : s.words)
    if (w.form == "we" || w.form == "We" || w.form == "I") return true;
  return false;
}

std::vector<int> quotation_reporters(const Document& doc, const std::vector<Sentence>& sentences) {
  std::vector<int> reporter(sentences.size(), -1);
  std::vector<Quotation> quotes;
  bool open = false;
  Quotation cur;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const bool new_paragraph = starts_paragraph(doc, sentences, s);
    const std::vector<Word>& words = sentences[s].words;
    const bool opens_with_mark = !words.empty() && is_quote_mark(words.front().form);
    if (open && new_paragraph && !opens_with_mark) {  // the paragraph before ended the quotation
      cur.close_s = s - 1;
      cur.close_w = 0;
      quotes.push_back(cur);
      open = false;
    }
    for (size_t w = 0; w < words.size(); ++w) {
      if (!is_quote_mark(words[w].form)) continue;
      const int at = static_cast<int>(w) + 1;
      if (!open) {
        cur = Quotation{s, s, at, 0};
        open = true;
      } else if (at == 1 && new_paragraph && s > cur.open_s) {
        continue;  // a paragraph opening with a mark continues the quotation
      } else {
        cur.close_s = s;
        cur.close_w = at;
        quotes.push_back(cur);
        open = false;
      }
    }
  }
  if (open) {
    cur.close_s = sentences.empty() ? 0 : sentences.size() - 1;
    cur.close_w = 0;
    quotes.push_back(cur);
  }
  int last_reporter = -1;
  size_t last_close = 0;
  for (size_t q = 0; q < quotes.size(); ++q) {
    const Quotation& qt = quotes[q];
    int r = -1;
    const Sentence& closing = sentences[qt.close_s];
    if (qt.close_w > 0 && speech_after(closing, qt.close_w + 1))
      r = static_cast<int>(qt.close_s);
    else if (qt.open_w > 1)  // framed by its own sentence: "She said: \"...", "Shen warned: \"If ..."
      r = static_cast<int>(qt.open_s);
    else if (q > 0 && last_reporter >= 0 && (last_close + 1 == qt.open_s || last_close == qt.open_s))
      r = last_reporter;
    last_reporter = r;
    last_close = qt.close_s;
    if (r < 0) continue;
    for (size_t s = qt.open_s; s <= qt.close_s; ++s)
      if (reporter[s] < 0 || static_cast<int>(s) == r) reporter[s] = r;
  }
  for (size_t s = 0; s < reporter.size(); ++s)
    if (reporter[s] == static_cast<int>(s)) reporter[s] = -1;  // names its own speaker
  return reporter;
}

}  // namespace vigil::coding
