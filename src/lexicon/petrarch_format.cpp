// PETRARCH actors, agents and discards, and the comment rules shared with the verbs file (petrarch_verbs.cpp).
#include "lexicon/petrarch_format.h"

#include <fmt/format.h>

#include <map>

#include "lexicon/dict_text.h"
#include "lexicon/fold.h"
#include "text/tokenizer.h"

namespace vigil::lexicon {

std::vector<PetrarchLine> petrarch_lines(std::string_view text) {
  std::vector<PetrarchLine> out;
  bool in_comment = false;
  for (const SourceLine& sl : split_lines(text)) {
    std::string line(sl.text);
    if (in_comment) {
      auto end = line.find("-->");
      if (end == std::string::npos) continue;
      line.erase(0, end + 3);
      in_comment = false;
    }
    if (line.starts_with('#')) continue;
    if (line.starts_with("<!") && !line.starts_with("<!--")) continue;  // "<! -- ... -->" and the like
    // "<!-- ... -->" anywhere, possibly running over several lines.
    for (auto open = line.find("<!--"); open != std::string::npos; open = line.find("<!--", open)) {
      auto close = line.find("-->", open + 4);
      if (close == std::string::npos) {
        line.erase(open);
        in_comment = true;
        break;
      }
      line.erase(open, close + 3 - open);
    }
    // " #" (or tab-#) starts a comment.
    for (size_t i = 1; i < line.size(); ++i)
      if (line[i] == '#' && is_blank(line[i - 1])) {
        line.erase(i);
        break;
      }
    if (trim(line).empty()) continue;
    out.push_back({sl.number, std::move(line)});
  }
  return out;
}

Phrase petrarch_phrase(std::string_view text) {
  Phrase p;
  text = trim(text);
  while (!text.empty() && text.back() == '_') text.remove_suffix(1);
  p.text = std::string(text);
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != '_' && !is_blank(text[j])) ++j;
    if (j > i) {
      p.words.push_back(fold(text.substr(i, j - i)));
      p.gap_after.push_back(j < text.size() && is_blank(text[j]));
    }
    i = j + 1;
  }
  if (!p.gap_after.empty()) p.gap_after.back() = false;
  return p;
}

namespace {

// The phrase as the tokenizer cuts raw text: "BARAD-DUR" is "barad - dur" there, one word in a treebank's tokens.
// Empty when no word of the phrase is cut.
Phrase tokenized(const Phrase& p) {
  Phrase out;
  out.text = p.text;
  bool cut = false;
  std::vector<SurfaceToken> tokens;
  for (size_t k = 0; k < p.words.size(); ++k) {
    const std::string& w = p.words[k];
    tokens.clear();
    if (w.find('-') != std::string::npos) split_tokens(w, Span{0, static_cast<uint32_t>(w.size())}, tokens);
    if (tokens.size() <= 1) {
      out.words.push_back(w);
      out.gap_after.push_back(p.gap_after[k]);
      continue;
    }
    cut = true;
    for (size_t t = 0; t < tokens.size(); ++t) {
      out.words.push_back(w.substr(tokens[t].span.begin, tokens[t].span.end - tokens[t].span.begin));
      out.gap_after.push_back(t + 1 == tokens.size() && p.gap_after[k]);
    }
  }
  return cut ? out : Phrase{};
}

// The text inside the first [...] of `line`, trimmed; sets `found`.
std::string_view bracket(std::string_view line, bool& found, size_t& open) {
  open = line.find('[');
  found = false;
  if (open == std::string_view::npos) return {};
  auto close = line.find(']', open);
  if (close == std::string_view::npos) return {};
  found = true;
  return trim(line.substr(open + 1, close - open - 1));
}

class ActorReader {
 public:
  ActorReader(const std::string& file, Dictionaries& d, std::vector<InputProblem>& problems)
      : file_name_(file), d_(d), problems_(problems), file_(d.add_file(file)) {}

  void read(std::string_view text) {
    for (const PetrarchLine& pl : petrarch_lines(text)) {
      line_ = pl.number;
      std::string_view line = pl.text;
      if (line.find("---STOP---") != std::string_view::npos) break;
      if (is_blank(line.front()) && trim(line).starts_with('['))
        restriction(trim(line));
      else if (trim(line).starts_with('+'))
        synonym(trim(line).substr(1));
      else
        primary(trim(line));
    }
  }

 private:
  void error(std::string m) { problems_.push_back({file_name_, line_, std::move(m)}); }

  void add_phrase(std::string_view text, PhraseRole role) {
    Phrase p = petrarch_phrase(text);
    if (p.words.empty()) return error("actor line has no phrase");
    Phrase cut = tokenized(p);
    d_.actor_phrases.push_back({std::move(p), role, static_cast<uint32_t>(d_.actors.size() - 1), {file_, line_}});
    if (!cut.words.empty())
      d_.actor_phrases.push_back({std::move(cut), role, static_cast<uint32_t>(d_.actors.size() - 1), {file_, line_}});
  }

