// PETRARCH-profile rules of src/coder/petrarch_rules.cc, coded end to end on
// sentences written for these tests with a small dictionary defined inline
// (TABARI-syntax actors, agents and verbs plus a PETRARCH-2 ontology).
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
    "ITHILEN_ [ITH]\n"
    "CALENARDHON_ [CAL]\n"
    "+CALIMEHTAR_\n"
    "THE_SHIRE_ [FRO/BIL/SAM]\n"
    "DANISH_ [DNK]\n";
constexpr const char* kAgents =
    "OFFICIAL_ [~GOV]\n"
    "GOVERNMENT_ [~GOV]\n"
    "MEDIA_ [~MED]\n"
    "MINISTER_ [~GOV]\n"
    "MSF_ [NGO~]\n"
    "LAWMAKER_ [~LEG]\n";
constexpr const char* kVerbs =
    "CLASH [110]\n"
    "RESTORE [064]\n"
    "BURN [222]\n"
    "LEAVE [012]\n"
    "LEFT [032:033]\n"
    "CRITICIZE [111]\n"
    "OPPOSE [112]\n"
    "ATTACK [190]\n"
    "RENEW [---]\n"
    "- * SHAM TIES [+++]\n"
    "- * TIES [064]\n"
    "RISEN [---]\n"
    "- DEATH TOLL * [223]\n"
    "AGREE [081]\n"
    "- * WITH % [031]\n"
    "SAY [023]\n"
    "SAID [023]\n";
// 110 is 0xFFFF above 050 in PETRARCH-2's ontology: negating it gives 050.
constexpr const char* kOntology =
    "050:0x0080\n"
    "110:0x1007f\n"
    "064:0x0086\n";

using testing_support::CoderFixture;

const CoderFixture* fixture() {
  static const CoderFixture* f = new CoderFixture(testing_support::build_coder_fixture(kActors, kAgents, kVerbs, kOntology));
  return f;
}

std::vector<std::string> code(const std::string& text, Profile profile, bool require_dyad = true) {
  return testing_support::sorted_triples(*fixture(), text, profile, require_dyad);
}

using Events = std::vector<std::string>;

