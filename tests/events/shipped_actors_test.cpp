// Actors of the shipped dictionaries, checked end to end on sentences written for these tests: who a role noun of
// no country is, when nothing in the sentence or story gives it one.
#include <gtest/gtest.h>

#include <algorithm>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-05-10"); }

using test::has;

TEST(ShippedActors, ASurnameAloneIsThePresidentOfTheDay) {
  // "Bush" in 2005 copy is the president; "Clinton" in 1997 copy too, and an elite of the United States after.
  auto bush = test::coded_events("Bush departed for Argentina on Thursday.", "2005-11-03");
  EXPECT_TRUE(has(bush, "USAGOV>ARG:042")) << ::testing::PrintToString(bush);
  auto clinton = test::coded_events("Clinton criticised the Chilean government.", "1997-04-10");
  EXPECT_TRUE(has(clinton, "USAGOV>CHLGOV:111")) << ::testing::PrintToString(clinton);
  auto later = test::coded_events("Clinton criticised the Chilean government.", "2005-11-03");
  EXPECT_TRUE(has(later, "USAELI>CHLGOV:111")) << ::testing::PrintToString(later);
  // A first name the dictionaries know keeps its own: the president's wife is no president.
  auto laura = test::coded_events("Laura Bush criticised the Chilean government.", "2005-11-03");
  EXPECT_TRUE(has(laura, "USAELI>CHLGOV:111")) << ::testing::PrintToString(laura);
}

TEST(ShippedActors, ANamedLeaderAfterACountrysPossessiveIsTheName) {
  // "Tibet's exiled spiritual leader, the Dalai Lama," is the Dalai Lama (CHNREL), not a Chinese leader; and he is a
  // person "he" can stand for.
  auto lama = test::coded_events(
      "Tibet's exiled spiritual leader, the Dalai Lama, criticised the Chinese government on Wednesday.\n\n"
      "On Thursday he met US President Bill Clinton.",
      "1997-04-23");
  EXPECT_TRUE(has(lama, "CHNREL>CHNGOV:111")) << ::testing::PrintToString(lama);
  EXPECT_TRUE(has(lama, "CHNREL>USAGOV:040")) << ::testing::PrintToString(lama);
  // Opening a gathering of legislators is no protest.
  auto opened = test::coded_events("The Dalai Lama opened an international gathering of legislators on Wednesday.",
                                   "1997-04-23");
  EXPECT_FALSE(test::has_code(opened, "14")) << ::testing::PrintToString(opened);
}

TEST(ShippedActors, NonGovernmentalBodiesOfNoCountryAreTransnational) {
  auto rights = coded("Human rights groups condemned the Chilean government.");
  EXPECT_TRUE(has(rights, "NGOHRI>CHLGOV:111")) << ::testing::PrintToString(rights);
  auto aid = coded("Aid agencies criticised the Chilean government.");
  EXPECT_TRUE(has(aid, "NGO>CHLGOV:111")) << ::testing::PrintToString(aid);
  auto monitors = coded("International monitors criticised the Chilean government.");
  EXPECT_TRUE(has(monitors, "IGO>CHLGOV:111")) << ::testing::PrintToString(monitors);
}

TEST(ShippedActors, RolesThatAreAsOftenLocalOrCommentatorsStayNoOnes) {
  // Observers not called international are commentators; a volunteer or a watchdog is as often local.
  for (const char* text : {"Observers criticised the Chilean government.", "Volunteers criticised the Chilean government.",
                           "Officials criticised the Chilean government."})
    EXPECT_TRUE(coded(text).empty()) << text << ": " << ::testing::PrintToString(coded(text));
  // A country in the sentence still gives the role its own: Chilean rights groups are Chile's.
  auto chilean = coded("Chilean human rights groups condemned the government.");
  EXPECT_TRUE(has(chilean, "CHLHRI>CHLGOV:111")) << ::testing::PrintToString(chilean);
}

