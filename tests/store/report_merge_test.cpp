#include <gtest/gtest.h>

#include "store/merge_rules.h"
#include "store/report_merge.h"
#include "store/story_merge.h"
#include "test_events.h"

namespace vigil::store {
namespace {

ReportEvent ev(std::string id, size_t doc, std::string source, std::string target, std::string cameo,
               std::string evidence = "") {
  ReportEvent e;
  e.id = std::move(id);
  e.doc = doc;
  e.source = std::move(source);
  e.target = std::move(target);
  e.cameo = std::move(cameo);
  e.evidence = std::move(evidence);
  return e;
}

TEST(MergeRules, CodeFamiliesFollowPlover) {
  EXPECT_EQ(code_family("190"), "ASSAULT");
  EXPECT_EQ(code_family("195"), "ASSAULT");
  EXPECT_EQ(code_family("1823"), "ASSAULT");
  EXPECT_EQ(code_family("040"), "CONSULT");
  EXPECT_EQ(code_family("043"), "CONSULT");
  EXPECT_NE(code_family("161"), code_family("174"));
  EXPECT_EQ(code_family("010"), "01");  // no PLOVER type: the root
}

TEST(MergeRules, ActorsAndDatesAndPlaces) {
  EXPECT_EQ(match_actors("RUSMIL", "RUSMIL"), ActorMatch::exact);
  EXPECT_EQ(match_actors("RUS", "RUSMIL"), ActorMatch::country);
  EXPECT_EQ(match_actors("", "RUSMIL"), ActorMatch::missing);
  EXPECT_EQ(match_actors("UKR", "RUSMIL"), ActorMatch::none);
  EXPECT_EQ(match_actors("IGOUNO", "IGOWSTNAT"), ActorMatch::none);
  EXPECT_EQ(day_number("1970-01-02"), 1);
  EXPECT_FALSE(day_number("2022-02-30"));
  DayRange pub = event_days("2022-10-11", "day", "published", 1);
  EXPECT_TRUE(days_compatible(pub, event_days("2022-10-10", "day", "text", 1)));
  EXPECT_FALSE(days_compatible(pub, event_days("2022-10-17", "day", "published", 1)));
  EXPECT_TRUE(days_compatible(event_days("2022-10", "month", "text", 1), event_days("2022-10-20", "day", "text", 1)));
  EXPECT_TRUE(places_compatible({"Kyiv", "UKR", "city"}, {"central Kyiv", "UKR", "city"}));
  EXPECT_TRUE(places_compatible({"Kyiv", "UKR", "city"}, {"Ukraine", "UKR", "country"}));
  EXPECT_FALSE(places_compatible({"Kyiv", "UKR", "city"}, {"Kharkiv", "UKR", "city"}));
  EXPECT_FALSE(places_compatible({"Gulf of Aden", "YEM", "region"}, {"Red Sea", "SAU", "region"}));
  EXPECT_TRUE(places_compatible({}, {"Kharkiv", "UKR", "city"}));
}

TEST(ReportMerge, SameDyadFamilyAndDayMerges) {
  std::vector<ReportDocument> docs = {{"d1", "Wire A", "2022-10-10", "Russia fired missiles at Kyiv."},
                                      {"d2", "Paper B", "2022-10-11", "Russian missiles struck Kyiv on Monday."}};
  MergeResult r = merge_reports({ev("e1", 0, "RUS", "UKR", "195"), ev("e2", 1, "RUSMIL", "UKR", "190")}, docs);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].reports, 2u);
  EXPECT_EQ(r.groups[0].outlets, 2u);
  EXPECT_EQ(r.groups[0].independent_sources, 2u);
  EXPECT_EQ(r.reason[0], "");
  EXPECT_NE(r.reason[1].find("family ASSAULT"), std::string::npos) << r.reason[1];
}

TEST(ReportMerge, NearDuplicatesThatDifferStayApart) {
  std::vector<ReportDocument> docs = {{"d1", "A", "2022-10-10", "x"}, {"d2", "B", "2022-10-17", "y"},
                                      {"d3", "C", "2022-10-10", "z"}, {"d4", "D", "2022-10-10", "w"},
                                      {"d5", "E", "2022-10-10", "v"}};
  std::vector<ReportEvent> events = {
      ev("e1", 0, "RUS", "UKR", "195"),   // a strike on Kyiv
      ev("e2", 1, "RUS", "UKR", "195"),   // a week later: another strike
      ev("e3", 2, "UKR", "RUS", "195"),   // mirror dyad, not reciprocal
      ev("e4", 3, "RUS", "UKR", "040"),   // same dyad and day, other family
      ev("e5", 4, "BLR", "UKR", "195")};  // other source
  MergeResult r = merge_reports(events, docs);
  EXPECT_EQ(r.groups.size(), 5u);
}

