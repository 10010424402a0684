#include "lexicon/lexicon.h"

#include <algorithm>

#include "lexicon/fold.h"

namespace vigil::lexicon {

std::vector<uint32_t> Lexicon::ids(const Phrase& p) {
  std::vector<uint32_t> out;
  out.reserve(p.words.size());
  for (const std::string& w : p.words) out.push_back(words_.intern(w));
  return out;
}

Lexicon::Lexicon(Dictionaries dicts) : dicts_(std::move(dicts)) {
  const Dictionaries& d = dicts_;
  PhraseMatcher::Builder actors, agents, discards, synsets;
  for (uint32_t i = 0; i < d.actor_phrases.size(); ++i) {
    const Phrase& p = d.actor_phrases[i].phrase;
    actors.add(ids(p), i);
    if (std::find(p.gap_after.begin(), p.gap_after.end(), true) != p.gap_after.end())
      gapped_.push_back(GappedPhrase{ids(p), p.gap_after, i});
  }
  for (uint32_t p = 0; p < d.actor_phrases.size() && united_states_phrase_ == kNone; ++p) {
    const ActorPhrase& ap = d.actor_phrases[p];
    if (ap.role == PhraseRole::kName && ap.actor != kNone && d.actors[ap.actor].name == "United States" &&
        d.actors[ap.actor].format == DictFormat::kVigil)
      united_states_phrase_ = p;
  }
  for (uint32_t i = 0; i < d.agent_phrases.size(); ++i) agents.add(ids(d.agent_phrases[i].phrase), i);
  for (uint32_t i = 0; i < d.discards.size(); ++i) discards.add(ids(d.discards[i].phrase), i);
  for (uint32_t i = 0; i < d.synsets.size(); ++i)
    for (const Phrase& m : d.synsets[i].members) synsets.add(ids(m), i);
  actors_ = std::move(actors).build();
  agents_ = std::move(agents).build();
  discards_ = std::move(discards).build();
  synsets_ = std::move(synsets).build();

  // Pattern words get ids too, kept in the patterns, so a coder compares ids without looking words up.
  for (VerbPattern& p : dicts_.patterns) {
    for (DepConstraint& c : p.constraints) {
      c.filler.lemma_ids.clear();
      for (const auto& alt : c.filler.lemmas) {
        std::vector<uint32_t>& ids = c.filler.lemma_ids.emplace_back();
        for (const std::string& w : alt) ids.push_back(words_.intern(w));
      }
    }
    for (LinearElement& e : p.elements)
      if (e.kind == LinearKind::kWord) e.word_id = words_.intern(e.word);
  }

  // Verb index: (word id, verb) pairs grouped by word, CSR style.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t v = 0; v < d.verbs.size(); ++v) {
    const Verb& verb = d.verbs[v];
    for (const std::string& w : verb.words) words_.intern(w);
    pairs.push_back({words_.intern(verb.words[verb.head]), v});
    for (const std::string& f : verb.forms) pairs.push_back({words_.intern(f), v});
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  verb_offsets_.assign(words_.size() + 1, 0);
  for (const auto& [w, v] : pairs) ++verb_offsets_[w + 1];
  for (size_t i = 1; i < verb_offsets_.size(); ++i) verb_offsets_[i] += verb_offsets_[i - 1];
  for (const auto& [w, v] : pairs) verb_entries_.push_back(v);  // already sorted by word

  pattern_offsets_.push_back(0);
  for (const VerbGroup& g : d.groups) {
    std::vector<uint32_t> order = g.patterns;
    // A pattern that codes the verb's "not" comes before those that do not mention it: "will not negotiate with
    // terrorists" is a refusal (125), not a denied intent to meet (036 with the "not" left over). One that voids
    // the negated verb ("=> ---") keeps its place: a negated meeting stays a meeting, coded as negated.
    auto codes_negation = [&](uint32_t i) {
      const VerbPattern& p = d.patterns[i];
      return p.requires_negation() && !p.codes.code.empty() && p.codes.code != "---";
    };
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (codes_negation(a) != codes_negation(b)) return codes_negation(a);
      return d.patterns[a].size() > d.patterns[b].size();
    });
    pattern_entries_.insert(pattern_entries_.end(), order.begin(), order.end());
    pattern_offsets_.push_back(static_cast<uint32_t>(pattern_entries_.size()));
  }
  build_word_needs();
}

