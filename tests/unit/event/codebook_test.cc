// The bundled CAMEO codebook (dict/dyad/cameo.txt) and the codebook reader.
#include "dyad/codebook.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dyad {
namespace {

const std::string kCameoPath = DYAD_SOURCE_DIR "/dict/dyad/cameo.txt";

const EventCodebook& cameo() {
  static const EventCodebook* cb = [] {
    auto r = EventCodebook::load(kCameoPath);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().to_string();
      return new EventCodebook();
    }
    return new EventCodebook(std::move(r).value());
  }();
  return *cb;
}

const CodebookEntry& entry(const std::string& code) {
  const CodebookEntry* e = cameo().lookup(code);
  if (!e) {
    ADD_FAILURE() << "code " << code << " missing";
    static const CodebookEntry kEmpty;
    return kEmpty;
  }
  return *e;
}

TEST(CameoCodebook, Has316Codes) {
  ASSERT_EQ(cameo().size(), 316u);
  size_t two = 0, three = 0, four = 0;
  for (const CodebookEntry& e : cameo().entries()) {
    two += e.code.size() == 2;
    three += e.code.size() == 3;
    four += e.code.size() == 4;
  }
  EXPECT_EQ(two, 20u);
  EXPECT_EQ(three, 147u + 2u);   // GDELT's 147 plus 155, 176
  EXPECT_EQ(four, 144u + 3u);    // GDELT's 144 plus 1834, 1951, 1952
}

TEST(CameoCodebook, DiscussByTelephone) {
  const CodebookEntry& e = entry("041");
  EXPECT_EQ(e.name, "Discuss by telephone");
  EXPECT_EQ(e.goldstein, 1.0);
  EXPECT_EQ(e.quad, 1);
  EXPECT_EQ(e.plover_type, "CONSULT");
  EXPECT_EQ(e.plover_mode, "phone");
  EXPECT_TRUE(e.goldstein_from.empty());
}

TEST(CameoCodebook, GdeltGoldsteinValues) {
  EXPECT_EQ(entry("0874").goldstein, 10.0);
  EXPECT_EQ(entry("190").goldstein, -10.0);
  EXPECT_EQ(entry("02").goldstein, 3.0);
  EXPECT_EQ(entry("04").goldstein, 1.0);
  EXPECT_EQ(entry("1823").goldstein, -10.0);
  // Where Phoenix's table differs (field.md §4), GDELT's value is the one used.
  EXPECT_EQ(entry("016").goldstein, -2.0);
  EXPECT_EQ(entry("163").goldstein, -8.0);
}

TEST(CameoCodebook, AddedCodesTakeParentGoldstein) {
  struct Case { const char* code; const char* from; };
  for (Case c : {Case{"155", "15"}, Case{"176", "17"}, Case{"1834", "183"}, Case{"1951", "195"},
                 Case{"1952", "195"}}) {
    const CodebookEntry& e = entry(c.code);
    EXPECT_EQ(e.goldstein_from, c.from) << c.code;
    EXPECT_EQ(e.goldstein, entry(c.from).goldstein) << c.code;
    EXPECT_FALSE(e.plover_type.empty()) << c.code;
  }
  EXPECT_EQ(entry("1834").name, "Carry out location bombing");
}

TEST(CameoCodebook, OnlyTheFiveAddedCodesBorrowGoldstein) {
  std::set<std::string> borrowed;
  for (const CodebookEntry& e : cameo().entries()) {
    if (!e.goldstein_from.empty()) borrowed.insert(e.code);
  }
  EXPECT_EQ(borrowed, (std::set<std::string>{"155", "176", "1834", "1951", "1952"}));
}

TEST(CameoCodebook, EveryRootPresentAndQuadMatchesRoot) {
  for (const CodebookEntry& e : cameo().entries()) {
    ASSERT_NE(cameo().lookup(e.code.substr(0, 2)), nullptr) << e.code;
    EXPECT_EQ(std::optional<int>(e.quad), EventCodebook::quad_for_root(e.code)) << e.code;
    EXPECT_GE(e.goldstein, -10.0);
    EXPECT_LE(e.goldstein, 10.0);
  }
}