TEST(ReportMerge, ReciprocalCodesMergeEitherWayRound) {
  std::vector<ReportDocument> docs = {{"d1", "A", "2024-04-09", "x"}, {"d2", "B", "2024-04-09", "y"}};
  MergeResult r = merge_reports({ev("e1", 0, "RUSGOV", "CHNGOV", "040"), ev("e2", 1, "CHNGOV", "RUSGOV", "043")}, docs);
  EXPECT_EQ(r.groups.size(), 1u);
  r = merge_reports({ev("e1", 0, "RUS", "USA", "0841"), ev("e2", 1, "USA", "RUS", "0841")}, docs);
  EXPECT_EQ(r.groups.size(), 2u);  // the two halves of a swap are two events
}

TEST(ReportMerge, OneMeetingPlacedAtTwoTownsOfOneCountryMerges) {
  // The summit is put at the estate's small town by one paper and at the nearest city by another.
  std::vector<ReportDocument> docs = {{"d1", "A", "2023-11-15", "x"}, {"d2", "B", "2023-11-16", "y"}};
  auto placed = [](ReportEvent e, std::string name, std::string country) {
    e.place_name = std::move(name);
    e.place_country = std::move(country);
    e.place_precision = "city";
    return e;
  };
  auto groups = [&](ReportEvent a, ReportEvent b) {
    return merge_reports({std::move(a), std::move(b)}, docs).groups.size();
  };
  EXPECT_EQ(groups(placed(ev("e1", 0, "USAGOV", "CHNGOV", "040"), "Harbourton", "USA"),
                   placed(ev("e2", 1, "CHNGOV", "USAGOV", "040"), "Millbrook", "USA")),
            1u);
  // Not when one side is named less exactly, nor across countries, nor for strikes on two towns.
  EXPECT_EQ(groups(placed(ev("e1", 0, "USAGOV", "CHNGOV", "040"), "Harbourton", "USA"),
                   placed(ev("e2", 1, "CHNGOV", "USA", "040"), "Millbrook", "USA")),
            2u);
  EXPECT_EQ(groups(placed(ev("e1", 0, "USAGOV", "CHNGOV", "040"), "Harbourton", "USA"),
                   placed(ev("e2", 1, "CHNGOV", "USAGOV", "040"), "Lakeport", "CAN")),
            2u);
  EXPECT_EQ(groups(placed(ev("e1", 0, "RUS", "UKR", "195"), "Harbourton", "UKR"),
                   placed(ev("e2", 1, "RUS", "UKR", "195"), "Millbrook", "UKR")),
            2u);
}

TEST(ReportMerge, PartialDyadNeedsOverlappingEvidence) {
  std::vector<ReportDocument> docs = {{"d1", "A", "2023-06-25", "x"}, {"d2", "B", "2023-06-25", "y"}};
  std::string s1 = "Belarus brokered a deal under which Wagner halted its march on Moscow.";
  std::string s2 = "Lukashenko mediated a deal under which Wagner halted its march on Moscow, his office said.";
  MergeResult r = merge_reports({ev("e1", 0, "BLR", "", "045", s1), ev("e2", 1, "BLRGOV", "", "045", s2)}, docs);
  EXPECT_EQ(r.groups.size(), 1u);
  r = merge_reports({ev("e1", 0, "BLR", "", "045", s1), ev("e2", 1, "BLRGOV", "", "045", "Talks went on.")}, docs);
  EXPECT_EQ(r.groups.size(), 2u);
}

TEST(ReportMerge, SameDoerSameDayWithOneTargetUnnamedMerges) {
  // "Russia launched 83 missiles on Monday" and "Russia fired missiles at Kyiv on Monday": nothing else in common.
  std::vector<ReportDocument> docs = {{"d1", "A", "2022-10-11", "x"}, {"d2", "B", "2022-10-11", "y"}};
  auto dated = [](ReportEvent e, std::string date) {
    e.date = std::move(date);
    e.date_precision = "day";
    e.date_basis = "text";
    return e;
  };
  MergeResult r = merge_reports({dated(ev("e1", 0, "RUS", "", "195", "Russia launched 83 missiles."), "2022-10-10"),
                                 dated(ev("e2", 1, "RUS", "UKR", "195", "Missiles hit Kyiv."), "2022-10-10")},
                                docs);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_NE(r.reason[1].find("same doer on the same day"), std::string::npos) << r.reason[1];
  // Another day, or a doer named otherwise, is not enough.
  r = merge_reports({dated(ev("e1", 0, "RUS", "", "195", "Russia launched 83 missiles."), "2022-10-10"),
                     dated(ev("e2", 1, "RUS", "UKR", "195", "Missiles hit Kyiv."), "2022-10-11")},
                    docs);
  EXPECT_EQ(r.groups.size(), 2u);
  r = merge_reports({dated(ev("e1", 0, "RUS", "", "195", "Russia launched 83 missiles."), "2022-10-10"),
                     dated(ev("e2", 1, "RUSMIL", "UKR", "195", "Missiles hit Kyiv."), "2022-10-10")},
                    docs);
  EXPECT_EQ(r.groups.size(), 2u);
}

