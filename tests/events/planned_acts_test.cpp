// Planned acts of cooperation become CAMEO intents (03x); other acts and other modalities keep their codes.
#include <gtest/gtest.h>

#include "events/planned_acts.h"

namespace vigil::events {
namespace {

coding::Event event(int sentence, const std::string& cameo, const std::string& modality, const std::string& source,
                    const std::string& target) {
  coding::Event e;
  e.sentence = sentence;
  e.cameo = cameo;
  e.modality = modality;
  e.source.code = source;
  if (!target.empty()) {
    coding::ActorRef t;
    t.code = target;
    e.target = t;
  }
  e.evidence.rule = "dicts/verbs/04-consult.txt:12: - obj:+";
  return e;
}

TEST(PlannedActs, IntentCodesFollowCameosParallelBranches) {
  EXPECT_EQ(intent_code("040"), "036");
  EXPECT_EQ(intent_code("042"), "036");  // a planned visit
  EXPECT_EQ(intent_code("046"), "036");
  EXPECT_EQ(intent_code("061"), "031");
  EXPECT_EQ(intent_code("070"), "033");
  EXPECT_EQ(intent_code("071"), "0331");
  EXPECT_EQ(intent_code("072"), "0332");
  EXPECT_EQ(intent_code("073"), "0333");
  EXPECT_EQ(intent_code("074"), "0334");
  EXPECT_EQ(intent_code("083"), "034");   // accede to political reform
  EXPECT_EQ(intent_code("0831"), "0341");  // ... of a kind: leadership, policy, rights, institutions
  EXPECT_EQ(intent_code("0832"), "0342");
  EXPECT_EQ(intent_code("0834"), "0344");
  EXPECT_EQ(intent_code("084"), "0353");  // release persons or property
  EXPECT_EQ(intent_code("0841"), "0353");
  EXPECT_EQ(intent_code("087"), "0356");  // de-escalate
  // No intent code: statements, diplomatic cooperation, and hostile acts (an intended attack is not a threat).
  EXPECT_EQ(intent_code("010"), "");
  EXPECT_EQ(intent_code("190"), "");
  EXPECT_EQ(intent_code("1823"), "");
  // Diplomatic cooperation of support and recognition has one: "would continue to support", "will recognize".
  EXPECT_EQ(intent_code("051"), "032");
  EXPECT_EQ(intent_code("054"), "032");
  EXPECT_EQ(intent_code("055"), "");
  // An agreement to be signed or joined is an intent to cooperate of no stated kind.
  EXPECT_EQ(intent_code("057"), "030");
}

TEST(PlannedActs, ThreatCodesFollowCameosParallelBranches) {
  EXPECT_EQ(threat_code("163"), "1312");  // "will impose sanctions"
  EXPECT_EQ(threat_code("1621"), "1311");  // "will cut economic aid"
  EXPECT_EQ(threat_code("161"), "1313");  // "will break off relations"
  EXPECT_EQ(threat_code("164"), "134");
  EXPECT_EQ(threat_code("1723"), "1323");  // "will impose a curfew"
  EXPECT_EQ(threat_code("173"), "137");
  EXPECT_EQ(threat_code("141"), "133");
  EXPECT_EQ(threat_code("186"), "1383");
  EXPECT_EQ(threat_code("190"), "138");
  EXPECT_EQ(threat_code("191"), "1381");
  EXPECT_EQ(threat_code("192"), "1382");
  EXPECT_EQ(threat_code("195"), "1384");
  EXPECT_EQ(threat_code("204"), "1385");
  // Not hostile, or already a threat.
  EXPECT_EQ(threat_code("042"), "");
  EXPECT_EQ(threat_code("111"), "");
  EXPECT_EQ(threat_code("1384"), "");
}

TEST(PlannedActs, OnlyIntendedEventsAreRecodedAndRepeatsMerge) {
  std::vector<coding::Event> out = {
      event(0, "190", "asserted", "RUSMIL", "UKR"),  // an earlier story's event: left alone
      event(1, "042", "intended", "TURGOV", "RUS"),  // "is due to visit Russia"
      event(1, "040", "intended", "TURGOV", "RUS"),  // "... and hold talks": the same intent
      event(2, "042", "asserted", "TURGOV", "RUS"),  // a visit that happened
      event(3, "190", "intended", "RUSMIL", "UKR"),  // a planned attack
      event(4, "073", "intended", "CHN", "NPL"),     // "will send relief supplies"
  };
  recode_planned_acts(out, 1);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].cameo, "190");
  EXPECT_EQ(out[1].cameo, "036");
  EXPECT_EQ(out[1].sentence, 1);
  EXPECT_NE(out[1].evidence.rule.find("intended, so 036 (intent to 042)"), std::string::npos) << out[1].evidence.rule;
  EXPECT_EQ(out[2].cameo, "042");
  EXPECT_EQ(out[2].sentence, 2);
  EXPECT_EQ(out[3].cameo, "190");
  EXPECT_EQ(out[4].cameo, "0333");
}

