// split_sentences(): one behaviour per test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace dyad {
namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(text, Span{0, static_cast<uint32_t>(text.size())}))
    out.push_back(text.substr(s.begin, s.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(SplitSentences, SplitsAtPeriodBeforeCapital) {
  EXPECT_EQ(split("He arrived. She left."), (V{"He arrived.", "She left."}));
}

TEST(SplitSentences, SpansAreByteOffsetsIntoTheRegion) {
  const std::string t = "xx He arrived. She left. yy";
  const auto spans = split_sentences(t, Span{3, 24});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{3, 14}));
  EXPECT_EQ(spans[1], (Span{15, 24}));
}

TEST(SplitSentences, EmptyOrInvertedRegionGivesNothing) {
  EXPECT_TRUE(split_sentences("abc. Def.", Span{5, 5}).empty());
  EXPECT_TRUE(split_sentences("abc. Def.", Span{6, 2}).empty());
  EXPECT_TRUE(split_sentences("", Span{0, 10}).empty());
}

TEST(SplitSentences, RegionPastTheEndIsClamped) {
  const auto spans = split_sentences("One. Two.", Span{0, 1000});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[1].end, 9u);
}

TEST(SplitSentences, WhitespaceOnlyGivesNothing) {
  EXPECT_TRUE(split(" \n\n \t ").empty());
}

TEST(SplitSentences, KeepsUSInsideASentence) {
  EXPECT_EQ(split("The U.S. Embassy said it would reopen. Staff returned."),
            (V{"The U.S. Embassy said it would reopen.", "Staff returned."}));
}

TEST(SplitSentences, KeepsUNAndDC) {
  EXPECT_EQ(split("He met U.N. envoys in Washington, D.C. on Monday."), (V{"He met U.N. envoys in Washington, D.C. on Monday."}));
}

TEST(SplitSentences, BreaksAfterUSBeforeSentenceStarter) {
  EXPECT_EQ(split("Prices rose in the U.S. The next day they fell."),
            (V{"Prices rose in the U.S.", "The next day they fell."}));
}

TEST(SplitSentences, KeepsUSBeforeCapitalisedNoun) {
  EXPECT_EQ(split("Officials from the U.S. Agriculture Department met."),
            (V{"Officials from the U.S. Agriculture Department met."}));
}

TEST(SplitSentences, BreaksAfterWashingtonDCBeforeCapital) {
  EXPECT_EQ(split("He met the minister in Washington, D.C. Secretary Blinken thanked him."),
            (V{"He met the minister in Washington, D.C.", "Secretary Blinken thanked him."}));
}

TEST(SplitSentences, KeepsReutersCapitalAfterUS) {
  EXPECT_EQ(split("It will sell the car on the U.S. And Japanese markets."),
            (V{"It will sell the car on the U.S. And Japanese markets."}));
}

TEST(SplitSentences, KeepsTitles) {
  EXPECT_EQ(split("Mr. Smith met Gen. Lee and Dr. Jones. Prof. Wu stayed."),
            (V{"Mr. Smith met Gen. Lee and Dr. Jones.", "Prof. Wu stayed."}));
}

TEST(SplitSentences, KeepsInitials) {
  EXPECT_EQ(split("Secretary of State Antony J. Blinken spoke today."),
            (V{"Secretary of State Antony J. Blinken spoke today."}));
}

TEST(SplitSentences, KeepsMonthAbbreviationBeforeDay) {
  EXPECT_EQ(split("It happened on Nov. 11 in Beijing. Sept. 3 was next."),
            (V{"It happened on Nov. 11 in Beijing.", "Sept. 3 was next."}));
}

TEST(SplitSentences, KeepsTimesOfDay) {
  EXPECT_EQ(split("Gen. Lee arrived at 3 p.m. on Friday. He left at 9 a.m. today."),
            (V{"Gen. Lee arrived at 3 p.m. on Friday.", "He left at 9 a.m. today."}));
}

TEST(SplitSentences, KeepsDecimals) {
  EXPECT_EQ(split("Growth was 3.5 percent. It was 2.1 before."), (V{"Growth was 3.5 percent.", "It was 2.1 before."}));
}

TEST(SplitSentences, KeepsNumberAbbreviation) {
  EXPECT_EQ(split("He lives at No. 10 Downing Street."), (V{"He lives at No. 10 Downing Street."}));
}

TEST(SplitSentences, NoAtSentenceEndIsAWord) {
  EXPECT_EQ(split("The answer was no. The vote failed."), (V{"The answer was no.", "The vote failed."}));
}

TEST(SplitSentences, KeepsCompanySuffixBeforeName) {
  EXPECT_EQ(split("Acme Corp. Chairman John Smith resigned."), (V{"Acme Corp. Chairman John Smith resigned."}));
}

TEST(SplitSentences, BreaksAfterCompanySuffixBeforeStarter) {
  EXPECT_EQ(split("He joined Apple Inc. The company grew."), (V{"He joined Apple Inc.", "The company grew."}));
}

TEST(SplitSentences, KeepsCoLtdAndJanBeforeNames) {
  EXPECT_EQ(split("Sears, Roebuck and Co. Chairman Ed Brennan and BP Ltd. Director Sam Ray met on Jan. 5."),
            (V{"Sears, Roebuck and Co. Chairman Ed Brennan and BP Ltd. Director Sam Ray met on Jan. 5."}));
}

