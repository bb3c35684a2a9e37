// Plain wire text: header, dateline, metadata lines, body spans, dates, ids.
#include <gtest/gtest.h>

#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

std::string_view piece(const Story& s, Span sp) {
  return std::string_view(s.text).substr(sp.begin, sp.size());
}

Story read_one(std::string_view text, std::string_view name = "story.txt",
               InputOptions opt = {}) {
  auto items = read_buffer(text, name, InputFormat::kText, opt);
  EXPECT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].error) << items[0].error->reason;
  return items[0].story.value_or(Story{});
}

constexpr std::string_view kWire =
    " date 2025-11-11 China and Canada talk\n"
    "\n"
    "Xinhua) 14:55, November 11, 2025\n"
    "\n"
    "BEIJING, Nov. 11 (Xinhua) -- The ministers spoke by phone on Tuesday.\n"
    "\n"
    "They agreed to meet again.\n"
    "\n"
    "(Web editor: A. Person)";

TEST(TextReader, HeaderGivesDateAndTitle) {
  Story s = read_one(kWire);
  EXPECT_EQ(s.id, "story");
  ASSERT_TRUE(s.date);
  EXPECT_EQ(s.date->iso(), "2025-11-11");
  EXPECT_EQ(s.title, "China and Canada talk");
  EXPECT_EQ(s.text, kWire);  // the whole file, byte for byte
}

TEST(TextReader, DatelineParsedAndKeptOutOfBody) {
  Story s = read_one(kWire);
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "BEIJING");
  EXPECT_EQ(s.dateline->date_text, "Nov. 11");
  EXPECT_EQ(s.dateline->agency, "Xinhua");
  ASSERT_TRUE(s.dateline->date);
  EXPECT_EQ(s.dateline->date->iso(), "2025-11-11");
  EXPECT_EQ(piece(s, s.dateline->span), "BEIJING, Nov. 11 (Xinhua) --");
  ASSERT_EQ(s.body.size(), 2u);
  EXPECT_EQ(piece(s, s.body[0]), "The ministers spoke by phone on Tuesday.");
  EXPECT_EQ(piece(s, s.body[1]), "They agreed to meet again.");
}

TEST(TextReader, HeaderAgencyLineAndTrailerAreMetadata) {
  Story s = read_one(kWire);
  ASSERT_EQ(s.metadata.size(), 3u);
  EXPECT_EQ(piece(s, s.metadata[0]), "date 2025-11-11 China and Canada talk");
  EXPECT_EQ(piece(s, s.metadata[1]), "Xinhua) 14:55, November 11, 2025");
  EXPECT_EQ(piece(s, s.metadata[2]), "(Web editor: A. Person)");
}

TEST(TextReader, DatelineWithRegionAndTime) {
  Story s = read_one("GYEONGJU, South Korea, Oct. 31 (Xinhua) 14:55, Leaders met.\n", "a.txt",
                     InputOptions{InputFormat::kAuto, Date{2025, 11, 1}});
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "GYEONGJU, South Korea");
  EXPECT_EQ(s.dateline->date_text, "Oct. 31");
  EXPECT_EQ(s.dateline->time, "14:55");
  EXPECT_EQ(s.dateline->agency, "Xinhua");
  ASSERT_TRUE(s.date);
  EXPECT_EQ(s.date->iso(), "2025-10-31");  // year from --date, day from the dateline
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(piece(s, s.body[0]), "Leaders met.");
}

TEST(TextReader, ReutersStyleDatelineWithSingleDash) {
  Story s = read_one("WASHINGTON, March 3 (Reuters) - Talks resumed.");
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "WASHINGTON");
  EXPECT_EQ(s.dateline->date_text, "March 3");
  EXPECT_EQ(s.dateline->agency, "Reuters");
  EXPECT_FALSE(s.dateline->date);  // no year known anywhere
  EXPECT_EQ(piece(s, s.body[0]), "Talks resumed.");
}

