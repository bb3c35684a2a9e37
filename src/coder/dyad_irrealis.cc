// Dyad profile: acts that did not happen, and words that only look like verbs.
//
// CAMEO codes what an actor did or announced it would do. A need or duty ("we
// need to work together", "countries must respect"), an ability ("Russia has
// the capacity to invade"), a wish or attempt ("applicants seeking to
// travel"), the worth of an act ("the importance of protecting civilians") and
// a question report no act, except that a need or duty to appeal or to
// cooperate is itself an appeal or intent (roots 02, 03); modality words already in verb_group (will, may,
// if) are handled there. The tagger also reads some nouns and adjectives as
// verbs; the part-of-speech context below catches the common shapes.
#include <algorithm>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words that, followed by "to" + verb, put the verb out of the real world.
bool irrealis_head(std::string_view w) {
  return one_of(w, {"need", "needs", "needed", "want", "wants", "wanted", "wish", "wishes", "seek", "seeks",
                    "seeking", "sought", "try", "tries", "trying", "attempt", "attempts", "attempting",
                    "unable", "capacity", "capability", "ability", "means", "power", "ought",
                    "position", "importance", "necessity", "have", "has"});
}

// Words that put the following verb out of the real world directly.
bool irrealis_modal(std::string_view w) { return one_of(w, {"must", "should", "cannot", "can", "need"}); }

bool determiner_like(const Token& t) {
  // Subordinators are tagged IN too, but a verb after them is finite ("countries that support").
  if (one_of(t.norm, {"that", "because", "if", "while", "whether", "although", "since", "after", "before",
                      "unless", "until", "than", "so", "once", "though"}))
    return false;
  return t.pos == Pos::kDT || t.pos == Pos::kIN || t.pos == Pos::kPRPS || t.pos == Pos::kPOS ||
         pos_is_adjective(t.pos) || t.norm == "as";
}

}  // namespace

bool dyad_irrealis(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb, const std::string& code) {
  if (!toks.empty() && toks.back().norm == "?") return true;
  // What should or must be done, when the act itself is an appeal or an intent
  // (roots 02, 03: "both nations should enhance coordination"), is that appeal.
  if (code.compare(0, 2, "02") == 0 || code.compare(0, 2, "03") == 0) return false;
  uint32_t from = verb >= 5 ? std::max(clause_begin, verb - 5) : clause_begin;
  for (uint32_t i = from; i < verb; ++i) {
    const std::string& w = toks[i].norm;
    if (irrealis_modal(w) && i + 1 < toks.size() && toks[i + 1].norm != "to") return true;
    // "the importance of protecting", "the need for"
    if ((w == "importance" || w == "need" || w == "necessity") && i + 1 < toks.size() &&
        one_of(toks[i + 1].norm, {"of", "for", "to"}))
      return true;
    if (!irrealis_head(w)) continue;
    // "need to", "has the capacity to", "seeking to", "be able to"; "have to" only directly.
    uint32_t j = i + 1;
    if (w != "have" && w != "has") {
      while (j < verb && j < i + 3 && toks[j].norm != "to") ++j;
    }
    if (j < verb && toks[j].norm == "to") return true;
  }
  return false;
}

bool dyad_verb_is_nominal(const std::vector<Token>& toks, uint32_t i) {
  const Token& t = toks[i];
  // "is going to view", "we're going to avoid": the future auxiliary, not travel.
  if (t.norm == "going" && i + 2 < toks.size() && toks[i + 1].norm == "to" && toks[i + 2].pos == Pos::kVB)
    return true;
  bool next_noun = i + 1 < toks.size() && pos_is_noun(toks[i + 1].pos) && toks[i + 1].pos != Pos::kNNP &&
                   toks[i + 1].pos != Pos::kNNPS;
  // "as force multipliers", "the attack helicopters": a base form after a
  // determiner or preposition, before a common noun, is a noun modifier.
  if ((t.pos == Pos::kVB || t.pos == Pos::kVBP) && i > 0 && next_noun && determiner_like(toks[i - 1]))
    return true;
  // "the hardest hit regions", "the most affected areas": a participle after a superlative.
  if ((t.pos == Pos::kVBN || t.pos == Pos::kVBD) && i > 0 &&
      (toks[i - 1].pos == Pos::kJJS || toks[i - 1].pos == Pos::kRBS || toks[i - 1].norm == "most"))
    return true;
  return false;
}

}  // namespace dyad::coder
