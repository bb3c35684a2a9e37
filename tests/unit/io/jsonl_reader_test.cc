// JSON Lines: fields, aliases, extra fields, and one error per bad record.
#include <gtest/gtest.h>

#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

std::vector<ReadItem> read(std::string_view bytes, InputOptions opt = {}) {
  return read_buffer(bytes, "in.jsonl", InputFormat::kJsonl, opt);
}

TEST(JsonlReader, KnownFieldsAndExtraJson) {
  auto items = read(
      R"({"id":"s1","date":"2025-10-30","title":"T","text":"Leaders met.","source":"Wire",)"
      R"("url":"https://e.org/1","topics":["a","b"],"n":3})" "\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].story);
  const Story& s = *items[0].story;
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.date->iso(), "2025-10-30");
  EXPECT_EQ(s.title, "T");
  EXPECT_EQ(s.text, "Leaders met.");
  EXPECT_EQ(s.source, "Wire");
  EXPECT_EQ(s.url, "https://e.org/1");
  EXPECT_EQ(s.extra_json, R"({"topics":["a","b"],"n":3})");
  ASSERT_EQ(s.body.size(), 1u);
  EXPECT_EQ(s.body[0], (Span{0, 12}));
  EXPECT_EQ(s.origin, "in.jsonl");
  EXPECT_EQ(s.line, 1u);
  EXPECT_TRUE(s.warnings.empty());
}

TEST(JsonlReader, NoExtraFieldsGivesEmptyObject) {
  auto items = read(R"({"id":"a","date":null,"text":"x"})");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->extra_json, "{}");
}

TEST(JsonlReader, TextAliases) {
  auto items = read(R"({"id":"a","event_text":"one"})" "\n" R"({"id":"b","story":"two"})");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].story->text, "one");
  EXPECT_EQ(items[1].story->text, "two");
}

TEST(JsonlReader, UnicodeEscapesAreDecoded) {
  auto items = read(R"({"id":"u","text":"Ça va \u2014 oui"})");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->text, "\xC3\x87" "a va \xE2\x80\x94 oui");
}

TEST(JsonlReader, MissingIdGetsContentHashAndWarning) {
  auto items = read(R"({"text":"Leaders met."})");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->id.rfind("fnv-", 0), 0u);
  ASSERT_FALSE(items[0].story->warnings.empty());
  EXPECT_NE(items[0].story->warnings[0].find("no id"), std::string::npos);
}

TEST(JsonlReader, NumericIdIsAccepted) {
  auto items = read(R"({"id":42,"text":"x"})");
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->id, "42");
}

TEST(JsonlReader, BadDateKeepsStoryWithWarning) {
  auto items = read(R"({"id":"d","date":"yesterday","text":"x"})");
  ASSERT_TRUE(items[0].story);
  EXPECT_FALSE(items[0].story->date);
  ASSERT_FALSE(items[0].story->warnings.empty());
  EXPECT_NE(items[0].story->warnings[0].find("yesterday"), std::string::npos);
}

TEST(JsonlReader, BadDateFallsBackToDefaultDate) {
  InputOptions opt;
  opt.default_date = Date{2020, 5, 1};
  auto items = read(R"({"id":"d","date":"2020-13-45","text":"x"})", opt);
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->date->iso(), "2020-05-01");
}

TEST(JsonlReader, WrongTypesAreRecordErrorsAndOthersSurvive) {
  auto items = read(
      R"({"id":"t1","text":5})" "\n"
      R"({"id":[],"text":"x"})" "\n"
      R"({"id":"t3","date":7,"text":"x"})" "\n"
      R"({"id":"t4","title":{},"text":"x"})" "\n"
      R"({"id":"ok","text":"fine"})" "\n");
  ASSERT_EQ(items.size(), 5u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->record_id, "t1");
  EXPECT_EQ(items[0].error->line, 1u);
  EXPECT_NE(items[0].error->reason.find("\"text\" is a number"), std::string::npos);
  ASSERT_TRUE(items[1].error);
  EXPECT_NE(items[1].error->reason.find("\"id\" is an array"), std::string::npos);
  ASSERT_TRUE(items[2].error);
  EXPECT_EQ(items[2].error->record_id, "t3");
  ASSERT_TRUE(items[3].error);
  ASSERT_TRUE(items[4].story);
  EXPECT_EQ(items[4].story->id, "ok");
  EXPECT_EQ(items[4].seq, 4u);
}

