// PETRARCH dictionaries: small fixtures, good and malformed.
#include <gtest/gtest.h>

#include "lexicon/load_dictionaries.h"
#include "lexicon/petrarch_format.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::actor_named;
using testing::data;
using testing::dump;
using testing::group_named;
using testing::has_problem;

Dictionaries load(const std::string& rel, PetrarchFile kind, std::vector<InputProblem>& problems) {
  Dictionaries d;
  load_petrarch_file(data("petrarch/" + rel), kind, d, problems);
  d.finalize(problems);
  return d;
}

TEST(PetrarchLines, CommentsAreRemoved) {
  auto lines = petrarch_lines(
      "<!-- one -->\nKEEP <!-- inline --> THIS\n<!-- open\nstill comment\nend --> TAIL\n# hash\n<! -- odd -->\n"
      "CODE [X] # trailing\nA#B\n\t\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].number, 2u);
  EXPECT_EQ(lines[0].text, "KEEP  THIS");
  EXPECT_EQ(lines[1].number, 5u);
  EXPECT_EQ(lines[1].text, " TAIL");
  EXPECT_EQ(lines[2].text, "CODE [X] ");
  EXPECT_EQ(lines[3].text, "A#B");
}

TEST(PetrarchPhrase, ConnectorsAndFinalUnderscore) {
  Phrase p = petrarch_phrase("PRESIDENT HOSNI_MUBARAK_");
  EXPECT_EQ(p.text, "PRESIDENT HOSNI_MUBARAK");
  EXPECT_EQ(p.words, (std::vector<std::string>{"president", "hosni", "mubarak"}));
  EXPECT_EQ(p.gap_after, (std::vector<bool>{true, false, false}));
}

TEST(PetrarchActors, CodesSynonymsAndDateRestrictions) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("actors.txt", PetrarchFile::kActors, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.actors.size(), 5u);

  const Actor* canada = actor_named(d, "CANADA");
  ASSERT_NE(canada, nullptr);
  EXPECT_EQ(canada->default_code, "CAN");
  std::vector<std::string> canada_phrases;
  for (const ActorPhrase& p : d.actor_phrases)
    if (&d.actors[p.actor] == canada) canada_phrases.push_back(p.phrase.text);
  EXPECT_EQ(canada_phrases, (std::vector<std::string>{"CANADA", "CANADIAN", "OTTAWA"}));

  const Actor* sam = actor_named(d, "SAM_GAMGEE");
  ASSERT_NE(sam, nullptr);
  EXPECT_EQ(sam->code_on(20080119), "HOBCIV");
  EXPECT_EQ(sam->code_on(20080120), "HOBCIV");  // restrictions include their dates; the first listed wins
  EXPECT_EQ(sam->code_on(20080121), "HOBMIL");
  EXPECT_EQ(sam->code_on(20100110), "ORCHOB");
  EXPECT_EQ(sam->code_on(20100113), "HOBMIL");
  EXPECT_EQ(sam->code_on(20130101), "HOB");  // between restrictions: the default
  EXPECT_EQ(sam->code_on(20140101), "HOBELI");
  EXPECT_EQ(d.where(sam->roles[1].where), data("petrarch/actors.txt") + ":11");

  const Actor* gollum = actor_named(d, "GOLLUM");
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->default_code, "");
  EXPECT_EQ(gollum->code_on(19950101), "HOB");  // YYMMDD dates
  EXPECT_EQ(gollum->code_on(19951101), "HOBGOV");
  EXPECT_EQ(gollum->code_on(20010101), "HOBREB");
  EXPECT_EQ(gollum->roles.size(), 3u);  // the commented-out restriction is not one

  const Actor* zimbabwe = actor_named(d, "ZIMBABWE");
  EXPECT_EQ(zimbabwe->code_on(19781223), "RHO");
  EXPECT_EQ(zimbabwe->code_on(20010101), "ZBW");  // "[ZBW]#jw": an indented default

  const Actor* mubarak = actor_named(d, "PRESIDENT HOSNI MUBARAK");
  ASSERT_NE(mubarak, nullptr);
  EXPECT_EQ(mubarak->default_code, "EGYGOV");
}

TEST(PetrarchActors, MalformedLines) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("actors_bad.txt", PetrarchFile::kActors, problems);
  EXPECT_TRUE(has_problem(problems, 1, "date restriction before any actor")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 2, "synonym line (+) before any actor")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 4, "no such day")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 5, "restriction ends before it starts")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 6, "bad date restriction")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 7, "without ']'")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 8, "bad actor code \"A B\"")) << dump(problems);
  EXPECT_EQ(problems.size(), 7u) << dump(problems);
  ASSERT_NE(actor_named(d, "GOOD ACTOR"), nullptr);
}

