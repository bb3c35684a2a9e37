// normalize() and normalize_key(): the match form and its map back to the
// original bytes.
#include <gtest/gtest.h>

#include <string>

#include "dyad/frontend.h"

namespace dyad {
namespace {

TEST(Normalize, StripsDiacriticsAndFoldsCase) {
  EXPECT_EQ(normalize("S\u00e3o Paulo Krak\u00f3w \u00dcr\u00fcmqi").text, "sao paulo krakow urumqi");
}

TEST(Normalize, KeyEqualsNormalizedText) {
  const std::string s = "S\u00e3o Paulo \u201cKrak\u00f3w\u201d \u2014 \u00dcr\u00fcmqi";
  EXPECT_EQ(normalize_key(s), normalize(s).text);
}

TEST(Normalize, CurlyQuotesBecomeAscii) {
  EXPECT_EQ(normalize_key("\u201cChina\u2019s\u201d \u2018plan\u2019 \u201eja\u201c \u00abnon\u00bb"),
            "\"china's\" 'plan' \"ja\" \"non\"");
}

TEST(Normalize, PrimesBecomeQuotes) {
  EXPECT_EQ(normalize_key("5\u2032 10\u2033"), "5' 10\"");
}

TEST(Normalize, DashesBecomeHyphen) {
  EXPECT_EQ(normalize_key("a\u2014b\u2013c\u2012d\u2015e\u2212f\u2010g"), "a-b-c-d-e-f-g");
}

TEST(Normalize, FullwidthIsNfkc) {
  EXPECT_EQ(normalize_key("\uff21\uff11"), "a1");
}

TEST(Normalize, LigaturesAndSharpSExpand) {
  EXPECT_EQ(normalize_key("\ufb01nance Stra\u00dfe"), "finance strasse");
}

TEST(Normalize, CombiningMarksAreStripped) {
  EXPECT_EQ(normalize_key("Jose\u0301 Ca\u0308fe"), "jose cafe");
}

TEST(Normalize, NonBreakingSpaceBecomesSpace) {
  EXPECT_EQ(normalize_key("U.S.\u00a0Embassy"), "u.s. embassy");
}

TEST(Normalize, SoftHyphenIsDropped) {
  EXPECT_EQ(normalize_key("Ger\u00admany"), "germany");
}

TEST(Normalize, HangulSyllablesSurviveIntact) {
  EXPECT_EQ(normalize_key("\ud55c\uad6d"), "\ud55c\uad6d");
}

TEST(Normalize, AsciiIsLowerCasedWithIdentityMap) {
  const Normalized n = normalize("U.S. Embassy, 3.5%");
  EXPECT_EQ(n.text, "u.s. embassy, 3.5%");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  for (size_t i = 0; i < n.to_original.size(); ++i) EXPECT_EQ(n.to_original[i], i);
}

TEST(Normalize, EmptyInputHasOneMapEntry) {
  const Normalized n = normalize("");
  EXPECT_EQ(n.text, "");
  ASSERT_EQ(n.to_original.size(), 1u);
  EXPECT_EQ(n.to_original[0], 0u);
}

TEST(Normalize, MapPointsAtTheOriginalCharacter) {
  // "Kraków’s —" : ó is 2 bytes, ’ and — are 3 bytes each.
  const std::string in = "Krak\u00f3w\u2019s \u2014x";
  const Normalized n = normalize(in);
  ASSERT_EQ(n.text, "krakow's -x");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  const uint32_t expected[] = {0, 1, 2, 3, 4, 6, 7, 10, 11, 12, 15, 16};
  for (size_t i = 0; i < n.to_original.size(); ++i) EXPECT_EQ(n.to_original[i], expected[i]) << i;
}

TEST(Normalize, EveryMappedByteStartsACharacterThatProducedIt) {
  const std::string in = "\u00dcr\u00fcmqi \uff21\uff11 \ufb01x \u201cq\u201d \u00e9t\u00e9";
  const Normalized n = normalize(in);
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original.back(), in.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    const uint32_t o = n.to_original[i];
    ASSERT_LT(o, in.size());
    EXPECT_NE(static_cast<unsigned char>(in[o]) & 0xC0, 0x80) << "byte " << i << " maps into a character";
    if (i > 0) {
      EXPECT_LE(n.to_original[i - 1], o);
    }
    // The original character, normalised alone, yields the output byte.
    size_t len = 1;
    while (o + len < in.size() && (static_cast<unsigned char>(in[o + len]) & 0xC0) == 0x80) ++len;
    EXPECT_NE(normalize_key(in.substr(o, len)).find(n.text[i]), std::string::npos) << i;
  }
}

TEST(Normalize, ExpandingCharacterMapsAllBytesToItsStart) {
  const Normalized n = normalize("x\ufb01");  // the fi ligature expands to two letters
  ASSERT_EQ(n.text, "xfi");
  EXPECT_EQ(n.to_original[1], 1u);
  EXPECT_EQ(n.to_original[2], 1u);
  EXPECT_EQ(n.to_original[3], 4u);
}

TEST(Normalize, InvalidBytesBecomeReplacementCharacter) {
  const std::string in = std::string("a\xff") + "b\xe2\x80";
  const Normalized n = normalize(in);
  EXPECT_EQ(n.text, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original[1], 1u);
  EXPECT_EQ(n.to_original[3], 1u);
  EXPECT_EQ(n.to_original[4], 2u);
  EXPECT_EQ(n.to_original[5], 3u);
  EXPECT_EQ(n.to_original[8], 4u);
  EXPECT_EQ(n.to_original.back(), 5u);
}

TEST(Normalize, OverlongAndSurrogateEncodingsAreInvalid) {
  EXPECT_EQ(normalize_key("\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(normalize_key("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

}  // namespace
}  // namespace dyad
