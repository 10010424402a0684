// vigil dict lint: every kind of finding on a deliberately broken folder (tests/data/lexicon/lint-broken, each
// finding marked by a "lint" comment on its line), and a clean folder with none.
#include <gtest/gtest.h>

#include <tuple>

#include "lexicon/dict_lint.h"
#include "lexicon/dict_stats.h"
#include "lexicon/load_dictionaries.h"
#include "lexicon/vigil_format.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::data;

// A folder loaded and linted the way `vigil dict lint` does it.
struct Linted {
  Dictionaries dicts;
  std::vector<LintFinding> findings;
  std::string root;

  explicit Linted(const std::string& dir) : root(dir + "/") {
    std::vector<InputProblem> problems;
    load_vigil_folder(dir, dicts, problems);
    findings = lint(dicts);
    add_problem_findings(problems, dicts, findings);
    ExclusionList excl = read_exclusions(exclusions_path(dir));
    auto more = lint_exclusions(excl, dict_stats(dicts, excl), dicts);
    findings.insert(findings.end(), more.begin(), more.end());
    sort_findings(dicts, findings);
  }

  // (file relative to the folder, line, severity) of every finding, in order.
  std::vector<std::tuple<std::string, uint32_t, std::string>> places() const {
    std::vector<std::tuple<std::string, uint32_t, std::string>> out;
    for (const LintFinding& f : findings) {
      std::string file(dicts.file_of(f.where));
      if (file.rfind(root, 0) == 0) file = file.substr(root.size());
      out.emplace_back(file, f.where.line, f.severity);
    }
    return out;
  }

  // The message of the finding at file:line with `severity` containing `needle`, or "" when there is none.
  bool has(const std::string& file, uint32_t line, const std::string& severity, const std::string& needle) const {
    for (const LintFinding& f : findings)
      if (dicts.file_of(f.where) == root + file && f.where.line == line && f.severity == severity &&
          f.message.find(needle) != std::string::npos)
        return true;
    return false;
  }

  std::string dump() const {
    std::string out;
    for (const LintFinding& f : findings) out += format_finding(dicts, f) + "\n";
    return out;
  }
};

class LintBroken : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { linted = new Linted(data("lint-broken")); }
  static void TearDownTestSuite() { delete linted; }
  static Linted* linted;
};
Linted* LintBroken::linted = nullptr;

TEST_F(LintBroken, EveryFindingInFileAndLineOrder) {
  using P = std::tuple<std::string, uint32_t, std::string>;
  const std::string c = "actors/a-countries.txt", p = "actors/b-people.txt", v = "verbs/a-verbs.txt",
                    x = "verbs/EXCLUDED.md";
  std::vector<P> want{
      {c, 10, "error"},   {c, 12, "warning"}, {c, 14, "error"},        {c, 16, "warning"},     {c, 17, "warning"},
      {p, 4, "error"},    {p, 5, "warning"},  {p, 6, "error"},         {p, 13, "error"},       {"agents.txt", 3, "error"},
      {"agents.txt", 5, "error"},             {"agents.txt", 7, "warning"},                    {"discards.txt", 2, "warning"},
      {x, 4, "error"},    {x, 5, "error"},    {x, 6, "warning"},       {x, 7, "warning"},      {v, 2, "warning"},
      {v, 4, "warning"},  {v, 6, "error"},    {v, 8, "error"},         {v, 9, "warning"},      {v, 10, "warning"},
      {v, 11, "error"},   {v, 13, "warning"}, {v, 16, "error"},        {v, 16, "warning"},     {v, 19, "warning"},
      {v, 21, "error"}};
  EXPECT_EQ(linted->places(), want) << linted->dump();
}