TEST(ReportMerge, CompleteLinkStopsChains) {
  // Daily strikes on one dyad: each day's report is compatible with the next day's, but not with three days later.
  std::vector<ReportDocument> docs;
  std::vector<ReportEvent> events;
  for (int d = 0; d < 6; ++d) {
    docs.push_back({"d" + std::to_string(d), "A", "2022-10-1" + std::to_string(d), "x"});
    events.push_back(ev("e" + std::to_string(d), static_cast<size_t>(d), "RUS", "UKR", "195"));
  }
  MergeResult r = merge_reports(events, docs);
  for (const MergedGroup& g : r.groups) EXPECT_LE(g.events.size(), 2u);
}

TEST(ReportMerge, WireCopiesAreOneSource) {
  std::string wire = "Russia fired dozens of missiles at Kyiv and other Ukrainian cities during the Monday morning "
                     "rush hour, killing at least 11 people.";
  std::vector<ReportDocument> docs = {
      {"d1", "Meridian News Agency", "2022-10-10", wire},
      {"d2", "Danube Daily", "2022-10-10", wire + " Explosions hit the centre."},
      {"d3", "Pacific Ledger", "2022-10-11", "Russian missiles struck Kyiv, the Meridian News Agency said."},
      {"d4", "Baltic Monitor", "2022-10-10", "Ukraine's air force said Russia launched 83 missiles at Ukraine."}};
  std::vector<ReportEvent> events = {ev("e1", 0, "RUS", "UKR", "195"), ev("e2", 1, "RUS", "UKR", "195"),
                                     ev("e3", 2, "RUS", "UKR", "190"), ev("e4", 3, "RUS", "UKR", "195")};
  MergeResult r = merge_reports(events, docs);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].reports, 4u);
  EXPECT_EQ(r.groups[0].independent_sources, 2u);  // the agency's story (3 copies) and the air force report
  EXPECT_EQ(r.source_group[0], r.source_group[1]);
  EXPECT_EQ(r.source_group[0], r.source_group[2]);
  EXPECT_NE(r.source_group[0], r.source_group[3]);
}

TEST(ReportMerge, ResultDoesNotDependOnInputOrder) {
  std::vector<ReportDocument> docs = {{"d1", "A", "2022-10-10", "x"}, {"d2", "B", "2022-10-10", "y"},
                                      {"d3", "C", "2022-10-11", "z"}};
  std::vector<ReportEvent> events = {ev("e1", 0, "RUS", "UKR", "195"), ev("e2", 1, "RUS", "UKR", "190"),
                                     ev("e3", 2, "RUSMIL", "UKR", "195")};
  MergeResult a = merge_reports(events, docs);
  std::vector<ReportEvent> reversed(events.rbegin(), events.rend());
  MergeResult b = merge_reports(reversed, docs);
  ASSERT_EQ(a.groups.size(), b.groups.size());
  EXPECT_EQ(events[a.groups[0].events[0]].id, reversed[b.groups[0].events[0]].id);
}

TEST(StoryMerge, RepeatedMentionsBecomeOneEvent) {
  Document doc = test::make_doc("s", "A", "2022-10-10", "text");
  std::vector<coding::Event> events = {
      test::make_event(doc, 0, "RUS", "UKR", "195", "Russia fired missiles at Kyiv."),
      test::make_event(doc, 1, "UKR", "RUS", "111", "Ukraine condemned the attack."),
      test::make_event(doc, 2, "RUS", "", "190", "The Russian strikes continued.", 60),
      test::make_event(doc, 3, "USAGOV", "CHNGOV", "040", "Biden and Xi met."),
      test::make_event(doc, 3, "CHNGOV", "USAGOV", "040", "Biden and Xi met.", 12)};
  std::vector<StoryEvent> g = merge_story(events);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0].mentions, (std::vector<size_t>{0, 2}));
  EXPECT_EQ(g[0].head, 0u);  // the mention with a target
  EXPECT_FALSE(g[0].reason.empty());
  EXPECT_EQ(g[1].mentions, std::vector<size_t>{1});
  EXPECT_TRUE(g[1].reason.empty());
  EXPECT_EQ(g[2].mentions, (std::vector<size_t>{3, 4}));  // reciprocal: one meeting
}

TEST(StoryMerge, DifferentPlacesOrDatesStayApart) {
  Document doc = test::make_doc("s", "A", "2022-10-10", "text");
  coding::Event a = test::make_event(doc, 0, "RUS", "UKR", "195", "Russia struck Kyiv.");
  coding::Event b = test::make_event(doc, 1, "RUS", "UKR", "195", "Russia struck Lviv.", 30);
  a.place = coding::Place{.name = "Kyiv", .country = "UKR", .precision = "city"};
  b.place = coding::Place{.name = "Lviv", .country = "UKR", .precision = "city"};
  EXPECT_EQ(merge_story({a, b}).size(), 2u);
  b.place.reset();
  b.date = "2022-10-03";
  b.date_basis = "text";
  EXPECT_EQ(merge_story({a, b}).size(), 2u);
}

}  // namespace
}  // namespace vigil::store
