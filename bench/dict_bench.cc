// Per-sentence dictionary match cost against dictionary size: the bundled set
// (dict/dyad), synthetic sets 10x and 100x its size (random words added as
// extra actors, agents and verbs), and the Phoenix set via the peer readers
// when ../shared is present. The trie does a few hash lookups per token, so
// the time per sentence should stay flat as the dictionary grows.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/frontend.h"
#include "dyad/peer_dictionaries.h"

namespace {

const char* kSentences[] = {
    "Canadian Foreign Minister Anita Anand met Chinese President Xi Jinping in Beijing on Tuesday.",
    "Prime Minister Mark Carney said Canada would impose new tariffs on steel imports from the United States.",
    "Russian forces launched missile strikes on Kyiv overnight, Ukrainian officials said.",
    "The United Nations Security Council called on both sides to hold talks and agree a ceasefire.",
    "Israeli troops raided the West Bank city of Jenin, killing three Palestinian militants, the army said.",
    "German Chancellor Friedrich Merz visited Washington for talks with President Donald Trump.",
    "Protesters clashed with police in Nairobi as opposition leaders demanded fresh elections.",
    "The European Union slapped sanctions on Iranian officials accused of human rights abuses.",
};

std::vector<std::vector<dyad::Token>> sentence_tokens() {
  std::vector<std::vector<dyad::Token>> out;
  for (const char* s : kSentences) {
    std::string text(s);
    out.push_back(dyad::tokenize(text, dyad::Span{0, static_cast<uint32_t>(text.size())}));
  }
  return out;
}

dyad::DictionarySet bundled() {
  std::vector<dyad::Diagnostic> diags;
  auto r = dyad::read_dyad_set(std::string(DYAD_SOURCE_DIR) + "/dict/dyad", &diags);
  return r.ok() ? std::move(r).value() : dyad::DictionarySet{};
}

std::string random_word(std::mt19937* rng) {
  static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz";
  std::uniform_int_distribution<int> len(4, 10), letter(0, 25);
  std::string w;
  for (int i = len(*rng); i > 0; --i) w += kLetters[letter(*rng)];
  return w;
}

dyad::Phrase random_phrase(std::mt19937* rng) {
  dyad::Phrase p;
  std::uniform_int_distribution<int> n(1, 3);
  for (int i = n(*rng); i > 0; --i) p.words.push_back(random_word(rng));
  return p;
}

// The bundled set plus (factor - 1) times as many synthetic entries of each kind.
dyad::DictionarySet scaled(const dyad::DictionarySet& base, int factor) {
  dyad::DictionarySet s = base;
  std::mt19937 rng(42);
  size_t actors = base.actors.size() * (factor - 1), agents = base.agents.size() * (factor - 1),
         verbs = base.verbs.size() * (factor - 1);
  for (size_t i = 0; i < actors; ++i) {
    dyad::Actor a;
    a.names = {random_phrase(&rng), random_phrase(&rng)};
    a.codes.push_back(dyad::DatedCode{"XXXGOV", std::nullopt, dyad::Confidence::kExact, "", {}});
    s.actors.push_back(std::move(a));
  }
  for (size_t i = 0; i < agents; ++i) {
    dyad::Agent a;
    a.phrases = {random_phrase(&rng)};
    a.codes.push_back(dyad::DatedCode{"GOV", std::nullopt, dyad::Confidence::kExact, "", {}});
    s.agents.push_back(std::move(a));
  }
  for (size_t i = 0; i < verbs; ++i) {
    dyad::Verb v;
    v.lemmas = {random_phrase(&rng)};
    v.code.code = "042";
    s.verbs.push_back(std::move(v));
  }
  return s;
}

dyad::DictionarySet phoenix() {
  std::string p = std::string(DYAD_SOURCE_DIR) + "/../shared/eval/phoenix-dictionaries/";
  dyad::DictionarySet set;
  std::vector<dyad::Diagnostic> diags;
  if (!std::filesystem::exists(p)) return set;
  (void)dyad::read_petrarch_verbs(p + "CAMEO.2.0.txt", dyad::PetrarchVerbSyntax::kAuto, set, diags);
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"})
    (void)dyad::read_petrarch_actors(p + f, set, diags);
  (void)dyad::read_petrarch_agents(p + "Phoenix.agents.txt", set, diags);
  (void)dyad::read_petrarch_discards(p + "Phoenix.discards.txt", set, diags);
  return set;
}

std::shared_ptr<const dyad::CompiledDictionary> compiled(const std::string& which) {
  static std::map<std::string, std::shared_ptr<const dyad::CompiledDictionary>> cache;
  if (auto it = cache.find(which); it != cache.end()) return it->second;
  static const dyad::DictionarySet base = bundled();
  dyad::DictionarySet set = which == "bundled" ? base
                            : which == "x10"   ? scaled(base, 10)
                            : which == "x100"  ? scaled(base, 100)
                            : which == "phoenix" ? phoenix()
                                                 : scaled(phoenix(), which == "phoenix_x10" ? 10 : 100);
  dyad::DictionaryBuilder b;
  b.add_set(std::move(set));
  auto d = b.compile();
  cache[which] = d.ok() ? *d : nullptr;
  return cache[which];
}

void match_sentences(benchmark::State& state, const std::string& which) {
  auto dict = compiled(which);
  if (!dict || dict->set().actors.empty()) {
    state.SkipWithError("dictionary not available");
    return;
  }
  static const auto sentences = sentence_tokens();
  size_t matches = 0;
  for (auto _ : state) {
    for (const auto& toks : sentences) {
      for (size_t i = 0; i < toks.size(); ++i) matches += dict->match(toks, i, 0xFFFFFFFFu).size();
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(std::size(kSentences)));
  state.counters["actors"] = static_cast<double>(dict->set().actors.size());
  state.counters["ns_per_sentence"] = benchmark::Counter(
      static_cast<double>(state.iterations() * std::size(kSentences)),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_MatchBundled(benchmark::State& s) { match_sentences(s, "bundled"); }
void BM_MatchBundledX10(benchmark::State& s) { match_sentences(s, "x10"); }
void BM_MatchBundledX100(benchmark::State& s) { match_sentences(s, "x100"); }
void BM_MatchPhoenix(benchmark::State& s) { match_sentences(s, "phoenix"); }
void BM_MatchPhoenixX10(benchmark::State& s) { match_sentences(s, "phoenix_x10"); }
void BM_MatchPhoenixX100(benchmark::State& s) { match_sentences(s, "phoenix_x100"); }

void BM_CompilePhoenix(benchmark::State& state) {
  auto set = phoenix();
  if (set.actors.empty()) {
    state.SkipWithError("../shared/eval/phoenix-dictionaries is absent");
    return;
  }
  for (auto _ : state) {
    dyad::DictionaryBuilder b;
    b.add_set(set);
    benchmark::DoNotOptimize(b.compile());
  }
}

BENCHMARK(BM_MatchBundled);
BENCHMARK(BM_MatchBundledX10);
BENCHMARK(BM_MatchBundledX100);
BENCHMARK(BM_MatchPhoenix);
BENCHMARK(BM_MatchPhoenixX10);
BENCHMARK(BM_MatchPhoenixX100);
BENCHMARK(BM_CompilePhoenix)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
