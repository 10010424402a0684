#include "lexicon/dictionary.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "lexicon/fold.h"
#include "text/tokenizer.h"

namespace vigil::lexicon {

Phrase make_phrase(std::string_view text) {
  Phrase p;
  p.text = std::string(text);
  // Words with a hyphen are cut as the tokenizer cuts text ("Kim Dae-jung" -> Kim Dae - jung), so a name can be
  // written as it is spelled and still match.
  std::string spaced;
  if (text.find('-') != std::string_view::npos) {
    std::vector<SurfaceToken> tokens;
    split_tokens(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
    for (const SurfaceToken& t : tokens) {
      if (!spaced.empty()) spaced += ' ';
      spaced += text.substr(t.span.begin, t.span.end - t.span.begin);
    }
    text = spaced;
  }
  p.words = fold_words(text);
  p.gap_after.assign(p.words.size(), false);
  return p;
}

std::string_view Actor::code_on(Date date) const {
  if (date != kNoDate)
    for (const RoleCode& r : roles)
      if (r.period.contains(date)) return r.code;
  return default_code;
}

size_t VerbPattern::size() const {
  return syntax == PatternSyntax::kDependency ? constraints.size() : elements.size() - 1;
}

bool VerbPattern::requires_negation() const {
  auto negative = [](const std::vector<std::string>& words) {
    return words.size() == 1 && (words[0] == "not" || words[0] == "n't" || words[0] == "never");
  };
  for (const DepConstraint& c : constraints)
    if (c.role == DepRole::kMod && !c.negated && !c.filler.any && !c.filler.lemmas.empty() &&
        std::all_of(c.filler.lemmas.begin(), c.filler.lemmas.end(), negative))
      return true;
  return false;
}

uint32_t Dictionaries::add_file(std::string name) {
  files.push_back(std::move(name));
  return static_cast<uint32_t>(files.size() - 1);
}

std::string_view Dictionaries::file_of(SourceRef ref) const {
  return ref.file < files.size() ? std::string_view(files[ref.file]) : std::string_view();
}

std::string Dictionaries::where(SourceRef ref) const {
  if (ref.file >= files.size()) return "";
  return fmt::format("{}:{}", files[ref.file], ref.line);
}

uint32_t Dictionaries::find_synset(std::string_view name) const {
  // Later definitions win, as in PETRARCH (a redefinition replaces the set).
  for (size_t i = synsets.size(); i-- > 0;)
    if (synsets[i].name == name) return static_cast<uint32_t>(i);
  return kNone;
}

namespace {

// Flattens the nested sets of synset `i` into its members; `state` is 0 = not seen, 1 = in progress, 2 = done.
void flatten(Dictionaries& d, uint32_t i, std::vector<uint8_t>& state, std::vector<InputProblem>& problems) {
  if (state[i] == 2) return;
  state[i] = 1;
  Synset& s = d.synsets[i];
  for (const std::string& name : s.nested) {
    uint32_t j = d.find_synset(name);
    if (j == kNone) {
      problems.push_back({std::string(d.file_of(s.where)), s.where.line,
                          fmt::format("synonym set {} lists {}, which is never defined", s.name, name)});
      continue;
    }
    if (state[j] == 1) {
      problems.push_back({std::string(d.file_of(s.where)), s.where.line,
                          fmt::format("synonym sets {} and {} contain each other", s.name, name)});
      continue;
    }
    flatten(d, j, state, problems);
    const auto& more = d.synsets[j].members;  // j != i here, so `s.members` may grow safely
    d.synsets[i].members.insert(d.synsets[i].members.end(), more.begin(), more.end());
  }
  state[i] = 2;
}

}  // namespace

void Dictionaries::finalize(std::vector<InputProblem>& problems) {
  std::vector<uint8_t> state(synsets.size(), 0);
  for (uint32_t i = 0; i < synsets.size(); ++i) flatten(*this, i, state, problems);

  // Undefined sets, reported once per set and file with the lines using them.
  std::map<std::pair<std::string, uint32_t>, std::vector<uint32_t>> undefined;
  auto resolve = [&](const std::string& name, const VerbPattern& p) {
    uint32_t s = find_synset(name);
    if (s == kNone) undefined[{name, p.where.file}].push_back(p.where.line);
    return s;
  };
  for (VerbPattern& p : patterns) {
    for (DepConstraint& c : p.constraints) {
      c.filler.synsets.clear();
      for (const std::string& name : c.filler.synset_names)
        if (uint32_t s = resolve(name, p); s != kNone) c.filler.synsets.push_back(s);
    }
    for (LinearElement& e : p.elements)
      if (e.kind == LinearKind::kSynset) e.synset = resolve(e.word, p);
  }
  for (const auto& [key, lines] : undefined) {
    std::string list;
    for (uint32_t l : lines) list += (list.empty() ? "" : ", ") + std::to_string(l);
    problems.push_back({files[key.second], 0,
                        fmt::format("synonym set {} is used on line{} {} but never defined", key.first,
                                    lines.size() > 1 ? "s" : "", list)});
  }
}

}  // namespace vigil::lexicon
