// vigil dict stats: counts by kind and CAMEO code coverage on a fixture, and the exclusion list's lenient parser.
#include <gtest/gtest.h>

#include "lexicon/cameo.h"
#include "lexicon/dict_stats.h"
#include "lexicon/load_dictionaries.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::data;
using testing::dump;

const CodeCoverage& code(const DictStats& st, const std::string& c) {
  for (const CodeCoverage& cc : st.codes)
    if (cc.code == c) return cc;
  static CodeCoverage none;
  ADD_FAILURE() << "no code " << c;
  return none;
}

TEST(Stats, CountsByKind) {
  Dictionaries d = load_vigil_folder(data("lint-good"));
  DictStats st = dict_stats(d);
  const DictCounts& c = st.counts;
  EXPECT_EQ(c.actors, 5u);
  EXPECT_EQ(c.countries, 2u);
  EXPECT_EQ(c.orgs, 1u);
  EXPECT_EQ(c.persons, 1u);
  EXPECT_EQ(c.other_actors, 1u);
  // Canada 4 (name, adj, demonym, capital), Ukraine 2, NATO 2, Joly 2, CSOR 2.
  EXPECT_EQ(c.actor_phrases, 12u);
  EXPECT_EQ(c.role_lines, 2u);
  EXPECT_EQ(c.agents, 3u);
  EXPECT_EQ(c.agent_phrases, 5u);  // official(s), troops, human rights body/bodies
  EXPECT_EQ(c.synsets, 1u);
  EXPECT_EQ(c.verb_groups, 3u);
  EXPECT_EQ(c.noun_groups, 1u);
  EXPECT_EQ(c.verbs, 5u);  // deploy, send, hold, have, arrive
  EXPECT_EQ(c.nouns, 1u);
  EXPECT_EQ(c.patterns, 4u);
  EXPECT_EQ(c.discards, 1u);
}

TEST(Stats, EveryThreeAndFourDigitCodeIsCoveredExcludedOrMissing) {
  Dictionaries d = load_vigil_folder(data("lint-good"));
  ExclusionList excl = read_exclusions(exclusions_path(data("lint-good")));
  ASSERT_TRUE(excl.found);
  EXPECT_TRUE(excl.problems.empty()) << dump(excl.problems);
  DictStats st = dict_stats(d, excl);

  size_t table = 0;
  for (const CameoCode& c : cameo_codes()) table += c.level() >= 2;
  ASSERT_EQ(st.codes.size(), table);
  EXPECT_EQ(st.codes.front().code, "010");
  EXPECT_EQ(st.covered, 5u);
  EXPECT_EQ(st.excluded, 4u);
  EXPECT_EQ(st.missing, table - 9);
  EXPECT_EQ(st.covered + st.excluded + st.missing, table);

  EXPECT_EQ(code(st, "150").verbs, 2u);  // deploy, send
  EXPECT_EQ(code(st, "150").patterns, 0u);
  EXPECT_EQ(code(st, "074").patterns, 2u);
  EXPECT_EQ(code(st, "046").patterns, 1u);  // "046:046" counts once
  EXPECT_EQ(code(st, "042").verbs, 1u);
  EXPECT_EQ(code(st, "190").patterns, 1u);
  EXPECT_EQ(code(st, "190").verbs, 1u);  // the noun's bare code
  EXPECT_EQ(code(st, "190").status, CodeStatus::kCovered);

  EXPECT_EQ(code(st, "0211").status, CodeStatus::kExcluded);
  EXPECT_EQ(code(st, "0211").reason, "economic cooperation appeals are rare in the test texts");
  EXPECT_EQ(code(st, "0212").reason, "not in the fixture");  // a table row: the last cell
  EXPECT_EQ(code(st, "0213").reason, "not in the fixture either");  // a range
  EXPECT_EQ(code(st, "0214").status, CodeStatus::kExcluded);
  EXPECT_EQ(code(st, "0214").excluded_line, 9u);
  EXPECT_EQ(code(st, "0241").status, CodeStatus::kMissing);
  EXPECT_EQ(code(st, "0241").name, "Appeal for change in leadership");
}

TEST(Stats, WithoutExclusionListEverythingUnproducedIsMissing) {
  Dictionaries d = load_vigil_folder(data("lint-good"));
  ExclusionList none = read_exclusions(data("lint-good/no-such/EXCLUDED.md"));
  EXPECT_FALSE(none.found);
  DictStats st = dict_stats(d, none);
  EXPECT_EQ(st.excluded, 0u);
  EXPECT_EQ(st.covered, 5u);
}

TEST(Stats, ExclusionListShapes) {
  ExclusionList l = parse_exclusions(
      "# Excluded\n"                                       // 1
      "\n"                                                 // 2
      "- 0211: reason one\n"                               // 3
      "- `0212`, `0213` and 0214 \u2014 shared reason\n"   // 4
      "* 0231..0232 (a range)\n"                           // 5
      "| 0233 | Appeal for humanitarian aid | reason three |\n"  // 6
      "|------|-----|-----|\n"                             // 7
      "| Code | Name | Reason |\n"                         // 8
      "- 2020s prose is not an entry\n"                    // 9
      "- 5 codes are left: prose too\n"                    // 10
      "```\n- 0241: inside a code block\n```\n"            // 11-13
      "- 0242\n"                                           // 14: no reason
      "- 0299: no such code\n",                            // 15
      "EXCLUDED.md");
  std::vector<std::tuple<std::string, std::string, uint32_t>> got;
  for (const Exclusion& e : l.entries) got.emplace_back(e.code, e.reason, e.line);
  EXPECT_EQ(got, (std::vector<std::tuple<std::string, std::string, uint32_t>>{
                     {"0211", "reason one", 3},
                     {"0212", "shared reason", 4},
                     {"0213", "shared reason", 4},
                     {"0214", "shared reason", 4},
                     {"0231", "(a range)", 5},
                     {"0232", "(a range)", 5},
                     {"0233", "reason three", 6}}));
  ASSERT_EQ(l.problems.size(), 2u) << dump(l.problems);
  EXPECT_EQ(l.problems[0].line, 14u);
  EXPECT_EQ(l.problems[0].message, "excluded code needs a reason");
  EXPECT_EQ(l.problems[1].line, 15u);
  EXPECT_EQ(l.problems[1].message, "\"0299\" is not a CAMEO code");
}

}  // namespace
}  // namespace vigil::lexicon
