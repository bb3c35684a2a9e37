// Runs `dyad eval` on each peer suite with its own dictionaries and fails when
// the records passed fall below the committed floor (tests/golden/floors.json).
// A floor only ever rises.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "eval_common.h"

namespace dyad::golden {
namespace {

nlohmann::json floors() {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/golden/floors.json");
  return nlohmann::json::parse(in, nullptr, false);
}

class FloorTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FloorTest, RecordsPassedAtLeastFloor) {
  const std::string suite = GetParam();
  if (!have_suite(suite)) GTEST_SKIP() << "../shared/eval/" << suite << " not present";
  auto f = floors();
  ASSERT_FALSE(f.is_discarded()) << "tests/golden/floors.json unreadable";
  ASSERT_TRUE(f.contains(suite)) << "no floor for " << suite;
  auto j = eval_json(suite, "");
  ASSERT_FALSE(j.is_discarded()) << "dyad eval printed no JSON";
  EXPECT_EQ(j["records"].get<int>(), f[suite]["records"].get<int>());
  EXPECT_GE(j["passed"].get<int>(), f[suite]["passed"].get<int>()) << suite << " fell below its floor";
  EXPECT_GE(j["strict"]["f1"].get<double>() + 1e-9, f[suite]["strict_f1"].get<double>());
}

INSTANTIATE_TEST_SUITE_P(Suites, FloorTest,
                         ::testing::Values("tabari-validate", "petr1-unittest", "udpetr-validate"),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& c : n) if (c == '-') c = '_';
                           return n;
                         });

}  // namespace
}  // namespace dyad::golden
