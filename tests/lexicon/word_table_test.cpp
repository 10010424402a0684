#include "lexicon/word_table.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil::lexicon {
namespace {

TEST(WordTable, EmptyTableKnowsNoWord) {
  WordTable t;
  EXPECT_EQ(t.find("troops"), kUnknownWord);
  EXPECT_EQ(t.find(""), kUnknownWord);
  EXPECT_EQ(t.size(), 0u);
}

TEST(WordTable, IdsFollowTheOrderOfFirstInterning) {
  WordTable t;
  EXPECT_EQ(t.intern("attack"), 0u);
  EXPECT_EQ(t.intern("troops"), 1u);
  EXPECT_EQ(t.intern("attack"), 0u);  // known: the same id, nothing added
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.find("troops"), 1u);
  EXPECT_EQ(t.word(1), "troops");
  EXPECT_EQ(t.find("troop"), kUnknownWord);
  EXPECT_EQ(t.find("troopss"), kUnknownWord);
}

// Many words: the table grows (and places every word again) several times; ids and lookups stay right.
TEST(WordTable, KeepsEveryWordAcrossGrowth) {
  WordTable t;
  constexpr uint32_t kWords = 20000;
  for (uint32_t i = 0; i < kWords; ++i) ASSERT_EQ(t.intern("w" + std::to_string(i)), i);
  EXPECT_EQ(t.size(), kWords);
  for (uint32_t i = 0; i < kWords; ++i) {
    ASSERT_EQ(t.find("w" + std::to_string(i)), i);
    ASSERT_EQ(t.word(i), "w" + std::to_string(i));
  }
  EXPECT_EQ(t.find("w" + std::to_string(kWords)), kUnknownWord);
  EXPECT_EQ(t.intern(""), kWords);  // the empty word is a word like any other
  EXPECT_EQ(t.find(""), kWords);
}

}  // namespace
}  // namespace vigil::lexicon
