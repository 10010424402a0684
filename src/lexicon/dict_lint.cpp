#include "lexicon/dict_lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "lexicon/cameo.h"

namespace vigil::lexicon {
namespace {

class Linter {
 public:
  explicit Linter(const Dictionaries& d) : d_(d) {}

  std::vector<LintFinding> run() {
    actor_codes();
    role_overlaps();
    actor_phrases();
    agents();
    discards();
    event_codes();
    verbs();
    patterns();
    synsets();
    return std::move(out_);
  }

 private:
  void error(SourceRef w, std::string m) { out_.push_back({"error", w, std::move(m)}); }
  void warning(SourceRef w, std::string m) { out_.push_back({"warning", w, std::move(m)}); }

  // How a finding at `here` names another entry: "line 12" in the same file, else "file:12".
  std::string ref(SourceRef here, SourceRef other) const {
    if (here.file == other.file) return fmt::format("line {}", other.line);
    return d_.where(other);
  }

  static std::string phrase_key(const Phrase& p) {
    std::string key;
    for (size_t i = 0; i < p.words.size(); ++i) {
      key += p.words[i];
      key += i < p.gap_after.size() && p.gap_after[i] ? '\x02' : '\x01';
    }
    return key;
  }

  // ---- actors ----

  static bool blocks_of_three(std::string_view code) { return !code.empty() && code.size() % 3 == 0; }

  void actor_codes() {
    for (const Actor& a : d_.actors) {
      if (!a.default_code.empty() && !blocks_of_three(a.default_code))
        error(a.where, fmt::format("actor code \"{}\" of \"{}\" is not made of 3-character blocks", a.default_code,
                                   a.name));
      for (const RoleCode& r : a.roles)
        if (!blocks_of_three(r.code))
          error(r.where, fmt::format("actor code \"{}\" of \"{}\" is not made of 3-character blocks", r.code, a.name));
      if (a.default_code.empty() && a.roles.empty())
        warning(a.where, fmt::format("actor \"{}\" has no code (add \"= CODE\", a code line or role lines)", a.name));
    }
  }

  void role_overlaps() {
    for (const Actor& a : d_.actors) {
      for (size_t j = 1; j < a.roles.size(); ++j) {
        const RoleCode& later = a.roles[j];
        for (size_t i = 0; i < j; ++i) {
          const RoleCode& first = a.roles[i];
          if (!first.period.overlaps(later.period)) continue;
          // One post after another on the day of the handover ("Defence Minister until 2011-11-05, Crown Prince
          // from 2011-11-05") is no overlap worth a word when the code stays the same.
          bool handover = first.period.to == later.period.from || later.period.to == first.period.from;
          if (handover && first.code == later.code) continue;
          std::string what = fmt::format("role {} {} of \"{}\" overlaps role {} {} at {}", later.code,
                                         format_period(later.period), a.name, first.code,
                                         format_period(first.period), ref(later.where, first.where));
          if (first.code != later.code)
            error(later.where, what + " with a different code; the first one wins");
          else
            warning(later.where, what + " with the same code; merge them into one role line");
          break;
        }
      }
    }
  }

  static Date next_day(Date d) {
    int y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (valid_date(y, m, day + 1)) return d + 1;
    if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
    return (y + 1) * 10000 + 101;
  }
  static Date prev_day(Date d) {
    int y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (day > 1) return d - 1;
    if (m > 1) {
      for (int last = 31; last >= 28; --last)
        if (valid_date(y, m - 1, last)) return y * 10000 + (m - 1) * 100 + last;
    }
    return (y - 1) * 10000 + 1231;
  }

  // A date on which the two actors code differently (kNoDate: their default codes differ), or nullopt when they
  // code the same on every date. The code is constant between the days where some role begins or ends, so those
  // days and their neighbours are enough to compare.
  static std::optional<Date> first_difference(const Actor& a, const Actor& b) {
    if (a.code_on(kNoDate) != b.code_on(kNoDate)) return kNoDate;
    std::set<Date> probes{kDateMin};
    for (const Actor* x : {&a, &b})
      for (const RoleCode& r : x->roles) {
        probes.insert(r.period.from);
        probes.insert(r.period.to);
        if (r.period.from > kDateMin) probes.insert(prev_day(r.period.from));
        if (r.period.to < kDateMax) probes.insert(next_day(r.period.to));
      }
    for (Date p : probes)
      if (a.code_on(p) != b.code_on(p)) return p;
    return std::nullopt;
  }

