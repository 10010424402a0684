// PETRARCH's verbs file: synsets (&NAME with + members), blocks (--- TITLE [CODE] ---), verb lines
// (VERB {FORMS} [CODE], multi-word verbs with '+' on the verb word) and patterns (- WORDS * WORDS [CODE]).
#include <fmt/format.h>

#include <cctype>

#include "lexicon/dict_text.h"
#include "lexicon/fold.h"
#include "lexicon/petrarch_format.h"

namespace vigil::lexicon {
namespace {

// "042", "031:032", "---", "025?": PETRARCH codes are opaque strings.
bool parse_codes(std::string_view inside, EventCodes& out) {
  inside = trim(inside);
  if (inside.empty() || inside.find_first_of(" \t") != std::string_view::npos) return false;
  auto colon = inside.find(':');
  out.code = std::string(inside.substr(0, colon));
  out.reciprocal = colon == std::string_view::npos ? "" : std::string(inside.substr(colon + 1));
  return !out.code.empty();
}

// TABARI's markers in a code's place ("[+++]" complex, "[###]", test strings like "[xxy]") are no CAMEO code:
// PETRARCH cannot convert them, so they code nothing.
bool is_cameo_code(std::string_view code) {
  return code == "---" || (!code.empty() && std::isdigit(static_cast<unsigned char>(code.front())));
}

void drop_markers(EventCodes& codes) {
  if (!is_cameo_code(codes.code)) codes.code = "---";
  if (!codes.reciprocal.empty() && !is_cameo_code(codes.reciprocal)) codes.reciprocal.clear();
}

// PETRARCH's plural of a synset member: -Y -> -IES, -S -> -ES (replacing the S), else -S.
std::string synset_plural(const std::string& s) {
  if (s.back() == 'Y') return s.substr(0, s.size() - 1) + "IES";
  if (s.back() == 'S') return s.substr(0, s.size() - 1) + "ES";
  return s + "S";
}

class VerbReader {
 public:
  VerbReader(const std::string& file, Dictionaries& d, std::vector<InputProblem>& problems)
      : file_name_(file), d_(d), problems_(problems), file_(d.add_file(file)) {}

  void read(std::string_view text) {
    for (const PetrarchLine& pl : petrarch_lines(text)) {
      line_ = pl.number;
      std::string_view line = trim(pl.text);
      if (line.starts_with("---")) {
        block(line);
      } else if (line.front() == '&') {
        synset(line);
      } else if (line.front() == '+' && in_synset_) {
        member(trim(line.substr(1)));
      } else if (line.front() == '-') {
        in_synset_ = false;
        pattern(line);
      } else {
        in_synset_ = false;
        verb(line);
      }
    }
  }

 private:
  void error(std::string m) { problems_.push_back({file_name_, line_, std::move(m)}); }
  SourceRef here() const { return {file_, line_}; }

  void block(std::string_view line) {
    in_synset_ = false;
    VerbGroup g;
    g.format = DictFormat::kPetrarch;
    g.where = here();
    std::string_view body = trim(line.substr(3));
    if (body.ends_with("---")) body = trim(body.substr(0, body.size() - 3));
    auto open = body.find('[');
    g.name = std::string(trim(body.substr(0, open)));
    g.code.code = "---";
    if (open != std::string_view::npos) {
      auto close = body.find(']', open);
      if (close == std::string_view::npos || !parse_codes(body.substr(open + 1, close - open - 1), g.code))
        error(fmt::format("bad block code in \"{}\"", line));
      drop_markers(g.code);
    }
    d_.groups.push_back(std::move(g));
    group_ = static_cast<uint32_t>(d_.groups.size() - 1);
  }

  void synset(std::string_view line) {
    std::string name(trim(line.substr(0, line.find_first_of(" \t["))));
    bool no_plural = name.back() == '_';
    if (no_plural) name.pop_back();
    if (name.size() < 2) return error("synset needs a name after '&'");
    Synset s;
    s.name = name;
    s.format = DictFormat::kPetrarch;
    s.where = here();
    d_.synsets.push_back(std::move(s));
    synset_no_plural_ = no_plural;
    in_synset_ = true;
  }

