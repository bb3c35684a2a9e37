// PETRARCH-profile rules of the coding engine, one rule each, on sentences
// written for these tests and a small dictionary defined inline: coordinated
// verb phrases share their subject, comma clauses are not coded after the
// first event, agents distribute over a compound written after them, and
// compounds join across articles and modifiers.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/peer_dictionaries.h"
#include "coder_fixture.h"

namespace dyad {
namespace {

constexpr const char* kActors =
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ROHAN_ [ROH]\n"
    "ITHILEN_ [ITH]\n";
constexpr const char* kAgents =
    "SOLDIERS_ [~MIL]\n"
    "LAWMAKERS_ [~LEG]\n"
    "AMBASSADORS_ [~GOV]\n";
constexpr const char* kVerbs =
    "CONDEMN [122]\n"
    "PROMISE [050]\n"
    "WELCOME [041]\n"
    "BLOCKADE [191]\n"
    "SAY [023]\n";

using testing_support::CoderFixture;

const CoderFixture* fixture() {
  static const CoderFixture* f = new CoderFixture(testing_support::build_coder_fixture(kActors, kAgents, kVerbs));
  return f;
}

std::vector<std::string> code(const std::string& text, Profile profile, bool require_dyad = true) {
  return testing_support::sorted_triples(*fixture(), text, profile, require_dyad);
}

class PetrarchProfileTest : public ::testing::TestWithParam<Profile> {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

TEST_P(PetrarchProfileTest, CoordinatedVerbPhraseSharesSubject) {
  EXPECT_EQ(code("Arnor condemned an attack by Gondor on Thursday and promised aid to Ithilen.", GetParam()),
            (std::vector<std::string>{"ARN>GON:122", "ARN>ITH:050"}));
}

TEST_P(PetrarchProfileTest, CommaClauseNotCodedAfterFirstEvent) {
  // The final comma clause has its own verb but is not a coordinated verb phrase (PETRARCH-2), or has no
  // noun phrase after its verb (PETRARCH-1, see petrarch_rules_test.cc).
  EXPECT_EQ(code("Arnor condemned Gondor on Thursday, Rohan said.", GetParam(), /*require_dyad=*/false),
            (std::vector<std::string>{"ARN>GON:122"}));
}

TEST_P(PetrarchProfileTest, AgentAfterFromJoinsActor) {
  EXPECT_EQ(code("Soldiers from Gondor blockaded Arnor.", GetParam()), (std::vector<std::string>{"GONMIL>ARN:191"}));
}

TEST_P(PetrarchProfileTest, AgentDistributesOverCompound) {
  EXPECT_EQ(code("Lawmakers in Arnor and Gondor welcomed Ithilen.", GetParam()),
            (std::vector<std::string>{"ARNLEG>ITH:041", "GONLEG>ITH:041"}));
  EXPECT_EQ(code("The ambassadors of Arnor, Rohan and Gondor welcomed Ithilen.", GetParam()),
            (std::vector<std::string>{"ARNGOV>ITH:041", "GONGOV>ITH:041", "ROHGOV>ITH:041"}));
}

TEST_P(PetrarchProfileTest, CompoundJoinsAcrossModifiers) {
  EXPECT_EQ(code("Arnor and the evil awful Gondor welcomed Ithilen.", GetParam()),
            (std::vector<std::string>{"ARN>ITH:041", "GON>ITH:041"}));
}

TEST_P(PetrarchProfileTest, LoneAgentIsAnActorWithoutCountry) {
  EXPECT_EQ(code("Lawmakers welcomed Ithilen.", GetParam()), (std::vector<std::string>{"---LEG>ITH:041"}));
}

INSTANTIATE_TEST_SUITE_P(Profiles, PetrarchProfileTest,
                         ::testing::Values(Profile::kPetrarch1, Profile::kPetrarch2));

TEST(PetrarchProfileDyad, DyadProfileKeepsItsOwnAgentRule) {
  if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
  // The distribution rule is a PETRARCH one: the dyad profile does not apply it.
  auto ev = code("Lawmakers in Arnor and Gondor welcomed Ithilen.", Profile::kDyad);
  EXPECT_EQ(std::count(ev.begin(), ev.end(), "GONLEG>ITH:041"), 0);
}

}  // namespace
}  // namespace dyad