  static std::string code_or_none(std::string_view code) { return code.empty() ? "no code" : std::string(code); }

  void actor_phrases() {
    std::unordered_map<std::string, std::vector<uint32_t>> by_key;
    std::vector<std::string> order;
    for (uint32_t i = 0; i < d_.actor_phrases.size(); ++i) {
      auto [it, fresh] = by_key.try_emplace(phrase_key(d_.actor_phrases[i].phrase));
      if (fresh) order.push_back(it->first);
      it->second.push_back(i);
    }
    for (const std::string& key : order) {
      const auto& list = by_key[key];
      for (size_t k = 1; k < list.size(); ++k) {
        const ActorPhrase& p = d_.actor_phrases[list[k]];
        const Actor& actor = d_.actors[p.actor];
        std::optional<size_t> same, conflict;
        std::optional<Date> on;
        for (size_t j = 0; j < k && !conflict; ++j) {
          const ActorPhrase& q = d_.actor_phrases[list[j]];
          if (q.actor == p.actor) {
            if (!same) same = j;
            continue;
          }
          if (auto diff = first_difference(d_.actors[q.actor], actor)) {
            conflict = j;
            on = diff;
          } else if (!same) {
            same = j;
          }
        }
        if (conflict) {
          const ActorPhrase& q = d_.actor_phrases[list[*conflict]];
          const Actor& other = d_.actors[q.actor];
          error(p.where,
                fmt::format("phrase \"{}\" names actors with different codes{}: \"{}\" ({}) here, \"{}\" ({}) at {}",
                            p.phrase.text, *on == kNoDate ? "" : " on " + format_date(*on), actor.name,
                            code_or_none(actor.code_on(*on)), other.name, code_or_none(other.code_on(*on)),
                            ref(p.where, q.where)));
        } else if (same) {
          const ActorPhrase& q = d_.actor_phrases[list[*same]];
          if (q.actor == p.actor)
            warning(p.where, fmt::format("phrase \"{}\" of \"{}\" is listed twice (also at {})", p.phrase.text,
                                         actor.name, ref(p.where, q.where)));
          else
            warning(p.where, fmt::format("duplicate phrase \"{}\": \"{}\" at {} has the same codes", p.phrase.text,
                                         d_.actors[q.actor].name, ref(p.where, q.where)));
        }
      }
    }
  }

  // ---- agents ----

  void agents() {
    for (const Agent& a : d_.agents)
      if (!blocks_of_three(a.code))
        error(a.where, fmt::format("agent code \"{}\" of \"{}\" is not made of 3-character blocks", a.code, a.name));
    auto code_of = [&](const Agent& a) { return a.prefix ? a.code + "~" : a.code; };
    std::unordered_map<std::string, std::vector<uint32_t>> by_key;
    std::vector<std::string> order;
    for (uint32_t i = 0; i < d_.agent_phrases.size(); ++i) {
      auto [it, fresh] = by_key.try_emplace(phrase_key(d_.agent_phrases[i].phrase));
      if (fresh) order.push_back(it->first);
      it->second.push_back(i);
    }
    for (const std::string& key : order) {
      const auto& list = by_key[key];
      for (size_t k = 1; k < list.size(); ++k) {
        const AgentPhrase& p = d_.agent_phrases[list[k]];
        const Agent& agent = d_.agents[p.agent];
        std::optional<size_t> same, conflict;
        for (size_t j = 0; j < k && !conflict; ++j) {
          const AgentPhrase& q = d_.agent_phrases[list[j]];
          if (q.agent == p.agent) {
            // A generated plural that equals another form of the same agent is harmless.
            if (!same && !p.plural && !q.plural) same = j;
          } else if (code_of(d_.agents[q.agent]) != code_of(agent)) {
            conflict = j;
          } else if (!same) {
            same = j;
          }
        }
        if (conflict) {
          const AgentPhrase& q = d_.agent_phrases[list[*conflict]];
          error(p.where, fmt::format("agent phrase \"{}\" has different codes: {} here, {} at {}", p.phrase.text,
                                     code_of(agent), code_of(d_.agents[q.agent]), ref(p.where, q.where)));
        } else if (same) {
          const AgentPhrase& q = d_.agent_phrases[list[*same]];
          warning(p.where, fmt::format("duplicate agent phrase \"{}\" (also at {}, same code {})", p.phrase.text,
                                       ref(p.where, q.where), code_of(agent)));
        }
      }
    }
  }

