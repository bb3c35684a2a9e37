// Dyad-profile actor recognition beyond plain dictionary matches, run per
// sentence after build_mentions(): role-phrase inference for names in no
// dictionary ("Canadian Foreign Minister Anita Anand" -> CANGOV), "the
// Canadian side" -> CAN, locative place names taken out of the actor list
// ("met in Gyeongju" is a place, not an actor), and story-level coreference
// (surnames, titles, pronouns, "the two leaders") against a StoryMemory that
// lives for one story. Peer profiles never call these.
//
// Thread safety: a StoryMemory belongs to one code() call; the functions are
// reentrant.
#ifndef DYAD_SRC_CODER_DYAD_FEATURES_H_
#define DYAD_SRC_CODER_DYAD_FEATURES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coder/coder_internal.h"
#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::coder {

// Spans of actors remembered from the headline are shifted by this much, so
// they never equal a span of the text; an event does not cite them as
// antecedents (ActorMention::antecedent is in the text base).
constexpr uint32_t kHeadlineSpanOffset = 1u << 30;

// An actor seen earlier in the story, for coreference.
struct Entity {
  std::vector<std::string> name;   // normalised name words ("wang", "yi"); empty for countries/orgs
  std::string code;                // "CHNGOV"
  Span span;                       // the full mention it was first seen as
  std::vector<std::string> title;  // normalised role words written before the name ("deputy", "secretary")
  Gender gender = Gender::kUnknown;
  bool person = false;
  bool country = false;            // a bare country ("China"), not a person or body
  uint32_t sentence = 0;
};

// A turn of a briefing transcript, opened by a speaker label at the start of
// a paragraph ("MR PRICE:", "SECRETARY BLINKEN:", "QUESTION:").
struct Turn {
  bool active = false;                   // the story has had a speaker label
  bool question = false;                 // a reporter's turn: questions are not events
  std::vector<std::string> speaker;      // the speaker's actor codes; empty when unknown
  std::optional<Span> speaker_span;      // the label, as the antecedent of "I"/"we"
  uint32_t first_sentence = 0;           // pronouns do not reach back before the turn
};

// What the story has said so far, in reading order.
struct StoryMemory {
  std::vector<Entity> entities;
  // The last mention with two or more members ("Xi Jinping and Mark Carney").
  std::vector<Entity> last_group;
  // The story's own institution ("U.S. Department of State" -> USAGOV), from
  // its source field; empty when unknown. Its officials are named without a
  // nationality ("Deputy Secretary Sherman"), foreigners with one.
  std::string institution;
  // The story's other metadata (byline, author: Story::extra_json), case-folded:
  // a labelled speaker named there speaks for the institution.
  std::string byline;
  Turn turn;
};

// Moves the spans of entities added since `first` out of the text's range.
void dyad_mark_headline(size_t first, StoryMemory* memory);

// Reads a speaker label at the start of `s` and updates memory->turn. Returns
// the number of label tokens (0 when the sentence opens no turn).
uint32_t dyad_read_turn(const CompiledDictionary& dict, const Sentence& s, const SentenceView& view,
                        StoryMemory* memory);

// "I", "we", "me", "us" in a transcript turn whose speaker is known: mentions
// of the speaker, added to `added`.
void dyad_speaker_pronouns(const std::vector<Token>& toks, const std::vector<int32_t>& cover,
                           const StoryMemory& memory, std::vector<Mention>* added);

// True when the words before verb token `verb` in its clause make the act
// unreal: a need or duty ("need to", "must", "should"), an ability or
// capacity ("has the capacity to", "able to"), a wish or attempt ("want to",
// "seeking to"), "the importance of", or a question. CAMEO codes acts that
// happened (or were announced as intended), not ones merely possible or desirable.
// A need or duty on an appeal or intent (`code` roots 02, 03) is that appeal or
// intent ("both nations should enhance coordination") and stays.
bool dyad_irrealis(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb, const std::string& code);

