// Acts said to be owed ("must", "should") and stated by a coded speaker become the speaker's demand (10x) or appeal
// (02x) of the doer; other events keep their codes.
#include <gtest/gtest.h>

#include "events/owed_acts.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

coding::Event owed(const std::string& cameo, const std::string& cue, const std::string& source,
                   const std::string& speaker) {
  coding::Event e;
  e.cameo = cameo;
  e.modality = "demanded";
  e.modality_reason = cue;
  e.source.code = source;
  if (!speaker.empty()) {
    coding::ActorRef s;
    s.code = speaker;
    s.text = "the speaker";
    e.speaker = s;
  }
  e.evidence.rule = "dicts/verbs/08-yield.txt:3: - obj:+";
  return e;
}

TEST(OwedActs, DemandAndAppealCodesFollowCameosParallelBranches) {
  EXPECT_EQ(demand_code("040"), "108");   // must meet
  EXPECT_EQ(demand_code("054"), "102");   // must recognise
  EXPECT_EQ(demand_code("0874"), "106");  // must withdraw
  EXPECT_EQ(demand_code("0871"), "107");  // must agree a ceasefire
  EXPECT_EQ(demand_code("084"), "1053");  // must release
  EXPECT_EQ(demand_code("0832"), "1042");
  EXPECT_EQ(demand_code("073"), "1033");
  EXPECT_EQ(appeal_code("046"), "026");   // should negotiate
  EXPECT_EQ(appeal_code("085"), "0254");  // should lift the embargo
  EXPECT_EQ(appeal_code("0831"), "0241");
  EXPECT_EQ(appeal_code("062"), "0212");
  // No demand of a statement, an apology or a hostile act.
  for (const char* code : {"010", "020", "055", "111", "190", "1823"}) {
    EXPECT_EQ(demand_code(code), "") << code;
    EXPECT_EQ(appeal_code(code), "") << code;
  }
}

TEST(OwedActs, TheSpeakerDemandsTheActOfItsDoer) {
  std::vector<coding::Event> out = {owed("0874", "must", "RUSMIL", "UKRGOV"), owed("046", "should", "IRN", "FRAGOV")};
  recode_owed_acts(out, 0);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].source.code, "UKRGOV");
  ASSERT_TRUE(out[0].target);
  EXPECT_EQ(out[0].target->code, "RUSMIL");
  EXPECT_EQ(out[0].cameo, "106");
  EXPECT_EQ(out[0].modality, "asserted");
  EXPECT_NE(out[0].evidence.rule.find("so a demand 106 of its doer"), std::string::npos) << out[0].evidence.rule;
  EXPECT_EQ(out[1].source.code, "FRAGOV");
  EXPECT_EQ(out[1].cameo, "026");
}

TEST(OwedActs, OnlyOwedActsOfACodedSpeakerOtherThanTheDoerAreRecoded) {
  std::vector<coding::Event> out = {
      owed("0874", "must", "RUSMIL", ""),        // no speaker: an editorial's "must"
      owed("0874", "must", "RUSMIL", "---GOV"),  // "officials said": no one to code
      owed("0874", "must", "RUSMIL", "RUSMIL"),  // the doer's own word
      owed("0874", "urged ...", "RUSMIL", "UKRGOV"),  // demanded by a governing verb, coded from that verb
      owed("190", "must", "RUSMIL", "UKRGOV")};  // no demand code
  recode_owed_acts(out, 0);
  ASSERT_EQ(out.size(), 5u);
  for (const coding::Event& e : out) EXPECT_EQ(e.source.code, "RUSMIL") << e.cameo;
}

TEST(OwedActs, AStateSayingWhatItShouldDoItselfMakesNoAppealToItself) {
  auto own = [](const std::string& source, const std::string& speaker, const std::string& cue) {
    coding::Event e = owed("046", cue, source, speaker);
    e.source.country = source.substr(0, 3);
    e.speaker->country = speaker.substr(0, 3);
    if (source.size() > 3) e.source.sectors = {source.substr(3)};
    if (speaker.size() > 3) e.speaker->sectors = {speaker.substr(3)};
    return e;
  };
  // "Chinese officials said China should negotiate": the speaker's own state.
  std::vector<coding::Event> out = {own("CHN", "CHNGOV", "should"), own("CHNGOV", "CHNELI", "must")};
  recode_owed_acts(out, 0);
  ASSERT_EQ(out.size(), 2u);
  for (const coding::Event& e : out) {
    EXPECT_EQ(e.cameo, "046");
    EXPECT_EQ(e.modality, "demanded");
  }
  // Another state, or the state's opposition at home, still appeals to it.
  std::vector<coding::Event> others = {own("IRN", "FRAGOV", "should"), own("VENGOV", "VENOPP", "should")};
  recode_owed_acts(others, 0);
  EXPECT_EQ(others[0].cameo, "026");
  EXPECT_EQ(others[0].source.code, "FRAGOV");
  EXPECT_EQ(others[1].cameo, "026");
  EXPECT_EQ(others[1].source.code, "VENOPP");
}

TEST(OwedActs, ARecodedActThatRepeatsAnotherOfItsSentenceIsDropped) {
  std::vector<coding::Event> out = {owed("0874", "must", "RUSMIL", "UKRGOV"), owed("0873", "must", "RUSMIL", "UKRGOV")};
  out[1].cameo = "0874";
  recode_owed_acts(out, 0);
  EXPECT_EQ(out.size(), 1u);
}

TEST(OwedActs, EndToEndAReportedMustIsTheSpeakersDemand) {
  auto must = test::coded_events("Israeli Prime Minister Ehud Olmert said Hamas must recognise Israel.", "2006-11-20",
                                 true, true);
  EXPECT_EQ(must, std::vector<std::string>{"ISRGOV>PSEREB:102/asserted"});
  auto should = test::coded_events("The French foreign minister said Iran should return to the negotiating table.",
                                   "2006-11-20", true, true);
  EXPECT_EQ(should, std::vector<std::string>{"FRAGOV>IRN:026/asserted"});
  // Unreported, the act stays the doer's, demanded; a guess about the past ("must have") is no demand.
  auto bare = test::coded_events("Hamas must recognise Israel.", "2006-11-20", true, true);
  EXPECT_EQ(bare, std::vector<std::string>{"PSEREB>ISR:054/demanded"});
  // A state's own minister saying what it should do: its aim, no appeal to itself.
  auto own = test::coded_events("Chinese Foreign Minister Li Zhaoxing said China should hold talks with Iran.",
                                "2006-11-20", true, true);
  EXPECT_EQ(own, std::vector<std::string>{"CHN>IRN:046/demanded"});
  auto guess = test::coded_events("The Israeli minister said Hamas must have recognised Israel.", "2006-11-20", true,
                                  true);
  EXPECT_EQ(guess, std::vector<std::string>{"PSEREB>ISR:054/asserted"});
}

}  // namespace
}  // namespace vigil::events