  void discards() {
    std::unordered_map<std::string, uint32_t> first;
    for (uint32_t i = 0; i < d_.discards.size(); ++i) {
      const Discard& dis = d_.discards[i];
      auto [it, fresh] = first.try_emplace(phrase_key(dis.phrase), i);
      if (fresh) continue;
      const Discard& prev = d_.discards[it->second];
      static constexpr std::string_view kScope[] = {"sentence", "story", "actor"};
      warning(dis.where, fmt::format("discard phrase \"{}\" is listed again (discard {} at {})", dis.phrase.text,
                                     kScope[static_cast<int>(prev.scope)], ref(dis.where, prev.where)));
    }
  }

  // ---- verbs ----

  static bool valid_event_code(std::string_view c) { return c == "---" || find_cameo(c) != nullptr; }

  void check_codes(const EventCodes& codes, SourceRef where, std::string_view what) {
    for (const std::string* c : {&codes.code, &codes.reciprocal}) {
      if (c->empty() && c == &codes.reciprocal) continue;
      if (!valid_event_code(*c)) error(where, fmt::format("unknown CAMEO code \"{}\" {}", *c, what));
    }
  }

  void event_codes() {
    for (const VerbGroup& g : d_.groups) {
      if (g.format != DictFormat::kVigil) continue;  // PETRARCH codes are opaque ("1717", "025?")
      check_codes(g.code, g.where, fmt::format("on {} \"{}\"", g.noun ? "noun" : "verb", g.name));
      for (uint32_t pi : g.patterns) check_codes(d_.patterns[pi].codes, d_.patterns[pi].where, "in pattern");
    }
  }

  static std::string codes_text(const EventCodes& c) {
    return c.reciprocal.empty() ? c.code : c.code + ":" + c.reciprocal;
  }

  const EventCodes& bare_codes(const Verb& v) const { return v.code.code.empty() ? d_.groups[v.group].code : v.code; }

