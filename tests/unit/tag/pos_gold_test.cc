// Tagger accuracy on the hand-labelled gold in tests/fixtures/pos_gold.tsv.
//
// The fixture holds only (corpus, story id, byte range, PTB tag); the text is
// re-read from ../shared/corpora at run time, so the test is skipped when the
// corpora are absent. Each story is analysed whole; a gold token aligns with
// the run of dyad tokens that covers exactly its bytes (a hyphenated compound
// is one gold token and several dyad tokens sharing one tag).
// Set DYAD_POS_GOLD_VERBOSE=1 to print every disagreement.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace {

struct GoldToken {
  std::string corpus;
  std::string story_id;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string tag;
};

// Measured accuracy minus one point; raise them when the tagger improves.
constexpr double kPtbFloor = 96.0;    // measured 97.0 % on 767 aligned tokens
constexpr double kCoarseFloor = 97.0; // measured 98.0 %

const std::string kShared = std::string(DYAD_SOURCE_DIR) + "/../shared";

const std::map<std::string, std::string> kCorpusFiles = {
    {"statedept", "corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz"},
    {"wikinews_2019_2020", "corpora/wikinews_2019_2020/wikinews_2019_2020.jsonl.gz"},
    {"reuters", "corpora/reuters21578/reuters21578.jsonl.gz"},
};

std::vector<GoldToken> read_gold() {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/fixtures/pos_gold.tsv");
  std::vector<GoldToken> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    GoldToken g;
    std::string b, e;
    std::getline(fields, g.corpus, '\t');
    std::getline(fields, g.story_id, '\t');
    std::getline(fields, b, '\t');
    std::getline(fields, e, '\t');
    std::getline(fields, g.tag, '\t');
    g.begin = static_cast<uint32_t>(std::stoul(b));
    g.end = static_cast<uint32_t>(std::stoul(e));
    gold.push_back(std::move(g));
  }
  return gold;
}

// Reads one whole line from a gzip stream (lines run up to ~117 KB).
bool gz_read_line(gzFile f, std::string* line) {
  line->clear();
  char buf[1 << 16];
  while (gzgets(f, buf, sizeof buf) != nullptr) {
    line->append(buf);
    if (!line->empty() && line->back() == '\n') return true;
  }
  return !line->empty();
}

// id -> text of the wanted stories of one corpus file.
std::map<std::string, std::string> read_stories(const std::string& path, const std::set<std::string>& wanted) {
  std::map<std::string, std::string> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  std::string line;
  while (out.size() < wanted.size() && gz_read_line(f, &line)) {
    // Cheap filter before parsing: the id must occur as a JSON string.
    bool maybe = false;
    for (const std::string& id : wanted) maybe = maybe || line.find("\"" + id + "\"") != std::string::npos;
    if (!maybe) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("id") || !j["id"].is_string()) continue;
    std::string id = j["id"].get<std::string>();
    if (wanted.count(id) && j.contains("text") && j["text"].is_string()) out[id] = j["text"].get<std::string>();
  }
  gzclose(f);
  return out;
}

enum class Coarse { kNoun, kVerb, kAdj, kAdv, kOther };
Coarse coarse(dyad::Pos p) {
  if (dyad::pos_is_noun(p)) return Coarse::kNoun;
  if (dyad::pos_is_verb(p) || p == dyad::Pos::kMD) return Coarse::kVerb;
  if (dyad::pos_is_adjective(p)) return Coarse::kAdj;
  if (p == dyad::Pos::kRB || p == dyad::Pos::kRBR || p == dyad::Pos::kRBS) return Coarse::kAdv;
  return Coarse::kOther;
}

// The tag of the dyad tokens covering exactly [begin, end), or kUnknown.
dyad::Pos aligned_tag(const dyad::AnalyzedStory& a, uint32_t begin, uint32_t end) {
  for (const dyad::Sentence& s : a.sentences) {
    if (s.base != dyad::TextBase::kText || s.span.end <= begin || s.span.begin >= end) continue;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (s.tokens[i].span.begin != begin) continue;
      for (size_t j = i; j < s.tokens.size() && s.tokens[j].span.end <= end; ++j) {
        if (s.tokens[j].span.end == end) return s.tokens[j].pos;
      }
      return dyad::Pos::kUnknown;
    }
  }
  return dyad::Pos::kUnknown;
}

