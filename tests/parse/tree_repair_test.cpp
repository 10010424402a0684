// Repairs of "on <weekday>" read as a clause marker and a subject (wire copy's "China on Sunday expressed ...").
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(TreeRepair, TheWeekdayIsAnObliqueAndTheLostSubjectHeadsBackToItsVerb) {
  // As the shipped model parsed it: "China" the root, "expressed" an advcl under the final stop.
  Sentence s = test::sentence_of_rows({{"China", "PROPN", "", 0, "root"},
                       {"on", "ADP", "", 4, "mark"},
                       {"Sunday", "PROPN", "", 4, "nsubj"},
                       {"expressed", "VERB", "", 6, "advcl"},
                       {"regret", "NOUN", "", 4, "obj"},
                       {".", "PUNCT", "", 1, "punct"}});
  EXPECT_EQ(repair_day_phrases(s), 1);
  EXPECT_EQ(arcs(s), "4:nsubj 3:case 4:obl 0:root 4:obj 4:punct ");
}

TEST(TreeRepair, AVerbAfterTheWeekdayHeadsTheSentenceItsSubjectWasMadeRootOf) {
  // As the shipped model parsed it: "China" the root, "said" a parataxis of it, the weekday a modifier of "China".
  Sentence s = test::sentence_of_rows({{"China", "PROPN", "NNP", 0, "root"},
                                       {"on", "ADP", "IN", 3, "case"},
                                       {"Thursday", "PROPN", "NNP", 1, "nmod"},
                                       {"said", "VERB", "VBD", 1, "parataxis"},
                                       {"talks", "NOUN", "NNS", 7, "nsubj"},
                                       {"were", "AUX", "VBD", 7, "cop"},
                                       {"possible", "ADJ", "JJ", 4, "ccomp"},
                                       {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_EQ(repair_day_verb_roots(s), 1);
  EXPECT_EQ(arcs(s), "4:nsubj 3:case 4:obl 0:root 7:nsubj 7:cop 4:ccomp 4:punct ");
}

TEST(TreeRepair, ABareWeekdayOrACommaBeforeItAlsoLetsTheVerbHeadTheSentence) {
  // "President Bill Clinton Friday assured Lee", "assured" an amod of "Bill".
  Sentence bare = test::sentence_of_rows({{"President", "PROPN", "NNP", 2, "compound"},
                                          {"Bill", "PROPN", "NNP", 0, "root"},
                                          {"Clinton", "PROPN", "NNP", 2, "flat"},
                                          {"Friday", "PROPN", "NNP", 2, "nmod:unmarked"},
                                          {"assured", "VERB", "VBD", 2, "amod"},
                                          {"Lee", "PROPN", "NNP", 2, "obj"}});
  EXPECT_EQ(repair_day_verb_roots(bare), 1);
  EXPECT_EQ(arcs(bare), "2:compound 5:nsubj 2:flat 5:obl:unmarked 0:root 5:obj ");
  // "Sokha, a police chief, on Sunday vowed": the comma closing the apposition goes with the verb.
  Sentence comma = test::sentence_of_rows({{"Sokha", "PROPN", "NNP", 0, "root"},
                                           {",", "PUNCT", ",", 4, "punct"},
                                           {"a", "DET", "DT", 4, "det"},
                                           {"chief", "NOUN", "NN", 1, "appos"},
                                           {",", "PUNCT", ",", 1, "punct"},
                                           {"on", "ADP", "IN", 7, "case"},
                                           {"Sunday", "PROPN", "NNP", 1, "nmod"},
                                           {"vowed", "VERB", "VBD", 1, "conj"}});
  EXPECT_EQ(repair_day_verb_roots(comma), 1);
  EXPECT_EQ(arcs(comma), "8:nsubj 4:punct 4:det 1:appos 8:punct 7:case 8:obl 0:root ");
}

TEST(TreeRepair, ANounMadeTheRootGivesWayToTheFiniteVerbHungOnIt) {
  // "Brent crude gained 23 cents .", "gained" an acl of "crude".
  Sentence s = test::sentence_of_rows({{"Brent", "PROPN", "NNP", 2, "compound"},
                                       {"crude", "NOUN", "NN", 0, "root"},
                                       {"gained", "VERB", "VBD", 2, "acl"},
                                       {"23", "NUM", "CD", 5, "nummod"},
                                       {"cents", "NOUN", "NNS", 3, "obj"},
                                       {".", "PUNCT", ".", 2, "punct"}});
  EXPECT_EQ(repair_nominal_roots(s), 1);
  EXPECT_EQ(arcs(s), "2:compound 3:nsubj 0:root 5:nummod 3:obj 3:punct ");
}

TEST(TreeRepair, AParticipleWithAFiniteAuxiliaryOrTakenForOneHeadsTheSentence) {
  // "De Beers has sold 26 percent", "sold" an acl of "Beers" with its auxiliary.
  Sentence perfect = test::sentence_of_rows({{"De", "PROPN", "NNP", 2, "compound"},
                                             {"Beers", "PROPN", "NNP", 0, "root"},
                                             {"has", "AUX", "VBZ", 4, "aux"},
                                             {"sold", "VERB", "VBN", 2, "acl"},
                                             {"stake", "NOUN", "NN", 4, "obj"}});
  EXPECT_EQ(repair_nominal_roots(perfect), 1);
  EXPECT_EQ(arcs(perfect), "2:compound 4:nsubj 4:aux 0:root 4:obj ");
  // "The welcome was held under a shelter": with "be" the participle is passive.
  Sentence passive = test::sentence_of_rows({{"The", "DET", "DT", 2, "det"},
                                             {"welcome", "NOUN", "NN", 0, "root"},
                                             {"was", "AUX", "VBD", 4, "aux"},
                                             {"held", "VERB", "VBN", 2, "acl"},
                                             {"under", "ADP", "IN", 6, "case"},
                                             {"shelter", "NOUN", "NN", 4, "obl"}});
  passive.words[2].lemma = "be";
  EXPECT_EQ(repair_nominal_roots(passive), 1);
  EXPECT_EQ(arcs(passive), "2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl ");
  // "The statement called for peace": a past tense the tagger took for a participle; it is retagged.
  Sentence bare = test::sentence_of_rows({{"The", "DET", "DT", 2, "det"},
                                          {"statement", "NOUN", "NN", 0, "root"},
                                          {"called", "VERB", "VBN", 2, "acl"},
                                          {"for", "ADP", "IN", 5, "case"},
                                          {"peace", "NOUN", "NN", 3, "obl"},
                                          {".", "PUNCT", ".", 2, "punct"}});
  EXPECT_EQ(repair_nominal_roots(bare), 1);
  EXPECT_EQ(arcs(bare), "2:det 3:nsubj 0:root 5:case 3:obl 3:punct ");
  EXPECT_EQ(bare.words[2].xpos, "VBD");
  // "Nguyen, an Australian, had been sentenced to death": the verb left unattached ("dep") heads it too.
  Sentence loose = test::sentence_of_rows({{"Nguyen", "PROPN", "NNP", 0, "root"},
                                           {",", "PUNCT", ",", 1, "punct"},
                                           {"Australian", "PROPN", "NNP", 1, "appos"},
                                           {"had", "AUX", "VBD", 5, "aux"},
                                           {"sentenced", "VERB", "VBN", 1, "dep"},
                                           {"death", "NOUN", "NN", 5, "obl"}});
  loose.words[3].lemma = "have";
  EXPECT_EQ(repair_nominal_roots(loose), 1);
  EXPECT_EQ(arcs(loose), "5:nsubj 1:punct 1:appos 5:aux 0:root 5:obl ");
}

TEST(TreeRepair, AParticipleDescribingItsNounStaysBelowIt) {
  // "Guarantees given by banks ...": a by-phrase makes it a passive describing the noun.
  Sentence by = test::sentence_of_rows({{"Guarantees", "NOUN", "NNS", 0, "root"},
                                        {"given", "VERB", "VBN", 1, "acl"},
                                        {"by", "ADP", "IN", 4, "case"},
                                        {"banks", "NOUN", "NNS", 2, "obl"}});
  by.words[2].lemma = "by";
  EXPECT_EQ(repair_nominal_roots(by), 0);
  // "A fleet composed of three warships visited Qingdao": the finite verb below it is the sentence's own, so the
  // participle stays the noun's.
  Sentence fleet = test::sentence_of_rows({{"A", "DET", "DT", 2, "det"},
                                           {"fleet", "NOUN", "NN", 0, "root"},
                                           {"composed", "VERB", "VBN", 2, "acl"},
                                           {"of", "ADP", "IN", 5, "case"},
                                           {"warships", "NOUN", "NNS", 3, "obl"},
                                           {"visited", "VERB", "VBD", 3, "conj"},
                                           {"Qingdao", "PROPN", "NNP", 6, "obj"}});
  EXPECT_EQ(arcs(fleet), "2:det 0:root 2:acl 5:case 3:obl 3:conj 6:obj ");  // as parsed, before any repair
  // With no subject, "and" or marker of its own, that finite verb heads the sentence, the noun its subject.
  const std::string fleet_repaired = "2:det 6:nsubj 2:acl 5:case 3:obl 0:root 6:obj ";
  Sentence fleet_again = fleet;
  EXPECT_EQ(repair_nominal_roots(fleet_again), 1);
  EXPECT_EQ(arcs(fleet_again), fleet_repaired);
  // Not a verb of saying: "..., noted Liu Yuzhu" is a speaker's clause.
  Sentence noted = test::sentence_of_rows({{"consumption", "NOUN", "NN", 0, "root"},
                                           {"estimated", "VERB", "VBN", 1, "acl"},
                                           {"at", "ADP", "IN", 4, "case"},
                                           {"tons", "NOUN", "NNS", 2, "obl"},
                                           {"noted", "VERB", "VBD", 2, "conj"},
                                           {"Liu", "PROPN", "NNP", 5, "obj"}});
  noted.words[4].lemma = "note";
  EXPECT_EQ(repair_nominal_roots(noted), 0);
  // "Economic data considered routine elsewhere are not known": a finite verb outside it.
  Sentence data = test::sentence_of_rows({{"data", "NOUN", "NNS", 0, "root"},
                                          {"considered", "VERB", "VBN", 1, "acl"},
                                          {"in", "ADP", "IN", 4, "case"},
                                          {"countries", "NOUN", "NNS", 2, "obl"},
                                          {"are", "AUX", "VBP", 6, "aux:pass"},
                                          {"known", "VERB", "VBN", 1, "acl"}});
  EXPECT_EQ(repair_nominal_roots(data), 0);
}

TEST(TreeRepair, ANominalPredicateOrAJoinedVerbKeepsItsNounRoot) {
  // '"It is a key priority," said Xu': the noun with its copula is the clause; "said" its parataxis, as UD has it.
  Sentence quote = test::sentence_of_rows({{"It", "PRON", "PRP", 4, "nsubj"},
                                           {"is", "AUX", "VBZ", 4, "cop"},
                                           {"a", "DET", "DT", 4, "det"},
                                           {"priority", "NOUN", "NN", 0, "root"},
                                           {",", "PUNCT", ",", 6, "punct"},
                                           {"said", "VERB", "VBD", 4, "parataxis"},
                                           {"Xu", "PROPN", "NNP", 6, "nsubj"}});
  EXPECT_EQ(repair_nominal_roots(quote), 0);
  // "Soldiers and ... and played": joined by "and", a second act whose subject is elsewhere.
  Sentence joined = test::sentence_of_rows({{"Soldiers", "NOUN", "NNS", 0, "root"},
                                            {"and", "CCONJ", "CC", 3, "cc"},
                                            {"played", "VERB", "VBD", 1, "conj"},
                                            {"anthems", "NOUN", "NNS", 3, "obj"}});
  EXPECT_EQ(repair_nominal_roots(joined), 0);
}

TEST(TreeRepair, TheSpeakerAfterAnInvertedSaidIsItsSubject) {
  // '"It is over," said the sources', "sources" an object of "said".
  Sentence s = test::sentence_of_rows({{"It", "PRON", "PRP", 3, "nsubj"},
                                       {"is", "AUX", "VBZ", 3, "cop"},
                                       {"over", "ADV", "RB", 0, "root"},
                                       {",", "PUNCT", ",", 5, "punct"},
                                       {"said", "VERB", "VBD", 3, "parataxis"},
                                       {"the", "DET", "DT", 7, "det"},
                                       {"sources", "NOUN", "NNS", 5, "obj"},
                                       {".", "PUNCT", ".", 3, "punct"}});
  s.words[4].lemma = "say";
  EXPECT_EQ(repair_inverted_speakers(s), 1);
  EXPECT_EQ(s.words[6].deprel, "nsubj");
  // "..., said after talks in Rome": a phrase with a preposition is no speaker; nor is a clause.
  Sentence pp = test::sentence_of_rows({{"Over", "ADV", "RB", 3, "advmod"},
                                        {",", "PUNCT", ",", 3, "punct"},
                                        {"said", "VERB", "VBD", 0, "root"},
                                        {"after", "ADP", "IN", 5, "case"},
                                        {"talks", "NOUN", "NNS", 3, "obl"}});
  pp.words[2].lemma = "say";
  EXPECT_EQ(repair_inverted_speakers(pp), 0);
  Sentence clause = test::sentence_of_rows({{"Over", "ADV", "RB", 3, "advmod"},
                                            {",", "PUNCT", ",", 3, "punct"},
                                            {"said", "VERB", "VBD", 0, "root"},
                                            {"talks", "NOUN", "NNS", 6, "nsubj"},
                                            {"could", "AUX", "MD", 6, "aux"},
                                            {"resume", "VERB", "VB", 3, "ccomp"}});
  clause.words[2].lemma = "say";
  EXPECT_EQ(repair_inverted_speakers(clause), 0);
}

TEST(TreeRepair, APossessorWithABareApostropheOwnsThePhraseAfterIt) {
  // "Cyprus' Foreign Minister George Lillikas left", "Cyprus" made a second subject of "left".
  Sentence s = test::sentence_of_rows({{"Cyprus", "PROPN", "NNP", 7, "nsubj"},
                                       {"'", "PART", "POS", 1, "case"},
                                       {"Foreign", "ADJ", "JJ", 4, "amod"},
                                       {"Minister", "PROPN", "NNP", 5, "nmod:desc"},
                                       {"George", "PROPN", "NNP", 7, "nsubj"},
                                       {"Lillikas", "PROPN", "NNP", 5, "flat"},
                                       {"left", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_possessives(s), 1);
  EXPECT_EQ(arcs(s), "5:nmod:poss 1:case 4:amod 5:nmod:desc 7:nsubj 5:flat 0:root ");
  // A possessor the model already read right stays.
  Sentence right = test::sentence_of_rows({{"Cyprus", "PROPN", "NNP", 3, "nmod:poss"},
                                           {"'", "PART", "POS", 1, "case"},
                                           {"minister", "NOUN", "NN", 4, "nsubj"},
                                           {"left", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_possessives(right), 0);
}

TEST(TreeRepair, APossessorWithApostropheSOwnsThePhraseBesideIt) {
  // "after meeting New Zealand's Prime Minister Helen Clark": "New Zealand 's" made a second object of "meeting".
  Sentence s = test::sentence_of_rows({{"meeting", "VERB", "VBG", 0, "root"},
                                       {"New", "ADJ", "NNP", 3, "amod"},
                                       {"Zealand", "PROPN", "NNP", 1, "obj"},
                                       {"'s", "PART", "POS", 3, "case"},
                                       {"Prime", "ADJ", "NNP", 6, "amod"},
                                       {"Minister", "PROPN", "NNP", 7, "nmod:desc"},
                                       {"Helen", "PROPN", "NNP", 1, "obj"},
                                       {"Clark", "PROPN", "NNP", 7, "flat"}});
  EXPECT_EQ(repair_possessives(s), 1);
  EXPECT_EQ(arcs(s), "0:root 3:amod 7:nmod:poss 3:case 6:amod 7:nmod:desc 1:obj 7:flat ");
  // "rebuffing Martin's criticisms", the owned noun left as an oblique with no preposition: it takes the object's place.
  Sentence obl = test::sentence_of_rows({{"rebuffing", "VERB", "VBG", 0, "root"},
                                         {"Martin", "PROPN", "NNP", 1, "obj"},
                                         {"'s", "PART", "POS", 2, "case"},
                                         {"criticisms", "NOUN", "NNS", 1, "obl"}});
  EXPECT_EQ(repair_possessives(obl), 1);
  EXPECT_EQ(arcs(obl), "0:root 4:nmod:poss 2:case 1:obj ");
  // A conjunct's marker may own the whole coordination ("Gondor and Arnor's Elrond"): left alone.
  Sentence conj = test::sentence_of_rows({{"Gondor", "PROPN", "NNP", 5, "nmod:poss"},
                                          {"and", "CCONJ", "CC", 3, "cc"},
                                          {"Arnor", "PROPN", "NNP", 1, "conj"},
                                          {"'s", "PART", "POS", 3, "case"},
                                          {"Elrond", "PROPN", "NNP", 0, "root"}});
  EXPECT_EQ(repair_possessives(conj), 0);
}

TEST(TreeRepair, AnOpeningParticipleIsTheClauseOfTheFiniteVerbAfterItsComma) {
  // "Speaking after the meeting, Boucher said it was ready.": the model made "Speaking" the root and "said" its
  // conjunct.
  Sentence s = test::sentence_of_rows({{"Speaking", "VERB", "VBG", 0, "root"},
                                       {"after", "ADP", "IN", 4, "case"},
                                       {"the", "DET", "DT", 4, "det"},
                                       {"meeting", "NOUN", "NN", 1, "obl"},
                                       {",", "PUNCT", ",", 1, "punct"},
                                       {"Boucher", "PROPN", "NNP", 7, "nsubj"},
                                       {"said", "VERB", "VBD", 1, "conj"},
                                       {"it", "PRON", "PRP", 10, "nsubj"},
                                       {"was", "AUX", "VBD", 10, "cop"},
                                       {"ready", "ADJ", "JJ", 1, "ccomp"},
                                       {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_EQ(repair_opening_participles(s), 1);
  EXPECT_EQ(arcs(s), "7:advcl 4:case 4:det 1:obl 7:punct 7:nsubj 0:root 10:nsubj 10:cop 7:ccomp 7:punct ");
  // "Asked about the impasse, he said ...": a past form with no subject of its own is such a participle too.
  Sentence asked = test::sentence_of_rows({{"Asked", "VERB", "VBD", 0, "root"},
                                           {"about", "ADP", "IN", 3, "case"},
                                           {"talks", "NOUN", "NNS", 1, "obl"},
                                           {",", "PUNCT", ",", 1, "punct"},
                                           {"he", "PRON", "PRP", 6, "nsubj"},
                                           {"said", "VERB", "VBD", 1, "parataxis"},
                                           {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_EQ(repair_opening_participles(asked), 1);
  EXPECT_EQ(arcs(asked), "6:advcl 3:case 1:obl 6:punct 6:nsubj 0:root 6:punct ");
  EXPECT_EQ(asked.words[0].xpos, "VBN");
  // A participle with no comma before the finite verb is left as parsed ("Having said he resigned").
  Sentence none = test::sentence_of_rows({{"Saying", "VERB", "VBG", 0, "root"},
                                          {"he", "PRON", "PRP", 3, "nsubj"},
                                          {"resigned", "VERB", "VBD", 1, "ccomp"},
                                          {"today", "NOUN", "NN", 3, "obl:tmod"},
                                          {".", "PUNCT", ".", 1, "punct"}});
  EXPECT_EQ(repair_opening_participles(none), 0);
}

TEST(TreeRepair, AnOpeningGerundReadAsAnAdjectiveHeadsAClauseOfTheVerbAfterTheComma) {
  // "Expressing anger over the veto, Moussa said ...": "Expressing" an adjective of "anger", a second subject.
  Sentence s = test::sentence_of_rows({{"Expressing", "ADJ", "JJ", 2, "amod"},
                                       {"anger", "NOUN", "NN", 8, "nsubj"},
                                       {"over", "ADP", "IN", 5, "case"},
                                       {"the", "DET", "DT", 5, "det"},
                                       {"veto", "NOUN", "NN", 2, "nmod"},
                                       {",", "PUNCT", ",", 2, "punct"},
                                       {"Moussa", "PROPN", "NNP", 8, "nsubj"},
                                       {"said", "VERB", "VBD", 0, "root"},
                                       {".", "PUNCT", ".", 8, "punct"}});
  EXPECT_EQ(repair_opening_gerund_modifiers(s), 1);
  EXPECT_EQ(arcs(s), "8:advcl 1:obj 5:case 5:det 2:nmod 8:punct 8:nsubj 0:root 8:punct ");
  EXPECT_EQ(s.words[0].xpos, "VBG");
  // A noun in -ing that is the subject ("Beijing, ...") or a single subject is left alone.
  Sentence one = test::sentence_of_rows({{"Rising", "ADJ", "JJ", 2, "amod"},
                                         {"prices", "NOUN", "NNS", 3, "nsubj"},
                                         {"hurt", "VERB", "VBD", 0, "root"},
                                         {"exporters", "NOUN", "NNS", 3, "obj"},
                                         {".", "PUNCT", ".", 3, "punct"}});
  EXPECT_EQ(repair_opening_gerund_modifiers(one), 0);
}

TEST(TreeRepair, ACountryAdjectiveOpeningTheSubjectIsNoAdverbOfTheVerb) {
  // "Australian Foreign Minister Alexander Downer met Hu": "Australian" hung on "met" as an adverb.
  Sentence s = test::sentence_of_rows({{"Australian", "ADJ", "JJ", 6, "advmod"},
                                       {"Foreign", "ADJ", "NNP", 3, "amod"},
                                       {"Minister", "PROPN", "NNP", 4, "nmod:desc"},
                                       {"Alexander", "PROPN", "NNP", 6, "nsubj"},
                                       {"Downer", "PROPN", "NNP", 4, "flat"},
                                       {"met", "VERB", "VBD", 0, "root"},
                                       {"Hu", "PROPN", "NNP", 6, "obj"}});
  EXPECT_EQ(repair_stray_subject_adjectives(s), 1);
  EXPECT_EQ(arcs(s), "3:amod 3:amod 4:nmod:desc 6:nsubj 4:flat 0:root 6:obj ");
  // An adverb that is no part of the subject's phrase stays ("Only the League hailed it": "Only" before "the").
  Sentence only = test::sentence_of_rows({{"Separately", "ADJ", "RB", 4, "advmod"},
                                          {",", "PUNCT", ",", 4, "punct"},
                                          {"Hu", "PROPN", "NNP", 4, "nsubj"},
                                          {"met", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_stray_subject_adjectives(only), 0);
}

TEST(TreeRepair, BetweenTakesTheMemberAfterAndThatTheParseHungElsewhere) {
  // "clashes between Fatah and the movement Hamas followed": "movement" made a parataxis of the verb.
  Sentence s = test::sentence_of_rows({{"clashes", "NOUN", "NNS", 8, "nsubj"},
                                       {"between", "ADP", "IN", 3, "case"},
                                       {"Fatah", "PROPN", "NNP", 1, "nmod"},
                                       {"and", "CCONJ", "CC", 8, "cc"},
                                       {"the", "DET", "DT", 6, "det"},
                                       {"movement", "NOUN", "NN", 8, "parataxis"},
                                       {"Hamas", "PROPN", "NNP", 6, "appos"},
                                       {"followed", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_between_pairs(s), 1);
  EXPECT_EQ(arcs(s), "8:nsubj 3:case 1:nmod 6:cc 6:det 3:conj 6:appos 0:root ");
  // A pair already joined is left alone.
  Sentence joined = test::sentence_of_rows({{"talks", "NOUN", "NNS", 0, "root"},
                                            {"between", "ADP", "IN", 3, "case"},
                                            {"Iran", "PROPN", "NNP", 1, "nmod"},
                                            {"and", "CCONJ", "CC", 5, "cc"},
                                            {"Iraq", "PROPN", "NNP", 3, "conj"}});
  EXPECT_EQ(repair_between_pairs(joined), 0);
}

TEST(TreeRepair, ATitleWrittenBeforeANameIsNoSecondSubject) {
  // "Transport Minister Matthias Wissmann said": "Minister" and "Matthias" both subjects of "said".
  Sentence s = test::sentence_of_rows({{"Transport", "PROPN", "NNP", 2, "compound"},
                                       {"Minister", "PROPN", "NNP", 5, "nsubj"},
                                       {"Matthias", "PROPN", "NNP", 5, "nsubj"},
                                       {"Wissmann", "PROPN", "NNP", 3, "flat"},
                                       {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_split_title_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:compound 3:compound 5:nsubj 3:flat 0:root ");
  // A time is no title ("A US jury last month ruled"), nor a coordination ("Karzai and his counterpart Musharraf").
  Sentence time = test::sentence_of_rows({{"Monday", "PROPN", "NNP", 3, "nsubj"},
                                          {"Annan", "PROPN", "NNP", 3, "nsubj"},
                                          {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_split_title_subjects(time), 0);
  Sentence pair = test::sentence_of_rows({{"Karzai", "PROPN", "NNP", 6, "nsubj"},
                                          {"and", "CCONJ", "CC", 4, "cc"},
                                          {"his", "PRON", "PRP$", 4, "nmod:poss"},
                                          {"counterpart", "NOUN", "NN", 1, "conj"},
                                          {"Musharraf", "PROPN", "NNP", 6, "nsubj"},
                                          {"agreed", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_split_title_subjects(pair), 0);
}

TEST(TreeRepair, AnInvertedSpeakerHungBesideTheVerbOfSayingIsItsSubject) {
  // '"We will try," said minister Gordon Brown.': "Gordon" a second parataxis of "try", beside "said".
  Sentence s = test::sentence_of_rows({{"\"", "PUNCT", "``", 3, "punct"},
                                       {"We", "PRON", "PRP", 3, "nsubj"},
                                       {"try", "VERB", "VBP", 0, "root"},
                                       {",", "PUNCT", ",", 3, "punct"},
                                       {"\"", "PUNCT", "''", 3, "punct"},
                                       {"said", "VERB", "VBD", 3, "parataxis"},
                                       {"minister", "NOUN", "NN", 8, "nmod:desc"},
                                       {"Gordon", "PROPN", "NNP", 3, "parataxis"},
                                       {"Brown", "PROPN", "NNP", 8, "flat"},
                                       {".", "PUNCT", ".", 3, "punct"}});
  s.words[5].lemma = "say";
  EXPECT_EQ(repair_inverted_speakers(s), 1);
  EXPECT_EQ(s.words[7].head, 6);
  EXPECT_EQ(s.words[7].deprel, "nsubj");
}

TEST(TreeRepair, TheNounPhraseBeforeAClosingVerbOfSayingIsItsSpeaker) {
  // "Authorities arrested a leader, police said.": "police" made a conjunct of "arrested", its comma with it.
  Sentence s = test::sentence_of_rows({{"Authorities", "NOUN", "NNS", 2, "nsubj"},
                                       {"arrested", "VERB", "VBD", 0, "root"},
                                       {"a", "DET", "DT", 4, "det"},
                                       {"leader", "NOUN", "NN", 2, "obj"},
                                       {",", "PUNCT", ",", 6, "punct"},
                                       {"police", "NOUN", "NNS", 2, "conj"},
                                       {"said", "VERB", "VBD", 2, "parataxis"},
                                       {".", "PUNCT", ".", 2, "punct"}});
  s.words[6].lemma = "say";
  EXPECT_EQ(repair_trailing_speakers(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 7:punct 7:nsubj 2:parataxis 2:punct ");
  // The verb hung on the speaker itself ("BenQ agreed, the website said."): the verb takes the speaker's place.
  Sentence below = test::sentence_of_rows({{"BenQ", "PROPN", "NNP", 2, "nsubj"},
                                           {"agreed", "VERB", "VBD", 0, "root"},
                                           {",", "PUNCT", ",", 5, "punct"},
                                           {"the", "DET", "DT", 5, "det"},
                                           {"website", "NOUN", "NN", 2, "parataxis"},
                                           {"said", "VERB", "VBD", 5, "acl"},
                                           {".", "PUNCT", ".", 2, "punct"}});
  below.words[5].lemma = "say";
  EXPECT_EQ(repair_trailing_speakers(below), 1);
  EXPECT_EQ(arcs(below), "2:nsubj 0:root 6:punct 5:det 6:nsubj 2:parataxis 2:punct ");
  // A verb of saying with its own subject is left alone.
  Sentence own = test::sentence_of_rows({{"Police", "NOUN", "NNS", 2, "nsubj"},
                                         {"said", "VERB", "VBD", 0, "root"},
                                         {".", "PUNCT", ".", 2, "punct"}});
  own.words[1].lemma = "say";
  EXPECT_EQ(repair_trailing_speakers(own), 0);
}

TEST(TreeRepair, ASpeakerMadeTheHeadOfThePhraseBeforeTheCommaGivesItBack) {
  // "They opened a probe against a former chief, the Interfax agency reported.": "agency" made the head of "against a
  // former chief", which hangs on "probe". "chief" heads its words again, in the speaker's place.
  Sentence s = test::sentence_of_rows({{"They", "PRON", "PRP", 2, "nsubj"},
                                       {"opened", "VERB", "VBD", 0, "root"},
                                       {"a", "DET", "DT", 4, "det"},
                                       {"probe", "NOUN", "NN", 2, "obj"},
                                       {"against", "ADP", "IN", 12, "case"},
                                       {"a", "DET", "DT", 12, "det"},
                                       {"former", "ADJ", "JJ", 12, "amod"},
                                       {"chief", "NOUN", "NN", 12, "nsubj"},
                                       {",", "PUNCT", ",", 8, "punct"},
                                       {"the", "DET", "DT", 12, "det"},
                                       {"Interfax", "PROPN", "NNP", 12, "compound"},
                                       {"agency", "NOUN", "NN", 4, "nmod"},
                                       {"reported", "VERB", "VBD", 2, "conj"},
                                       {".", "PUNCT", ".", 2, "punct"}});
  s.words[12].lemma = "report";
  EXPECT_EQ(repair_trailing_speakers(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:det 2:obj 8:case 8:det 8:amod 4:nmod 8:punct 12:det 12:compound 13:nsubj "
                     "2:conj 2:punct ");
}

TEST(TreeRepair, TheObjectOfAVerbOfSayingRightBeforeItsSubjectlessClauseIsTheClausesSubject) {
  // "McCormack confirmed Bandar met Rice": "Bandar" the object of "confirmed", "met" its clause with no subject.
  Sentence s = test::sentence_of_rows({{"McCormack", "PROPN", "NNP", 2, "nsubj"},
                                       {"confirmed", "VERB", "VBD", 0, "root"},
                                       {"Bandar", "PROPN", "NNP", 2, "obj"},
                                       {"met", "VERB", "VBD", 2, "ccomp"},
                                       {"Rice", "PROPN", "NNP", 4, "obj"}});
  s.words[1].lemma = "confirm";
  EXPECT_EQ(repair_reported_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:nsubj 2:ccomp 4:obj ");
  // A conjunct shares its subject ("denied the allegations but told reporters"): left alone.
  Sentence conj = test::sentence_of_rows({{"Chaowalit", "PROPN", "NNP", 2, "nsubj"},
                                          {"denied", "VERB", "VBD", 0, "root"},
                                          {"allegations", "NOUN", "NNS", 2, "obj"},
                                          {"told", "VERB", "VBD", 2, "conj"},
                                          {"reporters", "NOUN", "NNS", 4, "obj"}});
  conj.words[1].lemma = "deny";
  EXPECT_EQ(repair_reported_subjects(conj), 0);
  // Deciding reports a clause too ("officials decided Williams's offence merited a suspension"); telling does not,
  // its object is the audience ("Fujimori told a crowd the crisis ended" keeps "crowd" the object).
  Sentence decided = test::sentence_of_rows({{"officials", "NOUN", "NNS", 2, "nsubj"},
                                             {"decided", "VERB", "VBD", 0, "root"},
                                             {"offence", "NOUN", "NN", 2, "obj"},
                                             {"merited", "VERB", "VBD", 2, "ccomp"},
                                             {"suspension", "NOUN", "NN", 4, "obj"}});
  decided.words[1].lemma = "decide";
  EXPECT_EQ(repair_reported_subjects(decided), 1);
  Sentence told = test::sentence_of_rows({{"Fujimori", "PROPN", "NNP", 2, "nsubj"},
                                          {"told", "VERB", "VBD", 0, "root"},
                                          {"crowd", "NOUN", "NN", 2, "obj"},
                                          {"ended", "VERB", "VBD", 2, "ccomp"}});
  told.words[1].lemma = "tell";
  EXPECT_EQ(repair_reported_subjects(told), 0);
}

TEST(TreeRepair, APassiveSubjectWithNoFormOfBeIsTheSubjectOrTheObject) {
  // "The students called for elections", "students" labelled a passive subject.
  Sentence past = test::sentence_of_rows({{"The", "DET", "DT", 2, "det"},
                                          {"students", "NOUN", "NNS", 3, "nsubj:pass"},
                                          {"called", "VERB", "VBD", 0, "root"},
                                          {"for", "ADP", "IN", 5, "case"},
                                          {"elections", "NOUN", "NNS", 3, "obl"}});
  EXPECT_EQ(repair_active_subjects(past), 1);
  EXPECT_EQ(past.words[1].deprel, "nsubj");
  // "The PKK has intensified bomb attacks": after the verb, beside its subject, it is the object.
  Sentence perfect = test::sentence_of_rows({{"The", "DET", "DT", 2, "det"},
                                             {"PKK", "PROPN", "NNP", 4, "nsubj"},
                                             {"has", "AUX", "VBZ", 4, "aux"},
                                             {"intensified", "VERB", "VBN", 0, "root"},
                                             {"attacks", "NOUN", "NNS", 4, "nsubj:pass"}});
  perfect.words[2].lemma = "have";
  EXPECT_EQ(repair_active_subjects(perfect), 1);
  EXPECT_EQ(perfect.words[4].deprel, "obj");
  // A real passive, or a reduced one ("Mahato, accused of ..."), keeps its passive subject.
  Sentence passive = test::sentence_of_rows({{"Mahato", "PROPN", "NNP", 3, "nsubj:pass"},
                                             {"was", "AUX", "VBD", 3, "aux:pass"},
                                             {"accused", "VERB", "VBN", 0, "root"}});
  EXPECT_EQ(repair_active_subjects(passive), 0);
  Sentence reduced = test::sentence_of_rows({{"Mahato", "PROPN", "NNP", 0, "root"},
                                             {",", "PUNCT", ",", 3, "punct"},
                                             {"accused", "VERB", "VBN", 1, "acl"}});
  reduced.words[0].deprel = "root";
  EXPECT_EQ(repair_active_subjects(reduced), 0);
}

TEST(TreeRepair, AnOpeningVisitingDescribesTheGuestWhoIsTheSubject) {
  // "Visiting Russian Premier Chernomyrdin warned Slovakia", "Visiting" the subject and the guest its object.
  Sentence s = test::sentence_of_rows({{"Visiting", "VERB", "VBG", 5, "nsubj"},
                                       {"Russian", "ADJ", "JJ", 4, "amod"},
                                       {"Premier", "PROPN", "NNP", 4, "compound"},
                                       {"Chernomyrdin", "PROPN", "NNP", 1, "obj"},
                                       {"warned", "VERB", "VBD", 0, "root"},
                                       {"Slovakia", "PROPN", "NNP", 5, "obj"}});
  EXPECT_EQ(repair_opening_visiting(s), 1);
  EXPECT_EQ(arcs(s), "4:amod 4:amod 4:compound 5:nsubj 0:root 5:obj ");
}

TEST(TreeRepair, AVerbAfterTheWeekdayWithItsOwnSubjectOrUnderAnotherClauseStays) {
  // "who on Wednesday began": the phrase before "on" is not the root.
  Sentence rel = test::sentence_of_rows({{"Sam", "PROPN", "NNP", 2, "nsubj"},
                                         {"accused", "VERB", "VBD", 0, "root"},
                                         {"minister", "NOUN", "NN", 2, "obj"},
                                         {"who", "PRON", "WP", 7, "nsubj"},
                                         {"on", "ADP", "IN", 6, "case"},
                                         {"Wednesday", "PROPN", "NNP", 7, "obl"},
                                         {"began", "VERB", "VBD", 3, "acl:relcl"}});
  const std::string before = arcs(rel);
  EXPECT_EQ(repair_day_verb_roots(rel), 0);
  EXPECT_EQ(arcs(rel), before);
  // A root verb is already right.
  Sentence root = test::sentence_of_rows({{"China", "PROPN", "NNP", 4, "nsubj"},
                                          {"on", "ADP", "IN", 3, "case"},
                                          {"Thursday", "PROPN", "NNP", 4, "obl"},
                                          {"said", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_day_verb_roots(root), 0);
}

TEST(TreeRepair, ASubjectThatKeptItsVerbStays) {
  Sentence s = test::sentence_of_rows({{"Talabani", "PROPN", "", 4, "nsubj"},
                       {"on", "ADP", "", 4, "mark"},
                       {"Sunday", "PROPN", "", 4, "nsubj"},
                       {"rejected", "VERB", "", 0, "root"},
                       {"it", "PRON", "", 4, "obj"}});
  EXPECT_EQ(repair_day_phrases(s), 1);
  EXPECT_EQ(arcs(s), "4:nsubj 3:case 4:obl 0:root 4:obj ");
}

TEST(TreeRepair, ASubjectHungUnderTheWeekdayIsTheVerbs) {
  // "The United Nations on Friday has urged ...", "Nations" a compound of "Friday".
  Sentence s = test::sentence_of_rows({{"The", "DET", "", 2, "det"},
                       {"Nations", "PROPN", "", 4, "compound"},
                       {"on", "ADP", "", 4, "case"},
                       {"Friday", "PROPN", "", 6, "nsubj"},
                       {"has", "AUX", "", 6, "aux"},
                       {"urged", "VERB", "", 0, "root"}});
  s.words[2].deprel = "mark";
  EXPECT_EQ(repair_day_phrases(s), 1);
  EXPECT_EQ(arcs(s), "2:det 6:nsubj 4:case 6:obl 6:aux 0:root ");
}

TEST(TreeRepair, RightParsesAndOtherWordsAreLeftAlone) {
  Sentence right = test::sentence_of_rows({{"China", "PROPN", "", 4, "nsubj"},
                           {"on", "ADP", "", 3, "case"},
                           {"Sunday", "PROPN", "", 4, "obl"},
                           {"left", "VERB", "", 0, "root"}});
  Sentence before = right;
  EXPECT_EQ(repair_day_phrases(right), 0);
  EXPECT_EQ(arcs(right), arcs(before));
  // Not a weekday: "on" and "Time" are no day phrase.
  Sentence other = test::sentence_of_rows({{"Work", "NOUN", "", 4, "nsubj"}, {"on", "ADP", "", 4, "mark"}, {"Time", "PROPN", "", 4, "nsubj"},
                           {"began", "VERB", "", 0, "root"}});
  EXPECT_EQ(repair_day_phrases(other), 0);
}

TEST(TreeRepair, AFrontedPlacesAppositionBeforeASubjectlessVerbIsItsSubject) {
  // "In Sittwe, a fisherman, a local councillor, was beaten by soldiers": both appositions hung under the place.
  Sentence s = test::sentence_of_rows({{"In", "ADP", "", 2, "case"},
                                       {"Sittwe", "PROPN", "", 10, "obl"},
                                       {",", "PUNCT", "", 2, "punct"},
                                       {"a", "DET", "", 5, "det"},
                                       {"fisherman", "NOUN", "", 2, "appos"},
                                       {",", "PUNCT", "", 8, "punct"},
                                       {"a", "DET", "", 8, "det"},
                                       {"councillor", "NOUN", "", 2, "appos"},
                                       {"was", "AUX", "", 10, "aux:pass"},
                                       {"beaten", "VERB", "", 0, "root"},
                                       {"by", "ADP", "", 12, "case"},
                                       {"soldiers", "NOUN", "", 10, "obl:agent"}});
  EXPECT_EQ(repair_fronted_appositives(s), 1);
  EXPECT_EQ(arcs(s), "2:case 10:obl 2:punct 5:det 10:nsubj:pass 8:punct 8:det 5:appos 10:aux:pass 0:root 12:case "
                     "10:obl:agent ");
}

TEST(TreeRepair, AFrontedAppositionStaysWhereTheVerbHasASubjectOrNoAuxiliary) {
  // "In Sittwe, the state capital, soldiers beat a fisherman": the clause has its subject.
  Sentence with_subject = test::sentence_of_rows({{"In", "ADP", "", 2, "case"},
                                                  {"Sittwe", "PROPN", "", 7, "obl"},
                                                  {",", "PUNCT", "", 2, "punct"},
                                                  {"the", "DET", "", 5, "det"},
                                                  {"capital", "NOUN", "", 2, "appos"},
                                                  {"soldiers", "NOUN", "", 7, "nsubj"},
                                                  {"beat", "VERB", "", 0, "root"}});
  Sentence before = with_subject;
  EXPECT_EQ(repair_fronted_appositives(with_subject), 0);
  EXPECT_EQ(arcs(with_subject), arcs(before));
  // "In Sittwe, the state capital, beaten and robbed": a participle with no auxiliary is no finite clause.
  Sentence participle = test::sentence_of_rows({{"In", "ADP", "", 2, "case"},
                                                {"Sittwe", "PROPN", "", 6, "obl"},
                                                {",", "PUNCT", "", 2, "punct"},
                                                {"the", "DET", "", 5, "det"},
                                                {"capital", "NOUN", "", 2, "appos"},
                                                {"beaten", "VERB", "", 0, "root"}});
  EXPECT_EQ(repair_fronted_appositives(participle), 0);
}

TEST(TreeRepair, ABareWeekdayGivesTheSubjectHungUnderItBackToTheVerb) {
  // "The border police Tuesday warned smugglers": "police" a compound of "Tuesday", "warned" with no subject.
  Sentence s = test::sentence_of_rows({{"The", "DET", "", 3, "det"},
                       {"border", "NOUN", "", 3, "compound"},
                       {"police", "NOUN", "", 4, "compound"},
                       {"Tuesday", "PROPN", "", 5, "obl:unmarked"},
                       {"warned", "VERB", "VBD", 0, "root"},
                       {"smugglers", "NOUN", "", 5, "obj"}});
  EXPECT_EQ(repair_bare_day_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:det 3:compound 5:nsubj 5:obl:tmod 0:root 5:obj ");
}

TEST(TreeRepair, ABareWeekdayLeavesAVerbWithASubjectAlone) {
  Sentence s = test::sentence_of_rows({{"Police", "NOUN", "", 3, "nsubj"},
                       {"Tuesday", "PROPN", "", 3, "obl:tmod"},
                       {"warned", "VERB", "VBD", 0, "root"},
                       {"smugglers", "NOUN", "", 3, "obj"}});
  EXPECT_EQ(repair_bare_day_subjects(s), 0);
}

TEST(TreeRepair, AWeekdayMadeASecondSubjectIsAnOblique) {
  // "Denktash said Wednesday he was prepared": "Wednesday" a second subject of "said".
  Sentence s = test::sentence_of_rows({{"Denktash", "PROPN", "", 2, "nsubj"},
                       {"said", "VERB", "VBD", 0, "root"},
                       {"Wednesday", "PROPN", "", 2, "nsubj"},
                       {"he", "PRON", "", 5, "nsubj"},
                       {"agreed", "VERB", "VBD", 2, "ccomp"}});
  EXPECT_EQ(repair_bare_day_subjects(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 2:obl:tmod 5:nsubj 2:ccomp ");
  // The only subject stays one (the other repair's case).
  Sentence alone = test::sentence_of_rows({{"He", "PRON", "", 2, "nsubj"},
                           {"said", "VERB", "VBD", 0, "root"},
                           {"Wednesday", "PROPN", "", 4, "nsubj"},
                           {"came", "VERB", "VBD", 2, "ccomp"}});
  EXPECT_EQ(repair_bare_day_subjects(alone), 0);
  // "the party, Sunday slammed the declaration", parsed as a relative clause with the weekday its subject.
  Sentence relative = test::sentence_of_rows({{"party", "NOUN", "", 0, "root"},
                              {",", "PUNCT", "", 4, "punct"},
                              {"Sunday", "PROPN", "", 4, "nsubj"},
                              {"slammed", "VERB", "VBD", 1, "acl:relcl"},
                              {"declaration", "NOUN", "", 4, "obj"}});
  EXPECT_EQ(repair_bare_day_subjects(relative), 1);
  EXPECT_EQ(arcs(relative), "0:root 4:punct 4:obl:tmod 1:acl:relcl 4:obj ");
}

TEST(TreeRepair, AClauseOfTimeHungOnAnObjectModifiesTheVerb) {
  // "Hashimoto hoped to enact the bill before leaving for Washington": "leaving" an acl of "bill".
  Sentence s = test::sentence_of_rows({{"Hashimoto", "PROPN", "NNP", 2, "nsubj"},
                                       {"hoped", "VERB", "VBD", 0, "root"},
                                       {"to", "PART", "TO", 4, "mark"},
                                       {"enact", "VERB", "VB", 2, "xcomp"},
                                       {"the", "DET", "DT", 6, "det"},
                                       {"bill", "NOUN", "NN", 4, "obj"},
                                       {"before", "SCONJ", "IN", 8, "mark"},
                                       {"leaving", "VERB", "VBG", 6, "acl"},
                                       {"for", "ADP", "IN", 10, "case"},
                                       {"Washington", "PROPN", "NNP", 8, "obl"}});
  EXPECT_EQ(repair_noun_time_clauses(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 4:mark 2:xcomp 6:det 4:obj 8:mark 4:advcl 10:case 8:obl ");
  // A noun of time is what the clause dates ("a year after joining"), and so is a subject ("the conference after
  // assuming command was delayed").
  Sentence year = test::sentence_of_rows({{"he", "PRON", "PRP", 2, "nsubj"},
                                          {"left", "VERB", "VBD", 0, "root"},
                                          {"a", "DET", "DT", 4, "det"},
                                          {"year", "NOUN", "NN", 2, "obl:tmod"},
                                          {"after", "SCONJ", "IN", 6, "mark"},
                                          {"joining", "VERB", "VBG", 4, "acl"}});
  EXPECT_EQ(repair_noun_time_clauses(year), 0);
  Sentence subject = test::sentence_of_rows({{"the", "DET", "DT", 2, "det"},
                                             {"conference", "NOUN", "NN", 6, "nsubj:pass"},
                                             {"after", "SCONJ", "IN", 4, "mark"},
                                             {"assuming", "VERB", "VBG", 2, "acl"},
                                             {"was", "AUX", "VBD", 6, "aux:pass"},
                                             {"delayed", "VERB", "VBN", 0, "root"}});
  EXPECT_EQ(repair_noun_time_clauses(subject), 0);
  // A condition too: "Iran will give a response if it is attacked", "attacked" an acl of "response".
  Sentence condition = test::sentence_of_rows({{"Iran", "PROPN", "NNP", 3, "nsubj"},
                                               {"will", "AUX", "MD", 3, "aux"},
                                               {"give", "VERB", "VB", 0, "root"},
                                               {"response", "NOUN", "NN", 3, "obj"},
                                               {"if", "SCONJ", "IN", 8, "mark"},
                                               {"it", "PRON", "PRP", 8, "nsubj:pass"},
                                               {"is", "AUX", "VBZ", 8, "aux:pass"},
                                               {"attacked", "VERB", "VBN", 4, "acl"}});
  EXPECT_EQ(repair_noun_time_clauses(condition), 1);
  EXPECT_EQ(arcs(condition), "3:nsubj 3:aux 0:root 3:obj 8:mark 8:nsubj:pass 8:aux:pass 3:advcl ");
}

TEST(TreeRepair, AThatClauseHungOnTheDayOrSettingOfASayingIsWhatWasSaid) {
  // "Berri said Wednesday that the meeting was illegal": the clause an acl:relcl of "Wednesday".
  Sentence s = test::sentence_of_rows({{"Berri", "PROPN", "NNP", 2, "nsubj"},
                                       {"said", "VERB", "VBD", 0, "root"},
                                       {"Wednesday", "PROPN", "NNP", 2, "obl:tmod"},
                                       {"that", "SCONJ", "IN", 8, "mark"},
                                       {"the", "DET", "DT", 6, "det"},
                                       {"meeting", "NOUN", "NN", 8, "nsubj"},
                                       {"was", "AUX", "VBD", 8, "cop"},
                                       {"illegal", "ADJ", "JJ", 3, "acl:relcl"}});
  s.words[1].lemma = "say";  // the rows' lemma is the form
  EXPECT_EQ(repair_that_clauses_of_saying(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 2:obl:tmod 8:mark 6:det 8:nsubj 8:cop 2:ccomp ");
  // "said in a statement that ...": the setting, with its preposition.
  Sentence statement = test::sentence_of_rows({{"Moussa", "PROPN", "NNP", 2, "nsubj"},
                                               {"said", "VERB", "VBD", 0, "root"},
                                               {"in", "ADP", "IN", 5, "case"},
                                               {"a", "DET", "DT", 5, "det"},
                                               {"statement", "NOUN", "NN", 2, "obl"},
                                               {"that", "SCONJ", "IN", 9, "mark"},
                                               {"the", "DET", "DT", 8, "det"},
                                               {"veto", "NOUN", "NN", 9, "nsubj"},
                                               {"hurt", "VERB", "VBD", 5, "acl"},
                                               {"talks", "NOUN", "NNS", 9, "obj"}});
  statement.words[1].lemma = "say";
  EXPECT_EQ(repair_that_clauses_of_saying(statement), 1);
  EXPECT_EQ(statement.words[8].head, 2);
  EXPECT_EQ(statement.words[8].deprel, "ccomp");
  // A content noun the verb governs keeps its clause ("confirmed reports that he was approached"), and so does a
  // result ("complained to the point that they refuse").
  Sentence reports = test::sentence_of_rows({{"Peres", "PROPN", "NNP", 2, "nsubj"},
                                             {"confirmed", "VERB", "VBD", 0, "root"},
                                             {"reports", "NOUN", "NNS", 2, "obj"},
                                             {"that", "SCONJ", "IN", 7, "mark"},
                                             {"he", "PRON", "PRP", 7, "nsubj:pass"},
                                             {"was", "AUX", "VBD", 7, "aux:pass"},
                                             {"approached", "VERB", "VBN", 3, "acl"}});
  reports.words[1].lemma = "confirm";
  EXPECT_EQ(repair_that_clauses_of_saying(reports), 0);
  Sentence point = test::sentence_of_rows({{"they", "PRON", "PRP", 2, "nsubj"},
                                           {"complained", "VERB", "VBD", 0, "root"},
                                           {"to", "ADP", "IN", 5, "case"},
                                           {"the", "DET", "DT", 5, "det"},
                                           {"point", "NOUN", "NN", 2, "obl"},
                                           {"that", "SCONJ", "IN", 8, "mark"},
                                           {"they", "PRON", "PRP", 8, "nsubj"},
                                           {"refuse", "VERB", "VBP", 5, "acl"}});
  point.words[1].lemma = "complain";
  EXPECT_EQ(repair_that_clauses_of_saying(point), 0);
}

TEST(TreeRepair, DueToBeforeAVerbIsTheAdjectiveWithItsInfinitive) {
  // "Ramgoolam was due to meet Jiang": "due to" read as the preposition, "meet" the root.
  Sentence s = test::sentence_of_rows({{"Ramgoolam", "PROPN", "NNP", 5, "nsubj"},
                                       {"was", "AUX", "VBD", 5, "aux"},
                                       {"due", "ADP", "IN", 5, "case"},
                                       {"to", "ADP", "IN", 3, "fixed"},
                                       {"meet", "VERB", "VB", 0, "root"},
                                       {"Jiang", "PROPN", "NNP", 5, "obj"}});
  s.words[1].lemma = "be";
  EXPECT_EQ(repair_due_to_infinitives(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj 3:cop 0:root 5:mark 3:xcomp 5:obj ");
  EXPECT_EQ(s.words[2].upos, "ADJ");
  // The preposition before a noun stays ("delayed due to bad weather").
  Sentence cause = test::sentence_of_rows({{"flights", "NOUN", "NNS", 2, "nsubj:pass"},
                                           {"delayed", "VERB", "VBN", 0, "root"},
                                           {"due", "ADP", "IN", 6, "case"},
                                           {"to", "ADP", "IN", 3, "fixed"},
                                           {"bad", "ADJ", "JJ", 6, "amod"},
                                           {"weather", "NOUN", "NN", 2, "obl"}});
  EXPECT_EQ(repair_due_to_infinitives(cause), 0);
}

TEST(TreeRepair, ASubjectHungOnTheWeekdayAfterItIsTheVerbsSubject) {
  // "Russian Minister Mikhail Zurabov on Thursday denied reports": the name under "Russian", a compound of "Thursday".
  Sentence s = test::sentence_of_rows({{"Russian", "ADJ", "JJ", 6, "compound"},
                                       {"Minister", "PROPN", "NNP", 3, "nmod:desc"},
                                       {"Mikhail", "PROPN", "NNP", 1, "conj"},
                                       {"Zurabov", "PROPN", "NNP", 3, "flat"},
                                       {"on", "ADP", "IN", 6, "case"},
                                       {"Thursday", "PROPN", "NNP", 7, "obl"},
                                       {"denied", "VERB", "VBD", 0, "root"},
                                       {"reports", "NOUN", "NNS", 7, "obj"}});
  EXPECT_EQ(repair_bare_day_subjects(s), 1);
  EXPECT_EQ(arcs(s), "3:amod 3:nmod:desc 7:nsubj 3:flat 6:case 7:obl 0:root 7:obj ");
  // A verb with a subject keeps it ("Police on Monday arrested ...").
  Sentence subject = test::sentence_of_rows({{"police", "NOUN", "NNS", 4, "nsubj"},
                                             {"on", "ADP", "IN", 3, "case"},
                                             {"Monday", "PROPN", "NNP", 4, "obl"},
                                             {"arrested", "VERB", "VBD", 0, "root"}});
  EXPECT_EQ(repair_bare_day_subjects(subject), 0);
}

TEST(TreeRepair, TheObliqueBeforeBeToIsItsSubject) {
  // "Wulff is to meet investors": "Wulff" an oblique with no preposition.
  Sentence s = test::sentence_of_rows({{"Wulff", "PROPN", "NNP", 4, "obl"},
                                       {"is", "AUX", "VBZ", 4, "cop"},
                                       {"to", "PART", "TO", 4, "mark"},
                                       {"meet", "VERB", "VB", 0, "root"},
                                       {"investors", "NOUN", "NNS", 4, "obj"}});
  EXPECT_EQ(repair_be_to_subjects(s), 1);
  EXPECT_EQ(arcs(s), "4:nsubj 4:cop 4:mark 0:root 4:obj ");
  // An oblique with its preposition stays ("In Berlin, talks are to resume").
  Sentence place = test::sentence_of_rows({{"in", "ADP", "IN", 2, "case"},
                                           {"Berlin", "PROPN", "NNP", 5, "obl"},
                                           {"is", "AUX", "VBZ", 5, "cop"},
                                           {"to", "PART", "TO", 5, "mark"},
                                           {"resume", "VERB", "VB", 0, "root"}});
  EXPECT_EQ(repair_be_to_subjects(place), 0);
}

TEST(TreeRepair, TheRelativeClauseTakenForTheMainClauseIsTheNounsAgain) {
  // "Rebels, who fought, extended the truce .": the model made "fought" the root with two subjects and "extended"
  // its conjunct.
  Sentence s = test::sentence_of_rows({{"Rebels", "NOUN", "NNS", 4, "nsubj"},
                                       {",", "PUNCT", ",", 4, "punct"},
                                       {"who", "PRON", "WP", 4, "nsubj"},
                                       {"fought", "VERB", "VBD", 0, "root"},
                                       {",", "PUNCT", ",", 6, "punct"},
                                       {"extended", "VERB", "VBD", 4, "conj"},
                                       {"the", "DET", "DT", 8, "det"},
                                       {"truce", "NOUN", "NN", 6, "obj"},
                                       {".", "PUNCT", ".", 4, "punct"}});
  EXPECT_EQ(repair_relative_clause_roots(s), 1);
  EXPECT_EQ(arcs(s), "6:nsubj 4:punct 4:nsubj 1:acl:relcl 6:punct 0:root 8:det 6:obj 6:punct ");
  // A conjunct with its own "and" is the relative clause's second verb ("who fought and extended ...").
  Sentence joined = test::sentence_of_rows({{"Rebels", "NOUN", "NNS", 4, "nsubj"},
                                            {",", "PUNCT", ",", 4, "punct"},
                                            {"who", "PRON", "WP", 4, "nsubj"},
                                            {"fought", "VERB", "VBD", 0, "root"},
                                            {"and", "CCONJ", "CC", 6, "cc"},
                                            {"extended", "VERB", "VBD", 4, "conj"},
                                            {"the", "DET", "DT", 8, "det"},
                                            {"truce", "NOUN", "NN", 6, "obj"}});
  EXPECT_EQ(repair_relative_clause_roots(joined), 0);
}

TEST(TreeRepair, AParticipleOfOfficeIsTheAdjectiveOfItsTitle) {
  // "installed as coordinating minister for the economy": the model made "coordinating" a clause with the title its
  // object.
  Sentence s = test::sentence_of_rows({{"Budiono", "PROPN", "NNP", 3, "nsubj:pass"},
                                       {"was", "AUX", "VBD", 3, "aux:pass"},
                                       {"installed", "VERB", "VBN", 0, "root"},
                                       {"as", "SCONJ", "IN", 5, "mark"},
                                       {"coordinating", "VERB", "VBG", 3, "advcl"},
                                       {"minister", "NOUN", "NN", 5, "obj"},
                                       {"for", "ADP", "IN", 9, "case"},
                                       {"the", "DET", "DT", 9, "det"},
                                       {"economy", "NOUN", "NN", 5, "obl"}});
  EXPECT_EQ(repair_title_participles(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj:pass 3:aux:pass 0:root 6:case 6:amod 3:obl 9:case 9:det 6:obl ");
  EXPECT_EQ(s.words[4].upos, "ADJ");
  // A participle acting on what follows stays a verb: "coordinating relief", "acting swiftly".
  Sentence act = test::sentence_of_rows({{"troops", "NOUN", "NNS", 3, "nsubj"},
                                         {"are", "AUX", "VBP", 3, "aux"},
                                         {"coordinating", "VERB", "VBG", 0, "root"},
                                         {"relief", "NOUN", "NN", 3, "obj"}});
  EXPECT_EQ(repair_title_participles(act), 0);
}

TEST(TreeRepair, AGerundWithAnArticleIsANoun) {
  // "Indonesia's economy has taken a beating": the model tagged "beating" a verb and made it a clause.
  Sentence s = test::sentence_of_rows({{"economy", "NOUN", "NN", 3, "nsubj"},
                                       {"has", "AUX", "VBZ", 3, "aux"},
                                       {"taken", "VERB", "VBN", 0, "root"},
                                       {"a", "DET", "DT", 5, "det"},
                                       {"beating", "VERB", "VBG", 3, "advcl"}});
  EXPECT_EQ(repair_determined_gerunds(s), 1);
  EXPECT_EQ(arcs(s), "3:nsubj 3:aux 0:root 5:det 3:obj ");
  EXPECT_EQ(s.words[4].upos, "NOUN");
  EXPECT_EQ(s.words[4].xpos, "NN");
  EXPECT_EQ(s.words[4].lemma, "beating");
  // With a marker it is an oblique: "was hit by a bombing".
  Sentence by = test::sentence_of_rows({{"hit", "VERB", "VBN", 0, "root"},
                                        {"by", "SCONJ", "IN", 4, "mark"},
                                        {"a", "DET", "DT", 4, "det"},
                                        {"bombing", "VERB", "VBG", 1, "advcl"}});
  EXPECT_EQ(repair_determined_gerunds(by), 1);
  EXPECT_EQ(arcs(by), "0:root 4:case 4:det 1:obl ");
  // A gerund that takes an object stays a verb, and so does one with "the" ("the killing" is the parser's to get).
  Sentence obj = test::sentence_of_rows({{"began", "VERB", "VBD", 0, "root"},
                                         {"a", "DET", "DT", 3, "det"},
                                         {"shelling", "VERB", "VBG", 1, "xcomp"},
                                         {"towns", "NOUN", "NNS", 3, "obj"}});
  EXPECT_EQ(repair_determined_gerunds(obj), 0);
  Sentence the = test::sentence_of_rows({{"condemned", "VERB", "VBD", 0, "root"},
                                         {"the", "DET", "DT", 3, "det"},
                                         {"killing", "VERB", "VBG", 1, "xcomp"}});
  EXPECT_EQ(repair_determined_gerunds(the), 0);
}

}  // namespace
}  // namespace vigil::parse
