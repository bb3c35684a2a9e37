// Coding cost: one whole story end to end (front end + coder), and the coder
// alone per sentence on an already analysed story, with the bundled
// dictionaries (dict/dyad) and the Phoenix set (../shared, skipped when absent).
// items_per_second is sentences per second on one core.
//
//   cmake --build BUILD --target coder_bench && BUILD/bench/coder_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/frontend.h"
#include "dyad/peer_dictionaries.h"

namespace {

// A news story in the register of the corpora (no third-party text).
const char kStory[] =
    "Canadian Foreign Minister Anita Anand met Chinese President Xi Jinping in Beijing on Tuesday. "
    "Prime Minister Mark Carney said Canada would impose new tariffs on steel imports from the United States. "
    "Russian forces launched missile strikes on Kyiv overnight, Ukrainian officials said. "
    "The United Nations Security Council called on both sides to hold talks and agree a ceasefire. "
    "Israeli troops raided the West Bank city of Jenin, killing three Palestinian militants, the army said. "
    "German Chancellor Friedrich Merz visited Washington for talks with President Donald Trump. "
    "Protesters clashed with police in Nairobi as opposition leaders demanded fresh elections. "
    "The European Union imposed sanctions on Iranian officials accused of human rights abuses. "
    "The Secretary of State condemned the attack and urged Russia to withdraw its troops from Ukraine. "
    "Japan and South Korea agreed to resume security talks, the foreign ministry in Tokyo said.";

dyad::DictionarySet bundled_set() {
  std::vector<dyad::Diagnostic> diags;
  auto r = dyad::read_dyad_set(std::string(DYAD_SOURCE_DIR) + "/dict/dyad", &diags);
  return r.ok() ? std::move(r).value() : dyad::DictionarySet{};
}

dyad::DictionarySet phoenix_set() {
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
  (void)dyad::read_petrarch_ontology(p + "PETR.Internal.Coding.Ontology.txt", set, diags);
  return set;
}

std::shared_ptr<const dyad::FrontEnd> frontend() {
  static auto fe = dyad::FrontEnd::load();
  return fe.ok() ? *fe : nullptr;
}

// One Coder per dictionary set, built once.
const dyad::Coder* coder(const std::string& which) {
  static std::map<std::string, std::unique_ptr<dyad::Coder>> cache;
  if (auto it = cache.find(which); it != cache.end()) return it->second.get();
  auto fe = frontend();
  dyad::DictionarySet set = which == "bundled" ? bundled_set() : phoenix_set();
  std::unique_ptr<dyad::Coder> c;
  if (fe && !set.actors.empty()) {
    dyad::DictionaryBuilder b;
    b.add_set(std::move(set));
    auto d = b.compile();
    if (d.ok()) c = std::make_unique<dyad::Coder>(fe, *d, nullptr, dyad::CoderOptions{});
  }
  return (cache[which] = std::move(c)).get();
}

dyad::Story story() {
  dyad::Story s;
  s.id = "bench-1";
  s.date = dyad::Date::parse_iso("2025-06-01");
  s.text = kStory;
  return s;
}

void code_story(benchmark::State& state, const std::string& which) {
  const dyad::Coder* c = coder(which);
  if (!c) {
    state.SkipWithError("dictionary set or front-end data not available");
    return;
  }
  const dyad::Story s = story();
  size_t sentences = frontend()->analyze(s, false).sentences.size();
  for (auto _ : state) benchmark::DoNotOptimize(c->code(s));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}

// The coder alone: the story is analysed once, outside the timing loop.
void code_sentences(benchmark::State& state, const std::string& which) {
  const dyad::Coder* c = coder(which);
  if (!c) {
    state.SkipWithError("dictionary set or front-end data not available");
    return;
  }
  const dyad::Story s = story();
  dyad::AnalyzedStory a = frontend()->analyze(s, false);
  for (auto _ : state) benchmark::DoNotOptimize(c->code_analyzed(a));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * a.sentences.size()));
}

void BM_CodeStoryBundled(benchmark::State& s) { code_story(s, "bundled"); }
void BM_CodeStoryPhoenix(benchmark::State& s) { code_story(s, "phoenix"); }
void BM_CodeSentencesBundled(benchmark::State& s) { code_sentences(s, "bundled"); }
void BM_CodeSentencesPhoenix(benchmark::State& s) { code_sentences(s, "phoenix"); }

}  // namespace

BENCHMARK(BM_CodeStoryBundled);
BENCHMARK(BM_CodeStoryPhoenix);
BENCHMARK(BM_CodeSentencesBundled);
BENCHMARK(BM_CodeSentencesPhoenix);
BENCHMARK_MAIN();
