// The peers' real dictionaries in ../shared/eval load with zero errors and the
// expected counts (field.md 6.5 and 6.7). Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <set>

#include "peer_test_util.h"

namespace dyad {
namespace {

using peer_test::describe;
using peer_test::errors;
using peer_test::find;
using peer_test::ymd;

#define SKIP_WITHOUT_SHARED()                                                     \
  if (peer_test::shared_dir().empty()) GTEST_SKIP() << "../shared/eval is absent"; \
  const std::string eval = peer_test::shared_dir() + "/eval/"

size_t unique_patterns(const DictionarySet& set) {
  std::set<std::pair<uint32_t, uint32_t>> seen;
  for (const Verb& v : set.verbs)
    for (const Pattern& p : v.patterns) seen.insert({p.src.file, p.src.line});
  return seen.size();
}

// Verbs of one block are consecutive; CAMEO.2.0 has no two adjacent blocks of one name.
size_t count_blocks(const DictionarySet& set) {
  size_t n = 0;
  for (size_t i = 0; i < set.verbs.size(); ++i) n += i == 0 || set.verbs[i].block != set.verbs[i - 1].block;
  return n;
}

size_t synonyms(const DictionarySet& set) {
  size_t n = 0;
  for (const Actor& a : set.actors) n += a.names.size() - 1;
  return n;
}

const Actor* actor_named(const DictionarySet& set, const std::vector<std::string>& words) {
  for (const Actor& a : set.actors)
    if (a.names[0].words == words) return &a;
  return nullptr;
}

TEST(PeerSuites, TabariValidate) {
  SKIP_WITHOUT_SHARED();
  DictionarySet set;
  std::vector<Diagnostic> diags;
  std::string hint;
  Status s = read_suite_dictionaries(eval + "tabari-validate", set, diags, &hint);
  ASSERT_TRUE(s.ok()) << s.to_string() << "\n" << describe(diags);
  EXPECT_EQ(errors(diags), 0u) << describe(diags);
  EXPECT_EQ(hint, "tabari");
  EXPECT_EQ(set.manifest.codebook, Codebook::kFree);
  EXPECT_EQ(set.actors.size(), 120u);
  EXPECT_EQ(synonyms(set), 5u);
  EXPECT_EQ(set.agents.size(), 86u);
  EXPECT_EQ(set.verbs.size(), 283u);
  EXPECT_EQ(unique_patterns(set), 407u);
  EXPECT_EQ(set.synsets.size(), 5u);
  EXPECT_EQ(set.time_shifts.size(), 12u);
  EXPECT_EQ(set.word_classes.size(), 13u);
  EXPECT_EQ(set.options.size(), 96u);
  // The one genuine oddity: `FOREVER_AND_A_DAY [- - -]`.
  const Diagnostic* d = find(diags, "blanks inside a time code");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->line, 32u);
}

TEST(PeerSuites, TabariProjectAppliesOptions) {
  SKIP_WITHOUT_SHARED();
  DictionarySet set;
  std::vector<Diagnostic> diags;
  TabariOptions options;
  Status s = read_tabari_project(eval + "tabari-validate/Validate.project", set, diags, &options);
  ASSERT_TRUE(s.ok()) << describe(diags);
  EXPECT_EQ(options.complex_verbs, 5);
  EXPECT_EQ(options.complex_conj, 4);
  EXPECT_EQ(options.label, true);
  EXPECT_EQ(options.labels.at("223"), "MIL ENGAGEMENT");
  EXPECT_EQ(options.output, (std::vector<std::string>{"ACTOR", "MATCH", "ID"}));
  EXPECT_EQ(options.other_sets.at("SKIP RECORDS"), "FALSE");
  // The project's four files and the project itself are registered.
  EXPECT_EQ(set.files.size(), 5u);
}

TEST(PeerSuites, TabariSuiteOptionRecordsParse) {
  SKIP_WITHOUT_SHARED();
  std::ifstream gold(eval + "tabari-validate/gold.jsonl");
  ASSERT_TRUE(gold.good());
  // Every `config` command of the suite's records is a valid option command.
  std::string line;
  size_t checked = 0;
  for (const char* cmd :
       {"COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0", "COMMA: OFF",
        "COMPLEX: VERBS[5] CONJ[4] EXPLAIN", "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]",
        "FORWARD: ^^*****NNN*SSS OFF", "OUTPUT: ID STORY SENT", "SET: CODE ALL", "SET: MINIMUM WORDS = 20",
        "SET: TIME SHIFT = TRUE", "SET: YYYY = TRUE", "SET: CONVERT AGENT = FALSE"}) {
    EXPECT_TRUE(parse_tabari_option(cmd).ok()) << cmd;
    ++checked;
  }
  EXPECT_EQ(checked, 11u);
}

TEST(PeerSuites, Petrarch1UnitTest) {
  SKIP_WITHOUT_SHARED();
  DictionarySet set;
  std::vector<Diagnostic> diags;
  std::string hint;
  Status s = read_suite_dictionaries(eval + "petr1-unittest", set, diags, &hint);
  ASSERT_TRUE(s.ok()) << describe(diags);
  EXPECT_EQ(errors(diags), 0u) << describe(diags);
  EXPECT_EQ(hint, "petrarch1");
  EXPECT_EQ(set.actors.size(), 128u);
  EXPECT_EQ(synonyms(set), 33u);
  EXPECT_EQ(set.agents.size(), 88u);
  EXPECT_EQ(unique_patterns(set), 474u);   // every `- ` line of the file
  EXPECT_EQ(set.synsets.size(), 17u);
  EXPECT_EQ(set.discards.size(), 9u);
  const Actor* sam = actor_named(set, {"sam", "gamgee"});
  ASSERT_NE(sam, nullptr);
  ASSERT_EQ(sam->codes.size(), 6u);
  EXPECT_EQ(sam->codes.back().code, "HOB");   // the default, last
  EXPECT_NE(find(diags, "malformed comment opener"), nullptr);
  EXPECT_NE(find(diags, "more than one code"), nullptr);
}

TEST(PeerSuites, UdPetrarchValidate) {
  SKIP_WITHOUT_SHARED();
  DictionarySet set;
  std::vector<Diagnostic> diags;
  std::string hint;
  Status s = read_suite_dictionaries(eval + "udpetr-validate", set, diags, &hint);
  ASSERT_TRUE(s.ok()) << describe(diags);
  EXPECT_EQ(errors(diags), 0u) << describe(diags);
  EXPECT_EQ(hint, "petrarch2");
  EXPECT_EQ(set.actors.size(), 133u);
  EXPECT_EQ(set.ontology.size(), 266u);
  EXPECT_EQ(set.synsets.size(), 31u);
  // 358 pattern lines; 5 name synsets the file never defines.
  EXPECT_EQ(unique_patterns(set), 353u);
}

TEST(PeerSuites, PhoenixDictionaries) {
  SKIP_WITHOUT_SHARED();
  const std::string dir = eval + "phoenix-dictionaries/";
  DictionarySet set;
  std::vector<Diagnostic> diags;
  PetrarchVerbSyntax detected = PetrarchVerbSyntax::kAuto;
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(read_petrarch_verbs(dir + "CAMEO.2.0.txt", PetrarchVerbSyntax::kAuto, set, diags, &detected).ok());
  size_t verb_files_actors = set.actors.size();
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"})
    EXPECT_TRUE(read_petrarch_actors(dir + f, set, diags).ok()) << f;
  EXPECT_TRUE(read_petrarch_agents(dir + "Phoenix.agents.txt", set, diags).ok());
  EXPECT_TRUE(read_petrarch_discards(dir + "Phoenix.discards.txt", set, diags).ok());
  EXPECT_TRUE(read_petrarch_ontology(dir + "PETR.Internal.Coding.Ontology.txt", set, diags).ok());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "Phoenix set parsed in " << ms << " ms\n";

  EXPECT_EQ(errors(diags), 0u) << describe(diags);
  EXPECT_EQ(detected, PetrarchVerbSyntax::kPetrarch2);
  EXPECT_EQ(verb_files_actors, 0u);
  // field.md 6.5: 398 blocks, 40 synsets, 4,668 patterns (2 malformed and 2
  // naming undefined synsets are dropped with warnings), 9 transformations.
  EXPECT_EQ(count_blocks(set), 398u);
  EXPECT_EQ(set.synsets.size(), 40u);
  EXPECT_EQ(unique_patterns(set), 4664u);
  EXPECT_EQ(set.transformations.size(), 9u);
  // field.md 6.7: 18,390 + 7,840 + 1,021 primary phrases; 7,528 + 66 + 772 `+`
  // synonyms, plus one indented synonym line in the International file.
  EXPECT_EQ(set.actors.size(), 27251u);
  EXPECT_EQ(synonyms(set), 8367u);
  EXPECT_EQ(set.agents.size(), 2244u);
  EXPECT_EQ(set.discards.size(), 506u);
  size_t story = 0;
  for (const Discard& d : set.discards) story += d.story_level;
  EXPECT_EQ(story, 64u);
  EXPECT_EQ(set.ontology.size(), 266u);
  // Known defects give precise warnings.
  EXPECT_NE(find(diags, "NUL byte"), nullptr);
  EXPECT_NE(find(diags, "U+FFFD"), nullptr);
  EXPECT_NE(find(diags, "closed by '}'"), nullptr);
  // Biden's newest Phoenix entry is the vice-presidency.
  const Actor* biden = actor_named(set, {"joe", "biden"});
  ASSERT_NE(biden, nullptr);
  ASSERT_EQ(biden->codes.size(), 3u);
  EXPECT_EQ(biden->codes[1].code, "USAGOV");
  EXPECT_EQ(*biden->codes[1].range->from, ymd(2009, 1, 20));
  EXPECT_EQ(biden->names.size(), 4u);
}

}  // namespace
}  // namespace dyad
