// vigil's own dictionary format: a good folder, and malformed files with line-numbered errors.
#include <gtest/gtest.h>

#include "lexicon/load_dictionaries.h"
#include "lexicon/vigil_format.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::actor_named;
using testing::data;
using testing::dump;
using testing::group_named;
using testing::has_problem;

class VigilFolder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dicts = new Dictionaries(load_vigil_folder(data("vigil"))); }
  static void TearDownTestSuite() { delete dicts; }
  static Dictionaries* dicts;
};
Dictionaries* VigilFolder::dicts = nullptr;

TEST_F(VigilFolder, Countries) {
  const Actor* canada = actor_named(*dicts, "Canada");
  ASSERT_NE(canada, nullptr);
  EXPECT_EQ(canada->kind, ActorKind::kCountry);
  EXPECT_EQ(canada->default_code, "CAN");
  std::vector<std::pair<std::string, PhraseRole>> phrases;
  for (const ActorPhrase& p : dicts->actor_phrases)
    if (&dicts->actors[p.actor] == canada) phrases.push_back({p.phrase.text, p.role});
  EXPECT_EQ(phrases, (std::vector<std::pair<std::string, PhraseRole>>{{"Canada", PhraseRole::kName},
                                                                      {"Dominion of Canada", PhraseRole::kAlias},
                                                                      {"Canadian", PhraseRole::kAdjective},
                                                                      {"Canadians", PhraseRole::kDemonym},
                                                                      {"Ottawa", PhraseRole::kCapital}}));
  // "capital Kyiv | Kiev": two phrases from one line.
  int ukraine_capitals = 0;
  for (const ActorPhrase& p : dicts->actor_phrases)
    if (p.role == PhraseRole::kCapital && dicts->actors[p.actor].name == "Ukraine") ++ukraine_capitals;
  EXPECT_EQ(ukraine_capitals, 2);
}

TEST_F(VigilFolder, PersonRolesResolveByDate) {
  const Actor* joly = actor_named(*dicts, "Mélanie Joly");
  ASSERT_NE(joly, nullptr);
  EXPECT_EQ(joly->code_on(20220119), "CANGOV");
  EXPECT_EQ(joly->code_on(20151104), "CANGOV");
  EXPECT_EQ(joly->code_on(20140101), "CANELI");
  EXPECT_EQ(joly->code_on(kNoDate), "CANELI");
  ASSERT_EQ(joly->roles.size(), 2u);
  EXPECT_EQ(dicts->where(joly->roles[0].where), data("vigil") + "/actors/people.txt:3");

  const Actor* trudeau = actor_named(*dicts, "Justin Trudeau");
  ASSERT_NE(trudeau, nullptr);
  EXPECT_EQ(trudeau->default_code, "CANELI");  // derived: country of the first role + ELI
  EXPECT_EQ(trudeau->code_on(20250315), "CANELI");
  EXPECT_EQ(trudeau->code_on(20250314), "CANGOV");

  const Actor* zelenskyy = actor_named(*dicts, "Volodymyr Zelenskyy");
  ASSERT_NE(zelenskyy, nullptr);
  EXPECT_EQ(zelenskyy->code_on(20190501), "UKRGOV");  // "2019-05.." starts on the month's first day
  EXPECT_EQ(zelenskyy->code_on(20190430), "UKRELI");
}

TEST_F(VigilFolder, NamesAreFoldedForMatching) {
  int found = 0;
  for (const ActorPhrase& p : dicts->actor_phrases) {
    if (p.phrase.text != "Mélanie Joly") continue;
    ++found;
    EXPECT_EQ(p.phrase.words, (std::vector<std::string>{"melanie", "joly"}));
  }
  EXPECT_EQ(found, 1);
}

TEST_F(VigilFolder, AgentsWithPlurals) {
  std::vector<std::tuple<std::string, std::string, bool>> forms;  // phrase, code, plural
  for (const AgentPhrase& p : dicts->agent_phrases)
    forms.push_back({p.phrase.text, dicts->agents[p.agent].code, p.plural});
  using F = std::tuple<std::string, std::string, bool>;
  EXPECT_EQ(forms, (std::vector<F>{
                       F{"foreign minister", "GOV", false},
                       F{"foreign ministers", "GOV", true},
                       F{"foreign affairs minister", "GOV", false},
                       F{"foreign affairs ministers", "GOV", true},
                       F{"authority", "GOV", false},
                       F{"authorities", "GOV", true},
                       F{"special forces", "MIL", false},
                       F{"attorney general", "JUD", false},
                       F{"attorneys general", "JUD", true},
                       F{"human rights body", "NGO", false},
                       F{"human rights bodies", "NGO", true},
                   }));
  EXPECT_FALSE(dicts->agents[0].prefix);
  EXPECT_TRUE(dicts->agents.back().prefix);  // "NGO~"
}