TEST(CameoCodebook, NoPloverForRoots01And02) {
  for (const CodebookEntry& e : cameo().entries()) {
    const bool dropped = e.code.rfind("01", 0) == 0 || e.code.rfind("02", 0) == 0;
    EXPECT_EQ(e.plover_type.empty(), dropped) << e.code;
  }
}

TEST(CameoCodebook, SourceDefectsAreFixed) {
  // SOURCES.md: GDELT's line 156 merges 1056 and 106; the manual prints 183 as 1883.
  EXPECT_EQ(entry("1056").name, "Demand de-escalation of military engagement");
  EXPECT_EQ(entry("106").goldstein, -5.0);
  EXPECT_EQ(cameo().lookup("1883"), nullptr);
  EXPECT_EQ(entry("183").name, "Conduct suicide, car, or other non-military bombing, not specified below");
  EXPECT_EQ(entry("125").name, "Reject proposal to meet, discuss, or negotiate");
  EXPECT_EQ(entry("128").name, "Defy norms, law");
  EXPECT_EQ(entry("044").name, "Meet at a \u201cthird\u201d location");
  EXPECT_EQ(entry("1312").name.rfind("Threaten ", 0), 0u);
  // PLOVER table: 175's "mode" is a context; codes it lacks only in PLOVER's own list are not CAMEO.
  EXPECT_TRUE(entry("175").plover_mode.empty());
  EXPECT_EQ(entry("175").plover_contexts, (std::vector<std::string>{"pro_autocracy", "military"}));
  EXPECT_EQ(cameo().lookup("1213"), nullptr);
  EXPECT_EQ(entry("08").plover_type, "CONCEDE");
  EXPECT_EQ(entry("0874").plover_type, "RETREAT");
  EXPECT_EQ(entry("163").plover_type, "COERCE");
  EXPECT_EQ(entry("091").plover_contexts, (std::vector<std::string>{"crime", "corruption"}));
}

TEST(EventCodebook, QuadForRoot) {
  EXPECT_EQ(EventCodebook::quad_for_root("01"), 1);
  EXPECT_EQ(EventCodebook::quad_for_root("05"), 1);
  EXPECT_EQ(EventCodebook::quad_for_root("06"), 2);
  EXPECT_EQ(EventCodebook::quad_for_root("0874"), 2);
  EXPECT_EQ(EventCodebook::quad_for_root("09"), 3);
  EXPECT_EQ(EventCodebook::quad_for_root("13"), 3);
  EXPECT_EQ(EventCodebook::quad_for_root("14"), 4);
  EXPECT_EQ(EventCodebook::quad_for_root("20"), 4);
  EXPECT_EQ(EventCodebook::quad_for_root("00"), std::nullopt);
  EXPECT_EQ(EventCodebook::quad_for_root("21"), std::nullopt);
  EXPECT_EQ(EventCodebook::quad_for_root("9"), std::nullopt);
  EXPECT_EQ(EventCodebook::quad_for_root("sd"), std::nullopt);
}

TEST(EventCodebook, ResolveFallsBackToParentThenRoot) {
  EXPECT_EQ(cameo().resolve("041")->code, "041");
  EXPECT_EQ(cameo().resolve("0415")->code, "041");
  EXPECT_EQ(cameo().resolve("049")->code, "04");
  EXPECT_EQ(cameo().resolve("99"), nullptr);
}

Status parse_error(const std::string& text) { return EventCodebook::parse(text, "t.txt").status(); }

TEST(EventCodebook, ParsesMinimalTable) {
  auto cb = EventCodebook::parse(
      "# comment\n"
      "code 04 \"CONSULT\" goldstein 1.0 quad 1 plover CONSULT   # trailing comment\r\n"
      "\n"
      "code 041 \"Discuss # by phone\" quad 1 goldstein 1 plover CONSULT mode phone context a,b\n",
      "t.txt");
  ASSERT_TRUE(cb.ok()) << cb.status().to_string();
  ASSERT_EQ(cb->size(), 2u);
  const CodebookEntry* e = cb->lookup("041");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Discuss # by phone");
  EXPECT_EQ(e->line, 4u);
  EXPECT_EQ(e->plover_contexts, (std::vector<std::string>{"a", "b"}));
}

