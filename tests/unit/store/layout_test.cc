// The story layout has two writers: layout_to_json (a JSON object, embedded
// in coded-story files) and layout_json (the text the store keeps, written by
// hand because ingest calls it once per story). They must say the same thing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

// Why the path: src/ is private to the library; this internal header is tested directly.
#include "../../../src/store/layout.h"

namespace dyad {
namespace {

Story with_layout(bool dateline, bool dated) {
  Story s;
  s.id = "x";
  s.text = "BEIJING, Jan 1 (Xinhua) -- Talks.";
  s.body = {Span{27, 33}, Span{34, 34}};
  s.metadata = {Span{0, 26}};
  if (dateline) {
    Dateline d;
    d.place = "BEIJING \"north\" \\ \xff\x01";   // quote, backslash, a byte that is not UTF-8, a control
    d.date_text = "Jan 1";
    if (dated) d.date = Date{2020, 1, 1};
    d.agency = "Xinhua";
    d.time = "10:00";
    d.span = Span{0, 26};
    s.dateline = d;
  }
  s.origin = "wire \"a\".txt";
  s.line = 42;
  return s;
}

TEST(Layout, HandWrittenTextEqualsTheJsonObject) {
  for (bool dateline : {false, true}) {
    for (bool dated : {false, true}) {
      Story s = with_layout(dateline, dated);
      auto parsed = nlohmann::json::parse(store::layout_json(s), nullptr, /*allow_exceptions=*/false);
      ASSERT_FALSE(parsed.is_discarded()) << store::layout_json(s);
      // The object's invalid byte becomes U+FFFD when dumped, as the text's does.
      auto object = nlohmann::json::parse(
          store::layout_to_json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      EXPECT_EQ(parsed, object) << "dateline " << dateline << " dated " << dated;
    }
  }
}

TEST(Layout, TextRestoresTheStory) {
  Story s = with_layout(true, true);
  Story back;
  store::restore_layout(store::layout_json(s), &back);
  ASSERT_EQ(back.body.size(), 2u);
  EXPECT_EQ(back.body[1].begin, 34u);
  ASSERT_TRUE(back.dateline.has_value());
  EXPECT_EQ(back.dateline->time, "10:00");
  EXPECT_EQ(back.origin, "wire \"a\".txt");
  EXPECT_EQ(back.line, 42u);
}

}  // namespace
}  // namespace dyad