TEST_F(VigilFolder, VerbsAndPatterns) {
  const VerbGroup* deploy = group_named(*dicts, "deploy | send");
  ASSERT_NE(deploy, nullptr);
  EXPECT_EQ(deploy->code.code, "150");
  ASSERT_EQ(deploy->verbs.size(), 2u);
  EXPECT_EQ(dicts->verbs[deploy->verbs[1]].words, (std::vector<std::string>{"send"}));
  ASSERT_EQ(deploy->patterns.size(), 2u);
  const VerbPattern& to = dicts->patterns[deploy->patterns[0]];
  EXPECT_EQ(to.syntax, PatternSyntax::kDependency);
  EXPECT_EQ(to.codes.code, "074");
  ASSERT_EQ(to.constraints.size(), 2u);
  EXPECT_EQ(to.constraints[0].role, DepRole::kObj);
  ASSERT_EQ(to.constraints[0].filler.synsets.size(), 1u);
  EXPECT_EQ(dicts->synsets[to.constraints[0].filler.synsets[0]].name, "&FORCES");
  EXPECT_EQ(to.constraints[1].role, DepRole::kPrep);
  EXPECT_EQ(to.constraints[1].preposition, "to");
  EXPECT_EQ(to.constraints[1].filler.slot, Slot::kTarget);
  EXPECT_EQ(to.text, "- obj:&FORCES to:+      => 074");
  EXPECT_EQ(dicts->where(to.where), data("vigil") + "/verbs/seed.txt:8");

  const VerbGroup* hold = group_named(*dicts, "hold | have");
  ASSERT_NE(hold, nullptr);
  EXPECT_EQ(hold->code.code, "---");
  const VerbPattern& talks = dicts->patterns[hold->patterns[0]];
  EXPECT_EQ(talks.codes.code, "046");
  EXPECT_EQ(talks.codes.reciprocal, "046");
  const VerbPattern& conversation = dicts->patterns[hold->patterns[1]];
  EXPECT_EQ(conversation.constraints[0].filler.lemmas, (std::vector<std::vector<std::string>>{{"conversation"}}));

  const VerbGroup* rule_out = group_named(*dicts, "rule out");
  ASSERT_NE(rule_out, nullptr);
  const Verb& ro = dicts->verbs[rule_out->verbs[0]];
  EXPECT_EQ(ro.words, (std::vector<std::string>{"rule", "out"}));
  EXPECT_EQ(ro.head, 0u);

  const VerbGroup* warn = group_named(*dicts, "warn");
  const VerbPattern& against = dicts->patterns[warn->patterns[0]];
  EXPECT_TRUE(against.constraints[0].negated);
  EXPECT_EQ(against.constraints[0].role, DepRole::kMod);
  EXPECT_TRUE(against.constraints[1].filler.any);

  const VerbGroup* invasion = group_named(*dicts, "invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_TRUE(invasion->noun);
}

TEST_F(VigilFolder, SynsetsAndDiscards) {
  uint32_t talks = dicts->find_synset("&TALKS");
  ASSERT_NE(talks, kNone);
  ASSERT_EQ(dicts->synsets[talks].members.size(), 3u);
  EXPECT_EQ(dicts->synsets[talks].members[2].words, (std::vector<std::string>{"round", "of", "talks"}));
  ASSERT_EQ(dicts->discards.size(), 3u);
  EXPECT_EQ(dicts->discards[0].scope, DiscardScope::kStory);
  EXPECT_EQ(dicts->discards[1].scope, DiscardScope::kSentence);
  EXPECT_EQ(dicts->discards[2].scope, DiscardScope::kActor);
  EXPECT_EQ(dicts->discards[2].phrase.words, (std::vector<std::string>{"team", "canada"}));
}

TEST(VigilFormat, MalformedActorsReportEveryLine) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_vigil_file(data("vigil_malformed.txt"), DictKind::kAny, d, problems);
  EXPECT_TRUE(has_problem(problems, 2, "bad actor code \"can\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 5, "role line needs a code and a period")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 6, "month must be 01-12")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 7, "period ends before it starts")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 8, "a person has no capital")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 9, "unknown actor attribute \"nickname\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 10, "alias line needs a phrase")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 11, "\"verb\" entry in a file of another kind")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 13, "unknown @kind \"planets\"")) << dump(problems);
  // Line 3 belongs to the rejected header of line 2 and line 12 to that of line 11: not reported again.
  EXPECT_EQ(problems.size(), 9u) << dump(problems);
  for (const auto& p : problems) EXPECT_EQ(p.file, data("vigil_malformed.txt"));
  // The good parts are kept.
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].name, "Mélanie Joly");
  EXPECT_TRUE(d.actors[0].roles.empty());
}

