// The PETRARCH validation dictionaries (../shared/conformance/petrarch2) load without a single problem and hold what
// the validation suite relies on.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <set>

#include "lexicon/lexicon.h"
#include "lexicon/load_dictionaries.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::actor_named;
using testing::dump;
using testing::group_named;

std::string suite_dir() { return std::string(VIGIL_SHARED_DIR) + "/conformance/petrarch2"; }

class PetrarchValidate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(suite_dir() + "/PETR.Validate.verbs.txt")) return;
    PetrarchFiles files{suite_dir() + "/PETR.Validate.verbs.txt", {suite_dir() + "/PETR.Validate.actors.txt"},
                        suite_dir() + "/PETR.Validate.agents.txt", suite_dir() + "/PETR.Validate.discards.txt"};
    dicts = new Dictionaries;
    problems = new std::vector<InputProblem>;
    load_petrarch_set(files, *dicts, *problems);
  }
  static void TearDownTestSuite() {
    delete dicts;
    delete problems;
    dicts = nullptr;
    problems = nullptr;
  }
  void SetUp() override {
    if (!dicts) GTEST_SKIP() << "PETRARCH validation dictionaries not found under " << suite_dir();
  }
  static Dictionaries* dicts;
  static std::vector<InputProblem>* problems;
};
Dictionaries* PetrarchValidate::dicts = nullptr;
std::vector<InputProblem>* PetrarchValidate::problems = nullptr;

TEST_F(PetrarchValidate, LoadsWithoutProblems) { EXPECT_TRUE(problems->empty()) << dump(*problems); }

TEST_F(PetrarchValidate, ActorsWithDateRestrictions) {
  const Actor* sam = actor_named(*dicts, "SAM_GAMGEE");
  ASSERT_NE(sam, nullptr);
  // The validation records DATE-01..13.
  EXPECT_EQ(sam->code_on(19950104), "HOBCIV");
  EXPECT_EQ(sam->code_on(20080119), "HOBCIV");
  EXPECT_EQ(sam->code_on(20100106), "HOBMIL");
  EXPECT_EQ(sam->code_on(20100109), "ORCHOB");
  EXPECT_EQ(sam->code_on(20100112), "ORCHOB");
  EXPECT_EQ(sam->code_on(20100113), "HOBMIL");
  const Actor* hamfast = actor_named(*dicts, "HAMFAST GAMGEE");
  ASSERT_NE(hamfast, nullptr);
  EXPECT_EQ(hamfast->code_on(19950104), "HOB");
  EXPECT_EQ(hamfast->code_on(20121109), "HOBGOV");
  EXPECT_EQ(hamfast->code_on(20121225), "HOBGOV");
  EXPECT_EQ(hamfast->code_on(20140104), "HOB");
  // DATE-14..21: synonyms share the restrictions; the last actor in the file keeps its own.
  const Actor* gollum = actor_named(*dicts, "GOLLUM");
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->code_on(19951101), "HOBGOV");
  EXPECT_EQ(gollum->code_on(19950101), "HOB");
  EXPECT_EQ(gollum->code_on(20010101), "HOBREB");
  int gollum_names = 0;
  for (const ActorPhrase& p : dicts->actor_phrases) gollum_names += &dicts->actors[p.actor] == gollum;
  EXPECT_EQ(gollum_names, 4);  // GOLLUM, SMEAGOL, SLINKER, STINKER
  const Actor* zimbabwe = actor_named(*dicts, "ZIMBABWE");
  EXPECT_EQ(zimbabwe->code_on(19781223), "RHO");
  EXPECT_EQ(zimbabwe->code_on(20010101), "ZBW");
  EXPECT_EQ(actor_named(*dicts, "INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION")->default_code, "IGOCOPITP");
  EXPECT_EQ(actor_named(*dicts, "ENT")->default_code, "ENT");
  EXPECT_EQ(actor_named(*dicts, "PRINCE OF DOL AMROTH")->code_on(19950101), "---");
  EXPECT_EQ(actor_named(*dicts, "PRINCE OF DOL AMROTH")->code_on(19960101), "DOL");
  EXPECT_EQ(actor_named(*dicts, "THE_SHIRE")->default_code, "FRO/BIL/SAM");  // codes are opaque
}

