// Golden-style checks over the shared corpora and eval suites (../shared).
// Skipped when ../shared is absent; no shared text is copied into the repo.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "dyad/reader.h"

namespace dyad {
namespace {

const std::string kShared = DYAD_SOURCE_DIR "/../shared";

#define SKIP_WITHOUT(path)                                                   \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << (path) << " (../shared absent)"

struct Counts {
  std::vector<Story> stories;
  std::vector<RecordError> errors;
};

Counts read_path(const std::string& path, InputFormat format = InputFormat::kAuto) {
  InputOptions opt;
  opt.format = format;
  Counts c;
  auto r = open_inputs({path}, opt);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  if (!r.ok()) return c;
  ReadItem item;
  while ((*r)->next(&item)) {
    if (item.error) c.errors.push_back(*item.error);
    else c.stories.push_back(std::move(*item.story));
  }
  return c;
}

std::string collapse(std::string_view s) {
  std::string out;
  for (char ch : s) {
    bool ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (ws) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string body_text(const Story& s) {
  std::string out;
  for (Span sp : s.body) out += s.text.substr(sp.begin, sp.size()) + " ";
  return collapse(out);
}

// Gold records by id, read with our own JSON Lines reader.
std::map<std::string, Story> gold(const std::string& suite) {
  std::map<std::string, Story> out;
  Counts c = read_path(kShared + "/eval/" + suite + "/gold.jsonl");
  EXPECT_TRUE(c.errors.empty());
  for (auto& s : c.stories) out.emplace(s.id, std::move(s));
  return out;
}

void expect_xml_matches_gold(const std::string& suite, const std::string& file) {
  Counts got = read_path(kShared + "/eval/" + suite + "/" + file);
  EXPECT_TRUE(got.errors.empty()) << got.errors.front().reason;
  std::map<std::string, const Story*> by_id;
  for (const auto& s : got.stories) by_id[s.id] = &s;
  auto g = gold(suite);
  ASSERT_FALSE(g.empty());
  size_t same = 0;
  for (const auto& [id, want] : g) {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      ADD_FAILURE() << suite << ": record " << id << " not read";
      continue;
    }
    EXPECT_EQ(it->second->text, want.text) << suite << " " << id;
    EXPECT_EQ(it->second->date, want.date) << suite << " " << id;
    same += it->second->text == want.text;
  }
  std::printf("%s: %zu stories read, %zu/%zu gold records with identical id and text\n",
              suite.c_str(), got.stories.size(), same, g.size());
}

TEST(SharedInputs, PetrarchUnitTestRecordsMatchGold) {
  SKIP_WITHOUT(kShared + "/eval/petr1-unittest");
  expect_xml_matches_gold("petr1-unittest", "PETR.UnitTest.records.xml");
}

TEST(SharedInputs, UdPetrarchValidationRecordsMatchGold) {
  SKIP_WITHOUT(kShared + "/eval/udpetr-validate");
  expect_xml_matches_gold("udpetr-validate", "PETR_Validate_records_2_02.xml");
}

TEST(SharedInputs, TabariValidationRecordsMatchGold) {
  SKIP_WITHOUT(kShared + "/eval/tabari-validate");
  Counts got = read_path(kShared + "/eval/tabari-validate/Validate.text");
  EXPECT_TRUE(got.errors.empty());
  std::map<std::string, const Story*> by_id;
  for (const auto& s : got.stories) by_id[s.id] = &s;
  auto g = gold("tabari-validate");
  size_t found = 0, same = 0;
  std::vector<std::string> differ;
  for (const auto& [id, want] : g) {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      ADD_FAILURE() << "record " << id << " not read";
      continue;
    }
    ++found;
    EXPECT_EQ(it->second->date, want.date) << id;
    if (body_text(*it->second) == collapse(want.text)) ++same;
    else differ.push_back(id);
  }
  std::printf("tabari-validate: %zu stories read, %zu/%zu gold ids found, %zu/%zu texts equal "
              "after whitespace normalisation\n",
              got.stories.size(), found, g.size(), same, g.size());
  for (const auto& id : differ) std::printf("  text differs: %s\n", id.c_str());
  EXPECT_EQ(found, g.size());
  EXPECT_GE(same * 100, g.size() * 95);  // see the printed list for the rest
}

TEST(SharedInputs, GoldFilesReadWithoutErrors) {
  SKIP_WITHOUT(kShared + "/eval");
  for (const char* suite : {"petr1-unittest", "udpetr-validate", "tabari-validate"}) {
    Counts c = read_path(kShared + "/eval/" + suite + "/gold.jsonl");
    EXPECT_TRUE(c.errors.empty()) << suite;
    EXPECT_GT(c.stories.size(), 200u) << suite;
    for (const auto& s : c.stories) {
      EXPECT_NE(s.extra_json.find("\"events\":"), std::string::npos) << s.id;
      EXPECT_NE(s.extra_json.find("\"notes\":"), std::string::npos) << s.id;
    }
  }
}

TEST(SharedInputs, AllCorporaReadWithoutErrors) {
  SKIP_WITHOUT(kShared + "/corpora");
  Counts c = read_path(kShared + "/corpora");
  EXPECT_TRUE(c.errors.empty()) << c.errors.front().file << ":" << c.errors.front().line << " "
                                << c.errors.front().reason;
  EXPECT_EQ(c.stories.size(), 29537u);
  for (const auto& s : c.stories) {
    ASSERT_FALSE(s.id.empty());
    for (Span sp : s.body) ASSERT_LE(sp.end, s.text.size()) << s.id;
  }
}

TEST(SharedInputs, XinhuaExampleStory) {
  const std::string path = kShared + "/examples/xinhua-2025-11-11-china-canada.txt";
  SKIP_WITHOUT(path);
  Counts c = read_path(path);
  ASSERT_EQ(c.stories.size(), 1u);
  const Story& s = c.stories[0];
  EXPECT_EQ(s.id, "xinhua-2025-11-11-china-canada");
  EXPECT_EQ(s.date->iso(), "2025-11-11");
  EXPECT_EQ(s.title.rfind("Chinese FM calls for", 0), 0u);
  ASSERT_TRUE(s.dateline);
  EXPECT_EQ(s.dateline->place, "BEIJING");
  EXPECT_EQ(s.dateline->agency, "Xinhua");
  EXPECT_EQ(s.dateline->date->iso(), "2025-11-11");
  ASSERT_EQ(s.metadata.size(), 3u);  // header, agency/time line, web-editor trailer
  EXPECT_EQ(s.text.substr(s.metadata[2].begin, 12), "(Web editor:");
  ASSERT_FALSE(s.body.empty());
  EXPECT_EQ(s.text.substr(s.body[0].begin, 14), "Chinese Foreig");
  EXPECT_GE(s.body[0].begin, s.dateline->span.end);
  EXPECT_EQ(s.body.size(), 8u);
}

}  // namespace
}  // namespace dyad
