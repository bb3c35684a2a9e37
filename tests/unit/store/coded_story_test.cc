// Coded-story lines round-trip exactly, and the reader merges shard files
// back into input order and refuses files that are not in order.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/coded_story.h"

namespace dyad {
namespace {

CodedStory sample(uint64_t seq) {
  CodedStory c;
  c.seq = seq;
  Story& s = c.story;
  s.id = "story-" + std::to_string(seq);
  s.date = Date{2025, 11, 11};
  s.title = "Talks";
  s.source = "Xinhua";
  s.url = "https://example.org/a";
  s.text = "BEIJING, Nov. 11 (Xinhua) -- China and Canada held talks.";
  s.body = {Span{29, 57}};
  s.metadata = {Span{0, 28}};
  s.dateline = Dateline{"BEIJING", "Nov. 11", Date{2025, 11, 11}, "Xinhua", "", Span{0, 28}};
  s.extra_json = R"({"zeta":1,"alpha":"x"})";   // key order must survive
  s.origin = "in.jsonl";
  s.line = seq + 1;
  c.sentences = {StoredSentence{0, TextBase::kText, Span{29, 57}}};
  Event e;
  e.id = s.id + ":0:0";
  e.story_id = s.id;
  e.date = s.date;
  e.source = "CHN";
  e.target = "CAN";
  e.code = "040";
  e.root = "04";
  e.verb_text = "held talks";
  e.evidence = {Evidence{0, TextBase::kText, {Span{29, 34}, Span{45, 55}}}};
  e.dict_version = "d1";
  e.coder_version = "c1";
  c.events = {e};
  c.dict_version = "d1";
  c.coder_version = "c1";
  return c;
}

std::string write_file(const std::string& name, const std::vector<std::string>& lines) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const std::string& l : lines) out << l << '\n';
  return path;
}

TEST(CodedStory, RoundTripIsExact) {
  CodedStory c = sample(7);
  std::string line = coded_story_to_json(c);
  auto back = coded_story_from_json(line);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  EXPECT_EQ(coded_story_to_json(*back), line);
  EXPECT_EQ(back->seq, 7u);
  EXPECT_EQ(back->story.extra_json, c.story.extra_json);
  EXPECT_EQ(back->story.body, c.story.body);
  EXPECT_EQ(back->story.dateline->place, "BEIJING");
  EXPECT_EQ(back->story.line, 8u);
  ASSERT_EQ(back->events.size(), 1u);
  EXPECT_EQ(event_to_json(back->events[0]), event_to_json(c.events[0]));
  ASSERT_EQ(back->sentences.size(), 1u);
  EXPECT_EQ(back->sentences[0].span, (Span{29, 57}));
}

TEST(CodedStory, UndatedStoryStaysUndated) {
  CodedStory c = sample(0);
  c.story.date.reset();
  auto back = coded_story_from_json(coded_story_to_json(c));
  ASSERT_TRUE(back.ok());
  EXPECT_FALSE(back->story.date.has_value());
}

TEST(CodedStory, NotACodedStoryIsAnError) {
  EXPECT_FALSE(coded_story_from_json(R"({"id":"x","text":"a story, not a coded one"})").ok());
  EXPECT_FALSE(coded_story_from_json("[1,2]").ok());
}

TEST(CodedStoryReader, MergesShardFilesInInputOrder) {
  auto a = write_file("coded_a.jsonl", {coded_story_to_json(sample(0)), coded_story_to_json(sample(2)),
                                        coded_story_to_json(sample(5))});
  auto b = write_file("coded_b.jsonl", {coded_story_to_json(sample(1)), "", coded_story_to_json(sample(3)),
                                        coded_story_to_json(sample(4))});
  auto empty = write_file("coded_empty.jsonl", {});
  auto r = CodedStoryReader::open({b, empty, a});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  std::vector<uint64_t> seqs;
  CodedStory c;
  while (true) {
    auto more = (*r)->next(&c);
    ASSERT_TRUE(more.ok()) << more.status().to_string();
    if (!*more) break;
    seqs.push_back(c.seq);
    EXPECT_EQ(c.story.id, "story-" + std::to_string(c.seq));
  }
  EXPECT_EQ(seqs, (std::vector<uint64_t>{0, 1, 2, 3, 4, 5}));
}

TEST(CodedStoryReader, RefusesAFileOutOfOrder) {
  auto f = write_file("coded_rev.jsonl", {coded_story_to_json(sample(4)), coded_story_to_json(sample(1))});
  auto r = CodedStoryReader::open({f});
  ASSERT_TRUE(r.ok());
  CodedStory c;
  ASSERT_TRUE((*r)->next(&c).ok());
  auto more = (*r)->next(&c);
  ASSERT_FALSE(more.ok());
  EXPECT_NE(more.status().message().find("coded_rev.jsonl:2: sequence numbers not ascending"), std::string::npos)
      << more.status().message();
}

TEST(CodedStoryReader, NamesFileAndLineOfABadLine) {
  auto f = write_file("coded_bad.jsonl", {coded_story_to_json(sample(0)), "{not json"});
  auto r = CodedStoryReader::open({f});
  ASSERT_TRUE(r.ok());
  CodedStory c;
  auto first = (*r)->next(&c);
  ASSERT_TRUE(first.ok() && *first);   // the good line still comes out
  auto second = (*r)->next(&c);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("coded_bad.jsonl:2:"), std::string::npos) << second.status().message();
  EXPECT_FALSE(CodedStoryReader::open({testing::TempDir() + "/no-such-file.jsonl"}).ok());
}

}  // namespace
}  // namespace dyad
