// A dateline given apart from the text (a JSONL record's "dateline" field) places the first sentence's events when
// the story's parties are there, or when the event is a visit or a meeting; a reporter's city is no battlefield.
#include <gtest/gtest.h>

#include "events/document_coder.h"
#include "lexicon/gazetteer.h"
#include "lexicon/load_dictionaries.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

std::vector<coding::Event> code_with_dateline(const std::string& dateline, const std::string& text) {
  static lexicon::Gazetteer gaz =
      lexicon::Gazetteer::load(std::string(VIGIL_BUILD_DICTS_DIR) + "/places/gazetteer.tsv");
  Document doc = test::text_document(text, "2006-11-08", dateline);
  std::vector<coding::Event> events;
  DocumentCoder coder(test::shipped_model(), test::shipped_lexicon());
  coder.set_gazetteer(&gaz);
  coder.code(doc, events);
  return events;
}

TEST(DatelinePlaces, ADatelineFieldPlacesTheFirstSentenceWhereAPartyIs) {
  auto events = code_with_dateline("NEW DELHI, Nov. 8 (Xinhua)",
                                   "India and Pakistan agreed on Wednesday to resume peace talks.\n\n"
                                   "India and Pakistan agreed to meet again.");
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    if (e.sentence != 0) {
      EXPECT_FALSE(e.place) << "only the first sentence follows the dateline";
      continue;
    }
    ASSERT_TRUE(e.place) << e.cameo << " " << e.place_reason;
    EXPECT_EQ(e.place->name, "New Delhi");
    EXPECT_EQ(e.place->country, "IND");
  }
}

TEST(DatelinePlaces, AReportersCityIsNotTheEventsPlace) {
  auto events = code_with_dateline("WASHINGTON, Nov. 8 (Xinhua)",
                                   "Indian troops attacked Pakistani positions on Wednesday.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].cameo.substr(0, 2), "19");
  EXPECT_FALSE(events[0].place) << events[0].place->name;
}

}  // namespace
}  // namespace vigil::events