TEST(PlannedActs, HostileActsTheirDoersStateBecomeOneThreat) {
  std::vector<coding::Event> out = {
      event(0, "1384", "asserted", "IRN", "ISR"),  // "threatened ..."
      event(0, "190", "intended", "IRN", "ISR"),   // "... to retaliate against Israel": an intended act beside it
      event(1, "130", "asserted", "CAN", ""),      // "warned ..."
      event(1, "163", "intended", "CAN", "BLR"),   // "... it will impose sanctions on Belarus"
      event(2, "163", "intended", "CAN", "BLR"),   // "will impose sanctions, analysts said"
  };
  out[1].modality_reason = "threatened ...";
  out[3].modality_reason = "will";
  out[3].attribution = std::vector<coding::AttributionLink>{{"outlet", "Wire", "", std::nullopt},
                                                            {"self", "Ottawa", "CANGOV", std::nullopt}};
  out[4].modality_reason = "will";
  out[4].attribution = std::vector<coding::AttributionLink>{{"anonymous", "analysts", "", std::nullopt}};
  recode_planned_acts(out, 0);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].cameo, "1384");
  EXPECT_EQ(out[1].cameo, "190");
  EXPECT_EQ(out[1].sentence, 0);
  EXPECT_EQ(out[2].cameo, "1312");  // the recoded act names what is threatened, and whom; the vaguer 130 gives way
  EXPECT_EQ(out[2].sentence, 1);
  EXPECT_NE(out[2].evidence.rule.find("threat to 163"), std::string::npos) << out[2].evidence.rule;
  EXPECT_EQ(out[3].cameo, "163");  // expected by others: no threat
  EXPECT_EQ(out[3].sentence, 2);
}

TEST(PlannedActs, AVagueIntentGivesWayToTheSpecificOneOfItsDoer) {
  std::vector<coding::Event> out = {
      event(0, "030", "asserted", "JPN", "SDN"),  // "committed ..."
      event(0, "033", "asserted", "JPN", "SDN"),  // "committed to send ..."
      event(0, "074", "intended", "JPN", "SDN"),  // "... to send peacekeepers to Sudan"
      event(1, "030", "asserted", "CHN", ""),     // "pledged to deepen ties ..."
      event(1, "033", "asserted", "CHN", "NPL"),  // "... and to send aid to Nepal"
      event(1, "036", "asserted", "CHN", "IND"),  // "... and to hold talks with India": another kind, kept
      event(2, "030", "asserted", "CHN", "PAK"),  // another target: kept
      event(2, "033", "asserted", "CHN", "NPL"),
  };
  recode_planned_acts(out, 0);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].cameo, "0334");
  EXPECT_EQ(out[1].cameo, "033");
  EXPECT_EQ(out[1].sentence, 1);
  EXPECT_EQ(out[2].cameo, "036");
  EXPECT_EQ(out[3].cameo, "030");
  EXPECT_EQ(out[3].sentence, 2);
  EXPECT_EQ(out[4].cameo, "033");
}

}  // namespace
}  // namespace vigil::events
