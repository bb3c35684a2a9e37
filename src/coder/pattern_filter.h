// A precomputed filter that rejects verb patterns without comparing strings.
//
// Before backtracking, the engine checks that every plain word a pattern
// requires occurs in the verb's clause (pattern.cc, may_match). With dozens
// of patterns per common verb that check, a binary search over the clause's
// words per pattern word, dominated the coder's profile. Here each pattern's
// required plain words are summarised once, when the Coder is built, as a
// 256-bit signature (one bit per word, chosen by hash); the clause gets the
// same signature. A pattern whose bits are not all set in the clause's
// signature cannot match and is skipped. A pattern that passes still goes
// through the exact check, so the filter never changes a result: it only
// decides sooner.
//
// Thread safety: built once, then read-only; shared by all coding threads.
// The dictionary it was built from must outlive it.
#ifndef DYAD_SRC_CODER_PATTERN_FILTER_H_
#define DYAD_SRC_CODER_PATTERN_FILTER_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::coder {

// A set of words as bits: a word's bit missing means the word is missing.
class WordSignature {
 public:
  void add(std::string_view word);
  // True when every bit of `needed` is set here.
  bool covers(const WordSignature& needed) const {
    for (size_t i = 0; i < bits_.size(); ++i)
      if (needed.bits_[i] & ~bits_[i]) return false;
    return true;
  }

 private:
  std::array<uint64_t, 4> bits_{};
};

// The norms and lemmas of tokens [begin, end).
WordSignature clause_signature(const std::vector<Token>& tokens, uint32_t begin, uint32_t end);

class PatternFilter {
 public:
  PatternFilter() = default;
  explicit PatternFilter(const CompiledDictionary& dict);

  // The required words of the k-th pattern of compiled verb `verb` (in
  // CompiledVerb::patterns order), or null when unknown.
  const WordSignature* required(uint32_t verb, size_t k) const {
    if (verb >= start_.size() || start_[verb] + k >= signatures_.size()) return nullptr;
    return &signatures_[start_[verb] + k];
  }

 private:
  std::vector<WordSignature> signatures_;   // every compiled verb's patterns, verb after verb
  std::vector<size_t> start_;               // per compiled verb: its first entry in signatures_
};

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_PATTERN_FILTER_H_
