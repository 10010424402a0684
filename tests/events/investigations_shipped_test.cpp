// Investigations (CAMEO root 09) as wire copy writes them: "investigate" and "probe" are investigations whatever
// their object, but "inspect" and "examine" only when what is looked at is wrongdoing, a weapons site, or the one
// looking is an investigator; and setting up a commission is one of inquiry, a committee only when the sentence says
// so. Sentences written for these tests.
#include <gtest/gtest.h>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_code;

TEST(Investigations, InspectingIsATourUnlessWrongdoingOrWeaponsAreLookedAt) {
  auto tour = test::coded_events("Chinese Premier Wen Jiabao inspected the workshops of a vaccine plant.", "2005-11-18");
  EXPECT_FALSE(has_code(tour, "09")) << testing::PrintToString(tour);
  auto guard = test::coded_events("The Egyptian president inspected a guard of honour.", "1997-04-15");
  EXPECT_FALSE(has_code(guard, "09")) << testing::PrintToString(guard);
  auto study = test::coded_events("The OECD examined the rise in house prices.", "2005-11-29");
  EXPECT_FALSE(has_code(study, "09")) << testing::PrintToString(study);
  auto crime = test::coded_events("Russian prosecutors examined the bribery case.", "2005-11-29");
  EXPECT_TRUE(has(crime, "RUSJUD>-:091")) << testing::PrintToString(crime);
  auto sites = test::coded_events("UN experts inspected the facilities near Baghdad.", "2002-12-01");
  EXPECT_TRUE(has_code(sites, "090")) << testing::PrintToString(sites);
}

TEST(Investigations, InvestigatorsExaminingAreInvestigating) {
  auto e = test::coded_events("Slovak investigators examined whether the gunman had acted alone.", "2024-07-18");
  EXPECT_TRUE(has_code(e, "09")) << testing::PrintToString(e);
}

TEST(Investigations, ACommissionSetUpIsOneOfInquiryACommitteeOnlyWhenSaid) {
  auto commission = test::coded_events("Kenya has set up a commission into the post-election violence.", "2008-02-01");
  EXPECT_TRUE(has(commission, "KEN>-:090")) << testing::PrintToString(commission);
  auto committee = test::coded_events("Thailand has set up a committee to direct assistance to flood victims.", "2006-11-06");
  EXPECT_FALSE(has_code(committee, "09")) << testing::PrintToString(committee);
  auto inquiry = test::coded_events("Thailand has set up a committee of inquiry.", "2006-11-06");
  EXPECT_TRUE(has_code(inquiry, "090")) << testing::PrintToString(inquiry);
}

}  // namespace
}  // namespace vigil::events
