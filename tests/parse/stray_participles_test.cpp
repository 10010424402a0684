// Repairs of a participle after a noun that the model hung on the verb ("the deal clinched on Tuesday").
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(StrayParticiples, AParticipleRightAfterANounInTheVerbsPhrasesDescribesTheNoun) {
  // "the Quartet will monitor the implementation of the deal clinched on Tuesday", as the shipped model parsed it.
  Sentence s = test::sentence_of_rows({{"the", "DET", "DT", 2, "det"},
                                       {"Quartet", "PROPN", "NNP", 4, "nsubj"},
                                       {"will", "AUX", "MD", 4, "aux"},
                                       {"monitor", "VERB", "VB", 0, "root"},
                                       {"the", "DET", "DT", 6, "det"},
                                       {"implementation", "NOUN", "NN", 4, "obj"},
                                       {"of", "ADP", "IN", 9, "case"},
                                       {"the", "DET", "DT", 9, "det"},
                                       {"deal", "NOUN", "NN", 6, "nmod"},
                                       {"clinched", "VERB", "VBN", 4, "xcomp"},
                                       {"on", "ADP", "IN", 12, "case"},
                                       {"Tuesday", "PROPN", "NNP", 10, "obl"}});
  EXPECT_EQ(repair_stray_participles(s), 1);
  EXPECT_EQ(arcs(s), "2:det 4:nsubj 4:aux 0:root 6:det 4:obj 9:case 9:det 6:nmod 9:acl 12:case 10:obl ");
}

TEST(StrayParticiples, TheVerbsOwnObjectAndParticiplesWithAClauseOfTheirOwnStay) {
  // "The blast left 36 people wounded": the object's state, as the verb says.
  Sentence left = test::sentence_of_rows({{"blast", "NOUN", "NN", 2, "nsubj"},
                                          {"left", "VERB", "VBD", 0, "root"},
                                          {"people", "NOUN", "NNS", 2, "obj"},
                                          {"wounded", "VERB", "VBN", 2, "xcomp"}});
  EXPECT_EQ(repair_stray_participles(left), 0);
  // "He spoke to reporters, having been briefed": an auxiliary makes a clause.
  Sentence briefed = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                             {"spoke", "VERB", "VBD", 0, "root"},
                                             {"to", "ADP", "IN", 4, "case"},
                                             {"reporters", "NOUN", "NNS", 2, "obl"},
                                             {"been", "AUX", "VBN", 6, "aux:pass"},
                                             {"briefed", "VERB", "VBN", 2, "advcl"}});
  EXPECT_EQ(repair_stray_participles(briefed), 0);
}

}  // namespace
}  // namespace vigil::parse
