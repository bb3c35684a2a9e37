// dyad ingest: code stories and store them (stories, sentences, events,
// mentions, versions) with the cross-story merge; idempotent and crash-safe
// (docs/store.md). Coding runs on the ordered parallel pipeline (-j N):
// stories are coded on worker threads and written in input order on this
// thread, several whole stories per transaction (Batcher), so the store never
// depends on -j.
// With --coded the inputs are coded-story files (`dyad code --coded`, one per
// shard): they are stored in input order without coding again.
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coded_story.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

// When to commit: the store's batches (Store::begin_batch) are closed after
// kBatchTime or kBatchStories stories, whichever comes first, and at the end.
// A crash loses at most that much work, whole stories only; a longer batch
// would also hold the write lock longer against other writers. A flusher
// thread commits a batch that has waited kBatchTime for its next story (a
// slow stdin must not hold the lock or hide stored stories); the mutex
// serialises it with the writer, as the Store requires.
class Batcher {
 public:
  static constexpr auto kBatchTime = std::chrono::milliseconds(200);
  static constexpr int kBatchStories = 1024;

  explicit Batcher(Store& db) : db_(db), flusher_([this] { flush_when_due(); }) {}
  ~Batcher() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    flusher_.join();
  }

  // Writes one story through `put` inside the open batch (opening one when
  // none is) and commits when the batch is full. Returns a failed commit.
  Status put(const std::function<void()>& put) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!failed_.ok()) return failed_;
    if (!open_) {
      db_.begin_batch();
      open_ = true;
      stories_ = 0;
      started_ = std::chrono::steady_clock::now();
      cv_.notify_one();
    }
    put();
    return ++stories_ >= kBatchStories ? commit_locked() : Status::Ok();
  }

  Status finish() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!failed_.ok()) return failed_;
    return commit_locked();
  }

 private:
  Status commit_locked() {
    if (!open_) return Status::Ok();
    open_ = false;
    failed_ = db_.commit_batch();
    return failed_;
  }

  void flush_when_due() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stop_) {
      if (!open_) {
        cv_.wait(lock);
        continue;
      }
      auto due = started_ + kBatchTime;
      if (std::chrono::steady_clock::now() >= due) {
        (void)commit_locked();
      } else {
        cv_.wait_until(lock, due);
      }
    }
  }

  Store& db_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false, stop_ = false;
  int stories_ = 0;
  std::chrono::steady_clock::time_point started_;
  Status failed_ = Status::Ok();
  std::thread flusher_;   // last: starts once the members above exist
};

struct Totals {
  uint64_t read = 0, added = 0, replaced = 0, unchanged = 0, events = 0, errors = 0;
};

struct IngestCommand {
  InputGroup input;
  StoreGroup store;
  DictionaryGroup dictionary;
  ParallelGroup parallel;
  std::string errors;
  bool coded_inputs = false;
  bool quiet = false;
  int run();

 private:
  Status ingest_stories(Store& db, const std::optional<Shard>& sh);
  Status ingest_coded(Store& db, const std::optional<Shard>& sh);
  Status put(Store& db, const CodedStory& c, const RunInfo& run);
  void print_summary(double secs) const;

  OutputGroup errs_;
  Totals t_;
  std::optional<Batcher> batch_;
};

// What a worker hands to the writer: the record as read (story or error,
// plus reader notes) and, for a story to store, what coding found.
struct Coded {
  ReadItem item;
  bool unchanged = false;
  std::optional<CodedStory> coded;
};

bool owns_error(const std::optional<Shard>& shard, const RecordError& e) {
  if (!shard) return true;
  return e.record_id.empty() ? shard->index == 0 : shard->owns(e.record_id);
}

// Stores one coded story and counts the outcome. A story the database
// refuses (e.g. bytes PostgreSQL cannot store) is reported like an
// unreadable record; the others still go in. A failed batch commit is
// fatal: the batch's stories are not stored.
Status IngestCommand::put(Store& db, const CodedStory& c, const RunInfo& run) {
  return batch_->put([&] {
    auto r = db.put_story(c.story, c.sentences, c.events, run);
    if (!r.ok()) {
      errs_.report_error(RecordError{c.story.origin, c.story.line, c.story.id, r.status().message()});
      ++t_.errors;
      return;
    }
    switch (*r) {
      case PutOutcome::kAdded: ++t_.added; t_.events += c.events.size(); break;
      case PutOutcome::kReplaced: ++t_.replaced; t_.events += c.events.size(); break;
      case PutOutcome::kUnchanged: ++t_.unchanged; break;
    }
  });
}

