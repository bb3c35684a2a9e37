// FrontEnd: loading, verb lemmas, tagging rules and analyze() on stories we
// wrote. The data comes from the build tree ($DYAD_DATA, set by ctest).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace {

using dyad::Pos;

std::shared_ptr<const dyad::FrontEnd> front_end() {
  static std::shared_ptr<const dyad::FrontEnd> fe = [] {
    auto r = dyad::FrontEnd::load();
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    return r.ok() ? *r : nullptr;
  }();
  return fe;
}

// Tags one sentence and returns "word/TAG" for the tokens a reader sees
// (hyphen parts skipped), e.g. "Wang/NNP said/VBD".
struct Tagged {
  std::string text;
  std::vector<dyad::Token> tokens;
  std::string word(const dyad::Token& t) const { return text.substr(t.span.begin, t.span.size()); }
  // Tag of the first token spelled w (not a hyphen part).
  Pos tag_of(const std::string& w) const {
    for (const auto& t : tokens) {
      if (!(t.flags & dyad::kTokHyphenPart) && word(t) == w) return t.pos;
    }
    ADD_FAILURE() << "no token " << w << " in: " << text;
    return Pos::kUnknown;
  }
  std::string lemma_of(const std::string& w) const {
    for (const auto& t : tokens) {
      if (!(t.flags & dyad::kTokHyphenPart) && word(t) == w) return t.lemma;
    }
    ADD_FAILURE() << "no token " << w;
    return "";
  }
};

Tagged tag(const std::string& sentence) {
  Tagged t;
  t.text = sentence;
  t.tokens = dyad::tokenize(t.text, dyad::Span{0, static_cast<uint32_t>(t.text.size())});
  front_end()->tag(t.text, &t.tokens);
  return t;
}

// ---------------------------------------------------------------------------
// Loading

TEST(FrontEndLoad, LoadsFromTheDataDirectory) {
  ASSERT_NE(front_end(), nullptr);
}

TEST(FrontEndLoad, MissingDirectoryNamesTheFile) {
  auto r = dyad::FrontEnd::load_from("/nonexistent/dyad-data");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), dyad::ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/dyad-data/lexicon/en-lexicon.txt"), std::string::npos)
      << r.status().to_string();
}

class FrontEndBadData : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad-tag-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "lexicon");
    write("en-lexicon.txt", "the DT\nsaid VBD\n");
    write("en-morphology.txt", "NN s fhassuf 1 NNS x\nly hassuf 2 RB x\n");
    write("en-context.txt", "NN VB PREVTAG TO\n");
    write("wordnet.index.verb", "  1 licence text\nsay v 1 1 @ 1 0 00000001\n");
    write("wordnet.verb.exc", "said say\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / "lexicon" / name) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(FrontEndBadData, MinimalDataLoads) {
  auto r = dyad::FrontEnd::load_from(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ((*r)->verb_lemma("said"), "say");
}

TEST_F(FrontEndBadData, MissingWordNetFileIsNamed) {
  std::filesystem::remove(dir_ / "lexicon" / "wordnet.verb.exc");
  auto r = dyad::FrontEnd::load_from(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), dyad::ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("wordnet.verb.exc"), std::string::npos) << r.status().to_string();
}

TEST_F(FrontEndBadData, BadContextRuleCitesFileAndLine) {
  write("en-context.txt", "NN VB PREVTAG TO\nNN VB NOSUCHCOND TO\n");
  auto r = dyad::FrontEnd::load_from(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), dyad::ErrorCode::kParseError);
  EXPECT_NE(r.status().where().file.find("en-context.txt"), std::string::npos);
  EXPECT_EQ(r.status().where().line, 2u);
  EXPECT_NE(r.status().message().find("NOSUCHCOND"), std::string::npos);
}

TEST_F(FrontEndBadData, UnknownTagInLexicalRuleIsAnError) {
  write("en-morphology.txt", "NN s fhassuf 1 NNS x\nNN ed fhassuf 2 BOGUS x\n");
  auto r = dyad::FrontEnd::load_from(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().line, 2u);
}

