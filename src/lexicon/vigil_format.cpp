#include "lexicon/vigil_format.h"

#include <fmt/format.h>

#include <cctype>
#include <filesystem>

#include "lexicon/dict_text.h"
#include "lexicon/fold.h"

namespace vigil::lexicon {
namespace {

constexpr int kMaxIncludeDepth = 16;

// "#" starts a comment at the start of a line or after a blank.
std::string_view strip_comment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || is_blank(line[i - 1]))) return line.substr(0, i);
  return line;
}

bool is_event_code(std::string_view s) {
  if (s == "---") return true;
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_synset_name(std::string_view s) {
  if (s.size() < 2 || s[0] != '&') return false;
  for (char c : s.substr(1))
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

// English prepositions a pattern may name as a role. A closed list, so that a misspelt role ("sbj") is reported
// rather than read as a preposition. Multi-word ones ("in_front_of", "according_to") must end in one of these.
bool is_preposition(std::string_view s) {
  static constexpr std::string_view kPrepositions[] = {
      "aboard", "about", "above", "across", "after", "against", "ahead", "along", "alongside", "amid", "amidst",
      "among", "amongst", "around", "as", "at", "atop", "before", "behind", "below", "beneath", "beside", "besides",
      "between", "beyond", "by", "concerning", "despite", "down", "during", "except", "for", "from", "in", "inside",
      "into", "like", "near", "of", "off", "on", "onto", "opposite", "out", "outside", "over", "past", "per",
      "regarding", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
      "underneath", "unlike", "until", "up", "upon", "versus", "via", "with", "within", "without"};
  if (s.empty() || s.front() == '_' || s.back() == '_') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || c == '_')) return false;
  std::string_view last = s.substr(s.find_last_of('_') == std::string_view::npos ? 0 : s.find_last_of('_') + 1);
  for (std::string_view p : kPrepositions)
    if (p == last) return true;
  return false;
}

