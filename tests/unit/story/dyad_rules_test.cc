// Dyad-profile rules from the State Department hand check (docs/handcheck.md):
// transcript turns, titles of the story's own officials, pronoun reach,
// groups named as occasions, irrealis, nominal "verbs", counterparts,
// prepositional compounds and the --no-story switch. Sentences written for
// these tests; the bundled dictionaries and data from DYAD_DATA.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "bundled_env.h"

namespace dyad {
// Internal to the library (src/coder/dyad_features.h, which needs private
// headers): the intent table is tested directly through its declaration.
namespace coder {
std::string dyad_intent_code(const std::string& code);
}  // namespace coder

namespace {

using testing_support::env;

// Codes `text` as a story published by `source`, with other metadata `extra` (a JSON object).
std::vector<Event> code(const std::string& text, const std::string& source = "U.S. Department of State",
                        bool story = true, const std::string& extra = "{}", const std::string& title = "") {
  CoderOptions o;
  o.story_reasoning = story;
  Coder coder(env().fe, env().dict, nullptr, o);
  Story s;
  s.id = "t";
  s.date = Date::parse_iso("2022-03-01");
  s.source = source;
  s.extra_json = extra;
  s.title = title;
  s.text = text;
  s.body.push_back({0, static_cast<uint32_t>(text.size())});
  return coder.code(s);
}

std::string coder_intent_for_test(const std::string& code) { return coder::dyad_intent_code(code); }

bool has(const std::vector<Event>& ev, const std::string& src, const std::string& tgt, const std::string& root) {
  return std::any_of(ev.begin(), ev.end(), [&](const Event& e) {
    return e.source == src && e.target == tgt && e.code.compare(0, root.size(), root) == 0;
  });
}

bool uses(const std::vector<Event>& ev, const std::string& rule) {
  return std::any_of(ev.begin(), ev.end(), [&](const Event& e) {
    return std::find(e.rules.begin(), e.rules.end(), rule) != e.rules.end();
  });
}

TEST(DyadTranscript, WeIsTheLabelledSpeakerOfTheInstitution) {
  REQUIRE_ENV();
  const std::string byline = R"({"author":"Ned Price, Department Spokesperson"})";
  const char* text = "MR PRICE: We condemn Russia's attack on Ukraine.";
  auto ev = code(text, "U.S. Department of State", true, byline);
  EXPECT_TRUE(has(ev, "USAGOV", "RUS", "11"));
  EXPECT_TRUE(uses(ev, "coref:speaker"));
  // Without a known institution, or a speaker the byline does not name (a
  // conference host), the label names no one.
  EXPECT_TRUE(code(text, "", true, byline).empty());
  EXPECT_TRUE(code("MR HEUSGEN: We condemn Russia's attack on Ukraine.", "U.S. Department of State", true, byline)
                  .empty());
}

TEST(DyadTranscript, HeadlineNamesTheLabelledSpeakers) {
  REQUIRE_ENV();
  auto ev = code("FOREIGN MINISTER BAERBOCK: We condemn Russia's attack on Ukraine.", "U.S. Department of State",
                 true, "{}", "Secretary Blinken and German Foreign Minister Annalena Baerbock at a Press Availability");
  EXPECT_TRUE(has(ev, "DEUGOV", "RUS", "11"));
  EXPECT_FALSE(has(ev, "USAGOV", "RUS", "11"));
}

TEST(DyadTranscript, ReporterQuestionsAreNotEvents) {
  REQUIRE_ENV();
  auto ev = code("QUESTION: Russia attacked Ukraine again yesterday. Will you respond?\n\nMR PRICE: We will not "
                 "speculate.");
  EXPECT_TRUE(ev.empty());
}

TEST(DyadTranscript, PronounsDoNotReachIntoAnEarlierTurn) {
  REQUIRE_ENV();
  auto ev = code("MR PRICE: Albania and North Macedonia held talks.\n\nQUESTION: Thanks.\n\nMR PRICE: They "
                 "condemned Serbia.");
  EXPECT_FALSE(has(ev, "ALB", "SRB", "11"));
  EXPECT_FALSE(has(ev, "MKD", "SRB", "11"));
}

TEST(DyadCoref, PossessiveGroupIsNoAntecedentOfThey) {
  REQUIRE_ENV();
  auto ev = code("The envoy backed Albania and North Macedonia's accession process. They condemned Serbia.");
  EXPECT_FALSE(has(ev, "ALB", "SRB", "11"));
  EXPECT_FALSE(has(ev, "MKD", "SRB", "11"));
}

TEST(DyadCoref, PronounsReachBackAFewSentencesOnly) {
  REQUIRE_ENV();
  auto near = code("China and Russia held talks in Beijing. They condemned Japan.");
  EXPECT_TRUE(has(near, "CHN", "JPN", "11"));
  auto far = code("China and Russia held talks in Beijing. The weather was cold. Markets were calm. Trade grew. "
                  "They condemned Japan.");
  EXPECT_FALSE(has(far, "CHN", "JPN", "11"));
}

TEST(DyadCoref, TitleResolvesToTheOfficialWithThatTitle) {
  REQUIRE_ENV();
  auto ev = code("Deputy Secretary Sherman spoke with EEAS Secretary General Stefano Sannino today. The Deputy "
                 "Secretary praised Ukraine.");
  EXPECT_TRUE(has(ev, "USAGOV", "UKR", "05"));
  EXPECT_FALSE(has(ev, "IGOEECEASGOV", "UKR", "05"));
  // "The Secretary" is neither a Foreign Secretary nor a Secretary General.
  auto ev2 = code("Secretary Blinken spoke with UK Foreign Secretary Dominic Raab. The Secretary praised Ukraine.");
  EXPECT_TRUE(has(ev2, "USAGOV", "UKR", "05"));
  EXPECT_FALSE(has(ev2, "GBRGOV", "UKR", "05"));
}

TEST(DyadCoref, UnqualifiedTitleAndNameIsTheInstitutionsOfficial) {
  REQUIRE_ENV();
  EXPECT_TRUE(has(code("Assistant Secretary Toloui met Kenyan President Uhuru Kenyatta."), "USAGOV", "KENGOV", "04"));
  // A foreign story's source gives its own officials.
  EXPECT_FALSE(has(code("Assistant Secretary Toloui met Kenyan President Uhuru Kenyatta.", ""), "USAGOV", "KENGOV",
                   "04"));
}

TEST(DyadGroups, GroupNamedAsAnOccasionIsNoActor) {
  REQUIRE_ENV();
  auto ev = code("Japan welcomed Canada at the G7 summit. The United States thanked Quad partners.");
  EXPECT_TRUE(has(ev, "JPN", "CAN", "05"));
  for (const Event& e : ev) {
    EXPECT_NE(e.source, "IGOGOS");
    EXPECT_NE(e.target, "IGOGOS");
    EXPECT_NE(e.target, "JPN") << "Quad partners are a name, not an actor";
  }
}

TEST(DyadIrrealis, NeedsCapacitiesAndQuestionsAreNotEvents) {
  REQUIRE_ENV();
  EXPECT_TRUE(code("Russia has the capacity to invade Ukraine.").empty());
  EXPECT_TRUE(code("China and Canada need to work together.").empty());
  EXPECT_TRUE(code("Officials stressed the importance of Russia withdrawing from Ukraine.").empty());
  EXPECT_TRUE(code("Did Russia attack Ukraine?").empty());
  EXPECT_TRUE(code("Russia and Ukraine may soon be in a position to reach an agreement.").empty());
  EXPECT_TRUE(has(code("Russia attacked Ukraine."), "RUS", "UKR", "19"));
}

TEST(DyadNegation, RefusalCodesForNegatedYieldingOtherwiseNothing) {
  REQUIRE_ENV();
  EXPECT_TRUE(code("Russia attacked Ukraine.").size() == 1);
  EXPECT_TRUE(code("Russia did not attack Ukraine.").empty());
  auto ev = code("Iran has not released the detained Canadian citizens.", "");
  for (const Event& e : ev) EXPECT_FALSE(e.negated);
  bool refused = std::any_of(ev.begin(), ev.end(), [](const Event& e) { return e.code == "1243"; });
  bool released = std::any_of(ev.begin(), ev.end(), [](const Event& e) { return e.code.compare(0, 3, "084") == 0; });
  EXPECT_FALSE(released);
  // Only where the dictionary codes "release" at all does the refusal appear.
  if (!code("Iran released the detained Canadian citizens.", "").empty()) {
    EXPECT_TRUE(refused);
  }
}

TEST(DyadIntent, IntendedActsAreCodedAsTheirAnnouncement) {
  REQUIRE_ENV();
  // A meeting that happened is a meeting; one announced is intent to meet (036).
  EXPECT_TRUE(has(code("Russia met with Ukraine in Istanbul.", ""), "RUS", "UKR", "04"));
  auto planned = code("Russia will meet with Ukraine in Istanbul.", "");
  EXPECT_TRUE(has(planned, "RUS", "UKR", "036"));
  for (const Event& e : planned) EXPECT_NE(e.code.substr(0, 2), "04");
  // An announced attack is a threat of force (138x), never the attack.
  auto threat = code("Russia plans to attack Ukraine.", "");
  EXPECT_TRUE(has(threat, "RUS", "UKR", "138"));
  for (const Event& e : threat) EXPECT_NE(e.code.substr(0, 2), "19");
}

TEST(DyadIntent, ScheduledAndAwaitedActsAreIntents) {
  REQUIRE_ENV();
  for (const char* text : {"Russia is expected to meet with Ukraine in Istanbul.",
                           "Russia is going to meet with Ukraine in Istanbul.",
                           "Russia looks forward to meeting with Ukraine in Istanbul."}) {
    auto ev = code(text, "");
    EXPECT_TRUE(has(ev, "RUS", "UKR", "036")) << text;
    for (const Event& e : ev) EXPECT_NE(e.code.substr(0, 2), "04") << text;
  }
}

TEST(DyadConsult, ACallReadoutsSpokeWithIsATelephoneCall) {
  REQUIRE_ENV();
  EXPECT_TRUE(has(code("Russia spoke with Ukraine.", "", true, "{}", "Russia's Call with Ukraine"), "RUS", "UKR", "041"));
  EXPECT_TRUE(has(code("Russia spoke with Ukraine by phone.", ""), "RUS", "UKR", "041"));
  auto met = code("Russia spoke with Ukraine.", "", true, "{}", "Russia's Meeting with Ukraine");
  EXPECT_TRUE(has(met, "RUS", "UKR", "04"));
  EXPECT_FALSE(has(met, "RUS", "UKR", "041"));
}

TEST(DyadIntent, CodeTable) {
  EXPECT_EQ(coder_intent_for_test("040"), "036");
  EXPECT_EQ(coder_intent_for_test("042"), "036");
  EXPECT_EQ(coder_intent_for_test("045"), "039");
  EXPECT_EQ(coder_intent_for_test("0233"), "0233");   // an appeal stays an appeal
  EXPECT_EQ(coder_intent_for_test("073"), "0333");
  EXPECT_EQ(coder_intent_for_test("0831"), "0341");
  EXPECT_EQ(coder_intent_for_test("084"), "0353");
  EXPECT_EQ(coder_intent_for_test("163"), "1312");
  EXPECT_EQ(coder_intent_for_test("190"), "1384");
  EXPECT_EQ(coder_intent_for_test("192"), "1382");
  EXPECT_EQ(coder_intent_for_test("030"), "030");
  EXPECT_EQ(coder_intent_for_test("090"), "");        // no code for an intended investigation
}

TEST(DyadNominal, VerbTaggedNounsAndParticiplesAreNotVerbs) {
  REQUIRE_ENV();
  for (const Event& e : code("Drones from Turkey serve Ukraine as force multipliers."))
    EXPECT_NE(e.code.substr(0, 2), "17");
  for (const Event& e : code("Ukraine is among the hardest hit countries in Europe.")) EXPECT_NE(e.code.substr(0, 2), "19");
}

TEST(DyadNominal, GoingToIsTheFutureNotTravel) {
  REQUIRE_ENV();
  for (const Event& e : code("Vladimir Putin is going to view this as an escalation against Russia."))
    EXPECT_NE(e.code.substr(0, 3), "043");
}

TEST(DyadRoles, UnresolvedPronounSubjectLeavesTheSourceUnknown) {
  REQUIRE_ENV();
  // No transcript turn: "we" has no antecedent, so Germany is not the one who seeks.
  auto ev = code("The United States and Germany share concerns as we seek to help Ukraine.", "");
  EXPECT_FALSE(has(ev, "DEU", "UKR", "0"));
  EXPECT_FALSE(has(ev, "USA", "UKR", "0"));
}

TEST(DyadRoles, RelativeClauseOfACommonNounHasItsOwnSubject) {
  REQUIRE_ENV();
  auto ev = code("Thailand voted at the United Nations with many countries that condemned Russia.", "");
  EXPECT_FALSE(has(ev, "THA", "RUS", "11"));
  EXPECT_TRUE(has(code("Russia attacked Ukraine, which condemned Russia.", ""), "UKR", "RUS", "11"));
}

TEST(DyadCoref, PossessiveCounterpartTakesTheSector) {
  REQUIRE_ENV();
  auto ev = code("Canadian Foreign Minister Melanie Joly met her Chinese counterpart in Beijing.");
  EXPECT_TRUE(has(ev, "CANGOV", "CHNGOV", "04"));
  EXPECT_TRUE(uses(ev, "coref:counterpart"));
}

TEST(DyadCompounds, LeadersOfTwoCountriesAreTwoLeaders) {
  REQUIRE_ENV();
  auto ev = code("The leaders of France and Germany condemned Russia.");
  EXPECT_TRUE(has(ev, "FRAGOV", "RUS", "11"));
  EXPECT_TRUE(has(ev, "DEUGOV", "RUS", "11"));
}

TEST(DyadNoStory, SentencesAreCodedOnTheirOwn) {
  REQUIRE_ENV();
  const char* text = "Xi Jinping met Mark Carney. He praised Canada.";
  EXPECT_TRUE(has(code(text), "CHNGOV", "CAN", "05"));
  EXPECT_FALSE(has(code(text, "U.S. Department of State", false), "CHNGOV", "CAN", "05"));
}

}  // namespace
}  // namespace dyad