TEST_F(LintBroken, Actors) {
  const Linted& l = *linted;
  EXPECT_TRUE(l.has("actors/a-countries.txt", 10, "error",
                    "phrase \"Congo\" names actors with different codes: \"Democratic Republic of the Congo\" (COD) "
                    "here, \"Republic of the Congo\" (COG) at line 7"))
      << l.dump();
  EXPECT_TRUE(l.has("actors/a-countries.txt", 12, "warning",
                    "duplicate phrase \"Canada\": \"Canada\" at line 2 has the same codes"));
  EXPECT_TRUE(l.has("actors/a-countries.txt", 14, "error",
                    "actor code \"CANM\" of \"Border Unit\" is not made of 3-character blocks"));
  EXPECT_TRUE(l.has("actors/a-countries.txt", 16, "warning", "actor \"Mystery Group\" has no code"));
  EXPECT_TRUE(l.has("actors/a-countries.txt", 17, "warning",
                    "phrase \"Mystery Group\" of \"Mystery Group\" is listed twice (also at line 16)"));
  // Role periods: a different code overlapping is an error (the first wins), the same code a warning.
  EXPECT_TRUE(l.has("actors/b-people.txt", 4, "error",
                    "role CANMIL 2019-06-01..2020-12-31 of \"Jane Roe\" overlaps role CANGOV 2015-01-01..2019-12-31 "
                    "at line 3 with a different code; the first one wins"))
      << l.dump();
  EXPECT_TRUE(l.has("actors/b-people.txt", 5, "warning", "with the same code; merge them"));
  // The same code handed over on one day (one post ends the day the next begins) is no overlap.
  EXPECT_FALSE(l.has("actors/b-people.txt", 18, "warning", "overlaps")) << l.dump();
  EXPECT_TRUE(l.has("actors/b-people.txt", 6, "error", "actor code \"CANGO\" of \"Jane Roe\""));
  // Two people sharing an alias code alike by default (USAELI) but not while one holds office.
  EXPECT_TRUE(l.has("actors/b-people.txt", 13, "error",
                    "phrase \"Doe\" names actors with different codes on 2001-01-01: \"Richard Doe\" (USAELI) here, "
                    "\"John Doe\" (USAGOV) at line 9"))
      << l.dump();
}

TEST_F(LintBroken, AgentsAndDiscards) {
  const Linted& l = *linted;
  // "officials" is also the generated plural of "official" (line 1).
  EXPECT_TRUE(l.has("agents.txt", 3, "error", "agent phrase \"officials\" has different codes: MIL here, GOV at line 1"))
      << l.dump();
  EXPECT_TRUE(l.has("agents.txt", 5, "error", "agent code \"GOVX\" of \"minister\" is not made of 3-character blocks"));
  EXPECT_TRUE(l.has("agents.txt", 7, "warning", "duplicate agent phrase \"envoy\" (also at line 6, same code GOV)"));
  EXPECT_TRUE(l.has("discards.txt", 2, "warning", "discard phrase \"World Cup\" is listed again (discard story at line 1)"));
}

TEST_F(LintBroken, VerbsPatternsAndSets) {
  const Linted& l = *linted;
  const std::string v = "verbs/a-verbs.txt";
  EXPECT_TRUE(l.has(v, 2, "warning", "synonym set &UNUSED is never used")) << l.dump();
  EXPECT_TRUE(l.has(v, 4, "warning", "synonym set &TALKS is defined again; this definition replaces the one at line 3"));
  EXPECT_TRUE(l.has(v, 6, "error", "unknown CAMEO code \"0999\" on verb \"deploy | send\""));
  EXPECT_TRUE(l.has(v, 8, "error", "pattern can never win: the identical pattern at line 7 is tried first (=> 074, here => 150)"));
  EXPECT_TRUE(l.has(v, 9, "warning", "duplicate pattern: identical to the one at line 7 (=> 074)"));
  EXPECT_TRUE(l.has(v, 10, "warning", "pattern can never win: the pattern at line 7 (=> 074) is tried first and matches "
                                      "whenever this one does"));
  EXPECT_TRUE(l.has(v, 11, "error", "unknown CAMEO code \"1999\" in pattern"));
  EXPECT_TRUE(l.has(v, 13, "warning", "bare code 010 on verb \"say | tell\": no 010 fallback"));
  EXPECT_TRUE(l.has(v, 16, "error", "verb \"will\" is an auxiliary: auxiliaries are never events"));
  EXPECT_TRUE(l.has(v, 16, "warning", "verb \"send\" is also in the block at line 6 with a different bare code (0999 there, --- here)"));
  EXPECT_TRUE(l.has(v, 19, "warning", "verb \"say\" is also in the block at line 13 with a different bare code (010 there, --- here)"));
  EXPECT_TRUE(l.has(v, 21, "error", "pattern needs \"=> CODE\""));  // a loader problem, reported by lint too
}