TEST(JsonlReader, TruncatedJsonIsAnErrorForThatLineOnly) {
  auto items = read(R"({"id":"a","text":"x"})" "\n" R"({"id":"b","text":"trunc)" "\n"
                    R"({"id":"c","text":"y"})");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].story);
  ASSERT_TRUE(items[1].error);
  EXPECT_EQ(items[1].error->file, "in.jsonl");
  EXPECT_EQ(items[1].error->line, 2u);
  EXPECT_NE(items[1].error->reason.find("invalid JSON"), std::string::npos);
  EXPECT_TRUE(items[2].story);
}

TEST(JsonlReader, NonObjectRecordIsAnError) {
  auto items = read("[1,2]\n");
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("array"), std::string::npos);
}

TEST(JsonlReader, MissingTextIsAnError) {
  auto items = read(R"({"id":"a","title":"only"})");
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->record_id, "a");
}

TEST(JsonlReader, EmptyTextIsAStoryWithoutBody) {
  auto items = read(R"({"id":"a","title":"HEADLINE ONLY","text":""})");
  ASSERT_TRUE(items[0].story);
  EXPECT_TRUE(items[0].story->body.empty());
}

TEST(JsonlReader, InvalidUtf8IsAnError) {
  auto items = read("{\"id\":\"a\",\"text\":\"bad \xFF byte\"}\n{\"id\":\"b\",\"text\":\"ok\"}");
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_NE(items[0].error->reason.find("UTF"), std::string::npos);
  EXPECT_TRUE(items[1].story);
}

TEST(JsonlReader, NulBytesAreErrors) {
  std::string input = "{\"id\":\"a\",\"text\":\"x";
  input.push_back('\0');
  input += "y\"}\n{\"id\":\"b\",\"text\":\"x\\u0000y\"}";
  auto items = read(input);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].error);
  ASSERT_TRUE(items[1].error);
  EXPECT_EQ(items[1].error->record_id, "b");
}

TEST(JsonlReader, BlankLinesAreSkippedAndLineNumbersKept) {
  auto items = read("\n  \n" R"({"id":"a","text":"x"})" "\r\n\n" R"({"id":"b","text":"y"})");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].story->line, 3u);
  EXPECT_EQ(items[1].story->line, 5u);
}

TEST(JsonlReader, OverlongLineIsAnErrorAndReadingContinues) {
  InputOptions opt;
  opt.max_line_bytes = 1 << 20;
  std::string big = R"({"id":"big","text":")" + std::string(10u << 20, 'x') + "\"}\n";
  std::string input = big + R"({"id":"after","text":"y"})";
  auto items = read(input, opt);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].error);
  EXPECT_EQ(items[0].error->line, 1u);
  EXPECT_NE(items[0].error->reason.find("longer than"), std::string::npos);
  ASSERT_TRUE(items[1].story);
  EXPECT_EQ(items[1].story->line, 2u);
}

TEST(JsonlReader, TenMegabyteLineReadsWithDefaultLimit) {
  std::string big = R"({"id":"big","text":")" + std::string(10u << 20, 'x') + "\"}";
  auto items = read(big);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].story);
  EXPECT_EQ(items[0].story->text.size(), 10u << 20);
}

TEST(JsonlReader, DatelineFieldIsParsed) {
  auto items = read(
      R"({"id":"r","date":"1987-02-26","text":"x","dateline":"PORTLAND, Ore., Feb 26 -"})" "\n"
      R"({"id":"w","date":"2019-01-04","text":"x","dateline":"Friday, January 4, 2019"})" "\n"
      R"({"id":"z","text":"x","dateline":"somewhere odd"})");
  ASSERT_EQ(items.size(), 3u);
  const Story& r = *items[0].story;
  ASSERT_TRUE(r.dateline);
  EXPECT_EQ(r.dateline->place, "PORTLAND, Ore.");
  EXPECT_EQ(r.dateline->date->iso(), "1987-02-26");
  EXPECT_TRUE(r.dateline->span.empty());
  const Story& w = *items[1].story;
  ASSERT_TRUE(w.dateline);
  EXPECT_EQ(w.dateline->place, "");
  EXPECT_EQ(w.dateline->date->iso(), "2019-01-04");
  const Story& z = *items[2].story;
  EXPECT_FALSE(z.dateline);
  EXPECT_EQ(z.extra_json, R"({"dateline":"somewhere odd"})");
}

TEST(JsonlReader, EmptyInputGivesNothing) {
  EXPECT_TRUE(read("").empty());
}

}  // namespace
}  // namespace dyad
