// Patterns of the shipped verb dictionaries (dicts/verbs), run as a user would: `vigil code --conllu` on hand-made
// parses with the default dictionaries, so a pattern that is dropped or recoded shows here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conllu_rows.h"

namespace vigil {
namespace {

using test::conllu;
using test::run_vigil;

std::string code(const std::string& doc) { return test::code_conllu(doc, "2005-06-01"); }

TEST(ShippedVerbs, ReaffirmingSupportIsAnEndorsement) {
  std::string out = code(conllu("d1", {{"France", "France", "PROPN", "2", "nsubj"},
                                       {"reaffirmed", "reaffirm", "VERB", "0", "root"},
                                       {"its", "its", "PRON", "4", "nmod:poss"},
                                       {"support", "support", "NOUN", "2", "obj"},
                                       {"for", "for", "ADP", "6", "case"},
                                       {"Lebanon", "Lebanon", "PROPN", "4", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tFRA\tLBN\t051\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ParticipatingInTalksIsNegotiating) {
  std::string out = code(conllu("d2", {{"China", "China", "PROPN", "2", "nsubj"},
                                       {"participated", "participate", "VERB", "0", "root"},
                                       {"in", "in", "ADP", "4", "case"},
                                       {"talks", "talk", "NOUN", "2", "obl"},
                                       {"with", "with", "ADP", "6", "case"},
                                       {"Japan", "Japan", "PROPN", "4", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tCHN\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t046\t"), std::string::npos) << out;
  // Elections are not events.
  std::string vote = code(conllu("d3", {{"Egypt", "Egypt", "PROPN", "2", "nsubj"},
                                        {"participated", "participate", "VERB", "0", "root"},
                                        {"in", "in", "ADP", "4", "case"},
                                        {"elections", "election", "NOUN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(vote.find("\tEGY\t"), std::string::npos) << vote;
}

TEST(ShippedVerbs, ArrivingForAVisitIsAVisit) {
  std::string out = code(conllu("d4", {{"Egyptian", "Egyptian", "ADJ", "2", "amod"},
                                       {"president", "president", "NOUN", "3", "nsubj"},
                                       {"arrived", "arrive", "VERB", "0", "root"},
                                       {"here", "here", "ADV", "3", "advmod"},
                                       {"for", "for", "ADP", "8", "case"},
                                       {"a", "a", "DET", "8", "det"},
                                       {"state", "state", "NOUN", "8", "compound"},
                                       {"visit", "visit", "NOUN", "3", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tEGYGOV\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t042\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ANominalCrackdownOnAnActorIsRepression) {
  std::string out = code(conllu("d5", {{"Indonesia", "Indonesia", "PROPN", "3", "nmod:poss"},
                                       {"'s", "'s", "PART", "1", "case"},
                                       {"crackdown", "crackdown", "NOUN", "7", "nsubj"},
                                       {"on", "on", "ADP", "6", "case"},
                                       {"Acehnese", "Acehnese", "ADJ", "6", "amod"},
                                       {"rebels", "rebel", "NOUN", "3", "nmod"},
                                       {"angered", "anger", "VERB", "0", "root"},
                                       {"Australia", "Australia", "PROPN", "7", "obj"},
                                       {".", ".", "PUNCT", "7", "punct"}}));
  EXPECT_NE(out.find("\tIDN\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t175\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, TheVisitOfAnActorIsTheirVisit) {
  // "Egypt recalled the visit of the Japanese premier to Cairo": the of-phrase visits, its to-phrase is visited.
  std::string out = code(conllu("d6", {{"Egypt", "Egypt", "PROPN", "2", "nsubj"},
                                       {"recalled", "recall", "VERB", "0", "root"},
                                       {"the", "the", "DET", "4", "det"},
                                       {"visit", "visit", "NOUN", "2", "obj"},
                                       {"of", "of", "ADP", "8", "case"},
                                       {"the", "the", "DET", "8", "det"},
                                       {"Japanese", "Japanese", "ADJ", "8", "amod"},
                                       {"premier", "premier", "NOUN", "4", "nmod"},
                                       {"to", "to", "ADP", "10", "case"},
                                       {"Cairo", "Cairo", "PROPN", "8", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("	JPNGOV	EGY"), std::string::npos) << out;
  EXPECT_NE(out.find("	042	"), std::string::npos) << out;
}

TEST(ShippedVerbs, RenewingACondemnationIsACriticism) {
  std::string out = code(conllu("d7", {{"Egypt", "Egypt", "PROPN", "2", "nsubj"},
                                       {"renewed", "renew", "VERB", "0", "root"},
                                       {"its", "its", "PRON", "4", "nmod:poss"},
                                       {"condemnation", "condemnation", "NOUN", "2", "obj"},
                                       {"of", "of", "ADP", "6", "case"},
                                       {"Japan", "Japan", "PROPN", "4", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("	EGY	JPN"), std::string::npos) << out;
  EXPECT_NE(out.find("	111	"), std::string::npos) << out;
}

TEST(ShippedVerbs, NominalAttacksNeedAnOwnerAndAnAimedAtTarget) {
  // "Israeli raids on Gaza continued": the Israeli military attacks the Palestinian territories.
  std::string raids = code(conllu("n1", {{"Israeli", "Israeli", "ADJ", "2", "amod"},
                                         {"raids", "raid", "NOUN", "5", "nsubj"},
                                         {"on", "on", "ADP", "4", "case"},
                                         {"Gaza", "Gaza", "PROPN", "2", "nmod"},
                                         {"continued", "continue", "VERB", "0", "root"},
                                         {".", ".", "PUNCT", "5", "punct"}}));
  EXPECT_NE(raids.find("\tISRMIL\tPSE\t190\t"), std::string::npos) << raids;
  // "Iran's verbal attacks on Israel continued": criticism, not force.
  std::string verbal = code(conllu("n2", {{"Iran", "Iran", "PROPN", "4", "nmod:poss"},
                                          {"'s", "'s", "PART", "1", "case"},
                                          {"verbal", "verbal", "ADJ", "4", "amod"},
                                          {"attacks", "attack", "NOUN", "7", "nsubj"},
                                          {"on", "on", "ADP", "6", "case"},
                                          {"Israel", "Israel", "PROPN", "4", "nmod"},
                                          {"continued", "continue", "VERB", "0", "root"},
                                          {".", ".", "PUNCT", "7", "punct"}}));
  EXPECT_NE(verbal.find("\tIRN\tISR\t111\t"), std::string::npos) << verbal;
  EXPECT_EQ(verbal.find("\t190\t"), std::string::npos) << verbal;
  // "The attack on Gaza continued": nobody named attacks.
  std::string bare = code(conllu("n3", {{"The", "the", "DET", "2", "det"},
                                        {"attack", "attack", "NOUN", "5", "nsubj"},
                                        {"on", "on", "ADP", "4", "case"},
                                        {"Gaza", "Gaza", "PROPN", "2", "nmod"},
                                        {"continued", "continue", "VERB", "0", "root"},
                                        {".", ".", "PUNCT", "5", "punct"}}));
  EXPECT_EQ(bare.find("\t190\t"), std::string::npos) << bare;
}

TEST(ShippedVerbs, KickingOffIsNoAssault) {
  std::string out = code(conllu("d6", {{"Vietnamese", "Vietnamese", "ADJ", "2", "amod"},
                                       {"lawmakers", "lawmaker", "NOUN", "3", "nsubj"},
                                       {"kicked", "kick", "VERB", "0", "root"},
                                       {"off", "off", "ADP", "3", "compound:prt"},
                                       {"on", "on", "ADP", "6", "case"},
                                       {"Monday", "Monday", "PROPN", "3", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(out.find("\t182\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, JoiningAnAllianceIsAFormalAgreement) {
  std::string out = code(conllu("d7", {{"Sweden", "Sweden", "PROPN", "2", "nsubj"},
                                       {"joined", "join", "VERB", "0", "root"},
                                       {"NATO", "NATO", "PROPN", "2", "obj"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tSWE\tIGOWSTNAT\t057\t"), std::string::npos) << out;
  // Joining a government is domestic politics, not accession.
  std::string cabinet = code(conllu("d8", {{"Indian", "Indian", "ADJ", "2", "amod"},
                                           {"party", "party", "NOUN", "3", "nsubj"},
                                           {"joined", "join", "VERB", "0", "root"},
                                           {"the", "the", "DET", "5", "det"},
                                           {"government", "government", "NOUN", "3", "obj"},
                                           {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(cabinet.find("\t057\t"), std::string::npos) << cabinet;
}

TEST(ShippedVerbs, ProvidingAnActorWithWeaponsIsMilitaryAid) {
  std::string out = code(conllu("d9", {{"Germany", "Germany", "PROPN", "2", "nsubj"},
                                       {"provided", "provide", "VERB", "0", "root"},
                                       {"Ukraine", "Ukraine", "PROPN", "2", "obj"},
                                       {"with", "with", "ADP", "5", "case"},
                                       {"missiles", "missile", "NOUN", "2", "obl"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tDEU\tUKR\t072\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, TroopsLeavingACountryWithdraw) {
  std::string out = code(conllu("d10", {{"French", "French", "ADJ", "2", "amod"},
                                        {"troops", "troops", "NOUN", "3", "nsubj"},
                                        {"left", "leave", "VERB", "0", "root"},
                                        {"Niger", "Niger", "PROPN", "3", "obj"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tFRAMIL\tNER\t087\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ArmedMenBoardingAVesselSeizeIt) {
  std::string out = code(conllu("d11", {{"Chinese", "Chinese", "ADJ", "2", "amod"},
                                        {"troops", "troops", "NOUN", "3", "nsubj"},
                                        {"boarded", "board", "VERB", "0", "root"},
                                        {"a", "a", "DET", "6", "det"},
                                        {"Philippine", "Philippine", "ADJ", "6", "amod"},
                                        {"boat", "boat", "NOUN", "3", "obj"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tCHNMIL\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t171\t"), std::string::npos) << out;
  // Passengers boarding a ship are no event.
  std::string trip = code(conllu("d12", {{"Chinese", "Chinese", "ADJ", "2", "amod"},
                                         {"tourists", "tourist", "NOUN", "3", "nsubj"},
                                         {"boarded", "board", "VERB", "0", "root"},
                                         {"a", "a", "DET", "5", "det"},
                                         {"ship", "ship", "NOUN", "3", "obj"},
                                         {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(trip.find("\t171\t"), std::string::npos) << trip;
}

// Demonstrators named together protest side by side, not against each other: each is a source, neither the target.
TEST(ShippedVerbs, CoordinatedProtestersDoNotProtestAgainstEachOther) {
  std::string out = code(conllu("d-protest", {{"Serbs", "Serb", "PROPN", "4", "nsubj"},
                                              {"and", "and", "CCONJ", "3", "cc"},
                                              {"Albanians", "Albanian", "PROPN", "1", "conj"},
                                              {"protested", "protest", "VERB", "0", "root"},
                                              {"in", "in", "ADP", "6", "case"},
                                              {"Pristina", "Pristina", "PROPN", "4", "obl"},
                                              {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\tSRB\t\t141\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tALB\t\t141\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\tSRB\tALB\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\tALB\tSRB\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ConsideringAnActorSomethingIsAnOpinion) {
  // "Japan considers Iran a threat": a view of Iran, not a policy option under study.
  std::string view = code(conllu("d13", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                         {"considers", "consider", "VERB", "0", "root"},
                                         {"Iran", "Iran", "PROPN", "2", "obj"},
                                         {"a", "a", "DET", "5", "det"},
                                         {"threat", "threat", "NOUN", "2", "xcomp"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(view.find("	014	"), std::string::npos) << view;
  std::string option = code(conllu("d14", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                           {"considers", "consider", "VERB", "0", "root"},
                                           {"sanctions", "sanction", "NOUN", "2", "obj"},
                                           {"against", "against", "ADP", "5", "case"},
                                           {"Iran", "Iran", "PROPN", "3", "nmod"},
                                           {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(option.find("	JPN	"), std::string::npos) << option;
  EXPECT_NE(option.find("	014	"), std::string::npos) << option;
}

TEST(ShippedVerbs, HittingTheStreetsIsADemonstrationAndHittingAPriceNoAttack) {
  std::string out = code(conllu("d15", {{"Kenyan", "Kenyan", "ADJ", "2", "amod"},
                                        {"students", "student", "NOUN", "3", "nsubj"},
                                        {"hit", "hit", "VERB", "0", "root"},
                                        {"the", "the", "DET", "5", "det"},
                                        {"streets", "street", "NOUN", "3", "obj"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("	141	"), std::string::npos) << out;
  EXPECT_EQ(out.find("	190	"), std::string::npos) << out;
  std::string price = code(conllu("d16", {{"Japanese", "Japanese", "ADJ", "2", "amod"},
                                          {"exports", "export", "NOUN", "3", "nsubj"},
                                          {"hit", "hit", "VERB", "0", "root"},
                                          {"90", "90", "NUM", "5", "nummod"},
                                          {"points", "point", "NOUN", "3", "obj"},
                                          {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(price.find("	190	"), std::string::npos) << price;
}

TEST(ShippedVerbs, AnAccidentThatKillsIsNoActorsKilling) {
  std::string out = code(conllu("d17", {{"A", "a", "DET", "3", "det"},
                                        {"Nigerian", "Nigerian", "ADJ", "3", "amod"},
                                        {"fire", "fire", "NOUN", "4", "nsubj"},
                                        {"killed", "kill", "VERB", "0", "root"},
                                        {"Ghanaian", "Ghanaian", "ADJ", "6", "amod"},
                                        {"traders", "trader", "NOUN", "4", "obj"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_EQ(out.find("	1823	"), std::string::npos) << out;
}

TEST(ShippedVerbs, AnAppealToTheInternationalCommunityHasNoTarget) {
  // "the international community" is no country's civilians: the appeal stays, without a target.
  std::string out = code(conllu("d18", {{"Sudan", "Sudan", "PROPN", "2", "nsubj"},
                                        {"called", "call", "VERB", "0", "root"},
                                        {"on", "on", "ADP", "6", "case"},
                                        {"the", "the", "DET", "6", "det"},
                                        {"international", "international", "ADJ", "6", "amod"},
                                        {"community", "community", "NOUN", "2", "obl"},
                                        {"to", "to", "PART", "8", "mark"},
                                        {"help", "help", "VERB", "2", "advcl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tSDN\t\t020\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("CVL"), std::string::npos) << out;
  // A general strike holds no general.
  std::string strike = code(conllu("d19", {{"Kenyan", "Kenyan", "ADJ", "2", "amod"},
                                           {"unions", "union", "NOUN", "3", "nsubj"},
                                           {"called", "call", "VERB", "0", "root"},
                                           {"a", "a", "DET", "6", "det"},
                                           {"general", "general", "ADJ", "6", "amod"},
                                           {"strike", "strike", "NOUN", "3", "obj"},
                                           {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(strike.find("\t143\t"), std::string::npos) << strike;
  EXPECT_EQ(strike.find("MIL"), std::string::npos) << strike;
}

// CAMEO codes an announced visit as an intent to meet (036); the visit itself, once made, is 042.
TEST(ShippedVerbs, APlannedVisitIsAnIntentToMeet) {
  auto r = run_vigil("code --published 2023-07-01 --format tsv",
                     "Turkey's president will visit Moscow next month. Ukraine's foreign minister visited Warsaw on "
                     "Monday.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tTURGOV\tRUS\t036\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\tTURGOV\tRUS\t042\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tUKRGOV\tPOL\t042\t"), std::string::npos) << r.out;
}

TEST(ShippedVerbs, BeingOptimisticOnTalksIsAnOptimisticComment) {
  std::string out = code(conllu("s1", {{"Egypt", "Egypt", "PROPN", "3", "nsubj"},
                                       {"is", "be", "AUX", "3", "cop"},
                                       {"optimistic", "optimistic", "ADJ", "0", "root"},
                                       {"on", "on", "ADP", "6", "case"},
                                       {"the", "the", "DET", "6", "det"},
                                       {"negotiations", "negotiation", "NOUN", "3", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tEGY\t\t013\t"), std::string::npos) << out;
  // Not optimistic that ...: a pessimistic comment.
  std::string neg = code(conllu("s2", {{"Egypt", "Egypt", "PROPN", "4", "nsubj"},
                                       {"is", "be", "AUX", "4", "cop"},
                                       {"not", "not", "PART", "4", "advmod"},
                                       {"optimistic", "optimistic", "ADJ", "0", "root"},
                                       {"that", "that", "SCONJ", "8", "mark"},
                                       {"talks", "talk", "NOUN", "8", "nsubj"},
                                       {"will", "will", "AUX", "8", "aux"},
                                       {"succeed", "succeed", "VERB", "4", "ccomp"},
                                       {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(neg.find("\t012\t"), std::string::npos) << neg;
  EXPECT_EQ(neg.find("\t013\t"), std::string::npos) << neg;
}

TEST(ShippedVerbs, OfficialsConcernedThatIsAPessimisticComment) {
  // The parser reads "are concerned" as a passive: the worried actor is the object and the source.
  std::string out = code(conllu("s3", {{"German", "German", "ADJ", "2", "amod"},
                                       {"officials", "official", "NOUN", "4", "nsubj:pass"},
                                       {"are", "be", "AUX", "4", "aux:pass"},
                                       {"concerned", "concern", "VERB", "0", "root"},
                                       {"that", "that", "SCONJ", "8", "mark"},
                                       {"prices", "price", "NOUN", "8", "nsubj"},
                                       {"will", "will", "AUX", "8", "aux"},
                                       {"rise", "rise", "VERB", "4", "ccomp"},
                                       {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\tDEUGOV\t\t012\t"), std::string::npos) << out;
  // "The issue concerns Peru": no worry, no event.
  std::string active = code(conllu("s4", {{"The", "the", "DET", "2", "det"},
                                          {"issue", "issue", "NOUN", "3", "nsubj"},
                                          {"concerns", "concern", "VERB", "0", "root"},
                                          {"Peru", "Peru", "PROPN", "3", "obj"},
                                          {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(active.find("\t012\t"), std::string::npos) << active;
}

TEST(ShippedVerbs, RemarksMadeInAMeetingWithSomeoneAreAConsultation) {
  std::string out = code(conllu("s5", {{"Chile", "Chile", "PROPN", "2", "nsubj"},
                                       {"made", "make", "VERB", "0", "root"},
                                       {"the", "the", "DET", "4", "det"},
                                       {"remarks", "remark", "NOUN", "2", "obj"},
                                       {"in", "in", "ADP", "7", "case"},
                                       {"a", "a", "DET", "7", "det"},
                                       {"meeting", "meeting", "NOUN", "2", "obl"},
                                       {"with", "with", "ADP", "9", "case"},
                                       {"Bolivia", "Bolivia", "PROPN", "7", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tCHL\tBOL\t040\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\t010\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ExpressedRegretIsAnApologyOnlyOverAMishap) {
  std::string harm = code(conllu("s6", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                        {"expressed", "express", "VERB", "0", "root"},
                                        {"regret", "regret", "NOUN", "2", "obj"},
                                        {"over", "over", "ADP", "6", "case"},
                                        {"the", "the", "DET", "6", "det"},
                                        {"accident", "accident", "NOUN", "3", "nmod"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(harm.find("\tJPN\t\t055\t"), std::string::npos) << harm;
  // Regret over another's refusal is disapproval.
  std::string refusal = code(conllu("s7", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                           {"expressed", "express", "VERB", "0", "root"},
                                           {"regret", "regret", "NOUN", "2", "obj"},
                                           {"over", "over", "ADP", "6", "case"},
                                           {"Russia", "Russia", "PROPN", "6", "nmod:poss"},
                                           {"refusal", "refusal", "NOUN", "3", "nmod"},
                                           {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(refusal.find("\t111\t"), std::string::npos) << refusal;
  EXPECT_EQ(refusal.find("\t055\t"), std::string::npos) << refusal;
}

TEST(ShippedVerbs, ChallengingALawInCourtIsALawsuit) {
  std::string out = code(conllu("s8", {{"Kenyan", "Kenyan", "ADJ", "2", "amod"},
                                       {"activists", "activist", "NOUN", "3", "nsubj"},
                                       {"challenged", "challenge", "VERB", "0", "root"},
                                       {"the", "the", "DET", "5", "det"},
                                       {"constitution", "constitution", "NOUN", "3", "obj"},
                                       {"in", "in", "ADP", "7", "case"},
                                       {"court", "court", "NOUN", "3", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\t115\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ReiteratingAStanceExpressesItAgain) {
  std::string charges = code(conllu("s9", {{"Peru", "Peru", "PROPN", "2", "nsubj"},
                                           {"reiterated", "reiterate", "VERB", "0", "root"},
                                           {"its", "its", "PRON", "4", "nmod:poss"},
                                           {"charges", "charge", "NOUN", "2", "obj"},
                                           {"against", "against", "ADP", "6", "case"},
                                           {"Ecuador", "Ecuador", "PROPN", "4", "nmod"},
                                           {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(charges.find("\tPER\tECU\t112\t"), std::string::npos) << charges;
  std::string calls = code(conllu("s10", {{"Norway", "Norway", "PROPN", "2", "nsubj"},
                                          {"reiterated", "reiterate", "VERB", "0", "root"},
                                          {"calls", "call", "NOUN", "2", "obj"},
                                          {"for", "for", "ADP", "5", "case"},
                                          {"restraint", "restraint", "NOUN", "3", "nmod"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(calls.find("\tNOR\t\t020\t"), std::string::npos) << calls;
}

TEST(ShippedVerbs, RejectingALinkOrResponsibilityIsADenial) {
  std::string out = code(conllu("s11", {{"Chile", "Chile", "PROPN", "2", "nsubj"},
                                        {"rejected", "reject", "VERB", "0", "root"},
                                        {"any", "any", "DET", "4", "det"},
                                        {"responsibility", "responsibility", "NOUN", "2", "obj"},
                                        {"for", "for", "ADP", "7", "case"},
                                        {"the", "the", "DET", "7", "det"},
                                        {"deaths", "death", "NOUN", "4", "nmod"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tCHL\t\t016\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\t120\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, AdmittingAnActClaimsResponsibilityButConcedingAMatchDoesNot) {
  std::string out = code(conllu("s12", {{"Serbian", "Serbian", "ADJ", "2", "amod"},
                                        {"police", "police", "NOUN", "4", "nsubj"},
                                        {"have", "have", "AUX", "4", "aux"},
                                        {"admitted", "admit", "VERB", "0", "root"},
                                        {"using", "use", "VERB", "4", "advcl"},  // as the shipped parser attaches it
                                        {"force", "force", "NOUN", "5", "obj"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\t015\t"), std::string::npos) << out;
  std::string sport = code(conllu("s13", {{"Peru", "Peru", "PROPN", "2", "nsubj"},
                                          {"conceded", "concede", "VERB", "0", "root"},
                                          {"without", "without", "SCONJ", "4", "mark"},
                                          {"playing", "play", "VERB", "2", "advcl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(sport.find("\t015\t"), std::string::npos) << sport;
}

TEST(ShippedVerbs, UrgingAnIndirectObjectToActAppealsToIt) {
  std::string out = code(conllu("s14", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                        {"urged", "urge", "VERB", "0", "root"},
                                        {"Kenya", "Kenya", "PROPN", "2", "iobj"},
                                        {"to", "to", "PART", "5", "mark"},
                                        {"withdraw", "withdraw", "VERB", "2", "xcomp"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tJPN\tKEN\t0256\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, WelcomingADecisionToActPraisesItAndHostsNoGuest) {
  // "to suspend" hangs on the decision; it used to read as "welcomed X to Y" (043, hosting a visit).
  std::string out = code(conllu("w1", {{"Britain", "Britain", "PROPN", "2", "nsubj"},
                                       {"welcomed", "welcome", "VERB", "0", "root"},
                                       {"Greece", "Greece", "PROPN", "5", "nmod:poss"},
                                       {"'s", "'s", "PART", "3", "case"},
                                       {"decision", "decision", "NOUN", "2", "obj"},
                                       {"to", "to", "PART", "7", "mark"},
                                       {"suspend", "suspend", "VERB", "5", "acl"},
                                       {"overflights", "overflight", "NOUN", "7", "obj"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tGBR\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t051\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\t043\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, MakingRemarksPointsBackAtSpeechButRemarksInAMeetingAreTheMeeting) {
  std::string bare = code(conllu("w2", {{"China", "China", "PROPN", "2", "nsubj"},
                                        {"made", "make", "VERB", "0", "root"},
                                        {"the", "the", "DET", "4", "det"},
                                        {"announcement", "announcement", "NOUN", "2", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(bare.find("\t010\t"), std::string::npos) << bare;
  std::string met = code(conllu("w3", {{"China", "China", "PROPN", "2", "nsubj"},
                                       {"made", "make", "VERB", "0", "root"},
                                       {"the", "the", "DET", "4", "det"},
                                       {"remarks", "remark", "NOUN", "2", "obj"},
                                       {"in", "in", "ADP", "7", "case"},
                                       {"a", "a", "DET", "7", "det"},
                                       {"meeting", "meeting", "NOUN", "2", "obl"},
                                       {"with", "with", "ADP", "9", "case"},
                                       {"Japan", "Japan", "PROPN", "7", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(met.find("\tCHN\tJPN\t040\t"), std::string::npos) << met;
  EXPECT_EQ(met.find("\t010\t"), std::string::npos) << met;
}

TEST(ShippedVerbs, AVerdictStatedAsAClauseCriticisesDeniesOrPraises) {
  // "argued the verdict was flawed", as the shipped parser reads it (the verdict as object, the verdict as ccomp)
  std::string flawed = code(conllu("w4", {{"France", "France", "PROPN", "2", "nsubj"},
                                          {"argued", "argue", "VERB", "0", "root"},
                                          {"the", "the", "DET", "4", "det"},
                                          {"verdict", "verdict", "NOUN", "2", "obj"},
                                          {"was", "be", "AUX", "6", "aux:pass"},
                                          {"flawed", "flaw", "VERB", "2", "ccomp"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(flawed.find("\tFRA\t"), std::string::npos) << flawed;
  EXPECT_NE(flawed.find("\t111\t"), std::string::npos) << flawed;
  std::string baseless = code(conllu("w5", {{"Israel", "Israel", "PROPN", "2", "nsubj"},
                                            {"said", "say", "VERB", "0", "root"},
                                            {"the", "the", "DET", "4", "det"},
                                            {"charges", "charge", "NOUN", "6", "nsubj"},
                                            {"were", "be", "AUX", "6", "cop"},
                                            {"baseless", "baseless", "ADJ", "2", "ccomp"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(baseless.find("\tISR\t\t016\t"), std::string::npos) << baseless;
  std::string partners = code(conllu("w6", {{"Germany", "Germany", "PROPN", "2", "nsubj"},
                                            {"stressed", "stress", "VERB", "0", "root"},
                                            {"that", "that", "SCONJ", "9", "mark"},
                                            {"Turkey", "Turkey", "PROPN", "9", "nsubj"},
                                            {"and", "and", "CCONJ", "6", "cc"},
                                            {"Austria", "Austria", "PROPN", "4", "conj"},
                                            {"were", "be", "AUX", "9", "cop"},
                                            {"important", "important", "ADJ", "9", "amod"},
                                            {"partners", "partner", "NOUN", "2", "ccomp"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(partners.find("\t051\t"), std::string::npos) << partners;
  EXPECT_NE(partners.find("\tDEU\tTUR\t"), std::string::npos) << partners;
  // A plain statement stays no event.
  std::string plain = code(conllu("w7", {{"Israel", "Israel", "PROPN", "2", "nsubj"},
                                         {"said", "say", "VERB", "0", "root"},
                                         {"the", "the", "DET", "4", "det"},
                                         {"talks", "talk", "NOUN", "6", "nsubj"},
                                         {"were", "be", "AUX", "6", "cop"},
                                         {"long", "long", "ADJ", "2", "ccomp"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(plain.find("\tISR\t"), std::string::npos) << plain;
}

TEST(ShippedVerbs, AnAngryReactionDisapprovesAPlainOneIsNoEvent) {
  std::string angry = code(conllu("w8", {{"Turkey", "Turkey", "PROPN", "2", "nsubj"},
                                         {"reacted", "react", "VERB", "0", "root"},
                                         {"angrily", "angrily", "ADV", "2", "advmod"},
                                         {"to", "to", "ADP", "5", "case"},
                                         {"Germany", "Germany", "PROPN", "2", "obl"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(angry.find("\tTUR\tDEU\t111\t"), std::string::npos) << angry;
  std::string plain = code(conllu("w9", {{"Turkey", "Turkey", "PROPN", "2", "nsubj"},
                                         {"responded", "respond", "VERB", "0", "root"},
                                         {"to", "to", "ADP", "4", "case"},
                                         {"Germany", "Germany", "PROPN", "2", "obl"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(plain.find("\tTUR\t"), std::string::npos) << plain;
}

TEST(ShippedVerbs, WithdrawingCandidatesIsABoycottAndARequestWithdrawnYields) {
  std::string out = code(conllu("w10", {{"Mali", "Mali", "PROPN", "2", "nsubj"},
                                        {"withdrew", "withdraw", "VERB", "0", "root"},
                                        {"its", "its", "PRON", "4", "nmod:poss"},
                                        {"candidates", "candidate", "NOUN", "2", "obj"},
                                        {"from", "from", "ADP", "7", "case"},
                                        {"the", "the", "DET", "7", "det"},
                                        {"election", "election", "NOUN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tMLI\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t143\t"), std::string::npos) << out;
  std::string request = code(conllu("w11", {{"Israel", "Israel", "PROPN", "2", "nsubj"},
                                            {"withdrew", "withdraw", "VERB", "0", "root"},
                                            {"the", "the", "DET", "5", "det"},
                                            {"extradition", "extradition", "NOUN", "5", "compound"},
                                            {"request", "request", "NOUN", "2", "obj"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(request.find("\tISR\t\t080\t"), std::string::npos) << request;
}

TEST(ShippedVerbs, AWithdrawalStillToBeCompletedIsAPledge) {
  // As the shipped parser reads the wire sentence; the clause is hedged by "said", not marked as intended, so only
  // the pattern makes the future completion a pledge (it was 087, a withdrawal done).
  std::string out = test::code_conllu(
      conllu("w12", {{"Italian", "Italian", "ADJ", "6", "nsubj:pass"},
                     {"Prime", "Prime", "PROPN", "3", "amod"},
                     {"Minister", "Minister", "PROPN", "4", "nmod:desc"},
                     {"Romano", "Romano", "PROPN", "6", "nsubj"},
                     {"Prodi", "Prodi", "PROPN", "4", "flat"},
                     {"said", "say", "VERB", "0", "root"},
                     {"on", "on", "ADP", "8", "case"},
                     {"Monday", "Monday", "PROPN", "6", "obl"},
                     {"that", "that", "SCONJ", "12", "mark"},
                     {"Italy", "Italy", "PROPN", "12", "nsubj"},
                     {"will", "will", "AUX", "12", "aux"},
                     {"complete", "complete", "VERB", "6", "ccomp"},
                     {"its", "its", "PRON", "15", "nmod:poss"},
                     {"troop", "troop", "NOUN", "15", "compound"},
                     {"withdrawal", "withdrawal", "NOUN", "12", "obj"},
                     {"from", "from", "ADP", "17", "case"},
                     {"Iraq", "Iraq", "PROPN", "12", "obl"},
                     {"by", "by", "ADP", "19", "case"},
                     {"Dec.", "December", "PROPN", "12", "obl"},
                     {"2", "2", "NUM", "19", "flat"},
                     {".", ".", "PUNCT", "6", "punct"}}),
      "2006-11-27");
  EXPECT_NE(out.find("\tITA\tIRQ\t0356\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\t087\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, OrderingTheMilitaryIsNoAttackAndACongratulatoryMessageIsPraise) {
  // "military" alone is no member of &ATTACK (it was, through a line break inside "military operation").
  std::string order = code(conllu("w13", {{"Chile", "Chile", "PROPN", "2", "nsubj"},
                                          {"directed", "direct", "VERB", "0", "root"},
                                          {"the", "the", "DET", "4", "det"},
                                          {"military", "military", "NOUN", "2", "obj"},
                                          {"to", "to", "PART", "6", "mark"},
                                          {"punish", "punish", "VERB", "2", "advcl"},
                                          {"an", "a", "DET", "8", "det"},
                                          {"officer", "officer", "NOUN", "6", "obj"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(order.find("\t190\t"), std::string::npos) << order;
  std::string message = code(conllu("w14", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                            {"sent", "send", "VERB", "0", "root"},
                                            {"a", "a", "DET", "5", "det"},
                                            {"congratulatory", "congratulatory", "ADJ", "5", "amod"},
                                            {"message", "message", "NOUN", "2", "obj"},
                                            {"to", "to", "ADP", "7", "case"},
                                            {"China", "China", "PROPN", "2", "obl"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(message.find("\tRUS\tCHN\t051\t"), std::string::npos) << message;
  EXPECT_EQ(message.find("\t040\t"), std::string::npos) << message;
}

TEST(ShippedVerbs, ShotDeadInAPassiveKillsAndVoicedCondemnationCriticises) {
  // "was ambushed and shot dead by insurgents", as the shipped parser reads it: "shot" is a conjunct with neither
  // subject nor object of its own; the by-agent is the doer, and armed men who shoot someone dead fight with small
  // arms (193).
  std::string shot = code(conllu("w15", {{"A", "a", "DET", "2", "det"},
                                         {"man", "man", "NOUN", "4", "nsubj"},
                                         {"was", "be", "AUX", "4", "cop"},
                                         {"ambushed", "ambush", "ADJ", "0", "root"},
                                         {"and", "and", "CCONJ", "6", "cc"},
                                         {"shot", "shoot", "VERB", "4", "conj"},
                                         {"dead", "dead", "ADJ", "6", "xcomp"},
                                         {"by", "by", "ADP", "10", "case"},
                                         {"Iraqi", "Iraqi", "ADJ", "10", "amod"},
                                         {"insurgents", "insurgent", "NOUN", "6", "obl:agent"},
                                         {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(shot.find("\tIRQ"), std::string::npos) << shot;
  EXPECT_NE(shot.find("\t193\t"), std::string::npos) << shot;
  // Anyone else's shooting is a killing: "A man shot dead the former prime minister".
  std::string man = code(conllu("w15b", {{"A", "a", "DET", "2", "det"},
                                         {"Japanese", "Japanese", "ADJ", "3", "amod"},
                                         {"man", "man", "NOUN", "4", "nsubj"},
                                         {"shot", "shoot", "VERB", "0", "root"},
                                         {"dead", "dead", "ADJ", "4", "xcomp"},
                                         {"a", "a", "DET", "8", "det"},
                                         {"Chinese", "Chinese", "ADJ", "8", "amod"},
                                         {"diplomat", "diplomat", "NOUN", "4", "obj"},
                                         {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(man.find("\t1823\t"), std::string::npos) << man;
  EXPECT_EQ(man.find("\t193\t"), std::string::npos) << man;
  // "voiced condemnation on the assassination": no of-phrase naming whom, still a criticism
  std::string voiced = code(conllu("w16", {{"Lebanon", "Lebanon", "PROPN", "2", "nsubj"},
                                           {"voiced", "voice", "VERB", "0", "root"},
                                           {"condemnation", "condemnation", "NOUN", "2", "obj"},
                                           {"on", "on", "ADP", "6", "case"},
                                           {"the", "the", "DET", "6", "det"},
                                           {"assassination", "assassination", "NOUN", "3", "nmod"},
                                           {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(voiced.find("\tLBN\t\t111\t"), std::string::npos) << voiced;
}

TEST(ShippedVerbs, ShruggingOffAWarningRejectsIt) {
  // The parser reads "off" as the preposition of "warning": the bare verb codes it.
  std::string shrug = code(conllu("w17", {{"Sudan", "Sudan", "PROPN", "2", "nsubj"},
                                          {"shrugged", "shrug", "VERB", "0", "root"},
                                          {"off", "off", "ADP", "6", "case"},
                                          {"a", "a", "DET", "6", "det"},
                                          {"U.S.", "U.S.", "PROPN", "6", "compound"},
                                          {"warning", "warning", "NOUN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(shrug.find("\tSDN\t"), std::string::npos) << shrug;
  EXPECT_NE(shrug.find("\t120\t"), std::string::npos) << shrug;
}

TEST(ShippedVerbs, JoiningEffortsCooperatesAndJoiningSomeoneForTalksNegotiates) {
  std::string efforts = code(conllu("w18", {{"China", "China", "PROPN", "2", "nsubj"},
                                            {"joined", "join", "VERB", "0", "root"},
                                            {"efforts", "effort", "NOUN", "2", "obj"},
                                            {"with", "with", "ADP", "5", "case"},
                                            {"Tanzania", "Tanzania", "PROPN", "2", "obl"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(efforts.find("\tCHN\tTZA\t060\t"), std::string::npos) << efforts;
  std::string talks = code(conllu("w19", {{"Japan", "Japan", "PROPN", "2", "nsubj"},
                                          {"joined", "join", "VERB", "0", "root"},
                                          {"Seoul", "Seoul", "PROPN", "2", "obj"},
                                          {"for", "for", "ADP", "5", "case"},
                                          {"talks", "talk", "NOUN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(talks.find("\tJPN\tKOR\t"), std::string::npos) << talks;
  EXPECT_NE(talks.find("\t046\t"), std::string::npos) << talks;
}

TEST(ShippedVerbs, PushingForSomethingAppealsAndSpeakingAgainstCriticises) {
  std::string push = code(conllu("w20", {{"Japan", "Japan", "PROPN", "3", "nsubj"},
                                         {"is", "be", "AUX", "3", "aux"},
                                         {"pushing", "push", "VERB", "0", "root"},
                                         {"for", "for", "ADP", "6", "case"},
                                         {"a", "a", "DET", "6", "det"},
                                         {"vote", "vote", "NOUN", "3", "obl"},
                                         {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(push.find("\tJPN\t\t020\t"), std::string::npos) << push;
  std::string talks = code(conllu("w21", {{"China", "China", "PROPN", "2", "nsubj"},
                                          {"pushed", "push", "VERB", "0", "root"},
                                          {"for", "for", "ADP", "4", "case"},
                                          {"talks", "talk", "NOUN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(talks.find("\tCHN\t\t026\t"), std::string::npos) << talks;
  std::string spoke = code(conllu("w22", {{"France", "France", "PROPN", "2", "nsubj"},
                                          {"spoke", "speak", "VERB", "0", "root"},
                                          {"against", "against", "ADP", "4", "case"},
                                          {"Iran", "Iran", "PROPN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(spoke.find("\tFRA\tIRN\t111\t"), std::string::npos) << spoke;
}

// Wire copy (AFP and Xinhua, 1997-2006): relief work, political campaigns and leaflets are not force.
TEST(ShippedVerbs, ReliefOperationsAreNotForceButOperationsAgainstAnActorAre) {
  std::string relief = code(conllu("p1", {{"Kenya", "Kenya", "PROPN", "2", "nsubj"},
                                          {"launched", "launch", "VERB", "0", "root"},
                                          {"emergency", "emergency", "NOUN", "4", "compound"},
                                          {"operations", "operation", "NOUN", "2", "obj"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(relief.find("\tKEN\t"), std::string::npos) << relief;
  std::string stepped = code(conllu("p2", {{"Kenya", "Kenya", "PROPN", "2", "nsubj"},
                                           {"stepped", "step", "VERB", "0", "root"},
                                           {"up", "up", "ADP", "2", "compound:prt"},
                                           {"its", "its", "PRON", "6", "nmod:poss"},
                                           {"relief", "relief", "NOUN", "6", "compound"},
                                           {"operation", "operation", "NOUN", "2", "obj"},
                                           {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(stepped.find("\tKEN\t"), std::string::npos) << stepped;
  std::string war = code(conllu("p3", {{"Kenya", "Kenya", "PROPN", "2", "nsubj"},
                                       {"launched", "launch", "VERB", "0", "root"},
                                       {"operations", "operation", "NOUN", "2", "obj"},
                                       {"against", "against", "ADP", "5", "case"},
                                       {"Somalia", "Somalia", "PROPN", "3", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(war.find("\tKEN\tSOM\t190\t"), std::string::npos) << war;
}

TEST(ShippedVerbs, SteppingUpACampaignAgainstARivalIsNotFightingButAnOffensiveIs) {
  std::string campaign = code(conllu("p4", {{"Hezbollah", "Hezbollah", "PROPN", "2", "nsubj"},
                                            {"stepped", "step", "VERB", "0", "root"},
                                            {"up", "up", "ADP", "2", "compound:prt"},
                                            {"its", "its", "PRON", "5", "nmod:poss"},
                                            {"campaign", "campaign", "NOUN", "2", "obj"},
                                            {"against", "against", "ADP", "7", "case"},
                                            {"Lebanon", "Lebanon", "PROPN", "5", "nmod"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(campaign.find("\t190\t"), std::string::npos) << campaign;
  std::string offensive = code(conllu("p5", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                             {"stepped", "step", "VERB", "0", "root"},
                                             {"up", "up", "ADP", "2", "compound:prt"},
                                             {"its", "its", "PRON", "5", "nmod:poss"},
                                             {"offensive", "offensive", "NOUN", "2", "obj"},
                                             {"against", "against", "ADP", "7", "case"},
                                             {"Georgia", "Georgia", "PROPN", "5", "nmod"},
                                             {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(offensive.find("\tRUS\tGEO\t190\t"), std::string::npos) << offensive;
}

TEST(ShippedVerbs, DroppingLeafletsIsNotAnAirStrikeButDroppingBombsIs) {
  std::string leaflets = code(conllu("p6", {{"Israel", "Israel", "PROPN", "2", "nsubj"},
                                            {"dropped", "drop", "VERB", "0", "root"},
                                            {"leaflets", "leaflet", "NOUN", "2", "obj"},
                                            {"on", "on", "ADP", "5", "case"},
                                            {"Lebanon", "Lebanon", "PROPN", "2", "obl"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(leaflets.find("\t195\t"), std::string::npos) << leaflets;
  std::string bombs = code(conllu("p7", {{"Israel", "Israel", "PROPN", "2", "nsubj"},
                                         {"dropped", "drop", "VERB", "0", "root"},
                                         {"bombs", "bomb", "NOUN", "2", "obj"},
                                         {"on", "on", "ADP", "5", "case"},
                                         {"Lebanon", "Lebanon", "PROPN", "2", "obl"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(bombs.find("\tISR\tLBN\t195\t"), std::string::npos) << bombs;
}

TEST(ShippedVerbs, RiotersOnARampageProtestAndSoldiersOnARampageFight) {
  std::string youths = code(conllu("p8", {{"French", "French", "ADJ", "2", "amod"},
                                          {"youths", "youth", "NOUN", "3", "nsubj"},
                                          {"went", "go", "VERB", "0", "root"},
                                          {"on", "on", "ADP", "6", "case"},
                                          {"a", "a", "DET", "6", "det"},
                                          {"rampage", "rampage", "NOUN", "3", "obl"},
                                          {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(youths.find("\t145\t"), std::string::npos) << youths;
  EXPECT_EQ(youths.find("\t190\t"), std::string::npos) << youths;
  std::string soldiers = code(conllu("p9", {{"Zairean", "Zairean", "ADJ", "2", "amod"},
                                            {"soldiers", "soldier", "NOUN", "3", "nsubj"},
                                            {"went", "go", "VERB", "0", "root"},
                                            {"on", "on", "ADP", "6", "case"},
                                            {"a", "a", "DET", "6", "det"},
                                            {"rampage", "rampage", "NOUN", "3", "obl"},
                                            {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(soldiers.find("\t190\t"), std::string::npos) << soldiers;
}

TEST(ShippedVerbs, WorkersLaunchingAStrikeStrikeAndHittingOutCriticises) {
  std::string strike = code(conllu("p10", {{"Palestinian", "Palestinian", "ADJ", "2", "amod"},
                                           {"teachers", "teacher", "NOUN", "3", "nsubj"},
                                           {"launched", "launch", "VERB", "0", "root"},
                                           {"a", "a", "DET", "5", "det"},
                                           {"strike", "strike", "NOUN", "3", "obj"},
                                           {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(strike.find("\t143\t"), std::string::npos) << strike;
  EXPECT_EQ(strike.find("\t190\t"), std::string::npos) << strike;
  std::string hit = code(conllu("p11", {{"Iraq", "Iraq", "PROPN", "2", "nsubj"},
                                        {"hit", "hit", "VERB", "0", "root"},
                                        {"out", "out", "ADP", "2", "compound:prt"},
                                        {"at", "at", "ADP", "5", "case"},
                                        {"accusations", "accusation", "NOUN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(hit.find("\tIRQ\t\t111\t"), std::string::npos) << hit;
  EXPECT_EQ(hit.find("\t190\t"), std::string::npos) << hit;
  std::string plea = code(conllu("p12", {{"Iraq", "Iraq", "PROPN", "2", "nsubj"},
                                         {"pleaded", "plead", "VERB", "0", "root"},
                                         {"not", "not", "PART", "4", "advmod"},
                                         {"guilty", "guilty", "ADJ", "2", "xcomp"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(plea.find("\t020\t"), std::string::npos) << plea;
}

TEST(ShippedVerbs, SentencesAboutBidsAndMatchesAreDiscardedButTheirNeighboursAreNot) {
  std::string bid = code(conllu("p13", {{"France", "France", "PROPN", "2", "nsubj"},
                                        {"criticised", "criticise", "VERB", "0", "root"},
                                        {"Britain", "Britain", "PROPN", "2", "obj"},
                                        {"over", "over", "ADP", "7", "case"},
                                        {"the", "the", "DET", "7", "det"},
                                        {"takeover", "takeover", "NOUN", "7", "compound"},
                                        {"bid", "bid", "NOUN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(bid.find("\tFRA\t"), std::string::npos) << bid;
  std::string plain = code(conllu("p14", {{"France", "France", "PROPN", "2", "nsubj"},
                                          {"criticised", "criticise", "VERB", "0", "root"},
                                          {"Britain", "Britain", "PROPN", "2", "obj"},
                                          {"over", "over", "ADP", "6", "case"},
                                          {"the", "the", "DET", "6", "det"},
                                          {"bid", "bid", "NOUN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(plain.find("\tFRA\tGBR\t111\t"), std::string::npos) << plain;
}

TEST(ShippedVerbs, LeadingAForceIsNoAttack) {
  // "force" is in &ATTACK for "used force"; "led an Italian force" leads troops and attacks nobody.
  std::string led = code(conllu("p15", {{"Italy", "Italy", "PROPN", "2", "nsubj"},
                                        {"led", "lead", "VERB", "0", "root"},
                                        {"an", "a", "DET", "5", "det"},
                                        {"Italian", "Italian", "ADJ", "5", "amod"},
                                        {"force", "force", "NOUN", "2", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(led.find("	190	"), std::string::npos) << led;
  std::string mounted = code(conllu("p16", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                            {"mounted", "mount", "VERB", "0", "root"},
                                            {"an", "a", "DET", "4", "det"},
                                            {"offensive", "offensive", "NOUN", "2", "obj"},
                                            {"against", "against", "ADP", "6", "case"},
                                            {"Ukraine", "Ukraine", "PROPN", "4", "nmod"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(mounted.find("	RUS	UKR	190	"), std::string::npos) << mounted;
}

TEST(ShippedVerbs, CapturingViewsTakesNoCaptives) {
  std::string views = code(conllu("p17", {{"Kenya", "Kenya", "PROPN", "2", "nsubj"},
                                          {"captured", "capture", "VERB", "0", "root"},
                                          {"the", "the", "DET", "4", "det"},
                                          {"views", "view", "NOUN", "2", "obj"},
                                          {"of", "of", "ADP", "6", "case"},
                                          {"Ugandans", "Ugandan", "PROPN", "4", "nmod"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(views.find("\t173\t"), std::string::npos) << views;
  std::string captives = code(conllu("p18", {{"Kenya", "Kenya", "PROPN", "2", "nsubj"},
                                             {"captured", "capture", "VERB", "0", "root"},
                                             {"two", "two", "NUM", "4", "nummod"},
                                             {"Ugandans", "Ugandan", "PROPN", "2", "obj"},
                                             {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(captives.find("\tKEN\tUGACVL\t173\t"), std::string::npos) << captives;
}

TEST(ShippedVerbs, BecomingAMemberOfAnAllianceIsJoiningIt) {
  // "member" is an xcomp of "became" (no copula): its of-phrase names what was joined.
  std::string out = code(conllu("m1", {{"Finland", "Finland", "PROPN", "2", "nsubj"},
                                       {"became", "become", "VERB", "0", "root"},
                                       {"the", "the", "DET", "5", "det"},
                                       {"31st", "31st", "ADJ", "5", "amod"},
                                       {"member", "member", "NOUN", "2", "xcomp"},
                                       {"of", "of", "ADP", "7", "case"},
                                       {"NATO", "NATO", "PROPN", "5", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tFIN\tIGOWSTNAT\t057\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ABallisticMissileFiredAtNoOneIsAShowOfForce) {
  // A lone ballistic-missile launch is a test (150); missiles fired at a place, or missiles of no named kind, are
  // aerial weapons used (195).
  std::string test = code(conllu("m2", {{"Iran", "Iran", "PROPN", "2", "nsubj"},
                                        {"fired", "fire", "VERB", "0", "root"},
                                        {"a", "a", "DET", "5", "det"},
                                        {"ballistic", "ballistic", "ADJ", "5", "amod"},
                                        {"missile", "missile", "NOUN", "2", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(test.find("\tIRN\t\t150\t"), std::string::npos) << test;
  EXPECT_EQ(test.find("\t195\t"), std::string::npos) << test;
  std::string strike = code(conllu("m3", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                          {"fired", "fire", "VERB", "0", "root"},
                                          {"ballistic", "ballistic", "ADJ", "4", "amod"},
                                          {"missiles", "missile", "NOUN", "2", "obj"},
                                          {"at", "at", "ADP", "6", "case"},
                                          {"Ukraine", "Ukraine", "PROPN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(strike.find("\tRUS\tUKR\t195\t"), std::string::npos) << strike;
  std::string salvo = code(conllu("m4", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                         {"launched", "launch", "VERB", "0", "root"},
                                         {"missiles", "missile", "NOUN", "2", "obj"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(salvo.find("\t195\t"), std::string::npos) << salvo;
}

TEST(ShippedVerbs, ALongRangeMissileFiredAtNoOneIsAShowOfForce) {
  // A long-range missile launched with no target named is a test, as a ballistic one is; aimed at a place it is used.
  std::string test = code(conllu("m6", {{"Iran", "Iran", "PROPN", "2", "nsubj"},
                                        {"launched", "launch", "VERB", "0", "root"},
                                        {"a", "a", "DET", "7", "det"},
                                        {"long", "long", "ADJ", "6", "amod"},
                                        {"-", "-", "PUNCT", "6", "punct"},
                                        {"range", "range", "NOUN", "7", "compound"},
                                        {"missile", "missile", "NOUN", "2", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(test.find("\tIRN\t\t150\t"), std::string::npos) << test;
  EXPECT_EQ(test.find("\t195\t"), std::string::npos) << test;
  std::string strike = code(conllu("m7", {{"Iran", "Iran", "PROPN", "2", "nsubj"},
                                          {"fired", "fire", "VERB", "0", "root"},
                                          {"long", "long", "ADJ", "5", "amod"},
                                          {"-", "-", "PUNCT", "5", "punct"},
                                          {"range", "range", "NOUN", "6", "compound"},
                                          {"missiles", "missile", "NOUN", "2", "obj"},
                                          {"at", "at", "ADP", "8", "case"},
                                          {"Iraq", "Iraq", "PROPN", "2", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(strike.find("\tIRN\tIRQ\t195\t"), std::string::npos) << strike;
}

TEST(ShippedVerbs, AMissileFlyingOverACountryIsAShowOfForce) {
  // "A missile fired by Iran flew over Iraq": as "fired a missile over Iraq", a show of force at the country flown
  // over.
  std::string out = code(conllu("m5", {{"A", "a", "DET", "2", "det"},
                                       {"missile", "missile", "NOUN", "6", "nsubj"},
                                       {"fired", "fire", "VERB", "2", "acl"},
                                       {"by", "by", "ADP", "5", "case"},
                                       {"Iran", "Iran", "PROPN", "3", "obl:agent"},
                                       {"flew", "fly", "VERB", "0", "root"},
                                       {"over", "over", "ADP", "8", "case"},
                                       {"Iraq", "Iraq", "PROPN", "6", "obl"},
                                       {".", ".", "PUNCT", "6", "punct"}}));
  EXPECT_NE(out.find("\tIRN\tIRQ\t150\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, ForcesArrivingInACountryAreDeployed) {
  // Police or troops arriving in another country are a deployment there (074), not a visit (042).
  std::string out = code(conllu("m6", {{"Kenyan", "Kenyan", "ADJ", "2", "amod"},
                                       {"officers", "officer", "NOUN", "3", "nsubj"},
                                       {"arrived", "arrive", "VERB", "0", "root"},
                                       {"in", "in", "ADP", "5", "case"},
                                       {"Haiti", "Haiti", "PROPN", "3", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tHTI\t074\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("\t042\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, HeadingAMissionIsNoTrip) {
  std::string led = code(conllu("p19", {{"Austria", "Austria", "PROPN", "2", "nsubj"},
                                        {"headed", "head", "VERB", "0", "root"},
                                        {"the", "the", "DET", "4", "det"},
                                        {"mission", "mission", "NOUN", "2", "obj"},
                                        {"to", "to", "ADP", "6", "case"},
                                        {"Albania", "Albania", "PROPN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(led.find("\t042\t"), std::string::npos) << led;
  std::string went = code(conllu("p20", {{"Austria", "Austria", "PROPN", "2", "nsubj"},
                                         {"headed", "head", "VERB", "0", "root"},
                                         {"to", "to", "ADP", "4", "case"},
                                         {"Albania", "Albania", "PROPN", "2", "obl"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(went.find("\tAUT\tALB\t042\t"), std::string::npos) << went;
}

TEST(ShippedVerbs, TakingControlOfALegislatureIsNoOccupation) {
  std::string congress = code(conllu("p21", {{"Italian", "Italian", "ADJ", "2", "amod"},
                                             {"opposition", "opposition", "NOUN", "3", "nsubj"},
                                             {"took", "take", "VERB", "0", "root"},
                                             {"control", "control", "NOUN", "3", "obj"},
                                             {"of", "of", "ADP", "8", "case"},
                                             {"the", "the", "DET", "8", "det"},
                                             {"Italian", "Italian", "ADJ", "8", "amod"},
                                             {"parliament", "parliament", "NOUN", "4", "nmod"},
                                             {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(congress.find("\t192\t"), std::string::npos) << congress;
  std::string town = code(conllu("p22", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                         {"took", "take", "VERB", "0", "root"},
                                         {"control", "control", "NOUN", "2", "obj"},
                                         {"of", "of", "ADP", "6", "case"},
                                         {"the", "the", "DET", "6", "det"},
                                         {"town", "town", "NOUN", "3", "nmod"},
                                         {"in", "in", "ADP", "8", "case"},
                                         {"Ukraine", "Ukraine", "PROPN", "6", "nmod"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(town.find("\t192\t"), std::string::npos) << town;
}

TEST(ShippedVerbs, MeetingThePressIsNoMeetingOfParties) {
  std::string press = code(conllu("p23", {{"Russian", "Russian", "ADJ", "2", "amod"},
                                          {"officials", "official", "NOUN", "3", "nsubj"},
                                          {"met", "meet", "VERB", "0", "root"},
                                          {"Ukrainian", "Ukrainian", "ADJ", "5", "amod"},
                                          {"journalists", "journalist", "NOUN", "3", "obj"},
                                          {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(press.find("\t040\t"), std::string::npos) << press;
  std::string envoys = code(conllu("p24", {{"Russian", "Russian", "ADJ", "2", "amod"},
                                           {"officials", "official", "NOUN", "3", "nsubj"},
                                           {"met", "meet", "VERB", "0", "root"},
                                           {"Ukrainian", "Ukrainian", "ADJ", "5", "amod"},
                                           {"diplomats", "diplomat", "NOUN", "3", "obj"},
                                           {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(envoys.find("\t040\t"), std::string::npos) << envoys;
}

TEST(ShippedVerbs, AdmittingAFactIsNoAdmissionOfResponsibility) {
  std::string fired = code(conllu("p25", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                          {"admitted", "admit", "VERB", "0", "root"},
                                          {"that", "that", "SCONJ", "6", "mark"},
                                          {"its", "its", "PRON", "5", "nmod:poss"},
                                          {"troops", "troop", "NOUN", "6", "nsubj"},
                                          {"fired", "fire", "VERB", "2", "ccomp"},
                                          {"on", "on", "ADP", "8", "case"},
                                          {"Ukraine", "Ukraine", "PROPN", "6", "obl"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(fired.find("\tRUS\t"), std::string::npos) << fired;
  EXPECT_NE(fired.find("\t015\t"), std::string::npos) << fired;
  std::string fact = code(conllu("p26", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                         {"acknowledged", "acknowledge", "VERB", "0", "root"},
                                         {"that", "that", "SCONJ", "5", "mark"},
                                         {"Ukraine", "Ukraine", "PROPN", "5", "nsubj"},
                                         {"is", "be", "AUX", "5", "cop"},
                                         {"independent", "independent", "ADJ", "2", "ccomp"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(fact.find("\t015\t"), std::string::npos) << fact;
}

TEST(ShippedVerbs, ConcludingTalksIsNegotiatingNotSigning) {
  std::string talks = code(conllu("p27", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                          {"concluded", "conclude", "VERB", "0", "root"},
                                          {"talks", "talk", "NOUN", "2", "obj"},
                                          {"with", "with", "ADP", "5", "case"},
                                          {"Ukraine", "Ukraine", "PROPN", "3", "nmod"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(talks.find("\tRUS\tUKR\t046\t"), std::string::npos) << talks;
  EXPECT_EQ(talks.find("\t057\t"), std::string::npos) << talks;
}

TEST(ShippedVerbs, AgreeingToACeaseFireIsAnAgreement) {
  // "cease-fire" is three tokens; the set member written with a hyphen must still match them.
  std::string out = code(conllu("p28", {{"Ukraine", "Ukraine", "PROPN", "4", "nsubj"},
                                        {"and", "and", "CCONJ", "3", "cc"},
                                        {"Russia", "Russia", "PROPN", "1", "conj"},
                                        {"agreed", "agree", "VERB", "0", "root"},
                                        {"to", "to", "ADP", "9", "case"},
                                        {"a", "a", "DET", "9", "det"},
                                        {"cease", "cease", "NOUN", "9", "compound"},
                                        {"-", "-", "PUNCT", "7", "punct"},
                                        {"fire", "fire", "NOUN", "4", "obl"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\tUKR\tRUS\t057\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tRUS\tUKR\t057\t"), std::string::npos) << out;
}

TEST(ShippedVerbs, DevelopingRelationsIsCooperationAndOnlyDiplomaticOnesAreRecognition) {
  std::string develop = code(conllu("p29", {{"Romania", "Romania", "PROPN", "2", "nsubj"},
                                            {"develops", "develop", "VERB", "0", "root"},
                                            {"ties", "tie", "NOUN", "2", "obj"},
                                            {"with", "with", "ADP", "5", "case"},
                                            {"China", "China", "PROPN", "2", "obl"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(develop.find("\tROU\tCHN\t050\t"), std::string::npos) << develop;
  EXPECT_EQ(develop.find("\t054\t"), std::string::npos) << develop;
  std::string establish = code(conllu("p30", {{"Laos", "Laos", "PROPN", "2", "nsubj"},
                                              {"established", "establish", "VERB", "0", "root"},
                                              {"diplomatic", "diplomatic", "ADJ", "4", "amod"},
                                              {"relations", "relation", "NOUN", "2", "obj"},
                                              {"with", "with", "ADP", "6", "case"},
                                              {"Israel", "Israel", "PROPN", "2", "obl"},
                                              {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(establish.find("\tLAO\tISR\t054\t"), std::string::npos) << establish;
}

TEST(ShippedVerbs, ClosingOnesOwnOfficesIsNoEventButClosingAnothersIs) {
  std::string own = code(conllu("p31", {{"Egyptian", "Egyptian", "ADJ", "2", "amod"},
                                        {"police", "police", "NOUN", "3", "nsubj"},
                                        {"closed", "close", "VERB", "0", "root"},
                                        {"40", "40", "NUM", "5", "nummod"},
                                        {"offices", "office", "NOUN", "3", "obj"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_EQ(own.find("\tEGYCOP\t"), std::string::npos) << own;
  std::string other = code(conllu("p32", {{"Egyptian", "Egyptian", "ADJ", "2", "amod"},
                                          {"police", "police", "NOUN", "3", "nsubj"},
                                          {"closed", "close", "VERB", "0", "root"},
                                          {"the", "the", "DET", "5", "det"},
                                          {"offices", "office", "NOUN", "3", "obj"},
                                          {"of", "of", "ADP", "7", "case"},
                                          {"Reuters", "Reuters", "PROPN", "5", "nmod"},
                                          {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(other.find("\tEGYCOP\t"), std::string::npos) << other;
  EXPECT_NE(other.find("\t1721\t"), std::string::npos) << other;
}

TEST(ShippedVerbs, IntroducingASystemIsAReformOnlyWhenItIsAPoliticalOne) {
  std::string card = code(conllu("p33", {{"China", "China", "PROPN", "2", "nsubj"},
                                         {"introduced", "introduce", "VERB", "0", "root"},
                                         {"a", "a", "DET", "5", "det"},
                                         {"card", "card", "NOUN", "5", "compound"},
                                         {"system", "system", "NOUN", "2", "obj"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(card.find("\tCHN\t"), std::string::npos) << card;
  std::string federal = code(conllu("p34", {{"Nepal", "Nepal", "PROPN", "2", "nsubj"},
                                            {"introduced", "introduce", "VERB", "0", "root"},
                                            {"a", "a", "DET", "5", "det"},
                                            {"federal", "federal", "ADJ", "5", "amod"},
                                            {"system", "system", "NOUN", "2", "obj"},
                                            {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(federal.find("\tNPL\t\t0834\t"), std::string::npos) << federal;
}

}  // namespace
}  // namespace vigil
