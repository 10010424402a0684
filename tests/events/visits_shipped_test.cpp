// Meetings and visits with their counterparts, through the shipped pipeline (model, dictionaries, gazetteer): where
// a visit goes when its destination is a place, "here" or a capital, and who a meeting's partners are.
#include <gtest/gtest.h>

#include <algorithm>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<std::string> coded(const std::string& text, const std::string& published, const std::string& dateline = "") {
  return test::coded_with_places(text, published, dateline);
}

using test::has;

bool any_visit(const std::vector<std::string>& events) {
  return std::any_of(events.begin(), events.end(), [](const std::string& e) { return e.ends_with(":042"); });
}

TEST(Visits, ATripInsideOnesOwnCountryIsNoVisit) {
  auto home = coded("Somali lawmakers travelled to Mogadishu on Sunday.", "2005-11-28");
  EXPECT_FALSE(any_visit(home)) << testing::PrintToString(home);
  auto abroad = coded("Somali lawmakers travelled to Nairobi on Sunday.", "2005-11-28");
  EXPECT_TRUE(has(abroad, "SOMLEG>KEN:042")) << testing::PrintToString(abroad);
}

// A visit is a state's, a body's or an official's: private people coming to a country make none.
TEST(Visits, PrivatePeopleComingToACountryMakeNoVisit) {
  auto students = coded("More than 10,000 American students came to China last year.", "2006-11-08");
  EXPECT_FALSE(test::has_code(students, "042")) << ::testing::PrintToString(students);
  auto migrants = coded("Around 13,000 Albanians have arrived in Italy by boat.", "1997-04-20");
  EXPECT_FALSE(test::has_code(migrants, "042")) << ::testing::PrintToString(migrants);
  auto minister = coded("The Albanian foreign minister arrived in Italy on Sunday.", "1997-04-20");
  EXPECT_TRUE(test::has(minister, "ALBGOV>ITA:042")) << ::testing::PrintToString(minister);
}

TEST(Visits, ArrivingHereIsAVisitToTheDatelinesCountry) {
  const std::string text = "The Thai prime minister arrived here on Wednesday for a three-day official visit.";
  auto hanoi = coded(text, "2006-11-08", "HANOI, Nov. 8 (Xinhua)");
  EXPECT_TRUE(has(hanoi, "THAGOV>VNM:042")) << testing::PrintToString(hanoi);
  // Back in his own capital he makes no visit.
  auto bangkok = coded(text, "2006-11-08", "BANGKOK, Nov. 8 (Xinhua)");
  EXPECT_FALSE(any_visit(bangkok)) << testing::PrintToString(bangkok);
  // A city-state's dateline names the state.
  auto singapore = coded(text, "2006-11-08", "SINGAPORE, Nov. 8 (AFP)");
  EXPECT_TRUE(has(singapore, "THAGOV>SGP:042")) << testing::PrintToString(singapore);
}

TEST(Visits, AVisitingGuestWithNoHostNamedVisitsTheDatelinesCountry) {
  auto guest = coded("Visiting Thai Prime Minister Surayud Chulanont said on Tuesday that trade would grow.",
                     "2006-11-08", "HANOI, Nov. 8 (Xinhua)");
  EXPECT_TRUE(has(guest, "THAGOV>VNM:042")) << testing::PrintToString(guest);
  // Named later by surname after a title and a bracketed abbreviation, the guest is still known.
  auto later = coded("Visiting Prime Minister of the Republic of Korea (ROK) Lee Hae-chan said on Saturday that trade "
                     "would grow.\n\nLee also said he had discussed oil prices with his Vietnamese counterpart.",
                     "2005-11-26", "HANOI, Nov. 26 (Xinhua)");
  EXPECT_TRUE(has(later, "KORGOV>VNM:042")) << testing::PrintToString(later);
  EXPECT_TRUE(has(later, "KORGOV>VNMGOV:040")) << testing::PrintToString(later);
  // A "host" of the guest's own country (the parse hanging the participle on the clause of the guest's country) is
  // no host: the dateline's country is still the one visited.
  auto own = coded("Bulgaria expects to expand exchanges and cooperation with China and hopes for more Chinese "
                   "investment, visiting Bulgarian Prime Minister Sergei Stanishev said during a tour of Shanghai.",
                   "2006-11-22", "SHANGHAI, Nov. 22 , 2006 (Xinhua)");
  EXPECT_TRUE(has(own, "BGRGOV>CHN:042")) << testing::PrintToString(own);
}