  void member(std::string_view text) {
    if (text.empty()) return error("empty synset member");
    Synset& s = d_.synsets.back();
    if (text.front() == '&') {
      std::string name(trim(text));
      if (name.back() == '_') name.pop_back();
      s.nested.push_back(name);
      return;
    }
    bool no_plural = synset_no_plural_ || text.back() == '_';
    Phrase p = petrarch_phrase(text);
    if (p.words.empty()) return error("empty synset member");
    p.gap_after.assign(p.words.size(), false);  // members are consecutive words
    s.members.push_back(p);
    if (!no_plural) {
      Phrase plural = petrarch_phrase(synset_plural(p.text));
      plural.gap_after.assign(plural.words.size(), false);
      s.members.push_back(std::move(plural));
    }
  }

  // Splits "KLM_NOP_+RST" into folded words, noting the '+'-marked verb word.
  static std::vector<std::string> verb_words(std::string_view text, int& marked) {
    std::vector<std::string> words;
    marked = -1;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && text[j] != '_' && !is_blank(text[j])) ++j;
      std::string_view w = text.substr(i, j - i);
      if (w.starts_with('+') && w.size() > 1) {
        marked = static_cast<int>(words.size());
        w.remove_prefix(1);
      }
      if (!w.empty()) words.push_back(fold(w));
      i = j + 1;
    }
    return words;
  }

  // Regular forms of a verb: -S, and -D/-ING after a final E, else -ED/-ING.
  static std::vector<std::string> regular_forms(const std::string& root) {
    if (root.empty()) return {};
    if (root.back() == 'e') return {root + "s", root + "d", root.substr(0, root.size() - 1) + "ing"};
    return {root + "s", root + "ed", root + "ing"};
  }

  void verb(std::string_view line) {
    if (group_ == kNone) return error("verb line before any \"--- NAME [CODE] ---\" block");
    Verb v;
    v.group = group_;
    v.where = here();
    v.text = std::string(line);
    std::string_view head_part = line;
    std::string_view forms_part;
    if (auto open = line.find('['); open != std::string_view::npos) {
      auto close = line.find(']', open);
      if (close == std::string_view::npos || !parse_codes(line.substr(open + 1, close - open - 1), v.code))
        return error(fmt::format("bad verb code in \"{}\"", line));
      drop_markers(v.code);
      head_part = line.substr(0, open);
    }
    if (auto brace = head_part.find('{'); brace != std::string_view::npos) {
      auto close = head_part.find('}', brace);
      if (close == std::string_view::npos) return error("missing '}' after the verb forms");
      forms_part = head_part.substr(brace + 1, close - brace - 1);
      head_part = head_part.substr(0, brace);
    }
    int marked;
    v.words = verb_words(trim(head_part), marked);
    if (v.words.empty()) return error("verb line has no verb");
    v.head = marked < 0 ? 0 : static_cast<uint32_t>(marked);
    if (forms_part.data() != nullptr) {  // {...} lists every form, the verb word of each
      for (std::string_view f : split_fields(forms_part)) {
        int fm;
        auto words = verb_words(f, fm);
        size_t at = fm >= 0 ? static_cast<size_t>(fm) : v.head;
        if (at < words.size()) v.forms.push_back(words[at]);
      }
    } else {
      v.forms = regular_forms(v.words[v.head]);
    }
    d_.groups[group_].verbs.push_back(static_cast<uint32_t>(d_.verbs.size()));
    d_.verbs.push_back(std::move(v));
  }

