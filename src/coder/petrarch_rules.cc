// PETRARCH-profile rules; see petrarch_rules.h for what each one reads.
#include "coder/petrarch_rules.h"

#include <algorithm>
#include <array>

namespace dyad::coder {

namespace {

// Words of a verb group before the verb: auxiliaries, modals and the adverbs
// that sit among them ("most certainly really did not even ever").
bool verb_group_word(const Token& t) {
  static const std::array<std::string_view, 30> kAux = {
      "do",   "does",  "did",   "will",   "wo",    "would", "shall", "should", "can",  "ca",
      "could", "may",  "might", "must",   "have",  "has",   "had",   "is",     "are",  "was",
      "were", "be",    "been",  "not",    "n't",   "never", "ever",  "even",   "also", "still"};
  if (std::find(kAux.begin(), kAux.end(), t.norm) != kAux.end()) return true;
  return t.pos == Pos::kMD || t.pos == Pos::kRB || t.pos == Pos::kRBR || t.pos == Pos::kRBS;
}

bool negation_word(const Token& t) { return t.norm == "not" || t.norm == "n't" || t.norm == "never"; }

// True when the words of `p` are the tokens from `begin` as written (norm, not lemma).
bool written_as(const Phrase& p, const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  if (p.words.size() != end - begin) return false;
  for (size_t k = 0; k < p.words.size(); ++k)
    if (p.words[k] != toks[begin + k].norm) return false;
  return true;
}

// A preposition, subordinating conjunction or wh-word: what opens a
// subordinate clause or a prepositional phrase rather than a subject.
bool subordinator(const Token& t) {
  return t.pos == Pos::kIN || t.pos == Pos::kWDT || t.pos == Pos::kWP || t.pos == Pos::kWRB;
}

// Nouns that stand alone as time adverbs (the parser's NP-TMP), not objects.
bool temporal_adverb(const Token& t) {
  return t.norm == "today" || t.norm == "yesterday" || t.norm == "tomorrow" || t.norm == "tonight";
}

bool adverb(const Token& t) { return t.pos == Pos::kRB || t.pos == Pos::kRBR || t.pos == Pos::kRBS; }

bool be_form(std::string_view w) {
  static const std::array<std::string_view, 8> kBe = {"is", "are", "was", "were", "be", "been", "being", "am"};
  return std::find(kBe.begin(), kBe.end(), w) != kBe.end();
}

// "was [heavily and unjustly] criticized": a be-form, then adverbs (joined by
// and/or), then the verb word, which is not an -ing form ("was attacking").
bool passive_verb(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb) {
  if (toks[verb].pos == Pos::kVBG) return false;
  for (uint32_t i = verb; i > clause_begin; --i) {
    const Token& t = toks[i - 1];
    if (be_form(t.norm)) return true;
    if (!adverb(t) && t.norm != "and" && t.norm != "or") return false;
  }
  return false;
}

}  // namespace

bool petrarch_passive_swap(const SentenceView& view, uint32_t clause_begin, uint32_t verb_begin, uint32_t verb_end,
                           int32_t tgt, bool agentless) {
  const auto& toks = *view.tokens;
  if (tgt < 0 || !passive_verb(toks, clause_begin, verb_begin)) return false;
  uint32_t by = verb_end;
  while (by < toks.size() && adverb(toks[by])) ++by;
  if (by + 1 < toks.size() && toks[by].norm == "by") {
    uint32_t agent = by + 1;
    if (agent + 1 < toks.size() && toks[agent].pos == Pos::kDT) ++agent;
    if (view.mention_cover[agent] == tgt) return true;
  }
  return agentless;
}

bool petrarch_modifier_coordination(const std::vector<Token>& toks, size_t i) {
  if (i == 0 || i + 1 >= toks.size()) return false;
  const std::string& w = toks[i].norm;
  if ((w == "," || w == "and" || w == "or") && adverb(toks[i - 1]) && adverb(toks[i + 1])) return true;
  if (w != ",") return false;
  if (!pos_is_adjective(toks[i - 1].pos)) return false;
  size_t j = i + 1;
  if (toks[j].pos == Pos::kRB) ++j;
  if (j >= toks.size() || !pos_is_adjective(toks[j].pos)) return false;
  while (j < toks.size() && (pos_is_adjective(toks[j].pos) || toks[j].norm == "," || toks[j].norm == "and")) ++j;
  return j < toks.size() && pos_is_noun(toks[j].pos);
}

const PhraseMatch& petrarch_pick_verb(const CompiledDictionary& dict, const std::vector<Token>& toks,
                                      const std::vector<PhraseMatch>& verbs) {
  const uint32_t longest = verbs.front().end;
  for (const PhraseMatch& m : verbs) {
    if (m.end != longest) break;
    const Verb& v = dict.set().verbs[m.index];
    if (!m.generated && m.phrase < v.lemmas.size() && written_as(v.lemmas[m.phrase], toks, m.begin, m.end)) return m;
  }
  return verbs.front();
}

std::string petrarch_negated_code(const CompiledDictionary& dict, const std::string& code) {
  std::optional<uint32_t> value = dict.ontology_value(code);
  if (!value) return code;
  const uint32_t negated = *value - 0xFFFFu;
  for (const OntologyEntry& o : dict.set().ontology)
    if (o.value == negated) return o.code;
  return code;
}

bool petrarch_negated(const std::vector<Token>& toks, uint32_t clause_begin, uint32_t verb) {
  for (uint32_t i = verb; i > clause_begin; --i) {
    const Token& t = toks[i - 1];
    if (negation_word(t)) return true;
    if (!verb_group_word(t)) return false;
  }
  return false;
}

bool petrarch_clause_has_subject(const SentenceView& view, uint32_t clause_begin, uint32_t verb) {
  const auto& toks = *view.tokens;
  for (uint32_t i = clause_begin; i < verb; ++i) {
    if (view.mention_cover[i] >= 0) return true;
    if (subordinator(toks[i])) return false;
  }
  return false;
}

bool petrarch_object_phrase(const std::vector<Token>& toks, uint32_t verb_end, uint32_t clause_end) {
  for (uint32_t i = verb_end; i < clause_end && i < toks.size(); ++i)
    if (pos_is_noun(toks[i].pos) && !temporal_adverb(toks[i])) return true;
  return false;
}

}  // namespace dyad::coder
