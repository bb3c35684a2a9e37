// Calendar periods of `dyad series`: labels and boundaries (ISO 8601 weeks).
#include <cstdio>
#include <string>

#include "dyad/store.h"

namespace dyad {

std::optional<Period> parse_period(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  if (name == "year") return Period::kYear;
  return std::nullopt;
}

std::optional<TopBy> parse_top_by(std::string_view name) {
  if (name == "dyad") return TopBy::kDyad;
  if (name == "actor") return TopBy::kActor;
  if (name == "code") return TopBy::kCode;
  if (name == "place") return TopBy::kPlace;
  return std::nullopt;
}

namespace {

// ISO week-numbering year and week of a day: the week belongs to the year of
// its Thursday.
std::pair<int, int> iso_week(const Date& d) {
  int64_t days = d.days_since_epoch();
  int64_t thursday = days - d.weekday() + 3;
  Date th = Date::from_days(thursday);
  int64_t jan1 = Date{th.year, 1, 1}.days_since_epoch();
  return {th.year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

}  // namespace

std::string period_label(const Date& d, Period p) {
  char buf[32];
  switch (p) {
    case Period::kDay: return d.iso();
    case Period::kWeek: {
      auto [y, w] = iso_week(d);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
      return buf;
    }
    case Period::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month); return buf;
    case Period::kYear: std::snprintf(buf, sizeof buf, "%04d", d.year); return buf;
  }
  return d.iso();
}

Date period_start(const Date& d, Period p) {
  switch (p) {
    case Period::kDay: return d;
    case Period::kWeek: return Date::from_days(d.days_since_epoch() - d.weekday());
    case Period::kMonth: return Date{d.year, d.month, 1};
    case Period::kYear: return Date{d.year, 1, 1};
  }
  return d;
}

Date next_period_start(const Date& start, Period p) {
  switch (p) {
    case Period::kDay: return Date::from_days(start.days_since_epoch() + 1);
    case Period::kWeek: return Date::from_days(start.days_since_epoch() + 7);
    case Period::kMonth: return start.month == 12 ? Date{start.year + 1, 1, 1} : Date{start.year, start.month + 1, 1};
    case Period::kYear: return Date{start.year + 1, 1, 1};
  }
  return start;
}

}  // namespace dyad