TEST(ShippedActors, ABodysOwnNameSaysMoreThanItsLeaderBeforeIt) {
  auto party = coded("Abbas's Fatah movement accused Israel of stalling.");
  EXPECT_TRUE(has(party, "PSEPTY>ISR:112")) << ::testing::PrintToString(party);
  // A bare country in the compound is what the thing is about, not who owns it.
  auto policy = coded("Canada's Ukraine policy was criticised by Russia.");
  EXPECT_TRUE(has(policy, "RUS>CAN:111")) << ::testing::PrintToString(policy);
}

// "The UN panel", "the US Defense Department": an actor written with its article before a noun it names is that
// noun's owner, however the parse hangs the article ("The" and "UN" both on "panel").
TEST(ShippedActors, AnArticleBeforeANamedBodyIsNotItsHead) {
  auto panel = coded("The UN panel asked Kenya for further information.");
  EXPECT_TRUE(test::has_from(panel, "IGOUNO", "02")) << ::testing::PrintToString(panel);
  auto accused = coded("The US Defense Department accused Baghdad of exploiting the pilgrimage.");
  EXPECT_TRUE(test::has(accused, "USAGOV>IRQ:112")) << ::testing::PrintToString(accused);
}

// A government that says its capital will act speaks of itself: the capital is its metonym (FRAGOV). The country's
// own name stays the state, and a capital stays its country when no government of its own reports it.
TEST(ShippedActors, AGovernmentSpeakingOfItsCapitalIsTheDoer) {
  auto capital = coded("France's foreign minister said Paris would send aid to Lebanon.");
  EXPECT_TRUE(test::has_from(capital, "FRAGOV", "03")) << ::testing::PrintToString(capital);
  auto trailing = coded("Paris will send aid to Lebanon, the French foreign ministry said.");
  EXPECT_TRUE(test::has_from(trailing, "FRAGOV", "03")) << ::testing::PrintToString(trailing);
  auto country = coded("France's foreign minister said France would send aid to Lebanon.");
  EXPECT_TRUE(test::has_from(country, "FRA", "03")) << ::testing::PrintToString(country);
  auto other = coded("The opposition leader said Paris would send aid to Lebanon.");
  EXPECT_TRUE(test::has_from(other, "FRA", "03")) << ::testing::PrintToString(other);
}

// A list of countries that own one role gives one actor a country, even where the model split the list after its
// A country adjective before a title and a name: the titled person is the doer, with the country, whether the
// parse hangs the name on a title vigil does not know ("State Councilor") or the adjective on a word inside the
// title ("South Korean Vice Defense Minister", the adjective on "Defense").
TEST(ShippedActors, AnAdjectiveBeforeATitledNameGivesThePersonsCode) {
  auto councilor = coded("Chinese State Councilor Tang Jiaxuan left here on Friday for Vietnam to attend a meeting.");
  EXPECT_TRUE(test::has(councilor, "CHNGOV>VNM:042")) << ::testing::PrintToString(councilor);
  auto minister = coded("South Korean Vice Defense Minister Hwang Kyu-sik, who left for the UAE on Tuesday on a four-day "
                        "trip, will sign an agreement with UAE officials.");
  EXPECT_TRUE(test::has(minister, "KORGOV>ARE:042")) << ::testing::PrintToString(minister);
}

// first member ("..., the Czech Republic and Slovenia" hung on the verb).
TEST(ShippedActors, EachCountryOfAListOwnsTheRole) {
  auto visit = coded("Kyiv was visited on Tuesday by the prime ministers of Poland, the Czech Republic and Slovenia.");
  for (const char* code : {"POLGOV", "CZEGOV", "SVNGOV"})
    EXPECT_TRUE(test::has_pair(visit, code, "UKR", "04")) << code << ": " << ::testing::PrintToString(visit);
}

