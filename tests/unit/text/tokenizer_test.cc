// tokenize(): spans, splitting rules, norm and flags.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace dyad {
namespace {

std::vector<Token> tok(const std::string& text) {
  return tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
}

// The original text of each token, in order.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tok(text)) out.push_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, SplitsOffPunctuation) {
  EXPECT_EQ(words("Hello, world!"), (V{"Hello", ",", "world", "!"}));
}

TEST(Tokenize, SpansAreExactAndInsideTheSentence) {
  const std::string t = "xx Kraków\u2019s plan. yy";
  const auto toks = tokenize(t, Span{3, 21});
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].span, (Span{3, 10}));   // Kraków (ó is 2 bytes)
  EXPECT_EQ(toks[1].span, (Span{10, 14}));  // ’s
  EXPECT_EQ(toks[2].span, (Span{15, 19}));  // plan
  EXPECT_EQ(toks[3].span, (Span{19, 20}));  // .
}

TEST(Tokenize, EmptySentenceGivesNothing) {
  EXPECT_TRUE(tokenize("abc", Span{2, 2}).empty());
  EXPECT_TRUE(tokenize("abc", Span{5, 9}).empty());
  EXPECT_TRUE(tok("   ").empty());
}

TEST(Tokenize, PossessiveIsSeparateToken) {
  EXPECT_EQ(words("China's army"), (V{"China", "'s", "army"}));
}

TEST(Tokenize, CurlyPossessiveNormalisesToAscii) {
  const auto t = tok("China\u2019s");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].norm, "'s");
}

TEST(Tokenize, NegationCliticIsSplitPtbStyle) {
  EXPECT_EQ(words("They don't agree"), (V{"They", "do", "n't", "agree"}));
}

TEST(Tokenize, OtherClitics) {
  EXPECT_EQ(words("We're sure they'll go"), (V{"We", "'re", "sure", "they", "'ll", "go"}));
}

TEST(Tokenize, NameApostropheStaysInside) {
  EXPECT_EQ(words("O'Brien visited Côte d'Ivoire"), (V{"O'Brien", "visited", "Côte", "d'Ivoire"}));
}

TEST(Tokenize, PluralPossessiveApostropheIsPunctuation) {
  EXPECT_EQ(words("the countries' leaders"), (V{"the", "countries", "'", "leaders"}));
}

TEST(Tokenize, DottedAcronymIsOneToken) {
  const auto t = tok("the U.S. said");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].span, (Span{4, 8}));
  EXPECT_EQ(t[1].norm, "u.s.");
  EXPECT_TRUE(t[1].flags & kTokAbbreviation);
}

TEST(Tokenize, AcronymAtSentenceEndKeepsItsPeriod) {
  EXPECT_EQ(words("He flew to the U.S."), (V{"He", "flew", "to", "the", "U.S."}));
}

TEST(Tokenize, TitleAbbreviationKeepsPeriod) {
  const auto t = tok("Mr. Smith");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].norm, "mr.");
  EXPECT_TRUE(t[0].flags & kTokAbbreviation);
}

TEST(Tokenize, InitialKeepsPeriod) {
  EXPECT_EQ(words("Antony J. Blinken"), (V{"Antony", "J.", "Blinken"}));
}

TEST(Tokenize, OrdinaryWordLosesFinalPeriod) {
  EXPECT_EQ(words("They met."), (V{"They", "met", "."}));
}

TEST(Tokenize, NumberAbbreviationOnlyBeforeNumber) {
  EXPECT_EQ(words("No. 10"), (V{"No.", "10"}));
  EXPECT_EQ(words("said No."), (V{"said", "No", "."}));
}

TEST(Tokenize, NumbersWithSeparatorsAreOneToken) {
  const auto t = tok("1,250.5 tons at 14:55");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].span, (Span{0, 7}));
  EXPECT_TRUE(t[0].flags & kTokNumber);
  EXPECT_EQ(t[3].norm, "14:55");
  EXPECT_TRUE(t[3].flags & kTokNumber);
  EXPECT_FALSE(t[1].flags & kTokNumber);
}

TEST(Tokenize, NumberFollowedByPeriodAtSentenceEnd) {
  EXPECT_EQ(words("in 1987."), (V{"in", "1987", "."}));
}

TEST(Tokenize, CurrencyAndPercentAreSeparate) {
  EXPECT_EQ(words("$5 or 3%"), (V{"$", "5", "or", "3", "%"}));
}

