// Temporal expressions: recognition, resolution against the publication date, attachment to events by clause.
#include <gtest/gtest.h>

#include "../coding/tree_builder.h"
#include "events/event_dates.h"
#include "events/temporal_expressions.h"
#include "text/tokenizer.h"

namespace vigil::events {
namespace {

Sentence words_of(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(text.size())}});
  auto s = tokenize_document(doc, TokenizeOptions{.sentence_comments = false});
  return s.empty() ? Sentence{} : s[0];
}

// The date the sentence's one expression resolves to ("null" when unresolved), with its precision.
std::string resolve(const std::string& text, const std::string& published, bool future = false,
                    DateOrder order = DateOrder::unknown) {
  Sentence s = words_of(text);
  auto exprs = find_temporal_expressions(s);
  if (exprs.size() != 1) return "expressions: " + std::to_string(exprs.size());
  ResolvedDate r = resolve_temporal_expression(exprs[0], parse_iso_date(published), future, order);
  return r.date ? format_date(*r.date) + " " + precision_name(r.precision) : "null";
}

TEST(TemporalExpressions, ExplicitDatesInManyForms) {
  EXPECT_EQ(resolve("The unit flew to Kyiv on January 9.", "2022-01-19"), "2022-01-09 day");
  EXPECT_EQ(resolve("It left on Jan. 9, 2022, officials said.", "2022-01-19"), "2022-01-09 day");
  EXPECT_EQ(resolve("They arrived on 9 January.", "2022-01-21"), "2022-01-09 day");
  EXPECT_EQ(resolve("The order was signed on 2022-01-09.", ""), "2022-01-09 day");
  EXPECT_EQ(resolve("It was announced on 21.09.2022.", ""), "2022-09-21 day");
  EXPECT_EQ(resolve("Russians voted from March 15 to March 17.", "2024-03-18"), "2024-03-15 day");
  EXPECT_EQ(resolve("Voters chose between 6 and 9 June.", "2024-06-10"), "2024-06-06 day");
  EXPECT_EQ(resolve("NATO was founded in April 1949.", "2024-07-11"), "1949-04-01 month");
}

TEST(TemporalExpressions, MonthAndDayWithoutYearTakeTheNearestByTense) {
  EXPECT_EQ(resolve("Shelling hit the city on December 31.", "2023-01-03"), "2022-12-31 day");
  EXPECT_EQ(resolve("The ministers will meet on January 10.", "2021-12-20", true), "2022-01-10 day");
  EXPECT_EQ(resolve("The talks ended on the 24th.", "2022-03-01"), "2022-02-24 day");
  EXPECT_EQ(resolve("The summit will be held in July.", "2023-02-15", true), "2023-07-01 month");
  EXPECT_EQ(resolve("The ship sank in April.", "2022-04-20"), "2022-04-01 month");
  EXPECT_EQ(resolve("The inquiry began in December.", "2025-01-03"), "2024-12-01 month");
}

TEST(TemporalExpressions, WeekdaysFollowTheWireConventions) {
  // 2022-01-19 is a Wednesday.
  EXPECT_EQ(resolve("The minister arrived in Kyiv on Monday.", "2022-01-19"), "2022-01-17 day");
  EXPECT_EQ(resolve("The minister spoke on Wednesday.", "2022-01-19"), "2022-01-19 day");
  EXPECT_EQ(resolve("Forces will begin drills on Thursday.", "2022-01-19", true), "2022-01-20 day");
  EXPECT_EQ(resolve("The summit was announced last Wednesday.", "2022-01-19"), "2022-01-12 day");
  EXPECT_EQ(resolve("The delegation will travel next Wednesday.", "2022-01-19", true), "2022-01-26 day");
  EXPECT_EQ(resolve("The deal expires on Wednesday.", "2024-12-31", true), "2025-01-01 day");
  EXPECT_EQ(resolve("Talks are expected on Saturday or Sunday.", "2022-03-04", true), "2022-02-28 week");
}