TEST(VigilFormat, MalformedVerbsReportEveryLine) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_vigil_file(data("vigil_malformed_verbs.txt"), DictKind::kAny, d, problems);
  d.finalize(problems);
  EXPECT_TRUE(has_problem(problems, 2, "bad event code \"74x\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 4, "pattern needs \"=> CODE\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 5, "unknown role \"sbj\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 7, "pattern lines only")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 8, "bad constraint \"obj:\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 9, "pattern has no constraints")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 10, "bad set name \"FORCES\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 11, "\"agent\" entry in a file of another kind")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 0, "synonym set &TALK is used on line 6 but never defined")) << dump(problems);
  EXPECT_EQ(problems.size(), 9u) << dump(problems);
}

TEST(VigilFormat, MalformedAgentsReportEveryLine) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_vigil_file(data("vigil_malformed_agents.txt"), DictKind::kAny, d, problems);
  EXPECT_TRUE(has_problem(problems, 2, "agent line needs \"= SECTOR\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 3, "agent needs a phrase")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 4, "bad sector code \"~GOV\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 6, "unknown agent attribute \"gender\"")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 7, "plural line needs a phrase")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 8, "\"discard\" entry in a file of another kind")) << dump(problems);
  EXPECT_EQ(problems.size(), 6u) << dump(problems);
  ASSERT_EQ(d.agents.size(), 1u);
  EXPECT_EQ(d.agents[0].name, "minister");
}

TEST(VigilFormat, ParsesFromTextWithCommentsAndCrlf) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  parse_vigil_text("\xEF\xBB\xBF# header\r\n@kind actors\r\ncountry C# Land = CSL  # not a comment: C#\r\n  alias Csl\r\n",
                   "mem.txt", DictKind::kAny, d, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].name, "C# Land");
  EXPECT_EQ(d.actors[0].default_code, "CSL");
  ASSERT_EQ(d.actor_phrases.size(), 2u);
  EXPECT_EQ(d.actor_phrases[1].where.line, 4u);
}

TEST(VigilFormat, HyphenatedPatternWordsAreCutAsTheTokenizerCutsText) {
  // "sit-in" is three tokens in parsed text (sit - in), so the pattern must hold three words to match it; a prefix
  // the tokenizer keeps ("counter-attack") stays one word.
  Dictionaries d;
  std::vector<InputProblem> problems;
  parse_vigil_text("@kind verbs\nverb stage = 140\n  - obj:sit-in|general_sit-in|counter-attack => 141\n", "mem.txt",
                   DictKind::kAny, d, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.patterns.size(), 1u);
  EXPECT_EQ(d.patterns[0].constraints[0].filler.lemmas,
            (std::vector<std::vector<std::string>>{{"sit", "-", "in"}, {"general", "sit", "-", "in"}, {"counter-attack"}}));
}

TEST(VigilFormat, MissingFolderIsAnError) {
  EXPECT_THROW(load_vigil_folder(data("no-such-folder")), DictionaryErrors);
  try {
    load_vigil_folder(data("no-such-folder"));
  } catch (const DictionaryErrors& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_NE(std::string(e.what()).find("dictionary folder not found"), std::string::npos);
  }
}

TEST(VigilFormat, EnglishPlurals) {
  EXPECT_EQ(english_plural("foreign minister"), "foreign ministers");
  EXPECT_EQ(english_plural("authority"), "authorities");
  EXPECT_EQ(english_plural("attorney"), "attorneys");
  EXPECT_EQ(english_plural("press"), "presses");
  EXPECT_EQ(english_plural("church"), "churches");
  EXPECT_EQ(english_plural("special forces"), "");
  EXPECT_EQ(english_plural("SOLDIER"), "SOLDIERS");
}

}  // namespace
}  // namespace vigil::lexicon
