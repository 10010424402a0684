#include "events/document_coder.h"

#include "coding/partnerless_consultations.h"
#include "coding/quotations.h"
#include "events/event_dates.h"
#include "events/event_roles.h"
#include "events/event_places.h"
#include "events/owed_acts.h"
#include "events/planned_acts.h"

#include <cctype>
#include "text/tokenizer.h"

namespace vigil::events {

const Sentence& Story::parsed(size_t i) {
  if (!parsed_[i] && annotator_) {
    annotator_->annotate(sentences_[i]);
    parsed_[i] = true;
    ++stats_->parsed;
  }
  return sentences_[i];
}

const lexicon::SentenceKeys& Story::keys(size_t i) {
  if (!encoded_[i]) {
    lexicon_->encode(parsed(i), keys_[i]);
    encoded_[i] = true;
  }
  return keys_[i];
}

const coding::DependencyView& Story::tree(size_t i) {
  if (!treed_[i]) {
    trees_[i].reset(parsed(i));
    treed_[i] = true;
  }
  return trees_[i];
}

namespace {

// The tag of a past-tense verb, whose lemma the pre-filter guesses for every word before any tagging.
int past_tense_tag(const parse::Model& model) {
  for (int t = 0; t < model.tags(); ++t)
    if (model.upos[t] == "VERB" && model.xpos[t] == "VBD") return t;
  return -1;
}

}  // namespace

DocumentCoder::DocumentCoder(const parse::Model& model, const lexicon::Lexicon& lexicon)
    : annotator_(model), coder_(lexicon), lexicon_(lexicon), model_(model), past_tag_(past_tense_tag(model)) {}

void DocumentCoder::guess_verb_lemmas(Sentence& s) {
  // "met", "fought", "struck": the pre-filter reads lemmas, and irregular forms need the lemmatizer's exception
  // lists. Cheap (a few hash lookups a word); the tagger overwrites these guesses if the sentence is parsed.
  if (past_tag_ < 0) return;
  constexpr size_t kMaxGuesses = 1 << 16;  // bounds the memory a long run's vocabulary takes
  for (Word& w : s.words) {
    if (w.form.empty() || !std::islower(static_cast<unsigned char>(w.form[0]))) continue;
    if (uint32_t known = guessed_forms_.find(w.form); known != lexicon::kUnknownWord) {
      w.lemma = guessed_lemmas_[known];
      continue;
    }
    parse::lemmatize(model_, w.form, past_tag_, w.lemma, lemma_scratch_);
    if (guessed_lemmas_.size() >= kMaxGuesses) {
      guessed_forms_ = lexicon::WordTable();
      guessed_lemmas_.clear();
    }
    guessed_forms_.intern(w.form);
    guessed_lemmas_.push_back(w.lemma);
  }
}

void DocumentCoder::begin_story(const Document& doc, std::vector<Sentence> sentences, bool parsed) {
  story_.doc_ = &doc;
  story_.sentences_ = std::move(sentences);
  story_.parsed_.assign(story_.sentences_.size(), parsed);
  story_.annotator_ = parsed ? nullptr : &annotator_;  // pre-parsed input has no model to parse with
  story_.stats_ = &stats_;
  story_.lexicon_ = &lexicon_;
  story_.keys_.resize(story_.sentences_.size());  // their buffers reused from story to story
  story_.encoded_.assign(story_.sentences_.size(), false);
  if (story_.trees_.size() < story_.sentences_.size()) story_.trees_.resize(story_.sentences_.size());
  story_.treed_.assign(story_.sentences_.size(), false);
}

void DocumentCoder::code(const Document& doc, std::vector<coding::Event>& out) {
  ++stats_.documents;
  begin_story(doc, tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = sentence_model_}),
              false);
  stats_.sentences += story_.size();
  coder_.start_document(doc);
  // Story discards anywhere in the story void all of it, so look at every sentence before coding any.
  std::vector<bool> candidate(story_.size()), names_actor(story_.size()), names_person(story_.size());
  for (Sentence& s : story_.sentences_) guess_verb_lemmas(s);
  // For each sentence, the other sentence that names who speaks the quotation it stands in, or -1.
  const std::vector<int> reporters = coding::quotation_reporters(doc, story_.sentences_);
  // The sentences naming a speaker whose quoted "we" or "I" a sentence that may hold an event needs.
  std::vector<bool> reports_quote(story_.size());
  for (size_t i = 0; i < story_.size(); ++i) {
    coder_.set_quote_reporter(reporters[i]);
    candidate[i] = coder_.may_hold_event(story_.sentences_[i]);
    names_actor[i] = coder_.names_actor();
    names_person[i] = coder_.names_person();
    // The forms' ids stay right once the sentence is parsed; its lemmas will not (the tagger replaces the guesses).
    if (candidate[i]) story_.keys_[i].forms = coder_.keys().forms;
    if (candidate[i] && reporters[i] >= 0 && coding::has_first_person(story_.sentences_[i]))
      reports_quote[reporters[i]] = true;
  }
  coder_.set_quote_reporter(-1);
  if (coder_.story_discarded()) return;
  size_t before = out.size();
  size_t last_candidate = 0;
  for (size_t i = 0; i < story_.size(); ++i)
    if (candidate[i]) last_candidate = i;
  for (size_t i = 0; i < story_.size(); ++i) {
    if (!candidate[i]) {
      // Codes nothing, but what it names (a party's country, a person, a quotation's speaker) later sentences may
      // need.
      if ((names_actor[i] && i < last_candidate) || reports_quote[i]) {
        coder_.set_quote_reporter(reporters[i]);
        coder_.note_mentions(story_.parsed(i), static_cast<int>(i), names_person[i]);
      }
      continue;
    }
    note_speaker_ahead(static_cast<int>(i), reporters, reports_quote);
    coder_.set_quote_reporter(reporters[i]);
    coder_.code_sentence(story_.parsed(i), static_cast<int>(i), story_.keys_[i].forms, out);
    story_.keys_[i].lemmas = coder_.keys().lemmas;
    story_.encoded_[i] = true;
  }
  close_story(doc, out, before);
}

