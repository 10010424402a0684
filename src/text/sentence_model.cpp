#include "text/sentence_model.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>

#include "text/abbreviations.h"
#include "text/binary_io.h"
#include "text/feature_hash.h"
#include "text/ud_documents.h"
#include "text/word_list.h"

namespace vigil {
namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'S', 'E', 'N'};
constexpr uint32_t kFormatVersion = 1;
constexpr uint32_t kMask = (1u << SentenceModel::kBits) - 1;
constexpr float kBetweenWordsMargin = 2.0f;  // see SentenceModel::split

std::string_view token_text(std::string_view text, const SurfaceToken& t) {
  return text.substr(t.span.begin, t.span.size());
}

// A word's shape with runs collapsed: "Canada" -> "Xx", "U.S." -> "X.X.", "2022" -> "d", "?" -> "?".
uint64_t shape_hash(std::string_view s) {
  char buf[8];
  size_t n = 0;
  for (unsigned char c : s) {
    char k = std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (n > 0 && buf[n - 1] == k) continue;
    if (n == sizeof buf) break;
    buf[n++] = k;
  }
  return hash_bytes(std::string_view(buf, n), 7);
}

uint64_t lower_hash(std::string_view s) {
  char buf[24];
  size_t n = std::min(s.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) buf[i] = ascii_lower(s[i]);
  return hash_bytes(std::string_view(buf, n), 11);
}

// Punctuation that can end a sentence: . ! ? … and runs of them, : ; and the quotes and brackets that close after them.
bool may_end_sentence(std::string_view t) {
  if (t.empty()) return false;
  if (t == ":" || t == ";" || t == "\xE2\x80\xA6" || t == "\"" || t == "'" || t == "''" || t == ")" ||
      t == "\xE2\x80\x9D" || t == "\xE2\x80\x99")
    return true;
  for (char c : t)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

uint64_t length_bucket(size_t n) { return n < 4 ? 0 : n < 8 ? 1 : n < 16 ? 2 : n < 32 ? 3 : 4; }

// Per token: does its paragraph (the text between blank lines) have a token ending in . ! ? or …, that is, final
// punctuation or an abbreviation's period? Prose always has one; lists, sign-offs, footers and headings often have
// none, and there punctuation cannot show where sentences end.
std::vector<bool> paragraphs_with_periods(std::string_view text, const std::vector<SurfaceToken>& tokens) {
  const size_t n = tokens.size();
  std::vector<bool> has(n, false);
  size_t begin = 0;
  bool any = false;
  for (size_t j = 0; j < n; ++j) {
    std::string_view t = token_text(text, tokens[j]);
    char last = t.empty() ? ' ' : t.back();
    if (last == '.' || last == '!' || last == '?' || t.ends_with("\xE2\x80\xA6")) any = true;
    if (j + 1 == n || gap_between(text, tokens[j], tokens[j + 1]) == Gap::paragraph) {
      for (size_t k = begin; k <= j; ++k) has[k] = any;
      begin = j + 1;
      any = false;
    }
  }
  return has;
}

// The features of the gap after token j. `rule_end` is the rule-based splitter's decision there, `since` the number
// of tokens since the sentence began.
void gap_features(std::string_view text, const std::vector<SurfaceToken>& tokens, size_t j, bool rule_end,
                  size_t since, std::vector<uint32_t>& out) {
  out.clear();
  const size_t n = tokens.size();
  std::string_view t = token_text(text, tokens[j]);
  std::string_view next = token_text(text, tokens[j + 1]);
  std::string_view prev = j > 0 ? token_text(text, tokens[j - 1]) : std::string_view("<s>");
  std::string_view next2 = j + 2 < n ? token_text(text, tokens[j + 2]) : std::string_view("</s>");
  uint64_t gap = static_cast<uint64_t>(gap_between(text, tokens[j], tokens[j + 1]));
  uint64_t rule = rule_end ? 1 : 0;
  uint64_t t_low = lower_hash(t), next_low = lower_hash(next), prev_low = lower_hash(prev);
  uint64_t t_shape = shape_hash(t), next_shape = shape_hash(next), prev_shape = shape_hash(prev);
  uint64_t next2_shape = shape_hash(next2);
  uint64_t len = length_bucket(since);
  auto add = [&](uint64_t key) { out.push_back(static_cast<uint32_t>(key) & kMask); };
  add(Key(0).done());
  add(Key(1)(rule).done());
  add(Key(2)(gap).done());
  add(Key(3)(rule)(gap).done());
  add(Key(4)(t_low).done());
  add(Key(5)(next_low).done());
  add(Key(6)(prev_low)(t_low).done());
  add(Key(7)(t_shape).done());
  add(Key(8)(next_shape).done());
  add(Key(9)(t_shape)(next_shape).done());
  add(Key(10)(t_low)(next_shape).done());
  add(Key(11)(t_shape)(next_low).done());
  add(Key(12)(rule)(next_shape)(gap).done());
  add(Key(13)(t_low)(next_low).done());
  add(Key(14)(len)(rule).done());
  add(Key(15)(len)(gap)(t_shape).done());
  add(Key(16)(prev_shape)(t_shape)(next_shape).done());
  add(Key(17)(t_low)(next_shape)(next2_shape).done());
  add(Key(18)(t_low)(gap).done());
  add(Key(19)(next_low)(gap).done());
  add(Key(20)(lower_hash(next2))(next_shape).done());
  add(Key(21)(prev_shape)(t_low).done());
  add(Key(22)(len)(next_shape).done());
  add(Key(23)(lower_hash(t.substr(t.size() > 3 ? t.size() - 3 : 0)))(next_shape).done());
  add(Key(24)(t_shape)(lower_hash(next.substr(0, 3))).done());
  add(Key(25)(rule)(t_low)(next_shape).done());
}

// Runs the rule-based splitter and marks the tokens it ends a sentence on.
std::vector<bool> rule_ends(std::string_view text, const std::vector<SurfaceToken>& tokens) {
  std::vector<TokenRange> ranges;
  split_sentences(text, tokens, ranges);
  std::vector<bool> ends(tokens.size(), false);
  for (const TokenRange& r : ranges) ends[r.end - 1] = true;
  return ends;
}

float score(const std::vector<float>& w, const std::vector<uint32_t>& features) {
  float s = 0;
  for (uint32_t f : features) s += w[f];
  return s;
}

// Greedy left-to-right decoding; `decide(j, features)` returns whether a sentence ends after token j, and
// `consult(j, rule_end, has_period)` whether to ask it (elsewhere the rules' decision stands); `has_period[j]` is
// whether token j's paragraph has a period (see paragraphs_with_periods).
template <class Decide, class Consult>
void decode(std::string_view text, const std::vector<SurfaceToken>& tokens, Decide decide, Consult consult,
            std::vector<TokenRange>& out) {
  const size_t n = tokens.size();
  if (n == 0) return;
  std::vector<bool> rule = rule_ends(text, tokens);
  std::vector<bool> has_period = paragraphs_with_periods(text, tokens);
  std::vector<uint32_t> features;
  size_t start = 0;
  for (size_t j = 0; j + 1 < n; ++j) {
    bool end;
    Gap gap = gap_between(text, tokens[j], tokens[j + 1]);
    if (gap == Gap::paragraph) {
      end = true;  // a blank line always ends a sentence
    } else if (gap == Gap::line) {
      // UD's raw text has no single line breaks (sentences are joined by spaces, paragraphs by blank lines), so the
      // model never learned them: wrapped lines and one-paragraph-per-line layouts are left to the rules.
      end = rule[j];
    } else if (!consult(j, static_cast<bool>(rule[j]), has_period)) {
      end = rule[j];
    } else {
      gap_features(text, tokens, j, rule[j], j + 1 - start, features);
      end = decide(j, features);
    }
    if (end) {
      out.push_back(TokenRange{start, j + 1});
      start = j + 1;
    }
  }
  out.push_back(TokenRange{start, n});
}

}  // namespace