TEST_F(PetrarchValidate, AgentsAndDiscards) {
  std::set<std::string> forms;
  for (const AgentPhrase& p : dicts->agent_phrases) forms.insert(p.phrase.text);
  for (const char* f : {"CONGRESSMAN", "CONGRESSWOMEN", "MINISTER_OF_SILLY_WALKS", "MINISTRIES_OF_SILLY_WALKS",
                        "GOLDEN_GEESE", "ATTORNEYS_GENERAL", "CONGRESSES", "FOREIGN_MINISTERS"})
    EXPECT_TRUE(forms.count(f)) << f;
  EXPECT_FALSE(forms.count("POLICES"));
  EXPECT_FALSE(forms.count("JOURNALISTS'_UNION"));  // commented out
  ASSERT_EQ(dicts->discards.size(), 9u);
  int story = 0;
  for (const Discard& d : dicts->discards) story += d.scope == DiscardScope::kStory;
  EXPECT_EQ(story, 4);  // +World Golf Championships, +Manchester United, +TYPHOON, +ESPN2
}

TEST_F(PetrarchValidate, VerbsPatternsAndSynsets) {
  const VerbGroup* met = group_named(*dicts, "MET");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->code.code, "031");
  EXPECT_EQ(met->code.reciprocal, "032");
  const VerbGroup* delay = group_named(*dicts, "DELAY");
  ASSERT_NE(delay, nullptr);
  EXPECT_EQ(delay->code.code, "120");
  ASSERT_EQ(delay->verbs.size(), 3u);  // DELAY, DOWNPLAY [014], POSTPONE
  EXPECT_EQ(dicts->verbs[delay->verbs[1]].code.code, "014");
  EXPECT_EQ(delay->patterns.size(), 2u);

  const VerbGroup* withdraw = group_named(*dicts, "WITHDRAW");
  ASSERT_NE(withdraw, nullptr);
  EXPECT_EQ(withdraw->patterns.size(), 36u);

  // "- * EID AT ^ WITH +  [043]"
  const VerbGroup* celebrate = group_named(*dicts, "CELEBRATE");
  ASSERT_NE(celebrate, nullptr);
  const VerbPattern& eid = dicts->patterns[celebrate->patterns[2]];
  EXPECT_EQ(eid.codes.code, "043");
  ASSERT_EQ(eid.elements.size(), 6u);
  EXPECT_EQ(eid.elements[3].kind, LinearKind::kSkipPhrase);
  EXPECT_EQ(eid.elements[5].kind, LinearKind::kTarget);

  // Synsets, with the embedded ones of &ACCORDSYN flattened in.
  const Synset& accord = dicts->synsets[dicts->find_synset("&ACCORDSYN")];
  std::set<std::string> members;
  for (const Phrase& p : accord.members) members.insert(p.text);
  for (const char* m : {"MILITARY", "CLOSER", "NEARER", "DOLLARS", "GOLDEN_GOBLIN_GALLEONS"})
    EXPECT_TRUE(members.count(m)) << m;
  EXPECT_NE(dicts->find_synset("&PREPOSIT1"), kNone);  // defined as "&PREPOSIT1_": no plurals
  EXPECT_EQ(dicts->synsets[dicts->find_synset("&PREPOSIT1")].members.size(), 6u);

  // Multi-word verbs are kept with their verb word.
  bool found_tap = false;
  for (const Verb& v : dicts->verbs)
    if (v.words == std::vector<std::string>{"wire", "tap"}) {
      found_tap = true;
      EXPECT_EQ(v.head, 1u);
      EXPECT_EQ(v.forms, (std::vector<std::string>{"tapped", "tapping"}));
    }
  EXPECT_TRUE(found_tap);
}

TEST_F(PetrarchValidate, CompilesQuickly) {
  auto start = std::chrono::steady_clock::now();
  Lexicon lex{Dictionaries(*dicts)};
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 1000.0);
  std::vector<std::string> tokens = {"Sam", "Gamgee", "met", "a", "bunch", "of", "Morgul", "Orcs", "."};
  SentenceKeys keys;
  lex.encode(tokens, keys);
  EXPECT_TRUE(lex.has_actor_phrase(keys));
  EXPECT_TRUE(lex.has_verb(keys));
  auto met = lex.verbs_for(keys.forms[2]);
  ASSERT_FALSE(met.empty());
  EXPECT_EQ(lex.dicts().groups[lex.dicts().verbs[met[0]].group].name, "MET");
  auto orcs = lex.actors().longest(keys.forms, 6);
  ASSERT_TRUE(orcs);
  EXPECT_EQ(lex.dicts().actors[lex.dicts().actor_phrases[orcs.values[0]].actor].default_code, "MRGORC");
}

}  // namespace
}  // namespace vigil::lexicon