TEST_F(FrontEndBadData, EmptyLexiconIsAnError) {
  write("en-lexicon.txt", ";;; only a comment\n");
  auto r = dyad::FrontEnd::load_from(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("en-lexicon.txt"), std::string::npos);
}

// ---------------------------------------------------------------------------
// Verb lemmas

TEST(VerbLemma, IrregularFormsComeFromWordNetExceptions) {
  auto fe = front_end();
  ASSERT_NE(fe, nullptr);
  EXPECT_EQ(fe->verb_lemma("held"), "hold");
  EXPECT_EQ(fe->verb_lemma("met"), "meet");
  EXPECT_EQ(fe->verb_lemma("said"), "say");
  EXPECT_EQ(fe->verb_lemma("spoke"), "speak");
}

TEST(VerbLemma, SuffixRulesKeepOnlyWordNetVerbs) {
  auto fe = front_end();
  ASSERT_NE(fe, nullptr);
  EXPECT_EQ(fe->verb_lemma("vetoed"), "veto");
  EXPECT_EQ(fe->verb_lemma("shelled"), "shell");
  EXPECT_EQ(fe->verb_lemma("accused"), "accuse");
  EXPECT_EQ(fe->verb_lemma("lashed"), "lash");
  EXPECT_EQ(fe->verb_lemma("condemns"), "condemn");
  EXPECT_EQ(fe->verb_lemma("denies"), "deny");
  EXPECT_EQ(fe->verb_lemma("meeting"), "meet");
  EXPECT_EQ(fe->verb_lemma("making"), "make");
}

TEST(VerbLemma, DoubledConsonantsAreUndone) {
  auto fe = front_end();
  ASSERT_NE(fe, nullptr);
  EXPECT_EQ(fe->verb_lemma("stopped"), "stop");
  EXPECT_EQ(fe->verb_lemma("banning"), "ban");
}

TEST(VerbLemma, CaseIsFoldedAndUnknownWordsGiveEmpty) {
  auto fe = front_end();
  ASSERT_NE(fe, nullptr);
  EXPECT_EQ(fe->verb_lemma("Held"), "hold");
  EXPECT_EQ(fe->verb_lemma("qwzxv"), "");
  EXPECT_EQ(fe->verb_lemma(""), "");
}

// ---------------------------------------------------------------------------
// Tagging

TEST(Tagger, XinhuaLeadSentence) {
  Tagged t = tag("Chinese Foreign Minister Wang Yi on Tuesday called on China and Canada to properly "
                 "address each other's legitimate concerns.");
  EXPECT_EQ(t.tag_of("Foreign"), Pos::kNNP);
  EXPECT_EQ(t.tag_of("Minister"), Pos::kNNP);
  EXPECT_EQ(t.tag_of("Wang"), Pos::kNNP);
  EXPECT_EQ(t.tag_of("Yi"), Pos::kNNP);
  EXPECT_EQ(t.tag_of("called"), Pos::kVBD);
  EXPECT_EQ(t.lemma_of("called"), "call");
  EXPECT_EQ(t.tag_of("properly"), Pos::kRB);
  EXPECT_EQ(t.tag_of("address"), Pos::kVB);
  EXPECT_EQ(t.tag_of("concerns"), Pos::kNNS);
  EXPECT_EQ(t.lemma_of("concerns"), "concern");
}

TEST(Tagger, NamesAndPastTense) {
  Tagged t = tag("President Xi Jinping and Prime Minister Mark Carney held a pivotal meeting in Gyeongju, "
                 "South Korea.");
  for (const char* w : {"President", "Xi", "Jinping", "Prime", "Minister", "Mark", "Carney", "Gyeongju"}) {
    EXPECT_EQ(t.tag_of(w), Pos::kNNP) << w;
  }
  EXPECT_EQ(t.tag_of("held"), Pos::kVBD);
  EXPECT_EQ(t.lemma_of("held"), "hold");
  EXPECT_EQ(t.tag_of("meeting"), Pos::kNN);
}

