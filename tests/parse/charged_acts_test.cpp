// Repairs of "accused X of V-ing" where the model hung the gerund on a noun rather than on the verb of charging.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(ChargedActs, AGerundHungOnTheObjectIsTheVerbsClause) {
  // "The Islamists accused Ethiopian forces of massacring civilians", as the shipped model parsed it.
  Sentence s = test::sentence_of_rows({{"Islamists", "PROPN", "NNPS", 2, "nsubj"},
                                       {"accused", "VERB", "VBD", 0, "root"},
                                       {"Ethiopian", "ADJ", "JJ", 4, "amod"},
                                       {"forces", "NOUN", "NNS", 2, "obj"},
                                       {"of", "ADP", "IN", 6, "case"},
                                       {"massacring", "VERB", "VBG", 4, "acl"},
                                       {"civilians", "NOUN", "NNS", 6, "obj"}});
  s.words[1].lemma = "accuse";
  EXPECT_EQ(repair_charged_acts(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:amod 2:obj 6:mark 2:advcl 6:obj ");
}

TEST(ChargedActs, AGerundHungOnAnObliqueAfterTheVerbIsTheVerbsClause) {
  // "acquitted the physician for the second time of murdering his wife": "murdering" under "time".
  Sentence s = test::sentence_of_rows({{"court", "NOUN", "NN", 2, "nsubj"},
                                       {"acquitted", "VERB", "VBD", 0, "root"},
                                       {"physician", "NOUN", "NN", 2, "obj"},
                                       {"for", "ADP", "IN", 5, "case"},
                                       {"time", "NOUN", "NN", 2, "obl"},
                                       {"of", "SCONJ", "IN", 7, "mark"},
                                       {"murdering", "VERB", "VBG", 5, "acl"},
                                       {"wife", "NOUN", "NN", 7, "obj"}});
  s.words[1].lemma = "acquit";
  EXPECT_EQ(repair_charged_acts(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 2:obj 5:case 2:obl 7:mark 2:advcl 7:obj ");
}

TEST(ChargedActs, OtherVerbsRightParsesAndEarlierNounsAreLeftAlone) {
  // "praised the troops of keeping ..." is no charge: another verb keeps the parse it was given.
  Sentence other = test::sentence_of_rows({{"praised", "VERB", "VBD", 0, "root"},
                                           {"troops", "NOUN", "NNS", 1, "obj"},
                                           {"of", "ADP", "IN", 4, "mark"},
                                           {"keeping", "VERB", "VBG", 2, "acl"}});
  EXPECT_EQ(repair_charged_acts(other), 0);
  // Already the verb's clause: "accuses Uganda of backing rebels".
  Sentence right = test::sentence_of_rows({{"accuses", "VERB", "VBZ", 0, "root"},
                                           {"Uganda", "PROPN", "NNP", 1, "obj"},
                                           {"of", "SCONJ", "IN", 4, "mark"},
                                           {"backing", "VERB", "VBG", 1, "advcl"}});
  right.words[0].lemma = "accuse";
  const std::string before = arcs(right);
  EXPECT_EQ(repair_charged_acts(right), 0);
  EXPECT_EQ(arcs(right), before);
  // "Soldiers accused of beating a boy were acquitted": the gerund's noun comes before "acquitted".
  Sentence earlier = test::sentence_of_rows({{"Soldiers", "NOUN", "NNS", 6, "nsubj:pass"},
                                             {"of", "SCONJ", "IN", 3, "mark"},
                                             {"beating", "VERB", "VBG", 1, "acl"},
                                             {"boy", "NOUN", "NN", 3, "obj"},
                                             {"were", "AUX", "VBD", 6, "aux:pass"},
                                             {"acquitted", "VERB", "VBN", 0, "root"}});
  earlier.words[5].lemma = "acquit";
  EXPECT_EQ(repair_charged_acts(earlier), 0);
}

}  // namespace
}  // namespace vigil::parse
