// Store benchmarks over a synthetic SQLite store: `series` for one dyad by
// month, and an indexed filtered count. The store has DYAD_BENCH_EVENTS
// events (default 200,000; the 10 M-event figure: set it to 10000000
// and allow ~15 minutes to build) spread over 200 actors and 10 years, built
// once in a temporary file (1,000 events per story, merge off).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "dyad/store.h"

namespace {

std::unique_ptr<dyad::Store>& store() {
  static std::unique_ptr<dyad::Store> s = [] {
    int64_t n = 200000;
    if (const char* env = std::getenv("DYAD_BENCH_EVENTS")) n = std::atoll(env);
    std::string path = (std::filesystem::temp_directory_path() / "dyad_store_bench.db").string();
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    dyad::StoreOptions o;
    o.merge = false;
    auto st = dyad::Store::open(path, o);
    if (!st.ok()) std::abort();
    std::mt19937 rng(42);
    const char* countries[] = {"CHN", "CAN", "USA", "RUS", "FRA", "DEU", "IND", "BRA", "JPN", "KOR"};
    const char* sectors[] = {"", "GOV", "MIL", "BUS", "CVL", "JUD", "OPP", "REB", "MED", "EDU",
                             "PTY", "COP", "SPY", "LEG", "ELI", "REF", "LAB", "AGR", "REL", "IGO"};
    const char* codes[] = {"010", "020", "036", "040", "042", "043", "051", "061", "071", "111",
                           "112", "120", "130", "141", "173", "190", "193", "046", "057", "1823"};
    dyad::RunInfo run{"bench", "bench", "bench"};
    int64_t base = dyad::Date{2015, 1, 1}.days_since_epoch();
    for (int64_t done = 0, story = 0; done < n; ++story) {
      dyad::Story s;
      s.id = "bench-" + std::to_string(story);
      s.text = "synthetic";
      std::vector<dyad::Event> events;
      for (int i = 0; i < 1000 && done < n; ++i, ++done) {
        dyad::Event e;
        e.story_id = s.id;
        e.id = dyad::make_event_id(s.id, static_cast<uint32_t>(i), 0);
        e.sentence = static_cast<uint32_t>(i);
        e.date = dyad::Date::from_days(base + static_cast<int64_t>(rng() % 3650));
        e.source = std::string(countries[rng() % 10]) + sectors[rng() % 20];
        e.target = std::string(countries[rng() % 10]) + sectors[rng() % 20];
        e.code = codes[rng() % 20];
        e.root = e.code.substr(0, 2);
        e.codebook = "cameo";
        e.quad_class = dyad::EventCodebook::quad_for_root(e.code);
        e.goldstein = static_cast<double>(rng() % 200) / 10.0 - 10.0;
        events.push_back(std::move(e));
      }
      if (!(*st)->put_story(s, {}, events, run).ok()) std::abort();
    }
    return std::move(*st);
  }();
  return s;
}

void BM_SeriesOneDyadByMonth(benchmark::State& state) {
  dyad::EventFilter f;
  f.dyad = {{"CHN", "CAN"}};
  store();   // built outside the timed loop
  for (auto _ : state) {
    auto r = store()->series(f, dyad::Period::kMonth);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_SeriesOneDyadByMonth)->Unit(benchmark::kMillisecond);

void BM_CountRootInYear(benchmark::State& state) {
  dyad::EventFilter f;
  f.root = "19";
  f.from = dyad::Date{2020, 1, 1};
  f.to = dyad::Date{2020, 12, 31};
  store();
  for (auto _ : state) {
    auto r = store()->count_events(f);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_CountRootInYear)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
