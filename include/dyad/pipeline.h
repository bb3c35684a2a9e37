// The ordered parallel pipeline: reader -> N workers -> ordered writer.
//
//   dyad::PipelineOptions opt;             // threads = all cores
//   Status s = dyad::run_ordered<Out>(reader, opt,
//       [&](ReadItem&& item) -> Out { ... },        // any worker thread
//       [&](Out&& out) -> Status { ... });          // calling thread, input order
//
// One reader thread feeds a bounded queue; workers process items in any order;
// the calling thread receives results strictly in input (sequence) order. At
// most `window` items are in flight between reading and writing, so memory is
// bounded whatever the input size, and the output never depends on the number
// of threads. `work` must be safe to call concurrently; `emit` is called on the
// calling thread only. A non-ok Status from `emit` stops the pipeline early.
//
// Sharding (`--shard I/N`): a story belongs to shard I when shard_hash(id) % N
// == I. The hash is FNV-1a 64 over the UTF-8 bytes of the id: documented and
// version-stable, so shards can run anywhere and their union is one run.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad {

struct Shard {
  uint32_t index = 0;
  uint32_t count = 1;
  // Parses "I/N" with 0 <= I < N.
  static Result<Shard> parse(std::string_view text);
  bool owns(std::string_view story_id) const;
};

// FNV-1a, 64 bit, over the bytes of `s` (offset basis 14695981039346656037,
// prime 1099511628211). Never change it: shard assignment depends on it.
uint64_t shard_hash(std::string_view s);

struct PipelineOptions {
  unsigned threads = 0;    // 0 = std::thread::hardware_concurrency()
  size_t window = 0;       // items in flight; 0 = 256 per thread
  // With one thread, work and emit run inline on the calling thread unless
  // this is set: then one worker thread works while the caller emits, which
  // pays when emit is costly (ingest's database writes overlap coding, and
  // each keeps its own core's caches).
  bool overlap_emit = false;
};

namespace internal {
unsigned resolve_threads(unsigned requested);
}  // namespace internal

template <typename Out>
Status run_ordered(StoryReader& reader, const PipelineOptions& options, std::function<Out(ReadItem&&)> work,
                   std::function<Status(Out&&)> emit) {
  const unsigned threads = internal::resolve_threads(options.threads);
  if (threads <= 1 && !options.overlap_emit) {  // no threads at all: the same order, trivially
    ReadItem item;
    while (reader.next(&item)) {
      Status s = emit(work(std::move(item)));
      if (!s.ok()) return s;
      item = ReadItem{};
    }
    return Status::Ok();
  }
  // A wide window keeps workers busy while the writer waits for one long
  // story or commits a batch (ingest at -j2: 7.7 s -> 6.7 s of wall time with
  // 512 instead of 32); memory stays bounded (about 5 MB more).
  const size_t window = options.window ? options.window : 256 * static_cast<size_t>(threads);

  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::pair<uint64_t, ReadItem>> queue;  // read, not yet taken
  std::map<uint64_t, Out> done;                     // processed, not yet written
  uint64_t next_read = 0, next_write = 0;
  bool reading_done = false, stop = false;

  std::thread reader_thread([&] {
    ReadItem item;
    while (true) {
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return stop || next_read - next_write < window; });
        if (stop) break;
      }
      if (!reader.next(&item)) break;
      std::lock_guard lock(mu);
      queue.emplace_back(next_read++, std::move(item));
      item = ReadItem{};
      cv.notify_all();
    }
    std::lock_guard lock(mu);
    reading_done = true;
    cv.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<uint64_t, ReadItem> job;
        {
          std::unique_lock lock(mu);
          cv.wait(lock, [&] { return stop || !queue.empty() || reading_done; });
          if (stop || queue.empty()) return;
          job = std::move(queue.front());
          queue.pop_front();
        }
        Out out = work(std::move(job.second));
        std::lock_guard lock(mu);
        done.emplace(job.first, std::move(out));
        cv.notify_all();
      }
    });
  }

  Status status;
  while (true) {
    std::optional<Out> out;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return done.count(next_write) || (reading_done && next_write == next_read); });
      auto it = done.find(next_write);
      if (it == done.end()) break;  // everything read has been written
      out.emplace(std::move(it->second));
      done.erase(it);
    }
    status = emit(std::move(*out));
    std::lock_guard lock(mu);
    ++next_write;
    cv.notify_all();
    if (!status.ok()) {
      stop = true;
      break;
    }
  }
  {
    std::lock_guard lock(mu);
    stop = true;
    cv.notify_all();
  }
  reader_thread.join();
  for (auto& w : workers) w.join();
  return status;
}

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
