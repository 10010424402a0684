// Repairs of a clause of time whose conjunction the model read as a preposition and whose verb it hung on the main
// clause as a complement: a finite verb, or a participle with an object, is no complement.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(ForceSubordinateClauses, AVerbHungAsAComplementAfterTheConjunctionsPhraseOpensTheClause) {
  // "Troops raided the camp since a car bomb killed five guards": "since a car bomb" an oblique of "raided", "killed"
  // (tagged a participle) its xcomp.
  Sentence s = test::sentence_of_rows({{"Troops", "NOUN", "NNS", 2, "nsubj"},
                                       {"raided", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"camp", "NOUN", "NN", 2, "obj"},
                                       {"since", "ADP", "IN", 8, "case"},
                                       {"a", "DET", "DT", 8, "det"},
                                       {"car", "NOUN", "NN", 8, "compound"},
                                       {"bomb", "NOUN", "NN", 2, "obl"},
                                       {"killed", "VERB", "VBN", 2, "xcomp"},
                                       {"five", "NUM", "CD", 11, "nummod"},
                                       {"guards", "NOUN", "NNS", 9, "obj"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 9:mark 8:det 8:compound 9:nsubj 2:advcl 11:nummod 9:obj ");
}

TEST(ForceSubordinateClauses, AParticipleWithNoObjectStaysAComplement) {
  // "They kept the camp after the raid closed": a participle with no object may be a true complement; left alone.
  Sentence s = test::sentence_of_rows({{"They", "PRON", "PRP", 2, "nsubj"},
                                       {"kept", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"camp", "NOUN", "NN", 2, "obj"},
                                       {"after", "ADP", "IN", 7, "case"},
                                       {"the", "DET", "DT", 7, "det"},
                                       {"raid", "NOUN", "NN", 2, "obl"},
                                       {"closed", "VERB", "VBN", 2, "xcomp"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 0);
}

}  // namespace
}  // namespace vigil::parse
