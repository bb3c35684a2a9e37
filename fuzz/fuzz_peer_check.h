// Invariants shared by the peer dictionary fuzz targets: every diagnostic and
// every entry points at a registered file and a line that exists.
#ifndef DYAD_FUZZ_FUZZ_PEER_CHECK_H_
#define DYAD_FUZZ_FUZZ_PEER_CHECK_H_

#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/peer_dictionaries.h"

namespace dyad::fuzz {

inline void peer_require(bool ok) {
  if (!ok) std::abort();
}

inline uint32_t line_count(std::string_view text) {
  uint32_t n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

inline void check_source(const DictionarySet& set, const EntrySource& src, uint32_t lines) {
  peer_require(src.file < set.files.size());
  peer_require(src.line >= 1 && src.line <= lines);
  peer_require(src.column >= 1);
}

inline void check_tokens(const std::vector<PatternToken>& tokens, int depth) {
  peer_require(depth < 8);
  for (const PatternToken& t : tokens) {
    if (t.kind == PatternTokenKind::kWord || t.kind == PatternTokenKind::kSynset) peer_require(!t.text.empty());
    if (t.kind == PatternTokenKind::kAlternatives) peer_require(!t.alternatives.empty());
    for (const auto& alt : t.alternatives) check_tokens(alt, depth + 1);
    check_tokens(t.children, depth + 1);
  }
}

// `lines` bounds the line numbers of entries read from one input text.
inline void check_set(const DictionarySet& set, const std::vector<Diagnostic>& diags, uint32_t lines) {
  for (const Diagnostic& d : diags) peer_require(d.line <= lines);
  for (const Actor& a : set.actors) {
    check_source(set, a.src, lines);
    peer_require(!a.names.empty());
    for (const Phrase& p : a.names) peer_require(!p.words.empty());
    for (size_t i = 1; i < a.codes.size(); ++i) peer_require(a.codes[i - 1].range || !a.codes[i].range);
  }
  for (const Agent& a : set.agents) {
    check_source(set, a.src, lines);
    peer_require(!a.phrases.empty() && !a.codes.empty());
  }
  for (const Verb& v : set.verbs) {
    check_source(set, v.src, lines);
    peer_require(!v.lemmas.empty());
    for (const Pattern& p : v.patterns) {
      check_source(set, p.src, lines);
      check_tokens(p.tokens, 0);
    }
  }
  for (const Synset& s : set.synsets) check_source(set, s.src, lines);
  for (const TimeShift& t : set.time_shifts) check_source(set, t.src, lines);
  for (const Discard& d : set.discards) check_source(set, d.src, lines);
  for (const IssuePhrase& i : set.issues) check_source(set, i.src, lines);
  for (const OntologyEntry& o : set.ontology) check_source(set, o.src, lines);
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_PEER_CHECK_H_
