// vigil code fills date, precision, basis and place from the text; --date-order decides all-numeric dates.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "run_vigil.h"

namespace vigil::test {
namespace {

std::vector<nlohmann::json> events_of(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  return v;
}

TEST(DatesPlacesCli, DatesComeFromTheTextAndNumericOnesFromTheOutletsOrder) {
  std::string text = "{\"id\":\"d1\",\"published\":\"2022-01-19\",\"text\":\"Canada sent troops to Ukraine on 9/1.\"}\n";
  auto plain = run_vigil("code", text);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  auto ev = events_of(plain.out);
  ASSERT_FALSE(ev.empty()) << plain.out;
  EXPECT_TRUE(ev[0]["date"].is_null());
  EXPECT_EQ(ev[0]["date_basis"], "unresolved");
  auto dmy = run_vigil("code --date-order DMY", text);
  ASSERT_EQ(dmy.exit_code, 0) << dmy.err;
  ev = events_of(dmy.out);
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]["date"], "2022-01-09");
  EXPECT_EQ(ev[0]["date_precision"], "day");
  EXPECT_EQ(ev[0]["date_basis"], "text");
  ASSERT_TRUE(ev[0]["place"].is_object()) << dmy.out;
  EXPECT_EQ(ev[0]["place"]["country"], "UKR");
  EXPECT_EQ(ev[0]["place"]["precision"], "country");
  EXPECT_NE(run_vigil("code --date-order YMD", text).exit_code, 0);
}

TEST(DatesPlacesCli, NoExpressionTakesThePublicationDate) {
  std::string text = "{\"id\":\"d2\",\"published\":\"2023-03-17\",\"text\":\"Russia attacked Ukraine in Kharkiv.\"}\n";
  auto r = run_vigil("code", text);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto ev = events_of(r.out);
  ASSERT_FALSE(ev.empty()) << r.out;
  EXPECT_EQ(ev[0]["date"], "2023-03-17");
  EXPECT_EQ(ev[0]["date_basis"], "published");
  ASSERT_TRUE(ev[0]["place"].is_object());
  EXPECT_EQ(ev[0]["place"]["name"], "Kharkiv");
  EXPECT_EQ(ev[0]["place"]["precision"], "city");
}

}  // namespace
}  // namespace vigil::test
