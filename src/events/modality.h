// Story-level passes that say on whose word an event stands and how firmly: modality (asserted, negated, hedged,
// conditional, intended, demanded, historical) from the dependency tree and the cue lexicon; the attribution chain
// (the outlet, cited outlets, named, official and anonymous sources, the actor itself); confirmation (reported,
// unconfirmed, confirmed, denied) from later statements in the story; and the quotes of the story with their speakers.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "coding/mentions.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/lexicon.h"

namespace vigil::events {

class Story;

// A direct quotation and who said it.
struct Quote {
  std::string doc;
  int sentence = 0;  // the sentence where the quote ends
  std::string text;  // the quoted words, without the quote marks
  Span span;         // bytes of the quoted words
  std::optional<coding::AttributionLink> speaker;
};

// The modality of the event word `verb` (1-based) of a parsed sentence. `published_year` (0 when unknown) tells
// far-back years from recent ones. `why` receives the words that decided it ("would ... if", "refused to").
// `negation_in_code`: the event's code already says the verb's own "not" ("did not rule out" => 138), which then
// negates nothing.
std::string event_modality(const coding::DependencyView& tree, int verb, const lexicon::CueLexicon& cues,
                           int published_year, std::string& why, bool negation_in_code = false);

// One story's analysis: fills modality, attribution and confirmation of the events [first, out.size()) and
// collects the story's quotes.
class ModalityPass {
 public:
  ModalityPass(const lexicon::Lexicon& lex, const lexicon::CueLexicon& cues);
  ~ModalityPass();
  // The beginning of a confirmation or denial cue's first word (modality_pass.cpp).
  struct CueStart;
  void run(Story& story, std::vector<coding::Event>& out, size_t first);
  const std::vector<Quote>& quotes() const { return quotes_; }
  // Whether the caller reads quotes(). When it does not, a story with no events is passed over: without events the
  // pass has nothing to fill, and its parses and mentions would be made for nothing.
  void set_quotes_wanted(bool wanted) { quotes_wanted_ = wanted; }

 private:
  struct SentenceView;
  SentenceView& view(Story& story, size_t i);
  std::vector<coding::AttributionLink> sources_of(Story& story, size_t sentence, int verb,
                                                  const coding::Event* e, std::string& why);
  coding::AttributionLink link_for(Story& story, size_t sentence, int np, const coding::Event* e);
  // The same for the words [lo, hi] with head `np`.
  coding::AttributionLink link_range(Story& story, size_t sentence, int lo, int hi, int np, const coding::Event* e);
  // A sentence-final credit after word `after` ("..., Global News reports."): returns the verb of speech (or 0) and
  // sets the source's words [lo, hi] and head.
  int trailing_credit(const coding::DependencyView& t, int after, int& lo, int& hi, int& head, int* cite = nullptr) const;
  void confirmations(Story& story, std::vector<coding::Event>& out, size_t first);
  void find_quotes(Story& story);

  const lexicon::Lexicon& lex_;
  const lexicon::CueLexicon& cues_;
  std::vector<CueStart> confirmation_starts_;  // made once from cues_
  std::vector<SentenceView*> views_;
  std::vector<std::unique_ptr<SentenceView>> owned_;
  std::vector<Quote> quotes_;
  std::vector<std::pair<size_t, int>> quote_speakers_;  // sentence and word of each quote's speaker (0: none)
  std::vector<coding::AttributionLink> cited_outlets_;  // outlets the story has cited so far
  std::vector<coding::AttributionLink> named_;           // links by code, for pronoun speakers
  bool anonymity_hint_ = false;                          // the verb of speech says "on condition of anonymity"
  bool quotes_wanted_ = true;
};

}  // namespace vigil::events
