// Event writers: events per second for the JSON and TSV forms and for the
// jsonl/tsv sinks writing to a stream that discards its input.
//
//   build/bench/sink_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <streambuf>
#include <string>
#include <vector>

#include "dyad/sink.h"

namespace {

// A typical coded event: both actors, evidence spans, a location, one issue.
dyad::Event typical_event(uint32_t i) {
  dyad::Event e;
  e.story_id = "xinhua-2019-11-11-" + std::to_string(i / 8);
  e.sentence = i % 8;
  e.id = dyad::make_event_id(e.story_id, e.sentence, 0);
  e.date = dyad::Date{2019, 11, 11};
  e.date_precision = dyad::DatePrecision::kDay;
  e.source = "CHNGOVFRM";
  e.target = "KORGOV";
  e.source_actor = dyad::ActorMention{"Chinese Foreign Minister Wang Yi", dyad::TextBase::kText, {120, 152}, {}};
  e.target_actor = dyad::ActorMention{"his South Korean counterpart", dyad::TextBase::kText, {170, 198},
                                      dyad::Span{10, 24}};
  e.code = "042";
  e.root = "04";
  e.codebook = "cameo";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.verb_text = "visited";
  e.location = dyad::Location{"Gyeongju", "KOR", "North Gyeongsang", 35.8562, 129.2247, "dateline", false};
  e.modality = dyad::Modality::kAsserted;
  e.evidence = {dyad::Evidence{e.sentence, dyad::TextBase::kText, {{120, 152}, {153, 160}, {170, 198}}}};
  e.issues = {"DIPLOMACY"};
  e.rules = {"verbs.txt:1204", "actors.txt:88"};
  e.dict_version = "2026.11.0";
  e.coder_version = "0.1.0";
  return e;
}

std::vector<dyad::Event> make_events(size_t n) {
  std::vector<dyad::Event> v;
  for (size_t i = 0; i < n; ++i) v.push_back(typical_event(static_cast<uint32_t>(i)));
  return v;
}

class NullBuf : public std::streambuf {
 protected:
  int_type overflow(int_type c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

void BM_EventToJson(benchmark::State& state) {
  std::vector<dyad::Event> events = make_events(1024);
  size_t bytes = 0, i = 0;
  for (auto _ : state) {
    std::string line = dyad::event_to_json(events[i++ & 1023]);
    bytes += line.size();
    benchmark::DoNotOptimize(line);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_EventToJson);

void BM_EventToTsv(benchmark::State& state) {
  std::vector<dyad::Event> events = make_events(1024);
  size_t bytes = 0, i = 0;
  for (auto _ : state) {
    std::string line = dyad::event_to_tsv(events[i++ & 1023]);
    bytes += line.size();
    benchmark::DoNotOptimize(line);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_EventToTsv);

// The sink path: one StoryResult of 8 events per write, buffered, to a null stream.
void BM_Sink(benchmark::State& state, const char* name) {
  std::vector<dyad::Event> events = make_events(8);
  NullBuf buf;
  std::ostream out(&buf);
  auto sink = dyad::make_sink(name, out);
  if (!sink.ok()) {
    state.SkipWithError(sink.status().message().c_str());
    return;
  }
  dyad::StoryResult result{0, nullptr, events};
  for (auto _ : state) {
    if (!(*sink)->write(result).ok()) state.SkipWithError("write failed");
  }
  (void)(*sink)->finish();
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * events.size()));
}
BENCHMARK_CAPTURE(BM_Sink, jsonl, "jsonl");
BENCHMARK_CAPTURE(BM_Sink, tsv, "tsv");

}  // namespace

BENCHMARK_MAIN();
