// Briefing transcripts (dyad profile): speaker turns and first-person pronouns.
//
// A transcript paragraph opens with a speaker label in capitals followed by a
// colon: "MR PRICE:", "SECRETARY BLINKEN:", "SENIOR STATE DEPARTMENT
// OFFICIAL:", "QUESTION:". The label holds until the next one. Within a turn
// "I" and "we" are the speaker (never a country named in passing), and a
// reporter's turn ("QUESTION:") asks rather than reports, so it yields no
// events. The speaker is found, in order, as a person the story already named
// (by surname), an actor the dictionary finds in the label itself, or the
// story's own institution when the label names one of its officials the way
// the institution names its own (an honorific or a bare title with a name and
// no nationality: "MR PRICE", "SECRETARY BLINKEN") and the story's byline
// names that person.
#include <algorithm>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }
constexpr size_t kMaxLabelWords = 6;

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool label_word(const Token& t) {
  if (t.flags & kTokAllCaps) return true;
  // "MR." / "MS." and one-letter words ("Q") are not flagged all-caps.
  return (t.flags & kTokCapitalized) && t.norm.size() <= 3 && t.pos != Pos::kPRP;
}

// Reporters' and hosts' labels that name no participant.
bool questioner(const std::vector<Token>& toks, uint32_t n) {
  return n == 1 && one_of(toks[0].norm, {"question", "q", "reporter", "participant"});
}
bool host_only(const std::vector<Token>& toks, uint32_t n) {
  return n == 1 && one_of(toks[0].norm, {"moderator", "operator"});
}

bool honorific(std::string_view w) { return one_of(w, {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}); }

// The label's last word against a person the story has named.
const Entity* named_person(const StoryMemory& mem, const Token& surname) {
  for (size_t k = mem.entities.size(); k > 0; --k) {
    const Entity& e = mem.entities[k - 1];
    if (e.person && !e.name.empty() && (e.name.back() == surname.norm || e.name.front() == surname.norm)) return &e;
  }
  return nullptr;
}

// True when `word` occurs in `text` as a whole word.
bool has_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    bool left = at == 0 || !letter(text[at - 1]);
    bool right = at + word.size() >= text.size() || !letter(text[at + word.size()]);
    if (left && right) return true;
  }
  return false;
}

// True when the label is a title (an agent phrase) or an honorific, then a
// name the story's byline carries ("MR PRICE:" under "Ned Price, Department
// Spokesperson"): the institution's own speaker. Other labelled guests
// ("MR HEUSGEN:" at a conference) stay unknown.
bool own_official(const CompiledDictionary& dict, const std::vector<Token>& toks, uint32_t n, const StoryMemory& mem) {
  if (n < 2 || !has_word(mem.byline, toks[n - 1].norm)) return false;
  if (honorific(toks[0].norm)) return true;
  for (const PhraseMatch& m : dict.match(toks, 0, bit(MatchKind::kAgent)))
    if (m.end < n) return true;
  return false;
}

std::vector<std::string> speaker_codes(const CompiledDictionary& dict, const std::vector<Token>& toks, uint32_t n,
                                       const SentenceView& view, const StoryMemory& mem) {
  if (const Entity* e = named_person(mem, toks[n - 1])) return {e->code};
  for (const Mention& m : view.mentions)
    if (m.end <= n && m.has_actor && !m.codes.empty()) return m.codes;
  if (!mem.institution.empty() && own_official(dict, toks, n, mem)) return {mem.institution};
  return {};
}

}  // namespace

uint32_t dyad_read_turn(const CompiledDictionary& dict, const Sentence& s, const SentenceView& view,
                        StoryMemory* memory) {
  const auto& toks = s.tokens;
  uint32_t n = 0;
  while (n < toks.size() && n < kMaxLabelWords && toks[n].norm != ":" && label_word(toks[n])) ++n;
  if (n == 0 || n >= toks.size() || toks[n].norm != ":") return 0;
  Turn& turn = memory->turn;
  turn = Turn{};
  turn.active = true;
  turn.first_sentence = s.index;
  turn.question = questioner(toks, n);
  if (!turn.question && !host_only(toks, n)) {
    turn.speaker = speaker_codes(dict, toks, n, view, *memory);
    turn.speaker_span = Span{toks[0].span.begin, toks[n - 1].span.end};
  }
  return n + 1;
}

void dyad_speaker_pronouns(const std::vector<Token>& toks, const std::vector<int32_t>& cover,
                           const StoryMemory& memory, std::vector<Mention>* added) {
  const Turn& turn = memory.turn;
  if (!turn.active || turn.speaker.empty()) return;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (cover[i] >= 0 || toks[i].pos != Pos::kPRP || !one_of(toks[i].norm, {"i", "we", "me", "us"})) continue;
    if (toks[i].norm == "us" && (toks[i].flags & kTokAllCaps)) continue;   // "US", the country
    Mention m;
    m.begin = i;
    m.end = i + 1;
    m.has_actor = true;
    for (const std::string& code : turn.speaker) {
      m.codes.push_back(code);
      m.spans.push_back(toks[i].span);
      m.antecedents.push_back(turn.speaker_span);
    }
    m.rules.push_back("coref:speaker");
    added->push_back(std::move(m));
  }
}

}  // namespace dyad::coder
