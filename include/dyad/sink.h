// Event sinks: where coded stories go, chosen by name.
//
//   auto sink = dyad::make_sink("jsonl", std::cout);
//   for (...) (*sink)->write(result);   // in input order
//   (*sink)->finish();
//
// A sink is used by one thread; the pipeline hands it results in sequence
// order (see StoryResult::seq).
#ifndef DYAD_SINK_H_
#define DYAD_SINK_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

// Everything coded from one story.
struct StoryResult {
  uint64_t seq = 0;
  const Story* story = nullptr;   // borrowed, may be null for error-only results
  std::vector<Event> events;
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual Status write(const StoryResult& result) = 0;
  virtual Status finish() = 0;
};

// Names: "jsonl", "tsv", "table" and the exchange formats "phoenix", "gdelt",
// "plover", "csv" (see docs/exports.md).
Result<std::unique_ptr<EventSink>> make_sink(std::string_view name, std::ostream& out);
std::vector<std::string_view> sink_names();

// One event as a JSON object on one line (no trailing newline).
std::string event_to_json(const Event& e);
// The TSV header line and one row (no trailing newline).
std::string tsv_header();
std::string event_to_tsv(const Event& e);

// A fixed-width, human-readable table (the "table" sink, `dyad query`):
// date, source, target, code, quad, Goldstein, mentions, place, story, verb.
// `mentions` is printed as given (the store prints "mentions/articles").
std::string table_header();
std::string event_to_table_row(const Event& e, const std::string& mentions);

// A RecordError as one JSON line (for --errors FILE).
std::string record_error_to_json(const RecordError& e);

}  // namespace dyad

#endif  // DYAD_SINK_H_
