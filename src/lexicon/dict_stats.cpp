#include "lexicon/dict_stats.h"

#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <map>

#include "lexicon/cameo.h"
#include "lexicon/dict_text.h"

namespace vigil::lexicon {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Markdown emphasis and code marks around the codes: "**0211**", "`0211`".
bool is_markup(char c) { return c == '*' || c == '`' || c == '_'; }

// What may separate the codes of one entry from each other.
bool is_code_separator(char c) { return c == ',' || c == '/' || c == ';' || c == ' ' || c == '\t' || is_markup(c); }

// Strips leading separators between the codes and the reason: ":", "-", "--", en and em dashes, "|".
std::string_view strip_reason_lead(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (s.empty()) return s;
    if (s[0] == ':' || s[0] == '-' || s[0] == '|' || s[0] == '=' || s[0] == '>' || s[0] == '.' || is_markup(s[0])) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u2013") || s.starts_with("\u2014")) {  // en dash, em dash
      s.remove_prefix(3);
    } else {
      return s;
    }
  }
}

// Reads the codes at the start of `s` ("0211, 0212 and 0213 ..."; ranges "0231-0234" or "0231..0234" without
// spaces); returns the rest. Codes are digit runs as written. A digit run of other than 2-4 digits, or run into a
// letter ("1990s"), ends the codes (and when it is the first, the line is not an entry: `codes` stays empty).
std::string_view read_codes(std::string_view s, std::vector<std::string>& codes) {
  size_t i = 0;
  for (;;) {
    size_t j = i;
    while (j < s.size() && is_code_separator(s[j])) ++j;
    if (s.substr(j).starts_with("and ") && !codes.empty()) {
      j += 4;
      while (j < s.size() && is_code_separator(s[j])) ++j;
    }
    if (j >= s.size() || !is_digit(s[j])) return s.substr(i);
    size_t k = j;
    while (k < s.size() && is_digit(s[k])) ++k;
    if (k - j < 2 || k - j > 4 || (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))))
      return s.substr(codes.empty() ? s.size() : i);
    std::string first(s.substr(j, k - j));
    // A range: "0231-0234", "0231..0234", "0231–0234" (en dash), digits of the same length on both sides.
    size_t sep = 0;
    if (s.substr(k).starts_with("..")) sep = 2;
    else if (s.substr(k).starts_with("\u2013")) sep = 3;
    else if (s.substr(k).starts_with("-")) sep = 1;
    size_t m = k + sep;
    size_t e = m;
    while (sep && e < s.size() && is_digit(s[e])) ++e;
    if (sep && e - m == first.size()) {
      std::string last(s.substr(m, e - m));
      bool any = false;
      for (const CameoCode& c : cameo_codes())
        if (c.code.size() == first.size() && c.code >= first && c.code <= last) {
          codes.emplace_back(c.code);
          any = true;
        }
      if (!any) codes.push_back(first + ".." + last);  // reported as not a CAMEO code
      i = e;
    } else {
      codes.push_back(std::move(first));
      i = k;
    }
  }
}

void add_entry(ExclusionList& out, uint32_t line, const std::vector<std::string>& codes, std::string_view reason) {
  reason = trim(reason);
  if (reason.empty()) {
    out.problems.push_back({out.file, line, "excluded code needs a reason"});
    return;
  }
  for (const std::string& c : codes) {
    if (!find_cameo(c)) {
      out.problems.push_back({out.file, line, fmt::format("\"{}\" is not a CAMEO code", c)});
      continue;
    }
    out.entries.push_back({c, std::string(reason), line});
  }
}

}  // namespace

std::string exclusions_path(const std::string& dicts_dir) {
  return (std::filesystem::path(dicts_dir) / "verbs" / "EXCLUDED.md").string();
}

ExclusionList parse_exclusions(std::string_view text, const std::string& file_name) {
  ExclusionList out;
  out.file = file_name;
  out.found = true;
  bool in_fence = false;
  for (const SourceLine& sl : split_lines(text)) {
    std::string_view line = sl.text;
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = trim(line);
    if (t.starts_with("```")) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    if (line.starts_with("- ") || line.starts_with("* ")) {
      std::string_view body = line.substr(2);
      size_t p = 0;
      while (p < body.size() && (is_markup(body[p]) || body[p] == ' ')) ++p;
      if (p >= body.size() || !is_digit(body[p])) continue;
      std::vector<std::string> codes;
      std::string_view rest = read_codes(body, codes);
      if (codes.empty()) continue;
      add_entry(out, sl.number, codes, strip_reason_lead(rest));
    } else if (line.starts_with("| ") || line.starts_with("|")) {
      std::vector<std::string_view> cells;
      std::string_view row = trim(line.substr(1));
      if (row.ends_with("|")) row.remove_suffix(1);
      for (std::string_view c : split_on(row, '|')) cells.push_back(trim(c));
      if (cells.empty()) continue;
      std::string_view first = cells[0];
      size_t p = 0;
      while (p < first.size() && is_markup(first[p])) ++p;
      if (p >= first.size() || !is_digit(first[p])) continue;
      std::vector<std::string> codes;
      std::string_view rest = strip_reason_lead(read_codes(first, codes));
      if (codes.empty()) continue;
      std::string_view reason;
      for (size_t i = cells.size(); i-- > 1;)
        if (!cells[i].empty()) {
          reason = cells[i];
          break;
        }
      if (reason.empty()) reason = rest;  // "| 0211: reason |"
      add_entry(out, sl.number, codes, reason);
    }
  }
  return out;
}

