// A person is coded with the role held on the event's own date once the text dates it, not the publication date's.
#include <gtest/gtest.h>

#include "events/document_coder.h"
#include "events/event_roles.h"
#include "lexicon/load_dictionaries.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

// A made-up leader: prime minister for two terms with an opposition spell between them.
lexicon::Dictionaries one_leader() {
  lexicon::Dictionaries d;
  lexicon::Actor a;
  a.kind = lexicon::ActorKind::kPerson;
  a.name = "Ada Leader";
  a.default_code = "ABCELI";
  a.roles.push_back(lexicon::RoleCode{"ABCGOV", lexicon::Period{19910320, 19960330}, {}});
  a.roles.push_back(lexicon::RoleCode{"ABCOPP", lexicon::Period{19960623, 20011009}, {}});
  d.actors.push_back(a);
  return d;
}

coding::Event dated(const std::string& date, const std::string& precision, const std::string& basis) {
  coding::Event e;
  e.source.code = "ABCELI";
  e.source.country = "ABC";
  e.source.sectors = {"ELI"};
  e.source.dated_person = 0;
  e.target = coding::ActorRef{};
  e.target->code = "XYZ";
  e.cameo = "173";
  e.date = date;
  e.date_precision = precision;
  e.date_basis = basis;
  return e;
}

TEST(EventRoles, AnEventDatedInAPastTermTakesTheRoleHeldThen) {
  std::vector<coding::Event> events = {dated("1995-01-01", "year", "text"), dated("1998-03-01", "month", "text")};
  recode_roles_on_event_dates(one_leader(), "2006-11-20", events, 0);
  EXPECT_EQ(events[0].source.code, "ABCGOV");
  EXPECT_EQ(events[0].source.sectors, std::vector<std::string>{"GOV"});
  EXPECT_NE(events[0].source.rule.find("event's date"), std::string::npos);
  EXPECT_EQ(events[1].source.code, "ABCOPP");
  EXPECT_EQ(events[0].target->code, "XYZ") << "a side with no dictionary person is left";
}

TEST(EventRoles, NoSingleRoleOverTheDateOrADateFromThePublicationChangesNothing) {
  std::vector<coding::Event> events = {
      dated("1996-01-01", "year", "text"),        // prime minister until March, opposition from June
      dated("1995-05-04", "day", "published"),    // no date of its own
      dated("2004-01-01", "year", "text"),        // no role then: the publication date's code stands
  };
  recode_roles_on_event_dates(one_leader(), "2006-11-20", events, 0);
  for (const auto& e : events) EXPECT_EQ(e.source.code, "ABCELI") << e.date;
}

TEST(EventRoles, APlanDatedAfterPublicationKeepsThePersonAsTheTextKnowsThem) {
  // Published in 1990, before the first term: "will ... in 1995" is a plan, not the prime minister's act.
  std::vector<coding::Event> events = {dated("1995-01-01", "year", "text")};
  recode_roles_on_event_dates(one_leader(), "1990-05-01", events, 0);
  EXPECT_EQ(events[0].source.code, "ABCELI");
  // With no publication date there is no "after": the year named decides.
  recode_roles_on_event_dates(one_leader(), "", events, 0);
  EXPECT_EQ(events[0].source.code, "ABCGOV");
}

TEST(EventRoles, TheRoleHeldOnThePublicationDateKeepsAWrittenTitle) {
  // Coded OPP from a written title ("opposition leader") while the dictionary says GOV on both dates: the text's
  // title stands, as the dates give no change of role.
  std::vector<coding::Event> events = {dated("1995-06-01", "month", "text")};
  events[0].source.code = "ABCOPP";
  recode_roles_on_event_dates(one_leader(), "1995-06-20", events, 0);
  EXPECT_EQ(events[0].source.code, "ABCOPP");
}

TEST(EventRoles, ThePipelineCodesAFormerPremierWithTheRoleOfTheYearNamed) {
  auto code = [&](const std::string& text) {
    Document doc = test::text_document(text, "2006-11-20");
    std::vector<coding::Event> events;
    DocumentCoder coder(test::shipped_model(), test::shipped_lexicon());
    coder.code(doc, events);
    return events;
  };
  auto then = code("Former premier Khaleda Zia visited India in 1995.");
  ASSERT_EQ(then.size(), 1u);
  EXPECT_EQ(then[0].cameo, "042");
  EXPECT_EQ(then[0].date, "1995-01-01");
  EXPECT_EQ(then[0].source.code, "BGDGOV");
  auto now = code("Former premier Khaleda Zia visited India on Monday.");
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].source.code, "BGDELI");
}

}  // namespace
}  // namespace vigil::events