TEST(TemporalExpressions, RelativeDaysWeeksMonthsYears) {
  EXPECT_EQ(resolve("Troops moved in yesterday.", "2022-01-19"), "2022-01-18 day");
  EXPECT_EQ(resolve("Shelling stopped two days ago.", "2022-03-05"), "2022-03-03 day");
  EXPECT_EQ(resolve("It struck the day before yesterday.", "2022-11-16"), "2022-11-14 day");
  EXPECT_EQ(resolve("Diplomats met twice in Geneva last week.", "2022-01-19"), "2022-01-10 week");
  EXPECT_EQ(resolve("Two ministers visited Kyiv this week.", "2022-01-19"), "2022-01-17 week");
  EXPECT_EQ(resolve("They met the week before last.", "2024-03-06"), "2024-02-19 week");
  EXPECT_EQ(resolve("Fighters marched over the weekend.", "2023-06-27"), "2023-06-19 week");
  EXPECT_EQ(resolve("Moscow handed over its drafts last month.", "2022-01-19"), "2021-12-01 month");
  EXPECT_EQ(resolve("Russia invaded Ukraine last year.", "2023-01-27"), "2022-01-01 year");
  EXPECT_EQ(resolve("The war began 20 years ago.", "2023-11-08"), "2003-01-01 year");
  EXPECT_EQ(resolve("The invasion began a year ago today.", "2023-02-24"), "2022-02-24 day");
  EXPECT_EQ(resolve("Special forces have worked there since 2020.", "2022-01-19"), "2020-01-01 year");
  EXPECT_EQ(resolve("Kherson was freed on the eleventh of this month.", "2022-11-21"), "2022-11-11 day");
}

TEST(TemporalExpressions, AllNumericDatesNeedOneReadingOrTheOutletsOrder) {
  EXPECT_EQ(resolve("The unit was deployed on 9/1.", "2022-01-19"), "null");
  EXPECT_EQ(resolve("The unit was deployed on 9/1.", "2022-01-19", false, DateOrder::dmy), "2022-01-09 day");
  EXPECT_EQ(resolve("The inspectors arrived on 9/1.", "2022-09-05", false, DateOrder::mdy), "2022-09-01 day");
  EXPECT_EQ(resolve("The contingent left on 13/1.", "2022-01-19"), "2022-01-13 day");
  EXPECT_EQ(resolve("The contingent left on 1/13.", "2022-01-19"), "2022-01-13 day");
  EXPECT_EQ(resolve("The deal signed on 6/6 holds.", "2023-06-12"), "2023-06-06 day");
  EXPECT_EQ(resolve("The order was dated 03/04/2024.", "2024-03-05"), "null");
  EXPECT_EQ(resolve("The report came out on 25/11/2023.", "2023-11-30"), "2023-11-25 day");
}

TEST(TemporalExpressions, OddDatesNeverCrashNorGuess) {
  EXPECT_EQ(resolve("Troops crossed on February 30.", "2023-03-02"), "null");
  EXPECT_EQ(resolve("Troops crossed on February 30.", ""), "null");
  EXPECT_EQ(resolve("The decree came out on 31 April.", "2024-05-02"), "null");
  EXPECT_EQ(resolve("The troops returned on January 32.", "2023-01-05"), "null");
  EXPECT_EQ(resolve("The vote was held on 0 July.", "2023-07-01"), "null");
  EXPECT_EQ(resolve("It was signed on February 29, 2023.", "2023-03-01"), "null");
  EXPECT_EQ(resolve("It was signed on February 29, 2024.", "2024-03-01"), "2024-02-29 day");
  EXPECT_EQ(resolve("The drills will end on 2022-02-30.", "2022-02-10"), "null");
  EXPECT_EQ(resolve("The drills began on 2022-13-01.", "2022-02-10"), "null");
  EXPECT_EQ(resolve("Shelling resumed on 13/13/2022.", "2022-12-01"), "null");
  EXPECT_EQ(resolve("The ruins date from the year 0, they said.", "2022-06-01"), "null");
  EXPECT_EQ(resolve("The treaty will remain in force in 3024, he joked.", "2024-01-10"), "null");
  EXPECT_EQ(resolve("The unit had served there since the year 20222.", "2022-04-01"), "null");
  EXPECT_EQ(resolve("The talks were held in 999 in a monastery.", "2023-09-01"), "null");
  EXPECT_EQ(resolve("Budgets have grown in the 2020s.", "2022-06-10"), "null");
  // The ends of the calendar: arithmetic that would leave years 1-9999 gives no date, and never throws.
  EXPECT_EQ(resolve("Germany will deliver tanks next year.", "9999-06-01", true), "null");
  EXPECT_EQ(resolve("Troops moved in yesterday.", "0001-01-01"), "null");
  EXPECT_EQ(resolve("A ceasefire began on Monday.", "9999-12-31"), "9999-12-27 day");
}

