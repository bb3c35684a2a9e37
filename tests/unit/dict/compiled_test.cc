#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "dict_test_util.h"

namespace dyad {
namespace {

using test::compile_text;
using test::words;

constexpr uint32_t kAll = 0xFFFFFFFFu;

const char* kPeople =
    "person Mark Carney | Mark Joseph Carney\n"
    "  role CANGOV 2025-03-14.. exact \"Prime Minister of Canada\"\n"
    "  role GBRBUS 2013-07-01..2020-03-15 exact \"Governor of the Bank of England\"\n"
    "person Joe Biden | Joseph R. Biden\n"
    "  role USAGOV 2009-01-20..2017-01-20 exact \"Vice President\"\n"
    "  role USAGOV 2021-01-20..2025-01-20 exact \"President\"\n"
    "country CAN Canada\n"
    "  adjective Canadian\n"
    "  demonym Canadian\n"
    "country SYR Syria\n"
    "country USA United States | United States of America\n"
    "agent ~GOV foreign minister | minister\n"
    "agent ~MIL soldier\n"
    "agent ~COP police=\n"
    "verb visit | hold talks\n"
    "  code 042\n"
    "  - $ * + for talks => 043\n"
    "  - $ * + => 042:043\n"
    "  - $ * + for very long talks in capital => 046\n"
    "discard story world cup | olympi*\n";

Date day(const char* iso) { return *Date::parse_iso(iso); }

const DatedCode* resolve_person(const CompiledDictionary& d, const char* name, const char* iso) {
  auto m = d.match_words(words(name), 0, 1u << static_cast<int>(MatchKind::kActorName));
  if (m.empty()) return nullptr;
  return d.resolve_actor(m[0].index, day(iso));
}

TEST(CompiledDictionary, MarkCarneyIsCanadianGovernmentFromMarch2025Only) {
  auto d = compile_text(kPeople);
  ASSERT_TRUE(d);
  const DatedCode* c = resolve_person(*d, "mark carney", "2025-11-11");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "CANGOV");
  EXPECT_EQ(resolve_person(*d, "mark carney", "2019-06-01")->code, "GBRBUS");
  EXPECT_EQ(resolve_person(*d, "mark carney", "2025-03-13"), nullptr);
  EXPECT_EQ(resolve_person(*d, "mark carney", "2025-03-14")->code, "CANGOV");
}

TEST(CompiledDictionary, JoeBidenViceThenPresidentWithAGap) {
  auto d = compile_text(kPeople);
  ASSERT_TRUE(d);
  EXPECT_EQ(resolve_person(*d, "joe biden", "2009-01-20")->code, "USAGOV");
  EXPECT_EQ(resolve_person(*d, "joe biden", "2017-01-20")->code, "USAGOV");
  EXPECT_EQ(resolve_person(*d, "joe biden", "2019-05-01"), nullptr);
  EXPECT_EQ(resolve_person(*d, "joseph r. biden", "2022-05-01")->code, "USAGOV");
  EXPECT_EQ(resolve_person(*d, "joe biden", "2025-01-21"), nullptr);
}

TEST(CompiledDictionary, DefaultCodeAppliesOutsideDatedRoles) {
  auto d = compile_text("actor PSEREB Hamas\n  role PSEGOV 2007-06-15.. approximate\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->resolve_actor(0, day("2007-06-16"))->code, "PSEGOV");
  EXPECT_EQ(d->resolve_actor(0, day("2001-01-01"))->code, "PSEREB");
}

TEST(CompiledDictionary, LongestMatchFirst) {
  auto d = compile_text(kPeople);
  auto m = d->match_words(words("united states of america said"), 0, kAll);
  ASSERT_GE(m.size(), 2u);
  EXPECT_EQ(m[0].end, 4u);
  EXPECT_EQ(m[1].end, 2u);
  auto a = d->match_words(words("foreign minister"), 0, kAll);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].end, 2u);
  EXPECT_EQ(a[0].kind, MatchKind::kAgent);
}

TEST(CompiledDictionary, StemWordsMatchAsPrefixes) {
  auto d = compile_text("actor SYR syri*\ndiscard story olympi*\n");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->match_words(words("syrian"), 0, kAll).empty());
  EXPECT_FALSE(d->match_words(words("syria"), 0, kAll).empty());
  EXPECT_TRUE(d->match_words(words("syr"), 0, kAll).empty());
  auto m = d->match_words(words("olympics"), 0, 1u << static_cast<int>(MatchKind::kDiscard));
  ASSERT_EQ(m.size(), 1u);
}

TEST(CompiledDictionary, PeerStemLastFlagMatchesAsPrefix) {
  DictionarySet s;
  Actor a;
  Phrase stem;
  stem.words = {"SYRI"};
  stem.stem_last = true;
  a.names.push_back(stem);
  a.codes.push_back(DatedCode{"SYR", std::nullopt, Confidence::kExact, "", {}});
  s.actors.push_back(a);
  DictionaryBuilder b;
  b.add_set(s);
  auto d = b.compile();
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE((*d)->match_words(words("syrians"), 0, kAll).empty());
}

TEST(CompiledDictionary, PluralsAndPossessivesAreGenerated) {
  auto d = compile_text(kPeople);
  auto agent = 1u << static_cast<int>(MatchKind::kAgent);
  auto m = d->match_words(words("soldiers"), 0, agent);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].generated);
  EXPECT_FALSE(d->match_words(words("ministries"), 0, agent).size() > 0 &&
               d->match_words(words("ministries"), 0, agent)[0].kind != MatchKind::kAgent);
  EXPECT_EQ(d->match_words(words("foreign ministers"), 0, agent).size(), 1u);
  EXPECT_TRUE(d->match_words(words("polices"), 0, agent).empty());  // '=' turns forms off
  EXPECT_FALSE(d->match_words(words("canada's"), 0, kAll).empty());
  EXPECT_FALSE(d->match_words(words("canada 's"), 0, kAll).empty());
}