std::string join_underscores(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

// kSkip: the header was malformed (and reported); its attribute lines are ignored rather than reported again.
enum class Block { kNone, kSkip, kActor, kAgent, kVerb, kSet, kDiscard };

class VigilParser {
 public:
  VigilParser(const std::string& file_name, DictKind kind, Dictionaries& dicts, std::vector<InputProblem>& problems,
              int depth)
      : file_name_(file_name), kind_(kind), d_(dicts), problems_(problems), depth_(depth) {
    file_ = d_.add_file(file_name);
  }

  void parse(std::string_view text) {
    for (const SourceLine& sl : split_lines(text)) {
      line_ = sl.number;
      std::string_view line = strip_comment(sl.text);
      while (!line.empty() && (is_blank(line.back()) || line.back() == '\r')) line.remove_suffix(1);
      if (trim(line).empty()) continue;
      if (is_blank(line.front()))
        attribute(trim(line));
      else
        header(line);
    }
    close_block();
  }

 private:
  void error(std::string message) { problems_.push_back({file_name_, line_, std::move(message)}); }
  SourceRef here() const { return {file_, line_}; }

  bool kind_allows(DictKind k, std::string_view keyword) {
    if (kind_ == DictKind::kAny || kind_ == k) return true;
    error(fmt::format("\"{}\" entry in a file of another kind (see @kind or the file's folder)", keyword));
    return false;
  }

  // ---- headers ----

  void header(std::string_view line) {
    close_block();
    block_ = Block::kSkip;
    auto fields = split_fields(line);
    std::string_view keyword = fields[0];
    std::string_view rest = trim(line.substr(keyword.size()));
    if (keyword == "@kind" || keyword == "@include") {
      block_ = Block::kNone;
      return keyword == "@kind" ? kind_directive(rest) : include(rest);
    }
    if (keyword == "country" || keyword == "org" || keyword == "person" || keyword == "actor") {
      if (kind_allows(DictKind::kActors, keyword)) actor_header(keyword, rest);
    } else if (keyword == "agent") {
      if (kind_allows(DictKind::kAgents, keyword)) agent_header(rest);
    } else if (keyword == "verb" || keyword == "noun") {
      if (kind_allows(DictKind::kVerbs, keyword)) verb_header(keyword == "noun", rest);
    } else if (keyword == "set") {
      if (kind_allows(DictKind::kVerbs, keyword)) set_header(rest);
    } else if (keyword == "discard") {
      if (kind_allows(DictKind::kDiscards, keyword)) discard_header(rest);
    } else {
      error(fmt::format("unknown entry \"{}\" (expected country, org, person, actor, agent, verb, noun, set, discard, "
                        "@kind or @include; attribute lines must be indented)",
                        keyword));
    }
  }

  void kind_directive(std::string_view rest) {
    if (rest == "actors") kind_ = DictKind::kActors;
    else if (rest == "agents") kind_ = DictKind::kAgents;
    else if (rest == "verbs") kind_ = DictKind::kVerbs;
    else if (rest == "discards") kind_ = DictKind::kDiscards;
    else error(fmt::format("unknown @kind \"{}\" (expected actors, agents, verbs or discards)", rest));
  }

  void include(std::string_view rest) {
    if (rest.empty()) return error("@include needs a file name");
    if (depth_ >= kMaxIncludeDepth) return error("@include nested too deeply (a file including itself?)");
    std::filesystem::path target = std::filesystem::path(file_name_).parent_path() / std::string(rest);
    std::string text;
    if (!read_file(target.string(), text)) return error(fmt::format("cannot read included file {}", target.string()));
    VigilParser(target.string(), kind_, d_, problems_, depth_ + 1).parse(text);
  }

  // Splits "NAME = CODE" at the first '='; `code` is empty without one.
  bool name_and_code(std::string_view rest, std::string_view& name, std::string_view& code) {
    auto eq = rest.find('=');
    name = trim(rest.substr(0, eq));
    code = eq == std::string_view::npos ? std::string_view() : trim(rest.substr(eq + 1));
    if (eq != std::string_view::npos && code.empty()) {
      error("\"=\" must be followed by a code");
      return false;
    }
    return true;
  }

  void actor_header(std::string_view keyword, std::string_view rest) {
    std::string_view name, code;
    if (!name_and_code(rest, name, code)) return;
    if (name.empty()) return error(fmt::format("{} needs a name", keyword));
    if (!code.empty() && !is_code(code))
      return error(fmt::format("bad actor code \"{}\": use upper-case letters and digits", code));
    Actor a;
    a.kind = keyword == "country" ? ActorKind::kCountry
             : keyword == "org"   ? ActorKind::kOrg
             : keyword == "person" ? ActorKind::kPerson
                                   : ActorKind::kActor;
    a.name = std::string(name);
    a.default_code = std::string(code);
    a.where = here();
    d_.actors.push_back(std::move(a));
    block_ = Block::kActor;
    add_actor_phrase(name, PhraseRole::kName);
  }

  void add_actor_phrase(std::string_view text, PhraseRole role) {
    ActorPhrase p;
    p.phrase = make_phrase(text);
    p.role = role;
    p.actor = static_cast<uint32_t>(d_.actors.size() - 1);
    p.where = here();
    d_.actor_phrases.push_back(std::move(p));
  }

  void agent_header(std::string_view rest) {
    std::string_view name, code;
    if (!name_and_code(rest, name, code)) return;
    if (name.empty()) return error("agent needs a phrase");
    if (code.empty()) return error("agent line needs \"= SECTOR\"");
    Agent a;
    a.prefix = code.back() == '~';
    if (a.prefix) code.remove_suffix(1);
    else if (code.front() == '~') code.remove_prefix(1);
    if (!is_code(code))
      return error(fmt::format("bad sector code \"{}\": upper-case letters and digits, \"~\" only after", code));
    a.name = std::string(name);
    a.code = std::string(code);
    a.where = here();
    d_.agents.push_back(std::move(a));
    block_ = Block::kAgent;
    agent_forms_.clear();
    agent_forms_.push_back({std::string(name), line_});
    agent_plurals_.clear();
    agent_plural_lines_ = false;
  }

  // Codes "A" or "A:B" for verbs and patterns.
  bool event_codes(std::string_view text, EventCodes& out) {
    auto parts = split_on(text, ':');
    if (parts.size() > 2 || !is_event_code(parts[0]) || (parts.size() == 2 && !is_event_code(parts[1]))) {
      error(fmt::format("bad event code \"{}\": expected a CAMEO code, \"---\", or CODE:CODE", text));
      return false;
    }
    out.code = std::string(parts[0]);
    out.reciprocal = parts.size() == 2 ? std::string(parts[1]) : "";
    return true;
  }

  void verb_header(bool noun, std::string_view rest) {
    std::string_view names, code;
    if (!name_and_code(rest, names, code)) return;
    if (names.empty()) return error(fmt::format("{} needs at least one lemma", noun ? "noun" : "verb"));
    VerbGroup g;
    g.name = std::string(names);
    g.noun = noun;
    g.where = here();
    g.code.code = "---";
    if (!code.empty() && !event_codes(code, g.code)) return;
    uint32_t gi = static_cast<uint32_t>(d_.groups.size());
    d_.groups.push_back(std::move(g));
    block_ = Block::kVerb;
    for (std::string_view alt : split_on(names, '|')) {
      if (alt.empty()) {
        error("empty lemma between '|'");
        continue;
      }
      Verb v;
      v.text = std::string(alt);
      v.group = gi;
      v.where = here();
      int marked = -1;
      for (std::string_view w : split_fields(alt)) {
        if (w.front() == '+' && w.size() > 1) {
          if (marked >= 0) error(fmt::format("\"{}\" marks more than one word with '+'", alt));
          marked = static_cast<int>(v.words.size());
          w.remove_prefix(1);
        }
        v.words.push_back(fold(w));
      }
      v.head = marked < 0 ? 0 : static_cast<uint32_t>(marked);
      d_.groups[gi].verbs.push_back(static_cast<uint32_t>(d_.verbs.size()));
      d_.verbs.push_back(std::move(v));
    }
  }

  void set_header(std::string_view rest) {
    std::string_view name, members;
    auto eq = rest.find('=');
    name = trim(rest.substr(0, eq));
    if (!is_synset_name(name))
      return error(fmt::format("bad set name \"{}\": '&' then letters, digits or '_'", name));
    Synset s;
    s.name = std::string(name);
    s.where = here();
    d_.synsets.push_back(std::move(s));
    block_ = Block::kSet;
    if (eq != std::string_view::npos) {
      members = trim(rest.substr(eq + 1));
      if (members.empty()) return error("\"=\" must be followed by members separated by '|'");
      set_members(members);
    }
  }

  void set_members(std::string_view text) {
    Synset& s = d_.synsets.back();
    for (std::string_view m : split_on(text, '|')) {
      if (m.empty()) error("empty member between '|'");
      else if (m.front() == '&') {
        if (is_synset_name(m)) s.nested.emplace_back(m);
        else error(fmt::format("bad set name \"{}\"", m));
      } else {
        s.members.push_back(make_phrase(m));
      }
    }
  }

  void discard_header(std::string_view rest) {
    auto fields = split_fields(rest);
    if (fields.empty()) return error("discard needs a scope (sentence, story or actor) and a phrase");
    Discard dis;
    if (fields[0] == "sentence") dis.scope = DiscardScope::kSentence;
    else if (fields[0] == "story") dis.scope = DiscardScope::kStory;
    else if (fields[0] == "actor") dis.scope = DiscardScope::kActor;
    else return error(fmt::format("unknown discard scope \"{}\" (expected sentence, story or actor)", fields[0]));
    std::string_view phrase = trim(rest.substr(fields[0].size()));
    if (phrase.empty()) return error("discard needs a phrase after its scope");
    dis.phrase = make_phrase(phrase);
    dis.where = here();
    d_.discards.push_back(std::move(dis));
    block_ = Block::kDiscard;
  }

  // ---- attribute lines ----

  void attribute(std::string_view line) {
    switch (block_) {
      case Block::kNone: return error("attribute line outside a block (indented lines belong to the entry above)");
      case Block::kSkip: return;
      case Block::kActor: return actor_attribute(line);
      case Block::kAgent: return agent_attribute(line);
      case Block::kVerb: return verb_attribute(line);
      case Block::kSet: return set_members(line);
      case Block::kDiscard: return error("a discard has no attribute lines");
    }
  }

  void actor_attribute(std::string_view line) {
    auto fields = split_fields(line);
    std::string_view key = fields[0];
    std::string_view value = trim(line.substr(key.size()));
    Actor& a = d_.actors.back();
    PhraseRole role;
    if (key == "alias") role = PhraseRole::kAlias;
    else if (key == "adj") role = PhraseRole::kAdjective;
    else if (key == "demonym") role = PhraseRole::kDemonym;
    else if (key == "capital") role = PhraseRole::kCapital;
    else if (key == "code" || key == "default") {
      if (fields.size() != 2 || !is_code(fields[1]))
        return error(fmt::format("{} line needs one code (upper-case letters and digits)", key));
      if (!a.default_code.empty())
        return error(fmt::format("{} already has the default code {}", a.name, a.default_code));
      a.default_code = std::string(fields[1]);
      return;
    } else if (key == "role") {
      if (fields.size() != 3) return error(fmt::format("role line needs a code and a period: \"{}\"", line));
      if (!is_code(fields[1])) return error(fmt::format("bad actor code \"{}\"", fields[1]));
      std::string why;
      auto period = parse_period(fields[2], why);
      if (!period) return error(why);
      a.roles.push_back({std::string(fields[1]), *period, here()});
      return;
    } else {
      return error(fmt::format("unknown actor attribute \"{}\" (expected alias, adj, demonym, capital, code, role "
                               "or default)",
                               key));
    }
    if (value.empty()) return error(fmt::format("{} line needs a phrase", key));
    if (role == PhraseRole::kAdjective || role == PhraseRole::kDemonym || role == PhraseRole::kCapital) {
      if (a.kind == ActorKind::kPerson) return error(fmt::format("a person has no {}", key));
    }
    for (std::string_view alt : split_on(value, '|')) {
      if (alt.empty()) error("empty phrase between '|'");
      else add_actor_phrase(alt, role);
    }
  }

  void agent_attribute(std::string_view line) {
    auto fields = split_fields(line);
    std::string_view key = fields[0];
    std::string_view value = trim(line.substr(key.size()));
    if (value.empty()) return error(fmt::format("{} line needs a phrase", key));
    if (key == "alias") {
      for (std::string_view alt : split_on(value, '|'))
        if (alt.empty()) error("empty phrase between '|'");
        else agent_forms_.push_back({std::string(alt), line_});
    } else if (key == "plural") {
      agent_plural_lines_ = true;
      if (value == "-") return;
      for (std::string_view alt : split_on(value, '|'))
        if (alt.empty()) error("empty phrase between '|'");
        else agent_plurals_.push_back({std::string(alt), line_});
    } else {
      error(fmt::format("unknown agent attribute \"{}\" (expected alias or plural)", key));
    }
  }

  void verb_attribute(std::string_view line) {
    if (line.front() != '-') return error("a verb block holds pattern lines only, each starting with '-'");
    std::string_view body = trim(line.substr(1));
    auto arrow = body.find("=>");
    if (arrow == std::string_view::npos) return error("pattern needs \"=> CODE\"");
    VerbPattern p;
    p.syntax = PatternSyntax::kDependency;
    p.text = std::string(line);
    p.where = here();
    p.group = static_cast<uint32_t>(d_.groups.size() - 1);
    std::string_view codes = trim(body.substr(arrow + 2));
    if (codes.empty()) return error("pattern needs a code after \"=>\"");
    if (!event_codes(codes, p.codes)) return;
    auto tokens = split_fields(body.substr(0, arrow));
    if (tokens.empty()) return error("pattern has no constraints before \"=>\"");
    bool ok = true;
    for (std::string_view t : tokens) {
      DepConstraint c;
      if (!constraint(t, c)) ok = false;
      else p.constraints.push_back(std::move(c));
    }
    if (!ok) return;
    d_.groups.back().patterns.push_back(static_cast<uint32_t>(d_.patterns.size()));
    d_.patterns.push_back(std::move(p));
  }

  bool constraint(std::string_view t, DepConstraint& c) {
    std::string_view original = t;
    if (t.front() == '!') {
      c.negated = true;
      t.remove_prefix(1);
    }
    auto colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == t.size()) {
      error(fmt::format("bad constraint \"{}\": expected ROLE:FILLER", original));
      return false;
    }
    std::string_view role = t.substr(0, colon), filler = t.substr(colon + 1);
    if (role == "subj") c.role = DepRole::kSubj;
    else if (role == "obj") c.role = DepRole::kObj;
    else if (role == "iobj") c.role = DepRole::kIobj;
    else if (role == "prt") c.role = DepRole::kPrt;
    else if (role == "xcomp") c.role = DepRole::kXcomp;
    else if (role == "ccomp") c.role = DepRole::kCcomp;
    else if (role == "mod") c.role = DepRole::kMod;
    else if (role == "aux") c.role = DepRole::kAux;
    else if (is_preposition(role)) {
      c.role = DepRole::kPrep;
      c.preposition = join_underscores(role);
    } else {
      error(fmt::format("unknown role \"{}\" (expected subj, obj, iobj, prt, xcomp, ccomp, mod, aux or a "
                        "lower-case preposition)",
                        role));
      return false;
    }
    return parse_filler(filler, c.filler, original);
  }

  bool parse_filler(std::string_view f, DepFiller& out, std::string_view original) {
    auto slot_of = [](char ch) {
      return ch == '$' ? Slot::kSource : ch == '+' ? Slot::kTarget : ch == '%' ? Slot::kCompound : Slot::kNone;
    };
    if (f.size() == 1 && f[0] == '_') {
      out.any = true;
      return true;
    }
    if (Slot s = slot_of(f.back()); s != Slot::kNone) {
      out.slot = s;
      f.remove_suffix(1);
      if (f.empty()) return true;
    }
    for (std::string_view alt : split_on(f, '|')) {
      if (alt.empty()) {
        error(fmt::format("bad constraint \"{}\": empty alternative", original));
        return false;
      }
      if (alt.front() == '&') {
        if (!is_synset_name(alt)) {
          error(fmt::format("bad set name \"{}\" in \"{}\"", alt, original));
          return false;
        }
        out.synset_names.emplace_back(alt);
      } else {
        // A hyphenated word is cut as the tokenizer cuts text ("sit-in" -> sit - in), or it could never match.
        std::vector<std::string> words;
        for (std::string_view w : split_on(alt, '_'))
          if (!w.empty()) {
            if (w.find('-') == std::string_view::npos) words.push_back(fold(w));
            else for (std::string& part : make_phrase(w).words) words.push_back(std::move(part));
          }
        if (words.empty()) {
          error(fmt::format("bad constraint \"{}\"", original));
          return false;
        }
        out.lemmas.push_back(std::move(words));
      }
    }
    return true;
  }

  // ---- closing a block: what needs the whole block ----

  void close_block() {
    if (block_ == Block::kActor) {
      Actor& a = d_.actors.back();
      // CAMEO practice: out of office, a person is an elite of the country of their first role.
      if (a.kind == ActorKind::kPerson && a.default_code.empty() && !a.roles.empty() &&
          a.roles.front().code.size() >= 3)
        a.default_code = a.roles.front().code.substr(0, 3) + "ELI";
    } else if (block_ == Block::kAgent) {
      uint32_t agent = static_cast<uint32_t>(d_.agents.size() - 1);
      auto add = [&](const std::string& text, uint32_t line, bool plural) {
        AgentPhrase p;
        p.phrase = make_phrase(text);
        p.agent = agent;
        p.plural = plural;
        p.where = {file_, line};
        d_.agent_phrases.push_back(std::move(p));
      };
      for (const auto& [text, line] : agent_forms_) {
        add(text, line, false);
        if (!agent_plural_lines_)
          if (std::string pl = english_plural(text); !pl.empty()) add(pl, line, true);
      }
      for (const auto& [text, line] : agent_plurals_) add(text, line, true);
    }
    block_ = Block::kNone;
  }

  const std::string file_name_;
  DictKind kind_;
  Dictionaries& d_;
  std::vector<InputProblem>& problems_;
  int depth_;
  uint32_t file_ = 0;
  uint32_t line_ = 0;
  Block block_ = Block::kNone;
  std::vector<std::pair<std::string, uint32_t>> agent_forms_, agent_plurals_;
  bool agent_plural_lines_ = false;
};

}  // namespace