TEST(Tokenize, HyphenatedWordGivesWholeThenParts) {
  const auto t = tok("China-Canada talks");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].norm, "china-canada");
  EXPECT_FALSE(t[0].flags & kTokHyphenPart);
  EXPECT_EQ(t[1].norm, "china");
  EXPECT_EQ(t[2].norm, "-");
  EXPECT_EQ(t[3].norm, "canada");
  for (int i = 1; i <= 3; ++i) EXPECT_TRUE(t[i].flags & kTokHyphenPart) << i;
  EXPECT_EQ(t[1].span, (Span{0, 5}));
  EXPECT_EQ(t[3].span, (Span{6, 12}));
  EXPECT_EQ(t[4].norm, "talks");
}

TEST(Tokenize, HyphenPartsAreCapitalisedIndividually) {
  const auto t = tok("Sino-Japanese");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[3].flags & kTokCapitalized);
}

TEST(Tokenize, AcronymCompound) {
  EXPECT_EQ(words("U.S.-based firms"), (V{"U.S.-based", "U.S.", "-", "based", "firms"}));
}

TEST(Tokenize, EnDashJoinsNumberRange) {
  EXPECT_EQ(words("2019\u20132020"), (V{"2019\u20132020", "2019", "\u2013", "2020"}));
}

TEST(Tokenize, EmDashSeparatesWords) {
  EXPECT_EQ(words("Biden\u2014who"), (V{"Biden", "\u2014", "who"}));
}

TEST(Tokenize, DoubleHyphenIsPunctuation) {
  EXPECT_EQ(words("said -- today"), (V{"said", "--", "today"}));
}

TEST(Tokenize, EllipsisIsOneToken) {
  EXPECT_EQ(words("wait... now"), (V{"wait", "...", "now"}));
}

TEST(Tokenize, AmpersandInsideAcronym) {
  EXPECT_EQ(words("AT&T and S&P"), (V{"AT&T", "and", "S&P"}));
}

TEST(Tokenize, QuotesAndBracketsAreTokens) {
  EXPECT_EQ(words("(\u201cYes\u201d)"), (V{"(", "\u201c", "Yes", "\u201d", ")"}));
}

TEST(Tokenize, NormIsMatchForm) {
  const auto t = tok("Ürümqi S\u00e3o");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].norm, "urumqi");
  EXPECT_EQ(t[1].norm, "sao");
}

TEST(Tokenize, CapitalisedAndAllCapsFlags) {
  const auto t = tok("NATO Paris town I");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[0].flags & kTokCapitalized);
  EXPECT_TRUE(t[0].flags & kTokAllCaps);
  EXPECT_TRUE(t[1].flags & kTokCapitalized);
  EXPECT_FALSE(t[1].flags & kTokAllCaps);
  EXPECT_FALSE(t[2].flags & (kTokCapitalized | kTokAllCaps));
  EXPECT_FALSE(t[3].flags & kTokAllCaps);  // one letter is not "all caps"
}

TEST(Tokenize, NonAsciiCapitalIsCapitalised) {
  const auto t = tok("\u00c9lys\u00e9e");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].flags & kTokCapitalized);
}

TEST(Tokenize, SentenceStartFlagOnFirstWord) {
  const auto t = tok("\"The talks,\" he said");
  ASSERT_GE(t.size(), 3u);
  EXPECT_FALSE(t[0].flags & kTokSentenceStart);
  EXPECT_TRUE(t[1].flags & kTokSentenceStart);
  for (size_t i = 2; i < t.size(); ++i) EXPECT_FALSE(t[i].flags & kTokSentenceStart) << i;
}

TEST(Tokenize, PosAndLemmaLeftForTheTagger) {
  const auto t = tok("Leaders met");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].pos, Pos::kUnknown);
  EXPECT_TRUE(t[0].lemma.empty());
}

TEST(Tokenize, UnicodeSpacesSeparateTokens) {
  EXPECT_EQ(words("U.S.\u00a0Embassy\u3000Tokyo"), (V{"U.S.", "Embassy", "Tokyo"}));
}

TEST(Tokenize, InvalidBytesBecomeSingleByteTokens) {
  const std::string t = std::string("ab \xff\xfe cd");
  const auto toks = tok(t);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[1].span, (Span{3, 4}));
  EXPECT_EQ(toks[2].span, (Span{4, 5}));
}

}  // namespace
}  // namespace dyad
