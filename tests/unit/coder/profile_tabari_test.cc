// TABARI-profile sentence rules: comma-clause deletion, word counts,
// article + verb as noun, compounds across modifiers, pronouns.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

// Why the path: src/ is private to the library; this internal header is tested directly.
#include "../../../src/coder/tabari_rules.h"

namespace dyad::coder {
namespace {

// Tokens from blank-separated words (norm = lemma = the word; "JJ:" marks an adjective).
std::vector<Token> words(const std::string& text) {
  std::vector<Token> out;
  std::istringstream in(text);
  std::string w;
  uint32_t pos = 0;
  while (in >> w) {
    Token t;
    if (w.rfind("JJ:", 0) == 0) {
      w = w.substr(3);
      t.pos = Pos::kJJ;
    }
    t.norm = t.lemma = w;
    t.span = {pos, pos + static_cast<uint32_t>(w.size())};
    pos += static_cast<uint32_t>(w.size()) + 1;
    out.push_back(t);
  }
  return out;
}

std::string kept(const std::vector<Token>& toks, const std::vector<uint8_t>& deleted) {
  std::string s;
  for (size_t i = 0; i < toks.size(); ++i)
    if (!deleted[i]) s += (s.empty() ? "" : " ") + toks[i].norm;
  return s;
}

TEST(TabariRules, WordCountSkipsPunctuationAndPossessive) {
  auto t = words("gondor 's planes attacked osgiliath .");
  EXPECT_EQ(tabari_word_count(t, 0, static_cast<uint32_t>(t.size())), 4u);
}

TEST(TabariRules, DefaultCommaRulesDeleteInteriorAndFinalClauses) {
  TabariRules r;   // defaults: interior and final 2..10 words, never initial
  auto t = words("arnor restored ties with gxndor , almost five years after crowds burned its embassy , "
                 "a senior official said on saturday .");
  // The interior clause goes with both its commas; no comma is left to open a final clause.
  EXPECT_EQ(kept(t, tabari_comma_deletions(t, r)), "arnor restored ties with gxndor a senior official said on saturday .");
  auto u = words("arnor restored ties with gxndor , a senior official said on saturday .");
  EXPECT_EQ(kept(u, tabari_comma_deletions(u, r)), "arnor restored ties with gxndor .");
}

TEST(TabariRules, FinalClauseMeasuredAfterInteriorDeletion) {
  TabariRules r;
  // The interior clause goes with both its commas; no comma is left, so the
  // main clause after it is not a "final clause".
  auto t = words("elrond , suspicious as ever of mordor , brushed aside reports that calimehtar attacked gandalf");
  EXPECT_EQ(kept(t, tabari_comma_deletions(t, r)), "elrond brushed aside reports that calimehtar attacked gandalf");
}

TEST(TabariRules, LimitsAndOff) {
  TabariRules r;
  r.comma_bmin = 3;
  r.comma_bmax = 8;
  r.comma_emin = 3;
  r.comma_emax = 6;
  auto t = words("arnor is about to restore complete , full ties with gondor almost five years after crowds burned "
                 "its embassy , a clearly inebriated bree official said today .");
  // interior clause (13 words) kept; initial clause (6 words) deleted; final clause (7 words) kept.
  EXPECT_EQ(kept(t, tabari_comma_deletions(t, r)),
            "full ties with gondor almost five years after crowds burned its embassy , a clearly inebriated bree "
            "official said today .");
  r.comma_on = false;
  EXPECT_EQ(kept(t, tabari_comma_deletions(t, r)), kept(t, std::vector<uint8_t>(t.size(), 0)));
}

TEST(TabariRules, OptionsMapToRules) {
  TabariOptions o;
  auto apply = [&](const char* line) {
    auto c = parse_tabari_option(line);
    ASSERT_TRUE(c.ok()) << line;
    o.apply(*c);
  };
  apply("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8");
  apply("SET: MINIMUM WORDS = 20");
  apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN");
  TabariRules r = tabari_rules_from(o, true);
  EXPECT_TRUE(r.comma_on);
  EXPECT_EQ(r.comma_min, 4);
  EXPECT_EQ(r.comma_bmax, 8);
  EXPECT_EQ(r.minimum_words, 20);
  EXPECT_EQ(r.complex_verbs, 5);
  EXPECT_EQ(r.complex_conj, 4);
  apply("COMMA: OFF");
  EXPECT_FALSE(tabari_rules_from(o, true).comma_on);
  EXPECT_EQ(tabari_rules_from(TabariOptions{}, true).minimum_words, 8);   // TABARI's default
  EXPECT_EQ(tabari_rules_from(TabariOptions{}, false).minimum_words, 0);
}

TEST(TabariRules, ArticleMakesVerbANoun) {
  auto t = words("gondor condemned an attack by osgiliath");
  EXPECT_FALSE(tabari_noun_use(t, 1));
  EXPECT_TRUE(tabari_noun_use(t, 3));
  std::vector<uint8_t> none(t.size(), 0);
  EXPECT_FALSE(tabari_verb_position(t, none, 3));
}

TEST(TabariRules, CompoundAcrossArticlesAndModifiers) {
  auto t = words("fornost and the JJ:evil JJ:awful gondor welcomed");
  EXPECT_TRUE(tabari_compound_gap(t, 1, 5));
  auto u = words("fornost said gondor");
  EXPECT_FALSE(tabari_compound_gap(u, 1, 2));
  auto v = words("fornost the gondor");   // a modifier without a conjunction joins nothing
  EXPECT_FALSE(tabari_compound_gap(v, 1, 2));
}

TEST(TabariRules, PronounTakesFirstActorOfSentence) {
  auto t = words("elrond urged bree and gondor asked him to help");
  SentenceView view;
  view.tokens = &t;
  for (uint32_t i : {0u, 2u, 4u}) {
    Mention m;
    m.begin = i;
    m.end = i + 1;
    m.codes = {i == 0 ? "ELF" : i == 2 ? "BRE" : "GON"};
    m.spans = {t[i].span};
    view.mentions.push_back(m);
  }
  index_mentions(&view);
  dereference_pronouns(nullptr, &view);
  ASSERT_GE(view.mention_at[6], 0);
  EXPECT_EQ(view.mentions[view.mention_at[6]].codes, std::vector<std::string>{"ELF"});
}

}  // namespace
}  // namespace dyad::coder
