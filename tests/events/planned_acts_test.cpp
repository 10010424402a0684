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
  EXPECT_EQ(intent_code("084"), "0353");  // release persons or property
  EXPECT_EQ(intent_code("0841"), "0353");
  EXPECT_EQ(intent_code("087"), "0356");  // de-escalate
  // No intent code: statements, diplomatic cooperation, and hostile acts (an intended attack is not a threat).
  EXPECT_EQ(intent_code("010"), "");
  EXPECT_EQ(intent_code("057"), "");
  EXPECT_EQ(intent_code("190"), "");
  EXPECT_EQ(intent_code("1823"), "");
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

}  // namespace
}  // namespace vigil::events