void Lexicon::build_word_needs() {
  const Dictionaries& d = dicts_;
  auto codes = [](const EventCodes& c) { return !c.code.empty() && c.code != "---"; };
  // First words of each synset's members.
  std::vector<std::vector<uint32_t>> synset_firsts(d.synsets.size());
  for (size_t s = 0; s < d.synsets.size(); ++s)
    for (const Phrase& m : d.synsets[s].members)
      if (!m.words.empty()) synset_firsts[s].push_back(words_.intern(m.words.front()));
  group_open_.assign(d.groups.size(), 0);
  group_needs_.assign(d.groups.size(), {});
  for (size_t g = 0; g < d.groups.size(); ++g) {
    const VerbGroup& group = d.groups[g];
    bool open = group.format != DictFormat::kVigil || codes(group.code);
    for (uint32_t v : group.verbs) open = open || codes(d.verbs[v].code);
    for (uint32_t pi : group.patterns) {
      const VerbPattern& p = d.patterns[pi];
      if (open || !codes(p.codes)) continue;
      WordNeeds needs;
      for (const DepConstraint& c : p.constraints) {
        if (c.negated) continue;
        if (c.role == DepRole::kPrep && !c.preposition.empty()) {
          std::string first = c.preposition.substr(0, c.preposition.find(' '));
          needs.all_of.push_back({words_.intern(first)});
        }
        const DepFiller& f = c.filler;
        if (f.any || f.slot != Slot::kNone) continue;
        std::vector<uint32_t> any_of;
        for (const auto& alt : f.lemmas)
          if (!alt.empty()) any_of.push_back(words_.intern(alt.front()));
        for (uint32_t s : f.synsets)
          if (s < synset_firsts.size()) any_of.insert(any_of.end(), synset_firsts[s].begin(), synset_firsts[s].end());
        if (!any_of.empty()) needs.all_of.push_back(std::move(any_of));
      }
      if (needs.all_of.empty()) open = true;
      else group_needs_[g].push_back(std::move(needs));
    }
    group_open_[g] = open;
    if (open) group_needs_[g].clear();
  }
}

bool Lexicon::could_code(uint32_t group, std::span<const uint32_t> present) const {
  if (group >= group_open_.size()) return false;
  if (group_open_[group]) return true;
  auto has = [&](uint32_t w) { return std::binary_search(present.begin(), present.end(), w); };
  for (const WordNeeds& n : group_needs_[group]) {
    bool all = true;
    for (const auto& any_of : n.all_of) {
      bool one = false;
      for (uint32_t w : any_of) one = one || has(w);
      all = all && one;
      if (!all) break;
    }
    if (all) return true;
  }
  return false;
}

uint32_t Lexicon::word_id(std::string_view text, std::string& scratch) const {
  fold_into(text, scratch);
  return words_.find(scratch);
}

void Lexicon::encode(const Sentence& sentence, SentenceKeys& keys) const {
  keys.forms.resize(sentence.words.size());
  for (size_t i = 0; i < sentence.words.size(); ++i) keys.forms[i] = word_id(sentence.words[i].form, keys.scratch);
  encode_lemmas(sentence, keys);
}

void Lexicon::encode_lemmas(const Sentence& sentence, SentenceKeys& keys) const {
  keys.lemmas.resize(sentence.words.size());
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    const Word& w = sentence.words[i];
    // A lemma that is the form itself ("the", "in", "talks") has the form's id: no second fold and lookup.
    keys.lemmas[i] = w.lemma.empty() || w.lemma == "_" ? kUnknownWord
                     : w.lemma == w.form                 ? keys.forms[i]
                                                         : word_id(w.lemma, keys.scratch);
  }
}

void Lexicon::encode(std::span<const std::string> tokens, SentenceKeys& keys) const {
  keys.forms.resize(tokens.size());
  keys.lemmas.assign(tokens.size(), kUnknownWord);
  for (size_t i = 0; i < tokens.size(); ++i) keys.forms[i] = word_id(tokens[i], keys.scratch);
}

std::span<const uint32_t> Lexicon::verbs_for(uint32_t word) const {
  if (word == kUnknownWord || word + 1 >= verb_offsets_.size()) return {};
  return {verb_entries_.data() + verb_offsets_[word], verb_offsets_[word + 1] - verb_offsets_[word]};
}

std::span<const uint32_t> Lexicon::patterns_of(uint32_t group) const {
  if (group + 1 >= pattern_offsets_.size()) return {};
  return {pattern_entries_.data() + pattern_offsets_[group], pattern_offsets_[group + 1] - pattern_offsets_[group]};
}

bool Lexicon::in_synset(uint32_t s, std::span<const uint32_t> words) const {
  auto m = synsets_.longest(words, 0);
  if (m.length != words.size()) return false;
  return std::find(m.values.begin(), m.values.end(), s) != m.values.end();
}

bool Lexicon::has_actor_phrase(const SentenceKeys& keys) const {
  for (size_t i = 0; i < keys.forms.size(); ++i)
    if (actors_.starts_with(keys.forms[i]) && actors_.longest(keys.forms, i)) return true;
  for (size_t i = 0; i < keys.forms.size(); ++i) {
    bool found = false;
    for_each_gapped_actor(keys.forms, i, [&](size_t, std::span<const uint32_t>) { return found = true; });
    if (found) return true;
  }
  return false;
}

bool Lexicon::has_verb(const SentenceKeys& keys) const {
  for (size_t i = 0; i < keys.forms.size(); ++i)
    if (!verbs_for(keys.forms[i]).empty() || (i < keys.lemmas.size() && !verbs_for(keys.lemmas[i]).empty()))
      return true;
  return false;
}

}  // namespace vigil::lexicon