struct Score {
  int total = 0, aligned = 0, exact = 0, coarse = 0;
  double pct(int n) const { return aligned ? 100.0 * n / aligned : 0.0; }
};

TEST(PosGold, AccuracyOnHandLabelledNewsSentences) {
  if (!std::filesystem::exists(kShared + "/corpora")) GTEST_SKIP() << "no ../shared/corpora: POS gold not checked";
  auto fe = dyad::FrontEnd::load();
  ASSERT_TRUE(fe.ok()) << fe.status().to_string();
  std::vector<GoldToken> gold = read_gold();
  ASSERT_GE(gold.size(), 500u);

  std::map<std::string, std::set<std::string>> wanted;
  for (const GoldToken& g : gold) wanted[g.corpus].insert(g.story_id);
  std::map<std::string, dyad::Story> stories;  // by id
  for (const auto& [corpus, ids] : wanted) {
    ASSERT_TRUE(kCorpusFiles.count(corpus)) << "unknown corpus " << corpus;
    for (auto& [id, text] : read_stories(kShared + "/" + kCorpusFiles.at(corpus), ids)) {
      stories[id].id = id;
      stories[id].text = std::move(text);
    }
  }
  std::map<std::string, dyad::AnalyzedStory> analysed;
  for (const auto& [id, story] : stories) analysed[id] = (*fe)->analyze(story, false);

  const bool verbose = std::getenv("DYAD_POS_GOLD_VERBOSE") != nullptr;
  std::map<std::string, Score> by_corpus;
  Score all;
  for (const GoldToken& g : gold) {
    Score& c = by_corpus[g.corpus];
    ++c.total, ++all.total;
    auto it = analysed.find(g.story_id);
    ASSERT_NE(it, analysed.end()) << "story not found in corpus: " << g.story_id;
    dyad::Pos got = aligned_tag(it->second, g.begin, g.end);
    const std::string& text = stories[g.story_id].text;
    std::string word = g.end <= text.size() ? text.substr(g.begin, g.end - g.begin) : "?";
    if (got == dyad::Pos::kUnknown) {
      if (verbose) std::printf("  unaligned %s [%u,%u) %s\n", g.story_id.c_str(), g.begin, g.end, word.c_str());
      continue;
    }
    dyad::Pos want = dyad::pos_from_name(g.tag);
    ASSERT_NE(want, dyad::Pos::kUnknown) << "bad gold tag " << g.tag;
    ++c.aligned, ++all.aligned;
    if (got == want) ++c.exact, ++all.exact;
    if (coarse(got) == coarse(want)) ++c.coarse, ++all.coarse;
    if (verbose && got != want) {
      std::printf("  %-20s gold %-5s got %-5s %s\n", word.c_str(), g.tag.c_str(), dyad::pos_name(got),
                  g.story_id.c_str());
    }
  }
  for (const auto& [corpus, s] : by_corpus) {
    std::printf("POS gold %-20s tokens %4d aligned %4d  PTB %.1f%%  coarse %.1f%%\n", corpus.c_str(), s.total,
                s.aligned, s.pct(s.exact), s.pct(s.coarse));
  }
  std::printf("POS gold %-20s tokens %4d aligned %4d  PTB %.1f%%  coarse %.1f%%\n", "all", all.total, all.aligned,
              all.pct(all.exact), all.pct(all.coarse));
  // Floors: the measured figures minus one point (see docs/frontend.md).
  EXPECT_GE(all.aligned, all.total * 95 / 100) << "tokenizer disagrees with PTB token boundaries too often";
  EXPECT_GE(all.pct(all.exact), kPtbFloor);
  EXPECT_GE(all.pct(all.coarse), kCoarseFloor);
}

}  // namespace
