// Pattern pre-filter by word signatures (see pattern_filter.h).
#include "coder/pattern_filter.h"

namespace dyad::coder {
namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// The words every match of `tokens` needs, as may_match in pattern.cc checks
// them: plain literal words, also inside noun and prepositional phrases.
// Stems ('*'), synsets and alternatives are left to the exact check.
void add_required(const std::vector<PatternToken>& tokens, WordSignature* out) {
  for (const PatternToken& t : tokens) {
    if (t.kind == PatternTokenKind::kWord && !t.text.empty() && t.text.back() != '*') out->add(t.text);
    if (t.kind == PatternTokenKind::kNounPhrase || t.kind == PatternTokenKind::kPrepPhrase)
      add_required(t.children, out);
  }
}

}  // namespace

void WordSignature::add(std::string_view word) {
  uint64_t h = fnv1a(word);
  uint32_t bit = static_cast<uint32_t>((h ^ (h >> 32)) & 255u);
  bits_[bit >> 6] |= uint64_t{1} << (bit & 63u);
}

WordSignature clause_signature(const std::vector<Token>& tokens, uint32_t begin, uint32_t end) {
  WordSignature sig;
  for (uint32_t i = begin; i < end && i < tokens.size(); ++i) {
    sig.add(tokens[i].norm);
    if (tokens[i].lemma != tokens[i].norm) sig.add(tokens[i].lemma);
  }
  return sig;
}

PatternFilter::PatternFilter(const CompiledDictionary& dict) {
  const auto& verbs = dict.set().verbs;
  for (const CompiledVerb& cv : dict.verbs()) {
    start_.push_back(signatures_.size());
    for (uint32_t pi : cv.patterns) {
      WordSignature sig;
      add_required(verbs[cv.index].patterns[pi].tokens, &sig);
      signatures_.push_back(sig);
    }
  }
}

}  // namespace dyad::coder
