// The second tagging pass reuses the first pass's keys of each word (tagger2_features_reusing): it must give the
// keys tagger2_features gives, in the same order, whatever tags either pass chose.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parse/features.h"
#include "parse/linear.h"
#include "parse/u64map.h"

namespace vigil::parse {
namespace {

std::vector<Tok> padded_words(const std::vector<std::string_view>& forms) {
  U64Map tagdict;
  std::string scratch;
  std::vector<Tok> toks(forms.size() + 4);
  toks[0] = toks[1] = boundary_tok(-1);
  toks[forms.size() + 2] = toks[forms.size() + 3] = boundary_tok(1);
  for (size_t i = 0; i < forms.size(); ++i) describe_word(forms[i], tagdict, scratch, toks[i + 2]);
  return toks;
}

TEST(ParseTaggerFeatures, TheSecondPassReusingTheFirstPassKeysGivesTheSameKeys) {
  const std::vector<std::string_view> forms{"Israeli", "troops", "shot", "dead", "two", "men", "on", "Sunday", "."};
  const std::vector<Tok> toks = padded_words(forms);
  const Tok* words = toks.data() + 2;
  const int n = static_cast<int>(forms.size());
  for (int i = 0; i < n; ++i) {
    // First-pass history tags differ from the second pass's: only the word's own keys may carry over.
    uint64_t first[WeightTable::kMaxKeys], expected[WeightTable::kMaxKeys], reused[WeightTable::kMaxKeys];
    ASSERT_EQ(tagger_features(words, i, 3u + i, 5u, first), kTagFeatures);
    const uint32_t p1 = 7u + 2 * i, p2 = 11u, r1 = 13u + i, r2 = 17u;
    size_t k = tagger2_features(words, i, p1, p2, r1, r2, expected);
    ASSERT_EQ(tagger2_features_reusing(first, words, i, p1, p2, r1, r2, reused), k) << i;
    for (size_t j = 0; j < k; ++j) EXPECT_EQ(reused[j], expected[j]) << "word " << i << " key " << j;
  }
}

TEST(ParseTaggerFeatures, OnlyTheHistorySlotsReadThePreviousTags) {
  const std::vector<Tok> toks = padded_words({"The", "army", "said", "."});
  const Tok* words = toks.data() + 2;
  uint64_t a[WeightTable::kMaxKeys], b[WeightTable::kMaxKeys];
  tagger_features(words, 1, 4u, 9u, a);
  tagger_features(words, 1, 6u, 2u, b);
  for (size_t j = 0; j < kTagFeatures; ++j) {
    bool history = false;
    for (int slot : kTagHistorySlots) history = history || static_cast<size_t>(slot) == j;
    if (history) EXPECT_NE(a[j], b[j]) << j;
    else EXPECT_EQ(a[j], b[j]) << j;
  }
}

}  // namespace
}  // namespace vigil::parse
