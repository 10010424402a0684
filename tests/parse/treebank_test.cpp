#include <gtest/gtest.h>

#include <stdexcept>

#include "parse/treebank.h"

namespace vigil::parse {
namespace {

// "form:head:deprel" for every word.
std::vector<std::string> arcs(const Sentence& s) {
  std::vector<std::string> out;
  for (const Word& w : s.words) out.push_back(w.form + ":" + std::to_string(w.head) + ":" + w.deprel);
  return out;
}

using V = std::vector<std::string>;

TEST(Treebank, ContentHeadsAndClauseRelations) {
  Sentence s = treebank_to_dependencies(
      "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB restore) (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))) (. .)))");
  EXPECT_EQ(arcs(s), (V{"Arnor:3:nsubj", "will:3:aux", "restore:0:root", "full:5:amod", "ties:3:obj", "with:7:case",
                        "Gondor:3:obl", ".:3:punct"}));
  EXPECT_EQ(s.words[2].upos, "VERB");
  EXPECT_EQ(s.words[1].upos, "AUX");
  EXPECT_EQ(s.text, "Arnor will restore full ties with Gondor .");
}

TEST(Treebank, PassiveSubjectAndAgent) {
  Sentence s = treebank_to_dependencies(
      "(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath))))) (. .)))");
  EXPECT_EQ(arcs(s), (V{"Eriador:3:nsubj:pass", "was:3:aux:pass", "opposed:0:root", "by:5:case", "Osgiliath:3:obl:agent",
                        ".:3:punct"}));
}

TEST(Treebank, FlatCoordinationInsideANounPhrase) {
  Sentence s = treebank_to_dependencies(
      "(ROOT (S (NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree)) (VP (VBD welcomed) (NP (PRP it)))))");
  EXPECT_EQ(arcs(s), (V{"Mordor:6:nsubj", ",:3:punct", "Rohan:1:conj", "and:5:cc", "Bree:1:conj", "welcomed:0:root",
                        "it:6:obj"}));
}

TEST(Treebank, PossessiveAndCopula) {
  Sentence s = treebank_to_dependencies("(ROOT (S (NP (NP (NNP China) (POS 's)) (NNS mines)) (VP (VBP are) (ADJP (JJ dangerous)))))");
  EXPECT_EQ(arcs(s), (V{"China:3:nmod:poss", "'s:1:case", "mines:5:nsubj", "are:5:cop", "dangerous:0:root"}));
}

TEST(Treebank, MalformedBracketingsAreErrors) {
  EXPECT_THROW(treebank_to_dependencies("(ROOT (S (NP (NNP Arnor))"), std::invalid_argument);
  EXPECT_THROW(treebank_to_dependencies("(ROOT (S (NP (NNP Arnor)))) extra"), std::invalid_argument);
  EXPECT_THROW(treebank_to_dependencies("(ROOT (S ))"), std::invalid_argument);
  EXPECT_THROW(treebank_to_dependencies(""), std::invalid_argument);
}

}  // namespace
}  // namespace vigil::parse