  void verbs() {
    static const std::set<std::string, std::less<>> kAuxiliaries{"will",  "would", "shall", "should", "can",
                                                                 "could", "may",   "might", "must"};
    for (const VerbGroup& g : d_.groups)
      if (g.code.code == "010" || g.code.reciprocal == "010")
        warning(g.where, fmt::format("bare code 010 on {} \"{}\": no 010 fallback (010 comes only from explicit "
                                     "statement patterns)",
                                     g.noun ? "noun" : "verb", g.name));
    std::unordered_map<std::string, std::vector<uint32_t>> by_key;
    std::vector<std::string> order;
    for (uint32_t i = 0; i < d_.verbs.size(); ++i) {
      const Verb& v = d_.verbs[i];
      if (v.group >= d_.groups.size() || v.words.empty()) continue;
      const VerbGroup& g = d_.groups[v.group];
      if (!v.code.code.empty() && (v.code.code == "010" || v.code.reciprocal == "010"))
        warning(v.where, fmt::format("bare code 010 on verb \"{}\": no 010 fallback (010 comes only from explicit "
                                     "statement patterns)",
                                     v.text));
      if (!g.noun && kAuxiliaries.count(v.words[v.head]))
        error(v.where, fmt::format("verb \"{}\" is an auxiliary: auxiliaries are never events", v.text));
      std::string key(1, g.noun ? 'n' : 'v');
      for (const std::string& w : v.words) {
        key += ' ';
        key += w;
      }
      key += '#';
      key += std::to_string(v.head);
      auto [it, fresh] = by_key.try_emplace(key);
      if (fresh) order.push_back(key);
      it->second.push_back(i);
    }
    for (const std::string& key : order) {
      const auto& list = by_key[key];
      for (size_t k = 1; k < list.size(); ++k) {
        const Verb& v = d_.verbs[list[k]];
        const Verb* same_block = nullptr;
        const Verb* other_block = nullptr;
        const Verb* other_code = nullptr;  // reported in preference: a block with a different bare code
        for (size_t j = 0; j < k; ++j) {
          const Verb& u = d_.verbs[list[j]];
          if (u.group == v.group) {
            if (!same_block) same_block = &u;
          } else {
            if (!other_block) other_block = &u;
            if (!other_code && codes_text(bare_codes(u)) != codes_text(bare_codes(v))) other_code = &u;
          }
        }
        if (other_code) other_block = other_code;
        const char* kind = d_.groups[v.group].noun ? "noun" : "verb";
        if (same_block) {
          warning(v.where, fmt::format("{} \"{}\" is listed twice in this block", kind, v.text));
        } else if (other_block) {
          const EventCodes& a = bare_codes(v);
          const EventCodes& b = bare_codes(*other_block);
          if (codes_text(a) != codes_text(b))
            warning(v.where,
                    fmt::format("{} \"{}\" is also in the block at {} with a different bare code ({} there, {} here); "
                                "both blocks are tried",
                                kind, v.text, ref(v.where, d_.groups[other_block->group].where), codes_text(b),
                                codes_text(a)));
          else
            warning(v.where, fmt::format("{} \"{}\" is also in the block at {}; both blocks are tried, so one "
                                         "sentence may be coded twice (merge them)",
                                         kind, v.text, ref(v.where, d_.groups[other_block->group].where)));
        }
      }
    }
  }

  // ---- patterns ----

  static std::string filler_key(const DepFiller& f) {
    if (f.any) return "_";
    std::vector<std::string> alts;
    for (const auto& words : f.lemmas) {
      std::string s;
      for (const std::string& w : words) s += (s.empty() ? "" : "_") + w;
      alts.push_back(std::move(s));
    }
    for (const std::string& s : f.synset_names) alts.push_back(s);
    std::sort(alts.begin(), alts.end());
    alts.erase(std::unique(alts.begin(), alts.end()), alts.end());
    std::string key;
    for (const std::string& a : alts) key += (key.empty() ? "" : "|") + a;
    key += f.slot == Slot::kSource ? "$" : f.slot == Slot::kTarget ? "+" : f.slot == Slot::kCompound ? "%" : "";
    return key;
  }

  static std::string pattern_key(const VerbPattern& p) {
    std::vector<std::string> parts;
    if (p.syntax == PatternSyntax::kDependency) {
      for (const DepConstraint& c : p.constraints)
        parts.push_back(fmt::format("{}{}:{}:{}", c.negated ? "!" : "", static_cast<int>(c.role), c.preposition,
                                    filler_key(c.filler)));
      std::sort(parts.begin(), parts.end());  // constraints are all required: their order does not matter
    } else {
      for (const LinearElement& e : p.elements)
        parts.push_back(fmt::format("{}:{}{}", static_cast<int>(e.kind), e.word, e.adjacent_next ? "_" : ""));
    }
    std::string key = p.syntax == PatternSyntax::kDependency ? "D" : "L";
    for (const std::string& s : parts) key += " " + s;
    return key;
  }

  // Does the filler test of `f` accept every word? (A bare actor slot "+" tests only that an actor is there.)
  static bool accepts_any_word(const DepFiller& f) { return f.any || (f.lemmas.empty() && f.synset_names.empty()); }
  static bool needs_actor(const DepFiller& f) { return !f.any && f.slot != Slot::kNone; }

  bool in_synsets(const std::vector<std::string>& words, const DepFiller& f) const {
    for (uint32_t s : f.synsets)
      if (s < d_.synsets.size())
        for (const Phrase& m : d_.synsets[s].members)
          if (m.words == words) return true;
    return false;
  }

