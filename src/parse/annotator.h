// Runtime annotation: tags, lemmas, features, heads and labels for the words of a sentence, from a loaded model.
// An Annotator keeps its buffers between sentences, so annotating allocates nothing per word beyond the strings it
// writes into the sentence. One Annotator per thread; the Model can be shared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/beam.h"
#include "parse/features.h"
#include "parse/model.h"
#include "text/sentence.h"

namespace vigil::parse {

// Special word and tag values for positions outside the sentence.
inline constexpr uint64_t kRootWord = 0x3333333333333333ULL;
inline constexpr uint64_t kNoneWord = 0x4444444444444444ULL;
inline uint32_t none_tag(int tags) { return static_cast<uint32_t>(tags); }
inline uint32_t root_tag(int tags) { return static_cast<uint32_t>(tags + 1); }
inline uint32_t start_tag(int tags, int k) { return static_cast<uint32_t>(tags + 2 + k); }

// The lemma of `form` tagged `tag` (written to `out`).
void lemmatize(const Model& model, std::string_view form, int tag, std::string& out, std::string& scratch);
// The same when the caller has the form's word key already (word_key of the normalised form: the tagger's
// Tok::lower), which spares normalising and hashing the form again.
void lemmatize(const Model& model, std::string_view form, uint64_t word, int tag, std::string& out,
               std::string& scratch);
// Applies a lemma edit to a base form.
void apply_edit(const LemmaEdit& edit, std::string_view base, std::string& out);
// The FEATS value of `form` tagged `tag`.
const std::string& word_feats(const Model& model, std::string_view form, int tag, std::string& scratch);
// The same by the form's word key (as for lemmatize).
const std::string& word_feats(const Model& model, uint64_t word, int tag);

// Keys of the lexicons (shared with the trainer).
inline uint64_t lemma_known_key(uint64_t word, int tag) { return Key(300)(word)(static_cast<uint64_t>(tag)).done(); }
inline uint64_t lemma_exception_key(int wn_pos, std::string_view lower) {
  return Key(301)(static_cast<uint64_t>(wn_pos))(hash_bytes(lower, 3)).done();
}
inline uint64_t lemma_rule_key(int tag, size_t k, std::string_view suffix) {
  return Key(302)(static_cast<uint64_t>(tag))(k)(hash_bytes(suffix, 4)).done();
}
inline uint64_t lemma_lexicon_key(int wn_pos, std::string_view lemma) {
  return Key(303)(static_cast<uint64_t>(wn_pos))(hash_bytes(lemma, 5)).done();
}
inline uint64_t feats_key(uint64_t word, int tag) { return Key(310)(word)(static_cast<uint64_t>(tag)).done(); }

class Annotator {
 public:
  explicit Annotator(const Model& model);
  // Fills LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of every word and clears DEPS.
  void annotate(Sentence& sentence);

  // The steps on their own (words as forms); results stay in the annotator until the next call.
  void tag(const std::vector<std::string_view>& forms);
  void parse();  // after tag(): heads (and arc labels), with the model's beam width (see set_beam)
  void label();  // after parse(): labels
  // Parser states kept while parsing (1: greedy); the model's own width until set.
  void set_beam(int width) { beam_width_ = std::max(1, width); }
  int beam() const { return beam_width_; }
  const std::vector<int>& tags() const { return tags_; }
  const std::vector<int>& heads() const { return heads_; }  // index 1..n
  const std::vector<int>& labels() const { return labels_out_; }  // index 1..n

 private:
  // A news sentence has a finite verb. When the tagger found none, the likeliest participle that follows a noun and
  // precedes an object ("police detained/VBN dozens") is read as the past tense it nearly always is there; in a
  // sentence ending in a full stop, failing that, one with no object but no by-agent either.
  void prefer_finite_verb(const std::vector<std::string_view>& forms);
  // Gives a word a repair retagged the tag's lemma ("Expressing" read as an adjective, now VERB VBG: "express").
  void relemmatize_as(Word& w, std::string_view upos, std::string_view xpos);
  void verb_from_noun(const std::vector<std::string_view>& forms, int end);
  // "sentenced a Muslim militant to three years", "Nguyen, a 25-year-old Australian, was", "the rebels' offensive
  // against": after "a", "an" or a possessor, the last of a run of adjectives with no noun after it heads the
  // phrase, so it is a noun the tagger read as an adjective (NN, or NNP when capitalised).
  void noun_after_article(const std::vector<std::string_view>& forms);
  // "the daily said", "China Daily reported": "daily", "weekly" or "monthly" read as an adverb between a
  // determiner, adjective or noun and a finite verb is the newspaper (NN, or NNP when capitalised).
  void periodical_nouns(const std::vector<std::string_view>& forms);
  // The arc labeler's label for a new arc h -> d (the root's dependent is labelled root).
  int label_arc(const ArcEagerState& st, const ParseWords& pw, int h, int d);
  void greedy_parse(const ParseWords& pw);
  // Leaves the best-scoring final state of a beam search in state_.
  void parse_beam(const ParseWords& pw);
  const Model& m_;
  int n_ = 0;
  std::string scratch_, scratch2_, lemma_;
  std::vector<Tok> toks_;
  std::vector<int> tags_, first_;
  std::vector<uint64_t> word_keys_;  // per word: the first tagging pass's kTagFeatures keys, for the second pass
  std::vector<int32_t> margin_;  // per word: the score of VBN minus that of VBD in the last tagging pass
  std::vector<int32_t> behind_;  // per word: how far VBD's score is behind the chosen tag's in the last pass
  enum : uint8_t { kFiniteTag = 1, kNominalTag = 2, kObjectStartTag = 4 };
  std::vector<uint8_t> role_;  // per tag: kFiniteTag | kNominalTag | kObjectStartTag
  int vbd_ = -1, vbn_ = -1, vbz_ = -1, vbp_ = -1;  // the tags (VERB, VBD), (VERB, VBN), (VERB, VBZ), (VERB, VBP)
  int jj_ = -1, nn_ = -1, nnp_ = -1;                // the tags (ADJ, JJ), (NOUN, NN), (PROPN, NNP)
  std::vector<uint64_t> words_;
  std::vector<uint32_t> ptags_;
  std::vector<uint64_t> suffix_;
  std::vector<uint8_t> closed_;
  std::vector<uint8_t> kinds_;  // per tag (tag_kinds)
  std::vector<int> punct_upto_, verb_upto_;
  std::vector<int32_t> scores_;
  uint64_t keys_[128];
  ArcEagerState state_;
  int beam_width_ = 1;
  std::vector<BeamItem> beam_, next_beam_;
  std::vector<BeamCandidate> candidates_;
  std::vector<int> heads_, head_ext_;
  std::vector<std::string_view> forms_;
  std::vector<int> child_start_, children_, fill_, order_;
  std::vector<int> labels_, labels_out_;
};

}  // namespace vigil::parse
