#include <gtest/gtest.h>

#include "dyad/coder_options.h"
#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {
namespace {

TEST(Date, ParsesStrictIso) {
  auto d = Date::parse_iso("2025-11-11");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2025);
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->day, 11);
  EXPECT_EQ(d->iso(), "2025-11-11");
}

TEST(Date, RejectsMalformedAndImpossibleDates) {
  EXPECT_FALSE(Date::parse_iso("2025-02-29"));
  EXPECT_FALSE(Date::parse_iso("2025-13-01"));
  EXPECT_FALSE(Date::parse_iso("2025-1-01"));
  EXPECT_FALSE(Date::parse_iso("20251111"));
  EXPECT_FALSE(Date::parse_iso("2025-11-1x"));
  EXPECT_TRUE(Date::parse_iso("2024-02-29"));
}

TEST(Date, DayArithmeticRoundTrips) {
  Date d{2025, 11, 11};
  EXPECT_EQ(Date::from_days(d.days_since_epoch()), d);
  EXPECT_EQ(Date::from_days(d.days_since_epoch() - 11).iso(), "2025-10-31");
  EXPECT_EQ((Date{1970, 1, 1}).days_since_epoch(), 0);
  EXPECT_EQ(Date::from_days(-1).iso(), "1969-12-31");
}

TEST(Date, WeekdayIsMondayBased) {
  EXPECT_EQ((Date{2025, 11, 11}).weekday(), 1);  // a Tuesday
  EXPECT_EQ((Date{2025, 11, 10}).weekday(), 0);  // a Monday
}

TEST(Status, FormatsLocation) {
  Status s(ErrorCode::kParseError, "bad code", {"verbs.txt", 12, 4});
  EXPECT_EQ(s.to_string(), "verbs.txt:12:4: bad code");
  EXPECT_FALSE(s.ok());
  EXPECT_STREQ(error_code_name(s.code()), "parse_error");
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> good(5);
  Result<int> bad(Status(ErrorCode::kNotFound, "no"));
  EXPECT_TRUE(good.ok());
  EXPECT_EQ(*good, 5);
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kNotFound);
}

TEST(Profile, NamesRoundTrip) {
  for (Profile p : {Profile::kAuto, Profile::kDyad, Profile::kTabari, Profile::kPetrarch1, Profile::kPetrarch2})
    EXPECT_EQ(parse_profile(profile_name(p)), p);
  EXPECT_FALSE(parse_profile("petrarch3"));
}

}  // namespace
}  // namespace dyad
