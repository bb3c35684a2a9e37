// A precomputed filter that rejects verb patterns without comparing strings.
//
// Before backtracking, the engine checks that the words a pattern requires
// occur in the verb's clause (pattern.cc, may_match), then tries to match.
// With dozens of patterns per common verb ("reject", "urge", "be ready to")
// those checks and the failed matches dominated the coder's profile. Here
// each pattern's needs are summarised once, when the Coder is built, as
// 256-bit word signatures (one bit per word, chosen by hash); the clause gets
// the same signature. A pattern needs
//   - every plain literal word it has (also inside noun/prepositional phrases), and
//   - for each alternatives group `{a b | c}` and each synset, one of its
//     branches' first words (a branch cannot match without its first word),
//     unless some branch has no plain word to stand for it (an empty branch, a
//     stem, an actor slot), which makes the group unconstrained.
// A pattern whose needs are not met by the clause's signature cannot match
// and is skipped. One that passes still goes through the exact check and the
// matcher, so the filter never changes a result: it only decides sooner.
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
  // True when some bit of `any` is set here.
  bool meets(const WordSignature& any) const {
    for (size_t i = 0; i < bits_.size(); ++i)
      if (any.bits_[i] & bits_[i]) return true;
    return false;
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

  // False when the k-th pattern of compiled verb `verb` (in
  // CompiledVerb::patterns order) cannot match a clause with signature `clause`.
  bool possible(uint32_t verb, size_t k, const WordSignature& clause) const {
    if (verb >= start_.size() || start_[verb] + k >= needs_.size()) return true;
    const Needs& n = needs_[start_[verb] + k];
    if (!clause.covers(n.all)) return false;
    for (uint32_t g = n.first_group; g < n.end_group; ++g)
      if (!clause.meets(groups_[g])) return false;
    return true;
  }

 private:
  struct Needs {
    WordSignature all;           // every one of these words
    uint32_t first_group = 0;    // and one word of each of groups_[first_group, end_group)
    uint32_t end_group = 0;
  };
  void add_needs(const CompiledDictionary& dict, const std::vector<PatternToken>& tokens, Needs* out);
  bool add_group(const CompiledDictionary& dict, const PatternToken& t);

  std::vector<Needs> needs_;            // every compiled verb's patterns, verb after verb
  std::vector<size_t> start_;           // per compiled verb: its first entry in needs_
  std::vector<WordSignature> groups_;   // one-of word sets, pattern after pattern
};

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_PATTERN_FILTER_H_
