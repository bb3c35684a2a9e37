// PETRARCH readers: one test per construct, on small samples written here.
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
  PetrarchVerbSyntax detected = PetrarchVerbSyntax::kAuto;
};

Loaded verbs(std::string_view text, PetrarchVerbSyntax syntax = PetrarchVerbSyntax::kAuto) {
  Loaded l;
  l.status = parse_petrarch_verbs_text(text, "v.txt", syntax, l.set, l.diags, &l.detected);
  return l;
}
Loaded actors(std::string_view text) {
  Loaded l;
  l.status = parse_petrarch_actors_text(text, "a.txt", l.set, l.diags);
  return l;
}
Loaded agents(std::string_view text) {
  Loaded l;
  l.status = parse_petrarch_agents_text(text, "g.txt", l.set, l.diags);
  return l;
}

const PatternToken& tok(const Loaded& l, size_t verb, size_t pattern, size_t token) {
  return l.set.verbs.at(verb).patterns.at(pattern).tokens.at(token);
}

// ------------------------------------------------------------------ verbs

TEST(PetrarchVerbs, DetectsPetrarch1) {
  Loaded l = verbs("--- ABANDON [345] ---\nABANDON # c\n- * NEW_RELATIONS [903]\n- * FOR { A | B } [1]\n");
  EXPECT_EQ(l.detected, PetrarchVerbSyntax::kPetrarch1);
  const Diagnostic* note = find(l.diags, "verbs syntax: petrarch1");
  ASSERT_NE(note, nullptr) << describe(l.diags);
  EXPECT_EQ(note->severity, Diagnostic::Severity::kNote);
  // PETRARCH-1 skips `{ | }` patterns.
  ASSERT_EQ(l.set.verbs.size(), 1u);
  EXPECT_EQ(l.set.verbs[0].patterns.size(), 1u);
  EXPECT_NE(find(l.diags, "PETRARCH-1 skips"), nullptr);
}

TEST(PetrarchVerbs, DetectsPetrarch2ByNounPhrasePrepPhraseOrTransformation) {
  EXPECT_EQ(verbs("--- A [1] ---\nA\n- * {ARMS SHIPMENT} [072]\n").detected, PetrarchVerbSyntax::kPetrarch2);
  EXPECT_EQ(verbs("--- A [1] ---\nA\n- * (TO BORDER) [153]\n").detected, PetrarchVerbSyntax::kPetrarch2);
  Loaded t = verbs("--- A [1] ---\nA\n~ a (b . ATTACK) SAY = a b 112\n");
  EXPECT_EQ(t.detected, PetrarchVerbSyntax::kPetrarch2);
  const Diagnostic* note = find(t.diags, "verbs syntax: petrarch2 (detected: transformation line)");
  ASSERT_NE(note, nullptr) << describe(t.diags);
  EXPECT_EQ(note->line, 3u);
}

TEST(PetrarchVerbs, ForcedSyntaxIsUsed) {
  Loaded l = verbs("--- A [1] ---\nA\n- * {ARMS SHIPMENT} [072]\n", PetrarchVerbSyntax::kPetrarch1);
  EXPECT_EQ(l.detected, PetrarchVerbSyntax::kPetrarch1);
  EXPECT_TRUE(l.set.verbs[0].patterns.empty());
}

TEST(PetrarchVerbs, BlockCodeAppliesToVerbsWithoutOwnCode) {
  Loaded l = verbs("--- DELAY [120] ---\nDELAY\nDOWNPLAY [014]\nPOSTPONE\n- % HAVE * [191]\n");
  ASSERT_EQ(l.set.verbs.size(), 2u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].code.code, "120");
  EXPECT_EQ(l.set.verbs[0].lemmas.size(), 2u);   // DELAY and POSTPONE
  EXPECT_EQ(l.set.verbs[1].code.code, "014");
  // Every verb of the block gets the block's patterns.
  EXPECT_EQ(l.set.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(l.set.verbs[1].patterns.size(), 1u);
  EXPECT_EQ(l.set.verbs[0].block, "DELAY");
}

