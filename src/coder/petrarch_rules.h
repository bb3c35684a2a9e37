// PETRARCH-profile rules of the coding engine (profiles petrarch1 and
// petrarch2). PETRARCH reads a parse tree; dyad has none, so each rule here
// is the word-level reading of one documented PETRARCH behaviour:
//
// - a comma between coordinated adjectives ("complete, full diplomatic ties")
//   is inside a noun phrase, and "and" between adverbs ("heavily and
//   unjustly criticized") inside a verb phrase: neither is a clause boundary;
// - the passive voice swaps source and target;
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

// True when token `i` joins two modifiers and so is no clause boundary: a
// comma between two adjectives of one noun phrase (an adjective before it, an
// adjective or adverb + adjective after it, the run ending in a noun), a
// comma, "and" or "or" between two adverbs ("heavily and unjustly criticized"),
// or "and"/"or" between two common nouns ("death and injury toll").
bool petrarch_modifier_coordination(const std::vector<Token>& toks, size_t i);

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

// True when source and target of the verb at [verb_begin, verb_end) swap for
// the passive voice: a form of "be" (adverbs may intervene: "was heavily and
// unjustly criticized") before a verb word that is not an -ing form, and
// either the target mention `tgt` is the agent after "by" (adverbs may
// intervene: "was opposed earlier by X"), or `agentless` is set: PETRARCH-2
// reads the subject of any passive as the target ("X was criticized over its
// dispute with Y" -> Y>X).
bool petrarch_passive_swap(const SentenceView& view, uint32_t clause_begin, uint32_t verb_begin, uint32_t verb_end,
                           int32_t tgt, bool agentless);

// Coordinated agents share their country (PETRARCH's noun-phrase
// distribution), rewriting the view's mentions:
// - agents before of/in/from and actors: every agent with every actor
//   ("Lawmakers and officials in Arnor and Gondor" -> ARNLEG ARNGOV GONLEG GONGOV);
// - an actor written before an agent forwards to a lone agent coordinated
//   with it ("Danish media and government" -> DNKMED DNKGOV);
// - a possessor gives its code to the agent after it, across modifiers, and
//   absorbs the person named next ("Ithilen's awful and evil minister
//   Calimehtar" -> ITHGOV, though Calimehtar alone is CAL);
// - a prefix agent and a suffix agent around one actor both apply
//   ("An MSF Arnor diplomat" -> NGOARNGOV).
void petrarch_agent_coordination(const CompiledDictionary& dict, const Date& date, SentenceView* view);

// True when mention `src` is a compound of two or more actors (no lone
// agents, no special codes such as +++) inside the verb's clause, which
// starts at `clause_begin`: with no other target, PETRARCH codes the members
// towards each other ("Gondor and Osgiliath have renewed diplomatic ties" ->
// GON>OSG and OSG>GON). A subject shared from an earlier clause does not count.
bool petrarch_compound_subject(const SentenceView& view, int32_t src, uint32_t clause_begin);

// PETRARCH's verb patterns, longest first as match_verb_patterns tries them,
// passing over those PETRARCH would not use, so the next one applies:
// - PETRARCH-1 does not implement complex codes: a pattern coded [+++] is
//   passed over ("restore fxll diplomatic ties" -> "* DIPLOMATIC [064]");
// - PETRARCH-2 (`petrarch2`) reads words before `*` inside the verb phrase:
//   a pattern of words only whose match starts before the verb's subject is
//   passed over ("NEITHER *" on "Neither Galadriel nor Gollum boycotted").
// Returns the index into verb.patterns of the first match (and fills *out), or -1.
int32_t petrarch_match_verb_patterns(const CompiledDictionary& dict, const SentenceView& view, const Verb& verb,
                                     const CompiledVerb& cv, uint32_t verb_begin, uint32_t verb_end, bool petrarch2,
                                     PatternBinding* out);

// True when a token of [from, to) has the normal form `word`.
bool petrarch_gap_has(const std::vector<Token>& toks, uint32_t from, uint32_t to, std::string_view word);

// PETRARCH-1 `new_actor_length` (n > 0): a noun phrase in no dictionary, of
// at most n words, is an actor coded by its own words, upper case and quoted
// ("Gryffindor's head Minerva McGonagall" -> "GRYFFINDOR HEAD MINERVA
// MCGONAGALL"; "the Ministry of Magic" -> "THE MINISTRY OF MAGIC"). A noun
// phrase here is a run of determiners, adjectives, nouns and possessives, with
// "of" joining two such runs, touching no dictionary actor. Adds the mentions.
void petrarch_new_actors(uint32_t max_words, SentenceView* view);

// True when token `i` is a plural noun by its tag and by the word before it
// (a preposition, determiner, possessive or number: "for meetings of",
// "Arnor's attacks"): PETRARCH codes verb phrases only. After a name or an
// adjective ("Arnor attacks Gondor", where the tagger may read Arnor as an
// adjective) the tag alone is not trusted.
bool petrarch_plural_noun(const std::vector<Token>& toks, size_t i);

// PETRARCH-2 keeps a dictionary compound code as written: {"FRO","BIL","SAM"} -> "FRO/BIL/SAM".
std::string petrarch_joined_code(const std::vector<std::string>& members);

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_PETRARCH_RULES_H_