TEST(TextReader, DatelineYearNearestTheContextDate) {
  InputOptions opt;
  opt.default_date = Date{2026, 1, 2};
  Story s = read_one("LONDON, Dec. 31 (AP) -- Fireworks.", "x.txt", opt);
  ASSERT_TRUE(s.dateline && s.dateline->date);
  EXPECT_EQ(s.dateline->date->iso(), "2025-12-31");
}

TEST(TextReader, OrdinarySentenceIsNotADateline) {
  Story s = read_one("Washington, March 3 was a quiet day.");
  EXPECT_FALSE(s.dateline);
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(s.body[0].begin, 0u);
}

TEST(TextReader, WrappedParagraphIsOneSpan) {
  Story s = read_one("First line of a\nwrapped paragraph.\n\nSecond.\n");
  ASSERT_EQ(s.body.size(), 2u);
  EXPECT_EQ(piece(s, s.body[0]), "First line of a\nwrapped paragraph.");
  EXPECT_EQ(piece(s, s.body[1]), "Second.");
}

TEST(TextReader, NoDateAnywhereWarns) {
  Story s = read_one("Just a sentence.");
  EXPECT_FALSE(s.date);
  ASSERT_FALSE(s.warnings.empty());
  EXPECT_NE(s.warnings[0].find("no date"), std::string::npos);
}

TEST(TextReader, DefaultDateUsedWhenStoryHasNone) {
  InputOptions opt;
  opt.default_date = Date{2024, 2, 29};
  Story s = read_one("Just a sentence.", "x.txt", opt);
  ASSERT_TRUE(s.date);
  EXPECT_EQ(s.date->iso(), "2024-02-29");
  EXPECT_TRUE(s.warnings.empty());
}

TEST(TextReader, IdIsFileNameWithoutExtensions) {
  EXPECT_EQ(read_one("x", "dir/sub/2025-10-31-gyeongju.txt").id, "2025-10-31-gyeongju");
  EXPECT_EQ(read_one("x", "dir/a.b.txt.gz").id, "a.b");
}

TEST(TextReader, StdinTextGetsContentHashId) {
  Story a = read_one("Some text.", "-");
  Story b = read_one("Some text.", "");
  Story c = read_one("Other text.", "-");
  EXPECT_EQ(a.id.rfind("fnv-", 0), 0u);
  EXPECT_EQ(a.id.size(), 20u);
  EXPECT_EQ(a.id, b.id);
  EXPECT_NE(a.id, c.id);
}

TEST(TextReader, CrlfLinesKeepOffsetsIntoTheFile) {
  Story s = read_one("date 2025-01-02 T\r\n\r\nBody here.\r\n");
  ASSERT_TRUE(s.date);
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(piece(s, s.body[0]), "Body here.");
  EXPECT_EQ(s.title, "T");
}

TEST(TextReader, InvalidUtf8IsARecordError) {
  auto items = read_buffer("good line\nbad \xC3\x28 byte\n", "bad.txt", InputFormat::kText, {});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->file, "bad.txt");
  EXPECT_EQ(items[0].error->line, 2u);
  EXPECT_EQ(items[0].error->record_id, "bad");
  EXPECT_NE(items[0].error->reason.find("invalid UTF-8"), std::string::npos);
}

TEST(TextReader, NulByteIsARecordError) {
  auto items = read_buffer(std::string_view("a\0b", 3), "n.txt", InputFormat::kText, {});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("NUL"), std::string::npos);
}

TEST(TextReader, EmptyFileIsAStoryWithNoBody) {
  Story s = read_one("", "empty.txt");
  EXPECT_EQ(s.id, "empty");
  EXPECT_TRUE(s.body.empty());
}

TEST(TextReader, LineOverLimitIsARecordError) {
  InputOptions opt;
  opt.max_line_bytes = 1000;
  auto items = read_buffer(std::string(5000, 'a'), "long.txt", InputFormat::kText, opt);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("longer than"), std::string::npos);
}

TEST(TextReader, TenMegabyteLineReadsWithDefaultLimit) {
  std::string big(10u << 20, 'x');
  Story s = read_one(big, "big.txt");
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(s.body[0].size(), big.size());
}

}  // namespace
}  // namespace dyad