TEST(PetrarchVerbs, ExtraBlockCodeWarns) {
  Loaded l = verbs("--- DELAY [120]  [031:031]  ---\nDELAY\n");
  EXPECT_EQ(l.set.verbs[0].code.code, "120");
  EXPECT_NE(find(l.diags, "more than one code"), nullptr);
}

TEST(PetrarchVerbs, Petrarch1FormsListAllForms) {
  Loaded l = verbs("--- BAN [191] ---\nBAN {BANS BANNED}  # c\n");
  ASSERT_EQ(l.set.verbs.size(), 1u);
  EXPECT_EQ(l.set.verbs[0].forms, words({"bans", "banned"}));
  EXPECT_TRUE(l.set.verbs[0].lemmas[0].no_forms);
}

TEST(PetrarchVerbs, MultiWordVerbMarker) {
  Loaded l = verbs("--- CONFISCATE [1711] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n+BREAK_DOWN\n");
  ASSERT_EQ(l.set.verbs.size(), 2u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].verb_word, 1);
  EXPECT_EQ(l.set.verbs[0].lemmas[0].words, words({"wire", "tap"}));
  EXPECT_EQ(l.set.verbs[0].forms, words({"wire tapped", "wire tapping"}));
  EXPECT_EQ(l.set.verbs[1].verb_word, 0);
  EXPECT_EQ(l.set.verbs[1].lemmas[0].words, words({"break", "down"}));
}

TEST(PetrarchVerbs, Petrarch2NounAndPrepPhrases) {
  Loaded l = verbs("--- AGREE [030] ---\nAGREE\n- * (TO {PEACE PLAN}) [037] # AGREE\n- &MILITARY * [154]\n"
                   "&MILITARY\n+ARMY\n");
  ASSERT_EQ(l.set.verbs.size(), 1u);
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 2u) << describe(l.diags);
  const PatternToken& pp = tok(l, 0, 0, 1);
  ASSERT_EQ(pp.kind, PatternTokenKind::kPrepPhrase);
  ASSERT_EQ(pp.children.size(), 2u);
  EXPECT_EQ(pp.children[0].text, "to");
  ASSERT_EQ(pp.children[1].kind, PatternTokenKind::kNounPhrase);
  EXPECT_EQ(pp.children[1].children[1].text, "plan");
  EXPECT_EQ(l.set.verbs[0].patterns[0].note, "AGREE");
  EXPECT_EQ(tok(l, 0, 1, 0).kind, PatternTokenKind::kSynset);   // defined after use: allowed
}

TEST(PetrarchVerbs, ColonOnlyCode) {
  Loaded l = verbs("--- OFFEND [:110] ---\nAPPALL\n- * (BEFORE COURT)   [:173]\n");
  EXPECT_EQ(errors(l.diags), 0u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].code.code, "");
  EXPECT_EQ(l.set.verbs[0].code.paired, "110");
  EXPECT_EQ(l.set.verbs[0].patterns[0].code.paired, "173");
}

TEST(PetrarchVerbs, Transformations) {
  Loaded l = verbs("--- SAY [010] ---\nSAY\n~ a (b . ATTACK ) WANT = a b 021\n~ a (b . ATTACK SAY = a b 1\n");
  ASSERT_EQ(l.set.transformations.size(), 1u);
  EXPECT_EQ(l.set.transformations[0].pattern, "a (b . ATTACK) WANT");
  EXPECT_EQ(l.set.transformations[0].result, "a b 021");
  EXPECT_EQ(errors(l.diags), 1u) << describe(l.diags);
}

TEST(PetrarchVerbs, SynsetsLabelsMembersAndComments) {
  Loaded l = verbs(
      "&AUXVERB1_\n+WAS\n+IS_TO\n&CURRENCY\n# a comment does not end the synset\n+MONEY\n+CASH_\n\n"
      "&TESTSYN3\n+(TO THE END)\n&ACC\n+&CURRENCY\n+CLOSER\n");
  ASSERT_EQ(l.set.synsets.size(), 4u) << describe(l.diags);
  EXPECT_EQ(l.set.synsets[0].name, "AUXVERB1");
  EXPECT_TRUE(l.set.synsets[0].members[0].no_forms);
  EXPECT_EQ(l.set.synsets[0].members[1].words, words({"is", "to"}));
  EXPECT_EQ(l.set.synsets[1].members.size(), 2u);
  EXPECT_TRUE(l.set.synsets[1].members[1].no_forms);
  EXPECT_EQ(l.set.synsets[2].members[0].words, words({"to", "the", "end"}));
  EXPECT_EQ(l.set.synsets[3].members.size(), 3u);
}

