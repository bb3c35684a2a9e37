// Front-end micro benchmarks (Google Benchmark): tag() per sentence,
// verb_lemma() per word, analyze() per story, over the State Department and
// Wikinews 2019-2020 corpora from ../shared (skipped when absent).
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace {

const std::string kShared = std::string(DYAD_SOURCE_DIR) + "/../shared/corpora/";

std::vector<dyad::Story> read_corpus(const std::string& path, size_t limit) {
  std::vector<dyad::Story> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  simdjson::ondemand::parser parser;
  std::string line;
  char buf[1 << 16];
  while (out.size() < limit) {
    line.clear();
    while (gzgets(f, buf, sizeof buf) != nullptr) {
      line.append(buf);
      if (line.back() == '\n') break;
    }
    if (line.empty()) break;
    simdjson::padded_string json(line);
    simdjson::ondemand::document doc;
    std::string_view id, text;
    if (parser.iterate(json).get(doc) || doc["id"].get_string().get(id) || doc["text"].get_string().get(text)) continue;
    dyad::Story s;
    s.id = std::string(id);
    s.text = std::string(text);
    out.push_back(std::move(s));
  }
  gzclose(f);
  return out;
}

const std::vector<dyad::Story>& stories() {
  static const std::vector<dyad::Story> all = [] {
    std::vector<dyad::Story> v = read_corpus(kShared + "statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz", 500);
    std::vector<dyad::Story> w = read_corpus(kShared + "wikinews_2019_2020/wikinews_2019_2020.jsonl.gz", 300);
    for (auto& s : w) v.push_back(std::move(s));
    return v;
  }();
  return all;
}

std::shared_ptr<const dyad::FrontEnd> front_end() {
  static auto fe = dyad::FrontEnd::load();
  return fe.ok() ? *fe : nullptr;
}

// Tokenised sentences of the corpus, untagged.
struct Sentences {
  const std::string* text;
  std::vector<std::vector<dyad::Token>> tokens;
};
const std::vector<Sentences>& sentences() {
  static const std::vector<Sentences> all = [] {
    std::vector<Sentences> v;
    for (const dyad::Story& s : stories()) {
      Sentences x{&s.text, {}};
      for (dyad::Span sp : dyad::split_sentences(s.text, {0, static_cast<uint32_t>(s.text.size())})) {
        x.tokens.push_back(dyad::tokenize(s.text, sp));
      }
      v.push_back(std::move(x));
    }
    return v;
  }();
  return all;
}

void BM_Load(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::FrontEnd::load());
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_TagSentences(benchmark::State& state) {
  auto fe = front_end();
  if (!fe || stories().empty()) return state.SkipWithError("no data dir or no ../shared corpora");
  const auto& all = sentences();
  size_t tokens = 0, count = 0;
  for (auto _ : state) {
    for (const Sentences& s : all) {
      for (const auto& toks : s.tokens) {
        std::vector<dyad::Token> copy = toks;
        fe->tag(*s.text, &copy);
        tokens += copy.size();
        ++count;
      }
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

void BM_VerbLemma(benchmark::State& state) {
  auto fe = front_end();
  if (!fe) return state.SkipWithError("no data dir");
  const std::vector<std::string> words = {"held", "met", "vetoed", "shelled", "said", "accused", "spoke",
                                          "lashed", "condemns", "meeting", "stopped", "negotiated", "table"};
  size_t n = 0;
  for (auto _ : state) {
    for (const auto& w : words) benchmark::DoNotOptimize(fe->verb_lemma(w));
    n += words.size();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_VerbLemma);

void BM_AnalyzeStories(benchmark::State& state) {
  auto fe = front_end();
  if (!fe || stories().empty()) return state.SkipWithError("no data dir or no ../shared corpora");
  size_t bytes = 0, sents = 0, tokens = 0;
  for (auto _ : state) {
    for (const dyad::Story& s : stories()) {
      dyad::AnalyzedStory a = fe->analyze(s, false);
      bytes += s.text.size();
      sents += a.sentences.size();
      for (const auto& x : a.sentences) tokens += x.tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sents), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeStories)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