TEST(Visits, ArrivingHereNeedsNoWordForTheVisit) {
  // "arrived here Monday afternoon to continue efforts ...": no "for a visit", and still the dateline's guest.
  auto hill = coded("The Thai prime minister arrived here Monday afternoon to continue efforts on resuming the talks.",
                    "2006-11-27", "BEIJING, Nov. 27 (Xinhua)");
  EXPECT_TRUE(has(hill, "THAGOV>CHN:042")) << testing::PrintToString(hill);
  // Troops arriving here are no visitors.
  auto troops = coded("Thai troops arrived here on Monday.", "2006-11-27", "DILI, Nov. 27 (Xinhua)");
  EXPECT_FALSE(any_visit(troops)) << testing::PrintToString(troops);
}

TEST(Visits, OfficialsMetInACapitalAreItsGovernment) {
  auto one = coded("The Swedish envoy met with officials in Algiers on Monday.", "2006-11-08");
  EXPECT_TRUE(has(one, "SWEGOV>DZAGOV:040")) << testing::PrintToString(one);
  auto two = coded("The Swedish envoy will meet with officials in Algiers and in Rabat next week.", "2006-11-08");
  EXPECT_TRUE(has(two, "SWEGOV>DZAGOV:036")) << testing::PrintToString(two);
  EXPECT_TRUE(has(two, "SWEGOV>MARGOV:036")) << testing::PrintToString(two);
  // Rebels met in a capital are still no one's government there.
  auto rebels = coded("The Swedish envoy met with rebels in Algiers on Monday.", "2006-11-08");
  EXPECT_FALSE(has(rebels, "SWEGOV>DZAGOV:040")) << testing::PrintToString(rebels);
}

TEST(Visits, AVisitToABuildingGoesToTheCountryItStandsIn) {
  auto events = coded("The Chinese premier paid a visit to a car factory in Munich on Tuesday.", "2006-11-08");
  EXPECT_TRUE(has(events, "CHNGOV>DEU:042")) << testing::PrintToString(events);
}

TEST(Visits, AnUnknownFirstPartnerLeavesTheOthersNamed) {
  auto events = coded("The French minister met with Ikeda and Prime Minister Ryutaro Hashimoto on Monday.",
                      "1997-04-04");
  EXPECT_TRUE(has(events, "FRAGOV>JPNGOV:040")) << testing::PrintToString(events);
}

TEST(Visits, AnOfficeNamedByAChainOfOfPhrasesIsOfTheCountryEndingIt) {
  auto events = coded(
      "The Japanese envoy met with Kim Dal-su, vice minister and minister of labour and welfare of the Republic of "
      "Korea, on Friday.",
      "2005-11-15");
  EXPECT_TRUE(has(events, "JPNGOV>KORGOV:040")) << testing::PrintToString(events);
}

TEST(Visits, ANameBesideItsOfficeInABodyIsOfThatBody) {
  auto events = coded("The Chinese minister met with Tan Boon Huat, permanent secretary of the Ministry of Finance of "
                      "Singapore, on Monday.",
                      "2006-11-09");
  EXPECT_TRUE(has(events, "CHNGOV>SGPGOV:040")) << testing::PrintToString(events);
}

