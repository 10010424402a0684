// vigil's CAMEO table, checked directly and against the shared reference table.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lexicon/cameo.h"

namespace vigil::lexicon {
namespace {

TEST(Cameo, HasAllCodesSortedAndUnique) {
  auto all = cameo_codes();
  ASSERT_EQ(all.size(), 311u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].code, all[i].code);
  int roots = 0;
  for (const CameoCode& c : all) roots += c.level() == 1;
  EXPECT_EQ(roots, 20);
}

TEST(Cameo, KnownCodes) {
  const CameoCode* consult = find_cameo("04");
  ASSERT_NE(consult, nullptr);
  EXPECT_EQ(consult->name, "CONSULT");
  EXPECT_EQ(consult->level(), 1);
  EXPECT_EQ(consult->quad_class(), QuadClass::kVerbalCooperation);

  const CameoCode* visit = find_cameo("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Make a visit");
  EXPECT_EQ(visit->root(), "04");
  EXPECT_EQ(visit->level(), 2);
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  EXPECT_EQ(cameo_parent(*visit), consult);

  const CameoCode* aid = find_cameo("0211");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->level(), 3);
  EXPECT_EQ(cameo_parent(*aid)->code, "021");

  const CameoCode* mass_killing = find_cameo("202");
  ASSERT_NE(mass_killing, nullptr);
  EXPECT_EQ(mass_killing->quad_class(), QuadClass::kMaterialConflict);
  EXPECT_DOUBLE_EQ(mass_killing->goldstein, -10.0);

  EXPECT_EQ(find_cameo("---"), nullptr);
  EXPECT_EQ(find_cameo("1717"), nullptr);
  EXPECT_EQ(find_cameo(""), nullptr);
  EXPECT_EQ(find_cameo("21"), nullptr);
}

TEST(Cameo, PloverFollowsNamesFor105To108) {
  // CAMEO2PLOVER numbers these the old way; vigil assigns them by meaning.
  EXPECT_EQ(find_cameo("105")->name, "Demand mediation");
  EXPECT_EQ(find_cameo("105")->plover_mode, "meet");
  EXPECT_EQ(find_cameo("106")->name, "Demand withdrawal");
  EXPECT_EQ(find_cameo("106")->plover_mode, "yield");
  EXPECT_EQ(find_cameo("106")->plover_context, "military");
  EXPECT_EQ(find_cameo("107")->plover_mode, "yield");
  EXPECT_EQ(find_cameo("108")->plover_mode, "meet");
  EXPECT_EQ(find_cameo("108")->plover_context, "diplomatic");
  for (const char* code : {"105", "106", "107", "108"}) EXPECT_EQ(find_cameo(code)->plover_type, "REQUEST");
}

TEST(Cameo, PublicStatementsHaveNoPlover) {
  for (const CameoCode& c : cameo_codes()) {
    if (c.root() == "01" || c.root() == "02") {
      EXPECT_TRUE(c.plover_type.empty()) << c.code;
    }
  }
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.push_back("");
  return out;
}

TEST(Cameo, MatchesSharedReferenceTable) {
  std::filesystem::path path = std::filesystem::path(VIGIL_SHARED_DIR) / "reference" / "cameo-codes.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "reference table not found: " << path;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  // Rows where vigil deliberately differs from the reference (PLOVER columns only): see cameo_table.cpp.
  const std::set<std::string> plover_by_name = {"105", "106", "107"};
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    auto f = split_tabs(line);
    ASSERT_EQ(f.size(), 9u) << line;
    const std::string& code = f[0];
    seen.insert(code);
    const CameoCode* c = find_cameo(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->root(), f[1]) << code;
    EXPECT_EQ(std::to_string(c->level()), f[2]) << code;
    EXPECT_EQ(std::to_string(static_cast<int>(c->quad_class())), f[3]) << code;
    EXPECT_NEAR(c->goldstein, std::stod(f[4]), 1e-9) << code;
    EXPECT_EQ(c->name, f[8]) << code;
    if (plover_by_name.count(code)) {
      EXPECT_EQ(c->plover_type, f[5]) << code;  // still REQUEST; mode/context follow the name
      EXPECT_FALSE(c->plover_mode == f[6] && c->plover_context == f[7]) << code << ": expected vigil's own mapping";
    } else {
      EXPECT_EQ(c->plover_type, f[5]) << code;
      EXPECT_EQ(c->plover_mode, f[6]) << code;
      EXPECT_EQ(c->plover_context, f[7]) << code;
    }
  }
  EXPECT_EQ(seen.size(), cameo_codes().size());
}

}  // namespace
}  // namespace vigil::lexicon
