// Repairs of a clause of time ("after the government signed ...") whose conjunction the model read as a preposition.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(SubordinateClauses, AConjunctionsPhraseBeforeASubjectlessConjunctIsItsSubject) {
  // "Russia eased the ban on wine after the government signed a deal": "after the government" hung on "wine" as a
  // prepositional phrase, "signed" a conjunct of "eased".
  Sentence s = test::sentence_of_rows({{"Russia", "PROPN", "NNP", 2, "nsubj"},
                                       {"eased", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"ban", "NOUN", "NN", 2, "obj"},
                                       {"on", "ADP", "IN", 6, "case"},
                                       {"wine", "NOUN", "NN", 2, "obl"},
                                       {"after", "ADP", "IN", 9, "case"},
                                       {"the", "DET", "DT", 9, "det"},
                                       {"government", "NOUN", "NN", 6, "nmod"},
                                       {"signed", "VERB", "VBD", 2, "conj"},
                                       {"a", "DET", "DT", 12, "det"},
                                       {"deal", "NOUN", "NN", 10, "obj"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 6:case 2:obl 10:mark 9:det 10:nsubj 2:advcl 12:det 10:obj ");
}

TEST(SubordinateClauses, ASubjectsConjunctionBecomesItsClausesMarker) {
  // "Russia eased the ban after the government signed a deal": "after" a case of the subject, the clause a complement.
  Sentence s = test::sentence_of_rows({{"Russia", "PROPN", "NNP", 2, "nsubj"},
                                       {"eased", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"ban", "NOUN", "NN", 2, "obj"},
                                       {"after", "ADP", "IN", 7, "case"},
                                       {"the", "DET", "DT", 7, "det"},
                                       {"government", "NOUN", "NN", 8, "nsubj"},
                                       {"signed", "VERB", "VBD", 2, "ccomp"},
                                       {"a", "DET", "DT", 10, "det"},
                                       {"deal", "NOUN", "NN", 8, "obj"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 8:mark 7:det 8:nsubj 2:advcl 10:det 8:obj ");
}

TEST(SubordinateClauses, AConjunctWithItsOwnAndStays) {
  // "... after the talks, and signed a deal": a conjunct the main clause's "and" joins is the main subject's act.
  Sentence s = test::sentence_of_rows({{"Russia", "PROPN", "NNP", 2, "nsubj"},
                                       {"eased", "VERB", "VBD", 0, "root"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"ban", "NOUN", "NN", 2, "obj"},
                                       {"after", "ADP", "IN", 7, "case"},
                                       {"the", "DET", "DT", 7, "det"},
                                       {"talks", "NOUN", "NNS", 4, "nmod"},
                                       {"and", "CCONJ", "CC", 9, "cc"},
                                       {"signed", "VERB", "VBD", 2, "conj"},
                                       {"a", "DET", "DT", 11, "det"},
                                       {"deal", "NOUN", "NN", 9, "obj"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 0);
}

}  // namespace
}  // namespace vigil::parse
