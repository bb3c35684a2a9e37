// Measures the sentence splitter against hand-labelled boundary candidates
// (tests/fixtures/sentence_boundaries.tsv, drawn by scripts/sample_boundaries.py).
// The corpus text is read at run time from ../shared/corpora; the test skips
// when it is absent. No corpus text is stored in the repository.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace dyad {
namespace {

struct Label {
  std::string corpus;
  std::string story_id;
  uint32_t offset = 0;
  bool boundary = false;
};

std::vector<Label> read_labels(const std::string& path) {
  std::vector<Label> labels;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("corpus\t", 0) == 0) continue;
    std::istringstream fields(line);
    Label l;
    std::string offset, verdict;
    std::getline(fields, l.corpus, '\t');
    std::getline(fields, l.story_id, '\t');
    std::getline(fields, offset, '\t');
    std::getline(fields, verdict, '\t');
    l.offset = static_cast<uint32_t>(std::stoul(offset));
    EXPECT_TRUE(verdict == "boundary" || verdict == "no_boundary") << line;
    l.boundary = verdict == "boundary";
    labels.push_back(l);
  }
  return labels;
}

std::filesystem::path find_corpus_file(const std::filesystem::path& corpora, const std::string& name) {
  for (const auto& dir : std::filesystem::directory_iterator(corpora)) {
    auto p = dir.path() / (name + ".jsonl.gz");
    if (std::filesystem::exists(p)) return p;
  }
  return {};
}

// Reads the "text" of the wanted story ids from one gzip JSON Lines file.
void load_texts(const std::filesystem::path& file, const std::set<std::string>& ids,
                std::map<std::string, std::string>* texts) {
  gzFile gz = gzopen(file.c_str(), "rb");
  ASSERT_NE(gz, nullptr) << file;
  std::vector<char> buf(1 << 16);
  std::string line;
  while (gzgets(gz, buf.data(), static_cast<int>(buf.size())) != nullptr) {
    line += buf.data();
    if (line.empty() || line.back() != '\n') continue;  // long line: keep reading
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded() || !j.contains("id")) continue;
    const std::string id = j["id"].get<std::string>();
    if (ids.count(id) && j["text"].is_string()) (*texts)[id] = j["text"].get<std::string>();
  }
  gzclose(gz);
}

bool is_closer_byte_run(std::string_view s) {
  // Only terminators and closing quotes/brackets between the label and the end.
  static const std::string_view kClosers[] = {".", "?", "!", "\"", "'", ")", "]",
                                              "\xE2\x80\x99", "\xE2\x80\x9D", "\xC2\xBB"};
  while (!s.empty()) {
    bool hit = false;
    for (auto c : kClosers) {
      if (s.substr(0, c.size()) == c) {
        s.remove_prefix(c.size());
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

bool predicts_boundary(std::string_view text, const std::vector<Span>& sentences, uint32_t off) {
  for (const Span& s : sentences)
    if (s.end > off && s.end <= off + 8 && is_closer_byte_run(text.substr(off + 1, s.end - off - 1)))
      return true;
  return false;
}

std::string context(std::string_view text, uint32_t off) {
  const uint32_t a = off > 60 ? off - 60 : 0;
  std::string c(text.substr(a, off - a));
  c += "[[";
  c += text.substr(off, 1);
  c += "]]";
  c += text.substr(off + 1, 60);
  for (char& ch : c)
    if (ch == '\n') ch = ' ';
  return c;
}

TEST(SentenceBoundaries, HandLabelledSampleIsAtLeast99PercentCorrect) {
  const std::filesystem::path corpora = DYAD_SOURCE_DIR "/../shared/corpora";
  if (!std::filesystem::exists(corpora)) GTEST_SKIP() << "../shared/corpora not present";
  const auto labels = read_labels(DYAD_SOURCE_DIR "/tests/fixtures/sentence_boundaries.tsv");
  ASSERT_EQ(labels.size(), 200u);

  std::map<std::string, std::set<std::string>> wanted;
  for (const auto& l : labels) wanted[l.corpus].insert(l.story_id);
  std::map<std::string, std::string> texts;
  for (const auto& [corpus, ids] : wanted) {
    const auto file = find_corpus_file(corpora, corpus);
    ASSERT_FALSE(file.empty()) << "no corpus file for " << corpus;
    load_texts(file, ids, &texts);
  }

  int correct = 0, true_boundaries = 0, found_boundaries = 0;
  for (const auto& l : labels) {
    auto it = texts.find(l.story_id);
    ASSERT_NE(it, texts.end()) << "story " << l.story_id << " not found in " << l.corpus;
    const std::string& text = it->second;
    ASSERT_LT(l.offset, text.size()) << l.story_id;
    ASSERT_NE(std::string_view(".?!").find(text[l.offset]), std::string_view::npos)
        << l.story_id << " offset " << l.offset << " is not a terminator";
    const auto sentences = split_sentences(text, Span{0, static_cast<uint32_t>(text.size())});
    const bool predicted = predicts_boundary(text, sentences, l.offset);
    true_boundaries += l.boundary;
    found_boundaries += l.boundary && predicted;
    if (predicted == l.boundary) {
      ++correct;
    } else {
      std::cout << "MISS " << l.corpus << " " << l.story_id << " @" << l.offset << " label="
                << (l.boundary ? "boundary" : "no_boundary") << ": " << context(text, l.offset) << "\n";
    }
  }
  const double accuracy = static_cast<double>(correct) / labels.size();
  std::cout << "sentence boundary accuracy: " << correct << "/" << labels.size() << " = "
            << accuracy * 100 << " % (boundaries found " << found_boundaries << "/" << true_boundaries
            << ")\n";
  EXPECT_GE(accuracy, 0.99);
}

}  // namespace
}  // namespace dyad
