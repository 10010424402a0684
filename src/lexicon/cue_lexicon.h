// Cue words for modality, attribution and confirmation (dicts/cues/*.txt): which words make an event hedged,
// negated, intended, demanded or conditional, which verbs report speech, which nouns name an outlet, an anonymous
// source or an official body, and which verbs confirm or deny a report. Format: docs/dictionary-format.md, "Cues".
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/input_error.h"

namespace vigil::lexicon {

enum class CueClass : uint8_t {
  negation,            // "not", "never", "no longer": the act does not happen
  hedge,               // "may", "reportedly": the act may have happened
  future,              // "will": the act is to come
  hypothetical,        // "would": conditional with a condition, otherwise intended
  condition,           // "if", "unless", "in the event of": the clause states a condition
  negating_governor,   // "refused to", "denied": the act below does not happen
  hedging_governor,    // "is considering", "accused X of": the act below may happen or have happened
  hedging_passive,     // "is believed to", "is said to": hedging only in the passive
  intending_governor,  // "plans to", "threatened to", "is set to": the act below is intended
  demanding_governor,  // "urged X to", "demanded that": the act below is demanded
  history,             // "since", "for decades": the act lasts from long ago
  speech,              // "said", "told", "reports": the subject is a source of what follows
  outlet_word,         // "newspaper", "Gazette": a name holding one is a news outlet
  anonymous_word,      // "sources", "anonymity", "witnesses": an unidentified source
  official_word,       // "ministry", "spokesperson": an official body
  confirm,             // "confirmed", "acknowledged": a later statement confirms
  deny,                // "denied", "refuted": a later statement denies
  deny_report,         // "dismissed", "rejected", "baseless": a denial only of a report or claim ("rejected the
                       // charge"), not of a committee or a treaty
  no_comment,          // "comment", "respond": with a negation, a statement leaves the event unconfirmed
  event_reference,     // "the report", "the claim": a noun that points back to a reported event
  accusation_reference,  // "the charges", "any role": denied, the denier denies an act of its own
  proposal,            // "the demand", "the offer": turned down, it is rejected (12x), not denied as untrue
  preventing_governor,  // "blocked a trip", "prevented from boarding": the act below (even an object) never happens
  planned_modifier,     // "upcoming", "planned", "next": on an event noun, the act is still to come
  ahead_of,             // "ahead of", "on the eve of": before an event noun, the act is still to come
  obligation,           // "must", "should" on the event word: someone says the act is owed, a demand
  clearing_governor,    // "acquitted X of", "absolved X of": the act below was not done, a court or a body finds
  ceasing_governor,     // "stopped allowing", "ceased cooperating": the gerund it takes no longer happens
  negating_marker,      // "instead of", "rather than": the clause it opens names an act not done
  scheduling_governor,  // "scheduled talks", "would bring forward a meeting": the event noun it takes is still ahead
  count_
};

std::string_view cue_class_name(CueClass c);

struct Cue {
  std::vector<std::string> words;  // folded, lower case
  std::string file;
  uint64_t line = 0;
};

class CueLexicon {
 public:
  // Whether the word (lemma or form, any case) is a one-word cue of the class.
  bool is(CueClass c, std::string_view word) const;
  // The cues of a class (for phrases of several words).
  const std::vector<Cue>& cues(CueClass c) const { return cues_[static_cast<size_t>(c)]; }
  // The cues of a class whose first or last word is `folded` (indices into cues(c), increasing): a word's cues
  // without a scan of the whole class.
  const std::vector<uint32_t>& cues_with_end_word(CueClass c, std::string_view folded) const;
  // The classes (bit 1 << class) with a cue whose first or last word is `folded`: one lookup tells a word that can
  // be no cue of several classes from the rest.
  uint32_t classes_with_end_word(std::string_view folded) const;
  static constexpr uint32_t bit(CueClass c) { return 1u << static_cast<uint32_t>(c); }
  size_t size() const;

  // Reads cue lines from `text` (named `file` in problems), appending every malformed line to `problems`.
  void add_text(std::string_view text, const std::string& file, std::vector<InputProblem>& problems);

 private:
  void index_end_words();
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using EndWordIndex = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  std::vector<Cue> cues_[static_cast<size_t>(CueClass::count_)];
  EndWordIndex end_words_[static_cast<size_t>(CueClass::count_)];
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> end_word_classes_;
  static_assert(static_cast<size_t>(CueClass::count_) <= 32, "a class is a bit of classes_with_end_word");
};

// Reads one cue file, or every *.txt of a folder in name order. Throws DictionaryErrors (an InputError) listing
// every malformed line as file:line: problem.
CueLexicon load_cues(const std::string& path);

}  // namespace vigil::lexicon