TEST(Visits, APhraseHungOnTheDayIsTheVerbs) {
  // "for a visit" hung on "Wednesday" by the parse still says why he came ("arrive" alone is no event).
  auto events = coded("The Thai prime minister arrived on Wednesday for a three-day official visit.", "2006-11-08");
  EXPECT_TRUE(has(events, "THAGOV>-:042")) << testing::PrintToString(events);
}

TEST(Visits, ABodySittingMeetsNoOne) {
  auto events = coded("The Bulgarian cabinet met in extraordinary session on Monday.", "2006-11-08");
  EXPECT_TRUE(events.empty()) << testing::PrintToString(events);
  // A body meeting someone still does.
  auto partner = coded("The Bulgarian cabinet met with Turkish officials on Monday.", "2006-11-08");
  EXPECT_TRUE(has(partner, "BGRGOV>TURGOV:040")) << testing::PrintToString(partner);
}

TEST(Visits, MeetingAStandardIsNoMeeting) {
  auto events = coded("Indian toys failed to meet Japanese safety standards last year.", "2006-11-08");
  EXPECT_FALSE(std::any_of(events.begin(), events.end(), [](const std::string& e) { return e.ends_with(":040"); }))
      << testing::PrintToString(events);
}

TEST(Visits, ArrivingInACityIsAVisitToItsCountry) {
  auto events = coded("The Mongolian prime minister arrived in Xi'an on Monday.", "2006-11-26");
  EXPECT_TRUE(has(events, "MNGGOV>CHN:042")) << testing::PrintToString(events);
}

TEST(Visits, ACountryAdjectiveJoinedToARoleSharesIt) {
  auto events = coded("The Swiss envoy met Jordanian and Hezbollah officials on Friday.", "2006-11-21");
  EXPECT_TRUE(has(events, "CHEGOV>JORGOV:040")) << testing::PrintToString(events);
  EXPECT_TRUE(has(events, "CHEGOV>LBNREB:040")) << testing::PrintToString(events);
}

TEST(Visits, TalksAJourneyIsForAreTheTravellers) {
  auto flew = coded("Prime Minister Romano Prodi flew into southern Albania for talks with Bashkim Fino.", "1997-04-02");
  EXPECT_TRUE(has(flew, "ITAGOV>ALBGOV:046")) << testing::PrintToString(flew);
  auto went = coded("Pakistan's army chief went straight into talks with President Hosni Mubarak.", "1997-04-02");
  EXPECT_TRUE(has(went, "PAKMIL>EGYGOV:046")) << testing::PrintToString(went);
  // Talks called for are the caller's appeal, not talks the caller holds.
  auto called = coded("Russia called for talks with Georgia.", "2006-10-02");
  EXPECT_FALSE(has(called, "RUS>GEO:046")) << testing::PrintToString(called);
}

TEST(Visits, ThePronounAConjunctReportsIsItsFirstConjunctsSubject) {
  auto events = coded(
      "Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff committee, went into talks with President "
      "Hosni Mubarak and said he invited him to visit Pakistan.",
      "1997-04-02");
  EXPECT_TRUE(has(events, "PAKMIL>EGYGOV:036")) << testing::PrintToString(events);
  EXPECT_FALSE(has(events, "EGYGOV>-:036")) << testing::PrintToString(events);
}

// "paid a surprise visit to Jordan for talks with King Abdullah II", the with-phrase hung beside "talks": the talks
// are the traveller's, with the king.
TEST(Visits, TalksAVisitIsForAreTheVisitorsWithThePartnerBesideThem) {
  auto talks = coded("Israeli Prime Minister Ehud Olmert paid a surprise visit to Jordan Tuesday for talks with King "
                     "Abdullah II on ways of reactivating peace talks with the Palestinians, the royal court said.",
                     "2006-12-19");
  EXPECT_TRUE(has(talks, "ISRGOV>JOR:042")) << testing::PrintToString(talks);
  EXPECT_TRUE(has(talks, "ISRGOV>JORGOV:046")) << testing::PrintToString(talks);
}

}  // namespace
}  // namespace vigil::events
