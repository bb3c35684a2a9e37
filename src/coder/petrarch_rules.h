// PETRARCH-profile rules of the coding engine (profiles petrarch1 and
// petrarch2). PETRARCH reads a parse tree; dyad has none, so each rule here
// is the word-level reading of one documented PETRARCH behaviour:
//
// - a comma between coordinated adjectives ("complete, full diplomatic ties")
//   is inside a noun phrase and no clause boundary;
// - a verb written in the dictionary as its own entry ("--- LEFT [032:033]")
//   beats another entry reached through the word's lemma (LEAVE);
// - PETRARCH-2 negation: a negated verb's code is its internal coding
//   ontology value minus 0xFFFF, mapped back to CAMEO ("did not clash" 110 -> 050);
// - PETRARCH-1 codes every verb phrase of the sentence, comma clauses with
//   their own subject included ("..., a senior official said").
//
// Thread safety: pure functions over their arguments; no shared state.
#ifndef DYAD_SRC_CODER_PETRARCH_RULES_H_
#define DYAD_SRC_CODER_PETRARCH_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder_internal.h"   // same folder: tests include this header by path
#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::coder {

// True when the comma at token `i` joins two adjectives of one noun phrase:
// an adjective before it, an adjective (or adverb + adjective) after it, and
// the adjective run ends in a noun.
bool petrarch_adjective_comma(const std::vector<Token>& toks, size_t i);

// Among the verb entries matched at one position (longest first), the one
// PETRARCH would pick: of the longest matches, an entry whose own words are
// the sentence's words as written, else the first.
const PhraseMatch& petrarch_pick_verb(const CompiledDictionary& dict, const std::vector<Token>& toks,
                                      const std::vector<PhraseMatch>& verbs);

// PETRARCH-2 negation through the internal coding ontology: the CAMEO code
// whose value is `code`'s value minus 0xFFFF. Returns `code` unchanged when
// the dictionary has no ontology or either value is missing.
std::string petrarch_negated_code(const CompiledDictionary& dict, const std::string& code);

// True when the verb at `verb` is negated: "not", "n't" or "never" among the
// auxiliaries and adverbs right before it ("did not ever clash", "won't clash").
bool petrarch_negated(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb);

// PETRARCH-1: true when the clause [begin, verb) before a verb opens with a
// subject of its own (an actor mention, with no preposition or subordinator
// before it), so the comma clause is a verb phrase PETRARCH codes
// ("..., a senior official said on Saturday"), unlike a subordinate clause
// ("..., almost five years after Calenardhon crowds burned down its embassy").
bool petrarch_clause_has_subject(const SentenceView& view, uint32_t clause_begin, uint32_t verb);

// PETRARCH-1: true when the verb has a noun phrase after it in its clause.
// PETRARCH-1 codes a verb phrase only when it has one, null-coded or not:
// "said on Saturday" gives a target "---", "said today" (a temporal adverb) none.
bool petrarch_object_phrase(const std::vector<Token>& toks, uint32_t verb_end, uint32_t clause_end);

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_PETRARCH_RULES_H_