  void pattern(std::string_view line) {
    if (group_ == kNone) return error("pattern before any \"--- NAME [CODE] ---\" block");
    VerbPattern p;
    p.syntax = PatternSyntax::kLinear;
    p.group = group_;
    p.where = here();
    p.text = std::string(line);
    // The code is the last [...] of the line; "{...}" before it are TABARI alternatives.
    auto open = line.rfind('[');
    auto close = open == std::string_view::npos ? open : line.find(']', open);
    if (close == std::string_view::npos || !parse_codes(line.substr(open + 1, close - open - 1), p.codes))
      return error("pattern needs a code in [...] at its end");
    // A pattern coded with a marker is no pattern: the verb's other patterns and its own code still apply.
    if (!is_cameo_code(p.codes.code)) return;
    drop_markers(p.codes);
    // TABARI legacy: "XXX_ " is an open match, the same as "XXX ".
    std::string body(trim(line.substr(1, open - 1)));
    for (size_t k; (k = body.find("_ ")) != std::string::npos;) body.erase(k, 1);
    while (!body.empty() && body.back() == '_') body.pop_back();
    if (!elements(body, p)) return;
    d_.groups[group_].patterns.push_back(static_cast<uint32_t>(d_.patterns.size()));
    d_.patterns.push_back(std::move(p));
  }

  bool elements(std::string_view body, VerbPattern& p) {
    int verbs = 0;
    size_t i = 0;
    while (i < body.size()) {
      LinearElement e;
      size_t j;
      if (body[i] == '{') {  // {A | B C}: alternatives, kept as an anonymous synset
        j = body.find('}', i);
        if (j == std::string_view::npos) {
          error("'{' without '}' in pattern");
          return false;
        }
        Synset s;
        s.name = fmt::format("{{{}}}", trim(body.substr(i + 1, j - i - 1)));
        s.format = DictFormat::kPetrarch;
        s.where = here();
        for (std::string_view alt : split_on(body.substr(i + 1, j - i - 1), '|'))
          if (!alt.empty()) s.members.push_back(make_phrase(alt));
        e.kind = LinearKind::kAlternatives;
        e.word = s.name;
        e.synset = static_cast<uint32_t>(d_.synsets.size());
        d_.synsets.push_back(std::move(s));
        ++j;
      } else {
        j = i;
        while (j < body.size() && body[j] != '_' && !is_blank(body[j])) ++j;
        std::string_view tok = body.substr(i, j - i);
        if (tok == "*") {
          e.kind = LinearKind::kVerb;
          p.verb_index = static_cast<uint32_t>(p.elements.size());
          ++verbs;
        } else if (tok == "$") e.kind = LinearKind::kSource;
        else if (tok == "+") e.kind = LinearKind::kTarget;
        else if (tok == "%") e.kind = LinearKind::kCompound;
        else if (tok == "^") e.kind = LinearKind::kSkipPhrase;
        else if (tok.starts_with('&')) {
          e.kind = LinearKind::kSynset;
          e.word = std::string(tok);
        } else {
          e.kind = LinearKind::kWord;
          e.word = fold(tok);
        }
      }
      e.adjacent_next = j < body.size() && body[j] == '_';
      p.elements.push_back(std::move(e));
      i = j;
      while (i < body.size() && (body[i] == '_' || is_blank(body[i]))) ++i;
    }
    if (verbs != 1) {
      error(verbs == 0 ? "pattern has no '*' for the verb" : "pattern has more than one '*'");
      return false;
    }
    if (!p.elements.empty()) p.elements.back().adjacent_next = false;
    return true;
  }

  const std::string& file_name_;
  Dictionaries& d_;
  std::vector<InputProblem>& problems_;
  uint32_t file_;
  uint32_t line_ = 0;
  uint32_t group_ = kNone;
  bool in_synset_ = false;
  bool synset_no_plural_ = false;
};

}  // namespace

void parse_petrarch_verbs(std::string_view text, const std::string& file_name, Dictionaries& dicts,
                          std::vector<InputProblem>& problems) {
  VerbReader(file_name, dicts, problems).read(text);
}

}  // namespace vigil::lexicon
