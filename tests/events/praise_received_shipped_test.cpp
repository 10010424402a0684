// Praise received (CAMEO 051): "received support from", "drew praise from", "earned praise from" are the praiser's
// act on the one praised, as "won praise from" (05) and "drew criticism from" (11) are coded. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;

TEST(PraiseReceived, TheOneWhoPraisesIsTheFromPhrase) {
  auto support = test::coded_events("Denmark's motion received support from Norway.", "1997-04-10");
  EXPECT_TRUE(has(support, "NOR>DNK:051")) << testing::PrintToString(support);
  auto earned = test::coded_events("Annan earned praise from the European Union.", "2005-06-01");
  EXPECT_TRUE(has(earned, "IGOEUREEC>IGOUNO:051")) << testing::PrintToString(earned);
  // Praise from no actor is no event.
  auto fans = test::coded_events("The team received support from fans.", "2005-06-01");
  EXPECT_FALSE(has_code(fans, "05")) << testing::PrintToString(fans);
}

}  // namespace
}  // namespace vigil::events
