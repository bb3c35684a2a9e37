// Dictionary matches of one sentence, looked up once per token position for
// every kind the coder asks about (discards, actors, agents, verbs), then
// served by kind. The coder used to walk the dictionary trie three times per
// token (discards, actors, verbs), each walk hashing the word, its lemma and,
// when stems exist, every prefix of it; one walk gives the same answers.
//
// Thread safety: an instance belongs to one sentence being coded; it borrows
// the dictionary and the tokens, which must outlive it.
#ifndef DYAD_SRC_CODER_MATCH_CACHE_H_
#define DYAD_SRC_CODER_MATCH_CACHE_H_

#include <cstdint>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::coder {

constexpr uint32_t kind_bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }

class SentenceMatches {
 public:
  // Looks up every position of `tokens` for the kinds in `kinds`.
  SentenceMatches(const CompiledDictionary& dict, const std::vector<Token>& tokens, uint32_t kinds);

  // The longest match at `pos` among `kinds` (CompiledDictionary::match order:
  // longest first), or null. `kinds` must be within the constructor's kinds.
  const PhraseMatch* first(size_t pos, uint32_t kinds) const;

  // All matches at `pos` among `kinds`, longest first (empty: no allocation).
  std::vector<PhraseMatch> all(size_t pos, uint32_t kinds) const;

  // True when any position has a match of one of `kinds`.
  bool any(uint32_t kinds) const;

 private:
  std::vector<PhraseMatch> matches_;   // all positions, each position's matches in dictionary order
  std::vector<uint32_t> start_;        // matches of position i: [start_[i], start_[i + 1])
};

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_MATCH_CACHE_H_