TEST(EventCodebook, ErrorsNameFileAndLine) {
  Status s = parse_error("code 04 \"C\" goldstein 1 quad 1\ncode 041 \"D\" goldstein 11 quad 1\n");
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_EQ(s.where().file, "t.txt");
  EXPECT_EQ(s.where().line, 2u);
  EXPECT_EQ(s.where().column, 24u);   // the value "11"
  EXPECT_NE(s.to_string().find("t.txt:2:24: goldstein"), std::string::npos) << s.to_string();
}

TEST(EventCodebook, RejectsMalformedLines) {
  const char* bad[] = {
      "verb 04 \"C\" goldstein 1 quad 1\n",              // unknown keyword
      "code 04 C goldstein 1 quad 1\n",                  // name not quoted
      "code 04 \"C goldstein 1 quad 1\n",                // unterminated name
      "code 0 \"C\" goldstein 1 quad 1\n",               // code too short
      "code 04 \"C\" goldstein x quad 1\n",              // not a number
      "code 04 \"C\" goldstein 1 quad 5\n",              // quad out of range
      "code 04 \"C\" goldstein 1\n",                     // quad missing
      "code 04 \"C\" quad 1\n",                          // goldstein missing
      "code 04 \"C\" goldstein 1 quad 1 quad 2\n",       // attribute twice
      "code 04 \"C\" goldstein 1 quad 1 plover TALK\n",  // not a PLOVER type
      "code 04 \"C\" goldstein 1 quad 1 mode phone\n",   // mode without plover
      "code 04 \"C\" goldstein 1 quad 1 colour red\n",   // unknown attribute
      "code 04 \"C\" goldstein 1 quad 1 plover\n",       // attribute without value
      "code 04 \"C\" goldstein 1 quad 1 plover AID context a,,b\n",
      "  code 04 \"C\" goldstein 1 quad 1\n",            // indented
      "code 04 \"\xFF\" goldstein 1 quad 1\n",           // invalid UTF-8
  };
  for (const char* text : bad) {
    Status s = parse_error(text);
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_EQ(s.where().line, 1u) << text;
  }
}

TEST(EventCodebook, RejectsDuplicateCode) {
  Status s = parse_error("code 04 \"C\" goldstein 1 quad 1\ncode 04 \"D\" goldstein 1 quad 1\n");
  EXPECT_EQ(s.where().line, 2u);
  EXPECT_NE(s.message().find("first at line 1"), std::string::npos);
}

TEST(EventCodebook, RejectsCodeWithoutRoot) {
  Status s = parse_error("code 04 \"C\" goldstein 1 quad 1\ncode 051 \"D\" goldstein 1 quad 1\n");
  EXPECT_EQ(s.where().line, 2u);
  EXPECT_NE(s.message().find("root 05"), std::string::npos);
}

TEST(EventCodebook, RejectsInconsistentBorrowedValues) {
  const std::string head = "code 15 \"F\" goldstein -7.2 quad 4 plover MOBILIZE\n";
  EXPECT_TRUE(EventCodebook::parse(head + "code 155 \"C\" goldstein -7.2 quad 4 goldstein_from 15\n", "t").ok());
  EXPECT_EQ(parse_error(head + "code 155 \"C\" goldstein -7.0 quad 4 goldstein_from 15\n").where().line, 2u);
  EXPECT_EQ(parse_error(head + "code 155 \"C\" goldstein -7.2 quad 4 goldstein_from 16\n").where().line, 2u);
  EXPECT_EQ(parse_error(head + "code 155 \"C\" goldstein 1 quad 4 plover AID plover_from 15\n").where().line, 2u);
}

TEST(EventCodebook, MissingFileIsNotFound) {
  auto r = EventCodebook::load("/nonexistent/cameo.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/cameo.txt"), std::string::npos);
}

}  // namespace
}  // namespace dyad
