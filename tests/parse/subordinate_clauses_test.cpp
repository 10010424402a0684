// Repairs of a clause of time or of "as" ("after the government signed ...") whose conjunction the model read as a preposition.
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

TEST(SubordinateClauses, AsOpensAClauseToo) {
  // "Talks failed as Russia and China objected to the draft": "as Russia and China" an oblique of "failed" (the
  // model's parse), "objected" a subjectless conjunct of it.
  Sentence s = test::sentence_of_rows({{"Talks", "NOUN", "NNS", 2, "nsubj"},
                                       {"failed", "VERB", "VBD", 0, "root"},
                                       {"as", "ADP", "IN", 4, "case"},
                                       {"Russia", "PROPN", "NNP", 2, "obl"},
                                       {"and", "CCONJ", "CC", 6, "cc"},
                                       {"China", "PROPN", "NNP", 4, "conj"},
                                       {"objected", "VERB", "VBD", 2, "conj"},
                                       {"to", "ADP", "IN", 10, "case"},
                                       {"the", "DET", "DT", 10, "det"},
                                       {"draft", "NOUN", "NN", 7, "obl"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 7:mark 7:nsubj 6:cc 4:conj 2:advcl 10:case 10:det 7:obl ");
}

TEST(SubordinateClauses, AsBeforeAVerbWithItsOwnSubjectStays) {
  // "He served as envoy and Russia objected": the verb has its own subject, so "as envoy" is a phrase of "served".
  Sentence s = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                       {"served", "VERB", "VBD", 0, "root"},
                                       {"as", "ADP", "IN", 4, "case"},
                                       {"envoy", "NOUN", "NN", 2, "obl"},
                                       {"Russia", "PROPN", "NNP", 6, "nsubj"},
                                       {"objected", "VERB", "VBD", 2, "conj"}});
  EXPECT_EQ(repair_subordinate_clause_subjects(s), 0);
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
