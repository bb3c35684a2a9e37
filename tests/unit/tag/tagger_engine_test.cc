// The tagger's speed-ups must not change a single tag:
//   - the bit-parallel contextual-rule engine (with its rule skipping) is
//     checked against the word-by-word reference implementation of Brill's
//     order on random sentences of every length class (one 64-bit word,
//     four words, and the long path);
//   - the lexicon's hash table (keys inline in slots, huge-page storage) is
//     checked on the key shapes that take different paths.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "../../../src/tag/string_table.h"  // header-only; tests see no src/ include path
#include "dyad/frontend.h"

namespace dyad::internal {
// Defined in src/tag/brill_tagger.cc (declared in its internal header).
size_t brill_engine_disagreements(const std::string& lexicon_dir, const std::vector<std::string>& vocabulary,
                                  uint32_t seed, size_t count, size_t* changed);
}  // namespace dyad::internal

namespace {

// Words the contextual rules name (so word conditions fire), plus common
// words, punctuation and capitalised forms.
const std::vector<std::string> kVocabulary = {
    ",", ".", "up", "as", "out", "to", "that", "be", "are", "American", "the", "such", "right", "operating",
    "of", "n't", "most", "is", "have", "close", "by", "'s", "with", "who", "was", "very", "though", "so",
    "said", "not", "no", "much", "market", "lower", "long", "more", "than", "there", "it", "will", "China",
    "minister", "talks", "held", "meeting", "and", "but", "on", "in", "a", "Canada", "trade", "sanctions",
};

TEST(TaggerEngine, BitParallelRulesAgreeWithWordByWordReference) {
  size_t changed = 0;
  size_t differing =
      dyad::internal::brill_engine_disagreements(dyad::data_dir() + "/lexicon", kVocabulary, 2026, 3000, &changed);
  ASSERT_NE(differing, SIZE_MAX) << "tagger data did not load from " << dyad::data_dir();
  EXPECT_EQ(differing, 0u);
  // Random tags make rules fire often; the comparison must have exercised them.
  EXPECT_GT(changed, 10000u);
}

TEST(TaggerEngine, EmptyVocabularyChecksNothing) {
  size_t changed = 1;
  EXPECT_EQ(dyad::internal::brill_engine_disagreements(dyad::data_dir() + "/lexicon", {}, 1, 10, &changed), 0u);
  EXPECT_EQ(changed, 0u);
}

TEST(StringTable, ShortLongAndSharedPrefixKeys) {
  dyad::internal::StringTable t;
  const std::string long_a = "internationalisation-a";  // > 16 bytes: compared past the inline head
  const std::string long_b = "internationalisation-b";  // same first 16 bytes as long_a
  EXPECT_TRUE(t.insert("said", 1));
  EXPECT_TRUE(t.insert(long_a, 2));
  EXPECT_TRUE(t.insert(long_b, 3));
  EXPECT_TRUE(t.insert("", 4));
  EXPECT_TRUE(t.insert(std::string("a\0b", 3), 5));
  EXPECT_FALSE(t.insert("said", 9));  // the first value wins
  ASSERT_NE(t.find("said"), nullptr);
  EXPECT_EQ(*t.find("said"), 1u);
  EXPECT_EQ(*t.find(long_a), 2u);
  EXPECT_EQ(*t.find(long_b), 3u);
  EXPECT_EQ(*t.find(""), 4u);
  EXPECT_EQ(*t.find(std::string("a\0b", 3)), 5u);
  EXPECT_EQ(t.find("a"), nullptr);  // zero padding must not make "a" equal "a\0b"
  EXPECT_EQ(t.find("internationalisation-c"), nullptr);
  EXPECT_EQ(t.find("sai"), nullptr);
  EXPECT_EQ(t.size(), 5u);
}

TEST(StringTable, EveryKeyLengthAndPrefixIsDistinct) {
  // Keys of length 0-40 and all their prefixes: the inline head is built by
  // different loads for each length class, and no prefix may alias its key.
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
  dyad::internal::StringTable t;
  for (uint32_t n = 0; n <= 40; ++n) ASSERT_TRUE(t.insert(std::string_view(text).substr(0, n), n));
  for (uint32_t n = 0; n <= 40; ++n) {
    const uint32_t* v = t.find(std::string_view(text).substr(0, n));
    ASSERT_NE(v, nullptr) << n;
    EXPECT_EQ(*v, n);
    std::string other(text.substr(0, n));
    if (n > 0) {
      other[n - 1] = '#';  // differs only in the last byte
      EXPECT_EQ(t.find(other), nullptr) << n;
      other = text.substr(0, n);
      other[0] = '#';  // differs only in the first byte
      EXPECT_EQ(t.find(other), nullptr) << n;
    }
  }
}

TEST(StringTable, SurvivesGrowthAndTakesPrecomputedHashes) {
  dyad::internal::StringTable t;
  for (uint32_t i = 0; i < 100000; ++i) ASSERT_TRUE(t.insert("w" + std::to_string(i), i));
  for (uint32_t i = 0; i < 100000; i += 997) {
    std::string k = "w" + std::to_string(i);
    uint32_t h = dyad::internal::StringTable::hash_of(k);
    t.prefetch(h);
    ASSERT_NE(t.find(k, h), nullptr) << k;
    EXPECT_EQ(*t.find(k, h), i);
  }
  EXPECT_EQ(t.find("w100000"), nullptr);
  uint32_t* v = t.find_mutable("w7");
  ASSERT_NE(v, nullptr);
  *v = 77;
  EXPECT_EQ(*t.find("w7"), 77u);
}

}  // namespace
