// Repairs of a reduced relative ("soldiers accused of beating a boy were acquitted") the model read as the verb.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(ReducedPassives, AParticipleWithNoAuxiliaryGivesWayToTheLaterFiniteVerb) {
  // "Soldiers accused of beating a boy were acquitted .", as the shipped model parsed it.
  Sentence s = test::sentence_of_rows({{"Soldiers", "NOUN", "NNS", 2, "nsubj"},
                                       {"accused", "VERB", "VBN", 0, "root"},
                                       {"of", "SCONJ", "IN", 4, "mark"},
                                       {"beating", "VERB", "VBG", 2, "advcl"},
                                       {"a", "DET", "DT", 6, "det"},
                                       {"boy", "NOUN", "NN", 4, "obj"},
                                       {"were", "AUX", "VBD", 8, "aux:pass"},
                                       {"acquitted", "VERB", "VBN", 4, "xcomp"},
                                       {".", "PUNCT", ".", 2, "punct"}});
  EXPECT_EQ(repair_reduced_passives(s), 1);
  EXPECT_EQ(arcs(s), "8:nsubj:pass 1:acl 4:mark 2:advcl 6:det 4:obj 8:aux:pass 0:root 8:punct ");
}

TEST(ReducedPassives, HeadlinesActiveVerbsAndClausesWithSubjectsAreLeftAlone) {
  // "Seven killed in bombing": no later verb, a headline's participle stays.
  Sentence headline = test::sentence_of_rows({{"Seven", "NUM", "CD", 2, "nsubj"},
                                              {"killed", "VERB", "VBN", 0, "root"},
                                              {"in", "ADP", "IN", 4, "case"},
                                              {"bombing", "NOUN", "NN", 2, "obl"}});
  EXPECT_EQ(repair_reduced_passives(headline), 0);
  // "Police arrested two men who were hiding": a finite verb is the sentence's verb.
  Sentence active = test::sentence_of_rows({{"Police", "NOUN", "NNS", 2, "nsubj"},
                                            {"arrested", "VERB", "VBD", 0, "root"},
                                            {"men", "NOUN", "NNS", 2, "obj"},
                                            {"were", "AUX", "VBD", 5, "aux"},
                                            {"hiding", "VERB", "VBG", 3, "acl:relcl"}});
  EXPECT_EQ(repair_reduced_passives(active), 0);
  // "Troops backed by tanks entered the town, officials said": the later verb has a subject of its own.
  Sentence said = test::sentence_of_rows({{"Troops", "NOUN", "NNS", 2, "nsubj"},
                                          {"backed", "VERB", "VBN", 0, "root"},
                                          {"officials", "NOUN", "NNS", 4, "nsubj"},
                                          {"said", "VERB", "VBD", 2, "parataxis"}});
  EXPECT_EQ(repair_reduced_passives(said), 0);
}

}  // namespace
}  // namespace vigil::parse