// A clause of time after an act on another country tells what happened there: its bare "the government" is that
// country's, not the doer's; and "after" read as a preposition still opens the clause.
TEST(ShippedActors, AClauseOfTimeIsAboutTheCountryTheMainClauseActsOn) {
  auto deal = coded("Russia eased its ban on Georgian wine after the government signed a trade agreement.");
  EXPECT_TRUE(test::has_from(deal, "GEOGOV", "05")) << ::testing::PrintToString(deal);
  EXPECT_FALSE(test::has_from(deal, "RUS", "05")) << ::testing::PrintToString(deal);
}

// "the town of Izium" is Izium: a withdrawal from it is aimed at its country, as one from "Izium" is.
TEST(ShippedActors, APlaceNounNamedByItsOfIsThatPlace) {
  auto city = test::coded_with_places("Russian troops withdrew from the city of Izium on Saturday.", "2022-09-12");
  EXPECT_TRUE(test::has_pair(city, "RUSMIL", "UKR", "087")) << ::testing::PrintToString(city);
  auto town = test::coded_with_places("Russian troops pulled out of the town of Izium on Saturday.", "2022-09-12");
  EXPECT_TRUE(test::has_pair(town, "RUSMIL", "UKR", "087")) << ::testing::PrintToString(town);
}

// "it" after "the elections in Belarus" is the elections: a country that only says where a thing is is not what the
// pronoun stands for, and the complaint has no target.
TEST(ShippedActors, APlaceThatLocatesAThingIsNotWhatItStandsFor) {
  auto farce = coded("Belarus's main opposition group called for a boycott of next month's elections in Belarus, "
                     "calling it a farce.");
  EXPECT_TRUE(test::has_pair(farce, "BLROPP", "-", "111")) << ::testing::PrintToString(farce);
  EXPECT_FALSE(test::has_pair(farce, "BLROPP", "BLR", "111")) << ::testing::PrintToString(farce);
}

TEST(ShippedActors, AnOrganisationNamedInFullIsLaterNamedByOneWordOfItsName) {
  // "Amnesty" after "Amnesty International", "Jihad" after "Islamic Jihad" (neither word alone is in the dictionaries).
  auto amnesty = coded("Amnesty International published a report on Monday. Amnesty criticised the Egyptian "
                       "government for the arrests.");
  EXPECT_TRUE(has(amnesty, "NGOAMN>EGYGOV:111")) << ::testing::PrintToString(amnesty);
  auto jihad = coded("Islamic Jihad fired rockets at Sderot on Monday. Israeli troops arrested three Jihad members on "
                     "Tuesday.");
  EXPECT_TRUE(has(jihad, "ISRMIL>PSEREB:173")) << ::testing::PrintToString(jihad);
  // Not before the full name, and not from a description that is no name ("Chechen separatist").
  auto first = coded("Amnesty criticised the Egyptian government for the arrests.");
  EXPECT_FALSE(test::has_from(first, "NGOAMN", "111")) << ::testing::PrintToString(first);
  // A role noun written with a capital, one word of such a name, is that body: the Congress party, no legislature.
  auto congress = test::coded_events("India's Congress (I) party withdrew its support on Thursday. The Congress "
                                     "accused the government of misrule.",
                                     "1997-04-10");
  EXPECT_TRUE(has(congress, "INDPTY>INDGOV:112")) << ::testing::PrintToString(congress);
  EXPECT_FALSE(test::has_from(congress, "INDLEG", "112")) << ::testing::PrintToString(congress);
  auto chechen = test::coded_events("Rybkin criticised Kulikov for his attack on the Chechen separatist leadership. "
                                    "On Tuesday, Kulikov announced that two Chechen women had been arrested for the "
                                    "bombing in Pyatigorsk.",
                                    "1997-04-30");
  EXPECT_FALSE(has(chechen, "RUSCOP>RUSREB:173")) << ::testing::PrintToString(chechen);
}

