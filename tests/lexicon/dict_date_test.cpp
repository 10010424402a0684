#include <gtest/gtest.h>

#include "lexicon/dict_date.h"

namespace vigil::lexicon {
namespace {

TEST(DictDate, IsoDatesFullAndPartial) {
  std::string err;
  EXPECT_EQ(parse_iso_date("2021-10-26", false, err), 20211026);
  EXPECT_EQ(parse_iso_date("2021-10", false, err), 20211001);
  EXPECT_EQ(parse_iso_date("2021-02", true, err), 20210228);
  EXPECT_EQ(parse_iso_date("2020-02", true, err), 20200229);
  EXPECT_EQ(parse_iso_date("2020", true, err), 20201231);
  EXPECT_EQ(parse_iso_date("2020", false, err), 20200101);
}

TEST(DictDate, IsoDatesRejected) {
  std::string err;
  EXPECT_FALSE(parse_iso_date("2015-13-04", false, err));
  EXPECT_NE(err.find("month"), std::string::npos);
  EXPECT_FALSE(parse_iso_date("2021-02-29", false, err));
  EXPECT_FALSE(parse_iso_date("20211026", false, err));
  EXPECT_FALSE(parse_iso_date("21-10-26", false, err));
  EXPECT_FALSE(parse_iso_date("2021-1-2", false, err));
}

TEST(DictDate, Periods) {
  std::string err;
  auto p = parse_period("2015-11-04..2025-03-14", err);
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->contains(20151104));
  EXPECT_TRUE(p->contains(20250314));
  EXPECT_FALSE(p->contains(20250315));
  auto open_end = parse_period("2019-05..", err);
  ASSERT_TRUE(open_end);
  EXPECT_EQ(open_end->from, 20190501);
  EXPECT_EQ(open_end->to, kDateMax);
  auto open_start = parse_period("..2020", err);
  ASSERT_TRUE(open_start);
  EXPECT_EQ(open_start->from, kDateMin);
  EXPECT_EQ(open_start->to, 20201231);
  EXPECT_FALSE(parse_period("2021-10-25..2015-11-04", err));
  EXPECT_NE(err.find("ends before"), std::string::npos);
  EXPECT_FALSE(parse_period("2021-10-25", err));
  EXPECT_EQ(format_period(*open_end), "2019-05-01..");
}

TEST(DictDate, PetrarchDates) {
  std::string err;
  EXPECT_EQ(parse_petrarch_date("19950601", err), 19950601);
  EXPECT_EQ(parse_petrarch_date("950601", err), 19950601);
  EXPECT_EQ(parse_petrarch_date("090120", err), 20090120);  // 00-30 -> 20YY
  EXPECT_EQ(parse_petrarch_date("300101", err), 20300101);
  EXPECT_EQ(parse_petrarch_date("310101", err), 19310101);
  EXPECT_FALSE(parse_petrarch_date("20100931", err));
  EXPECT_FALSE(parse_petrarch_date("9506", err));
  EXPECT_FALSE(parse_petrarch_date("95O601", err));
}

}  // namespace
}  // namespace vigil::lexicon
