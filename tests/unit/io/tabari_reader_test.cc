// TABARI text records: headers, dates, comments, blocks, bad records.
#include <gtest/gtest.h>

#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

std::vector<ReadItem> read(std::string_view bytes, InputOptions opt = {}) {
  return read_buffer(bytes, "v.text", InputFormat::kTabari, opt);
}

std::string_view piece(const Story& s, Span sp) {
  return std::string_view(s.text).substr(sp.begin, sp.size());
}

constexpr std::string_view kRecords =
    "####################\n"
    "#  a comment block  \n"
    "\n"
    "950101  DEMO-01 anything here\n"
    "Arnor is about to restore ties with Gondor almost \n"
    "five years later. \n"
    "/*\\n---------- \n"
    "\\n{ ARN / GON / 064 } */    \n"
    "\n"
    "\n"
    "20150607 YYYY-01\n"
    "Gondor /* inline */ thanked Arnor.\n"
    "   \n"
    "300101 Y2K-30\n"
    "Text.\n"
    "\n"
    "310101 Y19-31\n"
    "Text.\n";

TEST(TabariReader, RecordsAreReadCommentBlocksSkipped) {
  auto items = read(kRecords);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].story->id, "DEMO-01");
  EXPECT_EQ(items[1].story->id, "YYYY-01");
  EXPECT_EQ(items[2].story->id, "Y2K-30");
  EXPECT_EQ(items[3].story->id, "Y19-31");
  EXPECT_EQ(items[0].story->line, 4u);
  EXPECT_EQ(items[1].story->line, 11u);
}

TEST(TabariReader, Dates) {
  auto items = read(kRecords);
  EXPECT_EQ(items[0].story->date->iso(), "1995-01-01");
  EXPECT_EQ(items[1].story->date->iso(), "2015-06-07");
  EXPECT_EQ(items[2].story->date->iso(), "2030-01-01");  // 00-30 -> 20YY
  EXPECT_EQ(items[3].story->date->iso(), "1931-01-01");
}

TEST(TabariReader, TextIsLinesJoinedBodySkipsComments) {
  auto items = read(kRecords);
  const Story& s = *items[0].story;
  EXPECT_EQ(s.text,
            "Arnor is about to restore ties with Gondor almost \n"
            "five years later. \n"
            "/*\\n---------- \n"
            "\\n{ ARN / GON / 064 } */    ");
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(piece(s, s.body[0]), "Arnor is about to restore ties with Gondor almost \nfive years later.");
  const Story& t = *items[1].story;
  ASSERT_EQ(t.body.size(), 1u);
  EXPECT_EQ(piece(t, t.body[0]), "Gondor");  // the rest of a record after "/*" is annotation
}

TEST(TabariReader, BadDateKeepsRecordWithWarning) {
  auto items = read("9501201  ODD-01\nSome text.\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].story);
  EXPECT_FALSE(items[0].story->date);
  EXPECT_NE(items[0].story->warnings[0].find("9501201"), std::string::npos);
}

TEST(TabariReader, DuplicateIdsGetSuffix) {
  auto items = read("950101 A\nx\n\n950101 A\ny\n\n950101 A\nz\n");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].story->id, "A#2");
  EXPECT_EQ(items[2].story->id, "A#3");
}

TEST(TabariReader, MissingIdGetsContentHash) {
  auto items = read("950101\nText only.\n");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->id.rfind("fnv-", 0), 0u);
}

TEST(TabariReader, DigitLineInsideARecordIsText) {
  auto items = read("950101 A\nThe figure was\n50,000 tonnes.\n");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].story->text, "The figure was\n50,000 tonnes.");
}

TEST(TabariReader, InvalidUtf8IsAnErrorForThatRecord) {
  auto items = read("950101 A\nbad \xFF\n\n950101 B\nok\n");
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->record_id, "A");
  EXPECT_EQ(items[0].error->line, 1u);
  EXPECT_TRUE(items[1].story);
}

TEST(TabariReader, OverlongLineIsAnErrorForThatRecord) {
  InputOptions opt;
  opt.max_line_bytes = 100;
  std::string in = "950101 A\n" + std::string(500, 'w') + "\n\n950101 B\nok\n";
  auto items = read(in, opt);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("longer than"), std::string::npos);
  EXPECT_TRUE(items[1].story);
}

TEST(TabariReader, TextAfterTheCommentIsNotBody) {
  auto items = read("950101 A\nStory text.\n/* { A / B / 064 } */\n{ B / A / 064 } */\nmore\n");
  ASSERT_EQ(items[0].story->body.size(), 1u);
  EXPECT_EQ(piece(*items[0].story, items[0].story->body[0]), "Story text.");
}

TEST(TabariReader, UnclosedCommentWarns) {
  auto items = read("950101 A\nText /* never closed\n");
  ASSERT_TRUE(items[0].story);
  ASSERT_EQ(items[0].story->body.size(), 1u);
  EXPECT_FALSE(items[0].story->warnings.empty());
}

TEST(TabariReader, OnlyCommentsGivesNothing) {
  EXPECT_TRUE(read("# just\n# comments\n\nand prose\n").empty());
}

}  // namespace
}  // namespace dyad
