#include <gtest/gtest.h>

#include "dict_test_util.h"

namespace dyad {
namespace {

using test::read_text;

TEST(DyadReader, ReadsPersonWithRoles) {
  std::vector<Diagnostic> d;
  auto set = read_text(
      "person Mark Carney | Mark Joseph Carney\n"
      "  gender male\n"
      "  role CANGOV 2025-03-14.. exact \"Prime Minister of Canada\"\n"
      "  role GBRBUS 2013-07-01..2020-03-15 exact\n",
      &d);
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  ASSERT_EQ(set.actors.size(), 1u);
  const Actor& a = set.actors[0];
  EXPECT_EQ(a.kind, ActorKind::kPerson);
  ASSERT_EQ(a.names.size(), 2u);
  EXPECT_EQ(a.names[0].words, (std::vector<std::string>{"mark", "carney"}));
  EXPECT_EQ(a.names[0].text, "Mark Carney");
  EXPECT_EQ(a.gender, Gender::kMale);
  ASSERT_EQ(a.codes.size(), 2u);
  EXPECT_EQ(a.codes[0].code, "CANGOV");
  EXPECT_EQ(a.codes[0].note, "Prime Minister of Canada");
  EXPECT_EQ(a.codes[0].range->from->iso(), "2025-03-14");
  EXPECT_FALSE(a.codes[0].range->to.has_value());
  EXPECT_EQ(a.codes[0].src.line, 3u);
  EXPECT_EQ(a.codes[0].src.column, 3u);
  EXPECT_EQ(set.files[a.src.file], "test.txt");
}

TEST(DyadReader, BadLineReportsFileLineColumnAndTheRestLoads) {
  std::vector<Diagnostic> d;
  auto set = read_text(
      "actor IGOUNO United Nations | UN\n"
      "  role IGOUNO 2025-13-01.. exact\n"
      "frobnicate everything\n"
      "agent GOV president\n"
      "verb visit\n"
      "  - $ * {talks => 042\n"
      "  - $ * + => 042:043\n"
      "country CHN China\n",
      &d);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].file, "test.txt");
  EXPECT_EQ(d[0].line, 2u);
  EXPECT_EQ(d[0].column, 15u);
  EXPECT_EQ(d[0].text, "2025-13-01..");
  EXPECT_EQ(d[1].line, 3u);
  EXPECT_EQ(d[1].column, 1u);
  EXPECT_NE(d[1].message.find("unknown keyword"), std::string::npos);
  EXPECT_EQ(d[2].line, 4u);
  EXPECT_EQ(d[2].column, 7u);
  EXPECT_EQ(d[3].line, 6u);
  EXPECT_EQ(d[0].to_string().rfind("test.txt:2:15: error: ", 0), 0u);
  // Everything else loaded.
  EXPECT_EQ(set.actors.size(), 2u);
  ASSERT_EQ(set.verbs.size(), 1u);
  ASSERT_EQ(set.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(set.verbs[0].patterns[0].code.paired, "043");
}

TEST(DyadReader, HeaderCodeIsTheDefaultAndComesLast) {
  std::vector<Diagnostic> d;
  auto set = read_text("actor PSEREB Hamas\n  role PSEGOV 2007-06-15.. approximate \"governs Gaza\"\n", &d);
  ASSERT_TRUE(d.empty());
  const auto& codes = set.actors[0].codes;
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[0].code, "PSEGOV");
  EXPECT_EQ(codes[0].confidence, Confidence::kApproximate);
  EXPECT_EQ(codes[1].code, "PSEREB");
  EXPECT_FALSE(codes[1].range.has_value());
}

TEST(DyadReader, CountryPlacesAndContinuation) {
  std::vector<Diagnostic> d;
  auto set = read_text(
      "country CHN China | People's Republic of China\n"
      "  | PRC\n"
      "  iso CN CHN 156\n"
      "  adjective Chinese\n"
      "  capital Beijing | Peking\n"
      "  city Shanghai\n",
      &d);
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  const Actor& a = set.actors[0];
  EXPECT_EQ(a.names.size(), 3u);
  EXPECT_EQ(a.iso3, "CHN");
  EXPECT_EQ(a.capitals.size(), 2u);
  EXPECT_EQ(a.cities[0].words[0], "shanghai");
}

TEST(DyadReader, PatternsAndCodeForms) {
  std::vector<Diagnostic> d;
  auto set = read_text(
      "synset &CURRENCY dollar | euro\n"
      "verb visit | pay a visit\n"
      "  code 042\n"
      "  forms visited\n"
      "  - $ * + for talks => 043 \"talks\"\n"
      "  - $ * in &CURRENCY _aid => 061?\n"
      "  - * <arms shipment> (to border) => 072!\n"
      "  - * new_relations {a | b c} => 046\n",
      &d);
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  const Verb& v = set.verbs[0];
  ASSERT_EQ(v.patterns.size(), 4u);
  EXPECT_EQ(v.patterns[0].note, "talks");
  EXPECT_EQ(v.patterns[1].code.strength, CodeStrength::kSubordinate);
  EXPECT_EQ(v.patterns[1].tokens[3].kind, PatternTokenKind::kSynset);
  EXPECT_TRUE(v.patterns[1].tokens[4].adjacent);
  EXPECT_EQ(v.patterns[2].tokens[1].kind, PatternTokenKind::kNounPhrase);
  EXPECT_EQ(v.patterns[2].tokens[2].kind, PatternTokenKind::kPrepPhrase);
  EXPECT_EQ(v.patterns[2].code.strength, CodeStrength::kDominant);
  EXPECT_TRUE(v.patterns[3].tokens[2].adjacent);
  ASSERT_EQ(v.patterns[3].tokens[3].alternatives.size(), 2u);
  EXPECT_EQ(v.forms, std::vector<std::string>{"visited"});
}

TEST(DyadReader, CommentsAndNotesAreKept) {
  std::vector<Diagnostic> d;
  auto set = read_text("# heading\n\nagent ~GOV president  # the head\n", &d);
  ASSERT_TRUE(d.empty());
  ASSERT_GE(set.trivia.size(), 3u);
}

TEST(DyadReader, InvalidUtf8IsReportedNotFatal) {
  std::vector<Diagnostic> d;
  auto set = read_text("actor ABC Foo \xff\xfe\nactor DEF Bar\n", &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 1u);
  EXPECT_EQ(set.actors.size(), 1u);
}

}  // namespace
}  // namespace dyad