ExclusionList read_exclusions(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    ExclusionList none;
    none.file = path;
    return none;
  }
  std::string text;
  if (!read_file(path, text)) {
    ExclusionList bad;
    bad.file = path;
    bad.found = true;
    bad.problems.push_back({path, 0, "cannot read the file"});
    return bad;
  }
  return parse_exclusions(text, path);
}

std::string_view to_string(CodeStatus s) {
  switch (s) {
    case CodeStatus::kCovered: return "covered";
    case CodeStatus::kExcluded: return "excluded";
    case CodeStatus::kMissing: return "missing";
  }
  return "";
}

DictStats dict_stats(const Dictionaries& d, const ExclusionList& exclusions) {
  DictStats st;
  DictCounts& c = st.counts;
  c.actors = d.actors.size();
  for (const Actor& a : d.actors) {
    switch (a.kind) {
      case ActorKind::kCountry: ++c.countries; break;
      case ActorKind::kOrg: ++c.orgs; break;
      case ActorKind::kPerson: ++c.persons; break;
      case ActorKind::kActor: ++c.other_actors; break;
    }
    c.role_lines += a.roles.size();
  }
  c.actor_phrases = d.actor_phrases.size();
  c.agents = d.agents.size();
  c.agent_phrases = d.agent_phrases.size();
  for (const Synset& s : d.synsets)
    if (!s.name.starts_with("{")) ++c.synsets;
  for (const VerbGroup& g : d.groups) {
    (g.noun ? c.noun_groups : c.verb_groups)++;
    (g.noun ? c.nouns : c.verbs) += g.verbs.size();
  }
  c.patterns = d.patterns.size();
  c.discards = d.discards.size();

  std::map<std::string, size_t, std::less<>> index;
  for (const CameoCode& code : cameo_codes()) {
    if (code.level() < 2) continue;
    index[std::string(code.code)] = st.codes.size();
    CodeCoverage cc;
    cc.code = std::string(code.code);
    cc.name = code.name;
    st.codes.push_back(std::move(cc));
  }
  auto count = [&](const EventCodes& codes, bool pattern) {
    for (const std::string* code : {&codes.code, &codes.reciprocal}) {
      if (code == &codes.reciprocal && (codes.reciprocal.empty() || codes.reciprocal == codes.code)) continue;
      if (code->size() == 2 && find_cameo(*code) && pattern) ++st.root_patterns;
      auto it = index.find(*code);
      if (it == index.end()) continue;
      (pattern ? st.codes[it->second].patterns : st.codes[it->second].verbs)++;
    }
  };
  for (const VerbPattern& p : d.patterns) count(p.codes, true);
  for (const Verb& v : d.verbs) {
    const EventCodes& codes = v.code.code.empty() && v.group < d.groups.size() ? d.groups[v.group].code : v.code;
    count(codes, false);
  }
  for (const Exclusion& e : exclusions.entries) {
    auto it = index.find(e.code);
    if (it == index.end()) continue;
    CodeCoverage& cc = st.codes[it->second];
    if (cc.excluded_line) continue;  // listed twice: the first line counts (lint reports the second)
    cc.excluded_line = e.line;
    cc.reason = e.reason;
  }
  for (CodeCoverage& cc : st.codes) {
    cc.status = cc.patterns + cc.verbs > 0 ? CodeStatus::kCovered
                : cc.excluded_line        ? CodeStatus::kExcluded
                                          : CodeStatus::kMissing;
    if (cc.status != CodeStatus::kExcluded && cc.status != CodeStatus::kCovered) cc.reason.clear();
    (cc.status == CodeStatus::kCovered ? st.covered : cc.status == CodeStatus::kExcluded ? st.excluded : st.missing)++;
  }
  return st;
}

}  // namespace vigil::lexicon
