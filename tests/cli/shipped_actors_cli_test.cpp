// Actors of the shipped dictionaries as CAMEO coders code them, run as a user would: `vigil code --conllu` on
// hand-made parses with the default dictionaries. Each test is one convention of who did what to whom.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conllu_rows.h"

namespace vigil {
namespace {

using test::conllu;
using test::run_vigil;

std::string code(const std::string& doc) { return test::code_conllu(doc, "2023-06-01"); }

// Whether the TSV output holds an event from `source` to `target` (any code).
bool has_dyad(const std::string& out, const std::string& source, const std::string& target) {
  return out.find("\t" + source + "\t" + target + "\t") != std::string::npos;
}

TEST(ShippedActors, CountedDemonymsArePeopleOfTheirCountry) {
  std::string out = code(conllu("a1", {{"Israeli", "Israeli", "ADJ", "2", "amod"},
                                       {"troops", "troops", "NOUN", "3", "nsubj"},
                                       {"detained", "detain", "VERB", "0", "root"},
                                       {"two", "two", "NUM", "5", "nummod"},
                                       {"Palestinians", "Palestinian", "PROPN", "3", "obj"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "ISRMIL", "PSECVL")) << out;
}

TEST(ShippedActors, MilitantsAreArmedOppositionREB) {
  std::string out = code(conllu("a2", {{"Somali", "Somali", "ADJ", "2", "amod"},
                                       {"militants", "militant", "NOUN", "3", "nsubj"},
                                       {"attacked", "attack", "VERB", "0", "root"},
                                       {"Kenyan", "Kenyan", "ADJ", "5", "amod"},
                                       {"troops", "troops", "NOUN", "3", "obj"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "SOMREB", "KENMIL")) << out;
}

TEST(ShippedActors, FiringOnACountrysPositionsTargetsItsMilitary) {
  std::string out = code(conllu("a3", {{"Azerbaijani", "Azerbaijani", "ADJ", "2", "amod"},
                                       {"troops", "troops", "NOUN", "3", "nsubj"},
                                       {"shelled", "shell", "VERB", "0", "root"},
                                       {"Armenian", "Armenian", "ADJ", "5", "amod"},
                                       {"positions", "position", "NOUN", "3", "obj"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "AZEMIL", "ARMMIL")) << out;
}

TEST(ShippedActors, AnOppositionTitleOutranksAPersonsDatedRole) {
  // Odinga's dated role in 2023 is a former prime minister (ELI); the title says what he is now.
  std::string out = code(conllu("a4", {{"Kenyan", "Kenyan", "ADJ", "3", "amod"},
                                       {"opposition", "opposition", "NOUN", "3", "compound"},
                                       {"leader", "leader", "NOUN", "6", "nsubj"},
                                       {"Raila", "Raila", "PROPN", "3", "flat"},
                                       {"Odinga", "Odinga", "PROPN", "3", "flat"},
                                       {"criticised", "criticise", "VERB", "0", "root"},
                                       {"the", "the", "DET", "8", "det"},
                                       {"government", "government", "NOUN", "6", "obj"},
                                       {".", ".", "PUNCT", "6", "punct"}}));
  EXPECT_NE(out.find("\tKENOPP\t"), std::string::npos) << out;
}

TEST(ShippedActors, TheOppositionMetAbroadIsTheGovernmentsOwn) {
  // "in Mexico City" is where the talks are held, not whose opposition it is.
  std::string out = code(conllu("a5", {{"The", "the", "DET", "3", "det"},
                                       {"Venezuelan", "Venezuelan", "ADJ", "3", "amod"},
                                       {"government", "government", "NOUN", "4", "nsubj"},
                                       {"suspended", "suspend", "VERB", "0", "root"},
                                       {"talks", "talk", "NOUN", "4", "obj"},
                                       {"with", "with", "ADP", "8", "case"},
                                       {"the", "the", "DET", "8", "det"},
                                       {"opposition", "opposition", "NOUN", "5", "nmod"},
                                       {"in", "in", "ADP", "10", "case"},
                                       {"Mexico", "Mexico", "PROPN", "8", "nmod"},
                                       {"City", "City", "PROPN", "10", "flat"},
                                       {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "VENGOV", "VENOPP")) << out;
  EXPECT_EQ(out.find("MEXOPP"), std::string::npos) << out;
}

TEST(ShippedActors, PeopleStruckByForceBelongToThePlace) {
  std::string out = code(conllu("a6", {{"Eritrean", "Eritrean", "ADJ", "2", "amod"},
                                       {"soldiers", "soldier", "NOUN", "3", "nsubj"},
                                       {"killed", "kill", "VERB", "0", "root"},
                                       {"civilians", "civilian", "NOUN", "3", "obj"},
                                       {"in", "in", "ADP", "7", "case"},
                                       {"the", "the", "DET", "7", "det"},
                                       {"town", "town", "NOUN", "3", "obl"},
                                       {"of", "of", "ADP", "9", "case"},
                                       {"Axum", "Axum", "PROPN", "7", "nmod"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "ERIMIL", "ETHCVL")) << out;
}

TEST(ShippedActors, AProtestIsAimedAtWhatItsPurposeNames) {
  std::string out = code(conllu("a7", {{"Serbian", "Serbian", "ADJ", "2", "amod"},
                                       {"students", "student", "NOUN", "3", "nsubj"},
                                       {"blocked", "block", "VERB", "0", "root"},
                                       {"a", "a", "DET", "5", "det"},
                                       {"bridge", "bridge", "NOUN", "3", "obj"},
                                       {"to", "to", "PART", "7", "mark"},
                                       {"protest", "protest", "VERB", "3", "advcl"},
                                       {"against", "against", "ADP", "10", "case"},
                                       {"the", "the", "DET", "10", "det"},
                                       {"government", "government", "NOUN", "7", "obl"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "SRBEDU", "SRBGOV")) << out;
}

TEST(ShippedActors, ProtestersWhereTheyMarchAreOfThatCountry) {
  // The target names the country too; the place they march in still makes the protesters Armenian.
  std::string out = code(conllu("a8", {{"Protesters", "protester", "NOUN", "2", "nsubj"},
                                       {"marched", "march", "VERB", "0", "root"},
                                       {"in", "in", "ADP", "4", "case"},
                                       {"Yerevan", "Yerevan", "PROPN", "2", "obl"},
                                       {"to", "to", "PART", "6", "mark"},
                                       {"demand", "demand", "VERB", "2", "advcl"},
                                       {"the", "the", "DET", "8", "det"},
                                       {"resignation", "resignation", "NOUN", "6", "obj"},
                                       {"of", "of", "ADP", "11", "case"},
                                       {"the", "the", "DET", "11", "det"},
                                       {"government", "government", "NOUN", "8", "nmod"},
                                       {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tARMCVL\t"), std::string::npos) << out;
}

TEST(ShippedActors, CompanyDescriptorsAndSuspectsHaveSectors) {
  std::string out = code(conllu("a9", {{"Spanish", "Spanish", "ADJ", "2", "amod"},
                                       {"police", "police", "NOUN", "3", "nsubj"},
                                       {"arrested", "arrest", "VERB", "0", "root"},
                                       {"a", "a", "DET", "6", "det"},
                                       {"Dutch", "Dutch", "ADJ", "6", "amod"},
                                       {"suspect", "suspect", "NOUN", "3", "obj"},
                                       {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "ESPCOP", "NLDCRM")) << out;
  std::string firm = code(conllu("a10", {{"Russia", "Russia", "PROPN", "2", "nsubj"},
                                         {"seized", "seize", "VERB", "0", "root"},
                                         {"the", "the", "DET", "4", "det"},
                                         {"assets", "asset", "NOUN", "2", "obj"},
                                         {"of", "of", "ADP", "7", "case"},
                                         {"Danish", "Danish", "ADJ", "7", "amod"},
                                         {"brewer", "brewer", "NOUN", "4", "nmod"},
                                         {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(firm, "RUS", "DNKBUS")) << firm;
}

TEST(ShippedActors, ACountryCoordinatedAfterARolesOwnerSharesTheRole) {
  // The parse hangs "the Philippines" on "Troops", not on "the United States".
  std::string out = code(conllu("a11", {{"Troops", "troops", "NOUN", "8", "nsubj"},
                                        {"from", "from", "ADP", "4", "case"},
                                        {"the", "the", "DET", "4", "det"},
                                        {"Germany", "Germany", "PROPN", "1", "nmod"},
                                        {"and", "and", "CCONJ", "7", "cc"},
                                        {"the", "the", "DET", "7", "det"},
                                        {"Netherlands", "Netherlands", "PROPN", "1", "conj"},
                                        {"attacked", "attack", "VERB", "0", "root"},
                                        {"Serbia", "Serbia", "PROPN", "8", "obj"},
                                        {".", ".", "PUNCT", "8", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "DEUMIL", "SRB")) << out;
  EXPECT_TRUE(has_dyad(out, "NLDMIL", "SRB")) << out;
}

TEST(ShippedActors, ACountryBeforeCoordinatedRolesIsTheirs) {
  std::string out = code(conllu("a12", {{"Norway", "Norway", "PROPN", "2", "nsubj"},
                                        {"mediated", "mediate", "VERB", "0", "root"},
                                        {"between", "between", "ADP", "5", "case"},
                                        {"Colombian", "Colombian", "ADJ", "5", "amod"},
                                        {"officials", "official", "NOUN", "2", "obl"},
                                        {"and", "and", "CCONJ", "8", "cc"},
                                        {"armed", "armed", "ADJ", "8", "amod"},
                                        {"groups", "group", "NOUN", "5", "conj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "NOR", "COLREB")) << out;
}

TEST(ShippedActors, ACeasefireBetweenTwoSidesRunsBothWays) {
  std::string out = code(conllu("a13", {{"Armenia", "Armenia", "PROPN", "4", "nsubj"},
                                        {"and", "and", "CCONJ", "3", "cc"},
                                        {"Azerbaijan", "Azerbaijan", "PROPN", "1", "conj"},
                                        {"began", "begin", "VERB", "0", "root"},
                                        {"a", "a", "DET", "6", "det"},
                                        {"ceasefire", "ceasefire", "NOUN", "4", "obj"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "ARM", "AZE")) << out;
  EXPECT_TRUE(has_dyad(out, "AZE", "ARM")) << out;
}

TEST(ShippedActors, ThePeopleOfACountryAreTheCountry) {
  std::string out = code(conllu("a14", {{"France", "France", "PROPN", "2", "nsubj"},
                                        {"offered", "offer", "VERB", "0", "root"},
                                        {"condolences", "condolence", "NOUN", "2", "obj"},
                                        {"to", "to", "ADP", "6", "case"},
                                        {"the", "the", "DET", "6", "det"},
                                        {"people", "people", "NOUN", "2", "obl"},
                                        {"of", "of", "ADP", "8", "case"},
                                        {"Morocco", "Morocco", "PROPN", "6", "nmod"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "FRA", "MAR")) << out;
  EXPECT_EQ(out.find("MARCVL"), std::string::npos) << out;
  // A city's people are some of the country's civilians.
  std::string city = code(conllu("a14b", {{"France", "France", "PROPN", "2", "nsubj"},
                                          {"offered", "offer", "VERB", "0", "root"},
                                          {"condolences", "condolence", "NOUN", "2", "obj"},
                                          {"to", "to", "ADP", "6", "case"},
                                          {"the", "the", "DET", "6", "det"},
                                          {"people", "people", "NOUN", "2", "obl"},
                                          {"of", "of", "ADP", "8", "case"},
                                          {"Kyiv", "Kyiv", "PROPN", "6", "nmod"},
                                          {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(city, "FRA", "UKRCVL")) << city;
}

TEST(ShippedActors, USInCapitalsIsTheUnitedStates) {
  std::string out = code(conllu("a15", {{"Iran", "Iran", "PROPN", "2", "nsubj"},
                                        {"threatened", "threaten", "VERB", "0", "root"},
                                        {"to", "to", "PART", "4", "mark"},
                                        {"shoot", "shoot", "VERB", "2", "xcomp"},
                                        {"down", "down", "ADP", "4", "compound:prt"},
                                        {"US", "US", "PROPN", "8", "compound"},
                                        {"spy", "spy", "NOUN", "8", "compound"},
                                        {"planes", "plane", "NOUN", "4", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "IRN", "USAMIL")) << out;
  EXPECT_EQ(out.find("SPY"), std::string::npos) << out;
}

TEST(ShippedActors, ADemandOnAnotherIsAimedAtWhoMustAct) {
  std::string out = code(conllu("a16", {{"Germany", "Germany", "PROPN", "2", "nsubj"},
                                        {"demanded", "demand", "VERB", "0", "root"},
                                        {"that", "that", "SCONJ", "5", "mark"},
                                        {"Hungary", "Hungary", "PROPN", "5", "nsubj"},
                                        {"lift", "lift", "VERB", "2", "ccomp"},
                                        {"its", "its", "PRON", "7", "nmod:poss"},
                                        {"ban", "ban", "NOUN", "5", "obj"},
                                        {"on", "on", "ADP", "10", "case"},
                                        {"Serbian", "Serbian", "ADJ", "10", "amod"},
                                        {"imports", "import", "NOUN", "7", "nmod"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "DEU", "HUN")) << out;
  EXPECT_FALSE(has_dyad(out, "DEU", "SRB")) << out;
}

TEST(ShippedActors, TheInternationalCommunityIsNoCivilians) {
  std::string out = code(conllu("a17", {{"Ukraine", "Ukraine", "PROPN", "2", "nsubj"},
                                        {"urged", "urge", "VERB", "0", "root"},
                                        {"the", "the", "DET", "5", "det"},
                                        {"international", "international", "ADJ", "5", "amod"},
                                        {"community", "community", "NOUN", "2", "obj"},
                                        {"to", "to", "PART", "7", "mark"},
                                        {"help", "help", "VERB", "2", "xcomp"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tUKR\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("UKRCVL"), std::string::npos) << out;
}

TEST(ShippedActors, AParticipleIsNoRoleNoun) {
  // "suspected" has the lemma of the agent "suspect" (CRM), but as a modifier it names no suspect.
  std::string out = code(conllu("a20", {{"Canada", "Canada", "PROPN", "2", "nsubj"},
                                        {"condemned", "condemn", "VERB", "0", "root"},
                                        {"suspected", "suspect", "VERB", "5", "amod"},
                                        {"Russian", "Russian", "ADJ", "5", "amod"},
                                        {"shipments", "shipment", "NOUN", "2", "obj"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(out.find("CRM"), std::string::npos) << out;
  EXPECT_NE(out.find("\tCAN\tRUS\t"), std::string::npos) << out;
}

TEST(ShippedActors, WarringPartiesAreTheirCountryNotPoliticalParties) {
  std::string out = code(conllu("a21", {{"Egypt", "Egypt", "PROPN", "2", "nsubj"},
                                        {"criticised", "criticise", "VERB", "0", "root"},
                                        {"the", "the", "DET", "5", "det"},
                                        {"warring", "warring", "ADJ", "5", "amod"},
                                        {"parties", "party", "NOUN", "2", "obj"},
                                        {"in", "in", "ADP", "7", "case"},
                                        {"Sudan", "Sudan", "PROPN", "5", "nmod"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "EGY", "SDN")) << out;
  EXPECT_EQ(out.find("SDNPTY"), std::string::npos) << out;
}

TEST(ShippedActors, AMinorityOfOneStateIsItsCivilians) {
  // dicts/actors/peoples.txt: "the Rohingya" with no country word are Myanmar's civilians.
  std::string out = code(conllu("a22", {{"Myanmar", "Myanmar", "PROPN", "3", "nmod:poss"},
                                        {"'s", "'s", "PART", "1", "case"},
                                        {"army", "army", "NOUN", "4", "nsubj"},
                                        {"attacked", "attack", "VERB", "0", "root"},
                                        {"Rohingya", "Rohingya", "PROPN", "6", "compound"},
                                        {"Muslims", "Muslim", "PROPN", "4", "obj"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "MMRMIL", "MMRCVL")) << out;
}

TEST(ShippedActors, ATownInTheNewsSpellingIsItsCountry) {
  // places-supplement.txt: "Khan Sheikhoun", the news spelling of GeoNames' "Khan Shaykhun".
  std::string out = code(conllu("a23", {{"Syrian", "Syrian", "ADJ", "2", "amod"},
                                        {"forces", "force", "NOUN", "3", "nsubj"},
                                        {"attacked", "attack", "VERB", "0", "root"},
                                        {"the", "the", "DET", "5", "det"},
                                        {"town", "town", "NOUN", "3", "obj"},
                                        {"of", "of", "ADP", "7", "case"},
                                        {"Khan", "Khan", "PROPN", "5", "nmod"},
                                        {"Sheikhoun", "Sheikhoun", "PROPN", "7", "flat"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "SYRMIL", "SYR")) << out;
}

TEST(ShippedActors, ARoleNounInAMonumentsNameIsNoActor) {
  std::string out = code(conllu("a24", {{"Modi", "Modi", "PROPN", "2", "nsubj"},
                                        {"laid", "lay", "VERB", "0", "root"},
                                        {"a", "a", "DET", "4", "det"},
                                        {"wreath", "wreath", "NOUN", "2", "obj"},
                                        {"at", "at", "ADP", "9", "case"},
                                        {"the", "the", "DET", "9", "det"},
                                        {"National", "National", "PROPN", "9", "compound"},
                                        {"Police", "Police", "PROPN", "9", "compound"},
                                        {"Memorial", "Memorial", "PROPN", "2", "obl"},
                                        {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_NE(out.find("\tINDGOV\t\t017\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("COP"), std::string::npos) << out;
}

TEST(ShippedActors, AShowOfForceAheadOfAProtestIsAimedAtItsOrganisers) {
  std::string out = code(conllu("a25", {{"Authorities", "authority", "NOUN", "4", "nsubj"},
                                        {"in", "in", "ADP", "3", "case"},
                                        {"Dhaka", "Dhaka", "PROPN", "4", "obl"},
                                        {"deployed", "deploy", "VERB", "0", "root"},
                                        {"police", "police", "NOUN", "4", "obj"},
                                        {"ahead", "ahead", "ADV", "4", "advmod"},
                                        {"of", "of", "ADP", "10", "case"},
                                        {"an", "a", "DET", "10", "det"},
                                        {"opposition", "opposition", "NOUN", "10", "compound"},
                                        {"rally", "rally", "NOUN", "6", "obl"},
                                        {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_TRUE(has_dyad(out, "BGDGOV", "BGDOPP")) << out;
}

TEST(ShippedActors, TakenHostageIsNoActorOfItsOwn) {
  // "took its crew members hostage", parsed with "hostage" as the object: the people taken are of no country
  // the sentence names, and "hostage" does not make them the rebels' own civilians.
  std::string out = code(conllu("a26", {{"Houthi", "Houthi", "PROPN", "2", "compound"},
                                        {"rebels", "rebel", "NOUN", "3", "nsubj"},
                                        {"took", "take", "VERB", "0", "root"},
                                        {"its", "its", "PRON", "7", "nmod:poss"},
                                        {"crew", "crew", "NOUN", "6", "compound"},
                                        {"members", "member", "NOUN", "7", "compound"},
                                        {"hostage", "hostage", "NOUN", "3", "obj"},
                                        {".", ".", "PUNCT", "3", "punct"}}));
  EXPECT_NE(out.find("\tYEMREB\t\t181\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("CVL"), std::string::npos) << out;
}

// "Biden and Xi agreed ... when they met": "they" after two people named together stands for both, and a meeting
// of the pair runs between them, both ways. One person alone is no pair.
TEST(ShippedActors, TheyAfterTwoPeopleNamedTogetherIsThePair) {
  std::string out = code(conllu("a-they", {{"Biden", "Biden", "PROPN", "4", "nsubj"},
                                           {"and", "and", "CCONJ", "3", "cc"},
                                           {"Xi", "Xi", "PROPN", "1", "conj"},
                                           {"smiled", "smile", "VERB", "0", "root"},
                                           {"when", "when", "ADV", "7", "advmod"},
                                           {"they", "they", "PRON", "7", "nsubj"},
                                           {"met", "meet", "VERB", "4", "advcl"},
                                           {".", ".", "PUNCT", "4", "punct"}}));
  EXPECT_NE(out.find("\tUSAGOV\tCHNGOV\t040\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tCHNGOV\tUSAGOV\t040\t"), std::string::npos) << out;
  std::string alone = code(conllu("a-they1", {{"Biden", "Biden", "PROPN", "2", "nsubj"},
                                              {"smiled", "smile", "VERB", "0", "root"},
                                              {"when", "when", "ADV", "5", "advmod"},
                                              {"they", "they", "PRON", "5", "nsubj"},
                                              {"met", "meet", "VERB", "2", "advcl"},
                                              {".", ".", "PUNCT", "2", "punct"}}));
  EXPECT_EQ(alone.find("\t040\t"), std::string::npos) << alone;
}

// "Canada's defence department acknowledged that special forces had been sent to Ukraine": forces of no country
// in what a state owns up to are its own; in what it merely says, they could be anyone's.
TEST(ShippedActors, ForcesOfNoCountryInAStatesAcknowledgementAreItsOwn) {
  auto sent = [](const std::string& id, const std::string& lemma, const std::string& form) {
    return code(conllu(id, {{"Canada", "Canada", "PROPN", "2", "nsubj"},
                            {form, lemma, "VERB", "0", "root"},
                            {"that", "that", "SCONJ", "8", "mark"},
                            {"special", "special", "ADJ", "5", "amod"},
                            {"forces", "force", "NOUN", "8", "nsubj:pass"},
                            {"had", "have", "AUX", "8", "aux"},
                            {"been", "be", "AUX", "8", "aux:pass"},
                            {"sent", "send", "VERB", "2", "ccomp"},
                            {"to", "to", "ADP", "10", "case"},
                            {"Ukraine", "Ukraine", "PROPN", "8", "obl"},
                            {".", ".", "PUNCT", "2", "punct"}}));
  };
  std::string owned = sent("a-ack", "acknowledge", "acknowledged");
  EXPECT_TRUE(has_dyad(owned, "CANMIL", "UKR")) << owned;
  std::string said = sent("a-said", "say", "said");
  EXPECT_EQ(said.find("\t074\t"), std::string::npos) << said;
}

// "Xi told Biden during their meeting": "their" on a noun of a clause whose subject and object are two people is the
// pair, and an event noun's owner is its subject, so a meeting the pair owns runs between them (subj:% of the
// noun "meeting"). With no second person in the clause there is no pair.
TEST(ShippedActors, TheirMeetingInAClauseOfTwoPeopleIsTheirMeeting) {
  auto told = [](const std::string& id, const std::vector<std::string>& hearer) {
    return code(conllu(id, {{"Xi", "Xi", "PROPN", "2", "nsubj"},
                            {"told", "tell", "VERB", "0", "root"},
                            hearer,
                            {"during", "during", "ADP", "6", "case"},
                            {"their", "their", "PRON", "6", "nmod:poss"},
                            {"meeting", "meeting", "NOUN", "2", "obl"},
                            {".", ".", "PUNCT", "2", "punct"}}));
  };
  std::string out = told("a-their", {"Biden", "Biden", "PROPN", "2", "iobj"});
  EXPECT_NE(out.find("\tCHNGOV\tUSAGOV\t040\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tUSAGOV\tCHNGOV\t040\t"), std::string::npos) << out;
  std::string press = told("a-their1", {"reporters", "reporter", "NOUN", "2", "iobj"});
  EXPECT_EQ(press.find("\t040\t"), std::string::npos) << press;
}

}  // namespace
}  // namespace vigil
