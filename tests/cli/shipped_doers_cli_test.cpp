// Who acts when a pattern of the shipped verb dictionaries matches: doers the parse did not make the verb's own
// subject. Run as a user would, `vigil code --conllu` on hand-made parses with the default dictionaries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conllu_rows.h"

namespace vigil {
namespace {

using test::conllu;

std::string code(const std::string& doc) { return test::code_conllu(doc, "2005-06-01"); }

// "Bush and Rice met last week in Jordan with Iraqi Prime Minister al-Maliki": a coordinated subject meeting with
// someone is one side of the meeting, not its two parties.
TEST(ShippedDoers, ACoordinatedSubjectMeetingWithAPartnerIsOneSide) {
  std::string out = code(conllu("d1", {{"Russia", "Russia", "PROPN", "4", "nsubj"},
                                       {"and", "and", "CCONJ", "3", "cc"},
                                       {"France", "France", "PROPN", "1", "conj"},
                                       {"met", "meet", "VERB", "0", "root"},
                                       {"with", "with", "ADP", "6", "case"},
                                       {"Iran", "Iran", "PROPN", "4", "obl"},
                                       {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\tRUS\tIRN\t040\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tFRA\tIRN\t040\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\tRUS\tFRA\t"), std::string::npos) << out;
  // The meeting is coded from the subject's side only.
  EXPECT_EQ(out.find("\tIRN\tRUS\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\tIRN\tFRA\t"), std::string::npos) << out;
  // With no partner the members meet each other.
  std::string each = code(conllu("d2", {{"Russia", "Russia", "PROPN", "4", "nsubj"},
                                        {"and", "and", "CCONJ", "3", "cc"},
                                        {"France", "France", "PROPN", "1", "conj"},
                                        {"met", "meet", "VERB", "0", "root"},
                                        {"on", "on", "ADP", "6", "case"},
                                        {"Monday", "Monday", "PROPN", "4", "obl"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(each.find("\tRUS\tFRA\t040\t"), std::string::npos) << each;
  EXPECT_NE(each.find("\tFRA\tRUS\t040\t"), std::string::npos) << each;
}

// "the al-Aqsa Martyrs Brigades, armed wing of the ruling Fatah movement, claimed responsibility ...", parsed with
// "claimed" a relative clause of "wing": a subject that names no one, in apposition to an actor, is that actor.
TEST(ShippedDoers, ASubjectInAppositionToAnActorIsThatActor) {
  std::string out = code(conllu("d3", {{"Hamas", "Hamas", "PROPN", "0", "root"},
                                       {",", ",", "PUNCT", "4", "punct"},
                                       {"the", "the", "DET", "4", "det"},
                                       {"group", "group", "NOUN", "1", "appos"},
                                       {"that", "that", "PRON", "6", "mark"},
                                       {"rules", "rule", "VERB", "4", "acl:relcl"},
                                       {"Gaza", "Gaza", "PROPN", "6", "obj"},
                                       {",", ",", "PUNCT", "9", "punct"},
                                       {"condemned", "condemn", "VERB", "4", "acl:relcl"},
                                       {"Israel", "Israel", "PROPN", "9", "obj"},
                                       {".", ".", "PUNCT", "1", "punct"}}));
  EXPECT_NE(out.find("\tPSEREB\tISR\t111\t"), std::string::npos) << out;
}

// "A senior leader of Hamas was shot dead by Israeli troops", the by-phrase hung on "dead": still the doer.
TEST(ShippedDoers, APassivesByPhraseHungOnItsPredicateNamesTheDoer) {
  std::string out = code(conllu("d4", {{"a", "a", "DET", "3", "det"},
                                       {"Hamas", "Hamas", "PROPN", "3", "compound"},
                                       {"leader", "leader", "NOUN", "5", "nsubj:pass"},
                                       {"was", "be", "AUX", "5", "aux:pass"},
                                       {"shot", "shoot", "VERB", "0", "root"},
                                       {"dead", "dead", "ADJ", "5", "xcomp"},
                                       {"by", "by", "ADP", "9", "case"},
                                       {"Israeli", "Israeli", "ADJ", "9", "amod"},
                                       {"troops", "troops", "NOUN", "6", "obl"},
                                       {".", ".", "PUNCT", "5", "punct"}}));
  EXPECT_NE(out.find("\tISRMIL\tPSEREB\t1823\t"), std::string::npos) << out;
}

// "The military wings of Hamas and Islamic Jihad claimed responsibility": a body's wing acts as the body, though
// its own words name a role of no country ("military").
TEST(ShippedDoers, ABodysWingActsAsTheBody) {
  std::string out = code(conllu("d5", {{"the", "the", "DET", "3", "det"},
                                       {"military", "military", "ADJ", "3", "amod"},
                                       {"wing", "wing", "NOUN", "6", "nsubj"},
                                       {"of", "of", "ADP", "5", "case"},
                                       {"Hamas", "Hamas", "PROPN", "3", "nmod"},
                                       {"condemned", "condemn", "VERB", "0", "root"},
                                       {"Israel", "Israel", "PROPN", "6", "obj"},
                                       {".", ".", "PUNCT", "6", "punct"}}));
  EXPECT_NE(out.find("\tPSEREB\tISR\t111\t"), std::string::npos) << out;
}

}  // namespace
}  // namespace vigil