std::string english_plural(std::string_view phrase) {
  phrase = trim(phrase);
  size_t cut = phrase.find_last_of(" \t");
  std::string_view last = cut == std::string_view::npos ? phrase : phrase.substr(cut + 1);
  std::string head(phrase.substr(0, phrase.size() - last.size()));
  auto ends = [&](std::string_view s) { return last.size() > s.size() && last.ends_with(s); };
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  if (last.empty()) return "";
  char z = lower(last.back());
  if (z == 's' && !ends("ss") && !ends("us") && !ends("is")) return "";  // looks plural already
  bool upper = std::isupper(static_cast<unsigned char>(last.back()));
  auto suffix = [&](std::string_view s) {
    std::string out(s);
    if (upper)
      for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  };
  if (z == 'y' && last.size() > 1 && std::string_view("aeiou").find(lower(last[last.size() - 2])) == std::string_view::npos)
    return head + std::string(last.substr(0, last.size() - 1)) + suffix("ies");
  if (z == 's' || z == 'x' || z == 'z' || ends("ch") || ends("sh") || ends("CH") || ends("SH"))
    return head + std::string(last) + suffix("es");
  return head + std::string(last) + suffix("s");
}

void parse_vigil_text(std::string_view text, const std::string& file_name, DictKind kind, Dictionaries& dicts,
                      std::vector<InputProblem>& problems) {
  VigilParser(file_name, kind, dicts, problems, 0).parse(text);
}

void load_vigil_file(const std::string& path, DictKind kind, Dictionaries& dicts,
                     std::vector<InputProblem>& problems) {
  std::string text;
  if (!read_file(path, text)) {
    problems.push_back({path, 0, "cannot read the file"});
    return;
  }
  parse_vigil_text(text, path, kind, dicts, problems);
}

}  // namespace vigil::lexicon