  void primary(std::string_view line) {
    bool has_code;
    size_t open;
    std::string_view code = bracket(line, has_code, open);
    if (open != std::string_view::npos && !has_code) return error("'[' without ']'");
    Actor a;
    a.format = DictFormat::kPetrarch;
    a.name = std::string(trim(line.substr(0, open)));
    while (!a.name.empty() && a.name.back() == '_') a.name.pop_back();
    if (has_code) {
      if (code.empty() || code.find_first_of(" \t") != std::string_view::npos)
        return error(fmt::format("bad actor code \"{}\"", code));
      a.default_code = std::string(code);
    }
    a.where = {file_, line_};
    d_.actors.push_back(std::move(a));
    have_actor_ = true;
    add_phrase(line.substr(0, open), PhraseRole::kName);
  }

  void synonym(std::string_view line) {
    if (!have_actor_) return error("synonym line (+) before any actor");
    add_phrase(line.substr(0, line.find('[')), PhraseRole::kAlias);
  }

  // "[CODE]", "[CODE <DATE]", "[CODE >DATE]", "[CODE DATE-DATE]"; restrictions include their dates.
  void restriction(std::string_view line) {
    if (!have_actor_) return error("date restriction before any actor");
    bool found;
    size_t open;
    std::string_view inside = bracket(line, found, open);
    if (!found) return error("date restriction without ']'");
    auto space = inside.find_first_of(" \t");
    std::string_view code = inside.substr(0, space);
    std::string_view rest = space == std::string_view::npos ? std::string_view() : trim(inside.substr(space));
    if (code.empty()) return error("date restriction without a code");
    Actor& a = d_.actors.back();
    if (rest.empty()) {
      if (a.default_code.empty()) a.default_code = std::string(code);
      return;
    }
    std::string why;
    Period period;
    if (rest.front() == '<' || rest.front() == '>') {
      auto d = parse_petrarch_date(trim(rest.substr(1)), why);
      if (!d) return error(why);
      if (rest.front() == '<') period.to = *d;
      else period.from = *d;
    } else {
      auto dash = rest.find('-');
      if (dash == std::string_view::npos)
        return error(fmt::format("bad date restriction \"{}\": expected <DATE, >DATE or DATE-DATE", rest));
      auto from = parse_petrarch_date(trim(rest.substr(0, dash)), why);
      if (!from) return error(why);
      auto to = parse_petrarch_date(trim(rest.substr(dash + 1)), why);
      if (!to) return error(why);
      if (*to < *from) return error(fmt::format("restriction ends before it starts: {}", rest));
      period = {*from, *to};
    }
    a.roles.push_back({std::string(code), period, {file_, line_}});
  }

  const std::string& file_name_;
  Dictionaries& d_;
  std::vector<InputProblem>& problems_;
  uint32_t file_;
  uint32_t line_ = 0;
  bool have_actor_ = false;
};

// PETRARCH's regular plural of a whole phrase string: -Y -> -IES, -S -> -SES, else -S.
std::string petrarch_plural(std::string_view phrase) {
  std::string s(trim(phrase));
  if (s.empty()) return s;
  char last = s.back();
  if (last == 'Y' || last == 'y') return s.substr(0, s.size() - 1) + (last == 'Y' ? "IES" : "ies");
  if (last == 'S' || last == 's') return s + (last == 'S' ? "ES" : "es");
  return s + (std::isupper(static_cast<unsigned char>(last)) ? "S" : "s");
}

}  // namespace

void parse_petrarch_actors(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                           std::vector<InputProblem>& problems) {
  ActorReader(file_name, dicts, problems).read(text);
}