TEST(Tagger, AcronymsAndAbbreviations) {
  Tagged t = tag("The U.S. lawyer said US officials met WHO experts.");
  EXPECT_EQ(t.tag_of("U.S."), Pos::kNNP);
  EXPECT_EQ(t.tag_of("US"), Pos::kNNP);   // not the pronoun "us"
  EXPECT_EQ(t.tag_of("WHO"), Pos::kNNP);  // not the pronoun "who"
  EXPECT_EQ(t.tag_of("said"), Pos::kVBD);
  EXPECT_EQ(t.lemma_of("met"), "meet");
}

TEST(Tagger, HyphenatedCompoundsShareOneTag) {
  Tagged t = tag("They held an in-depth review of China-Canada relations.");
  int parts = 0;
  for (const auto& tok : t.tokens) {
    if (t.word(tok) == "in-depth" || (tok.flags & dyad::kTokHyphenPart && tok.span.begin < 25)) {
      EXPECT_EQ(tok.pos, Pos::kJJ) << t.word(tok);
    }
    if (tok.flags & dyad::kTokHyphenPart) ++parts;
    EXPECT_NE(tok.pos, Pos::kUnknown) << t.word(tok);
  }
  EXPECT_GT(parts, 0);
  EXPECT_EQ(t.tag_of("China-Canada"), Pos::kNNP);
}

TEST(Tagger, UnknownWordsUseShapeAndMorphology) {
  Tagged t = tag("Officials said Zorblaxian forces fired 1,250 shells at Qwertyville quickly.");
  EXPECT_EQ(t.tag_of("Officials"), Pos::kNNS);  // sentence-initial, lower-case entry
  EXPECT_EQ(t.tag_of("1,250"), Pos::kCD);
  EXPECT_EQ(t.tag_of("Qwertyville"), Pos::kNNP);
  EXPECT_EQ(t.tag_of("Zorblaxian"), Pos::kJJ);  // demonym before a noun
  EXPECT_EQ(t.tag_of("quickly"), Pos::kRB);
}

TEST(Tagger, PunctuationAndPossessives) {
  Tagged t = tag("\"The leaders' talks (in Rome) failed,\" he said.");
  EXPECT_EQ(t.tag_of("\""), Pos::kQuote);
  EXPECT_EQ(t.tag_of("'"), Pos::kPOS);
  EXPECT_EQ(t.tag_of("("), Pos::kLParen);
  EXPECT_EQ(t.tag_of(")"), Pos::kRParen);
  EXPECT_EQ(t.tag_of(","), Pos::kPunct);
  EXPECT_EQ(t.tag_of("."), Pos::kPeriod);
}

TEST(Tagger, ExistentialThere) {
  Tagged t = tag("There were over 1,000 deaths, and there is no cure.");
  EXPECT_EQ(t.tag_of("There"), Pos::kEX);
  EXPECT_EQ(t.tag_of("there"), Pos::kEX);
}

TEST(Tagger, LemmasOfOtherWordsAreTheNormalisedForm) {
  Tagged t = tag("Sanctions on Iran's “shadow fleet” were imposed by the Treasury.");
  EXPECT_EQ(t.lemma_of("Sanctions"), "sanction");
  EXPECT_EQ(t.lemma_of("Treasury"), "treasury");
  EXPECT_EQ(t.lemma_of("were"), "be");
  EXPECT_EQ(t.lemma_of("imposed"), "impose");
  EXPECT_EQ(t.lemma_of("“"), "\"");
}

TEST(Tagger, EmptyAndPunctuationOnlyInputs) {
  std::vector<dyad::Token> none;
  front_end()->tag("", &none);
  EXPECT_TRUE(none.empty());
  Tagged t = tag("... !!! ---");
  for (const auto& tok : t.tokens) EXPECT_NE(tok.pos, Pos::kUnknown);
}

