#include <gtest/gtest.h>

#include <string>

#include "dyad/frontend.h"

namespace {

using dyad::Pos;

TEST(Pos, EveryTagNameRoundTrips) {
  for (int i = 1; i < static_cast<int>(Pos::kCount_); ++i) {
    Pos p = static_cast<Pos>(i);
    ASSERT_NE(dyad::pos_name(p), nullptr);
    EXPECT_EQ(dyad::pos_from_name(dyad::pos_name(p)), p) << dyad::pos_name(p);
  }
}

TEST(Pos, NamesFollowPennTreebank) {
  EXPECT_STREQ(dyad::pos_name(Pos::kNNP), "NNP");
  EXPECT_STREQ(dyad::pos_name(Pos::kPRPS), "PRP$");
  EXPECT_STREQ(dyad::pos_name(Pos::kWPS), "WP$");
  EXPECT_STREQ(dyad::pos_name(Pos::kPunct), ",");
  EXPECT_STREQ(dyad::pos_name(Pos::kPeriod), ".");
  EXPECT_STREQ(dyad::pos_name(Pos::kUnknown), "?");
}

TEST(Pos, BrillSpellingsMapToTags) {
  EXPECT_EQ(dyad::pos_from_name(":"), Pos::kPunct);
  EXPECT_EQ(dyad::pos_from_name("``"), Pos::kQuote);
  EXPECT_EQ(dyad::pos_from_name("''"), Pos::kQuote);
  EXPECT_EQ(dyad::pos_from_name("-LRB-"), Pos::kLParen);
  EXPECT_EQ(dyad::pos_from_name("NP"), Pos::kNNP);
  EXPECT_EQ(dyad::pos_from_name("XYZ"), Pos::kUnknown);
  EXPECT_EQ(dyad::pos_from_name(""), Pos::kUnknown);
}

TEST(Pos, ClassesCoverTheirTags) {
  for (Pos p : {Pos::kNN, Pos::kNNS, Pos::kNNP, Pos::kNNPS}) EXPECT_TRUE(dyad::pos_is_noun(p));
  for (Pos p : {Pos::kVB, Pos::kVBD, Pos::kVBG, Pos::kVBN, Pos::kVBP, Pos::kVBZ}) EXPECT_TRUE(dyad::pos_is_verb(p));
  for (Pos p : {Pos::kJJ, Pos::kJJR, Pos::kJJS}) EXPECT_TRUE(dyad::pos_is_adjective(p));
  EXPECT_FALSE(dyad::pos_is_noun(Pos::kPRP));
  EXPECT_FALSE(dyad::pos_is_verb(Pos::kMD));
  EXPECT_FALSE(dyad::pos_is_adjective(Pos::kRB));
}

}  // namespace
