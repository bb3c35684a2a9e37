// Sinks chosen by name: order of output, header, errors from bad streams.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "dyad/sink.h"

namespace dyad {
namespace {

Event event_at(const std::string& story, uint32_t sentence, uint32_t position) {
  Event e;
  e.id = make_event_id(story, sentence, position);
  e.story_id = story;
  e.sentence = sentence;
  e.code = "042";
  return e;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A stream buffer that refuses every write, like a full disk or closed pipe.
class FailingBuf : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST(Sink, NamesAreJsonlTsvTableAndTheExportFormats) {
  std::vector<std::string_view> names = sink_names();
  EXPECT_EQ(names, (std::vector<std::string_view>{"jsonl", "tsv", "table", "phoenix", "gdelt", "plover", "csv"}));
}

TEST(Sink, UnknownNameListsValidNames) {
  std::ostringstream out;
  auto sink = make_sink("xml", out);
  ASSERT_FALSE(sink.ok());
  EXPECT_EQ(sink.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(sink.status().message().find("xml"), std::string::npos);
  EXPECT_NE(sink.status().message().find("phoenix"), std::string::npos);
  EXPECT_NE(sink.status().message().find("jsonl"), std::string::npos);
  EXPECT_NE(sink.status().message().find("tsv"), std::string::npos);
}

TEST(Sink, JsonlWritesStoriesThenEventsInOrder) {
  std::ostringstream out;
  auto sink = make_sink("jsonl", out);
  ASSERT_TRUE(sink.ok());
  StoryResult a{0, nullptr, {event_at("a", 0, 0), event_at("a", 0, 1), event_at("a", 3, 0)}};
  StoryResult empty{1, nullptr, {}};
  StoryResult b{2, nullptr, {event_at("b", 1, 0)}};
  ASSERT_TRUE((*sink)->write(a).ok());
  ASSERT_TRUE((*sink)->write(empty).ok());
  ASSERT_TRUE((*sink)->write(b).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  std::vector<std::string> lines = lines_of(out.str());
  ASSERT_EQ(lines.size(), 4u);
  std::vector<std::string> ids;
  for (const std::string& l : lines) ids.push_back(nlohmann::json::parse(l)["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"a:0:0", "a:0:1", "a:3:0", "b:1:0"}));
  EXPECT_EQ(out.str().back(), '\n');
}

TEST(Sink, JsonlLinesEqualEventToJson) {
  std::ostringstream out;
  auto sink = make_sink("jsonl", out);
  Event e = event_at("x", 1, 2);
  ASSERT_TRUE((*sink)->write(StoryResult{0, nullptr, {e}}).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(out.str(), event_to_json(e) + "\n");
}

TEST(Sink, ManyEventsCrossTheBufferBoundaryIntact) {
  std::ostringstream out;
  auto sink = make_sink("jsonl", out);
  StoryResult r{0, nullptr, {}};
  for (uint32_t i = 0; i < 2000; ++i) r.events.push_back(event_at("big", i, 0));
  ASSERT_TRUE((*sink)->write(r).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  std::vector<std::string> lines = lines_of(out.str());
  ASSERT_EQ(lines.size(), 2000u);
  for (uint32_t i = 0; i < 2000; ++i) EXPECT_EQ(lines[i], event_to_json(r.events[i]));
}

TEST(Sink, TsvWritesHeaderThenRows) {
  std::ostringstream out;
  auto sink = make_sink("tsv", out);
  ASSERT_TRUE(sink.ok());
  Event e1 = event_at("a", 0, 0), e2 = event_at("b", 0, 0);
  ASSERT_TRUE((*sink)->write(StoryResult{0, nullptr, {e1}}).ok());
  ASSERT_TRUE((*sink)->write(StoryResult{1, nullptr, {e2}}).ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(out.str(), tsv_header() + "\n" + event_to_tsv(e1) + "\n" + event_to_tsv(e2) + "\n");
}

TEST(Sink, TsvWithNoEventsStillHasHeader) {
  std::ostringstream out;
  auto sink = make_sink("tsv", out);
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(out.str(), tsv_header() + "\n");
}

TEST(Sink, OutOfOrderStoryIsRejected) {
  std::ostringstream out;
  auto sink = make_sink("jsonl", out);
  ASSERT_TRUE((*sink)->write(StoryResult{5, nullptr, {event_at("a", 0, 0)}}).ok());
  Status s = (*sink)->write(StoryResult{4, nullptr, {event_at("b", 0, 0)}});
  EXPECT_FALSE(s.ok());
  ASSERT_TRUE((*sink)->finish().ok());
  EXPECT_EQ(lines_of(out.str()).size(), 1u) << "the out-of-order story must not be written";
}

// An event every format writes (PLOVER, for one, skips codes it has no type for).
Event cameo_event_at(const std::string& story, uint32_t sentence, uint32_t position) {
  Event e = event_at(story, sentence, position);
  e.source = "CHNGOV";
  e.target = "CANGOV";
  e.root = "04";
  e.codebook = "cameo";
  return e;
}

TEST(Sink, WriteFailureIsReportedAndSticky) {
  for (std::string_view name : sink_names()) {
    FailingBuf buf;
    std::ostream out(&buf);
    auto sink = make_sink(name, out);
    ASSERT_TRUE(sink.ok());
    // Small writes are buffered; finish() must surface the failure.
    Status w = (*sink)->write(StoryResult{0, nullptr, {cameo_event_at("a", 0, 0)}});
    Status f = (*sink)->finish();
    EXPECT_FALSE(f.ok()) << name;
    EXPECT_EQ(f.code(), ErrorCode::kIoError) << name;
    EXPECT_FALSE((*sink)->write(StoryResult{1, nullptr, {cameo_event_at("b", 0, 0)}}).ok()) << name;
    (void)w;
  }
}

TEST(Sink, WriteFailureOnLargeOutputSurfacesFromWrite) {
  FailingBuf buf;
  std::ostream out(&buf);
  auto sink = make_sink("jsonl", out);
  StoryResult r{0, nullptr, {}};
  for (uint32_t i = 0; i < 2000; ++i) r.events.push_back(event_at("big", i, 0));   // > 64 KiB
  Status s = (*sink)->write(r);
  EXPECT_EQ(s.code(), ErrorCode::kIoError);
}

TEST(Sink, StreamWithoutBufferFails) {
  std::ostream out(nullptr);
  auto sink = make_sink("tsv", out);
  EXPECT_EQ((*sink)->finish().code(), ErrorCode::kIoError);
}

}  // namespace
}  // namespace dyad