TEST(PetrarchVerbs, HashInsideCodeIsNotAComment) {
  Loaded l = verbs("--- RESTORE [064] ---\nRESTORE\n- * DIPLXMATIC  [###]  # -PAS\n");
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].patterns[0].code.code, "###");
  EXPECT_NE(find(l.diags, "TABARI discard code"), nullptr);
}

TEST(PetrarchVerbs, XmlCommentsSpanLines) {
  Loaded l = verbs("<!-- a\n--- NOT A BLOCK [1] ---\n -->\n--- REAL [2] ---\nREAL <!-- inline --> [3]\n");
  ASSERT_EQ(l.set.verbs.size(), 1u) << describe(l.diags);
  EXPECT_EQ(l.set.verbs[0].block, "REAL");
  EXPECT_EQ(l.set.verbs[0].code.code, "3");
}

TEST(PetrarchVerbs, BadPatternWarnsAndRestLoads) {
  Loaded l = verbs("--- MAKE [---] ---\nMAKE\n- * VENTURE (WITH VISIT)   VISIT)[042:043]\n- * PROGRESS [014]\n");
  EXPECT_TRUE(l.status.ok());
  ASSERT_EQ(l.set.verbs[0].patterns.size(), 1u);
  const Diagnostic* d = find(l.diags, "unbalanced");
  ASSERT_NE(d, nullptr) << describe(l.diags);
  EXPECT_EQ(d->line, 3u);
  EXPECT_EQ(d->column, 3u);
}

// ------------------------------------------------------------------ actors

TEST(PetrarchActors, DatesInBothFormsAndDefaultLast) {
  Loaded l = actors(
      "SAM_GAMGEE [HOB]  # default\n\t[HOBCIV <20080120] # c\n\t[ORCHOB 100109-100112]\n\t[HOBELI >130119]\n"
      "\t[USAELI 600101-000101]\n");
  ASSERT_EQ(l.set.actors.size(), 1u) << describe(l.diags);
  const Actor& a = l.set.actors[0];
  ASSERT_EQ(a.codes.size(), 5u);
  EXPECT_EQ(*a.codes[0].range->to, ymd(2008, 1, 20));
  EXPECT_EQ(*a.codes[1].range->from, ymd(2010, 1, 9));
  EXPECT_EQ(*a.codes[2].range->from, ymd(2013, 1, 19));
  EXPECT_EQ(*a.codes[3].range->from, ymd(1960, 1, 1));   // YY > 30: 19YY
  EXPECT_EQ(*a.codes[3].range->to, ymd(2000, 1, 1));     // YY <= 30: 20YY
  EXPECT_EQ(a.codes[4].code, "HOB");
  EXPECT_FALSE(a.codes[4].range);
  EXPECT_TRUE(l.diags.empty()) << describe(l.diags);
}

TEST(PetrarchActors, SynonymsAndTabRestrictionsWithBlanks) {
  Loaded l = actors("GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n");
  ASSERT_EQ(l.set.actors.size(), 1u);
  EXPECT_EQ(l.set.actors[0].names.size(), 2u);
  EXPECT_EQ(*l.set.actors[0].codes[1].range->to, ymd(1999, 8, 15));
}

TEST(PetrarchActors, TrailingUnderscoreTurnsFormsOffAndHyphenStays) {
  Loaded l = actors("ARNOR_  [ARN]\nAL-QAEDA [IMGMOSALQ]\n");
  EXPECT_TRUE(l.set.actors[0].names[0].no_forms);
  EXPECT_FALSE(l.set.actors[0].names[0].stem_last);
  EXPECT_EQ(l.set.actors[1].names[0].words.size(), 1u);
}

