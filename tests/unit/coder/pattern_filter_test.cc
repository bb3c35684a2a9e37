// The verb-pattern pre-filter (src/coder/pattern_filter.h): a pattern is ruled
// out only when a word it needs is missing from the clause, never otherwise.
#include "../../../src/coder/pattern_filter.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace dyad::coder {
namespace {

PatternToken word(const std::string& w) {
  PatternToken t;
  t.text = w;
  return t;
}

PatternToken of_kind(PatternTokenKind k, const std::string& text = "") {
  PatternToken t;
  t.kind = k;
  t.text = text;
  return t;
}

PatternToken one_of(std::vector<std::vector<PatternToken>> branches) {
  PatternToken t = of_kind(PatternTokenKind::kAlternatives);
  t.alternatives = std::move(branches);
  return t;
}

Pattern pattern(std::vector<PatternToken> tokens) {
  Pattern p;
  p.tokens = std::move(tokens);
  p.code.code = "040";
  return p;
}

std::vector<Token> clause(const std::string& text) {
  std::vector<Token> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    Token t;
    t.norm = t.lemma = w;
    out.push_back(t);
  }
  return out;
}

// One verb "meet" whose patterns are `patterns`, compiled, with its filter.
struct Fixture {
  std::shared_ptr<const CompiledDictionary> dict;
  PatternFilter filter;
};

Fixture build(std::vector<Pattern> patterns) {
  DictionarySet set;
  Verb v;
  v.lemmas.push_back(Phrase{{"meet"}, false, false, "", {}});
  v.code.code = "040";
  v.patterns = std::move(patterns);
  set.verbs.push_back(std::move(v));
  Synset s;
  s.name = "TALKS";
  s.members.push_back(Phrase{{"talks"}, false, false, "", {}});
  s.members.push_back(Phrase{{"negotiations"}, false, false, "", {}});
  set.synsets.push_back(std::move(s));
  DictionaryBuilder b;
  b.add_set(std::move(set));
  Fixture f;
  auto d = b.compile();
  EXPECT_TRUE(d.ok());
  if (d.ok()) {
    f.dict = *d;
    f.filter = PatternFilter(*f.dict);
  }
  return f;
}

// Whether the only pattern of the fixture's verb may match `text`.
bool possible(const Fixture& f, const std::string& text) {
  auto toks = clause(text);
  return f.filter.possible(0, 0, clause_signature(toks, 0, static_cast<uint32_t>(toks.size())));
}

using K = PatternTokenKind;

TEST(PatternFilter, RejectsPatternWhoseWordIsMissing) {
  Fixture f = build({pattern({of_kind(K::kVerb), word("with"), of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  EXPECT_TRUE(possible(f, "arnor met with gondor"));
  EXPECT_FALSE(possible(f, "arnor met gondor"));
}

TEST(PatternFilter, NeedsOneBranchOfAlternatives) {
  Fixture f = build({pattern({of_kind(K::kVerb), one_of({{word("talks")}, {word("peace"), word("talks")}}),
                              of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  EXPECT_TRUE(possible(f, "arnor met for peace with gondor"));
  EXPECT_TRUE(possible(f, "arnor met for talks with gondor"));
  EXPECT_FALSE(possible(f, "arnor met gondor"));
}

TEST(PatternFilter, AlternativesWithAnEmptyBranchNeedNothing) {
  Fixture f = build({pattern({of_kind(K::kVerb), one_of({{word("talks")}, {}}), of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  EXPECT_TRUE(possible(f, "arnor met gondor"));
}

TEST(PatternFilter, NeedsOneMemberOfSynset) {
  Fixture f = build({pattern({of_kind(K::kVerb), of_kind(K::kSynset, "TALKS"), of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  EXPECT_TRUE(possible(f, "arnor met for negotiations with gondor"));
  EXPECT_FALSE(possible(f, "arnor met gondor"));
}

TEST(PatternFilter, StemsNeedNothing) {
  Fixture f = build({pattern({of_kind(K::kVerb), word("negotiat*"), of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  EXPECT_TRUE(possible(f, "arnor met gondor"));
}

TEST(PatternFilter, LemmaCountsAsTheWord) {
  Fixture f = build({pattern({of_kind(K::kVerb), word("cooperate"), of_kind(K::kTarget)})});
  ASSERT_TRUE(f.dict);
  std::vector<Token> toks = clause("arnor met cooperating gondor");
  toks[2].lemma = "cooperate";
  EXPECT_TRUE(f.filter.possible(0, 0, clause_signature(toks, 0, static_cast<uint32_t>(toks.size()))));
}

}  // namespace
}  // namespace dyad::coder
