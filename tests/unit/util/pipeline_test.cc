#include "dyad/pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

// A reader that yields `n` stories with ids "s0", "s1", ... and counts how many
// items were handed out before the consumer caught up.
class CountingReader : public StoryReader {
 public:
  explicit CountingReader(uint64_t n) : n_(n) {}
  bool next(ReadItem* item) override {
    if (i_ == n_) return false;
    item->seq = i_;
    item->story.emplace();
    item->story->id = "s" + std::to_string(i_);
    ++i_;
    return true;
  }
  uint64_t read() const { return i_; }

 private:
  uint64_t n_;
  std::atomic<uint64_t> i_{0};
};

std::vector<uint64_t> run(unsigned threads, uint64_t n, size_t window = 0) {
  CountingReader reader(n);
  std::vector<uint64_t> written;
  PipelineOptions opt;
  opt.threads = threads;
  opt.window = window;
  Status s = run_ordered<uint64_t>(
      reader, opt,
      [](ReadItem&& item) {
        // Uneven work so that later items often finish first.
        if (item.seq % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
        return item.seq;
      },
      [&](uint64_t&& seq) {
        written.push_back(seq);
        return Status::Ok();
      });
  EXPECT_TRUE(s.ok());
  return written;
}

TEST(Pipeline, WritesInInputOrderWhateverTheThreadCount) {
  for (unsigned threads : {1u, 2u, 4u, 8u}) {
    auto w = run(threads, 500);
    ASSERT_EQ(w.size(), 500u) << threads;
    for (uint64_t i = 0; i < w.size(); ++i) ASSERT_EQ(w[i], i) << "threads " << threads;
  }
}

// One thread: inline by default; with overlap_emit, work runs on a thread of
// its own while the caller emits, in the same order.
TEST(Pipeline, OverlapEmitWorksOnAnotherThreadInOrder) {
  for (bool overlap : {false, true}) {
    CountingReader reader(300);
    PipelineOptions opt;
    opt.threads = 1;
    opt.overlap_emit = overlap;
    const auto caller = std::this_thread::get_id();
    std::atomic<int> on_caller{0}, elsewhere{0};
    std::vector<uint64_t> written;
    Status s = run_ordered<uint64_t>(
        reader, opt,
        [&](ReadItem&& item) {
          (std::this_thread::get_id() == caller ? on_caller : elsewhere)++;
          return item.seq;
        },
        [&](uint64_t&& seq) {
          EXPECT_EQ(std::this_thread::get_id(), caller);
          written.push_back(seq);
          return Status::Ok();
        });
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(written.size(), 300u);
    for (uint64_t i = 0; i < written.size(); ++i) ASSERT_EQ(written[i], i);
    EXPECT_EQ(on_caller.load(), overlap ? 0 : 300) << "overlap " << overlap;
    EXPECT_EQ(elsewhere.load(), overlap ? 300 : 0) << "overlap " << overlap;
  }
}

TEST(Pipeline, EmptyInputWritesNothing) {
  EXPECT_TRUE(run(4, 0).empty());
}

TEST(Pipeline, BoundsItemsInFlight) {
  CountingReader reader(1000);
  PipelineOptions opt;
  opt.threads = 4;
  opt.window = 8;
  uint64_t max_ahead = 0, written = 0;
  Status s = run_ordered<uint64_t>(
      reader, opt, [](ReadItem&& item) { return item.seq; },
      [&](uint64_t&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));  // a slow writer
        max_ahead = std::max(max_ahead, reader.read() - written);
        ++written;
        return Status::Ok();
      });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(written, 1000u);
  EXPECT_LE(max_ahead, 9u);  // the window plus the item being read
}

TEST(Pipeline, EmitErrorStopsEarlyAndIsReturned) {
  CountingReader reader(100000);
  PipelineOptions opt;
  opt.threads = 3;
  uint64_t written = 0;
  Status s = run_ordered<uint64_t>(
      reader, opt, [](ReadItem&& item) { return item.seq; },
      [&](uint64_t&& seq) {
        ++written;
        return seq == 10 ? Status(ErrorCode::kIoError, "disk full") : Status::Ok();
      });
  EXPECT_EQ(s.code(), ErrorCode::kIoError);
  EXPECT_EQ(written, 11u);
  EXPECT_LT(reader.read(), 100000u);
}

TEST(Shard, ParsesAndRejects) {
  auto s = Shard::parse("3/8");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->index, 3u);
  EXPECT_EQ(s->count, 8u);
  EXPECT_FALSE(Shard::parse("8/8").ok());
  EXPECT_FALSE(Shard::parse("1/0").ok());
  EXPECT_FALSE(Shard::parse("1-8").ok());
  EXPECT_FALSE(Shard::parse("a/8").ok());
  EXPECT_FALSE(Shard::parse("1/8x").ok());
}

TEST(Shard, HashIsFnv1a64AndStable) {
  // Published FNV-1a 64 test vectors: "" and "a".
  EXPECT_EQ(shard_hash(""), 14695981039346656037ull);
  EXPECT_EQ(shard_hash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(shard_hash("foobar"), 0x85944171f73967e8ull);
}

TEST(Shard, EveryIdBelongsToExactlyOneShard) {
  for (int i = 0; i < 200; ++i) {
    std::string id = "story-" + std::to_string(i);
    int owners = 0;
    for (uint32_t k = 0; k < 8; ++k) owners += Shard{k, 8}.owns(id);
    EXPECT_EQ(owners, 1) << id;
  }
}

}  // namespace
}  // namespace dyad
