#include <gtest/gtest.h>

#include "dict_test_util.h"

namespace dyad {
namespace {

std::vector<Diagnostic> lint_text(const std::string& text, LintOptions opt = {}) {
  std::vector<Diagnostic> d;
  auto set = test::read_text(text, &d);
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  return lint(set, opt);
}

bool has(const std::vector<Diagnostic>& d, const std::string& needle, uint32_t line) {
  for (const auto& x : d) {
    if (x.message.find(needle) != std::string::npos && x.line == line) return true;
  }
  return false;
}

TEST(Lint, CleanSetHasNoFindings) {
  auto d = lint_text("actor IGOUNO United Nations\nverb visit\n  code 042\n  - $ * + => 042:043\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
}

TEST(Lint, DuplicateNameWithConflictingCodes) {
  auto d = lint_text("actor IGOUNO United Nations\nactor IGOEUR United Nations\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(has(d, "also defined at test.txt:1", 2));
  EXPECT_EQ(d[0].to_string().rfind("test.txt:2:1: error:", 0), 0u);
}

TEST(Lint, OverlappingDateRanges) {
  auto d = lint_text("person A B\n  role USAGOV 2009-01-20..2017-01-20 exact\n  role USALEG 2016-01-01.. exact\n");
  EXPECT_TRUE(has(d, "overlaps", 3));
}

TEST(Lint, DefaultNotLast) {
  auto d = lint_text("person A B\n  role USAGOV\n  role USALEG 2016-01-01.. exact\n");
  EXPECT_TRUE(has(d, "must come last", 2));
}

TEST(Lint, EventCodeOutsideCodebook) {
  LintOptions opt;
  opt.event_codes = {"042", "043"};
  auto d = lint_text("verb visit\n  code 042\n  - $ * + => 999\n", opt);
  EXPECT_TRUE(has(d, "not in the cameo codebook", 3));
}

TEST(Lint, ActorCodeMustBeThreeLetterGroups) {
  auto d = lint_text("actor ABCD Foo\n");
  EXPECT_TRUE(has(d, "3-letter groups", 1));
}

TEST(Lint, PatternsThatCanNeverMatch) {
  auto d = lint_text(
      "verb visit\n  code 042\n  - $ + => 042\n  - $ * &NOSUCH => 042\n  - $ * { | } => 042\n  - $ * {| her} + => 042\n");
  EXPECT_TRUE(has(d, "no '*'", 3));
  EXPECT_TRUE(has(d, "undefined synset", 4));
  EXPECT_TRUE(has(d, "empty alternatives", 5));
  EXPECT_EQ(d.size(), 3u);  // "{| her}" is an optional word, not an error
}

TEST(Lint, CoarseDateMustBeApproximate) {
  auto d = lint_text("person A B\n  role USAGOV 2019..2020 exact\n  role USALEG 2010..2011 approximate\n");
  EXPECT_TRUE(has(d, "approximate", 2));
  EXPECT_FALSE(has(d, "approximate", 3));
}

TEST(Lint, PeerToleratedFindingsAreWarnings) {
  LintOptions opt;
  opt.peer = true;
  auto d = lint_text("actor IGOUNO United Nations\nactor IGOEUR United Nations\n", opt);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::kWarning);
}

}  // namespace
}  // namespace dyad