TEST(SplitSentences, KeepsSaintAndJunior) {
  EXPECT_EQ(split("St. Petersburg hosted Martin Luther King Jr. and others."),
            (V{"St. Petersburg hosted Martin Luther King Jr. and others."}));
}

TEST(SplitSentences, KeepsLatinAbbreviations) {
  EXPECT_EQ(split("Some states, e.g. France, agreed, i.e. most of them. Others did not."),
            (V{"Some states, e.g. France, agreed, i.e. most of them.", "Others did not."}));
}

TEST(SplitSentences, KeepsVersus) {
  EXPECT_EQ(split("It was Smith vs. Jones in court."), (V{"It was Smith vs. Jones in court."}));
}

TEST(SplitSentences, QuestionAndExclamationEndSentences) {
  EXPECT_EQ(split("Who won? Nobody knows! We will see."), (V{"Who won?", "Nobody knows!", "We will see."}));
}

TEST(SplitSentences, SentenceEndsAfterClosingQuote) {
  EXPECT_EQ(split("He said, \"We will win.\" The crowd cheered."),
            (V{"He said, \"We will win.\"", "The crowd cheered."}));
}

TEST(SplitSentences, SentenceEndsAfterCurlyClosingQuote) {
  EXPECT_EQ(split("He said \u201cno.\u201d Then he left."), (V{"He said \u201cno.\u201d", "Then he left."}));
}

TEST(SplitSentences, QuotedQuestionBeforeLowercaseContinues) {
  EXPECT_EQ(split("\"Why now?\" he asked."), (V{"\"Why now?\" he asked."}));
}

TEST(SplitSentences, PeriodInsideParenthesesDoesNotSplit) {
  EXPECT_EQ(split("The agency (known as the F.B.I. Office) said no. Then it left."),
            (V{"The agency (known as the F.B.I. Office) said no.", "Then it left."}));
}

TEST(SplitSentences, SentenceInParenthesesEndsAfterParen) {
  EXPECT_EQ(split("He left. (The meeting was over.) Then we ate."),
            (V{"He left.", "(The meeting was over.)", "Then we ate."}));
}

TEST(SplitSentences, EllipsisBeforeLowercaseContinues) {
  EXPECT_EQ(split("We will ... see what happens."), (V{"We will ... see what happens."}));
}

TEST(SplitSentences, EllipsisBeforeCapitalSplits) {
  EXPECT_EQ(split("We waited\u2026 Nothing came."), (V{"We waited\u2026", "Nothing came."}));
}

TEST(SplitSentences, PeriodWithoutFollowingSpaceDoesNotSplit) {
  EXPECT_EQ(split("See state.gov and U.S.-based groups."), (V{"See state.gov and U.S.-based groups."}));
}

TEST(SplitSentences, NumberedListMarkerDoesNotSplit) {
  EXPECT_EQ(split("1. The ministers met."), (V{"1. The ministers met."}));
}

TEST(SplitSentences, NumberAtSentenceEndSplits) {
  EXPECT_EQ(split("It was founded in 1987. The firm grew."), (V{"It was founded in 1987.", "The firm grew."}));
}

TEST(SplitSentences, AlwaysBreaksAtBlankLine) {
  EXPECT_EQ(split("Washington, D.C.\n\nThe talks began"), (V{"Washington, D.C.", "The talks began"}));
}

TEST(SplitSentences, BlankLineWithSpacesIsAParagraphBreak) {
  EXPECT_EQ(split("First part\n  \t\nSecond part"), (V{"First part", "Second part"}));
}

TEST(SplitSentences, SingleNewlineInWrappedTextIsASpace) {
  EXPECT_EQ(split("Arnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy."),
            (V{"Arnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy."}));
}

TEST(SplitSentences, SingleNewlineAfterHeadingSplits) {
  EXPECT_EQ(split("Press Statement of the Department\nThe Secretary met the minister."),
            (V{"Press Statement of the Department", "The Secretary met the minister."}));
}

TEST(SplitSentences, SingleNewlineAfterCapitalsHeadingSplits) {
  EXPECT_EQ(split("SECRETARY BLINKEN\nThank you all."), (V{"SECRETARY BLINKEN", "Thank you all."}));
}

TEST(SplitSentences, SingleNewlineBeforeBulletSplits) {
  EXPECT_EQ(split("The measures include\n- new sanctions\n- export controls"),
            (V{"The measures include", "- new sanctions", "- export controls"}));
}

TEST(SplitSentences, WrappedLineEndingInFunctionWordIsNotAHeading) {
  EXPECT_EQ(split("Talks With The\nLeaders began."), (V{"Talks With The\nLeaders began."}));
}

TEST(SplitSentences, TrailingWhitespaceIsTrimmed) {
  EXPECT_EQ(split("  One.   Two.\u00a0 "), (V{"One.", "Two."}));
}

TEST(SplitSentences, ParagraphWithoutFinalPunctuationIsASentence) {
  EXPECT_EQ(split("Kangerlussuaq Airport"), (V{"Kangerlussuaq Airport"}));
}

}  // namespace
}  // namespace dyad