SentenceModel::SentenceModel() : weights_(size_t{1} << kBits, 0.0f) {
  // With no training the model must reproduce the rules: a positive weight on the rule's decision, a negative bias.
  weights_[Key(0).done() & kMask] = -1.0f;
  weights_[Key(1)(1).done() & kMask] += 2.0f;
}

void SentenceModel::split(std::string_view text, const std::vector<SurfaceToken>& tokens,
                          std::vector<TokenRange>& out) const {
  // ". The" where the rules end a sentence: the model all but always agrees there, and asking it costs time.
  auto clear_end = [&](size_t j, bool rule_end) {
    std::string_view t = token_text(text, tokens[j]);
    std::string_view next = token_text(text, tokens[j + 1]);
    return rule_end && (t == "." || t == "?" || t == "!") && std::isupper(static_cast<unsigned char>(next[0])) &&
           tokens[j].span.end < tokens[j + 1].span.begin;
  };
  // In edited prose a closing bracket ends a sentence only after the sentence's own final punctuation ("(He left.)"):
  // after a word it closes an aside ("Human Rights Watch (HRW) Saturday condemned"), whatever follows.
  auto bracket_within_sentence = [&](size_t j) {
    std::string_view t = token_text(text, tokens[j]);
    if (t != ")" && t != "]") return false;
    if (j == 0) return true;
    std::string_view before = token_text(text, tokens[j - 1]);
    return before.find_first_not_of(".!?:;-") != std::string_view::npos;  // ":)" and ";-)" end web sentences
  };
  // In edited text (news) a sentence ends on punctuation: elsewhere the model's guesses are mostly wrong splits
  // ("around 13,000 / Albanians"), so there the rules decide unless the model may split anywhere. A paragraph with
  // no period at all is not such prose (an e-mail's greeting and sign-off, a list, a footer): punctuation cannot
  // tell where its sentences end, so the model decides everywhere in it.
  decode(
      text, tokens,
      [&](size_t j, const std::vector<uint32_t>& f) {
        // Between words of a period-less paragraph the model must be surer than elsewhere: its weak guesses there
        // cut lists in the wrong places (on EWT dev, a margin of 2 loses no right boundary).
        bool between_words = !everywhere && !may_end_sentence(token_text(text, tokens[j]));
        return score(weights_, f) > (between_words ? kBetweenWordsMargin : 0.0f);
      },
      [&](size_t j, bool rule_end, const std::vector<bool>& has_period) {
        // A title before a name ("Hamdan v. Rumsfeld", "Dr. Smith") never ends a sentence, even in web text.
        const std::string_view t = token_text(text, tokens[j]);
        if (is_title_with_period(t)) return false;
        return everywhere || !has_period[j] ||
               (may_end_sentence(t) && !clear_end(j, rule_end) && !bracket_within_sentence(j));
      },
      out);
}

