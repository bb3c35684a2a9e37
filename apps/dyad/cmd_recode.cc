// dyad recode: code every stored story again with the current dictionaries,
// replace its events, and report what changed by CAMEO root. An event's
// identity is its story and its evidence spans: same identity with another
// (source, target, code) is "changed"; otherwise "added" or "removed".
// Coding runs on the ordered parallel pipeline (-j N): a reader pages stories
// from the store on a connection of its own, workers code them, and this
// thread diffs and rewrites them in storage order, so -j never changes the
// store or the report.
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <tuple>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coded_story.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct RecodeCommand {
  StoreGroup store;
  DictionaryGroup dictionary;
  OutputGroup output;
  bool code_titles = false;
  bool dry_run = false;
  unsigned threads = 0;
  int run();
};

// The stored stories as a StoryReader, a page at a time (memory stays
// bounded). A database error ends the stream; status() then reports it.
class StoredStoryReader : public StoryReader {
 public:
  explicit StoredStoryReader(Store& store) : store_(store) {}
  bool next(ReadItem* item) override {
    if (page_.empty() && !fill()) return false;
    item->seq = seq_++;
    item->story = std::move(page_.front());
    page_.pop_front();
    return true;
  }
  const Status& status() const { return status_; }

 private:
  bool fill() {
    if (!status_.ok()) return false;
    auto page = store_.stories_after(&after_, 64);
    if (!page.ok()) {
      status_ = page.status();
      return false;
    }
    for (Story& s : *page) page_.push_back(std::move(s));
    return !page_.empty();
  }

  Store& store_;
  int64_t after_ = 0;
  uint64_t seq_ = 0;
  std::deque<Story> page_;
  Status status_;
};

struct Change {
  uint64_t added = 0, removed = 0, changed = 0, same = 0;
};

std::string identity(const Event& e) {
  std::string key = e.story_id;
  for (const Evidence& ev : e.evidence) {
    key += '|' + std::to_string(ev.sentence) + text_base_name(ev.base);
    for (const Span& s : ev.spans) key += ':' + std::to_string(s.begin) + '-' + std::to_string(s.end);
  }
  return key;
}

using Triple = std::tuple<std::string, std::string, std::string>;

void diff(const std::vector<Event>& before, const std::vector<Event>& after, std::map<std::string, Change>* by_root) {
  std::multimap<std::string, const Event*> old_by_id;
  for (const Event& e : before) old_by_id.emplace(identity(e), &e);
  for (const Event& e : after) {
    auto it = old_by_id.find(identity(e));
    if (it == old_by_id.end()) {
      ++(*by_root)[e.root].added;
      continue;
    }
    const Event& o = *it->second;
    if (Triple{o.source, o.target, o.code} == Triple{e.source, e.target, e.code}) {
      ++(*by_root)[e.root].same;
    } else {
      ++(*by_root)[e.root].changed;
    }
    old_by_id.erase(it);
  }
  for (const auto& [id, e] : old_by_id) ++(*by_root)[e->root].removed;
}

int RecodeCommand::run() {
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  CoderOptions co;
  co.code_titles = code_titles;
  auto made = dictionary.make_coder(co, /*quiet=*/true);
  if (!made.ok()) return fail(made.status());
  const Coder& coder = **made;
  RunInfo run{coder.dictionary().version(), coder_version(), "recode"};
  // The reader's own connection: it reads while this thread writes.
  auto read_store = store.open();
  if (!read_store.ok()) return fail(read_store.status());
  StoredStoryReader reader(**read_store);
  std::map<std::string, Change> by_root;
  uint64_t stories = 0, touched = 0;
  std::function<CodedStory(ReadItem&&)> work = [&](ReadItem&& item) {
    return code_story(coder, std::move(*item.story), item.seq);
  };
  std::function<Status(CodedStory&&)> emit = [&](CodedStory&& c) -> Status {
    ++stories;
    auto before = (*st)->story_events(c.story.id);
    if (!before.ok()) return before.status();
    std::map<std::string, Change> local;
    diff(*before, c.events, &local);
    bool differs = false;
    for (const auto& [root, ch] : local) {
      Change& t = by_root[root];
      t.added += ch.added;
      t.removed += ch.removed;
      t.changed += ch.changed;
      t.same += ch.same;
      differs = differs || ch.added || ch.removed || ch.changed;
    }
    // Versions are recorded in every event, so a story is rewritten when its
    // events differ or were produced by other dictionaries.
    bool versions_differ = !before->empty() && before->front().dict_version != run.dict_version;
    if (dry_run || (!differs && !versions_differ)) return Status::Ok();
    ++touched;
    auto r = (*st)->put_story(c.story, c.sentences, c.events, run, /*replace=*/true);
    return r.ok() ? Status::Ok() : r.status();
  };
  PipelineOptions po;
  po.threads = threads;
  if (Status s = run_ordered<CodedStory>(reader, po, work, emit); !s.ok()) return fail(s);
  if (!reader.status().ok()) return fail(reader.status());
  std::ostream& out = output.out();
  Change total;
  if (output.format == "csv") out << "root,added,removed,changed,unchanged\n";
  else out << "root  added  removed  changed  unchanged\n";
  for (const auto& [root, c] : by_root) {
    total.added += c.added;
    total.removed += c.removed;
    total.changed += c.changed;
    total.same += c.same;
    char line[128];
    std::snprintf(line, sizeof line, output.format == "csv" ? "\"%s\",%llu,%llu,%llu,%llu\n" : "%-5s %6llu %8llu %8llu %10llu\n",
                  root.c_str(), static_cast<unsigned long long>(c.added), static_cast<unsigned long long>(c.removed),
                  static_cast<unsigned long long>(c.changed), static_cast<unsigned long long>(c.same));
    out << line;
  }
  char line[160];
  std::snprintf(line, sizeof line, output.format == "csv" ? "\"all\",%llu,%llu,%llu,%llu\n" : "all   %6llu %8llu %8llu %10llu\n",
                static_cast<unsigned long long>(total.added), static_cast<unsigned long long>(total.removed),
                static_cast<unsigned long long>(total.changed), static_cast<unsigned long long>(total.same));
  out << line;
  std::cerr << "dyad: recode: " << stories << " stories, " << touched << (dry_run ? " would be" : "")
            << " rewritten\n";
  out.flush();
  return out ? kExitOk : fail("write error on output");
}

}  // namespace

DYAD_REGISTER_COMMAND(recode, "recode", "Recode stored stories with the current dictionaries and report changes",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<RecodeCommand>();
                        cmd->output.format = "table";
                        cmd->store.add_to(app, true);
                        cmd->dictionary.add_to(app);
                        app.add_flag("--code-titles", cmd->code_titles, "Code story titles too");
                        app.add_flag("-n,--dry-run", cmd->dry_run, "Report changes without writing them");
                        app.add_option("-j,--jobs", cmd->threads,
                                       "Coding threads (default: all cores); the result is identical for any value");
                        cmd->output.add_to(app, {"table", "csv"});
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
