// Repairs of an adverb the model made the head of a clause, with an inverted speaker as its subject ("..., said
// Chinese Premier Wen here Monday").
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(AdverbClauseSubjects, TheSubjectOfAnAdverbIsTheSpeechVerbsBefore) {
  // "Trade will grow, said Premier Wen here Monday": "here" a ccomp of "said" with "Wen" as its subject.
  Sentence s = test::sentence_of_rows({{"Trade", "NOUN", "NN", 3, "nsubj"},
                                       {"will", "AUX", "MD", 3, "aux"},
                                       {"grow", "VERB", "VB", 0, "root"},
                                       {",", "PUNCT", ",", 5, "punct"},
                                       {"said", "VERB", "VBD", 3, "parataxis"},
                                       {"Premier", "PROPN", "NNP", 7, "nmod:desc"},
                                       {"Wen", "PROPN", "NNP", 8, "nsubj"},
                                       {"here", "ADV", "RB", 5, "ccomp"},
                                       {"Monday", "PROPN", "NNP", 5, "obl:tmod"},
                                       {".", "PUNCT", ".", 3, "punct"}});
  EXPECT_EQ(repair_adverb_clause_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj 3:aux 0:root 5:punct 3:parataxis 7:nmod:desc 5:nsubj 5:advmod 5:obl:tmod 3:punct ");
}

TEST(AdverbClauseSubjects, AnAdverbWithACopulaIsAPredicateAndStays) {
  // "... said he was here": "here" the predicate of its own clause.
  Sentence s = test::sentence_of_rows({{"said", "VERB", "VBD", 0, "root"},
                                       {"he", "PRON", "PRP", 4, "nsubj"},
                                       {"was", "AUX", "VBD", 4, "cop"},
                                       {"here", "ADV", "RB", 1, "ccomp"}});
  EXPECT_EQ(repair_adverb_clause_subjects(s), 0);
  EXPECT_EQ(arcs(s), "0:root 4:nsubj 4:cop 1:ccomp ");
}

}  // namespace
}  // namespace vigil::parse
