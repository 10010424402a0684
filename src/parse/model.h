// The parse model: tag set, labels, lemma and feature lexicons, and the tagger, parser and labeler weights, with
// the single-file binary format they are saved in.
//
// File layout (little-endian): "VIGILPRS", u32 format version, u32 reserved, u64 payload size, u64 payload hash,
// then the payload: JSON metadata (training data, licences, vigil version, scores, settings) and the tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "parse/binary_io.h"
#include "parse/linear.h"
#include "parse/u64map.h"

namespace vigil::parse {

inline constexpr uint32_t kModelFormatVersion = 3;  // 2: the arc labeler; 3: the lemma lexicon
inline constexpr char kModelMagic[8] = {'V', 'I', 'G', 'I', 'L', 'P', 'R', 'S'};
inline constexpr int kMaxBeam = 64;  // the widest parser beam accepted

// Lemmas are built by editing a base form (the word, or the word lower-cased, as the tag prefers): remove `strip`
// bytes from the end, then append `append`.
struct LemmaEdit {
  uint32_t strip = 0;
  std::string append;
  bool operator==(const LemmaEdit&) const = default;
};

// WordNet part of speech used to look up exception lists.
enum WordNetPos : uint8_t { kWnNone = 0, kWnNoun = 1, kWnVerb = 2, kWnAdj = 3, kWnAdv = 4 };

struct LemmaData {
  std::vector<uint8_t> lower_base;  // per tag: 1 = lemma built from the lower-cased word
  std::vector<uint8_t> wordnet_pos;  // per tag: WordNetPos
  std::vector<LemmaEdit> edits;
  U64Map known;       // (lower-cased word, tag) seen in training -> edit
  U64Map exceptions;  // (WordNet pos, lower-cased word) -> edit (from WordNet's *.exc)
  U64Map rules;       // (tag, suffix length, suffix of base) -> edit, learned from training words
  // (kWnVerb, lemma) -> 0 for the verb lemmas of WordNet's index.verb and verb.exc: a predicted verb lemma not in it
  // is repaired (see lemma_repair.h). Empty: no repair.
  U64Map lexicon;
  int max_suffix = 6;
};

struct FeatsData {
  std::vector<std::string> values;  // distinct FEATS strings ("" = none)
  U64Map known;                     // (lower-cased word, tag) -> value
  std::vector<uint32_t> by_tag;     // per tag: the most frequent value
};

struct Model {
  nlohmann::json meta = nlohmann::json::object();
  // Tag classes: a tag is a (UPOS, XPOS) pair.
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
  std::vector<uint8_t> closed;  // per tag: a closed-class word (the labeler looks at such words themselves)
  std::vector<std::string> labels;
  int root_label = 0;
  U64Map tagdict;  // lower-cased word -> ambiguity class (ids of the tag sets seen in training)
  LemmaData lemmas;
  FeatsData feats;
  WeightTable tagger;
  WeightTable tagger2;  // second pass with right-context tags (empty: one pass)
  TransitionTable parser;
  WeightTable arc_labeler;  // labels arcs as the parser makes them (its labels are parser features)
  WeightTable labeler;      // labels the finished tree (empty: the arc labels are the output)
  // Parser states kept while parsing (1: greedy). Recorded in the metadata ("parse_beam"); a caller may change it.
  int beam = 1;

  int tags() const { return static_cast<int>(upos.size()); }
};

// Serialises the model (the same model always gives the same bytes).
std::string model_bytes(const Model& model);
void save_model(const Model& model, const std::string& path);
// Throws ModelError naming `name` when the bytes are not a usable model of this format version.
Model model_from_bytes(std::string_view bytes, const std::string& name);
Model load_model(const std::string& path);
// Reads only the JSON metadata of a model file.
nlohmann::json read_model_metadata(const std::string& path);

// The shipped model: <data_dir>/models/en-news.vigil.
inline constexpr const char* kDefaultModelName = "models/en-news.vigil";

}  // namespace vigil::parse