TEST(PetrarchActors, EncodingDamageWarns) {
  static const char kText[] = "COTE_D\xEF\xBF\xBD" "IVOIRE_ [CIV]\nTIRUCHIR\0PPALLI_ [IND]\n";
  Loaded l = actors(std::string_view(kText, sizeof kText - 1));
  ASSERT_EQ(l.set.actors.size(), 2u) << describe(l.diags);
  EXPECT_NE(find(l.diags, "U+FFFD"), nullptr);
  EXPECT_NE(find(l.diags, "NUL byte"), nullptr);
  EXPECT_EQ(l.set.actors[1].names[0].words.size(), 1u);
  EXPECT_EQ(errors(l.diags), 0u);
}

TEST(PetrarchActors, MalformedCommentOpenerWarns) {
  Loaded l = actors("<! -- NEW ACTORS -->\nA [B]\n");
  EXPECT_EQ(l.set.actors.size(), 1u);
  EXPECT_NE(find(l.diags, "malformed comment opener"), nullptr);
}

TEST(PetrarchActors, BadDatesWarnRestLoads) {
  Loaded l = actors("X\n\t[ARMUNR 9008223-911221]\n\t[GBRGOV >201005011]\n\t[USAGOV 19820101]\n\t[XYZ]\nY [Y]\n");
  ASSERT_EQ(l.set.actors.size(), 2u);
  EXPECT_EQ(l.set.actors[0].codes.size(), 1u);
  EXPECT_EQ(warnings(l.diags), 3u) << describe(l.diags);
  EXPECT_TRUE(l.status.ok());
}

TEST(PetrarchActors, IndentedPhraseBecomesSynonym) {
  Loaded l = actors("JOHN_J MCCLOY_\n\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# c\n");
  ASSERT_EQ(l.set.actors.size(), 1u);
  EXPECT_EQ(l.set.actors[0].names.size(), 2u);
  EXPECT_EQ(l.set.actors[0].codes.size(), 1u);
  EXPECT_NE(find(l.diags, "read as a synonym"), nullptr);
}

// ------------------------------------------------------------------ agents

TEST(PetrarchAgents, PluralsAndNoPlural) {
  Loaded l = agents("GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nPOLICE {} [ ~COP]\nPRESIDENT [~GOV]\n");
  ASSERT_EQ(l.set.agents.size(), 3u) << describe(l.diags);
  ASSERT_EQ(l.set.agents[0].phrases.size(), 2u);
  EXPECT_EQ(l.set.agents[0].phrases[1].words, words({"golden", "geese"}));
  EXPECT_TRUE(l.set.agents[1].phrases[0].no_forms);
  EXPECT_EQ(l.set.agents[1].phrases.size(), 1u);
  EXPECT_FALSE(l.set.agents[2].phrases[0].no_forms);   // plural generated
}

TEST(PetrarchAgents, SubstitutionTemplates) {
  Loaded l = agents(
      "!PERSON! = MAN, MEN, WOMAN\n!MINIST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\n"
      "!MINIST!_OF_SILLY_WALKS [~GOV]\n!UNKNOWN!_X [~GOV]\n");
  ASSERT_EQ(l.set.agents.size(), 2u) << describe(l.diags);
  ASSERT_EQ(l.set.agents[0].phrases.size(), 3u);
  EXPECT_EQ(l.set.agents[0].phrases[1].words, words({"congressmen"}));
  EXPECT_TRUE(l.set.agents[0].phrases[1].no_forms);
  EXPECT_EQ(l.set.agents[1].phrases[1].words, words({"ministry", "of", "silly", "walks"}));
  EXPECT_EQ(errors(l.diags), 1u);
}

TEST(PetrarchAgents, PlacementAndDefects) {
  Loaded l = agents("MSF {}  [NGO~]\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nISLAMIC_EXTREMIST\n");
  ASSERT_EQ(l.set.agents.size(), 2u);
  EXPECT_TRUE(l.set.agents[0].prefix);
  EXPECT_EQ(l.set.agents[1].codes[0].code, "ENV");
  EXPECT_NE(find(l.diags, "closed by '}'"), nullptr);
  EXPECT_NE(find(l.diags, "without a [~CODE]"), nullptr);
  EXPECT_EQ(errors(l.diags), 0u);
}

