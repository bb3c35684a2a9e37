// The bundled examples/ read cleanly, one story per record, in every format.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

TEST(Examples, EveryFormatReadsWithoutErrors) {
  auto r = open_inputs({DYAD_SOURCE_DIR "/examples"}, {});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  std::map<std::string, Story> by_id;
  ReadItem item;
  while ((*r)->next(&item)) {
    ASSERT_FALSE(item.error) << item.error->file << ": " << item.error->reason;
    EXPECT_TRUE(item.notes.empty());
    EXPECT_TRUE(item.story->warnings.empty()) << item.story->id << ": " << item.story->warnings[0];
    EXPECT_FALSE(item.story->body.empty()) << item.story->id;
    by_id.emplace(item.story->id, std::move(*item.story));
  }
  EXPECT_EQ(by_id.size(), 10u);
  const Story& wire = by_id.at("2025-10-31-gyeongju-xi-carney");
  EXPECT_EQ(wire.date->iso(), "2025-10-31");
  ASSERT_TRUE(wire.dateline);
  EXPECT_EQ(wire.dateline->place, "GYEONGJU, South Korea");
  EXPECT_EQ(wire.dateline->date->iso(), "2025-10-31");
  EXPECT_EQ(wire.metadata.size(), 2u);  // header and editor trailer
  EXPECT_EQ(by_id.at("EXAMPLE-TAB-CANCHN-01").date->iso(), "2025-10-31");
  EXPECT_EQ(by_id.at("EXAMPLE-UKR-01").date->iso(), "2025-04-13");
  EXPECT_EQ(by_id.at("example-2025-04-13-sumy-strike").dateline->place, "SUMY, Ukraine");
  EXPECT_EQ(by_id.at("example-2025-02-24-eu-sanctions").extra_json, R"({"topics":["sanctions"]})");
}

}  // namespace
}  // namespace dyad