void parse_petrarch_agents(std::string_view text, const std::string& file_name, Dictionaries& d,
                           std::vector<InputProblem>& problems) {
  uint32_t file = d.add_file(file_name);
  std::map<std::string, std::vector<std::string>, std::less<>> markers;  // "!PERSON!" -> MAN, MEN, ...
  for (const PetrarchLine& pl : petrarch_lines(text)) {
    auto error = [&](std::string m) { problems.push_back({file_name, pl.number, std::move(m)}); };
    std::string_view line = trim(pl.text);
    if (line.find('!') != std::string_view::npos && line.find('=') != std::string_view::npos &&
        line.find('[') == std::string_view::npos) {
      auto first = line.find('!'), second = line.find('!', first + 1);
      auto eq = line.find('=');
      if (second == std::string_view::npos || second > eq) {
        error("substitution marker must look like !NAME! = A, B, C");
        continue;
      }
      auto& list = markers[std::string(line.substr(first, second - first + 1))];
      list.clear();
      for (std::string_view item : split_on(line.substr(eq + 1), ','))
        if (!item.empty()) list.emplace_back(item);
      continue;
    }
    bool found;
    size_t open;
    std::string_view code = bracket(line, found, open);
    if (!found) {
      error("agent line needs a code in [...]");
      continue;
    }
    std::string compact;  // "[  NGO~]", "[ ~COP]": spaces inside are not part of the code
    for (char c : code)
      if (!is_blank(c)) compact.push_back(c);
    Agent a;
    a.format = DictFormat::kPetrarch;
    a.prefix = !compact.empty() && compact.back() == '~';
    if (a.prefix) compact.pop_back();
    else if (!compact.empty() && compact.front() == '~') compact.erase(0, 1);
    if (compact.empty() || compact.find('~') != std::string::npos) {
      error(fmt::format("bad agent code \"{}\": expected ~CODE or CODE~", code));
      continue;
    }
    a.code = compact;
    a.where = {file, pl.number};
    std::string_view phrase = trim(line.substr(0, open));
    std::vector<std::pair<std::string, bool>> forms;  // text, plural
    if (auto bang = phrase.find('!'); bang != std::string_view::npos) {
      auto end = phrase.find('!', bang + 1);
      if (end == std::string_view::npos) {
        error(fmt::format("substitution marker in \"{}\" is not closed with '!'", phrase));
        continue;
      }
      auto it = markers.find(phrase.substr(bang, end - bang + 1));
      if (it == markers.end()) {
        error(fmt::format("substitution marker {} is not defined above", phrase.substr(bang, end - bang + 1)));
        continue;
      }
      for (const std::string& s : it->second)
        forms.push_back({std::string(phrase.substr(0, bang)) + s + std::string(phrase.substr(end + 1)), false});
    } else if (auto brace = phrase.find('{'); brace != std::string_view::npos) {
      auto close = phrase.find('}', brace);
      if (close == std::string_view::npos) {
        error("missing '}'");
        continue;
      }
      forms.push_back({std::string(trim(phrase.substr(0, brace))), false});
      for (std::string_view pl : split_fields(phrase.substr(brace + 1, close - brace - 1)))
        forms.push_back({std::string(pl), true});
    } else {
      forms.push_back({std::string(phrase), false});
      forms.push_back({petrarch_plural(phrase), true});
    }
    if (forms.empty() || trim(forms[0].first).empty()) {
      error("agent line has no phrase before its code");
      continue;
    }
    a.name = std::string(phrase);
    uint32_t index = static_cast<uint32_t>(d.agents.size());
    d.agents.push_back(std::move(a));
    for (auto& [text_form, plural] : forms) {
      Phrase p = petrarch_phrase(text_form);
      if (p.words.empty()) continue;
      Phrase cut = tokenized(p);
      d.agent_phrases.push_back({std::move(p), index, plural, {file, pl.number}});
      if (!cut.words.empty()) d.agent_phrases.push_back({std::move(cut), index, plural, {file, pl.number}});
    }
  }
}

void parse_petrarch_discards(std::string_view text, const std::string& file_name, Dictionaries& d,
                             std::vector<InputProblem>& problems) {
  uint32_t file = d.add_file(file_name);
  for (const PetrarchLine& pl : petrarch_lines(text)) {
    std::string_view line = trim(std::string_view(pl.text).substr(0, pl.text.find('#')));
    if (line.empty()) continue;
    Discard dis;
    dis.format = DictFormat::kPetrarch;
    dis.scope = DiscardScope::kSentence;
    if (line.front() == '+') {
      dis.scope = DiscardScope::kStory;
      line = trim(line.substr(1));
    }
    dis.phrase = petrarch_phrase(line);
    if (dis.phrase.words.empty()) {
      problems.push_back({file_name, pl.number, "discard line has no phrase"});
      continue;
    }
    // The matcher takes phrases as consecutive words; PETRARCH matched discards as substrings of the text.
    dis.phrase.gap_after.assign(dis.phrase.words.size(), false);
    dis.where = {file, pl.number};
    d.discards.push_back(std::move(dis));
  }
}

void load_petrarch_file(const std::string& path, PetrarchFile kind, Dictionaries& dicts,
                        std::vector<InputProblem>& problems) {
  std::string text;
  if (!read_file(path, text)) {
    problems.push_back({path, 0, "cannot read the file"});
    return;
  }
  switch (kind) {
    case PetrarchFile::kVerbs: return parse_petrarch_verbs(text, path, dicts, problems);
    case PetrarchFile::kActors: return parse_petrarch_actors(text, path, dicts, problems);
    case PetrarchFile::kAgents: return parse_petrarch_agents(text, path, dicts, problems);
    case PetrarchFile::kDiscards: return parse_petrarch_discards(text, path, dicts, problems);
  }
}

}  // namespace vigil::lexicon
