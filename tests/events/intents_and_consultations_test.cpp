// Intents (CAMEO 03) through the shipped pipeline: what a speaker suggests, rebukes or steps up is not a promise of
// his own.
#include <gtest/gtest.h>

#include <algorithm>

#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::coded_events;

bool has(const std::vector<std::string>& events, const std::string& e) {
  return std::find(events.begin(), events.end(), e) != events.end();
}

bool any_code(const std::vector<std::string>& events, const std::string& prefix) {
  return std::any_of(events.begin(), events.end(), [&](const std::string& e) {
    return e.substr(e.find(':') + 1).starts_with(prefix);
  });
}

TEST(Intents, SteppingUpIsNoResignation) {
  auto up = coded_events("The Swedish prime minister vowed to step up cooperation with Kenya.", "2006-01-10");
  EXPECT_FALSE(any_code(up, "0341")) << testing::PrintToString(up);
  auto down = coded_events("The Kenyan president promised to step down next year.", "2006-01-10");
  EXPECT_TRUE(has(down, "KENGOV>-:0341")) << testing::PrintToString(down);
}

TEST(Intents, SuggestingThatIsNoIntentOfTheSpeaker) {
  auto advice = coded_events("The Swedish envoy suggested that Kenya should do more against corruption.", "2006-01-10");
  EXPECT_FALSE(any_code(advice, "03")) << testing::PrintToString(advice);
  auto claim = coded_events("A survey by the Swedish government suggests that the economy is growing.", "2006-01-10");
  EXPECT_FALSE(any_code(claim, "03")) << testing::PrintToString(claim);
  // A meeting suggested is a proposal to meet.
  auto meeting = coded_events("The Swedish envoy suggested a meeting with the Kenyan president.", "2006-01-10");
  EXPECT_TRUE(has(meeting, "SWEGOV>KENGOV:036")) << testing::PrintToString(meeting);
}

TEST(Intents, AnOfferedRebukeIsDisapprovalAndAPrayerNoOffer) {
  auto rebuke = coded_events("The Swedish prime minister offered a mild rebuke to Kenya over the elections.", "2006-01-10");
  EXPECT_TRUE(has(rebuke, "SWEGOV>KEN:111")) << testing::PrintToString(rebuke);
  EXPECT_FALSE(any_code(rebuke, "03")) << testing::PrintToString(rebuke);
  auto prayer = coded_events("The Indian parliament offered a silent prayer for the victims of the flood.", "2006-01-10");
  EXPECT_FALSE(any_code(prayer, "03")) << testing::PrintToString(prayer);
  auto help = coded_events("The Swedish prime minister offered help to Kenya.", "2006-01-10");
  EXPECT_TRUE(has(help, "SWEGOV>KEN:033")) << testing::PrintToString(help);
}

}  // namespace
}  // namespace vigil::events
