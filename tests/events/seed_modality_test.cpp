// The seed article with modality, attribution and confirmation: the "Done when" items of issue 6.
#include <gtest/gtest.h>

#include <filesystem>

#include "events/document_coder.h"
#include "ingest/document_reader.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::events {
namespace {

struct Seed {
  std::vector<coding::Event> events;
  std::vector<Quote> quotes;
};

Seed code_seed() {
  std::string seed = std::string(VIGIL_SHARED_DIR) + "/corpus/seed/canada-sof-ukraine.txt";
  static parse::Model model = parse::load_model(VIGIL_MODEL_PATH);
  static lexicon::Lexicon lex(lexicon::load_vigil_folders({VIGIL_SOURCE_DICTS_DIR, VIGIL_BUILD_DICTS_DIR}));
  static lexicon::CueLexicon cues = lexicon::load_cues(std::string(VIGIL_SOURCE_DICTS_DIR) + "/cues");
  ReadOptions options;
  options.published = "2022-01-19";
  DocumentStream docs({seed}, options, [](const InputProblem& p) { ADD_FAILURE() << p.to_string(); });
  Document doc;
  EXPECT_TRUE(docs.next(doc));
  Seed s;
  DocumentCoder coder(model, lex);
  coder.set_cues(cues);
  coder.code(doc, s.events);
  s.quotes = coder.quotes();
  return s;
}

std::string describe(const coding::Event& e) {
  std::string chain;
  for (const auto& l : e.attribution.value_or(std::vector<coding::AttributionLink>{}))
    chain += (chain.empty() ? "" : " > ") + l.kind + ":" + l.name;
  return e.source.code + ">" + (e.target ? e.target->code : "-") + " " + e.cameo + " \"" + e.evidence.verb + "\" " +
         e.modality.value_or("?") + " [" + chain + "] " + e.confirmation.value_or("?");
}

bool starts(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

TEST(CorpusSeedModality, DoneWhenItemsOfTheIssue) {
  if (!std::filesystem::exists(std::string(VIGIL_SHARED_DIR) + "/corpus/seed")) GTEST_SKIP() << "../shared is absent";
  Seed s = code_seed();
  std::string all;
  for (const auto& e : s.events) all += "  " + describe(e) + "\n";
  SCOPED_TRACE(all);

  // The deployment: [Global News (outlet) -> anonymous sources], unconfirmed.
  const coding::Event* deployment = nullptr;
  for (const auto& e : s.events)
    if (e.sentence == 1 && starts(e.source.code, "CAN") && e.target && starts(e.target->code, "UKR") &&
        e.evidence.verb == "deployed")
      deployment = &e;
  ASSERT_NE(deployment, nullptr);
  ASSERT_TRUE(deployment->attribution.has_value());
  const auto& chain = *deployment->attribution;
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain[0].kind, "outlet");
  EXPECT_EQ(chain[0].name, "Global News");
  EXPECT_EQ(chain[1].kind, "anonymous");
  EXPECT_NE(chain[1].name.find("sources"), std::string::npos);
  EXPECT_EQ(deployment->confirmation, "unconfirmed");
  EXPECT_EQ(deployment->modality, "asserted");

  // "would not conduct training": no asserted training event.
  for (const auto& e : s.events)
    if (e.evidence.verb == "conduct" || e.evidence.verb == "training") {
      EXPECT_NE(e.modality, "asserted") << describe(e);
    }

  // The sanctions threat is asserted; the invasion inside it is not.
  bool threat = false;
  for (const auto& e : s.events)
    if (starts(e.cameo, "13") && starts(e.source.code, "CAN") && e.target && starts(e.target->code, "RUS")) {
      EXPECT_EQ(e.modality, "asserted") << describe(e);
      threat = true;
    }
  EXPECT_TRUE(threat);
  for (const auto& e : s.events)
    if (e.evidence.verb == "invasion" && e.evidence.text.find("serious consequences") != std::string::npos) {
      EXPECT_NE(e.modality, "asserted") << describe(e);
    }

  // Russia's denunciation: Russia is its own source.
  bool denunciation = false;
  for (const auto& e : s.events)
    if (starts(e.cameo, "11") && e.source.code == "RUS") {
      denunciation = true;
      ASSERT_TRUE(e.attribution.has_value() && !e.attribution->empty()) << describe(e);
      EXPECT_EQ(e.attribution->back().kind, "self") << describe(e);
      EXPECT_EQ(e.attribution->back().code, "RUS");
    }
  EXPECT_TRUE(denunciation);

  // Every event carries all three fields.
  for (const auto& e : s.events) {
    EXPECT_TRUE(e.modality && e.attribution && e.confirmation) << describe(e);
  }
  // Joly's statement is a quote with its speaker.
  bool joly = false;
  for (const auto& q : s.quotes)
    if (q.text.find("amassing of Russian troops") != std::string::npos && q.speaker) joly = true;
  EXPECT_TRUE(joly);
}

}  // namespace
}  // namespace vigil::events