void DocumentCoder::code_parsed(const Document& doc, const std::vector<Sentence>& parsed,
                                std::vector<coding::Event>& out) {
  ++stats_.documents;
  begin_story(doc, parsed, true);
  stats_.sentences += parsed.size();
  coder_.start_document(doc);
  size_t before = out.size();
  const std::vector<int> reporters = coding::quotation_reporters(doc, parsed);  // as in code()
  std::vector<bool> reports_quote(parsed.size());  // as in code(), without the pre-filter's verdict
  for (size_t i = 0; i < parsed.size(); ++i)
    if (reporters[i] >= 0 && coding::has_first_person(parsed[i])) reports_quote[reporters[i]] = true;
  for (size_t i = 0; i < parsed.size(); ++i) {
    coder_.set_quote_reporter(reporters[i]);
    if (!coder_.may_hold_event(parsed[i])) {
      if (coder_.names_actor() || reports_quote[i])
        coder_.note_mentions(parsed[i], static_cast<int>(i), coder_.names_person());
      continue;
    }
    note_speaker_ahead(static_cast<int>(i), reporters, reports_quote);
    coder_.set_quote_reporter(reporters[i]);
    ++stats_.parsed;
    coder_.code_sentence(parsed[i], static_cast<int>(i), out);
  }
  close_story(doc, out, before);
}

std::vector<bool> DocumentCoder::label(const Document& doc, std::vector<coding::Event>& given) {
  begin_story(doc, tokenize_document(doc, TokenizeOptions{.sentence_comments = false, .sentence_model = sentence_model_}),
              false);
  std::vector<bool> placed(given.size(), false);
  std::vector<coding::Event> known;
  std::vector<size_t> where;
  for (size_t k = 0; k < given.size(); ++k) {
    coding::Event& e = given[k];
    const Span span = e.evidence.verb_span;
    for (size_t i = 0; i < story_.size() && !placed[k]; ++i) {
      if (span.begin < story_.sentences_[i].span.begin || span.begin >= story_.sentences_[i].span.end) continue;
      const Sentence& s = story_.parsed(i);
      // The event word: of the words inside the span, the one whose head lies outside it ("have entered" ->
      // "entered", "take part" -> "take").
      int in_span = 0;
      for (size_t w = 0; w < s.words.size(); ++w) {
        const Word& word = s.words[w];
        if (word.span.begin < span.begin || word.span.end > span.end) continue;
        int head = word.head;
        bool head_inside = head > 0 && s.words[head - 1].span.begin >= span.begin && s.words[head - 1].span.end <= span.end;
        if (!in_span || !head_inside) in_span = static_cast<int>(w) + 1;
        if (!head_inside) break;
      }
      if (!in_span) break;
      e.sentence = static_cast<int>(i);
      e.verb_word = in_span;
      e.evidence.text = std::string(doc.slice(s.span));
      e.evidence.verb = std::string(doc.slice(span));
      if (e.date.empty() && !doc.published.empty()) {
        e.date = doc.published;
        e.date_precision = "day";
        e.date_basis = "published";
      }
      placed[k] = true;
    }
    if (placed[k]) {
      known.push_back(e);
      where.push_back(k);
    }
  }
  finish_story(known, 0);
  for (size_t j = 0; j < known.size(); ++j) given[where[j]] = std::move(known[j]);
  return placed;
}

void DocumentCoder::note_speaker_ahead(int i, const std::vector<int>& reporters,
                                      const std::vector<bool>& reports_quote) {
  // A quotation whose speaker is named after it: that sentence's mentions first.
  const int r = reporters[i];
  if (r <= i || !reports_quote[r]) return;
  coder_.set_quote_reporter(reporters[r]);
  coder_.note_mentions(story_.parsed(r), r);
}

void DocumentCoder::close_story(const Document& doc, std::vector<coding::Event>& out, size_t before) {
  coder_.set_quote_reporter(-1);
  finish_story(out, before);
  if (modality_) {
    mark_consultations_ahead(out, before, doc.published);
    recode_planned_acts(out, before);
    recode_owed_acts(out, before);
  }
  coding::drop_partnerless(out, before);
  stats_.events += out.size() - before;
}

void DocumentCoder::finish_story(std::vector<coding::Event>& out, size_t first) {
  // Story-level passes, in order. Each reads the story and edits the events [first, out.size()).
  if (modality_) modality_->run(story_, out, first);
  date_events(story_, out, first, date_order_);
  recode_roles_on_event_dates(lexicon_.dicts(), story_.doc().published, out, first);
  if (gazetteer_) place_events(story_, out, first, *gazetteer_);
}

}  // namespace vigil::events