Status IngestCommand::ingest_stories(Store& db, const std::optional<Shard>& sh) {
  auto opts = input.options();
  if (!opts.ok()) return opts.status();
  CoderOptions co;
  co.code_titles = input.code_titles;
  auto made = dictionary.make_coder(co);
  if (!made.ok()) return made.status();
  const Coder& coder = **made;
  RunInfo run{coder.dictionary().version(), coder_version(), "ingest"};
  // Stories already stored with the same text are not coded again.
  std::unordered_map<std::string, std::string> known;
  if (Status s = db.for_each_story_hash([&](const std::string& id, const std::string& h) { known[id] = h; }); !s.ok()) {
    return s;
  }
  auto reader = open_inputs(input.inputs, *opts);
  if (!reader.ok()) return reader.status();
  std::function<Coded(ReadItem&&)> work = [&](ReadItem&& item) {
    Coded c;
    c.item = std::move(item);
    if (!c.item.story || (sh && !sh->owns(c.item.story->id))) return c;
    auto it = known.find(c.item.story->id);
    if (it != known.end() && it->second == story_hash(*c.item.story)) {
      c.unchanged = true;
      return c;
    }
    c.coded = code_story(coder, std::move(*c.item.story), c.item.seq);
    c.item.story.reset();
    return c;
  };
  std::function<Status(Coded&&)> emit = [&](Coded&& c) -> Status {
    for (const auto& note : c.item.notes) std::cerr << "dyad: " << note << "\n";
    if (c.item.error) {
      // As in `dyad code`: one shard reports each bad record.
      if (owns_error(sh, *c.item.error)) {
        errs_.report_error(*c.item.error);
        ++t_.errors;
      }
      return Status::Ok();
    }
    if (!c.coded && !c.unchanged) return Status::Ok();  // another shard's story
    ++t_.read;
    if (c.unchanged) {
      ++t_.unchanged;
      return Status::Ok();
    }
    return put(db, *c.coded, run);
  };
  auto po = parallel.options();
  if (!po.ok()) return po.status();
  // The writer is the calling thread, apart from the -j coding workers.
  po->overlap_emit = true;
  return run_ordered<Coded>(**reader, *po, work, emit);
}

// Coded-story files come from `dyad code --coded`, one per shard; merging
// them by input sequence number stores the stories in input order, which is
// what a single ingest of the input does (the cross-story merge depends on
// that order). Nothing is coded; the versions recorded are the coder's.
Status IngestCommand::ingest_coded(Store& db, const std::optional<Shard>& sh) {
  auto reader = CodedStoryReader::open(input.inputs);
  if (!reader.ok()) return reader.status();
  CodedStory c;
  while (true) {
    auto more = (*reader)->next(&c);
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    if (sh && !sh->owns(c.story.id)) continue;
    ++t_.read;
    if (Status s = put(db, c, RunInfo{c.dict_version, c.coder_version, "ingest"}); !s.ok()) return s;
    c = CodedStory{};
  }
}

void IngestCommand::print_summary(double secs) const {
  char line[256];
  std::snprintf(line, sizeof line,
                "dyad: ingest: %llu stories read: %llu added, %llu replaced, %llu unchanged; %llu events coded; "
                "%llu errors; %.2f s (%.0f stories/s)\n",
                static_cast<unsigned long long>(t_.read), static_cast<unsigned long long>(t_.added),
                static_cast<unsigned long long>(t_.replaced), static_cast<unsigned long long>(t_.unchanged),
                static_cast<unsigned long long>(t_.events), static_cast<unsigned long long>(t_.errors), secs,
                secs > 0 ? static_cast<double>(t_.read) / secs : 0.0);
  std::cerr << line;
}

int IngestCommand::run() {
  auto sh = parallel.parsed_shard();
  if (!sh.ok()) return fail(sh.status());
  if (coded_inputs && input.inputs.empty()) return fail("--coded needs the coded-story files as inputs");
  errs_.errors = errors;
  if (Status s = errs_.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  auto start = std::chrono::steady_clock::now();
  batch_.emplace(**st);
  Status s = coded_inputs ? ingest_coded(**st, *sh) : ingest_stories(**st, *sh);
  // The stories written before an input error are whole: keep them.
  Status committed = batch_->finish();
  batch_.reset();
  if (!s.ok()) return fail(s);
  if (!committed.ok()) return fail(committed);
  if (!quiet) print_summary(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return t_.errors ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(ingest, "ingest", "Code stories and store them with their events (SQLite or PostgreSQL)",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<IngestCommand>();
                        cmd->input.add_to(app);
                        cmd->store.add_to(app, true);
                        cmd->dictionary.add_to(app);
                        app.add_option("--errors", cmd->errors, "Write one JSON line per skipped record to FILE");
                        cmd->parallel.add_to(app);
                        app.add_flag("--coded", cmd->coded_inputs,
                                     "Inputs are coded-story files (`dyad code --coded`, e.g. one per shard): store "
                                     "them in input order without coding (dictionary options are not used)");
                        app.add_flag("-q,--quiet", cmd->quiet, "No summary line");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
