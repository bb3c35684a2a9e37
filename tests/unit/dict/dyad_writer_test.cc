#include <gtest/gtest.h>

#include <filesystem>

#include "dict_test_util.h"

namespace dyad {
namespace {

const char* kCanonical =
    "# People (canonical form: one blank between fields)\n"
    "\n"
    "person Mark Carney | Mark Joseph Carney\n"
    "  gender male\n"
    "  # current office first\n"
    "  role CANGOV 2025-03-14.. exact \"Prime Minister of Canada\"\n"
    "  role GBRBUS 2013-07..2020-03-15 approximate  # month only\n"
    "\n"
    "actor PSEREB Hamas \"default\"\n"
    "  role PSEGOV 2007-06-15.. approximate\n"
    "agent NGO~ activist group | activist=\n"
    "country CHN China | People's Republic of China\n"
    "  iso CN CHN 156\n"
    "  adjective Chinese\n"
    "  capital Beijing\n"
    "synset &CURRENCY dollar | euro\n"
    "verb visit | pay a visit\n"
    "  code 042\n"
    "  forms visited\n"
    "  - $ * + => 042:043\n"
    "  - $ * in &CURRENCY _aid => 061 \"note\"\n"
    "  - * <arms shipment> (to border) {a | b c} => 072!\n"
    "discard story world cup | olympi*\n"
    "issue TRADE ignore trade union\n"
    "time last week => -7\n"
    "transform a (b . ATTACK) SAY => a b 112\n";

TEST(DyadWriter, CanonicalFileIsReproducedExactly) {
  std::vector<Diagnostic> d;
  auto set = test::read_text(kCanonical, &d, "people.txt");
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  auto files = write_dyad_set(set);
  EXPECT_EQ(files["people.txt"], kCanonical);
  EXPECT_EQ(files["manifest.txt"], "name      test\ncodebook  cameo\nversion   1\n");
}

TEST(DyadWriter, NonCanonicalSpacingIsNormalised) {
  std::vector<Diagnostic> d;
  auto set = test::read_text("person   Mark Carney|Mark J. Carney\n    role  CANGOV   2025-03-14..   exact\n", &d,
                             "p.txt");
  ASSERT_TRUE(d.empty());
  WriteOptions opt;
  opt.provenance = false;
  EXPECT_EQ(write_dyad_set(set, opt)["p.txt"], "person Mark Carney | Mark J. Carney\n  role CANGOV 2025-03-14.. exact\n");
}

TEST(DyadWriter, PeerEntriesGoToKindFilesWithProvenance) {
  DictionarySet s;
  s.files = {"Peer.actors.txt"};
  s.file_formats = {"petrarch"};
  Actor a;
  Phrase stem;
  stem.words = {"syri"};
  stem.stem_last = true;
  a.names.push_back(stem);
  a.codes.push_back(DatedCode{"SYR", std::nullopt, Confidence::kExact, "", EntrySource{0, 12, 1}});
  a.src = EntrySource{0, 12, 1};
  s.actors.push_back(a);
  auto files = write_dyad_set(s);
  EXPECT_EQ(files["actors.txt"], "actor SYR syri* @Peer.actors.txt:12:1\n");
  EXPECT_NE(files["manifest.txt"].find("source    petrarch Peer.actors.txt\n"), std::string::npos);
}

TEST(DyadWriter, WritesAndReadsADirectory) {
  std::vector<Diagnostic> d;
  auto set = test::read_text(kCanonical, &d, "people.txt");
  std::string dir = std::string(DYAD_BINARY_DIR) + "/dict_writer_test_set";
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(write_dyad_dir(set, dir).ok());
  std::vector<Diagnostic> d2;
  auto back = read_dyad_set(dir, &d2);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(d2.empty());
  EXPECT_EQ(back->actors.size(), set.actors.size());
  EXPECT_EQ(write_dyad_set(*back), write_dyad_set(set));
  std::filesystem::remove_all(dir);
  EXPECT_EQ(read_dyad_set(dir, &d2).status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace dyad