TEST(ShippedActors, ANewsOutletIsNoPronounsActor) {
  // The outlet a speaker told is the nearest name before "they", and not what "they" stands for.
  auto told = coded("Peace talks stalled on Monday. An envoy told AFP that both parties continue to say they are "
                    "ready to meet.");
  EXPECT_FALSE(test::has_from(told, "FRAMED", "036")) << ::testing::PrintToString(told);
  // Nor one described by its kind ("the official Xinhua news agency").
  auto described = coded("The official Xinhua news agency said police fired into a mob of protesters on Tuesday. "
                         "Hundreds of armed villagers had earlier attacked them, Xinhua said.");
  EXPECT_FALSE(has(described, "CHNCVL>CHNMED:190")) << ::testing::PrintToString(described);
}

TEST(ShippedActors, TheyAfterAGroupOfNoCountryIsThatGroup) {
  // The nearest subject, a group vigil codes without a country, is what "they" stands for; not a country before it.
  auto rebels = test::coded_events("Zairean rebels seized the town of Kenge on Tuesday. Kabila's rebels have captured "
                                   "more than half of Zaire since they launched their offensive.",
                                   "1997-04-30");
  EXPECT_TRUE(has(rebels, "CODREB>-:190")) << ::testing::PrintToString(rebels);
  EXPECT_FALSE(test::has_from(rebels, "COD", "190")) << ::testing::PrintToString(rebels);
  // It takes its country from the same group named earlier with one.
  auto police = test::coded_events("Bosnian police detained two suspects in Sarajevo on Friday. Police said they "
                                   "had arrested a man on Saturday.",
                                   "1997-04-12");
  EXPECT_TRUE(test::has_from(police, "BIHCOP", "173")) << ::testing::PrintToString(police);
}

// "Egyptian authorities seized ... The authorities arrested ...": a bare role with "the" points back to the same role
// named with its country earlier in the story; with two countries' roles named so, or another role, no one is guessed.
TEST(ShippedActors, ABareRoleWithTheIsTheSameRoleNamedBefore) {
  auto back = coded("Egyptian authorities seized a stolen statue on Monday. The authorities expelled three Libyan "
                    "diplomats on Tuesday.");
  EXPECT_TRUE(has(back, "EGYGOV>LBYGOV:174")) << ::testing::PrintToString(back);
  auto two = coded("Egyptian authorities and Sudanese authorities seized a stolen statue on Monday. The authorities "
                   "expelled three Libyan diplomats on Tuesday.");
  EXPECT_FALSE(test::has_from(two, "EGYGOV", "174")) << ::testing::PrintToString(two);
  EXPECT_FALSE(test::has_from(two, "SDNGOV", "174")) << ::testing::PrintToString(two);
  auto other = coded("Egyptian police seized a stolen statue on Monday. The authorities expelled three Libyan "
                     "diplomats on Tuesday.");
  EXPECT_FALSE(test::has_from(other, "EGYGOV", "174")) << ::testing::PrintToString(other);
}

TEST(ShippedActors, TheFirstPersonOfAQuoteIsWhoeverItIsReportedFrom) {
  auto we = coded("\"We support President Abbas in trying to work through this impasse,\" said US Secretary of State "
                  "Condoleezza Rice.");
  EXPECT_TRUE(has(we, "USAGOV>PSEGOV:051")) << ::testing::PrintToString(we);
  auto i = test::coded_events("Prodi told thousands of residents: \"I salute the people of Vlore.\"", "2007-04-13");
  EXPECT_TRUE(test::has_from(i, "ITAGOV", "051")) << ::testing::PrintToString(i);
  // Outside quotation marks "we" is not the speaker's own word: no one is found for it.
  auto plain = coded("Rice said we support President Abbas.");
  EXPECT_FALSE(has(plain, "USAGOV>PSEGOV:051")) << ::testing::PrintToString(plain);
}

TEST(ShippedActors, ThePossessiveOfAReportedSubjectIsTheReporters) {
  auto its = coded("Israel said its forces had arrested two Hamas members.");
  EXPECT_TRUE(test::has_from(its, "ISRMIL", "173")) << ::testing::PrintToString(its);
}

}  // namespace
}  // namespace vigil::events