  // Whether every dependent `b` accepts is accepted by `a`.
  bool filler_covers(const DepFiller& a, const DepFiller& b) const {
    if (needs_actor(a) && !needs_actor(b)) return false;
    if (accepts_any_word(a)) return true;
    if (accepts_any_word(b)) return false;
    for (const auto& alt : b.lemmas)
      if (std::find(a.lemmas.begin(), a.lemmas.end(), alt) == a.lemmas.end() && !in_synsets(alt, a)) return false;
    for (const std::string& s : b.synset_names)
      if (std::find(a.synset_names.begin(), a.synset_names.end(), s) == a.synset_names.end()) return false;
    return true;
  }

  // Whether constraint `a` holds whenever `b` holds.
  bool constraint_covers(const DepConstraint& a, const DepConstraint& b) const {
    if (a.role != b.role || a.preposition != b.preposition || a.negated != b.negated) return false;
    return a.negated ? filler_covers(b.filler, a.filler) : filler_covers(a.filler, b.filler);
  }

  // Whether pattern `a` matches whenever `b` does: each constraint of `a` holds whenever some constraint of `b`
  // does (constraints are tested independently, so they may share the dependent).
  bool pattern_covers(const VerbPattern& a, const VerbPattern& b) const {
    if (a.syntax != PatternSyntax::kDependency || b.syntax != PatternSyntax::kDependency) return false;
    for (const DepConstraint& ca : a.constraints) {
      bool held = false;
      for (const DepConstraint& cb : b.constraints)
        if (constraint_covers(ca, cb)) {
          held = true;
          break;
        }
      if (!held) return false;
    }
    return true;
  }

  void patterns() {
    for (const VerbGroup& g : d_.groups) {
      // The order the coder tries them: most specific first, ties in file order (lexicon.cpp).
      std::vector<uint32_t> tried = g.patterns;
      std::stable_sort(tried.begin(), tried.end(),
                       [&](uint32_t a, uint32_t b) { return d_.patterns[a].size() > d_.patterns[b].size(); });
      std::vector<std::string> keys;
      for (uint32_t pi : tried) keys.push_back(pattern_key(d_.patterns[pi]));
      for (size_t q = 1; q < tried.size(); ++q) {
        const VerbPattern& b = d_.patterns[tried[q]];
        std::optional<size_t> identical, covering;
        for (size_t r = 0; r < q && !identical; ++r) {
          if (keys[r] == keys[q]) identical = r;
          else if (!covering && pattern_covers(d_.patterns[tried[r]], b)) covering = r;
        }
        if (identical) {
          const VerbPattern& a = d_.patterns[tried[*identical]];
          if (codes_text(a.codes) != codes_text(b.codes))
            error(b.where, fmt::format("pattern can never win: the identical pattern at {} is tried first (=> {}, "
                                       "here => {})",
                                       ref(b.where, a.where), codes_text(a.codes), codes_text(b.codes)));
          else
            warning(b.where, fmt::format("duplicate pattern: identical to the one at {} (=> {})",
                                         ref(b.where, a.where), codes_text(a.codes)));
        } else if (covering) {
          const VerbPattern& a = d_.patterns[tried[*covering]];
          warning(b.where, fmt::format("pattern can never win: the pattern at {} (=> {}) is tried first and matches "
                                       "whenever this one does",
                                       ref(b.where, a.where), codes_text(a.codes)));
        }
      }
    }
  }

  // ---- synonym sets ----

