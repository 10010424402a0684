// vigil dict lint / dict stats, run as a user would: exit codes and output on the lint fixtures and the shipped
// dictionaries (so CI lints the shipped set on every run).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

std::string fixture(const std::string& name) { return std::string(VIGIL_TEST_DATA_DIR) + "/lexicon/" + name; }

TEST(DictCli, LintReportsBrokenDictionaryAndFails) {
  std::string dir = fixture("lint-broken");
  auto r = run_vigil("dict lint --dicts " + dir);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(dir + "/actors/a-countries.txt:10: error: phrase \"Congo\" names actors with different codes"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(dir + "/actors/b-people.txt:4: error: role CANMIL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(dir + "/verbs/a-verbs.txt:8: error: pattern can never win"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(dir + "/verbs/a-verbs.txt:16: error: verb \"will\" is an auxiliary"), std::string::npos);
  EXPECT_NE(r.out.find(dir + "/verbs/a-verbs.txt:21: error: pattern needs \"=> CODE\""), std::string::npos);
  EXPECT_NE(r.out.find(dir + "/verbs/EXCLUDED.md:5: error: \"0219\" is not a CAMEO code"), std::string::npos);
  EXPECT_NE(r.out.find("14 errors, 15 warnings"), std::string::npos) << r.out;
  // Sorted by file, then line.
  EXPECT_LT(r.out.find("a-countries.txt:17:"), r.out.find("b-people.txt:4:"));
  EXPECT_LT(r.out.find("a-verbs.txt:2:"), r.out.find("a-verbs.txt:21:"));
}

TEST(DictCli, LintCleanAndWarningsOnly) {
  auto clean = run_vigil("dict lint --dicts " + fixture("lint-good"));
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_NE(clean.out.find("0 errors, 0 warnings"), std::string::npos) << clean.out;
  EXPECT_EQ(run_vigil("dict lint --strict --dicts " + fixture("lint-good")).exit_code, 0);

  auto warn = run_vigil("dict lint --dicts " + fixture("lint-warnings"));
  EXPECT_EQ(warn.exit_code, 0) << warn.out;
  EXPECT_NE(warn.out.find("verbs.txt:2: warning: synonym set &UNUSED is never used"), std::string::npos) << warn.out;
  EXPECT_EQ(run_vigil("dict lint --strict --dicts " + fixture("lint-warnings")).exit_code, 1);
}

TEST(DictCli, LintMissingFolderAndUsage) {
  auto r = run_vigil("dict lint --dicts /no/such/dicts");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("/no/such/dicts: error: dictionary folder not found"), std::string::npos) << r.out;
  EXPECT_EQ(run_vigil("dict").exit_code, 2);
  EXPECT_EQ(run_vigil("dict lint --dicts a --petrarch b").exit_code, 2);
  EXPECT_EQ(run_vigil("dict stats --format yaml").exit_code, 2);
}

TEST(DictCli, StatsTextAndJson) {
  std::string dir = fixture("lint-good");
  auto text = run_vigil("dict stats --dicts " + dir);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("actors              5  (countries 2, orgs 1, persons 1, other 1)"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("patterns            4"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("5 covered, 4 excluded, 282 missing"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("missing: 010 011 012"), std::string::npos) << text.out;

  auto table = run_vigil("dict stats --codes --dicts " + dir);
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("074   covered          2      0  Provide military protection or peacekeeping"), std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("0211  excluded         0      0  Appeal for economic cooperation -- excluded: economic "
                           "cooperation appeals are rare in the test texts"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("0241  missing          0      0  Appeal for change in leadership\n"), std::string::npos);

  auto json = run_vigil("dict stats --format json --codes --dicts " + dir);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["counts"]["persons"], 1);
  EXPECT_EQ(j["codes"]["covered"], 5);
  EXPECT_EQ(j["codes"]["excluded"], 4);
  EXPECT_EQ(j["code_table"].size(), j["codes"]["total"].get<size_t>());
  EXPECT_EQ(j["code_table"][0]["code"], "010");
  EXPECT_EQ(j["missing"][0], "010");

  EXPECT_EQ(run_vigil("dict stats --fail-on-missing --dicts " + dir).exit_code, 1);
}

// The acceptance test of the shipped set: no lint errors (warnings are allowed), and every 3- and 4-digit CAMEO code
// is produced by some pattern or verb or listed with a reason in dicts/verbs/EXCLUDED.md.
TEST(DictCli, ShippedDictionariesLintWithoutErrors) {
  auto r = run_vigil("dict lint");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  auto s = run_vigil("dict stats --codes --fail-on-missing");
  EXPECT_EQ(s.exit_code, 0) << s.out << s.err;
  EXPECT_EQ(s.out.find(" missing "), std::string::npos) << s.out;
}

}  // namespace
}  // namespace vigil