// ------------------------------------------------------------ discards, issues

TEST(PetrarchDiscards, StoryLevelAndWordEnd) {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  parse_petrarch_discards_text("# c\nMONTHS LATER\n+Manchester United   # x\nBALLCLUB_\n", "d.txt", set, diags);
  ASSERT_EQ(set.discards.size(), 3u);
  EXPECT_FALSE(set.discards[0].story_level);
  EXPECT_TRUE(set.discards[0].phrase.stem_last);
  EXPECT_TRUE(set.discards[1].story_level);
  EXPECT_EQ(set.discards[1].phrase.words, words({"manchester", "united"}));
  EXPECT_FALSE(set.discards[2].phrase.stem_last);
  EXPECT_EQ(set.discards[1].src.line, 3u);
}

TEST(PetrarchIssues, BlocksPrefixesAndIgnorePhrases) {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  Status s = parse_petrarch_issues_text(
      "<ISSUE CATEGORY=\"ID_ATROCITY\">\nn:MASSACRE [ATROCITY]\nv:BEHEAD [ATROCITY]\n+MASS_GRAVE [ATROCITY]\n"
      "GENOCIDE\n~GENOCIDE_CONVENTION\n~~MASSACRE_MEMORIAL\n</ISSUE>\nSTRAY [X]\n",
      "i.txt", set, diags);
  EXPECT_FALSE(s.ok());   // the stray phrase outside a block
  EXPECT_EQ(errors(diags), 1u) << peer_test::describe(diags);
  ASSERT_EQ(set.issues.size(), 7u);
  EXPECT_EQ(set.issues[0].code, "ATROCITY");
  EXPECT_FALSE(set.issues[0].phrase.no_forms);   // n: plural generated
  EXPECT_FALSE(set.issues[1].phrase.no_forms);   // v: inflections generated
  EXPECT_EQ(set.issues[2].phrase.words, words({"mass", "grave"}));
  EXPECT_EQ(set.issues[3].phrase.words, words({"mass-grave"}));
  EXPECT_EQ(set.issues[4].code, "ID_ATROCITY");   // no [CODE]: the category
  EXPECT_TRUE(set.issues[4].phrase.no_forms);
  EXPECT_TRUE(set.issues[5].ignore);
  EXPECT_TRUE(set.issues[6].ignore);
  EXPECT_EQ(set.issues[6].phrase.words, words({"massacre", "memorial"}));
}

// ------------------------------------------------------------------ ontology

TEST(PetrarchOntology, HexExpressionsCommentsAndCrlf) {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  Status s = parse_petrarch_ontology_text(
      "# header\r\n010:0x1000#Make Public Statement\r\n011:0x1000-0xFFFF\r\n1221:-0xFFFF+0x2045+0x300\r\n"
      "110:0x1007f#0xFFFF+0x0080#x\r\n---:0\r\nbad line\r\n",
      "o.txt", set, diags);
  EXPECT_FALSE(s.ok());
  ASSERT_EQ(set.ontology.size(), 5u) << peer_test::describe(diags);
  EXPECT_EQ(set.ontology[0].value, 0x1000u);
  EXPECT_EQ(set.ontology[1].value, static_cast<uint32_t>(0x1000 - 0xFFFF));
  EXPECT_EQ(set.ontology[2].value, static_cast<uint32_t>(-0xFFFF + 0x2045 + 0x300));
  EXPECT_EQ(set.ontology[3].value, 0x1007fu);
  EXPECT_EQ(set.ontology[4].code, "---");
  ASSERT_EQ(errors(diags), 1u);
  EXPECT_EQ(diags[0].line, 7u);
}

TEST(PetrarchFiles, MissingFileIsNotFound) {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  Status s = read_petrarch_actors("/nonexistent/dir/actors.txt", set, diags);
  EXPECT_EQ(s.code(), ErrorCode::kNotFound);
  ASSERT_EQ(errors(diags), 1u);
  EXPECT_EQ(diags[0].file, "/nonexistent/dir/actors.txt");
}

}  // namespace
}  // namespace dyad