// ---------------------------------------------------------------------------
// analyze()

dyad::Story make_story() {
  dyad::Story s;
  s.id = "test-1";
  s.title = "Leaders meet in Gyeongju";
  s.text = "BEIJING, Nov. 11 (Xinhua) -- Wang met Anand. They held talks.\n\nThe talks went well. Xi spoke.";
  // Body starts after the dateline; the second paragraph is body too.
  uint32_t body = static_cast<uint32_t>(s.text.find("Wang"));
  s.metadata.push_back(dyad::Span{0, body});
  s.body.push_back(dyad::Span{body, static_cast<uint32_t>(s.text.size())});
  return s;
}

TEST(Analyze, SentencesIndexedInReadingOrderWithinBody) {
  dyad::Story story = make_story();
  dyad::AnalyzedStory a = front_end()->analyze(story, /*code_titles=*/false);
  EXPECT_EQ(a.story, &story);
  ASSERT_EQ(a.sentences.size(), 4u);
  for (uint32_t i = 0; i < a.sentences.size(); ++i) {
    const dyad::Sentence& s = a.sentences[i];
    EXPECT_EQ(s.index, i);
    EXPECT_EQ(s.base, dyad::TextBase::kText);
    EXPECT_GE(s.span.begin, story.body[0].begin);
    EXPECT_LE(s.span.end, story.text.size());
    for (const dyad::Token& t : s.tokens) {
      EXPECT_GE(t.span.begin, s.span.begin);
      EXPECT_LE(t.span.end, s.span.end);
      EXPECT_NE(t.pos, Pos::kUnknown);
    }
  }
  EXPECT_EQ(a.base_text(dyad::TextBase::kText).substr(a.sentences[0].span.begin, a.sentences[0].span.size()),
            "Wang met Anand.");
  EXPECT_EQ(a.sentences[3].tokens[1].lemma, "speak");
}

TEST(Analyze, TitleSentencesComeFirstWhenCoded) {
  dyad::Story story = make_story();
  dyad::AnalyzedStory a = front_end()->analyze(story, /*code_titles=*/true);
  ASSERT_EQ(a.sentences.size(), 5u);
  EXPECT_EQ(a.sentences[0].base, dyad::TextBase::kTitle);
  EXPECT_EQ(a.sentences[0].index, 0u);
  EXPECT_EQ(a.sentences[0].span, (dyad::Span{0, static_cast<uint32_t>(story.title.size())}));
  EXPECT_EQ(a.base_text(dyad::TextBase::kTitle), story.title);
  EXPECT_EQ(a.sentences[1].base, dyad::TextBase::kText);
  EXPECT_EQ(a.sentences[1].index, 1u);
  EXPECT_EQ(a.sentences[0].tokens[1].lemma, "meet");
}

TEST(Analyze, EmptyTitleAddsNothing) {
  dyad::Story story = make_story();
  story.title.clear();
  EXPECT_EQ(front_end()->analyze(story, true).sentences.size(), 4u);
}

TEST(Analyze, StoryWithoutMarkupIsAllBody) {
  dyad::Story story;
  story.text = "Wang met Anand. They held talks.";
  dyad::AnalyzedStory a = front_end()->analyze(story, false);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[1].span.end, story.text.size());
}

TEST(Analyze, BodySpansOutsideTheTextAreClamped) {
  dyad::Story story;
  story.text = "Wang met Anand.";
  story.body = {dyad::Span{5, 1000}, dyad::Span{2000, 3000}};
  dyad::AnalyzedStory a = front_end()->analyze(story, false);
  ASSERT_EQ(a.sentences.size(), 1u);
  EXPECT_EQ(a.sentences[0].span.end, story.text.size());
}

TEST(Analyze, BaseTextOfAnEmptyResultIsEmpty) {
  dyad::AnalyzedStory a;
  EXPECT_TRUE(a.base_text(dyad::TextBase::kText).empty());
}

}  // namespace
