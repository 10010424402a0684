// The whole coding pipeline for one document: sentences and tokens, a cheap pre-filter, tagging and parsing of the
// sentences that can hold an event, event coding, then the story-level passes that fill in what one sentence cannot
// tell (modality, attribution, confirmation, dates, places). One DocumentCoder per thread; the model and the lexicon
// are shared and read-only.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "coding/event_coder.h"
#include "events/modality.h"
#include "events/temporal_expressions.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/word_table.h"
#include "parse/annotator.h"
#include "parse/model.h"
#include "text/sentence_model.h"

namespace vigil::events {

struct CodingStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;
  uint64_t parsed = 0;  // sentences that passed the pre-filter (or a story pass asked for)
  uint64_t events = 0;
};

// The document being coded, as the story-level passes see it: every sentence, parsed on demand (the pre-filter
// parses only sentences that may hold an event; a later "officials have not confirmed the deployment" may not).
class Story {
 public:
  const Document& doc() const { return *doc_; }
  size_t size() const { return sentences_.size(); }
  // The sentence with tags, lemmas and dependencies (parsing it now if the pre-filter skipped it).
  const Sentence& parsed(size_t i);
  // The sentence as tokenized, parsed or not.
  const Sentence& tokens(size_t i) const { return sentences_[i]; }
  // The word ids of the parsed sentence: kept from coding it, or encoded now (parsing it first if need be).
  const lexicon::SentenceKeys& keys(size_t i);
  // The dependency view of the parsed sentence, built once for all the story passes that read it.
  const coding::DependencyView& tree(size_t i);

 private:
  friend class DocumentCoder;
  const Document* doc_ = nullptr;
  std::vector<Sentence> sentences_;
  std::vector<bool> parsed_;
  // Word ids per sentence, each valid once its flag is set (the pre-filter leaves the forms of the sentences it
  // passes in `keys_` for the coder; the coder leaves forms and lemmas).
  std::vector<lexicon::SentenceKeys> keys_;
  std::vector<bool> encoded_;
  // Views per sentence, each valid once its flag is set (their buffers reused from story to story).
  std::vector<coding::DependencyView> trees_;
  std::vector<bool> treed_;
  const lexicon::Lexicon* lexicon_ = nullptr;
  parse::Annotator* annotator_ = nullptr;  // null for pre-parsed input
  CodingStats* stats_ = nullptr;
};

class DocumentCoder {
 public:
  DocumentCoder(const parse::Model& model, const lexicon::Lexicon& lexicon);
  // Codes every sentence of `doc`, appending events in sentence order.
  void code(const Document& doc, std::vector<coding::Event>& out);
  // Codes already parsed sentences (CoNLL-U input) of a document.
  void code_parsed(const Document& doc, const std::vector<Sentence>& parsed, std::vector<coding::Event>& out);
  // Events coded elsewhere (by hand, or by another coder) get what the story tells of them: modality, attribution,
  // confirmation, date and place. Each event needs its source and target codes, its CAMEO code and
  // `evidence.verb_span` (the event word's bytes in `doc`); its sentence and event word are found from the span.
  // Returns false (leaving the fields empty) for an event whose span lies in no sentence.
  std::vector<bool> label(const Document& doc, std::vector<coding::Event>& given);
  const CodingStats& stats() const { return stats_; }
  // Cue words for modality, attribution and confirmation (dicts/cues); without them those fields stay null.
  void set_cues(const lexicon::CueLexicon& cues) {
    modality_ = std::make_unique<ModalityPass>(lexicon_, cues);
    modality_->set_quotes_wanted(quotes_wanted_);
  }
  // The quotes of the last document coded (with cues set).
  const std::vector<Quote>& quotes() const { return modality_ ? modality_->quotes() : no_quotes_; }
  // Whether quotes() will be read (yes unless told): if not, stories that code no event skip the modality pass.
  void set_quotes_wanted(bool wanted) {
    quotes_wanted_ = wanted;
    if (modality_) modality_->set_quotes_wanted(wanted);
  }
  // The outlet's order of all-numeric dates ("9/1"); unknown leaves ambiguous ones unresolved.
  void set_date_order(DateOrder order) { date_order_ = order; }
  // The gazetteer for event places and for city and region names as actors; without one, events have no place and
  // only dictionary names are actors.
  void set_gazetteer(const lexicon::Gazetteer* g) {
    gazetteer_ = g;
    coder_.set_gazetteer(g);
  }
  // PETRARCH's run options for PETRARCH-format verbs (require_dyad, new_actor_length).
  void set_petrarch_options(const coding::PetrarchOptions& o) { coder_.set_petrarch_options(o); }
  // Sentence boundaries from a learned model (null: the rule-based splitter). The model must outlive the coder.
  void set_sentence_model(const SentenceModel* model) { sentence_model_ = model; }

 private:
  // Makes `doc` the story the passes read: its sentences, parsed already or to be parsed on demand.
  void begin_story(const Document& doc, std::vector<Sentence> sentences, bool parsed);
  // Runs the story-level passes over the events [first, out.size()) of the story just coded.
  void finish_story(std::vector<coding::Event>& out, size_t first);
  // finish_story, then the passes over a whole story's events that labelling given events skips.
  void close_story(const Document& doc, std::vector<coding::Event>& out, size_t before);
  // Notes the mentions of sentence i's quotation speaker when the speaker is named in a later sentence.
  void note_speaker_ahead(int i, const std::vector<int>& reporters, const std::vector<bool>& reports_quote);
  // Fills each lower-case word's lemma with the lemmatizer's guess for a past-tense verb, for the pre-filter.
  void guess_verb_lemmas(Sentence& s);

  parse::Annotator annotator_;
  coding::EventCoder coder_;
  const lexicon::Lexicon& lexicon_;
  Story story_;
  CodingStats stats_;
  std::unique_ptr<ModalityPass> modality_;
  std::vector<Quote> no_quotes_;
  bool quotes_wanted_ = true;
  DateOrder date_order_ = DateOrder::unknown;
  const lexicon::Gazetteer* gazetteer_ = nullptr;
  const SentenceModel* sentence_model_ = nullptr;
  const parse::Model& model_;
  int past_tag_ = -1;
  std::string lemma_scratch_;
  // The past-tense guesses made so far, by form: the same few thousand words recur from story to story, and a
  // lookup costs a tenth of the lemmatizer's (normalising, hashing, suffix rules, the WordNet repair). The forms are
  // interned in a word table; a form's id indexes its lemma.
  lexicon::WordTable guessed_forms_;
  std::vector<std::string> guessed_lemmas_;
};

}  // namespace vigil::events
