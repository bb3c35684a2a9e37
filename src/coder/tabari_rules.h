// TABARI-profile rules that act on a whole sentence before its verbs are
// coded: comma-clause deletion (COMMA:), MINIMUM WORDS, COMPLEX: rejection,
// article + verb read as a noun, and pronoun dereferencing. TABARI has no
// tagger, so every rule here works on words, as TABARI's manual defines it.
//
// Thread safety: pure functions over their arguments; no shared state.
#ifndef DYAD_SRC_CODER_TABARI_RULES_H_
#define DYAD_SRC_CODER_TABARI_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coder_internal.h"   // same folder: tests include this header by path
#include "dyad/event.h"
#include "dyad/peer_dictionaries.h"

namespace dyad::coder {

// The sentence-level TABARI options in force for one record.
struct TabariRules {
  // COMMA: limits in words. A comma-delimited clause is deleted when its length
  // lies in [min, max]: b* for the clause before the first comma, e* for the one
  // after the last comma, plain min/max for clauses between two commas.
  // TABARI's defaults delete interior and final clauses of 2..10 words and never
  // an initial one (BMIN > BMAX); COMMA: OFF deletes nothing.
  bool comma_on = true;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  int minimum_words = 0;      // SET: MINIMUM WORDS: shorter sentences are not coded (0 = off)
  int complex_verbs = 0;      // COMPLEX: VERBS[n] (0 = off): n or more verbs -> complex
  int complex_conj = 0;       // COMPLEX: CONJ[n]: n or more clause conjunctions -> complex
  bool no_actor_prior = false;  // COMPLEX: NOACTPRIOR: no actor before the first verb -> complex
  bool time_shift = false;      // SET: TIME SHIFT: <TIME> phrases coded ### / +++ reject the sentence
  bool forward = false;       // FORWARD: pronouns with no antecedent take the previous sentence's
  std::string forward_mask;   // FORWARD's record-id mask ("^^*****NNN*SSS")
};

// FORWARD's mask, aligned with the ends of two record ids: the positions
// marked N hold the story number, and records of one story forward to each
// other ("FRWD-001-002" follows "FRWD-001-001", not "FRWD-002-003"). A mask
// without N, or ids too short for it, compare equal.
bool tabari_same_forward_story(std::string_view mask, std::string_view previous_id, std::string_view id);

// Reads the rules from TABARI's option state (the .options file plus the
// record's commands, already applied in order). `project` is true when the
// dictionary set is a TABARI project (it has an options file): then the
// program's default MINIMUM WORDS of 8 applies; the tabari profile on other
// dictionaries codes sentences of any length unless the option is set.
TabariRules tabari_rules_from(const TabariOptions& opt, bool project);

// Words as TABARI counts them: tokens with a letter or digit; "'s" is part of its word.
uint32_t tabari_word_count(const std::vector<Token>& toks, uint32_t begin, uint32_t end);

// Per token: 1 when TABARI's comma rules delete it (the clause and its comma).
std::vector<uint8_t> tabari_comma_deletions(const std::vector<Token>& toks, const TabariRules& rules);

// True when the verb word at `i` follows an article ("an attack", "the promised aid"):
// TABARI's shallow parse reads it as a noun.
bool tabari_noun_use(const std::vector<Token>& toks, uint32_t i);

// True for the subject and object personal pronouns TABARI dereferences.
bool tabari_pronoun(const Token& t);

// Removes the mentions lying in deleted tokens and re-indexes the view.
void drop_deleted_mentions(const std::vector<uint8_t>& deleted, SentenceView* view);

// Gives each uncovered pronoun the codes of the first actor of the sentence
// before it, else of `antecedent` (the previous sentence's first actor, under
// FORWARD) when given. Re-indexes the view.
void dereference_pronouns(const Mention* antecedent, SentenceView* view);

// The TABARI pre-pass over a sentence whose mentions are built: MINIMUM
// WORDS, complex actors (`+++`), comma-clause deletion (fills *deleted, drops
// the mentions inside), pronouns, then COMPLEX: VERBS/CONJ counts. Returns
// false when the sentence must yield no event.
bool tabari_prepare(const CompiledDictionary& dict, const TabariRules& rules, const Mention* antecedent,
                    SentenceView* view, std::vector<uint8_t>* deleted);

// True when the word at `i` is capitalized inside mixed-case text: a name,
// not a verb ("Arnor is about To Restore ties" has no verb RESTORE). All-caps
// text and the sentence's first word are exempt.
bool tabari_capitalized_noun(const std::vector<Token>& toks, uint32_t i);

// True when the word at `i` carries a possessive ("donate's"): a noun.
bool tabari_possessive_noun(const std::vector<Token>& toks, uint32_t i);

// True when the verb word at `i` can start a verb for TABARI: not deleted by
// the comma rules and not read as a noun (after an article, capitalized in
// mixed-case text, or possessive).
bool tabari_verb_position(const std::vector<Token>& toks, const std::vector<uint8_t>& deleted, uint32_t i);

// True when tokens [from, to) between two actors join them into a compound:
// a conjunction ("and", ",", ", and", "nor") followed by articles and
// modifiers only ("Fornost and the evil awful Gondor").
bool tabari_compound_gap(const std::vector<Token>& toks, uint32_t from, uint32_t to);

// SET: TIME SHIFT: true when the sentence holds a <TIME> phrase whose code
// is a discard (###) or complex (+++) ("kan wa ma kan", "when peace comes").
bool tabari_time_rejects(const CompiledDictionary& dict, const std::vector<Token>& toks);

// True when mentions a and b carry the same codes (a pronoun dereferenced to
// the source is the source again: "urged Bree to assist it" has no new target).
bool same_actor(const SentenceView& view, int32_t a, int32_t b);

// The first mention covering a token of [from, to) other than `skip`, or -1.
int32_t tabari_first_actor_after(const SentenceView& view, uint32_t from, uint32_t to, int32_t skip);

// The first mention in [from, to) that is neither `source` nor the same actor
// (a pronoun standing for it) nor the one a pattern skipped with `^`, or -1.
int32_t tabari_next_actor(const SentenceView& view, uint32_t from, uint32_t to, int32_t source,
                          int32_t skipped = -1);

// True when an actor (or a dereferenced pronoun) comes before token `verb`.
// COMPLEX: NOACTPRIOR rejects a sentence whose first coded verb has none:
// its subject is out of reach of a shallow parse ("Rebuked by X, Y is ...").
bool tabari_actor_prior(const SentenceView& view, uint32_t verb);

// The mention an event's actor was taken from (by its span), or -1.
int32_t mention_of(const SentenceView& view, const std::optional<ActorMention>& actor);

// Rebuilds mention_at / mention_cover after mentions changed (sorted by begin).
void index_mentions(SentenceView* view);

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_TABARI_RULES_H_
