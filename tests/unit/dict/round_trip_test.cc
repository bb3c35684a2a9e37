// Round trips on real sets: the bundled set (dict/dyad) and, when ../shared is
// present, every peer suite's dictionaries and the Phoenix set.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/dictionary.h"
#include "dyad/peer_dictionaries.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string compile_bytes(const DictionarySet& set) {
  DictionaryBuilder b;
  b.add_set(set);
  auto d = b.compile();
  EXPECT_TRUE(d.ok());
  return d.ok() ? (*d)->bytes() : "";
}

// compile(decompile(compile(x))) == compile(x), through files on disk.
void expect_round_trip(const DictionarySet& set, const std::string& name) {
  DictionaryBuilder b;
  b.add_set(set);
  auto d = b.compile();
  ASSERT_TRUE(d.ok());
  std::string dir = std::string(DYAD_BINARY_DIR) + "/round_trip_" + name;
  fs::remove_all(dir);
  ASSERT_TRUE(write_dyad_dir((*d)->set(), dir).ok());
  std::vector<Diagnostic> diags;
  auto back = read_dyad_set(dir, &diags);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  ASSERT_TRUE(diags.empty()) << diags[0].to_string();
  EXPECT_EQ(compile_bytes(*back), (*d)->bytes()) << name;
  auto loaded = CompiledDictionary::from_bytes((*d)->bytes());
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ((*loaded)->version(), (*d)->version());
  fs::remove_all(dir);
}

// The round trip is exact for canonical text (what `dyad dict format` writes):
// comment lines keep their line numbers only when entries do.
TEST(RoundTrip, BundledSet) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/dict/dyad";
  if (!fs::exists(dir + "/manifest.txt")) GTEST_SKIP() << "no bundled set at " << dir;
  std::vector<Diagnostic> diags;
  auto set = read_dyad_set(dir, &diags);
  ASSERT_TRUE(set.ok());
  std::string canonical = std::string(DYAD_BINARY_DIR) + "/round_trip_bundled_canonical";
  fs::remove_all(canonical);
  WriteOptions opt;
  opt.provenance = false;
  ASSERT_TRUE(write_dyad_dir(*set, canonical, opt).ok());
  auto formatted = read_dyad_set(canonical, &diags);
  ASSERT_TRUE(formatted.ok());
  expect_round_trip(*formatted, "bundled");
  fs::remove_all(canonical);
}

// Fails until the bundled files are in canonical form: run `dyad dict format dict/dyad`.
TEST(RoundTrip, BundledFilesAreCanonical) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/dict/dyad";
  if (!fs::exists(dir + "/manifest.txt")) GTEST_SKIP() << "no bundled set at " << dir;
  std::vector<Diagnostic> diags;
  auto set = read_dyad_set(dir, &diags);
  ASSERT_TRUE(set.ok());
  WriteOptions opt;
  opt.provenance = false;
  for (const auto& [name, text] : write_dyad_set(*set, opt)) {
    std::ifstream in(fs::path(dir) / name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), text) << name << " is not canonical: run `dyad dict format dict/dyad`";
  }
}

TEST(RoundTrip, BundledSetDecompilesToItsCanonicalText) {
  std::string dir = std::string(DYAD_SOURCE_DIR) + "/dict/dyad";
  if (!fs::exists(dir + "/manifest.txt")) GTEST_SKIP() << "no bundled set at " << dir;
  std::vector<Diagnostic> diags;
  auto set = read_dyad_set(dir, &diags);
  ASSERT_TRUE(set.ok());
  WriteOptions opt;
  opt.provenance = false;
  auto canonical = write_dyad_set(*set, opt);   // what `dyad dict format` writes
  DictionaryBuilder b;
  b.add_set(*set);
  auto d = b.compile();
  ASSERT_TRUE(d.ok());
  auto decompiled = write_dyad_set((*d)->set(), opt);
  EXPECT_EQ(decompiled, canonical);
}

TEST(RoundTrip, PeerSuites) {
  std::string eval = std::string(DYAD_SOURCE_DIR) + "/../shared/eval";
  if (!fs::exists(eval)) GTEST_SKIP() << "../shared/eval is absent";
  for (const char* suite : {"tabari-validate", "udpetr-validate", "petr1-unittest"}) {
    DictionarySet set;
    std::vector<Diagnostic> diags;
    ASSERT_TRUE(read_suite_dictionaries(eval + "/" + suite, set, diags).ok()) << suite;
    expect_round_trip(set, suite);
  }
}

TEST(RoundTrip, PhoenixSet) {
  std::string p = std::string(DYAD_SOURCE_DIR) + "/../shared/eval/phoenix-dictionaries/";
  if (!fs::exists(p)) GTEST_SKIP() << "../shared/eval/phoenix-dictionaries is absent";
  DictionarySet set;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(read_petrarch_verbs(p + "CAMEO.2.0.txt", PetrarchVerbSyntax::kAuto, set, diags).ok());
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"})
    ASSERT_TRUE(read_petrarch_actors(p + f, set, diags).ok());
  ASSERT_TRUE(read_petrarch_agents(p + "Phoenix.agents.txt", set, diags).ok());
  ASSERT_TRUE(read_petrarch_discards(p + "Phoenix.discards.txt", set, diags).ok());
  ASSERT_TRUE(read_petrarch_ontology(p + "PETR.Internal.Coding.Ontology.txt", set, diags).ok());
  expect_round_trip(set, "phoenix");
}

}  // namespace
}  // namespace dyad
