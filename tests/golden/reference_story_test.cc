// THE REFERENCE STORY (issue 5): `dyad code` on the Xinhua China-Canada story
// with the bundled dictionaries must produce exactly the listed happenings.
// Reads ../shared at run time; skips when it is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

const std::string kStory = std::string(DYAD_SOURCE_DIR) + "/../shared/examples/xinhua-2025-11-11-china-canada.txt";

std::vector<nlohmann::json> run_cli() {
  // One file per process: ctest runs the cases of this suite in parallel.
  std::string out = std::string(DYAD_BINARY_DIR) + "/reference_story_events." + std::to_string(::getpid()) + ".jsonl";
  std::string cmd = std::string("\"") + DYAD_CLI + "\" code --output-format jsonl -j 1 -o \"" + out + "\" \"" + kStory + "\"";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::ifstream in(out);
  std::vector<nlohmann::json> events;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) events.push_back(nlohmann::json::parse(line));
  std::filesystem::remove(out);
  return events;
}

bool in(const std::string& v, std::initializer_list<const char*> set) {
  for (const char* s : set)
    if (v == s) return true;
  return false;
}

class ReferenceStory : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kStory)) GTEST_SKIP() << "../shared is absent: " << kStory;
    events_ = run_cli();
  }
  // Events between these actors with a code in `codes` (or, when `root` is set, of that root).
  std::vector<nlohmann::json> find(std::initializer_list<const char*> sources, std::initializer_list<const char*> targets,
                                   std::initializer_list<const char*> codes, const char* root = nullptr) const {
    std::vector<nlohmann::json> out;
    for (const auto& e : events_) {
      std::string code = e["code"];
      bool code_ok = root ? e["root"] == root : in(code, codes);
      if (code_ok && in(e["source"], sources) && in(e["target"], targets)) out.push_back(e);
    }
    return out;
  }
  std::vector<nlohmann::json> events_;
};

TEST_F(ReferenceStory, PhoneCallOfTheTwoForeignMinisters) {
  for (auto [s, t] : {std::pair{"CHNGOV", "CANGOV"}, std::pair{"CANGOV", "CHNGOV"}}) {
    auto found = find({s}, {t}, {"041", "040"});
    ASSERT_EQ(found.size(), 1u) << s << "->" << t;
    EXPECT_EQ(found[0]["date"], "2025-11-11");
    EXPECT_EQ(found[0]["date_precision"], "day");
  }
}

TEST_F(ReferenceStory, XiCarneyMeetingOncePerDirectionWithTwoMentions) {
  for (auto [s, t] : {std::pair{"CHNGOV", "CANGOV"}, std::pair{"CANGOV", "CHNGOV"}}) {
    auto found = find({s}, {t}, {"044", "040", "043", "046"});
    ASSERT_EQ(found.size(), 1u) << s << "->" << t;
    const auto& e = found[0];
    EXPECT_EQ(e["mentions"], 2);
    EXPECT_EQ(e["evidence"].size(), 2u);
    ASSERT_TRUE(e["location"].is_object());
    EXPECT_EQ(e["location"]["name"], "Gyeongju");
    EXPECT_EQ(e["location"]["country"], "KOR");
    EXPECT_EQ(e["location"]["source"], "text");
    ASSERT_TRUE(e["date"].is_string());
    EXPECT_LT(e["date"].get<std::string>(), "2025-11-11");
    EXPECT_TRUE(in(e["date_precision"], {"approx", "vague"})) << e["date_precision"];
    EXPECT_FALSE(e["date_phrase"].get<std::string>().empty());
  }
}

TEST_F(ReferenceStory, WangYisAppeal) {
  auto found = find({"CHNGOV"}, {"CANGOV", "CAN"}, {}, "02");
  EXPECT_GE(found.size(), 1u);
}

TEST_F(ReferenceStory, EachSidesReadinessToDeepenTies) {
  EXPECT_GE(find({"CHNGOV", "CHN"}, {"CANGOV", "CAN"}, {}, "03").size(), 1u);
  EXPECT_GE(find({"CANGOV", "CAN"}, {"CHNGOV", "CHN"}, {}, "03").size(), 1u);
}

TEST_F(ReferenceStory, NothingElse) {
  ASSERT_FALSE(events_.empty());
  for (const auto& e : events_) {
    std::string s = e["source"], t = e["target"], root = e["root"];
    EXPECT_NE(s.substr(0, 3), t.substr(0, 3)) << "self-directed: " << e.dump();
    bool gov_pair = in(s, {"CHNGOV", "CANGOV"}) && in(t, {"CHNGOV", "CANGOV"});
    bool country_or_gov = in(s, {"CHNGOV", "CHN", "CANGOV", "CAN"}) && in(t, {"CHNGOV", "CHN", "CANGOV", "CAN"});
    if (root == "04") EXPECT_TRUE(gov_pair) << e.dump();
    else if (root == "02") EXPECT_TRUE(s == "CHNGOV" && in(t, {"CANGOV", "CAN"})) << e.dump();
    else if (root == "03") EXPECT_TRUE(country_or_gov) << e.dump();
    else if (root == "01") EXPECT_TRUE(gov_pair) << e.dump();
    else ADD_FAILURE() << "unexpected root " << root << ": " << e.dump();
  }
  // Exactly one event per happening and direction: 2 calls, 2 meetings, the appeal, 2 readiness.
  std::set<std::string> keys;
  for (const auto& e : events_) {
    std::string k = e["source"].get<std::string>() + ">" + e["target"].get<std::string>() + ":" + e["code"].get<std::string>();
    EXPECT_TRUE(keys.insert(k).second) << "duplicate " << k;
  }
  size_t non_statements = 0;
  for (const auto& e : events_) non_statements += e["root"] != "01";
  EXPECT_EQ(non_statements, 7u);
}

}  // namespace
