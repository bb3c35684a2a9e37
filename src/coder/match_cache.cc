// Per-sentence dictionary match cache (see match_cache.h).
#include "coder/match_cache.h"

namespace dyad::coder {

SentenceMatches::SentenceMatches(const CompiledDictionary& dict, const std::vector<Token>& tokens, uint32_t kinds) {
  start_.reserve(tokens.size() + 1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    start_.push_back(static_cast<uint32_t>(matches_.size()));
    std::vector<PhraseMatch> here = dict.match(tokens, i, kinds);
    matches_.insert(matches_.end(), here.begin(), here.end());
  }
  start_.push_back(static_cast<uint32_t>(matches_.size()));
}

const PhraseMatch* SentenceMatches::first(size_t pos, uint32_t kinds) const {
  if (pos + 1 >= start_.size()) return nullptr;
  for (uint32_t k = start_[pos]; k < start_[pos + 1]; ++k)
    if (kinds & kind_bit(matches_[k].kind)) return &matches_[k];
  return nullptr;
}

std::vector<PhraseMatch> SentenceMatches::all(size_t pos, uint32_t kinds) const {
  std::vector<PhraseMatch> out;
  if (pos + 1 >= start_.size()) return out;
  for (uint32_t k = start_[pos]; k < start_[pos + 1]; ++k)
    if (kinds & kind_bit(matches_[k].kind)) out.push_back(matches_[k]);
  return out;
}

bool SentenceMatches::any(uint32_t kinds) const {
  for (const PhraseMatch& m : matches_)
    if (kinds & kind_bit(m.kind)) return true;
  return false;
}

}  // namespace dyad::coder
