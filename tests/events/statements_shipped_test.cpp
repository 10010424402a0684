// Comments, endorsements and cooperation (CAMEO roots 01, 02, 05-08) as wire copy writes them, coded with the shipped
// model and dictionaries. Sentences written for these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;

TEST(Statements, WelcomingTheStartOrPassingOfAnActEndorsesIt) {
  // The resumption, adoption or interest welcomed is an act endorsed (051), not a guest received (043).
  auto resumed = test::coded_events("Russia welcomed the resumption of talks between Iran and the European Union.",
                                    "2006-11-20");
  EXPECT_TRUE(has(resumed, "RUS>IRN:051")) << testing::PrintToString(resumed);
  EXPECT_FALSE(has_code(resumed, "043")) << testing::PrintToString(resumed);
  auto adopted = test::coded_events("Egypt welcomed the adoption of a UN resolution on Gaza.", "2006-11-20");
  EXPECT_TRUE(has(adopted, "EGY>IGOUNO:051")) << testing::PrintToString(adopted);
  auto interest = test::coded_events("Pakistan welcomed Russia's interest in the pipeline project.", "2006-11-20");
  EXPECT_TRUE(has(interest, "PAK>RUS:051")) << testing::PrintToString(interest);
  EXPECT_FALSE(has_code(interest, "043")) << testing::PrintToString(interest);
  // A visitor welcomed is still a guest received.
  auto guest = test::coded_events("China welcomed the visiting Pakistani president.", "2006-11-20");
  EXPECT_TRUE(has(guest, "CHN>PAKGOV:043")) << testing::PrintToString(guest);
}

TEST(Statements, CondemnatoryWordsArePejorative) {
  // &CONDEMNATORY is a class of its own, and a member of &PEJORATIVE: "described X as condemnable" disapproves.
  EXPECT_NE(test::shipped_lexicon().dicts().find_synset("&CONDEMNATORY"), lexicon::kNone);
  for (const char* word : {"condemnable", "reprehensible", "deplorable"}) {
    auto e = test::coded_events(std::string("Russia described the sanctions as ") + word + ".", "2006-11-20");
    EXPECT_TRUE(has(e, "RUS>-:111")) << word << " " << testing::PrintToString(e);
  }
}

TEST(Statements, InformingReportersIsNoConsultation) {
  auto reporters = test::coded_events("Spokesman Sean McCormack informed the reporters of the meeting.", "2006-11-20");
  EXPECT_FALSE(has_code(reporters, "04")) << testing::PrintToString(reporters);
  // Informing a state still is.
  auto state = test::coded_events("China informed Russia of the pollution.", "2006-11-20");
  EXPECT_TRUE(has(state, "CHN>RUS:040")) << testing::PrintToString(state);
}

TEST(Statements, OnlyARefusalToElaborateDeclinesComment) {
  for (const char* modal : {"would", "could"}) {
    auto e = test::coded_events(std::string("The Chinese spokesman ") + modal + " not elaborate.", "2006-11-20");
    EXPECT_TRUE(has(e, "CHNGOV>-:011")) << modal << " " << testing::PrintToString(e);
  }
  // "did not elaborate" reports what was said; "did not comment" still declines.
  auto did = test::coded_events("The Chinese spokesman did not elaborate.", "2006-11-20");
  EXPECT_FALSE(has_code(did, "011")) << testing::PrintToString(did);
  auto comment = test::coded_events("The Chinese spokesman did not comment.", "2006-11-20");
  EXPECT_TRUE(has(comment, "CHNGOV>-:011")) << testing::PrintToString(comment);
}

