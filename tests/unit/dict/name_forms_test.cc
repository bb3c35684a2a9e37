// Person name forms the compiler derives from listed names (src/dict/name_forms.cc):
// a middle initial, a title followed by the family name, and hyphenated words
// inside phrases. Matching runs on real tokens (case and hyphen flags).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict_test_util.h"
#include "dyad/frontend.h"

namespace dyad {
namespace {

using test::compile_text;

constexpr uint32_t kActor = 1u << static_cast<uint32_t>(MatchKind::kActorName);

const char* kSet =
    "person Antony Blinken\n"
    "  role USAGOV 2021-01-26..2025-01-20 exact \"Secretary of State\"\n"
    "person John Kerry\n"
    "  role USAGOV 2021-01-20..2024-03-06 exact \"Special Presidential Envoy for Climate\"\n"
    "  role USAELI 2017-01-21..2021-01-19 exact \"former Secretary of State\"\n"
    "  role USAGOV 2013-02-01..2017-01-20 exact \"Secretary of State\"\n"
    "person Wendy Sherman\n"
    "  role USAGOV 2021-04-14..2023-07-28 exact \"Deputy Secretary of State\"\n"
    "person Xi Jinping\n"
    "  role CHNGOV 2013-03-14.. exact \"President of China\"\n"
    "person Li Xi\n"
    "  role CHNGOV 2022-10-23.. exact \"a member of the Politburo Standing Committee\"\n"
    "person Lloyd Austin\n"
    "  role USAGOVMIL 2021-01-22..2025-01-20 exact \"Secretary of Defense\"\n"
    "person Austin Miller\n"
    "  role USAMIL 2018-09-02..2021-07-12 exact \"commanding general in Afghanistan\"\n"
    "person Mary Smith\n"
    "  role GBRGOV 2020-01-01.. exact \"a minister\"\n"
    "person John Smith\n"
    "  role USAGOV 2020-01-01.. exact \"an official\"\n"
    "actor IGOLAMIDB Inter-American Development Bank\n"
    "agent ~GOV secretary | deputy secretary | secretary of state | president | envoy | minister\n"
    "agent ~MIL general\n";

std::vector<Token> tokens_of(const std::string& text) {
  return tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
}

size_t index_of(const std::vector<Token>& toks, const std::string& norm) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (toks[i].norm == norm) return i;
  ADD_FAILURE() << "no token " << norm;
  return 0;
}

// The actor code that `text` gets at the token `norm` on `iso`, or "" when no actor starts there.
std::string actor_code_at(const CompiledDictionary& d, const std::string& text, const std::string& norm,
                          const char* iso, size_t* end = nullptr) {
  auto toks = tokens_of(text);
  auto found = d.match(toks, index_of(toks, norm), kActor);
  if (found.empty()) return "";
  if (end) *end = found.front().end;
  const DatedCode* c = d.resolve_actor(found.front().index, *Date::parse_iso(iso));
  return c ? c->code : "---";
}

TEST(NameForms, MiddleInitialMatchesTheListedName) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  const std::string text = "Antony J. Blinken spoke today with the minister.";
  size_t end = 0;
  EXPECT_EQ(actor_code_at(*d, text, "antony", "2021-06-01", &end), "USAGOV");
  EXPECT_EQ(tokens_of(text)[end - 1].norm, "blinken");   // the whole name, initial included
  EXPECT_EQ(actor_code_at(*d, "Antony J Blinken said", "antony", "2021-06-01"), "USAGOV");
  EXPECT_EQ(actor_code_at(*d, "Antony J. Blinken's visit", "antony", "2021-06-01"), "USAGOV");
}

TEST(NameForms, AnInitialDoesNotJoinUnrelatedNames) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  EXPECT_EQ(actor_code_at(*d, "Antony J. Smith said", "antony", "2021-06-01"), "");
  EXPECT_EQ(actor_code_at(*d, "Antony Q. R. Blinken said", "antony", "2021-06-01"), "");
}

