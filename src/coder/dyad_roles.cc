// Dyad profile: who fills an event's slots when the clause says more than a
// list of actors. A clause whose own subject is a pronoun coreference could not
// resolve has no known source, so an actor named earlier in the sentence must
// not stand in for it ("the United States and Germany share concerns as we seek
// to...", "Thailand voted with 141 countries that condemned"). A plural role attached by "of" applies to every country coordinated
// after it ("the leaders of France and Germany" are FRAGOV and DEUGOV).
#include <algorithm>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

}  // namespace

bool dyad_plural_role_of(const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  bool plural = false;
  for (uint32_t i = begin; i < end; ++i) {
    if (toks[i].norm == "of") return plural;
    plural = plural || toks[i].pos == Pos::kNNS;
  }
  return false;
}

bool dyad_unknown_subject(const std::vector<Token>& toks, const std::vector<int32_t>& cover, uint32_t from,
                          uint32_t verb) {
  for (uint32_t i = verb; i > from; --i) {
    const Token& t = toks[i - 1];
    if (cover[i - 1] >= 0) return false;
    if (t.pos == Pos::kPRP && one_of(t.norm, {"i", "we", "you", "he", "she", "they"})) return true;
    // "141 countries that condemned": the relative clause's subject is the common noun before it.
    if (one_of(t.norm, {"that", "which", "who"}) && i >= 2 && i - 2 >= from && cover[i - 2] < 0 &&
        (toks[i - 2].pos == Pos::kNN || toks[i - 2].pos == Pos::kNNS))
      return true;
  }
  return false;
}

}  // namespace dyad::coder
