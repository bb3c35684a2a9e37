// Names of the record's enumerations and the deterministic event id.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "dyad/event.h"

namespace dyad {
namespace {

TEST(EventId, IsStorySentencePosition) {
  EXPECT_EQ(make_event_id("AFP-20191111-0042", 3, 1), "AFP-20191111-0042:3:1");
  EXPECT_EQ(make_event_id("s", 0, 0), "s:0:0");
  EXPECT_EQ(make_event_id("s", 4294967295u, 12), "s:4294967295:12");
}

TEST(EventId, IsDeterministicAndDistinct) {
  // Same inputs -> same id, every time (no counter, no clock).
  EXPECT_EQ(make_event_id("story", 7, 2), make_event_id("story", 7, 2));
  std::set<std::string> ids;
  for (uint32_t s = 0; s < 20; ++s) {
    for (uint32_t p = 0; p < 20; ++p) ids.insert(make_event_id("story", s, p));
  }
  EXPECT_EQ(ids.size(), 400u);
}

TEST(EventNames, DatePrecision) {
  EXPECT_STREQ(date_precision_name(DatePrecision::kDay), "day");
  EXPECT_STREQ(date_precision_name(DatePrecision::kWeek), "week");
  EXPECT_STREQ(date_precision_name(DatePrecision::kMonth), "month");
  EXPECT_STREQ(date_precision_name(DatePrecision::kApprox), "approx");
  EXPECT_STREQ(date_precision_name(DatePrecision::kVague), "vague");
  EXPECT_STREQ(date_precision_name(DatePrecision::kUnknown), "unknown");
}

TEST(EventNames, Modality) {
  EXPECT_STREQ(modality_name(Modality::kAsserted), "asserted");
  EXPECT_STREQ(modality_name(Modality::kReported), "reported");
  EXPECT_STREQ(modality_name(Modality::kIntended), "intended");
  EXPECT_STREQ(modality_name(Modality::kHypothetical), "hypothetical");
  EXPECT_STREQ(modality_name(Modality::kDemanded), "demanded");
}

TEST(EventDefaults, SchemaVersionIsOne) {
  Event e;
  EXPECT_EQ(e.schema_version, 1);
  EXPECT_EQ(e.mentions, 1);
  EXPECT_EQ(e.date_precision, DatePrecision::kUnknown);
}

}  // namespace
}  // namespace dyad
