// Repairs of a second verb the model joined to the first verb's object ("denounced the act and called for ...").
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(VerbConjunctsOfNouns, ASubjectlessFiniteVerbJoinedToAnObjectContinuesTheVerb) {
  // "Leaders denounced the act and called for an investigation .", as the shipped model parsed it.
  Sentence s = test::sentence_of_rows({{"Leaders", "NOUN", "NNS", 2, "nsubj"},
                                       {"denounced", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"act", "NOUN", "NN", 2, "obj"},
                                       {"and", "CCONJ", "CC", 6, "cc"},
                                       {"called", "VERB", "VBD", 4, "conj"},
                                       {"for", "ADP", "IN", 8, "case"},
                                       {"investigation", "NOUN", "NN", 6, "obl"},
                                       {".", "PUNCT", ".", 2, "punct"}});
  EXPECT_EQ(repair_verb_conjuncts_of_nouns(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 6:cc 2:conj 8:case 6:obl 2:punct ");
}

TEST(VerbConjunctsOfNouns, ThroughAnInfinitiveToTheFiniteVerb) {
  // "He urged them to back the president and called for talks": the conjunct continues "urged".
  Sentence s = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                       {"urged", "VERB", "VBD", 0, "root"},
                                       {"them", "PRON", "PRP", 2, "obj"},
                                       {"to", "PART", "TO", 5, "mark"},
                                       {"back", "VERB", "VB", 2, "xcomp"},
                                       {"president", "NOUN", "NN", 5, "obj"},
                                       {"and", "CCONJ", "CC", 8, "cc"},
                                       {"called", "VERB", "VBD", 6, "conj"}});
  EXPECT_EQ(repair_verb_conjuncts_of_nouns(s), 1);
  EXPECT_EQ(s.words[7].head, 2);
}

TEST(VerbConjunctsOfNouns, AVerbWithItsOwnSubjectOrNoFiniteVerbAboveStays) {
  // "... the act and officials called for ...": a clause of its own.
  Sentence own = test::sentence_of_rows({{"Leaders", "NOUN", "NNS", 2, "nsubj"},
                                         {"denounced", "VERB", "VBD", 0, "root"},
                                         {"act", "NOUN", "NN", 2, "obj"},
                                         {"and", "CCONJ", "CC", 6, "cc"},
                                         {"officials", "NOUN", "NNS", 6, "nsubj"},
                                         {"called", "VERB", "VBD", 3, "conj"}});
  EXPECT_EQ(repair_verb_conjuncts_of_nouns(own), 0);
  // "China said the two should strengthen cooperation and exchanges ...": "strengthen" is a reported clause's
  // verb, not reached through an infinitive, and has no finite form.
  Sentence reported = test::sentence_of_rows({{"China", "PROPN", "NNP", 2, "nsubj"},
                                              {"said", "VERB", "VBD", 0, "root"},
                                              {"strengthen", "VERB", "VB", 2, "ccomp"},
                                              {"cooperation", "NOUN", "NN", 3, "obj"},
                                              {"and", "CCONJ", "CC", 6, "cc"},
                                              {"exchanges", "VERB", "VBZ", 4, "conj"}});
  EXPECT_EQ(repair_verb_conjuncts_of_nouns(reported), 0);
}

}  // namespace
}  // namespace vigil::parse
