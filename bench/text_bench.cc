// Google Benchmark for the text front end: normalize, split_sentences and
// tokenize over real news text (State Department 2021-22 and Wikinews 2019-20
// from ../shared/corpora, read at start-up; decompression is not timed).
// Reports bytes/s and items/s; the Split and FrontEnd cases also report
// sentences/s and tokens/s. Skips (with a message) when the corpora are absent.
//
//   build/bench/text_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::vector<dyad::Span>> sentences;  // per text
  size_t bytes = 0;
  size_t sentence_count = 0;
};

void read_gz_texts(const std::filesystem::path& file, std::vector<std::string>* texts) {
  gzFile gz = gzopen(file.c_str(), "rb");
  if (gz == nullptr) return;
  std::vector<char> buf(1 << 16);
  std::string line;
  while (gzgets(gz, buf.data(), static_cast<int>(buf.size())) != nullptr) {
    line += buf.data();
    if (line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) {
      std::string t = j["text"].get<std::string>();
      if (!t.empty()) texts->push_back(std::move(t));
    }
  }
  gzclose(gz);
}

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    const std::filesystem::path root = DYAD_SOURCE_DIR "/../shared/corpora";
    read_gz_texts(root / "statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz", &c.texts);
    read_gz_texts(root / "wikinews_2019_2020/wikinews_2019_2020.jsonl.gz", &c.texts);
    for (const auto& t : c.texts) {
      c.bytes += t.size();
      c.sentences.push_back(dyad::split_sentences(t, dyad::Span{0, static_cast<uint32_t>(t.size())}));
      c.sentence_count += c.sentences.back().size();
    }
    return c;
  }();
  return c;
}

bool skip_if_absent(benchmark::State& state) {
  if (!corpus().texts.empty()) return false;
  state.SkipWithError("../shared/corpora (statedept, wikinews_2019_2020) not present");
  return true;
}

void BM_Normalize(benchmark::State& state) {
  if (skip_if_absent(state)) return;
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const auto& t : c.texts) benchmark::DoNotOptimize(dyad::normalize(t));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.texts.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_NormalizeKey(benchmark::State& state) {
  if (skip_if_absent(state)) return;
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const auto& t : c.texts) benchmark::DoNotOptimize(dyad::normalize_key(t));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.texts.size()));
}
BENCHMARK(BM_NormalizeKey)->Unit(benchmark::kMillisecond);

void BM_Split(benchmark::State& state) {
  if (skip_if_absent(state)) return;
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const auto& t : c.texts)
      benchmark::DoNotOptimize(dyad::split_sentences(t, dyad::Span{0, static_cast<uint32_t>(t.size())}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.sentence_count));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(c.sentence_count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Split)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  if (skip_if_absent(state)) return;
  const Corpus& c = corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (size_t i = 0; i < c.texts.size(); ++i)
      for (const dyad::Span& s : c.sentences[i]) tokens += dyad::tokenize(c.texts[i], s).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(c.sentence_count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Split then tokenize every sentence: the front end's share before tagging.
void BM_SplitAndTokenize(benchmark::State& state) {
  if (skip_if_absent(state)) return;
  const Corpus& c = corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& t : c.texts)
      for (const dyad::Span& s : dyad::split_sentences(t, dyad::Span{0, static_cast<uint32_t>(t.size())}))
        tokens += dyad::tokenize(t, s).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.sentence_count));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SplitAndTokenize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