TEST(NameForms, TitleAndFamilyNameNameTheRoleHolderOnTheEventDate) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  EXPECT_EQ(actor_code_at(*d, "Deputy Secretary Sherman met the minister.", "sherman", "2022-07-20"), "USAGOV");
  EXPECT_EQ(actor_code_at(*d, "Secretary of State Blinken spoke.", "blinken", "2021-06-01"), "USAGOV");
  // The same words on other dates: Kerry was Secretary, then a former official, then the climate envoy.
  EXPECT_EQ(actor_code_at(*d, "Secretary Kerry met the minister.", "kerry", "2014-05-01"), "USAGOV");
  EXPECT_EQ(actor_code_at(*d, "Secretary Kerry met the minister.", "kerry", "2019-05-01"), "USAELI");
  EXPECT_EQ(actor_code_at(*d, "Envoy Kerry met the minister.", "kerry", "2021-07-14"), "USAGOV");
  // Family name first ("President Xi").
  EXPECT_EQ(actor_code_at(*d, "President Xi said so.", "xi", "2023-01-01"), "CHNGOV");
}

TEST(NameForms, TheFamilyNameIsLastExceptInChineseKoreanAndVietnameseNames) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  // "Xi" is the family name of Xi Jinping and the given name of Li Xi; "Austin" is Lloyd Austin's family name
  // and Austin Miller's given name.
  EXPECT_EQ(actor_code_at(*d, "President Xi said so.", "xi", "2023-01-01"), "CHNGOV");
  EXPECT_EQ(actor_code_at(*d, "Secretary Austin said so.", "austin", "2021-06-01"), "USAGOVMIL");
  EXPECT_EQ(actor_code_at(*d, "General Miller said so.", "miller", "2020-06-01"), "USAMIL");
}

TEST(NameForms, TheTitleMustBeOneThePersonHeld) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  // Wendy Sherman's only role note says Deputy Secretary of State: "President Sherman" is someone else.
  EXPECT_EQ(actor_code_at(*d, "President Sherman met the minister.", "sherman", "2022-07-20"), "");
  EXPECT_EQ(actor_code_at(*d, "Envoy Blinken met the minister.", "blinken", "2022-07-20"), "");
}

TEST(NameForms, AFamilyNameAloneIsLeftToCoreference) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  EXPECT_EQ(actor_code_at(*d, "Sherman met the minister.", "sherman", "2022-07-20"), "");
  EXPECT_EQ(actor_code_at(*d, "They met in Sherman yesterday.", "sherman", "2022-07-20"), "");
}

TEST(NameForms, NoFamilyNameMatchWhenItIsNotTheWholeName) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  // Another person: the capitalised words go on.
  EXPECT_EQ(actor_code_at(*d, "Secretary Sherman Adams resigned.", "sherman", "2022-07-20"), "");
  // Lower case is a word, not a name.
  EXPECT_EQ(actor_code_at(*d, "the secretary sherman tank", "sherman", "2022-07-20"), "");
}

TEST(NameForms, ASharedFamilyNameNamesOnlyTheOneWhoseRolesNameTheTitle) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  // Mary Smith's role note says minister, John Smith's says official; neither says secretary.
  EXPECT_EQ(actor_code_at(*d, "Minister Smith met the envoy.", "smith", "2022-07-20"), "GBRGOV");
  EXPECT_EQ(actor_code_at(*d, "Secretary Smith met the minister.", "smith", "2022-07-20"), "");
  // The full names still match.
  EXPECT_EQ(actor_code_at(*d, "Mary Smith met the minister.", "mary", "2022-07-20"), "GBRGOV");
}

TEST(NameForms, AHyphenatedWordInsideAPhraseMatches) {
  auto d = compile_text(kSet);
  ASSERT_TRUE(d);
  const std::string text = "The Inter-American Development Bank lent money.";
  size_t end = 0;
  EXPECT_EQ(actor_code_at(*d, text, "inter-american", "2022-07-20", &end), "IGOLAMIDB");
  EXPECT_EQ(tokens_of(text)[end - 1].norm, "bank");
}

}  // namespace
}  // namespace dyad