TEST(TemporalExpressions, RelativeDatesStayUnresolvedWithoutPublication) {
  EXPECT_EQ(resolve("Troops crossed the border on Tuesday.", ""), "null");
  EXPECT_EQ(resolve("The convoy was attacked yesterday.", ""), "null");
  EXPECT_EQ(resolve("The ceasefire came into force on November 10.", ""), "null");
  EXPECT_EQ(resolve("The alliance admitted Montenegro in 2017.", ""), "2017-01-01 year");
}

TEST(TemporalExpressions, VagueSpansAreRecognisedButGiveNoDate) {
  EXPECT_EQ(resolve("Strikes have recently hit energy plants.", "2023-01-16"), "null");
  EXPECT_EQ(resolve("Iran will retaliate in the coming days.", "2024-08-05", true), "null");
  EXPECT_EQ(resolve("Germany has refused for decades.", "2022-02-27"), "null");
}

TEST(TemporalExpressions, NumbersThatAreNotDates) {
  EXPECT_TRUE(find_temporal_expressions(words_of("Russia fired more than 300 drones at 27 cities.")).empty());
  EXPECT_TRUE(find_temporal_expressions(words_of("The may be some delay in 14 countries.")).empty());
  // A month's abbreviation stands alone only with its period: "in Mar del Plata" is a city, "in Jan." a month.
  EXPECT_TRUE(find_temporal_expressions(words_of("Riots continued in Mar del Plata.")).empty());
  EXPECT_EQ(resolve("The talks began in Jan. in Geneva.", "2005-11-04"), "2005-01-01 month");
}

// "The teacher was gunned down while she was on her way home on November 15": a clause of the same time ("when",
// "while") dates the event it modifies when the event's own clause has no date; "as" does not ("cuts supplies, as
// it did last January").
TEST(EventDates, AClauseOfTheSameTimeDatesTheEvent) {
  Sentence s = test::tree(
      "The/DET/2/det teacher/NOUN/4/nsubj:pass was/AUX/4/aux:pass killed|kill/VERB/0/root while/SCONJ/8/mark "
      "she/PRON/8/nsubj was/AUX/8/cop home/ADV/4/advcl on/ADP/10/case November/PROPN/8/obl 15/NUM/10/nummod "
      "./PUNCT/4/punct");
  s.words[3].xpos = "VBN";
  auto exprs = find_temporal_expressions(s);
  ASSERT_EQ(exprs.size(), 1u);
  DateContext ctx{parse_iso_date("2006-11-22"), DateOrder::unknown};
  EXPECT_EQ(date_for_word(s, exprs, 4, ctx).date, "2006-11-15");
  s.words[4].form = s.words[4].lemma = "as";
  EXPECT_EQ(date_for_word(s, exprs, 4, ctx).date, "2006-11-22");
}

// "The unit sent on January 9 arrived on Monday": each verb takes the expression of its own clause.
TEST(EventDates, EachEventTakesTheExpressionOfItsOwnClause) {
  Sentence s = test::tree(
      "The/DET/2/det unit/NOUN/7/nsubj sent|send/VERB/2/acl on/ADP/5/case January/PROPN/3/obl 9/NUM/5/nummod "
      "arrived|arrive/VERB/0/root on/ADP/9/case Monday/PROPN/7/obl ./PUNCT/7/punct");
  s.words[2].xpos = "VBN";
  s.words[6].xpos = "VBD";
  auto exprs = find_temporal_expressions(s);
  ASSERT_EQ(exprs.size(), 2u);
  DateContext ctx{parse_iso_date("2022-01-19"), DateOrder::unknown};
  EventDate sent = date_for_word(s, exprs, 3, ctx);
  EXPECT_EQ(sent.date, "2022-01-09");
  EXPECT_EQ(sent.basis, "text");
  EventDate arrived = date_for_word(s, exprs, 7, ctx);
  EXPECT_EQ(arrived.date, "2022-01-17");
  EXPECT_EQ(arrived.precision, "day");
  EXPECT_NE(arrived.reason.find("Monday"), std::string::npos);
}

