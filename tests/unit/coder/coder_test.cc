// Unit tests of the coding engine, one rule each, on sentences written for
// these tests and a small TABARI-syntax dictionary defined inline.
#include "dyad/coder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/peer_dictionaries.h"
#include "coder_fixture.h"

namespace dyad {
namespace {

constexpr const char* kActors =
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ROHAN_ [ROH]\n"
    "ARAGORN_ [ARNGOV]\n"
    "SARUMAN_ [ISE 900101-991231] [WIZ]\n";
constexpr const char* kAgents =
    "PRESIDENT_ [~GOV]\n"
    "REBELS_ [~REB]\n";
constexpr const char* kVerbs =
    "ATTACK [190]\n"
    "MEET [040]\n"
    "- * WITH + [042:043]\n"
    "ACCUSE [112]\n"
    "- * + OF TREASON [1121]\n"
    "PRAISE [051]\n"
    "SAY [010?]\n";

using testing_support::CoderFixture;

const CoderFixture* fixture() {
  static const CoderFixture* f = new CoderFixture(testing_support::build_coder_fixture(kActors, kAgents, kVerbs));
  return f;
}

std::vector<Event> code(const std::string& text, Profile profile, bool all_modalities = false,
                        const char* date = "2000-06-01") {
  CoderOptions o;
  o.profile = profile;
  o.all_modalities = all_modalities;
  return testing_support::code_with(*fixture(), text, o, date);
}

using testing_support::triples;

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fixture()->fe) GTEST_SKIP() << "front-end data not found (set DYAD_DATA)";
    ASSERT_TRUE(fixture()->dict);
  }
};

TEST_F(CoderTest, SubjectVerbObject) {
  auto ev = code("Arnor attacked Gondor on Monday.", Profile::kTabari);
  EXPECT_EQ(triples(ev), std::vector<std::string>{"ARN>GON:190"});
}

TEST_F(CoderTest, EventFieldsAndSpans) {
  std::string text = "Arnor attacked Gondor.";
  auto ev = code(text, Profile::kTabari);
  ASSERT_EQ(ev.size(), 1u);
  const Event& e = ev[0];
  EXPECT_EQ(e.id, make_event_id("t1", 0, 0));
  EXPECT_EQ(e.story_id, "t1");
  ASSERT_TRUE(e.source_actor);
  ASSERT_TRUE(e.target_actor);
  EXPECT_EQ(text.substr(e.source_actor->span.begin, e.source_actor->span.size()), "Arnor");
  EXPECT_EQ(text.substr(e.target_actor->span.begin, e.target_actor->span.size()), "Gondor");
  EXPECT_EQ(e.verb_text, "attacked");
  EXPECT_EQ(e.root, "19");
  ASSERT_TRUE(e.date);
  EXPECT_EQ(e.date->iso(), "2000-06-01");
  EXPECT_EQ(e.date_precision, DatePrecision::kDay);
  ASSERT_EQ(e.evidence.size(), 1u);
  EXPECT_EQ(e.evidence[0].spans.size(), 3u);
  EXPECT_FALSE(e.rules.empty());
  EXPECT_EQ(e.dict_version, fixture()->dict->version());
  EXPECT_FALSE(e.coder_version.empty());
}

TEST_F(CoderTest, PatternWithPairedCode) {
  auto ev = code("Arnor meets with Gondor in the capital.", Profile::kTabari);
  EXPECT_EQ(triples(ev), (std::vector<std::string>{"ARN>GON:042", "GON>ARN:043"}));
}

TEST_F(CoderTest, LongerPatternWinsOverBareVerb) {
  EXPECT_EQ(triples(code("Arnor accused Gondor of treason.", Profile::kTabari)),
            std::vector<std::string>{"ARN>GON:1121"});
  EXPECT_EQ(triples(code("Arnor accused Gondor of lying.", Profile::kTabari)),
            std::vector<std::string>{"ARN>GON:112"});
}

TEST_F(CoderTest, CompoundActorsExpand) {
  auto ev = code("Arnor and Rohan attacked Gondor.", Profile::kTabari);
  EXPECT_EQ(triples(ev), (std::vector<std::string>{"ARN>GON:190", "ROH>GON:190"}));
}

TEST_F(CoderTest, AgentAttachesToAdjacentActor) {
  EXPECT_EQ(triples(code("The President of Arnor praised Gondor.", Profile::kTabari)),
            std::vector<std::string>{"ARNGOV>GON:051"});
  EXPECT_EQ(triples(code("Rohan rebels attacked Gondor.", Profile::kTabari)),
            std::vector<std::string>{"ROHREB>GON:190"});
}

TEST_F(CoderTest, DatedActorCodes) {
  EXPECT_EQ(triples(code("Saruman attacked Rohan.", Profile::kTabari, false, "1995-01-01")),
            std::vector<std::string>{"ISE>ROH:190"});
  EXPECT_EQ(triples(code("Saruman attacked Rohan.", Profile::kTabari, false, "2005-01-01")),
            std::vector<std::string>{"WIZ>ROH:190"});
}