void SentenceModel::save(const std::string& path) const {
  BinWriter w;
  for (char c : kMagic) w.put<char>(c);
  w.put<uint32_t>(kFormatVersion);
  w.put<uint32_t>(kBits);
  w.str(metadata);
  w.vec(weights_);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(w.buffer().data(), static_cast<std::streamsize>(w.buffer().size()));
  if (!f) throw ModelError(path + ": cannot write the sentence model");
}

SentenceModel SentenceModel::load(const std::string& path) {
  std::string bytes = read_model_file(path);
  BinReader in(bytes, path);
  for (char c : kMagic)
    if (in.get<char>() != c) throw ModelError(path + ": not a vigil sentence model (bad magic bytes)");
  uint32_t version = in.get<uint32_t>();
  if (version != kFormatVersion)
    throw ModelError(path + ": sentence model format version " + std::to_string(version) +
                     " is not supported; retrain it with 'vigil train-sentences'");
  if (in.get<uint32_t>() != kBits) in.fail("built for another feature table size");
  SentenceModel m;
  m.metadata = in.str();
  m.weights_ = in.vec<float>();
  if (m.weights_.size() != (size_t{1} << kBits)) in.fail("of the wrong size (weight table)");
  if (in.remaining() != 0) in.fail("followed by unexpected bytes");
  return m;
}

class SentenceTrainer {
 public:
  explicit SentenceTrainer(SentenceModel& m) : m_(m), total_(m.weights_.size(), 0.0) {}

  // One pass over a document: decode with the current weights, update on every wrong decision.
  void learn(const UdDocument& d, uint64_t& right, uint64_t& seen) {
    tokens_.clear();
    split_tokens(d.doc.text, d.doc.regions[0].span, tokens_);
    gold_ends_.clear();
    for (const Span& s : d.sentences) gold_ends_.push_back(s.end);
    std::sort(gold_ends_.begin(), gold_ends_.end());
    std::vector<TokenRange> ignored;
    decode(d.doc.text, tokens_, [&](size_t j, const std::vector<uint32_t>& f) {
      bool gold = std::binary_search(gold_ends_.begin(), gold_ends_.end(), tokens_[j].span.end);
      bool guess = score(m_.weights_, f) > 0;
      ++tick_;
      ++seen;
      if (guess == gold) {
        ++right;
      } else {
        float delta = gold ? 1.0f : -1.0f;
        for (uint32_t k : f) {
          m_.weights_[k] += delta;
          total_[k] += static_cast<double>(tick_) * delta;
        }
      }
      return gold;  // decode along the gold boundaries, so "tokens since the sentence began" is always right
    }, [](size_t, bool, const std::vector<bool>&) { return true; }, ignored);
  }

  // Averaged weights: w - (sum of tick * update) / ticks.
  void average() {
    if (tick_ == 0) return;
    for (size_t k = 0; k < total_.size(); ++k)
      m_.weights_[k] = static_cast<float>(m_.weights_[k] - total_[k] / static_cast<double>(tick_ + 1));
  }

 private:
  SentenceModel& m_;
  std::vector<double> total_;
  uint64_t tick_ = 0;
  std::vector<SurfaceToken> tokens_;
  std::vector<uint32_t> gold_ends_;
};

SentenceModel train_sentence_model(const std::vector<std::string>& conllu_paths, const SentenceTrainingOptions& options,
                                   std::string& log) {
  std::vector<UdDocument> docs;
  for (const std::string& path : conllu_paths)
    for_each_ud_document(path, [&](const UdDocument& d) {
      if (!d.doc.regions.empty()) docs.push_back(d);
    });
  SentenceModel model;
  SentenceTrainer trainer(model);
  std::mt19937_64 rng(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates by hand: std::shuffle's algorithm is left to the library, and the model must not depend on it.
    for (size_t i = docs.size(); i > 1; --i) std::swap(docs[i - 1], docs[rng() % i]);
    uint64_t right = 0, seen = 0;
    for (const UdDocument& d : docs) trainer.learn(d, right, seen);
    log += "epoch " + std::to_string(epoch) + ": " + std::to_string(seen) + " gaps, " +
           std::to_string(seen ? 100.0 * right / seen : 0.0) + "% decided right\n";
  }
  trainer.average();
  return model;
}

}  // namespace vigil
