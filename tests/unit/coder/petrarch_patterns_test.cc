// PETRARCH verb patterns coded end to end with dictionaries in PETRARCH
// syntax written for this test: PETRARCH-2 {noun phrase} groups and pre-verb
// words, PETRARCH-1 literal words.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/peer_dictionaries.h"
#include "coder_fixture.h"

namespace dyad {
namespace {

constexpr const char* kActors =
    "ARNOR [ARN]\n"
    "GONDOR [GON]\n"
    "ROHAN [ROH]\n";
constexpr const char* kVerbs =
    "&TIETYPES\n"
    "+MILITARY\n"
    "+ECONOMIC\n"
    "\n"
    "--- WELCOME [050] ---\n"
    "WELCOME\n"
    "- * {&TIETYPES MEMOS} [092]\n"
    "\n"
    "--- ABANDON [1121] ---\n"
    "ABANDON\n"
    "- * {NEW &TIETYPES RELATIONS} [1951]\n"
    "\n"
    "--- BOYCOTT [163] ---\n"
    "BOYCOTT\n"
    "- NEITHER * [057]\n"
    "\n"
    "--- ADOPT [081] ---\n"
    "ADOPT\n"
    "- * RESOLUTION [102]\n";

testing_support::CoderFixture build(PetrarchVerbSyntax syntax) {
  testing_support::CoderFixture out;
  DictionaryBuilder b;
  std::vector<Diagnostic> diags;
  DictionarySet set;
  EXPECT_TRUE(parse_petrarch_actors_text(kActors, "test.actors", set, diags).ok());
  EXPECT_TRUE(parse_petrarch_verbs_text(kVerbs, "test.verbs", syntax, set, diags).ok());
  b.add_set(std::move(set));
  if (auto d = b.compile(); d.ok()) out.dict = *d;
  if (auto fe = FrontEnd::load(); fe.ok()) out.fe = *fe;
  return out;
}

const testing_support::CoderFixture* fixture(Profile p = Profile::kPetrarch2) {
  static const auto* f2 = new testing_support::CoderFixture(build(PetrarchVerbSyntax::kPetrarch2));
  static const auto* f1 = new testing_support::CoderFixture(build(PetrarchVerbSyntax::kPetrarch1));
  return p == Profile::kPetrarch1 ? f1 : f2;
}

std::vector<std::string> code(const std::string& text, Profile profile = Profile::kPetrarch2) {
  CoderOptions o;
  o.profile = profile;
  std::vector<std::string> out;
  for (const auto& e : testing_support::code_with(*fixture(profile), text, o))
    out.push_back(e.source + ">" + e.target + ":" + e.code);
  return out;
}

class PetrarchPatterns : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

TEST_F(PetrarchPatterns, NounPhraseHeadFollowsTheWordBeforeIt) {
  EXPECT_EQ(code("Arnor welcomed economic memos from Gondor."), (std::vector<std::string>{"ARN>GON:092"}));
  // A word between the modifier and the head noun: the phrase does not match.
  EXPECT_EQ(code("Arnor welcomed economic secret memos from Gondor."), (std::vector<std::string>{"ARN>GON:050"}));
}

TEST_F(PetrarchPatterns, NounPhraseModifiersMayStandApart) {
  EXPECT_EQ(code("Arnor will abandon new global economic relations with Gondor."),
            (std::vector<std::string>{"ARN>GON:1951"}));
  EXPECT_EQ(code("Arnor will abandon new global economic trade relations with Gondor."),
            (std::vector<std::string>{"ARN>GON:1121"}));
}

TEST_F(PetrarchPatterns, WordsBeforeTheVerbMustFollowItsSubject) {
  // "Neither" belongs to the subject noun phrase, not to the verb phrase.
  EXPECT_EQ(code("Neither Arnor nor Gondor boycotted Rohan."), (std::vector<std::string>{"ARN>ROH:163", "GON>ROH:163"}));
  EXPECT_EQ(code("Arnor has neither boycotted Rohan."), (std::vector<std::string>{"ARN>ROH:057"}));
}

TEST_F(PetrarchPatterns, Petrarch1WordsMatchAsWrittenPetrarch2Lemmas) {
  // PETRARCH-1 reads the parse's word forms; UD-PETRARCH matches lemmas.
  EXPECT_EQ(code("Arnor adopted resolutions with Gondor.", Profile::kPetrarch1), (std::vector<std::string>{"ARN>GON:081"}));
  EXPECT_EQ(code("Arnor adopted a resolution with Gondor.", Profile::kPetrarch1),
            (std::vector<std::string>{"ARN>GON:102"}));
  EXPECT_EQ(code("Arnor adopted resolutions with Gondor.", Profile::kPetrarch2), (std::vector<std::string>{"ARN>GON:102"}));
}

}  // namespace
}  // namespace dyad
