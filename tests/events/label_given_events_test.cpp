// DocumentCoder::label: events coded elsewhere get modality, attribution and confirmation from the story.
#include <gtest/gtest.h>

#include "events/document_coder.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::events {
namespace {

struct Labeller {
  parse::Model model = parse::load_model(VIGIL_MODEL_PATH);
  lexicon::Lexicon lex{lexicon::load_vigil_folders({VIGIL_SOURCE_DICTS_DIR, VIGIL_BUILD_DICTS_DIR})};
  lexicon::CueLexicon cues = lexicon::load_cues(std::string(VIGIL_SOURCE_DICTS_DIR) + "/cues");
};

Labeller& labeller() {
  static Labeller l;
  return l;
}

Document make_doc(const std::string& text) {
  Document doc;
  doc.id = "given";
  doc.outlet = "Test Wire";
  doc.published = "2024-03-01";
  doc.text = text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(text.size())}});
  return doc;
}

// An event on the first occurrence of `word` in the text.
coding::Event given(const Document& doc, const std::string& word, const std::string& source, const std::string& target,
                    const std::string& cameo) {
  coding::Event e;
  e.source.code = source;
  coding::split_actor_code(source, e.source.country, e.source.sectors);
  coding::ActorRef t;
  t.code = target;
  coding::split_actor_code(target, t.country, t.sectors);
  e.target = t;
  e.cameo = cameo;
  size_t at = doc.text.find(word);
  e.evidence.verb_span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())};
  return e;
}

TEST(DocumentCoderLabel, GivenEventsGetTheStorysModalityAndSources) {
  Labeller& l = labeller();
  DocumentCoder coder(l.model, l.lex);
  coder.set_cues(l.cues);
  Document doc = make_doc(
      "Russian troops may have entered the town, according to officials who spoke on condition of anonymity. "
      "Moscow has no plans to withdraw its forces, the Kremlin said.");
  std::vector<coding::Event> events{given(doc, "have entered", "RUSMIL", "UKR", "192"),
                                    given(doc, "withdraw", "RUS", "", "087")};
  events.push_back(events[0]);
  events.back().evidence.verb_span = Span{100000, 100005};  // outside the text: left alone
  std::vector<bool> placed = coder.label(doc, events);
  ASSERT_EQ(placed, (std::vector<bool>{true, true, false}));

  // "have entered": the head word of the span is the event word.
  EXPECT_EQ(events[0].sentence, 0);
  EXPECT_EQ(events[0].evidence.verb, "have entered");
  EXPECT_EQ(events[0].modality.value_or(""), "hedged");
  ASSERT_TRUE(events[0].attribution.has_value());
  ASSERT_EQ(events[0].attribution->size(), 2u);
  EXPECT_EQ((*events[0].attribution)[0].kind, "outlet");
  EXPECT_EQ((*events[0].attribution)[1].kind, "anonymous");
  EXPECT_EQ(events[0].date, "2024-03-01");

  EXPECT_EQ(events[1].sentence, 1);
  EXPECT_EQ(events[1].modality.value_or(""), "negated");
  ASSERT_TRUE(events[1].attribution.has_value());
  EXPECT_EQ(events[1].attribution->back().kind, "self");

  EXPECT_FALSE(events[2].modality.has_value());
}

}  // namespace
}  // namespace vigil::events