TEST_F(LintBroken, ExclusionList) {
  const Linted& l = *linted;
  const std::string x = "verbs/EXCLUDED.md";
  EXPECT_TRUE(l.has(x, 4, "error", "excluded code needs a reason")) << l.dump();
  EXPECT_TRUE(l.has(x, 5, "error", "\"0219\" is not a CAMEO code"));
  EXPECT_TRUE(l.has(x, 6, "warning", "code 0211 is listed twice (also line 3)"));
  EXPECT_TRUE(l.has(x, 7, "warning", "code 074 is listed as excluded, but 3 patterns and 0 verbs produce it"));
}

TEST_F(LintBroken, FormatsAsFileLineSeverityMessage) {
  const Linted& l = *linted;
  ASSERT_FALSE(l.findings.empty());
  std::string first = format_finding(l.dicts, l.findings.front());
  EXPECT_EQ(first, data("lint-broken") +
                       "/actors/a-countries.txt:10: error: phrase \"Congo\" names actors with different codes: "
                       "\"Democratic Republic of the Congo\" (COD) here, \"Republic of the Congo\" (COG) at line 7");
}

TEST(Lint, CleanFolderHasNoFindings) {
  Linted l(data("lint-good"));
  EXPECT_TRUE(l.findings.empty()) << l.dump();
}

TEST(Lint, SeedDictionariesHaveNoErrors) {
  Linted l(data("vigil"));
  for (const LintFinding& f : l.findings) EXPECT_NE(f.severity, "error") << l.dump();
}

TEST(Lint, PatternCoverageIsOrderAndNegationAware) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  parse_vigil_text(
      "set &TALKS = talk | negotiation\n"
      "verb hold = ---\n"
      "  - obj:talk                 => 040\n"   // 3: shorter, tried after line 4: both live
      "  - obj:talk with:+          => 046\n"   // 4
      "  - obj:&TALKS               => 040\n"   // 5: not covered by line 3 ("negotiation")
      "  - obj:negotiation          => 040\n"   // 6: covered by line 5
      "verb warn = 130\n"
      "  - !mod:not|never against:_ => 130\n"   // 8
      "  - !mod:not against:_       => 130\n"   // 9: less strict negation: not covered by line 8
      "  - !mod:not|never|hardly against:_ => 130\n"  // 10: stricter negation: covered by line 8
      "  - against:_                => 131\n"   // 11
      "  - against:+                => 131\n",  // 12: covered by line 11 ("_" accepts any dependent)
      "t.txt", DictKind::kVerbs, d, problems);
  d.finalize(problems);
  ASSERT_TRUE(problems.empty()) << testing::dump(problems);
  std::vector<uint32_t> lines;
  for (const LintFinding& f : lint(d))
    if (f.message.find("never win") != std::string::npos) lines.push_back(f.where.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{6, 10, 12}));
}

TEST(Lint, PetrarchCodesAreOpaqueButAuxiliariesAndDuplicatesAreNot) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  PetrarchFiles files;
  files.verbs = data("petrarch/verbs.txt");
  load_petrarch_set(files, d, problems);
  for (const LintFinding& f : lint(d)) EXPECT_EQ(f.message.find("unknown CAMEO code"), std::string::npos) << f.message;
}

}  // namespace
}  // namespace vigil::lexicon