TEST(CompiledDictionary, VerbInflectionsAndPatternOrder) {
  auto d = compile_text(kPeople);
  auto verb = 1u << static_cast<int>(MatchKind::kVerb);
  EXPECT_EQ(d->match_words(words("visited"), 0, verb).size(), 1u);
  EXPECT_EQ(d->match_words(words("visiting"), 0, verb).size(), 1u);
  EXPECT_EQ(d->match_words(words("holds talks"), 0, verb).size(), 1u);
  const CompiledVerb& v = d->verbs()[0];
  ASSERT_EQ(v.patterns.size(), 3u);
  EXPECT_EQ(v.patterns[0], 2u);  // longest (most letters) first
  EXPECT_EQ(v.patterns[1], 0u);
  EXPECT_EQ(v.patterns[2], 1u);
}

TEST(CompiledDictionary, SynsetsExpandAndTransformationsParse) {
  auto d = compile_text(
      "synset &MONEY &CURRENCY | gold\nsynset &CURRENCY dollar | euro\n"
      "transform a (b . ATTACK) SAY => a b 112\n");
  ASSERT_TRUE(d);
  const auto* m = d->synset("&money");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->size(), 3u);
  EXPECT_EQ(d->synset("nothing"), nullptr);
  ASSERT_EQ(d->transformations().size(), 1u);
  const auto& t = d->transformations()[0];
  EXPECT_EQ(t.pattern.source, "a");
  EXPECT_EQ(t.pattern.verb, "SAY");
  ASSERT_NE(t.pattern.inner, nullptr);
  EXPECT_EQ(t.pattern.inner->target, ".");
  EXPECT_EQ(t.result, (std::vector<std::string>{"a", "b", "112"}));
}

TEST(CompiledDictionary, BinaryRoundTripIsByteIdentical) {
  auto d = compile_text(kPeople);
  ASSERT_TRUE(d);
  auto again = CompiledDictionary::from_bytes(d->bytes());
  ASSERT_TRUE(again.ok()) << again.status().to_string();
  EXPECT_EQ((*again)->bytes(), d->bytes());
  EXPECT_EQ((*again)->version(), d->version());
  EXPECT_EQ((*again)->version().size(), 16u);
  // Through text: compile(decompile(compile(x))) == compile(x).
  DictionarySet back;
  std::vector<Diagnostic> diags;
  for (const auto& [file, text] : write_dyad_set(d->set())) read_dyad_text(text, file, &back, &diags);
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  DictionaryBuilder b;
  b.add_set(back);
  auto re = b.compile();
  ASSERT_TRUE(re.ok());
  EXPECT_EQ((*re)->bytes(), d->bytes());
}

TEST(CompiledDictionary, VersionChangesWithContentNotComments) {
  auto a = compile_text("actor ABC Foo\n");
  auto b = compile_text("# a comment\nactor ABC Foo\n");
  auto c = compile_text("actor ABD Foo\n");
  EXPECT_NE(a->version(), c->version());
  EXPECT_NE(a->bytes(), b->bytes());
  (void)b;
}

TEST(CompiledDictionary, RefusesBadMagicVersionAndTruncation) {
  auto d = compile_text(kPeople);
  std::string bytes = d->bytes();
  auto bad_magic = CompiledDictionary::from_bytes("NOTADICT" + bytes.substr(8));
  EXPECT_EQ(bad_magic.status().code(), ErrorCode::kCorrupt);
  std::string v2 = bytes;
  v2[8] = 2;
  auto bad_version = CompiledDictionary::from_bytes(v2);
  ASSERT_FALSE(bad_version.ok());
  EXPECT_EQ(bad_version.status().code(), ErrorCode::kCorrupt);
  EXPECT_NE(bad_version.status().message().find("expected 1, found 2"), std::string::npos);
  for (size_t cut : {size_t{4}, size_t{15}, bytes.size() / 2, bytes.size() - 1}) {
    auto t = CompiledDictionary::from_bytes(std::string_view(bytes).substr(0, cut));
    ASSERT_FALSE(t.ok()) << cut;
    EXPECT_EQ(t.status().code(), ErrorCode::kCorrupt);
  }
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x20;
  EXPECT_FALSE(CompiledDictionary::from_bytes(flipped).ok());
}

TEST(CompiledDictionary, SaveAndLoadFile) {
  auto d = compile_text(kPeople);
  std::string path = std::string(DYAD_BINARY_DIR) + "/dict_test_save.bin";
  ASSERT_TRUE(d->save(path).ok());
  auto l = CompiledDictionary::load(path);
  ASSERT_TRUE(l.ok()) << l.status().to_string();
  EXPECT_EQ((*l)->bytes(), d->bytes());
  EXPECT_EQ(CompiledDictionary::load(path + ".missing").status().code(), ErrorCode::kNotFound);
  std::remove(path.c_str());
}

TEST(CompiledDictionary, WhereNamesTheSourceLine) {
  auto d = compile_text(kPeople);
  EXPECT_EQ(d->where(d->set().verbs[0].patterns[0].src), "test.txt:17");
}

}  // namespace
}  // namespace dyad
