// Validates the `dyad eval` scorer: scoring the peers' own baseline
// predictions must reproduce the figures published in each suite.json
// (TABARI 385/438, UD-PETRARCH 191/245, PETRARCH-2 89/280).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "eval_common.h"

namespace dyad::golden {
namespace {

struct Published {
  const char* suite;
  const char* baseline;
  int passed;
  int records;
  double strict_f1;
};

class ScorerTest : public ::testing::TestWithParam<Published> {};

TEST_P(ScorerTest, ReproducesPublishedBaseline) {
  const Published& p = GetParam();
  if (!have_suite(p.suite)) GTEST_SKIP() << "../shared/eval/" << p.suite << " not present";
  std::string pred = shared_eval_dir() + "/" + p.suite + "/" + p.baseline;
  auto j = eval_json(p.suite, "--score-predictions '" + pred + "'");
  ASSERT_FALSE(j.is_discarded()) << "dyad eval printed no JSON";
  EXPECT_EQ(j["records"].get<int>(), p.records);
  EXPECT_EQ(j["passed"].get<int>(), p.passed);
  EXPECT_NEAR(j["strict"]["f1"].get<double>(), p.strict_f1, 0.0005);
}

INSTANTIATE_TEST_SUITE_P(
    Suites, ScorerTest,
    ::testing::Values(Published{"tabari-validate", "baseline.tabari-0.8.4b2-autocode.pred.jsonl", 385, 438, 0.916},
                      Published{"udpetr-validate", "baseline.udpetr-devvalidate.pred.jsonl", 191, 245, 0.812},
                      Published{"petr1-unittest", "baseline.petrarch2-2to3.pred.jsonl", 89, 280, 0.411}),
    [](const auto& info) {
      std::string n = info.param.suite;
      for (char& c : n) if (c == '-') c = '_';
      return n;
    });

}  // namespace
}  // namespace dyad::golden
