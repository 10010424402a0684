#include "text/conllu.h"

#include <charconv>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ingest/input_error.h"

namespace vigil {
namespace {

std::string column(std::string_view v) { return v == "_" ? std::string() : std::string(v); }

bool parse_int(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Removes `key=...` entries vigil computes itself from a MISC value; returns whether SpaceAfter=No was present.
bool strip_misc(std::string& misc) {
  bool no_space = false;
  std::string kept;
  size_t start = 0;
  while (start <= misc.size()) {
    size_t bar = misc.find('|', start);
    if (bar == std::string::npos) bar = misc.size();
    std::string_view item(misc.data() + start, bar - start);
    if (item == "SpaceAfter=No") {
      no_space = true;
    } else if (!item.empty() && !item.starts_with("TokenRange=")) {
      if (!kept.empty()) kept += '|';
      kept += item;
    }
    start = bar + 1;
  }
  misc = kept;
  return no_space;
}

}  // namespace

ConlluReader::ConlluReader(const std::string& path, ConlluReadOptions options)
    : lines_(open_byte_source(path), options.max_line_bytes), options_(options) {}

bool ConlluReader::next(Sentence& s) {
  s = Sentence();
  std::string line;
  bool started = false;
  uint64_t first_line = 0;
  auto fail = [&](const std::string& message) {
    throw InputError(InputProblem{lines_.name(), lines_.line_number(), message});
  };
  std::vector<std::string_view> cols;
  for (;;) {
    LineReader::Status st = lines_.next(line);
    if (st == LineReader::Status::too_long) fail("line too long");
    if (st == LineReader::Status::end) break;
    if (line.empty()) {
      if (started) break;
      continue;
    }
    if (!started) first_line = lines_.line_number();
    started = true;
    if (line[0] == '#') {
      std::string_view c(line);
      c.remove_prefix(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      s.comments.emplace_back(c);
      if (c.starts_with("text = ")) s.text = std::string(c.substr(7));
      continue;
    }
    cols.clear();
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      cols.emplace_back(line.data() + start, (tab == std::string::npos ? line.size() : tab) - start);
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cols.size() != 10) fail(fmt::format("expected 10 tab-separated columns, found {}", cols.size()));
    std::string_view id = cols[0];
    if (cols[1].empty()) fail("empty FORM");
    size_t dash = id.find('-');
    size_t dot = id.find('.');
    if (dash != std::string_view::npos) {
      MultiwordToken m;
      if (!parse_int(id.substr(0, dash), m.first) || !parse_int(id.substr(dash + 1), m.last) || m.first < 1 ||
          m.last <= m.first || m.first != static_cast<int>(s.words.size()) + 1)
        fail(fmt::format("bad multiword token range '{}'", id));
      m.form = std::string(cols[1]);
      m.misc = column(cols[9]);
      m.space_after = !strip_misc(m.misc);
      s.multiword_tokens.push_back(std::move(m));
      continue;
    }
    if (dot != std::string_view::npos) {
      EmptyNode e;
      if (!parse_int(id.substr(0, dot), e.after)) fail(fmt::format("bad empty node id '{}'", id));
      e.line = line;
      s.empty_nodes.push_back(std::move(e));
      continue;
    }
    int n = 0;
    if (!parse_int(id, n) || n != static_cast<int>(s.words.size()) + 1)
      fail(fmt::format("word id '{}' out of sequence (expected {})", id, s.words.size() + 1));
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = column(cols[2]);
    w.upos = column(cols[3]);
    w.xpos = column(cols[4]);
    w.feats = column(cols[5]);
    if (options_.check_annotations) {
      if (!parse_int(cols[6], w.head) || w.head < 0) fail(fmt::format("bad HEAD '{}'", cols[6]));
    } else if (!parse_int(cols[6], w.head)) {
      w.head = -1;
    }
    w.deprel = column(cols[7]);
    w.deps = column(cols[8]);
    w.misc = column(cols[9]);
    w.space_after = !strip_misc(w.misc);
    s.words.push_back(std::move(w));
  }
  if (!started) return false;
  if (s.words.empty()) throw InputError(InputProblem{lines_.name(), first_line, "sentence without words"});
  for (const MultiwordToken& m : s.multiword_tokens)
    if (m.last > static_cast<int>(s.words.size()))
      throw InputError(InputProblem{lines_.name(), first_line,
                                    fmt::format("multiword token {}-{} runs past the last word", m.first, m.last)});
  if (options_.check_annotations)
    for (size_t i = 0; i < s.words.size(); ++i)
      if (s.words[i].head > static_cast<int>(s.words.size()))
        throw InputError(InputProblem{lines_.name(), first_line,
                                      fmt::format("word {} has HEAD {} beyond the sentence", i + 1, s.words[i].head)});
  // Offsets: lay the surface tokens out in the sentence text (or rebuild the text from them).
  bool rebuild = s.text.empty();
  size_t pos = 0;
  auto place = [&](const std::string& form, bool space_after) -> Span {
    if (rebuild) {
      Span sp{static_cast<uint32_t>(s.text.size()), static_cast<uint32_t>(s.text.size() + form.size())};
      s.text += form;
      if (space_after) s.text += ' ';
      return sp;
    }
    size_t at = s.text.find(form, pos);
    if (at == std::string::npos) at = pos;  // form differs from the text (normalised); keep going in order
    Span sp{static_cast<uint32_t>(at), static_cast<uint32_t>(std::min(at + form.size(), s.text.size()))};
    pos = sp.end;
    return sp;
  };
  size_t mi = 0;
  for (size_t i = 0; i < s.words.size();) {
    int id = static_cast<int>(i) + 1;
    if (mi < s.multiword_tokens.size() && s.multiword_tokens[mi].first == id) {
      MultiwordToken& m = s.multiword_tokens[mi++];
      m.span = place(m.form, m.space_after);
      for (int k = m.first; k <= m.last; ++k) s.words[k - 1].span = m.span;
      i = m.last;
      continue;
    }
    s.words[i].span = place(s.words[i].form, s.words[i].space_after);
    ++i;
  }
  if (rebuild && !s.text.empty() && s.text.back() == ' ') s.text.pop_back();
  s.span = Span{0, static_cast<uint32_t>(s.text.size())};
  return true;
}

namespace {

void append_misc(std::string& out, const std::string& misc, bool space_after, const Span* range) {
  size_t before = out.size();
  auto add = [&](std::string_view item) {
    if (out.size() > before) out += '|';
    out += item;
  };
  if (!misc.empty()) add(misc);
  if (!space_after) add("SpaceAfter=No");
  if (range) add(fmt::format("TokenRange={}:{}", range->begin, range->end));
  if (out.size() == before) out += '_';
}

void append_column(std::string& out, const std::string& v) { out += v.empty() ? std::string_view("_") : std::string_view(v); }

}  // namespace

void write_conllu(const Sentence& s, std::string& out, const ConlluWriteOptions& options) {
  for (const std::string& c : s.comments) {
    out += "# ";
    out += c;
    out += '\n';
  }
  size_t mi = 0;
  size_t ei = 0;
  auto empties_after = [&](int id) {
    while (ei < s.empty_nodes.size() && s.empty_nodes[ei].after == id) {
      out += s.empty_nodes[ei++].line;
      out += '\n';
    }
  };
  empties_after(0);
  int inside_until = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    int id = static_cast<int>(i) + 1;
    if (mi < s.multiword_tokens.size() && s.multiword_tokens[mi].first == id) {
      const MultiwordToken& m = s.multiword_tokens[mi++];
      fmt::format_to(std::back_inserter(out), "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t", m.first, m.last, m.form);
      append_misc(out, m.misc, m.space_after, options.token_ranges ? &m.span : nullptr);
      out += '\n';
      inside_until = m.last;
    }
    const Word& w = s.words[i];
    fmt::format_to(std::back_inserter(out), "{}\t{}\t", id, w.form);
    append_column(out, w.lemma);
    out += '\t';
    append_column(out, w.upos);
    out += '\t';
    append_column(out, w.xpos);
    out += '\t';
    append_column(out, w.feats);
    out += '\t';
    if (w.head >= 0) fmt::format_to(std::back_inserter(out), "{}", w.head); else out += '_';
    out += '\t';
    append_column(out, w.deprel);
    out += '\t';
    append_column(out, w.deps);
    out += '\t';
    if (id <= inside_until) append_misc(out, w.misc, true, nullptr);
    else append_misc(out, w.misc, w.space_after, options.token_ranges ? &w.span : nullptr);
    out += '\n';
    empties_after(id);
  }
  out += '\n';
}

}  // namespace vigil