TEST_F(CoderTest, RequireDyad) {
  EXPECT_TRUE(code("Arnor attacked the village.", Profile::kTabari).empty());
  RecordOverrides o;
  o.settings.emplace_back("require_dyad", "False");
  const CoderFixture* f = fixture();
  CoderOptions co;
  co.profile = Profile::kPetrarch1;
  Coder coder(f->fe, f->dict, nullptr, co);
  Story s;
  s.id = "t";
  s.text = "Arnor attacked the village.";
  EXPECT_EQ(triples(coder.code(s, &o)), std::vector<std::string>{"ARN>---:190"});
}

TEST_F(CoderTest, SelfDirectedDropped) {
  EXPECT_TRUE(code("Arnor praised Arnor.", Profile::kDyad).empty());
  // Same country, sector and bare country: dropped in the dyad profile.
  EXPECT_TRUE(code("Aragorn praised Arnor.", Profile::kDyad).empty());
}

TEST_F(CoderTest, PassiveVoiceSwaps) {
  EXPECT_EQ(triples(code("Gondor was attacked by Rohan.", Profile::kDyad)),
            std::vector<std::string>{"ROH>GON:190"});
}

TEST_F(CoderTest, NegationSuppressedUnlessAllModalities) {
  EXPECT_TRUE(code("Arnor never attacked Gondor.", Profile::kDyad).empty());
  auto ev = code("Arnor never attacked Gondor.", Profile::kDyad, true);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0].negated);
}

TEST_F(CoderTest, Modality) {
  auto ev = code("Arnor will attack Gondor.", Profile::kDyad);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].modality, Modality::kIntended);
  EXPECT_TRUE(code("Arnor may attack Gondor.", Profile::kDyad).empty());
  auto hyp = code("Arnor may attack Gondor.", Profile::kDyad, true);
  ASSERT_EQ(hyp.size(), 1u);
  EXPECT_EQ(hyp[0].modality, Modality::kHypothetical);
}

TEST_F(CoderTest, SubordinateCodeOnlyWithoutOtherEvent) {
  EXPECT_EQ(triples(code("Arnor says Gondor attacked Rohan.", Profile::kDyad)),
            std::vector<std::string>{"GON>ROH:190"});
  EXPECT_EQ(triples(code("Arnor says to Gondor that it was tired.", Profile::kTabari)),
            std::vector<std::string>{"ARN>GON:010"});
}

TEST_F(CoderTest, ClauseBoundaryStopsTarget) {
  // "attacked" has no target in its clause; Rohan belongs to the next one.
  EXPECT_TRUE(code("Arnor attacked, and Rohan waited.", Profile::kTabari).empty());
}

TEST_F(CoderTest, EmptyAndOddInputNeverCrash) {
  EXPECT_TRUE(code("", Profile::kTabari).empty());
  EXPECT_TRUE(code(", , and and ,", Profile::kTabari).empty());
  EXPECT_TRUE(code("attacked", Profile::kTabari).empty());
}

// ---------------------------------------------------------------- scoring

TEST(ScoreTest, ExactSetPasses) {
  auto r = score_record("a", "X", {{"ARN", "GON", "064"}}, {{"ARN", "GON", "064"}, {"ARN", "GON", "064"}});
  EXPECT_TRUE(r.passed);
  EXPECT_EQ(r.tp, 1u);
  EXPECT_EQ(r.fp, 0u);
}

TEST(ScoreTest, NullActorsDroppedUnlessGoldHasThem) {
  EXPECT_TRUE(score_record("a", "X", {{"ARN", "GON", "064"}}, {{"ARN", "GON", "064"}, {"---", "GON", "010"}}).passed);
  EXPECT_FALSE(score_record("a", "X", {{"ARN", "---", "064"}}, {{"ARN", "GON", "064"}}).passed);
  // "---GOV" is not a null actor.
  EXPECT_FALSE(score_record("a", "X", {{"ARN", "GON", "064"}}, {{"ARN", "GON", "064"}, {"---GOV", "GON", "010"}}).passed);
}

TEST(ScoreTest, RelaxedComparesPrefixes) {
  auto r = score_record("a", "X", {{"ARNGOV", "GON", "0641"}}, {{"ARN", "GONMIL", "064"}});
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.tp, 0u);
  EXPECT_EQ(r.relaxed_tp, 1u);
}

TEST(ScoreTest, TotalsAndF1) {
  EvalTotals t;
  t.add(score_record("a", "X", {{"A", "B", "01"}}, {{"A", "B", "01"}}));
  t.add(score_record("b", "Y", {{"A", "B", "01"}}, {{"A", "C", "01"}}));
  EXPECT_EQ(t.records, 2u);
  EXPECT_EQ(t.passed, 1u);
  EXPECT_DOUBLE_EQ(t.strict.precision(), 0.5);
  EXPECT_DOUBLE_EQ(t.strict.recall(), 0.5);
  EXPECT_DOUBLE_EQ(t.strict.f1(), 0.5);
  EXPECT_EQ(t.categories["Y"].passed, 0u);
}

}  // namespace
}  // namespace dyad
