// TABARI readers: one test per construct, on small samples written here.
#include <gtest/gtest.h>

#include "peer_test_util.h"

namespace dyad {
namespace {

using peer_test::describe;
using peer_test::errors;
using peer_test::find;
using peer_test::warnings;
using peer_test::words;
using peer_test::ymd;

struct Loaded {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  Status status;
};

Loaded actors(std::string_view text) {
  Loaded l;
  l.status = parse_tabari_actors_text(text, "t.actors", l.set, l.diags);
  return l;
}
Loaded verbs(std::string_view text) {
  Loaded l;
  l.status = parse_tabari_verbs_text(text, "t.verbs", l.set, l.diags);
  return l;
}
Loaded agents(std::string_view text) {
  Loaded l;
  l.status = parse_tabari_agents_text(text, "t.agents", l.set, l.diags);
  return l;
}

// ------------------------------------------------------------------ actors

TEST(TabariActors, CommentsAndFinish) {
  Loaded l = actors("# a comment line\nSYRI [SYR] ; trailing comment\n/ slash comment\n~FINISH\nAFTER [AFT]\n");
  ASSERT_EQ(l.set.actors.size(), 1u) << describe(l.diags);
  EXPECT_EQ(l.set.actors[0].codes[0].code, "SYR");
  EXPECT_TRUE(l.diags.empty()) << describe(l.diags);
}

TEST(TabariActors, StemUnlessTrailingUnderscore) {
  Loaded l = actors("SYRI [SYR]\nESTONIA_ [EST]\n");
  ASSERT_EQ(l.set.actors.size(), 2u);
  EXPECT_TRUE(l.set.actors[0].names[0].stem_last);
  EXPECT_FALSE(l.set.actors[1].names[0].stem_last);
  EXPECT_EQ(l.set.actors[1].names[0].words, words({"estonia"}));
}

TEST(TabariActors, UnderscoreAdjacentBlankGap) {
  Loaded l = actors("AL_GORE [AGR]\nAL GORE [TEN]\n");
  ASSERT_EQ(l.set.actors.size(), 2u);
  const Phrase& joined = l.set.actors[0].names[0];
  EXPECT_EQ(joined.words, words({"al", "gore"}));
  EXPECT_TRUE(joined.gap_before.empty());   // all adjacent
  const Phrase& loose = l.set.actors[1].names[0];
  EXPECT_EQ(loose.words, words({"al*", "gore"}));   // interior stem, then a gap
  ASSERT_EQ(loose.gap_before.size(), 2u);
  EXPECT_TRUE(loose.gap_before[1]);
}

TEST(TabariActors, HyphenIsUnderscoreAndEqualsTurnsFormsOff) {
  Loaded l = actors("BARAD-DUR [MOR]\nMOUSE= [MUS]\n");
  ASSERT_EQ(l.set.actors.size(), 2u);
  EXPECT_EQ(l.set.actors[0].names[0].words, words({"barad", "dur"}));
  EXPECT_TRUE(l.set.actors[0].names[0].gap_before.empty());
  EXPECT_TRUE(l.set.actors[1].names[0].no_forms);
  EXPECT_EQ(l.set.actors[1].names[0].words, words({"mouse"}));
}

TEST(TabariActors, DateRestrictionsWithBlanks) {
  Loaded l = actors(
      "GOLLUM ; comment\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n"
      "#\t[950601-990815]  commented out\n\t[HOBREB > 990816]\n");
  ASSERT_EQ(l.set.actors.size(), 1u) << describe(l.diags);
  const Actor& a = l.set.actors[0];
  ASSERT_EQ(a.names.size(), 2u);
  ASSERT_EQ(a.codes.size(), 3u);
  EXPECT_EQ(a.codes[0].code, "HOB");
  EXPECT_FALSE(a.codes[0].range->from);
  EXPECT_EQ(*a.codes[0].range->to, ymd(1995, 6, 1));
  EXPECT_EQ(*a.codes[1].range->from, ymd(1995, 6, 1));
  EXPECT_EQ(*a.codes[1].range->to, ymd(1999, 8, 15));
  EXPECT_EQ(*a.codes[2].range->from, ymd(1999, 8, 16));
  EXPECT_FALSE(a.codes[2].range->to);
  EXPECT_EQ(a.codes[1].src.line, 4u);
  EXPECT_EQ(a.codes[1].src.column, 3u);
  EXPECT_TRUE(l.diags.empty()) << describe(l.diags);
}

TEST(TabariActors, DefaultCodeGoesLast) {
  Loaded l = actors("AXNOR [AR2] [AR1 <911226]\n");
  ASSERT_EQ(l.set.actors[0].codes.size(), 2u);
  EXPECT_EQ(l.set.actors[0].codes[0].code, "AR1");
  EXPECT_EQ(l.set.actors[0].codes[1].code, "AR2");
  EXPECT_FALSE(l.set.actors[0].codes[1].range);
}

TEST(TabariActors, SpecialCodesAndDiscardPeriod) {
  Loaded l = actors("ENT [### <890101] [ENT]\nBOROMIR [---]\nISILDUR [+++]\n");
  ASSERT_EQ(l.set.actors.size(), 3u);
  EXPECT_EQ(l.set.actors[0].codes[0].code, "###");
  EXPECT_EQ(l.set.actors[1].codes[0].code, "---");
  EXPECT_EQ(l.set.actors[2].codes[0].code, "+++");
}

TEST(TabariActors, CompoundCode) {
  Loaded l = actors("G7 [USA/GMW/FRN]\n");
  ASSERT_EQ(l.set.actors.size(), 1u);
  EXPECT_EQ(l.set.actors[0].compound, words({"USA", "GMW", "FRN"}));
  EXPECT_TRUE(l.set.actors[0].codes.empty());
}

TEST(TabariActors, NounAndAdjectiveSections) {
  Loaded l = actors("<NOUN>\nFORCES_ ;x\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\nMORDOR [ORC]\n");
  ASSERT_EQ(l.set.word_classes.size(), 2u);
  EXPECT_FALSE(l.set.word_classes[0].adjective);
  EXPECT_TRUE(l.set.word_classes[1].adjective);
  EXPECT_EQ(l.set.actors.size(), 1u);
}

TEST(TabariActors, BadRestrictionWarnsAndRestLoads) {
  Loaded l = actors("ALBRIGHT [USAGOV 991301-010114] [---]\nNEXT [NXT]\n");
  EXPECT_TRUE(l.status.ok());
  ASSERT_EQ(l.set.actors.size(), 2u);
  const Diagnostic* d = find(l.diags, "bad date");
  ASSERT_NE(d, nullptr) << describe(l.diags);
  EXPECT_EQ(d->line, 1u);
  EXPECT_EQ(d->column, 11u);
  EXPECT_EQ(d->severity, Diagnostic::Severity::kWarning);
}

TEST(TabariActors, OrphanLinesAreErrors) {
  Loaded l = actors("+SYNONYM\n\t[ABC]\nREAL [RL]\n");
  EXPECT_EQ(errors(l.diags), 2u) << describe(l.diags);
  EXPECT_FALSE(l.status.ok());
  EXPECT_EQ(l.set.actors.size(), 1u);
}

// ------------------------------------------------------------------ agents

TEST(TabariAgents, SuffixAndPrefixPlacement) {
  Loaded l = agents("PRESIDENT_  [ ~GOVPRS] ;ns\nHUMAN_RIGHTS_BODY_   [  NGO~] ;x\n");
  ASSERT_EQ(l.set.agents.size(), 2u) << describe(l.diags);
  EXPECT_EQ(l.set.agents[0].codes[0].code, "GOVPRS");
  EXPECT_FALSE(l.set.agents[0].prefix);
  EXPECT_EQ(l.set.agents[1].codes[0].code, "NGO");
  EXPECT_TRUE(l.set.agents[1].prefix);
  EXPECT_EQ(l.set.agents[1].phrases[0].words, words({"human", "rights", "body"}));
  EXPECT_TRUE(l.diags.empty()) << describe(l.diags);
}

TEST(TabariAgents, MissingTildeWarns) {
  Loaded l = agents("POLICE_ [COP]\n");
  ASSERT_EQ(l.set.agents.size(), 1u);
  EXPECT_NE(find(l.diags, "without '~'"), nullptr);
}

// ------------------------------------------------------------------ verbs

const PatternToken& tok(const Loaded& l, size_t verb, size_t pattern, size_t token) {
  return l.set.verbs.at(verb).patterns.at(pattern).tokens.at(token);
}

TEST(TabariVerbs, RootFormsAndCodes) {
  Loaded l = verbs("BREAK_ [1717]\n{ BROKE_ BROKEN_ BROKEN_DOWN_ }\nSAID [023?]\nATTEND [031!]\nARRIVE [032:033]\n");
  ASSERT_EQ(l.set.verbs.size(), 4u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].forms, words({"broke", "broken", "broken down"}));
  EXPECT_FALSE(l.set.verbs[0].lemmas[0].stem_last);
  EXPECT_EQ(l.set.verbs[1].code.strength, CodeStrength::kSubordinate);
  EXPECT_EQ(l.set.verbs[2].code.strength, CodeStrength::kDominant);
  EXPECT_EQ(l.set.verbs[3].code.code, "032");
  EXPECT_EQ(l.set.verbs[3].code.paired, "033");
}

TEST(TabariVerbs, PatternSlotsAndStems) {
  Loaded l = verbs("BREAK_ [1717]\n- + KNOWN_ * IN_ $  [076] ; note\n- % ^ $ *  [001]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 2u) << describe(l.diags);
  EXPECT_EQ(tok(l, 0, 0, 0).kind, PatternTokenKind::kTarget);
  EXPECT_EQ(tok(l, 0, 0, 1).text, "known");
  EXPECT_EQ(tok(l, 0, 0, 2).kind, PatternTokenKind::kVerb);
  EXPECT_EQ(tok(l, 0, 0, 4).kind, PatternTokenKind::kSource);
  EXPECT_EQ(l.set.verbs[0].patterns[0].note, "note");
  EXPECT_EQ(tok(l, 0, 1, 0).kind, PatternTokenKind::kCompound);
  EXPECT_EQ(tok(l, 0, 1, 1).kind, PatternTokenKind::kSkip);
}

TEST(TabariVerbs, AdjacencyUnderscoreVersusBlank) {
  Loaded l = verbs("ACCORD [---]\n- IN_*  [075]\n- IN_ *  [075A]\n- IN *  [072]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 3u);
  EXPECT_EQ(tok(l, 0, 0, 0).text, "in");
  EXPECT_TRUE(tok(l, 0, 0, 1).adjacent);
  EXPECT_EQ(tok(l, 0, 1, 0).text, "in");
  EXPECT_FALSE(tok(l, 0, 1, 1).adjacent);
  EXPECT_EQ(tok(l, 0, 2, 0).text, "in*");   // stem
  EXPECT_FALSE(tok(l, 0, 2, 1).adjacent);
}

TEST(TabariVerbs, TildeStemJoinsNextWord) {
  Loaded l = verbs("ALLOW [060]\n- * THE_NEAT~_PLACE  [027]\n- * REAL~ PLEASANT [024]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 2u) << describe(l.diags);
  EXPECT_EQ(tok(l, 0, 0, 2).text, "neat*");
  EXPECT_TRUE(tok(l, 0, 0, 3).adjacent);
  EXPECT_EQ(tok(l, 0, 1, 1).text, "real*");
  EXPECT_TRUE(tok(l, 0, 1, 2).adjacent);   // XXX~ YYY: YYY must follow immediately
}

TEST(TabariVerbs, AlternativesAndClosingJoin) {
  Loaded l = verbs("SHOULD [101]\n- SUGGESTED + * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [161]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u) << describe(l.diags);
  const PatternToken& alt = tok(l, 0, 0, 4);
  ASSERT_EQ(alt.kind, PatternTokenKind::kAlternatives);
  EXPECT_TRUE(alt.adjacent);
  ASSERT_EQ(alt.alternatives.size(), 2u);
  EXPECT_EQ(alt.alternatives[0][0].text, "geneva");
  EXPECT_EQ(alt.alternatives[1][0].text, "international*");
  EXPECT_TRUE(tok(l, 0, 0, 5).adjacent);
  EXPECT_EQ(tok(l, 0, 0, 5).text, "conventions*");
}

TEST(TabariVerbs, HyphenInPattern) {
  Loaded l = verbs("FORCE [220]\n- PEACE-KEEPING *  [---]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u) << describe(l.diags);
  EXPECT_EQ(tok(l, 0, 0, 0).text, "peace");
  EXPECT_EQ(tok(l, 0, 0, 1).text, "keeping*");
  EXPECT_TRUE(tok(l, 0, 0, 1).adjacent);
}

TEST(TabariVerbs, SynsetsExpandNestedReferences) {
  Loaded l = verbs(
      "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n&TIEPHRASE\n+&TIETYPES_MEMOS\n+MEMOS_ON_&TIETYPES\n</SYNSETS>\n"
      "WELCOME [041]\n- * &TIEPHRASE [912]\n- * &TIETYPES_RELATIONS [903]\n");
  ASSERT_EQ(l.set.synsets.size(), 2u) << describe(l.diags);
  EXPECT_EQ(l.set.synsets[1].name, "TIEPHRASE");
  ASSERT_EQ(l.set.synsets[1].members.size(), 4u);
  EXPECT_EQ(l.set.synsets[1].members[0].words, words({"military", "memos"}));
  EXPECT_TRUE(l.set.synsets[1].members[0].stem_last);
  EXPECT_EQ(l.set.synsets[1].members[3].words, words({"memos", "on", "economic"}));
  EXPECT_EQ(tok(l, 0, 0, 1).kind, PatternTokenKind::kSynset);
  EXPECT_EQ(tok(l, 0, 1, 1).text, "TIETYPES");
  EXPECT_EQ(tok(l, 0, 1, 2).text, "relations*");
  EXPECT_TRUE(tok(l, 0, 1, 2).adjacent);
}

TEST(TabariVerbs, UndefinedSynsetDropsPatternWithWarning) {
  Loaded l = verbs("WELCOME [041]\n- * &NOPE [912]\n- * GOOD [913]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u);
  const Diagnostic* d = find(l.diags, "undefined synset");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->line, 2u);
}

TEST(TabariVerbs, TimeSection) {
  Loaded l = verbs(
      "<TIME>\nLAST_WEEK [-7]\nTOMORROW [+1]\n- * AND TOMORROW [+3]\nKAN_WA_MA_KAN [###]\nFOREVER [- - -]\n</TIME>\n"
      "ARRIVE [032]\n");
  ASSERT_EQ(l.set.time_shifts.size(), 5u) << describe(l.diags);
  EXPECT_EQ(l.set.time_shifts[0].days, -7);
  EXPECT_EQ(l.set.time_shifts[1].days, 1);
  EXPECT_EQ(l.set.time_shifts[2].phrase.words, words({"tomorrow*", "and*", "tomorrow"}));
  EXPECT_EQ(l.set.time_shifts[2].days, 3);
  EXPECT_EQ(l.set.time_shifts[3].code, "###");
  EXPECT_EQ(l.set.time_shifts[4].code, "---");
  EXPECT_NE(find(l.diags, "blanks inside a time code"), nullptr);
  EXPECT_EQ(l.set.verbs.size(), 1u);
}

TEST(TabariVerbs, BadPatternsWarnAndOthersLoad) {
  Loaded l = verbs("CALL [---]\n- * FOR { A | B  [172]\n- WITHOUT STAR [1]\n- NO STAR HERE [2]\n- * FINE [3]\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].patterns[0].code.code, "3");
  EXPECT_EQ(warnings(l.diags), 3u) << describe(l.diags);
  EXPECT_TRUE(l.status.ok());
}

TEST(TabariVerbs, PatternWithoutVerbLineIsError) {
  Loaded l = verbs("- * ORPHAN [1]\nOK [2]\n");
  EXPECT_EQ(errors(l.diags), 1u);
  EXPECT_EQ(l.set.verbs.size(), 1u);
}

// ------------------------------------------------------------------ options

TEST(TabariOptions, ParsesEveryCommandKind) {
  TabariOptions o;
  for (const char* line :
       {"SET: CONVERT AGENT = TRUE", "SET: TIME SHIFT = FALSE", "SET: YYYY = TRUE", "SET: CODE BY CLAUSE",
        "SET: MINIMUM WORDS = 8", "SET: LABEL = TRUE", "LABEL: 010=YIELD",
        "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN",
        "FORWARD: ^^*****NNN*SSS", "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8",
        "OUTPUT: ID STORY SENT", "SET: SKIP RECORDS = FALSE"}) {
    Result<TabariOptionCommand> c = parse_tabari_option(line);
    ASSERT_TRUE(c.ok()) << line << ": " << c.status().message();
    o.apply(*c);
  }
  EXPECT_EQ(o.convert_agent, true);
  EXPECT_EQ(o.time_shift, false);
  EXPECT_EQ(o.yyyy, true);
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kClause);
  EXPECT_EQ(o.minimum_words, 8);
  EXPECT_EQ(o.labels["010"], "YIELD");
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_TRUE(o.default_target_after);
  EXPECT_EQ(o.complex_verbs, 5);
  EXPECT_EQ(o.complex_conj, 4);
  EXPECT_EQ(o.complex_flags, words({"NOACTPRIOR", "EXPLAIN"}));
  EXPECT_EQ(o.forward, "^^*****NNN*SSS");
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_bmax, 8);
  EXPECT_EQ(o.output, words({"ID", "STORY", "SENT"}));
  EXPECT_EQ(o.other_sets["SKIP RECORDS"], "FALSE");
}

TEST(TabariOptions, OffCommandsAndRecordPrefix) {
  TabariOptions o;
  o.apply(*parse_tabari_option("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0"));
  o.apply(*parse_tabari_option("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER"));
  EXPECT_FALSE(o.default_source_prior);
  o.apply(*parse_tabari_option("OPTION:  COMMA: OFF"));
  o.apply(*parse_tabari_option("DEFAULT: OFF"));
  EXPECT_TRUE(o.comma_off);
  EXPECT_FALSE(o.comma_min);
  EXPECT_TRUE(o.default_source.empty());
}

TEST(TabariOptions, FirstFourLettersAreSignificant) {
  Result<TabariOptionCommand> c = parse_tabari_option("COMMAS: OFF");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->kind, TabariOptionCommand::Kind::kComma);
}

TEST(TabariOptions, MalformedCommandsFail) {
  EXPECT_FALSE(parse_tabari_option("SET: CONVERT AGENT = MAYBE").ok());
  EXPECT_FALSE(parse_tabari_option("SET: MINIMUM WORDS = many").ok());
  EXPECT_FALSE(parse_tabari_option("COMMA: MIN 4").ok());
  EXPECT_FALSE(parse_tabari_option("BOGUS: 1").ok());
  EXPECT_FALSE(parse_tabari_option("no colon").ok());
}

TEST(TabariOptions, FileKeepsCommandsVerbatimAndReportsBadOnes) {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  TabariOptions o;
  Status s = parse_tabari_options_text("// comment\n#x\nSET: YYYY = TRUE\nNONSENSE: 1\nOUTPUT: ID\n~~~~~\nSET: YYYY = FALSE\n",
                                       "t.options", set, diags, &o);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(set.options, words({"SET: YYYY = TRUE", "OUTPUT: ID"}));
  EXPECT_EQ(o.yyyy, true);
  ASSERT_EQ(errors(diags), 1u);
  EXPECT_EQ(diags[0].line, 4u);
}

}  // namespace
}  // namespace dyad
