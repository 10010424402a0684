// Repair of a subject the parse hung back inside a fronted phrase ("Following his talks with Wu Yi, Ruggiero also
// met with ...", "In a meeting with X, Hu said ...").
#include <gtest/gtest.h>

#include <string>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(FrontedSubjects, ANameHungAsAConjunctOfTheFrontedPhraseIsTheSubject) {
  // As the shipped model parsed it: "Ruggiero" a conjunct of "Wu", "met" with no subject.
  Sentence s = test::sentence_of_rows({{"Following", "VERB", "VBG", 3, "case"},
                                       {"his", "PRON", "PRP$", 3, "nmod:poss"},
                                       {"talks", "NOUN", "NNS", 9, "obl"},
                                       {"with", "ADP", "IN", 5, "case"},
                                       {"Wu", "PROPN", "NNP", 3, "nmod"},
                                       {",", "PUNCT", ",", 7, "punct"},
                                       {"Ruggiero", "PROPN", "NNP", 5, "conj"},
                                       {"also", "ADV", "RB", 9, "advmod"},
                                       {"met", "VERB", "VBD", 0, "root"},
                                       {"with", "ADP", "IN", 11, "case"},
                                       {"Li", "PROPN", "NNP", 9, "obl"}});
  EXPECT_EQ(repair_fronted_conjunct_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:case 3:nmod:poss 9:obl 5:case 3:nmod 7:punct 9:nsubj 9:advmod 0:root 11:case 9:obl ");
}

TEST(FrontedSubjects, AnAppositionWithItsOwnWordsMovesWhole) {
  // "In a statement, the relief agency said ...": "agency" an apposition of "statement".
  Sentence s = test::sentence_of_rows({{"In", "ADP", "IN", 3, "case"},
                                       {"a", "DET", "DT", 3, "det"},
                                       {"statement", "NOUN", "NN", 8, "obl"},
                                       {",", "PUNCT", ",", 7, "punct"},
                                       {"the", "DET", "DT", 7, "det"},
                                       {"relief", "NOUN", "NN", 7, "compound"},
                                       {"agency", "NOUN", "NN", 3, "appos"},
                                       {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_fronted_conjunct_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:case 3:det 8:obl 7:punct 7:det 7:compound 8:nsubj 0:root ");
}

TEST(FrontedSubjects, AVerbWithASubjectOrNoFiniteFormIsLeftAlone) {
  // "In talks with Wu, Li and Ruggiero, he said": the list is the phrase's; the verb has its subject.
  Sentence with_subject = test::sentence_of_rows({{"In", "ADP", "IN", 2, "case"},
                                                  {"talks", "NOUN", "NNS", 7, "obl"},
                                                  {"with", "ADP", "IN", 4, "case"},
                                                  {"Wu", "PROPN", "NNP", 2, "nmod"},
                                                  {",", "PUNCT", ",", 6, "punct"},
                                                  {"he", "PRON", "PRP", 7, "nsubj"},
                                                  {"said", "VERB", "VBD", 0, "root"}});
  Sentence before = with_subject;
  EXPECT_EQ(repair_fronted_conjunct_subjects(with_subject), 0);
  EXPECT_EQ(arcs(with_subject), arcs(before));
  // "After talks with Wu, Li speaking ...": a participle is no finite clause.
  Sentence participle = test::sentence_of_rows({{"After", "ADP", "IN", 2, "case"},
                                                {"talks", "NOUN", "NNS", 6, "obl"},
                                                {"with", "ADP", "IN", 4, "case"},
                                                {"Wu", "PROPN", "NNP", 2, "nmod"},
                                                {",", "PUNCT", ",", 5, "punct"},
                                                {"Li", "PROPN", "NNP", 4, "conj"},
                                                {"speaking", "VERB", "VBG", 0, "root"}});
  before = participle;
  EXPECT_EQ(repair_fronted_conjunct_subjects(participle), 0);
  EXPECT_EQ(arcs(participle), arcs(before));
  // A conjunct of a phrase that is not fronted before the verb (the verb's object) stays.
  Sentence object = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                            {"met", "VERB", "VBD", 0, "root"},
                                            {"Wu", "PROPN", "NNP", 2, "obj"},
                                            {",", "PUNCT", ",", 5, "punct"},
                                            {"Li", "PROPN", "NNP", 3, "conj"},
                                            {"left", "VERB", "VBD", 2, "conj"}});
  before = object;
  EXPECT_EQ(repair_fronted_conjunct_subjects(object), 0);
  EXPECT_EQ(arcs(object), arcs(before));
}

TEST(FrontedSubjects, AnAppositionOfTheFrontedPhraseBeforeAFiniteVerbIsItsSubject) {
  // "On Sunday, Beidetz, the head of research, told ...": "Beidetz" an apposition of "Sunday", "told" (finite by its
  // own tag, no auxiliary) with no subject.
  Sentence s = test::sentence_of_rows({{"On", "ADP", "IN", 2, "case"},
                                       {"Sunday", "PROPN", "NNP", 8, "obl"},
                                       {",", "PUNCT", ",", 4, "punct"},
                                       {"Beidetz", "PROPN", "NNP", 2, "appos"},
                                       {",", "PUNCT", ",", 6, "punct"},
                                       {"head", "NOUN", "NN", 2, "appos"},
                                       {",", "PUNCT", ",", 4, "punct"},
                                       {"told", "VERB", "VBD", 0, "root"},
                                       {"ministers", "NOUN", "NNS", 8, "obj"}});
  EXPECT_EQ(repair_fronted_appositives(s), 1);
  EXPECT_EQ(arcs(s), "2:case 8:obl 4:punct 8:nsubj 6:punct 4:appos 4:punct 0:root 8:obj ");
  // A name joined to the apposition by a comma alone is the subject the conjunct repair restores ("In a meeting
  // with President Bashir, Hu said"): this repair leaves it.
  Sentence hu = test::sentence_of_rows({{"In", "ADP", "IN", 3, "case"},
                                        {"a", "DET", "DT", 3, "det"},
                                        {"meeting", "NOUN", "NN", 8, "obl"},
                                        {"with", "ADP", "IN", 5, "case"},
                                        {"Bashir", "PROPN", "NNP", 3, "appos"},
                                        {",", "PUNCT", ",", 7, "punct"},
                                        {"Hu", "PROPN", "NNP", 5, "conj"},
                                        {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_fronted_appositives(hu), 0);
  // A name made a flat part of the fronted weekday across a comma: "On Saturday, Mobutu offered ...".
  Sentence flat = test::sentence_of_rows({{"On", "ADP", "IN", 2, "case"},
                                          {"Saturday", "PROPN", "NNP", 5, "obl"},
                                          {",", "PUNCT", ",", 2, "punct"},
                                          {"Mobutu", "PROPN", "NNP", 2, "flat"},
                                          {"offered", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_fronted_appositives(flat), 1);
  EXPECT_EQ(arcs(flat), "2:case 5:obl 2:punct 5:nsubj 0:root ");
}

}  // namespace
}  // namespace vigil::parse