TEST(Statements, DecliningCommentIsAssertedNotNegated) {
  // 011 is the "not" itself: the spokesman did decline; coding it negated would deny the refusal.
  auto comment = test::coded_events("The Chinese spokesman did not comment.", "2006-11-20", true, true);
  EXPECT_EQ(comment, std::vector<std::string>{"CHNGOV>-:011/asserted"});
  auto elaborate = test::coded_events("The Chinese spokesman would not elaborate.", "2006-11-20", true, true);
  EXPECT_EQ(elaborate, std::vector<std::string>{"CHNGOV>-:011/asserted"});
}

TEST(Statements, ThePressAStatementIsMadeToIsNeverItsTarget) {
  // "reporters" is the audience of "warned" and "briefed", not whom the act is aimed at.
  auto warned = test::coded_events("The Israeli minister warned reporters about the danger.", "2006-11-20");
  EXPECT_TRUE(has(warned, "ISRGOV>-:130")) << testing::PrintToString(warned);
  auto briefed = test::coded_events("Olmert briefed reporters on the talks.", "2006-11-20");
  for (const std::string& e : briefed) EXPECT_EQ(e.find("MED"), std::string::npos) << e;
  // The clause the model hung on the reporters is the warning's: the attack in it is Israel's, on Gaza.
  auto clause = test::coded_events("The minister warned reporters that Israel would attack Gaza.", "2006-11-20");
  EXPECT_TRUE(has(clause, "ISR>PSE:190")) << testing::PrintToString(clause);
}

TEST(Statements, HopeOrConcernExpressedBeforeAThatClauseIsAComment) {
  // The parser takes "hope" before a that-clause for a verb; the comment is still the speaker's.
  auto hope = test::coded_events("Germany expressed hope that Iran would return to talks.", "2006-11-20");
  EXPECT_TRUE(has(hope, "DEU>-:013")) << testing::PrintToString(hope);
  auto voiced = test::coded_events("Pakistan on Saturday voiced hope that the execution would not fuel violence.",
                                   "2006-12-30");
  EXPECT_TRUE(has(voiced, "PAK>-:013")) << testing::PrintToString(voiced);
  auto dismay = test::coded_events("Japan expressed dismay at the collapse of the talks.", "2006-11-20");
  EXPECT_TRUE(has(dismay, "JPN>-:012")) << testing::PrintToString(dismay);
}

TEST(Statements, AnAppealToNationsNamedByNoActorIsStillAnAppeal) {
  // "states", "nations", "countries" name no actor, so the appeal has no target, but it is the speaker's.
  auto states = test::coded_events(
      "UN Secretary General Kofi Annan called on states on Friday to take strong action against violence.", "2005-11-25");
  EXPECT_TRUE(has(states, "IGOUNO>-:020")) << testing::PrintToString(states);
  auto nations = test::coded_events("Japan asked countries to help.", "2005-11-25");
  EXPECT_TRUE(has(nations, "JPN>-:020")) << testing::PrintToString(nations);
}

TEST(Statements, PraiseWonFromSomeoneIsTheirs) {
  // The one who praises is the from- or of-phrase; the subject is the one praised.
  auto from = test::coded_events("China has won wide praise from the United Nations for its efforts.", "2005-12-07");
  EXPECT_TRUE(has(from, "IGOUNO>CHN:051")) << testing::PrintToString(from);
  auto of = test::coded_events("Kenya has won the endorsement of the African Union.", "2005-12-07");
  EXPECT_TRUE(has(of, "IGOAFRAFU>KEN:051")) << testing::PrintToString(of);
  // A share of a vote names no one who gives it, and a match won is no praise.
  auto vote = test::coded_events("A similar vote in 1995 won 73 percent support for the name change.", "2005-12-07");
  EXPECT_TRUE(vote.empty()) << testing::PrintToString(vote);
  auto match = test::coded_events("Brazil won the match against Argentina.", "2005-12-07");
  EXPECT_FALSE(has_code(match, "05")) << testing::PrintToString(match);
}