TEST(PetrarchAgents, PluralsMarkersAndCodePlacement) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("agents.txt", PetrarchFile::kAgents, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  std::vector<std::pair<std::string, std::string>> forms;
  for (const AgentPhrase& p : d.agent_phrases) forms.push_back({p.phrase.text, d.agents[p.agent].code});
  using F = std::pair<std::string, std::string>;
  EXPECT_EQ(forms, (std::vector<F>{
                       {"FOREIGN_MINISTER", "GOVFRM"},
                       {"FOREIGN_MINISTERS", "GOVFRM"},
                       {"ATTORNEY_GENERAL", "GOV"},
                       {"ATTORNEYS_GENERAL", "GOV"},
                       {"POLICE", "COP"},  // {}: no plural
                       {"AUTHORITY", "GOV"},
                       {"AUTHORITIES", "GOV"},
                       {"CONGRESSMAN", "LEG"},
                       {"CONGRESSMEN", "LEG"},
                       {"CONGRESSWOMAN", "LEG"},
                       {"HUMAN_RIGHTS_BODY", "NGO"},
                       {"HUMAN_RIGHTS_BODIES", "NGO"},
                   }));
  EXPECT_FALSE(d.agents.front().prefix);
  EXPECT_TRUE(d.agents.back().prefix);
}

TEST(PetrarchAgents, MalformedLines) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("agents_bad.txt", PetrarchFile::kAgents, problems);
  EXPECT_TRUE(has_problem(problems, 1, "needs a code")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 2, "missing '}'")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 3, "!MARKER! is not defined")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 4, "bad agent code")) << dump(problems);
  EXPECT_EQ(problems.size(), 4u) << dump(problems);
  EXPECT_TRUE(d.agents.empty());
}

TEST(PetrarchDiscards, SentenceAndStoryScopes) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("discards.txt", PetrarchFile::kDiscards, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.discards.size(), 3u);
  EXPECT_EQ(d.discards[0].scope, DiscardScope::kSentence);
  EXPECT_EQ(d.discards[0].phrase.words, (std::vector<std::string>{"months", "later"}));
  EXPECT_EQ(d.discards[1].scope, DiscardScope::kStory);
  EXPECT_EQ(d.discards[1].phrase.words, (std::vector<std::string>{"world", "golf", "championships"}));
  EXPECT_EQ(d.discards[1].where.line, 3u);
}