// True when tokens [begin, end) are a plural role attached to its country by
// "of" ("the leaders of France"): the role applies to each country coordinated after it.
bool dyad_plural_role_of(const std::vector<Token>& toks, uint32_t begin, uint32_t end);

// The CAMEO refusal code for a negated act, or "" when CAMEO has none (then
// the negated event is not coded): "did not release" (084) -> 1243, "will not
// negotiate" (046) -> 125, "refused to sign" (057) -> 127 (dyad_negation.cc).
std::string dyad_refusal_code(const std::string& code);
// The CAMEO code for announcing the act `code` ("will meet" 040 -> 036,
// "will attack" 190 -> 1384); `code` itself when it already says what was
// said (01, 02, 03, 10-13); empty when CAMEO has no such code (09).
std::string dyad_intent_code(const std::string& code);

// Whether a generic consultation (040) with its verb at `verb` in the clause
// [begin, end) is a telephone or video call: the clause says so, or the verb
// is "spoke"/"talked" and the story's headline names a call.
bool dyad_telephone_consult(std::string_view title, const std::vector<Token>& toks, uint32_t verb, uint32_t begin,
                            uint32_t end);

// True when a personal pronoun that coreference left unresolved stands between
// token `from` (the end of the source found) and verb token `verb`, with no
// actor after it ("Germany share concerns as we seek to"), or a relative
// pronoun after a common noun ("Thailand voted with countries that condemned"):
// the verb's subject is that pronoun or noun, so the source is unknown.
bool dyad_unknown_subject(const std::vector<Token>& toks, const std::vector<int32_t>& cover, uint32_t from,
                          uint32_t verb);

// True when the verb-tagged token `i` is a noun or an adjective in context:
// after a determiner, preposition or possessive and before a noun ("as force
// multipliers"), a participle after a superlative ("the hardest hit regions"),
// or the future auxiliary "going to" + verb.
bool dyad_verb_is_nominal(const std::vector<Token>& toks, uint32_t i);

// Adds the dyad profile's mentions to `view` (which build_mentions filled)
// and records the sentence's actors in `memory`. Rebuilds view->mention_at
// and view->mention_cover. Returns false when the sentence carries no events
// (a reporter's question in a transcript, a sentence that asks).
bool dyad_extend_mentions(const CompiledDictionary& dict, const Sentence& s, const Date& date,
                          StoryMemory* memory, SentenceView* view);

// True when token `i` (a comma or "and"/"or") only joins adjectives inside a
// noun phrase ("a candid, in-depth and productive meeting"): no clause boundary.
bool dyad_adjective_coordination(const std::vector<Token>& toks, size_t i);

// True for codes whose action is mutual, so that a compound subject with no
// object ("Xi and Carney met", "the two sides held talks") is coded pairwise:
// consultation (04), diplomatic and material cooperation (05, 06), intent to
// cooperate (03).
bool dyad_reciprocal(const std::string& code);

// Among the verb entries matching at one position (longest first), the first
// whose pattern binds an actor, else the first that yields a code.
template <typename FoundT, typename CodeFn>
FoundT dyad_pick_verb(const SentenceView& /*view*/, const std::vector<PhraseMatch>& verbs, FoundT first, CodeFn code) {
  auto codes = [](const FoundT& f) { return f.ok && !f.code.code.empty() && f.code.code != "---"; };
  auto bound = [](const FoundT& f) { return f.binding.source >= 0 || f.binding.target >= 0; };
  if (codes(first) && bound(first)) return first;
  FoundT fallback = first;
  for (size_t k = 1; k < verbs.size(); ++k) {
    if (verbs[k].begin != verbs[0].begin) continue;
    FoundT f = code(verbs[k]);
    if (codes(f) && bound(f)) return f;
    if (!codes(fallback) && codes(f)) fallback = f;
  }
  return fallback;
}

}  // namespace dyad::coder

#endif  // DYAD_SRC_CODER_DYAD_FEATURES_H_
