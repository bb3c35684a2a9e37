// dyad ingest: code stories and store them (stories, sentences, events,
// mentions, versions) with the cross-story merge; idempotent and crash-safe
// (docs/store.md).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_map>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct IngestCommand {
  InputGroup input;
  StoreGroup store;
  DictionaryGroup dictionary;
  std::string errors;
  std::string shard;
  unsigned threads = 0;
  bool quiet = false;
  int run();
};

struct Coded {
  ReadItem item;
  bool unchanged = false;
  std::vector<StoredSentence> sentences;
  std::vector<Event> events;
};

struct Totals {
  uint64_t read = 0, added = 0, replaced = 0, unchanged = 0, skipped = 0, events = 0, errors = 0;
};

int IngestCommand::run() {
  auto opts = input.options();
  if (!opts.ok()) return fail(opts.status());
  Shard sh;
  if (!shard.empty()) {
    auto s = Shard::parse(shard);
    if (!s.ok()) return fail(s.status());
    sh = *s;
  }
  OutputGroup errs;
  errs.errors = errors;
  if (Status s = errs.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  Store& db = **st;
  CoderOptions co;
  co.code_titles = input.code_titles;
  auto made = dictionary.make_coder(co);
  if (!made.ok()) return fail(made.status());
  const Coder& coder = **made;
  RunInfo run{coder.dictionary().version(), coder_version(), "ingest"};

  // Stories already stored with the same text are not coded again.
  std::unordered_map<std::string, std::string> known;
  if (Status s = db.for_each_story_hash([&](const std::string& id, const std::string& h) { known[id] = h; }); !s.ok()) {
    return fail(s);
  }
  auto reader = open_inputs(input.inputs, *opts);
  if (!reader.ok()) return fail(reader.status());
  const FrontEnd& fe = coder.frontend();
  bool code_titles = input.code_titles;
  std::function<Coded(ReadItem&&)> work = [&](ReadItem&& item) {
    Coded c;
    c.item = std::move(item);
    if (!c.item.story || !sh.owns(c.item.story->id)) return c;
    auto it = known.find(c.item.story->id);
    if (it != known.end() && it->second == story_hash(*c.item.story)) {
      c.unchanged = true;
      return c;
    }
    AnalyzedStory a = fe.analyze(*c.item.story, code_titles);
    for (const Sentence& s : a.sentences) c.sentences.push_back(StoredSentence{s.index, s.base, s.span});
    c.events = coder.code_analyzed(a);
    return c;
  };
  Totals t;
  auto start = std::chrono::steady_clock::now();
  std::function<Status(Coded&&)> emit = [&](Coded&& c) -> Status {
    for (const auto& note : c.item.notes) std::cerr << "dyad: " << note << "\n";
    if (c.item.error) {
      errs.report_error(*c.item.error);
      ++t.errors;
      return Status::Ok();
    }
    if (!sh.owns(c.item.story->id)) return Status::Ok();
    ++t.read;
    if (c.unchanged) {
      ++t.unchanged;
      return Status::Ok();
    }
    auto r = db.put_story(*c.item.story, c.sentences, c.events, run);
    if (!r.ok()) {
      // A story the database refuses (e.g. bytes PostgreSQL cannot store) is
      // reported like an unreadable record; the others still go in.
      errs.report_error(RecordError{c.item.story->origin, c.item.story->line, c.item.story->id, r.status().message()});
      ++t.errors;
      return Status::Ok();
    }
    switch (*r) {
      case PutOutcome::kAdded: ++t.added; t.events += c.events.size(); break;
      case PutOutcome::kReplaced: ++t.replaced; t.events += c.events.size(); break;
      case PutOutcome::kUnchanged: ++t.unchanged; break;
    }
    return Status::Ok();
  };
  PipelineOptions po;
  po.threads = threads;
  Status s = run_ordered<Coded>(**reader, po, work, emit);
  if (!s.ok()) return fail(s);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!quiet) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "dyad: ingest: %llu stories read: %llu added, %llu replaced, %llu unchanged; %llu events coded; "
                  "%llu errors; %.2f s (%.0f stories/s)\n",
                  static_cast<unsigned long long>(t.read), static_cast<unsigned long long>(t.added),
                  static_cast<unsigned long long>(t.replaced), static_cast<unsigned long long>(t.unchanged),
                  static_cast<unsigned long long>(t.events), static_cast<unsigned long long>(t.errors), secs,
                  secs > 0 ? static_cast<double>(t.read) / secs : 0.0);
    std::cerr << line;
  }
  return t.errors ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(ingest, "ingest", "Code stories and store them with their events (SQLite or PostgreSQL)",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<IngestCommand>();
                        cmd->input.add_to(app);
                        cmd->store.add_to(app, true);
                        cmd->dictionary.add_to(app);
                        app.add_option("--errors", cmd->errors, "Write one JSON line per skipped record to FILE");
                        app.add_option("--shard", cmd->shard, "I/N: only stories whose id hashes to I mod N");
                        app.add_option("-j,--threads", cmd->threads, "Coding threads (default: all cores)");
                        app.add_flag("-q,--quiet", cmd->quiet, "No summary line");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