TEST(PetrarchVerbs, SynsetsBlocksVerbsAndPatterns) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("verbs.txt", PetrarchFile::kVerbs, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);

  const Synset& currency = d.synsets[d.find_synset("&CURRENCY")];
  std::vector<std::string> members;
  for (const Phrase& p : currency.members) members.push_back(p.text);
  // Plurals are generated unless the member ends in '_'.
  EXPECT_EQ(members, (std::vector<std::string>{"DOLLARS", "DOLLARES", "YEN", "SWISS FRANCS", "SWISS FRANCES"}));
  const Synset& nouns = d.synsets[d.find_synset("&NOUNS")];  // "&NOUNS_": no plurals
  EXPECT_EQ(nouns.members.size(), 2u);
  const Synset& mixed = d.synsets[d.find_synset("&MIXED")];  // nested set flattened in
  members.clear();
  for (const Phrase& p : mixed.members) members.push_back(p.text);
  EXPECT_EQ(members, (std::vector<std::string>{"CLOSER", "CLOSERS", "MEMO", "RUMOR"}));

  const VerbGroup* brk = group_named(d, "BREAK");
  ASSERT_NE(brk, nullptr);
  EXPECT_EQ(brk->code.code, "1717");
  ASSERT_EQ(brk->verbs.size(), 3u);
  const Verb& plain = d.verbs[brk->verbs[0]];
  EXPECT_EQ(plain.words, (std::vector<std::string>{"break"}));
  EXPECT_EQ(plain.forms, (std::vector<std::string>{"broke", "broken"}));
  const Verb& down = d.verbs[brk->verbs[1]];
  EXPECT_EQ(down.words, (std::vector<std::string>{"break", "down"}));
  EXPECT_EQ(down.head, 0u);
  EXPECT_EQ(down.forms, (std::vector<std::string>{"breaks", "broke"}));
  const Verb& rst = d.verbs[brk->verbs[2]];
  EXPECT_EQ(rst.words, (std::vector<std::string>{"klm", "nop", "rst"}));
  EXPECT_EQ(rst.head, 2u);
  EXPECT_EQ(rst.code.code, "002");
  EXPECT_EQ(rst.forms, (std::vector<std::string>{"rsts", "rsted", "rsting"}));

  ASSERT_EQ(brk->patterns.size(), 5u);
  const VerbPattern& known = d.patterns[brk->patterns[0]];
  EXPECT_EQ(known.syntax, PatternSyntax::kLinear);
  EXPECT_EQ(known.codes.code, "076");
  EXPECT_EQ(known.text, "- + KNOWN_ * IN_ $  [076]");
  ASSERT_EQ(known.elements.size(), 5u);
  EXPECT_EQ(known.elements[0].kind, LinearKind::kTarget);
  EXPECT_EQ(known.elements[1].kind, LinearKind::kWord);
  EXPECT_EQ(known.elements[1].word, "known");
  EXPECT_FALSE(known.elements[1].adjacent_next);  // "KNOWN_ *" is TABARI's open match
  EXPECT_EQ(known.verb_index, 2u);
  EXPECT_EQ(known.elements[4].kind, LinearKind::kSource);

  const VerbPattern& inout = d.patterns[brk->patterns[2]];
  ASSERT_EQ(inout.elements.size(), 6u);  // IN _ AND _ * _ OUT _ AGAIN NOW
  EXPECT_EQ(inout.verb_index, 2u);
  EXPECT_TRUE(inout.elements[0].adjacent_next);
  EXPECT_TRUE(inout.elements[1].adjacent_next);
  EXPECT_TRUE(inout.elements[2].adjacent_next);
  EXPECT_TRUE(inout.elements[3].adjacent_next);
  EXPECT_FALSE(inout.elements[4].adjacent_next);

  const VerbPattern& off = d.patterns[brk->patterns[3]];
  ASSERT_EQ(off.elements.size(), 2u);
  EXPECT_EQ(off.elements[1].word, "off");

  const VerbPattern& alternatives = d.patterns[brk->patterns[4]];
  ASSERT_EQ(alternatives.elements.size(), 2u);
  EXPECT_EQ(alternatives.elements[1].kind, LinearKind::kAlternatives);
  EXPECT_EQ(d.synsets[alternatives.elements[1].synset].members.size(), 2u);

  const VerbGroup* met = group_named(d, "MET");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->code.code, "031");
  EXPECT_EQ(met->code.reciprocal, "032");
  const VerbPattern& compound = d.patterns[met->patterns[0]];
  EXPECT_EQ(compound.elements[0].kind, LinearKind::kCompound);
  EXPECT_EQ(compound.elements[2].kind, LinearKind::kSynset);
  EXPECT_EQ(compound.elements[2].synset, d.find_synset("&MIXED"));
  EXPECT_EQ(d.verbs[met->verbs[1]].forms, (std::vector<std::string>{"deploys", "deployed", "deploying"}));
}

TEST(PetrarchVerbs, MarkersInACodesPlaceCodeNothing) {
  // TABARI's "[+++]", "[###]", "[xxy]" are no CAMEO codes: PETRARCH cannot use them. A block or verb so coded has
  // no code; a pattern so coded is dropped, so the verb's other patterns apply ("- * DIPLOMATIC [064]" for
  // "restore fxll diplomatic ties" when "- * FXLL DIPLOMATIC [+++]" is listed first).
  std::vector<InputProblem> problems;
  Dictionaries d = load("verbs.txt", PetrarchFile::kVerbs, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  const VerbGroup* blast = group_named(d, "BLAST");
  ASSERT_NE(blast, nullptr);
  EXPECT_EQ(blast->code.code, "---");
  ASSERT_EQ(blast->verbs.size(), 2u);
  EXPECT_EQ(d.verbs[blast->verbs[1]].code.code, "---");
  EXPECT_EQ(d.verbs[blast->verbs[1]].code.reciprocal, "042");
  ASSERT_EQ(blast->patterns.size(), 1u);
  EXPECT_EQ(d.patterns[blast->patterns[0]].codes.code, "122");
  EXPECT_EQ(d.patterns[blast->patterns[0]].codes.reciprocal, "");
}

TEST(PetrarchVerbs, MalformedLines) {
  std::vector<InputProblem> problems;
  Dictionaries d = load("verbs_bad.txt", PetrarchFile::kVerbs, problems);
  EXPECT_TRUE(has_problem(problems, 1, "verb line before any")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 2, "pattern before any")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 5, "pattern needs a code")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 6, "no '*'")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 7, "more than one '*'")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 8, "'{' without '}'")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, 0, "synonym set &UNDEFINED is used on line 9 but never defined")) << dump(problems);
  EXPECT_EQ(problems.size(), 7u) << dump(problems);
}

}  // namespace
}  // namespace vigil::lexicon