TEST(EventDates, NoExpressionTakesThePublicationDateOrStaysUnresolved) {
  Sentence s = test::tree("Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct");
  auto exprs = find_temporal_expressions(s);
  EventDate d = date_for_word(s, exprs, 2, DateContext{parse_iso_date("2022-01-19"), DateOrder::unknown});
  EXPECT_EQ(d.date, "2022-01-19");
  EXPECT_EQ(d.basis, "published");
  EventDate u = date_for_word(s, exprs, 2, DateContext{std::nullopt, DateOrder::unknown});
  EXPECT_EQ(u.date, "");
  EXPECT_EQ(u.basis, "unresolved");
}

TEST(EventDates, DatesInsideNamesDateNothing) {
  Sentence s = test::tree(
      "The/DET/4/det January/PROPN/4/compound 6/NUM/2/nummod committee/NOUN/5/nsubj met|meet/VERB/0/root "
      "./PUNCT/5/punct");
  auto exprs = find_temporal_expressions(s);
  ASSERT_EQ(exprs.size(), 1u);
  EventDate d = date_for_word(s, exprs, 5, DateContext{parse_iso_date("2023-01-30"), DateOrder::unknown});
  EXPECT_EQ(d.basis, "published");
  // The date of word 2 of a sentence with one temporal expression, published 2005-11-07.
  auto date_of_word_2 = [](const std::string& spec) {
    Sentence s = test::tree(spec);
    auto found = find_temporal_expressions(s);
    EXPECT_EQ(found.size(), 1u) << spec;
    return date_for_word(s, found, 2, DateContext{parse_iso_date("2005-11-07"), DateOrder::unknown});
  };
  // After "of" in the name of a text: "Troops drilled under the Defence Treaty of 1951" is no event of 1951.
  EXPECT_EQ(date_of_word_2("Troops|troop/NOUN/2/nsubj drilled|drill/VERB/0/root under/ADP/6/case the/DET/6/det "
                           "Defence/PROPN/6/compound Treaty/PROPN/2/obl of/ADP/8/case 1951/NUM/6/nmod ./PUNCT/2/punct")
                .basis,
            "published");
  // But a time "of" a date is one: "drilled at the end of 1951".
  EXPECT_EQ(date_of_word_2("Troops|troop/NOUN/2/nsubj drilled|drill/VERB/0/root at/ADP/5/case the/DET/5/det "
                           "end/NOUN/2/obl of/ADP/7/case 1951/NUM/5/nmod ./PUNCT/2/punct")
                .date,
            "1951-01-01");
}

TEST(EventDates, FutureTenseLooksForward) {
  Sentence s = test::tree(
      "Ministers/NOUN/3/nsubj will/AUX/3/aux meet|meet/VERB/0/root on/ADP/5/case Thursday/PROPN/3/obl ./PUNCT/3/punct");
  auto exprs = find_temporal_expressions(s);
  EventDate d = date_for_word(s, exprs, 3, DateContext{parse_iso_date("2022-10-12"), DateOrder::unknown});
  EXPECT_EQ(d.date, "2022-10-13");
  coding::DependencyView t;
  t.reset(s);
  EXPECT_TRUE(future_clause(t, 3));
}

}  // namespace
}  // namespace vigil::events

namespace vigil::events {
namespace {

// Month, weekday and ordinal names are compared lower-cased in a short buffer: any case matches, and longer words
// that begin like a name ("Septembers", "Saturdays", "seventeenths") match none.
TEST(TemporalExpressions, NamesMatchInAnyCaseAndLongerWordsDoNot) {
  EXPECT_EQ(resolve("It left on SEPT 9, 2022, officials said.", "2022-09-19"), "2022-09-09 day");
  EXPECT_EQ(resolve("It was founded in SEPTEMBER 1949.", "2022-09-19"), "1949-09-01 month");
  EXPECT_EQ(resolve("The talks ended on THURSDAY.", "2024-03-18"), "2024-03-14 day");
  EXPECT_EQ(resolve("Payments arrive on the Seventeenth of this month.", "2024-03-18"), "2024-03-17 day");
  EXPECT_EQ(resolve("Payments arrive on the 22nd.", "2024-03-25"), "2024-03-22 day");
  EXPECT_EQ(resolve("They met on Saturdays in Septembers past.", "2024-03-18"), "expressions: 0");
  EXPECT_EQ(resolve("Payments arrive on the seventeenths.", "2024-03-18"), "expressions: 0");
}

}  // namespace
}  // namespace vigil::events