TEST(Statements, EncouragingIsAnAppealOnlyToSomeoneUrgedToAct) {
  auto urged = test::coded_events("The European Union encouraged Serbia to cooperate with the war crimes court.",
                                  "2006-12-20");
  EXPECT_TRUE(has(urged, "IGOEUREEC>SRB:021")) << testing::PrintToString(urged);
  auto members = test::coded_events("The APEC ministers encouraged all member economies to ratify the conventions.",
                                    "2005-11-16");
  EXPECT_TRUE(has_code(members, "020")) << testing::PrintToString(members);
  // A state's own policy is no appeal to anyone.
  auto policy = test::coded_events("China will adopt policies to encourage innovation and exports.", "2005-11-26");
  EXPECT_FALSE(has_code(policy, "02")) << testing::PrintToString(policy);
}

TEST(Statements, ProgressMadeIsAnAchievementNotAComment) {
  auto made = test::coded_events("China has made remarkable progress in developing its economy.", "2005-11-28");
  EXPECT_FALSE(has_code(made, "013")) << testing::PrintToString(made);
}

TEST(Statements, ARecipeForDisasterLeavesAPoliticalStoryCoded) {
  // "recipe" no longer voids a story: politics says "a recipe for disaster"; cookery stories measure in spoons.
  auto story = test::coded_events(
      "Japan praised China for its efforts. A hurried withdrawal would be a recipe for disaster, he said.", "2005-12-15");
  EXPECT_TRUE(has(story, "JPN>CHN:051")) << testing::PrintToString(story);
  auto cookery = test::coded_events("Japan praised China for its efforts. Add two tablespoons of sugar.", "2005-12-15");
  EXPECT_TRUE(cookery.empty()) << testing::PrintToString(cookery);
}

TEST(Statements, CelebratingOnesBirthdayPraisesNoOne) {
  auto birthday = test::coded_events("Britain's Queen Elizabeth II celebrated her 71st birthday at Windsor Castle.",
                                     "1997-04-21");
  EXPECT_FALSE(has_code(birthday, "05")) << testing::PrintToString(birthday);
  auto honoured = test::coded_events("The Chinese president honoured the Japanese premier.", "1997-04-21");
  EXPECT_TRUE(has(honoured, "CHNGOV>JPNGOV:051")) << testing::PrintToString(honoured);
}

TEST(Statements, OutAndOfMarkingOnePhraseSpellOutOf) {
  // The parser hangs "out" and "of" on the place as two case words; together they are the preposition "out of".
  auto gaza = test::coded_events("Israeli troops pulled out of the Gaza town of Beit Hanoun on Tuesday.", "2006-11-20");
  EXPECT_TRUE(has(gaza, "ISRMIL>PSE:0874")) << testing::PrintToString(gaza);
  auto talks = test::coded_events("Syria pulled out of the talks.", "2006-11-20");
  EXPECT_TRUE(has(talks, "SYR>-:164")) << testing::PrintToString(talks);
  // Leaving a coalition government is party politics, no retreat.
  auto coalition = test::coded_events("Labor will pull out of the Israeli government.", "2005-11-10");
  EXPECT_FALSE(has_code(coalition, "087")) << testing::PrintToString(coalition);
}

TEST(Statements, AVerdictStatedOnADayOrInAStatementIsCriticism) {
  // The that-clause reported after the day ("said Wednesday that ...") is what was said, and calling an act
  // unconstitutional criticises its doer.
  auto day = test::coded_events(
      "Lebanese Parliament Speaker Nabih Berri said Wednesday that the government's meeting was unconstitutional.",
      "2006-11-15");
  EXPECT_TRUE(has(day, "LBNLEG>LBNGOV:111")) << testing::PrintToString(day);
  auto statement = test::coded_events("Syria said in a statement that the Israeli raid was unjustified.", "2006-11-15");
  EXPECT_TRUE(has(statement, "SYR>ISRMIL:111") || has(statement, "SYR>ISR:111")) << testing::PrintToString(statement);
}

}  // namespace
}  // namespace vigil::events
