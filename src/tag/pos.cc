// Penn Treebank tag names and classes (declared in dyad/frontend.h).
//
// Brill's data writes punctuation tags as the characters themselves ("," ":"
// "." "``" "''" "(" ")"); dyad folds the two clause-punctuation tags "," and
// ":" into kPunct and both quote directions into kQuote, because nothing
// downstream distinguishes them. pos_from_name accepts every spelling found in
// Pattern's en-lexicon/en-context files (including "-LRB-", "NP" and "PP").
#include <array>
#include <string_view>

#include "dyad/frontend.h"

namespace dyad {

namespace {

constexpr std::array<const char*, static_cast<size_t>(Pos::kCount_)> kPosNames = {
    "?",   "CC",  "CD",   "DT",  "EX",  "FW",  "IN",  "JJ",   "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP",  "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",   "VB",  "VBD", "VBG", "VBN", "VBP",  "VBZ", "WDT", "WP",  "WP$",
    "WRB", ",",   ".",    "''",  "(",   ")",   "#",   "$",
};

struct Alias {
  std::string_view name;
  Pos pos;
};

// Spellings outside kPosNames that occur in tagger data or gold files.
constexpr Alias kAliases[] = {
    {":", Pos::kPunct},     {";", Pos::kPunct},      {"--", Pos::kPunct},
    {"``", Pos::kQuote},    {"\"", Pos::kQuote},     {"'", Pos::kQuote},
    {"-LRB-", Pos::kLParen}, {"-RRB-", Pos::kRParen}, {"NP", Pos::kNNP},
    {"NPS", Pos::kNNPS},    {"PP", Pos::kPRP},       {"PP$", Pos::kPRPS},
    {"!", Pos::kPeriod},    {"?", Pos::kPeriod},
};

}  // namespace

const char* pos_name(Pos p) {
  auto i = static_cast<size_t>(p);
  return i < kPosNames.size() ? kPosNames[i] : "?";
}

Pos pos_from_name(std::string_view name) {
  // Skip kUnknown: "?" is an output spelling only.
  for (size_t i = 1; i < kPosNames.size(); ++i) {
    if (name == kPosNames[i]) return static_cast<Pos>(i);
  }
  for (const Alias& a : kAliases) {
    if (name == a.name) return a.pos;
  }
  return Pos::kUnknown;
}

bool pos_is_noun(Pos p) {
  return p == Pos::kNN || p == Pos::kNNS || p == Pos::kNNP || p == Pos::kNNPS;
}

bool pos_is_verb(Pos p) {
  return p >= Pos::kVB && p <= Pos::kVBZ;
}

bool pos_is_adjective(Pos p) {
  return p == Pos::kJJ || p == Pos::kJJR || p == Pos::kJJS;
}

}  // namespace dyad
