// TABARI-profile rules seen through the whole coder: FORWARD across records,
// CODE ALL, COMPLEX: NOACTPRIOR, source/target fallbacks and DEFAULT PRIOR /
// AFTER, null-coded actors, disconnected actor phrases, joiners in names and
// prefixed agents. Sentences and dictionaries are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder_fixture.h"
#include "dyad/coder.h"
// Why the path: src/ is private to the library; this internal header is tested directly.
#include "../../../src/coder/tabari_rules.h"

namespace dyad {
namespace {

constexpr const char* kActors =
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ROHAN_ [ROH]\n"
    "BREE_ [BRE]\n"
    "ELROND_ [ELF]\n"
    "FORNOST_ [FOR]\n"
    "BARAD-DUR [MOR]\n"
    "DOL_AMROTH [DOL]\n"
    "BOROMIR [---]\n"
    "ITHILEN_ [ITH]\n"
    "ITHILEN TELEVISION [ITHTV]\n"
    "AL_GORE [AGR]\n"
    "AL GORE [TEN]\n"
    "AMNESTY_INTERNATIONAL [NGM]\n"
    "MOUSE= [MUS]\n";
constexpr const char* kAgents =
    "PRESIDENT_ [~GOV]\n"
    "HUMAN_RIGHTS_ACTIVISTS_ [NGM~]\n";
constexpr const char* kVerbs =
    "<TIME>\n"
    "WHEN_PEACE_COMES [+++]\n"
    "</TIME>\n"
    "ATTACK [190]\n"
    "PRAISE [051]\n"
    "URGE [102]\n"
    "ASSIST [092]\n"
    "ACCORD [---]\n"
    "LEAVE [032]\n"
    "ATTEND [031!]\n"
    "REBUKE [121]\n"
    "DEPART_ [032]\n"
    "BAN= [191]\n"
    "WARN [160]\n"
    "- $ ^ FOR * [164]\n";

using testing_support::CoderFixture;

const CoderFixture* fixture() {
  static const CoderFixture* f = new CoderFixture(testing_support::build_coder_fixture(kActors, kAgents, kVerbs));
  return f;
}

using testing_support::triples;

using Strings = std::vector<std::string>;

// Codes `text` with the TABARI profile and these option commands; `previous`
// is the record before it (for FORWARD).
Strings code(const std::string& text, const Strings& options = {}, const Story* previous = nullptr,
             const std::string& id = "t1") {
  CoderOptions o;
  o.profile = Profile::kTabari;
  Coder coder(fixture()->fe, fixture()->dict, nullptr, o);
  RecordOverrides r;
  for (const auto& line : options) r.settings.emplace_back("tabari", line);
  r.previous = previous;
  Story s;
  s.id = id;
  s.date = Date::parse_iso("2000-06-01");
  s.text = text;
  return triples(coder.code(s, &r));
}

Story record(const std::string& id, const std::string& text) {
  Story s;
  s.id = id;
  s.date = Date::parse_iso("2000-06-01");
  s.text = text;
  return s;
}

class TabariEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

const Strings kForward = {"FORWARD: ^^*****NNN*SSS"};

TEST_F(TabariEngineTest, ForwardGivesPronounThePreviousRecordsFirstActorWithoutItsAgent) {
  Story prev = record("FRWD-001-001", "The President of Fornost attacked Gondor.");
  EXPECT_EQ(code("He praised Rohan.", kForward, &prev, "FRWD-001-002"), Strings{"FOR>ROH:051"});
  // Another story number in the id mask: nothing is forwarded.
  EXPECT_TRUE(code("He praised Rohan.", kForward, &prev, "FRWD-002-001").empty());
  // Without FORWARD the pronoun has no antecedent.
  EXPECT_TRUE(code("He praised Rohan.", {}, &prev, "FRWD-001-002").empty());
}

TEST_F(TabariEngineTest, ForwardTakesOnlyTheFirstMemberOfACompound) {
  Story prev = record("FRWD-001-001", "Fornost and Arnor attacked Gondor.");
  EXPECT_EQ(code("They praised Rohan.", kForward, &prev, "FRWD-001-002"), Strings{"FOR>ROH:051"});
}

TEST(TabariForwardMask, StoryDigitsAlignedWithTheIdsEnd) {
  EXPECT_TRUE(coder::tabari_same_forward_story("^^*****NNN*SSS", "FRWD-001-001", "FRWD-001-005"));
  EXPECT_FALSE(coder::tabari_same_forward_story("^^*****NNN*SSS", "FRWD-002-003", "FRWD-003-001"));
  EXPECT_TRUE(coder::tabari_same_forward_story("*****", "A", "B"));   // no story positions
}

TEST_F(TabariEngineTest, CodeAllSharesTheTargetAndKeepsDominantCodes) {
  const Strings all = {"SET: CODE ALL"};
  // "him" stands for the source, so "assist" takes the first event's target.
  EXPECT_EQ(code("Elrond urged Bree on Monday to assist him.", all), (Strings{"ELF>BRE:102", "ELF>BRE:092"}));
  EXPECT_EQ(code("Elrond urged Bree on Monday to assist him."), Strings{"ELF>BRE:102"});
  EXPECT_EQ(code("Arnor left for Gondor on Wednesday to attend talks with Rohan.", all), Strings{"ARN>ROH:031"});
}

TEST_F(TabariEngineTest, NoActorPriorRejectsASentenceWhoseFirstCodedVerbHasNoSubject) {
  const Strings noact = {"COMPLEX: VERBS[9] CONJ[9] NOACTPRIOR"};
  EXPECT_TRUE(code("Rebuked by Arnor yesterday evening Gondor attacked Rohan.", noact).empty());
  // A null-coded verb before the actor is no verb for this test.
  EXPECT_EQ(code("On accord Gondor attacked Rohan.", noact), Strings{"GON>ROH:190"});
}

TEST_F(TabariEngineTest, SourceAfterTheVerbAndDefaultPriorAfter) {
  const Strings after = {"DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER"};
  EXPECT_EQ(code("Fxrnost praised Gondor warmly.", after), Strings{"GON>DEFTAR:051"});
  EXPECT_EQ(code("Fxrnost praised Gondor and Rohan warmly.", after), Strings{"GON>ROH:051"});
  const Strings prior = {"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"};
  EXPECT_EQ(code("Fxrnost praised Gondor warmly.", prior), Strings{"DEFSRC>GON:051"});
}

TEST_F(TabariEngineTest, CompoundSourceWithoutTargetSplits) {
  EXPECT_EQ(code("Bree and Arnor praised the new treaty."), Strings{"BRE>ARN:051"});
  EXPECT_EQ(code("Bree and Arnor praised the new treaty.", {"DEFAULT: TARGET [DEFTAR] AFTER"}),
            (Strings{"BRE>DEFTAR:051", "ARN>DEFTAR:051"}));
}

TEST_F(TabariEngineTest, TargetIsTheNextActorAfterTheSourceWhenNoneFollowsTheVerb) {
  EXPECT_EQ(code("Arnor demanded that Elrond assist quickly."), Strings{"ARN>ELF:092"});
}

TEST_F(TabariEngineTest, NullCodedActorIsANoun) {
  EXPECT_EQ(code("Arnor praised Boromir in Gondor."), Strings{"ARN>GON:051"});
}

TEST_F(TabariEngineTest, DisconnectedActorPhrase) {
  EXPECT_EQ(code("Arnor praised Ithilen state-run television."), Strings{"ARN>ITHTV:051"});
  // Not across a comma clause.
  EXPECT_EQ(code("Arnor praised Ithilen, which owns the television."), Strings{"ARN>ITH:051"});
  // A connected match beats a disconnected one.
  EXPECT_EQ(code("Arnor praised Al-Gore."), Strings{"ARN>AGR:051"});
}

TEST_F(TabariEngineTest, HyphenAndUnderscoreJoinWordsOfAName) {
  EXPECT_EQ(code("Barad-Dur attacked Gondor."), Strings{"MOR>GON:190"});
  EXPECT_EQ(code("Arnor praised Dol_Amroth."), Strings{"ARN>DOL:051"});
  EXPECT_EQ(code("Fornost and Barad-Dur attacked Gondor."), (Strings{"FOR>GON:190", "MOR>GON:190"}));
}

TEST_F(TabariEngineTest, PrefixedAgentAlreadyInTheCodeIsNotRepeated) {
  EXPECT_EQ(code("Human rights activists Amnesty International praised Gondor."), Strings{"NGM>GON:051"});
}

TEST_F(TabariEngineTest, EqualsSignMatchesTheWordExactly) {
  EXPECT_EQ(code("Mouse attacked Gondor."), Strings{"MUS>GON:190"});
  EXPECT_TRUE(code("Mouses attacked Gondor.").empty());
}

TEST_F(TabariEngineTest, ExactVerbIsNotReachedThroughTheLemma) {
  EXPECT_EQ(code("Arnor will ban Gondor."), Strings{"ARN>GON:191"});
  EXPECT_TRUE(code("Arnor is baning Gondor.").empty());   // the tagger's lemma is "ban"
}

TEST_F(TabariEngineTest, TimeShiftRejectsOnAComplexTimePhrase) {
  EXPECT_EQ(code("When peace comes, Arnor will praise Gondor for its patience in the long and difficult talks."), Strings{"ARN>GON:051"});
  EXPECT_TRUE(code("When peace comes, Arnor will praise Gondor for its patience in the long and difficult talks.", {"SET: TIME SHIFT = TRUE"}).empty());
}

TEST_F(TabariEngineTest, VerbEndingsEsAndEn) {
  EXPECT_EQ(code("Arnor departes from Gondor."), Strings{"ARN>GON:032"});
  EXPECT_EQ(code("Arnor departen from Gondor."), Strings{"ARN>GON:032"});
}

TEST_F(TabariEngineTest, CapitalizedOrPossessiveWordIsNoVerb) {
  EXPECT_EQ(code("Arnor will praise Gondor."), Strings{"ARN>GON:051"});
  EXPECT_TRUE(code("Arnor will Praise Gondor.").empty());
  EXPECT_EQ(code("ARNOR WILL PRAISE GONDOR."), Strings{"ARN>GON:051"});   // all caps: no signal
  EXPECT_TRUE(code("Arnor praise's Gondor.").empty());
}

TEST_F(TabariEngineTest, ActorSkippedByAPatternIsNoFallbackTarget) {
  EXPECT_EQ(code("Arnor was Rohan for Gondor warning next week."), Strings{"ARN>GON:164"});
}

}  // namespace
}  // namespace dyad