  void synsets() {
    std::vector<bool> used(d_.synsets.size(), false);
    std::vector<uint32_t> stack;
    auto use = [&](uint32_t s) {
      if (s < used.size() && !used[s]) {
        used[s] = true;
        stack.push_back(s);
      }
    };
    for (const VerbPattern& p : d_.patterns) {
      for (const DepConstraint& c : p.constraints) {
        for (uint32_t s : c.filler.synsets) use(s);
        for (const std::string& name : c.filler.synset_names) use(d_.find_synset(name));
      }
      for (const LinearElement& e : p.elements)
        if (e.kind == LinearKind::kSynset || e.kind == LinearKind::kAlternatives)
          use(e.synset != kNone ? e.synset : d_.find_synset(e.word));
    }
    for (std::string_view name : kSetsReadByTheCoder) use(d_.find_synset(name));
    while (!stack.empty()) {
      uint32_t s = stack.back();
      stack.pop_back();
      for (const std::string& name : d_.synsets[s].nested) use(d_.find_synset(name));
    }
    std::map<std::string, uint32_t> first;
    for (uint32_t i = 0; i < d_.synsets.size(); ++i) {
      const Synset& s = d_.synsets[i];
      if (s.name.starts_with("{")) continue;  // PETRARCH's {A | B} alternatives: anonymous, used where written
      bool shadowed = d_.find_synset(s.name) != i;
      auto [it, fresh] = first.try_emplace(s.name, i);
      if (!fresh)
        warning(s.where, fmt::format("synonym set {} is defined again; this definition replaces the one at {}",
                                     s.name, ref(s.where, d_.synsets[it->second].where)));
      if (!used[i] && !shadowed) warning(s.where, fmt::format("synonym set {} is never used", s.name));
    }
  }

  const Dictionaries& d_;
  std::vector<LintFinding> out_;
};

}  // namespace

std::vector<LintFinding> lint(const Dictionaries& dicts) {
  std::vector<LintFinding> findings = Linter(dicts).run();
  sort_findings(dicts, findings);
  return findings;
}

std::vector<LintFinding> lint_exclusions(const ExclusionList& exclusions, const DictStats& stats,
                                         Dictionaries& dicts) {
  std::vector<LintFinding> out;
  add_problem_findings(exclusions.problems, dicts, out, "error");
  if (exclusions.entries.empty()) return out;
  uint32_t file = kNone;
  for (uint32_t i = 0; i < dicts.files.size() && file == kNone; ++i)
    if (dicts.files[i] == exclusions.file) file = i;
  if (file == kNone) file = dicts.add_file(exclusions.file);
  std::map<std::string, uint32_t> first;
  for (const Exclusion& e : exclusions.entries) {
    SourceRef where{file, e.line};
    auto [it, fresh] = first.try_emplace(e.code, e.line);
    if (!fresh) {
      out.push_back({"warning", where, fmt::format("code {} is listed twice (also line {})", e.code, it->second)});
      continue;
    }
    for (const CodeCoverage& c : stats.codes)
      if (c.code == e.code && c.status == CodeStatus::kCovered)
        out.push_back({"warning", where,
                       fmt::format("code {} is listed as excluded, but {} pattern{} and {} verb{} produce it", e.code,
                                   c.patterns, c.patterns == 1 ? "" : "s", c.verbs, c.verbs == 1 ? "" : "s")});
  }
  return out;
}

void add_problem_findings(const std::vector<InputProblem>& problems, Dictionaries& dicts,
                          std::vector<LintFinding>& out, const std::string& severity) {
  for (const InputProblem& p : problems) {
    uint32_t file = kNone;
    for (uint32_t i = 0; i < dicts.files.size() && file == kNone; ++i)
      if (dicts.files[i] == p.file) file = i;
    if (file == kNone) file = dicts.add_file(p.file);
    out.push_back({severity, SourceRef{file, static_cast<uint32_t>(p.line)}, p.message});
  }
}

void sort_findings(const Dictionaries& dicts, std::vector<LintFinding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [&](const LintFinding& a, const LintFinding& b) {
    std::string_view fa = dicts.file_of(a.where), fb = dicts.file_of(b.where);
    if (fa != fb) return fa < fb;
    return a.where.line < b.where.line;
  });
}

std::string format_finding(const Dictionaries& dicts, const LintFinding& f) {
  std::string_view file = dicts.file_of(f.where);
  if (file.empty()) return fmt::format("{}: {}", f.severity, f.message);
  if (f.where.line == 0) return fmt::format("{}: {}: {}", file, f.severity, f.message);
  return fmt::format("{}:{}: {}: {}", file, f.where.line, f.severity, f.message);
}

}  // namespace vigil::lexicon