class PetrarchRulesTest : public ::testing::TestWithParam<Profile> {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

TEST_P(PetrarchRulesTest, CommaBetweenAdjectivesIsNoClauseBoundary) {
  EXPECT_EQ(code("Arnor restored complete, full diplomatic ties with Gondor.", GetParam()), (Events{"ARN>GON:064"}));
}

TEST_P(PetrarchRulesTest, AndBetweenCommonNounsIsNoClauseBoundary) {
  EXPECT_EQ(code("Arnor's death and injury toll has risen in the dispute with Gondor.", GetParam()),
            (Events{"ARN>GON:223"}));
}

TEST_P(PetrarchRulesTest, CommaBeforeAnotherClauseStillBounds) {
  // "Gondor" lies beyond a comma that does not join two adjectives: no target.
  EXPECT_EQ(code("Arnor restored ties, Gondor said nothing.", GetParam()), (Events{}));
}

TEST_P(PetrarchRulesTest, VerbWrittenAsItsOwnEntryBeatsLemma) {
  // "left" is both LEAVE's past tense and the entry LEFT [032:033]; PETRARCH takes the written entry.
  EXPECT_EQ(code("Arnor left for Gondor on Wednesday.", GetParam()), (Events{"ARN>GON:032", "GON>ARN:033"}));
}

TEST_P(PetrarchRulesTest, PassiveWithAgentSwapsAcrossAdverbs) {
  EXPECT_EQ(code("Gondor was opposed earlier by Arnor.", GetParam()), (Events{"ARN>GON:112"}));
  EXPECT_EQ(code("Gondor was heavily and unjustly criticized by Arnor.", GetParam()), (Events{"ARN>GON:111"}));
}

TEST_P(PetrarchRulesTest, ProgressiveIsNotPassive) {
  EXPECT_EQ(code("Gondor was attacking Arnor.", GetParam()), (Events{"GON>ARN:190"}));
}

TEST_P(PetrarchRulesTest, CoordinatedAgentsGoWithEveryActor) {
  EXPECT_EQ(code("Lawmakers and officials in Arnor and Gondor criticized Rohan.", GetParam()),
            (Events{"ARNGOV>ROH:111", "ARNLEG>ROH:111", "GONGOV>ROH:111", "GONLEG>ROH:111"}));
}

TEST_P(PetrarchRulesTest, ActorBeforeAnAgentForwardsToTheCoordinatedAgent) {
  EXPECT_EQ(code("Danish media and government criticized Rohan.", GetParam()),
            (Events{"DNKGOV>ROH:111", "DNKMED>ROH:111"}));
  // The second agent has its own actor: nothing to forward.
  EXPECT_EQ(code("Danish media and the government of Gondor criticized Rohan.", GetParam()),
            (Events{"DNKMED>ROH:111", "GONGOV>ROH:111"}));
}

TEST_P(PetrarchRulesTest, CompoundSubjectWithoutTargetActsOnItsMembers) {
  EXPECT_EQ(code("Arnor and Gondor restored diplomatic ties.", GetParam()), (Events{"ARN>GON:064", "GON>ARN:064"}));
  // With a target of its own the compound is only the source.
  EXPECT_EQ(code("Arnor and Gondor restored ties with Rohan.", GetParam()), (Events{"ARN>ROH:064", "GON>ROH:064"}));
}

TEST_P(PetrarchRulesTest, CompoundSlotAfterTheVerbIsTheTarget) {
  EXPECT_EQ(code("Rohan agreed with Arnor and Gondor.", GetParam()), (Events{"ROH>ARN:031", "ROH>GON:031"}));
}

TEST_P(PetrarchRulesTest, PossessorCodesTheAgentAndItsNamedPerson) {
  EXPECT_EQ(code("Ithilen's awful and evil minister Calimehtar criticized Rohan.", GetParam()),
            (Events{"ITHGOV>ROH:111"}));
}

TEST_P(PetrarchRulesTest, PrefixAndSuffixAgentsAroundAnActorBothApply) {
  EXPECT_EQ(code("An MSF Arnor official criticized Rohan.", GetParam()), (Events{"NGOARNGOV>ROH:111"}));
}

TEST_P(PetrarchRulesTest, CommaAfterAnAndListEndsTheCompound) {
  EXPECT_EQ(code("Arnor criticized Gondor and Rohan, the Ithilen newspaper said on Friday.", GetParam()),
            (Events{"ARN>GON:111", "ARN>ROH:111"}));
  // A comma list closed by "and" is still one compound.
  EXPECT_EQ(code("Arnor criticized Gondor, Rohan and Ithilen on Friday.", GetParam()),
            (Events{"ARN>GON:111", "ARN>ITH:111", "ARN>ROH:111"}));
}

TEST_P(PetrarchRulesTest, NeitherNorIsACompound) {
  EXPECT_EQ(code("Neither Arnor nor Gondor criticized Rohan.", GetParam()), (Events{"ARN>ROH:111", "GON>ROH:111"}));
}

INSTANTIATE_TEST_SUITE_P(Profiles, PetrarchRulesTest, ::testing::Values(Profile::kPetrarch1, Profile::kPetrarch2));

class PetrarchRulesSingle : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

TEST_F(PetrarchRulesSingle, Petrarch2NegationUsesTheOntology) {
  EXPECT_EQ(code("Arnor clashed with Gondor.", Profile::kPetrarch2), (Events{"ARN>GON:110"}));
  EXPECT_EQ(code("Arnor did not clash with Gondor.", Profile::kPetrarch2), (Events{"ARN>GON:050"}));
  EXPECT_EQ(code("Arnor most certainly won't ever clash with Gondor.", Profile::kPetrarch2), (Events{"ARN>GON:050"}));
  // A code whose negated value is not in the ontology keeps its code.
  EXPECT_EQ(code("Arnor will not restore ties with Gondor.", Profile::kPetrarch2), (Events{"ARN>GON:064"}));
}

TEST_F(PetrarchRulesSingle, Petrarch2AgentlessPassiveMakesTheSubjectTheTarget) {
  EXPECT_EQ(code("Gondor was criticized over its dispute with Arnor.", Profile::kPetrarch2), (Events{"ARN>GON:111"}));
  EXPECT_EQ(code("Gondor was criticized over its dispute with Arnor.", Profile::kPetrarch1), (Events{"GON>ARN:111"}));
}

TEST_F(PetrarchRulesSingle, Petrarch2KeepsADictionaryCompoundCodeWhole) {
  EXPECT_EQ(code("The Shire criticized Rohan.", Profile::kPetrarch2), (Events{"FRO/BIL/SAM>ROH:111"}));
  EXPECT_EQ(code("The Shire criticized Rohan.", Profile::kPetrarch1),
            (Events{"BIL>ROH:111", "FRO>ROH:111", "SAM>ROH:111"}));
}

TEST_F(PetrarchRulesSingle, Petrarch1PassesOverComplexPatterns) {
  EXPECT_EQ(code("Arnor renewed sham ties with Gondor.", Profile::kPetrarch1), (Events{"ARN>GON:064"}));
  EXPECT_EQ(code("Arnor renewed sham ties with Gondor.", Profile::kPetrarch2), (Events{}));
}

TEST_F(PetrarchRulesSingle, Petrarch1NewActorsFromNounPhrases) {
  CoderOptions o;
  o.profile = Profile::kPetrarch1;
  auto coded = [&](const std::string& text, const char* length) {
    RecordOverrides r;
    r.settings.emplace_back("new_actor_length", length);
    Coder coder(fixture()->fe, fixture()->dict, nullptr, o);
    Story st;
    st.id = "t1";
    st.date = Date::parse_iso("2000-06-01");
    st.text = text;
    Events out;
    for (const auto& e : coder.code(st, &r)) out.push_back(e.source + ">" + e.target + ":" + e.code);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(coded("The Ministry of Magic criticized Rohan.", "4"), (Events{"\"THE MINISTRY OF MAGIC\">ROH:111"}));
  // Longer than new_actor_length: no actor, no event.
  EXPECT_EQ(coded("The Ministry of Magic criticized Rohan.", "3"), (Events{}));
  EXPECT_EQ(coded("The Ministry of Magic criticized Rohan.", "0"), (Events{}));
}

TEST_F(PetrarchRulesSingle, PluralNounIsNoVerb) {
  // "attacks" read as a plural noun is no verb of the sentence.
  EXPECT_EQ(code("Arnor's attacks on Gondor ended on Friday.", Profile::kPetrarch1), (Events{}));
  EXPECT_EQ(code("Arnor attacks Gondor.", Profile::kPetrarch1), (Events{"ARN>GON:190"}));
}

TEST_F(PetrarchRulesSingle, Petrarch1HasNoNegation) {
  EXPECT_EQ(code("Arnor did not clash with Gondor.", Profile::kPetrarch1), (Events{"ARN>GON:110"}));
}

TEST_F(PetrarchRulesSingle, Petrarch1CodesAFinalCommaClauseWithItsOwnSubject) {
  EXPECT_EQ(code("Arnor restored ties with Gondor on Friday, a senior official said on Saturday.", Profile::kPetrarch1, false),
            (Events{"---GOV>---:023", "ARN>GON:064"}));
  EXPECT_EQ(code("Arnor restored ties with Gondor on Friday, a senior official said on Saturday.", Profile::kPetrarch2, false),
            (Events{"ARN>GON:064"}));
}

TEST_F(PetrarchRulesSingle, Petrarch1NeedsANounPhraseAfterATargetlessVerb) {
  // "today" is a time adverb, not a noun phrase: the verb phrase has no (null-coded) target.
  EXPECT_EQ(code("Arnor restored ties with Gondor on Friday, a senior official said today.", Profile::kPetrarch1, false),
            (Events{"ARN>GON:064"}));
}

TEST_F(PetrarchRulesSingle, Petrarch1SkipsASubordinateCommaClause) {
  EXPECT_EQ(code("Arnor restored ties with Gondor, years after Rohan crowds burned its embassy.", Profile::kPetrarch1,
                 false),
            (Events{"ARN>GON:064"}));
}

}  // namespace
}  // namespace dyad
