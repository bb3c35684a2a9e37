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

// A word matched exactly (norm or lemma), as opposed to a stem ("negotiat*").
bool plain(const std::string& w) { return !w.empty() && w.back() != '*'; }

// The plain first word of one alternative branch, or null when the branch can
// match without one (empty, a stem, an actor slot, a synset, ...).
const std::string* branch_word(const std::vector<PatternToken>& branch) {
  if (branch.empty() || branch.front().kind != PatternTokenKind::kWord) return nullptr;
  return plain(branch.front().text) ? &branch.front().text : nullptr;
}

// The plain first word of one synset member, or null as above. A single-word
// member marked stem_last is matched as a prefix.
const std::string* member_word(const Phrase& ph) {
  if (ph.words.empty() || (ph.words.size() == 1 && ph.stem_last)) return nullptr;
  return plain(ph.words.front()) ? &ph.words.front() : nullptr;
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
    start_.push_back(needs_.size());
    for (uint32_t pi : cv.patterns) {
      Needs n;
      n.first_group = static_cast<uint32_t>(groups_.size());
      add_needs(dict, verbs[cv.index].patterns[pi].tokens, &n);
      n.end_group = static_cast<uint32_t>(groups_.size());
      needs_.push_back(n);
    }
  }
}

void PatternFilter::add_needs(const CompiledDictionary& dict, const std::vector<PatternToken>& tokens, Needs* out) {
  for (const PatternToken& t : tokens) {
    switch (t.kind) {
      case PatternTokenKind::kWord:
        if (plain(t.text)) out->all.add(t.text);
        break;
      case PatternTokenKind::kNounPhrase:
      case PatternTokenKind::kPrepPhrase:
        add_needs(dict, t.children, out);
        break;
      case PatternTokenKind::kAlternatives:
      case PatternTokenKind::kSynset:
        add_group(dict, t);
        break;
      default:
        break;   // actor slots and the verb need no word
    }
  }
}

// Adds the one-of set of an alternatives or synset token; false (and nothing
// added) when some branch needs no plain word.
bool PatternFilter::add_group(const CompiledDictionary& dict, const PatternToken& t) {
  WordSignature any;
  if (t.kind == PatternTokenKind::kAlternatives) {
    for (const auto& branch : t.alternatives) {
      const std::string* w = branch_word(branch);
      if (!w) return false;
      any.add(*w);
    }
  } else {
    const std::vector<Phrase>* members = dict.synset(t.text);
    if (!members || members->empty()) return false;
    for (const Phrase& ph : *members) {
      const std::string* w = member_word(ph);
      if (!w) return false;
      any.add(*w);
    }
  }
  groups_.push_back(any);
  return true;
}

}  // namespace dyad::coder
