// Repairs of a list of names split by the parse: its second member hung on the verb as a conjunct of the clause, or
// its members split between clauses.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

// "Kyiv was visited by the ministers of Poland, the Czech Republic and Slovenia", as the shipped model parsed it.
Sentence split_list() {
  return test::sentence_of_rows({{"Kyiv", "PROPN", "NNP", 3, "nsubj:pass"},
                                 {"was", "AUX", "VBD", 3, "aux:pass"},
                                 {"visited", "VERB", "VBN", 0, "root"},
                                 {"by", "ADP", "IN", 5, "case"},
                                 {"ministers", "NOUN", "NNS", 3, "obl:agent"},
                                 {"of", "ADP", "IN", 7, "case"},
                                 {"Poland", "PROPN", "NNP", 5, "nmod"},
                                 {",", "PUNCT", ",", 11, "punct"},
                                 {"the", "DET", "DT", 11, "det"},
                                 {"Czech", "ADJ", "NNP", 11, "amod"},
                                 {"Republic", "PROPN", "NNP", 3, "conj"},
                                 {"and", "CCONJ", "CC", 13, "cc"},
                                 {"Slovenia", "PROPN", "NNP", 11, "conj"},
                                 {".", "PUNCT", ".", 3, "punct"}});
}

TEST(ListConjuncts, ANameAfterACommaThatGoesOnAsAListJoinsTheNameBeforeIt) {
  Sentence s = split_list();
  EXPECT_EQ(repair_stray_list_conjuncts(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl:agent 7:case 5:nmod 11:punct 11:det 11:amod "
                     "7:conj 13:cc 11:conj 3:punct ");
}

TEST(ListConjuncts, AConjunctWithAClauseOfItsOwnStays) {
  // "..., the Czech Republic was and Slovenia ...": a conjunct with an auxiliary is a clause, not a list member.
  Sentence s = split_list();
  s.words[1].head = 11;
  s.words[1].deprel = "aux";
  s.words[0].head = 11;
  EXPECT_EQ(repair_stray_list_conjuncts(s), 0);
}

TEST(ListConjuncts, ANameThatEndsNoListStays) {
  // "..., the Czech Republic" with nothing after it: no list goes on, so nothing says the comma continues one.
  Sentence s = split_list();
  s.words[11].head = 3;  // "and" no longer marks a conjunct of the name
  s.words[12].head = 3;
  EXPECT_EQ(repair_stray_list_conjuncts(s), 0);
}

// "South Africa, India and Brazil held talks", as the shipped model parsed it: two subjects, the last name a conjunct
// of the second.
Sentence split_subjects() {
  return test::sentence_of_rows({{"South", "PROPN", "NNP", 2, "compound"},
                                 {"Africa", "PROPN", "NNP", 7, "nsubj"},
                                 {",", "PUNCT", ",", 4, "punct"},
                                 {"India", "PROPN", "NNP", 7, "nsubj"},
                                 {"and", "CCONJ", "CC", 6, "cc"},
                                 {"Brazil", "PROPN", "NNP", 4, "conj"},
                                 {"held", "VERB", "VBD", 0, "root"},
                                 {"talks", "NOUN", "NNS", 7, "obj"},
                                 {".", "PUNCT", ".", 7, "punct"}});
}

TEST(ListConjuncts, AListOfNamesSplitBetweenSubjectsBecomesOneSubject) {
  Sentence s = split_subjects();
  EXPECT_EQ(repair_name_lists(s), 1);
  EXPECT_EQ(arcs(s), "2:compound 7:nsubj 4:punct 2:conj 6:cc 2:conj 0:root 7:obj 7:punct ");
}

TEST(ListConjuncts, AListAlreadyMadeOneStays) {
  // The model's chain of conjuncts (each member on the one before) is a list too.
  Sentence s = split_subjects();
  s.words[3].head = 2;
  s.words[3].deprel = "conj";
  EXPECT_EQ(repair_name_lists(s), 0);
}

TEST(ListConjuncts, AFrontedPlaceBeforeTwoNamesIsNoList) {
  // "In Beijing, China and Japan agreed": the first name belongs to the opening phrase.
  Sentence s = test::sentence_of_rows({{"In", "ADP", "IN", 2, "case"},
                                       {"Beijing", "PROPN", "NNP", 7, "obl"},
                                       {",", "PUNCT", ",", 2, "punct"},
                                       {"China", "PROPN", "NNP", 7, "nsubj"},
                                       {"and", "CCONJ", "CC", 6, "cc"},
                                       {"Japan", "PROPN", "NNP", 4, "conj"},
                                       {"agreed", "VERB", "VBD", 0, "root"},
                                       {".", "PUNCT", ".", 7, "punct"}});
  EXPECT_EQ(repair_name_lists(s), 0);
}

}  // namespace
}  // namespace vigil::parse
