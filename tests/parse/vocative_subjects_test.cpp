// A name the model read as a vocative before a finite verb with no subject ("Luanda, meanwhile, rushed to ...") is
// the verb's subject.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(VocativeSubjects, ANameBeforeASubjectlessFiniteVerbIsItsSubject) {
  // "Luanda, meanwhile, rushed ..."
  Sentence s = test::sentence_of_rows({{"Luanda", "PROPN", "NNP", 5, "vocative"},
                                       {",", "PUNCT", ",", 1, "punct"},
                                       {"meanwhile", "ADV", "RB", 5, "advmod"},
                                       {",", "PUNCT", ",", 3, "punct"},
                                       {"rushed", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_vocative_subjects(s), 1);
  EXPECT_EQ(arcs(s), "5:nsubj 1:punct 5:advmod 3:punct 0:root ");
}

TEST(VocativeSubjects, UnderAPassiveAuxiliaryItIsThePassiveSubject) {
  // "Spicer, ..., was met by a driver"
  Sentence s = test::sentence_of_rows({{"Spicer", "PROPN", "NNP", 4, "vocative"},
                                       {",", "PUNCT", ",", 1, "punct"},
                                       {"was", "AUX", "VBD", 4, "aux:pass"},
                                       {"met", "VERB", "VBN", 0, "root"}});
  EXPECT_EQ(repair_vocative_subjects(s), 1);
  EXPECT_EQ(arcs(s), "4:nsubj:pass 1:punct 4:aux:pass 0:root ");
}

TEST(VocativeSubjects, AMainVerbMisreadAsAParticipleIsAPastTense) {
  // "Luanda, meanwhile, rushed to tidy up ...", "rushed" tagged VBN with no auxiliary but a complement.
  Sentence s = test::sentence_of_rows({{"Luanda", "PROPN", "NNP", 3, "vocative"},
                                       {",", "PUNCT", ",", 1, "punct"},
                                       {"rushed", "VERB", "VBN", 0, "root"},
                                       {"to", "PART", "TO", 5, "mark"},
                                       {"tidy", "VERB", "VB", 3, "xcomp"}});
  EXPECT_EQ(repair_vocative_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj 1:punct 0:root 5:mark 3:xcomp ");
  EXPECT_EQ(s.words[2].xpos, "VBD");
  // "Spicer, carrying luggage, met by a driver" (a headline's passive): no object, so no subject is made.
  Sentence headline = test::sentence_of_rows({{"Spicer", "PROPN", "NNP", 3, "vocative"},
                                              {",", "PUNCT", ",", 1, "punct"},
                                              {"met", "VERB", "VBN", 0, "root"},
                                              {"by", "ADP", "IN", 5, "case"},
                                              {"driver", "NOUN", "NN", 3, "obl"}});
  EXPECT_EQ(repair_vocative_subjects(headline), 0);
}

TEST(VocativeSubjects, AddressesStay) {
  // "John, call me": an imperative addresses the name.
  Sentence imperative = test::sentence_of_rows({{"John", "PROPN", "NNP", 3, "vocative"},
                                                {",", "PUNCT", ",", 1, "punct"},
                                                {"call", "VERB", "VB", 0, "root"},
                                                {"me", "PRON", "PRP", 3, "obj"}});
  EXPECT_EQ(repair_vocative_subjects(imperative), 0);
  // "Thank you Hungary": after the verb.
  Sentence thanks = test::sentence_of_rows({{"Thank", "VERB", "VBP", 0, "root"},
                                            {"you", "PRON", "PRP", 1, "obj"},
                                            {"Hungary", "PROPN", "NNP", 1, "vocative"}});
  EXPECT_EQ(repair_vocative_subjects(thanks), 0);
  // "Bob, can you send it?": the verb has its subject.
  Sentence asked = test::sentence_of_rows({{"Bob", "PROPN", "NNP", 5, "vocative"},
                                           {",", "PUNCT", ",", 1, "punct"},
                                           {"can", "AUX", "MD", 5, "aux"},
                                           {"you", "PRON", "PRP", 5, "nsubj"},
                                           {"send", "VERB", "VB", 0, "root"}});
  EXPECT_EQ(repair_vocative_subjects(asked), 0);
}

TEST(VocativeSubjects, ANameReadAsAnInterjectionIsTheSubject) {
  // "Prakash, however, said ...": the name tagged INTJ, a discourse word of "said".
  Sentence s = test::sentence_of_rows({{"Prakash", "INTJ", "UH", 5, "discourse"},
                                       {",", "PUNCT", ",", 1, "punct"},
                                       {"however", "ADV", "RB", 5, "advmod"},
                                       {",", "PUNCT", ",", 3, "punct"},
                                       {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_vocative_subjects(s), 1);
  EXPECT_EQ(s.words[0].deprel, "nsubj");
  EXPECT_EQ(s.words[0].upos, "PROPN");
  // A real interjection stays: "Well, said the minister ..." is no subject.
  Sentence well = test::sentence_of_rows({{"Well", "INTJ", "UH", 3, "discourse"},
                                          {",", "PUNCT", ",", 1, "punct"},
                                          {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_vocative_subjects(well), 0);
  EXPECT_EQ(well.words[0].deprel, "discourse");
}

}  // namespace
}  // namespace vigil::parse
