// The compiled lexicon: dictionaries frozen into matchers for the coder's hot path.
//
// Usage, per sentence:
//   SentenceKeys keys;                   // reuse across sentences: no allocation once warmed up
//   lex.encode(sentence, keys);          // one fold + hash lookup per word
//   if (!lex.has_actor_phrase(keys) && !lex.has_verb(keys)) skip;
//   auto m = lex.actors().longest(keys.forms, i);   // ActorPhrase indices in m.values
//   for (uint32_t v : lex.verbs_for(keys.lemmas[i])) ...  // Verb indices
//   for (uint32_t p : lex.patterns_of(group)) ...  // most specific pattern first
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/dictionary.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/word_table.h"
#include "text/sentence.h"

namespace vigil::lexicon {

// A sentence as word ids, index i = word i+1 of the Sentence. kUnknownWord for words no dictionary mentions.
struct SentenceKeys {
  std::vector<uint32_t> forms;
  std::vector<uint32_t> lemmas;  // kUnknownWord where the sentence has no lemma
  std::string scratch;           // folding buffer
};

class Lexicon {
 public:
  explicit Lexicon(Dictionaries dicts);
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;

  const Dictionaries& dicts() const { return dicts_; }
  const WordTable& words() const { return words_; }
  // The id of a word as written (folded here), or kUnknownWord.
  uint32_t word_id(std::string_view text, std::string& scratch) const;

  void encode(const Sentence& sentence, SentenceKeys& keys) const;
  // Only the lemmas, for `keys.forms` encoded from this sentence's forms already (by the pre-filter, before the
  // tagger gave the sentence its lemmas): forms do not change when a sentence is parsed.
  void encode_lemmas(const Sentence& sentence, SentenceKeys& keys) const;
  // The same for bare tokens (forms only; lemmas left unknown).
  void encode(std::span<const std::string> tokens, SentenceKeys& keys) const;

  const PhraseMatcher& actors() const { return actors_; }      // values: indices into dicts().actor_phrases
  const PhraseMatcher& agents() const { return agents_; }      // values: indices into dicts().agent_phrases
  const PhraseMatcher& discards() const { return discards_; }  // values: indices into dicts().discards
  const PhraseMatcher& synsets() const { return synsets_; }    // values: indices into dicts().synsets

  // Actor phrases whose source lets other words come between two of their words (PETRARCH's blank connector:
  // "ITHILEN TELEVISION" also names "Ithilen state-run television"). Their consecutive form is in actors() as well.
  // Calls accept(length, values) for each occurrence starting at token `start` with at least one word skipped,
  // each later word taken at its nearest occurrence first, until accept returns true (`values` holds the one
  // ActorPhrase index). Whether the skipped words may be skipped is the caller's to judge: it has the parse.
  template <class Accept>
  void for_each_gapped_actor(std::span<const uint32_t> forms, size_t start, Accept&& accept) const {
    if (start >= forms.size()) return;
    for (uint32_t g = 0; g < gapped_.size(); ++g)
      if (gapped_[g].words[0] == forms[start] &&
          gapped_from(g, forms, 1, start, false, [&](size_t last) {
            return accept(last - start + 1, std::span<const uint32_t>(&gapped_[g].phrase, 1));
          }))
        return;
  }

  // Verbs (indices into dicts().verbs) whose head word has lemma or listed form `word`.
  std::span<const uint32_t> verbs_for(uint32_t word) const;
  // The patterns of a group, most specific first (more constraints or elements), ties in file order.
  std::span<const uint32_t> patterns_of(uint32_t group) const;
  // Whether the exact word sequence is a member of synset `s`.
  bool in_synset(uint32_t s, std::span<const uint32_t> words) const;

  // Pre-filters: any actor phrase anywhere in the sentence; any word that is a dictionary verb (form or lemma).
  bool has_actor_phrase(const SentenceKeys& keys) const;
  bool has_verb(const SentenceKeys& keys) const;
  // Whether verb group `group` could code an event in a sentence holding the words `present` (sorted ids), judging
  // by words alone: it has a code of its own, or one of its coding patterns finds every word it asks for ("said"
  // codes only with "entail", "regret", "nothing", ...; "held" only with "talks", "meeting", ...). Linear
  // (PETRARCH) groups always could.
  bool could_code(uint32_t group, std::span<const uint32_t> present) const;

  // The name phrase (index into dicts().actor_phrases) of vigil's "United States", or kNone without vigil's
  // country dictionary: found once at load, for "US" in capitals, which the case-blind phrase matcher cannot list.
  uint32_t united_states_phrase() const { return united_states_phrase_; }

  // "file:line" of an entry, for evidence and explain.
  std::string where(SourceRef ref) const { return dicts_.where(ref); }

 private:
  std::vector<uint32_t> ids(const Phrase& p);

  struct GappedPhrase {
    std::vector<uint32_t> words;
    std::vector<bool> gap_after;
    uint32_t phrase = kNone;  // ActorPhrase index
  };
  std::vector<GappedPhrase> gapped_;
  // Matches word k on of gapped phrase g, word k-1 having matched token `at`; calls done(last token) on success.
  template <class Done>
  bool gapped_from(uint32_t g, std::span<const uint32_t> forms, size_t k, size_t at, bool skipped, Done&& done) const {
    const GappedPhrase& p = gapped_[g];
    if (k == p.words.size()) return skipped && done(at);
    size_t end = p.gap_after[k - 1] ? forms.size() : std::min(forms.size(), at + 2);
    for (size_t j = at + 1; j < end; ++j)
      if (forms[j] == p.words[k] && gapped_from(g, forms, k + 1, j, skipped || j > at + 1, done)) return true;
    return false;
  }

  Dictionaries dicts_;
  WordTable words_;
  PhraseMatcher actors_, agents_, discards_, synsets_;
  std::vector<uint32_t> verb_offsets_, verb_entries_;        // by word id
  std::vector<uint32_t> pattern_offsets_, pattern_entries_;  // by group
  // For could_code: per group, whether it codes without any particular word; else, per coding pattern, the words
  // it needs (one of each list).
  struct WordNeeds {
    std::vector<std::vector<uint32_t>> all_of;
  };
  uint32_t united_states_phrase_ = kNone;
  std::vector<uint8_t> group_open_;
  std::vector<std::vector<WordNeeds>> group_needs_;
  void build_word_needs();
};

}  // namespace vigil::lexicon
