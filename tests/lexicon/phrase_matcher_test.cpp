#include <gtest/gtest.h>

#include "lexicon/fold.h"
#include "lexicon/phrase_matcher.h"

namespace vigil::lexicon {
namespace {

TEST(Fold, CaseAccentsAndQuotes) {
  EXPECT_EQ(fold("Mélanie Joly"), "melanie joly");
  EXPECT_EQ(fold("MÉLANIE"), "melanie");
  EXPECT_EQ(fold("Zelenskyy"), "zelenskyy");
  EXPECT_EQ(fold("Ukraine’s"), "ukraine's");
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("Gdańsk"), "gdansk");
  EXPECT_EQ(fold_words("  Foreign\tMinister "), (std::vector<std::string>{"foreign", "minister"}));
}

TEST(Fold, ReusesBufferForAscii) {
  std::string out;
  out.reserve(64);
  const char* before = out.data();
  fold_into("Canada", out);
  EXPECT_EQ(out, "canada");
  EXPECT_EQ(out.data(), before);
}

TEST(Fold, AsciiLowersOnlyLettersAndReplacesWhatWasThere) {
  std::string out = "a longer word left from before";
  fold_into("AZaz@[`{09-'\"", out);
  EXPECT_EQ(out, "azaz@[`{09-'\"");
  fold_into("", out);
  EXPECT_EQ(out, "");
  fold_into("U.S.-BACKED", out);
  EXPECT_EQ(out, "u.s.-backed");
}

class PhraseMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PhraseMatcher::Builder b;
    add(b, "canada", 1);
    add(b, "canadian special operations regiment", 2);
    add(b, "canadian", 3);
    add(b, "special forces", 4);
    add(b, "special forces", 5);  // a second value on the same phrase
    add(b, "minister", 6);
    matcher = std::move(b).build();
  }
  void add(PhraseMatcher::Builder& b, const char* phrase, uint32_t value) {
    std::vector<uint32_t> ids;
    for (const auto& w : fold_words(phrase)) ids.push_back(words.intern(w));
    b.add(ids, value);
  }
  std::vector<uint32_t> encode(const char* text) {
    std::vector<uint32_t> ids;
    for (const auto& w : fold_words(text)) ids.push_back(words.find(w));
    return ids;
  }
  WordTable words;
  PhraseMatcher matcher;
};

TEST_F(PhraseMatcherTest, LongestMatchWins) {
  auto s = encode("the Canadian Special Operations Regiment in Ukraine");
  auto m = matcher.longest(s, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 4u);
  ASSERT_EQ(m.values.size(), 1u);
  EXPECT_EQ(m.values[0], 2u);
  EXPECT_FALSE(matcher.longest(s, 0));  // "the"
  EXPECT_FALSE(matcher.longest(s, 5));  // "in"
}

TEST_F(PhraseMatcherTest, FallsBackToShorterPrefix) {
  auto s = encode("Canadian special forces");
  auto m = matcher.longest(s, 0);
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(m.values[0], 3u);
  auto forces = matcher.longest(s, 1);
  EXPECT_EQ(forces.length, 2u);
  EXPECT_EQ(std::vector<uint32_t>(forces.values.begin(), forces.values.end()), (std::vector<uint32_t>{4, 5}));
}

TEST_F(PhraseMatcherTest, ForEachListsEveryPrefixMatch) {
  auto s = encode("Canadian Special Operations Regiment");
  std::vector<uint32_t> lengths;
  matcher.for_each(s, 0, [&](const PhraseMatcher::Match& m) { lengths.push_back(m.length); });
  EXPECT_EQ(lengths, (std::vector<uint32_t>{1, 4}));
}

TEST_F(PhraseMatcherTest, LemmasMatchWhenGiven) {
  auto forms = encode("foreign ministers");
  std::vector<uint32_t> lemmas = {words.find("foreign"), words.find("minister")};
  EXPECT_FALSE(matcher.longest(forms, 1));
  auto m = matcher.longest(forms, lemmas, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.values[0], 6u);
}

// The first word of a phrase is looked up by id in a table: small and large ids, words past the largest, and ids
// no word table would hand out (kept out of the table, found by search) all answer as the phrases say.
TEST(PhraseMatcher, FirstWordsByIdOfAnySize) {
  for (uint32_t big : {7u, 5000u, 1u << 23}) {
    PhraseMatcher::Builder b;
    std::vector<uint32_t> one{3}, two{big, 3}, three{2, 3};
    b.add(one, 10);
    b.add(two, 20);
    b.add(three, 30);
    PhraseMatcher m = std::move(b).build();
    EXPECT_TRUE(m.starts_with(3));
    EXPECT_TRUE(m.starts_with(big));
    EXPECT_FALSE(m.starts_with(4));
    EXPECT_FALSE(m.starts_with(big + 1));
    EXPECT_FALSE(m.starts_with(kUnknownWord));
    std::vector<uint32_t> sentence{1, big, 3, 2, 3};
    EXPECT_FALSE(m.longest(sentence, 0));
    auto at_big = m.longest(sentence, 1);
    ASSERT_TRUE(at_big);
    EXPECT_EQ(at_big.length, 2u);
    EXPECT_EQ(at_big.values[0], 20u);
    EXPECT_EQ(m.longest(sentence, 3).values[0], 30u);
    EXPECT_EQ(m.longest(sentence, 4).values[0], 10u);
  }
}

TEST_F(PhraseMatcherTest, UnknownWordsAndEnds) {
  auto s = encode("Canada");
  EXPECT_TRUE(matcher.longest(s, 0));
  EXPECT_FALSE(matcher.longest(s, 1));
  std::vector<uint32_t> unknown = {kUnknownWord};
  EXPECT_FALSE(matcher.longest(unknown, 0));
  EXPECT_TRUE(matcher.starts_with(words.find("special")));
  EXPECT_FALSE(matcher.starts_with(words.find("forces")));
  EXPECT_EQ(matcher.phrase_count(), 6u);
}

}  // namespace
}  // namespace vigil::lexicon
