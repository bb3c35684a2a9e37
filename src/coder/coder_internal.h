// Internal pieces of the coding engine shared by coder.cc and pattern.cc.
// Not part of the public API. Everything here is per-call state: no globals.
#ifndef DYAD_SRC_CODER_CODER_INTERNAL_H_
#define DYAD_SRC_CODER_CODER_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::coder {

// An actor mention in one sentence: tokens [begin, end), one code per member
// (a compound "China and Canada" has two), and the entries that fired.
struct Mention {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<std::string> codes;
  std::vector<Span> spans;             // one per member, in the base text
  std::vector<std::string> rules;      // "file:line" of actors and agents
  bool has_actor = false;              // false: a lone agent (converted)
  std::vector<std::string> actor_codes;  // per member, the actor's code before agents joined it
  // Dyad profile coreference: per member, the earlier mention this one was
  // resolved from ("Wang" -> "Chinese Foreign Minister Wang Yi"); empty when coded directly.
  std::vector<std::optional<Span>> antecedents;
};

class SentenceMatches;   // match_cache.h
class PatternFilter;     // pattern_filter.h

// The analysed sentence as the pattern matcher sees it.
struct SentenceView {
  const std::vector<Token>* tokens = nullptr;
  const SentenceMatches* matches = nullptr;   // the sentence's dictionary matches (null: ask the dictionary)
  const PatternFilter* filter = nullptr;      // the dictionary's pattern pre-filter (null: exact checks only)
  std::vector<Mention> mentions;
  std::vector<int32_t> mention_at;     // per token: mention starting here, else -1
  std::vector<int32_t> mention_cover;  // per token: mention covering it, else -1
  std::vector<uint8_t> boundary;       // per token: 1 = clause boundary (comma, and, but, ...)
  uint32_t clause_begin = 0;           // the clause of the verb being coded
  uint32_t clause_end = 0;
  bool written_words = false;          // PETRARCH-1: pattern words match the word as written, not its lemma
};

// What a pattern match bound.
struct PatternBinding {
  int32_t source = -1;      // mention index
  int32_t target = -1;
  bool compound = false;    // `%`: the source mention is used as both source and target
  int32_t skipped = -1;     // `^`: the mention the pattern skipped (no source or target)
  uint32_t lo = 0, hi = 0;  // token extent the pattern covered
};

// Tries one pattern around the verb at tokens [verb_begin, verb_end). Words
// may intervene between pattern tokens unless joined by '_'; matching never
// leaves the verb's clause. Returns true and fills *out when it matches.
bool match_pattern(const CompiledDictionary& dict, const SentenceView& view, const Pattern& pattern,
                   uint32_t verb_begin, uint32_t verb_end, PatternBinding* out);

// Tries a verb's patterns longest first (TABARI order) around the verb at
// tokens [verb_begin, verb_end). Cheap pre-checks come first: a pattern whose
// plain literal words or synsets do not occur in the verb's clause is not tried.
// Returns the index into verb.patterns of the first match (and fills *out), or -1.
int32_t match_verb_patterns(const CompiledDictionary& dict, const SentenceView& view, const Verb& verb,
                            const CompiledVerb& cv, uint32_t verb_begin, uint32_t verb_end, PatternBinding* out);

// True when token `t` matches a literal dictionary word (norm or lemma; a
// word ending in '*' is a prefix). `written` restricts it to the norm.
bool word_matches(const Token& t, const std::string& word, bool written = false);

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_CODER_INTERNAL_H_
