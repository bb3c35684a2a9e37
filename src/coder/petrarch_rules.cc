// PETRARCH-profile rules; see petrarch_rules.h for what each one reads.
#include "coder/petrarch_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

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

bool common_noun(const Token& t) { return t.pos == Pos::kNN || t.pos == Pos::kNNS; }

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

// One dictionary actor or agent at a token position, resolved by date.
struct Piece {
  uint32_t begin = 0, end = 0;
  bool agent = false;
  bool prefix = false;                 // agent written CODE~ (prepended)
  std::vector<std::string> codes;      // actor: its code or compound members; agent: one code
  std::string rule;
};

constexpr uint32_t kind_bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }

std::optional<Piece> piece_at(const CompiledDictionary& dict, const SentenceView& view, const Date& date, uint32_t i) {
  const uint32_t kinds = kind_bit(MatchKind::kActorName) | kind_bit(MatchKind::kAdjective) |
                         kind_bit(MatchKind::kDemonym) | kind_bit(MatchKind::kCapital) | kind_bit(MatchKind::kCity) |
                         kind_bit(MatchKind::kAgent);
  std::vector<PhraseMatch> found = dict.match(*view.tokens, i, kinds);
  if (found.empty()) return std::nullopt;
  const PhraseMatch& m = found.front();
  Piece p;
  p.begin = m.begin;
  p.end = m.end;
  p.agent = m.kind == MatchKind::kAgent;
  if (p.agent) {
    const DatedCode* dc = dict.resolve_agent(m.index, date);
    if (!dc) return std::nullopt;
    p.codes.push_back(dc->code);
    p.prefix = dict.set().agents[m.index].prefix;
    p.rule = dict.where(dict.set().agents[m.index].src);
  } else {
    const Actor& a = dict.set().actors[m.index];
    const DatedCode* dc = dict.resolve_actor(m.index, date);
    if (!a.compound.empty()) p.codes = a.compound;
    else if (dc) p.codes.push_back(dc->code);
    else return std::nullopt;
    p.rule = dict.where(a.src);
  }
  return p;
}

// "ARN" + "GOV" -> "ARNGOV"; a prefix agent goes first; a sector already there is not repeated.
std::string with_agent(const std::string& actor, const Piece& agent) {
  const std::string& g = agent.codes.front();
  if (agent.prefix) return g + actor;
  if (actor.size() >= g.size() && actor.compare(actor.size() - g.size(), g.size(), g) == 0) return actor;
  return actor + g;
}

bool joiner(const Token& t) { return t.norm == "and" || t.norm == ","; }

// Pieces of one kind joined by "and" / "," from token `i`: "Lawmakers and officials".
std::vector<Piece> coordinated(const CompiledDictionary& dict, const SentenceView& view, const Date& date, uint32_t i,
                               bool agents) {
  const auto& toks = *view.tokens;
  std::vector<Piece> out;
  while (i < toks.size()) {
    std::optional<Piece> p = piece_at(dict, view, date, i);
    if (!p || p->agent != agents) break;
    out.push_back(*p);
    i = p->end;
    if (i + 1 >= toks.size() || !joiner(toks[i])) break;
    ++i;
    if (toks[i].norm == "and") ++i;   // "A, B, and C"
  }
  return out;
}

// Rebuilds mention_at / mention_cover after the mentions changed.
void reindex(SentenceView* view) {
  const size_t n = view->tokens->size();
  view->mention_at.assign(n, -1);
  view->mention_cover.assign(n, -1);
  for (size_t k = 0; k < view->mentions.size(); ++k) {
    const Mention& x = view->mentions[k];
    view->mention_at[x.begin] = static_cast<int32_t>(k);
    for (uint32_t t = x.begin; t < x.end; ++t) view->mention_cover[t] = static_cast<int32_t>(k);
  }
}

// Replaces the mentions overlapping tokens [begin, end) by one mention.
void replace_mentions(uint32_t begin, uint32_t end, Mention m, SentenceView* view) {
  std::vector<Mention> kept;
  bool placed = false;
  for (Mention& old : view->mentions) {
    if (old.end <= begin || old.begin >= end) {
      if (!placed && old.begin >= end) {
        kept.push_back(m);
        placed = true;
      }
      kept.push_back(std::move(old));
    }
  }
  if (!placed) kept.push_back(std::move(m));
  view->mentions = std::move(kept);
  reindex(view);
}

Mention joined_mention(uint32_t begin, uint32_t end) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.has_actor = true;
  return m;
}

void add_member(const std::vector<Token>& toks, const Piece& where, std::string code, Mention* m) {
  m->codes.push_back(std::move(code));
  m->spans.push_back({toks[where.begin].span.begin, toks[where.end - 1].span.end});
}

// "Lawmakers and officials in Arnor and Gondor": returns the end token, or 0.
uint32_t agents_of_actors(const CompiledDictionary& dict, const Date& date, uint32_t i, SentenceView* view) {
  const auto& toks = *view->tokens;
  std::vector<Piece> agents = coordinated(dict, *view, date, i, true);
  if (agents.size() < 2) return 0;
  uint32_t j = agents.back().end;
  if (j + 1 >= toks.size() || (toks[j].norm != "of" && toks[j].norm != "in" && toks[j].norm != "from")) return 0;
  ++j;
  if (toks[j].norm == "the") ++j;
  std::vector<Piece> actors = coordinated(dict, *view, date, j, false);
  if (actors.empty()) return 0;
  Mention m = joined_mention(i, actors.back().end);
  for (const Piece& a : actors)
    for (const std::string& code : a.codes)
      for (const Piece& g : agents) add_member(toks, a, with_agent(code, g), &m);
  for (const Piece& p : agents) m.rules.push_back(p.rule);
  for (const Piece& p : actors) m.rules.push_back(p.rule);
  const uint32_t end = m.end;
  replace_mentions(i, end, std::move(m), view);
  return end;
}

// "Danish media and government": returns the end token, or 0.
uint32_t forwarded_actor(const CompiledDictionary& dict, const Date& date, uint32_t i, SentenceView* view) {
  const auto& toks = *view->tokens;
  std::optional<Piece> actor = piece_at(dict, *view, date, i);
  if (!actor || actor->agent) return 0;
  std::vector<Piece> agents = coordinated(dict, *view, date, actor->end, true);
  if (agents.size() < 2 || agents.front().begin != actor->end) return 0;
  const uint32_t end = agents.back().end;
  // "... and government of Gondor": the last agent has its own actor.
  if (end < toks.size() && (toks[end].norm == "of" || toks[end].norm == "in" || toks[end].norm == "from")) return 0;
  if (end < toks.size() && piece_at(dict, *view, date, end)) return 0;
  Mention m = joined_mention(i, end);
  for (const std::string& code : actor->codes)
    for (const Piece& g : agents) add_member(toks, *actor, with_agent(code, g), &m);
  m.rules.push_back(actor->rule);
  for (const Piece& p : agents) m.rules.push_back(p.rule);
  replace_mentions(i, end, std::move(m), view);
  return end;
}

// A word that may stand between a possessor and its agent: "awful and evil".
bool modifier(const Token& t) {
  return pos_is_adjective(t.pos) || adverb(t) || t.norm == "and" || t.norm == "or" || t.norm == ",";
}

// "Ithilen's awful and evil minister Calimehtar": PETRARCH codes a noun
// phrase by its first actor, so the possessor's code takes the agent, and a
// name right after the agent is the same person and adds nothing (even when
// its own code is another actor's). Returns the end token, or 0.
uint32_t possessor_agent(const CompiledDictionary& dict, const Date& date, uint32_t i, SentenceView* view) {
  const auto& toks = *view->tokens;
  std::optional<Piece> actor = piece_at(dict, *view, date, i);
  if (!actor || actor->agent || actor->end >= toks.size()) return 0;
  // The dictionary's possessive form may already cover the "'s".
  uint32_t j = actor->end;
  if (toks[j - 1].norm != "'s" && toks[j].norm == "'s") ++j;
  if (toks[j - 1].norm != "'s") return 0;
  while (j < toks.size() && modifier(toks[j]) && !piece_at(dict, *view, date, j)) ++j;
  std::optional<Piece> agent = piece_at(dict, *view, date, j);
  if (!agent || !agent->agent) return 0;
  uint32_t end = agent->end;
  std::optional<Piece> name = end < toks.size() ? piece_at(dict, *view, date, end) : std::nullopt;
  if (name && !name->agent) end = name->end;
  Mention m = joined_mention(i, end);
  for (const std::string& code : actor->codes) add_member(toks, *actor, with_agent(code, *agent), &m);
  m.rules.push_back(actor->rule);
  m.rules.push_back(agent->rule);
  replace_mentions(i, end, std::move(m), view);
  return end;
}

// "An MSF Arnor diplomat": a prefix agent (NGO~), the actor, then a suffix
// agent (~GOV) are one noun phrase: NGOARNGOV. Returns the end token, or 0.
uint32_t agents_around_actor(const CompiledDictionary& dict, const Date& date, uint32_t i, SentenceView* view) {
  const auto& toks = *view->tokens;
  std::optional<Piece> before = piece_at(dict, *view, date, i);
  if (!before || !before->agent || !before->prefix || before->end >= toks.size()) return 0;
  std::optional<Piece> actor = piece_at(dict, *view, date, before->end);
  if (!actor || actor->agent || actor->end >= toks.size()) return 0;
  std::optional<Piece> after = piece_at(dict, *view, date, actor->end);
  if (!after || !after->agent || after->prefix) return 0;
  Mention m = joined_mention(i, after->end);
  for (const std::string& code : actor->codes) add_member(toks, *actor, with_agent(with_agent(code, *after), *before), &m);
  m.rules.push_back(before->rule);
  m.rules.push_back(actor->rule);
  m.rules.push_back(after->rule);
  const uint32_t end = m.end;
  replace_mentions(i, end, std::move(m), view);
  return end;
}

}  // namespace

void petrarch_agent_coordination(const CompiledDictionary& dict, const Date& date, SentenceView* view) {
  const auto& toks = *view->tokens;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (i > 0 && view->mention_cover[i] >= 0 && view->mention_cover[i] == view->mention_cover[i - 1]) continue;
    uint32_t end = agents_of_actors(dict, date, i, view);
    if (end == 0) end = forwarded_actor(dict, date, i, view);
    if (end == 0) end = possessor_agent(dict, date, i, view);
    if (end == 0) end = agents_around_actor(dict, date, i, view);
    if (end > 0) i = end - 1;
  }
}

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
  if ((w == "and" || w == "or") && common_noun(toks[i - 1]) && common_noun(toks[i + 1])) return true;
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

bool petrarch_compound_subject(const SentenceView& view, int32_t src, uint32_t clause_begin) {
  if (src < 0) return false;
  const Mention& m = view.mentions[static_cast<size_t>(src)];
  if (!m.has_actor || m.codes.size() < 2 || m.begin < clause_begin) return false;
  return std::all_of(m.codes.begin(), m.codes.end(), [](const std::string& c) {
    return !c.empty() && std::isalpha(static_cast<unsigned char>(c.front()));
  });
}

namespace {

// True when the pattern's words before `*` are literal words only (no actor slot).
bool words_only_before_verb(const Pattern& pat) {
  for (const PatternToken& t : pat.tokens) {
    if (t.kind == PatternTokenKind::kVerb) return true;
    if (t.kind == PatternTokenKind::kSource || t.kind == PatternTokenKind::kTarget ||
        t.kind == PatternTokenKind::kCompound || t.kind == PatternTokenKind::kSkip)
      return false;
  }
  return true;
}

// PETRARCH-2 reads a pattern's words before the verb inside the verb phrase,
// after its subject: a match that starts before the nearest actor before the
// verb ("NEITHER *" on "Neither Galadriel nor Gollum boycotted") does not count.
bool before_subject(const SentenceView& view, const Pattern& pat, const PatternBinding& b, uint32_t verb_begin) {
  if (!words_only_before_verb(pat) || b.lo >= verb_begin) return false;
  for (uint32_t i = verb_begin; i > view.clause_begin; --i) {
    int32_t m = view.mention_cover[i - 1];
    if (m >= 0) return b.lo < view.mentions[static_cast<size_t>(m)].begin;
  }
  return false;
}

}  // namespace

int32_t petrarch_match_verb_patterns(const CompiledDictionary& dict, const SentenceView& view, const Verb& verb,
                                     const CompiledVerb& cv, uint32_t verb_begin, uint32_t verb_end, bool petrarch2,
                                     PatternBinding* out) {
  auto passed_over = [&](uint32_t pi, const PatternBinding& b) {
    const Pattern& pat = verb.patterns[pi];
    return petrarch2 ? before_subject(view, pat, b, verb_begin) : pat.code.code == "+++";
  };
  // The usual (pre-filtered) search first; only a winner passed over needs the slow walk.
  int32_t first = match_verb_patterns(dict, view, verb, cv, verb_begin, verb_end, out);
  if (first < 0 || !passed_over(static_cast<uint32_t>(first), *out)) return first;
  auto it = std::find(cv.patterns.begin(), cv.patterns.end(), static_cast<uint32_t>(first));
  for (++it; it != cv.patterns.end(); ++it) {
    PatternBinding b;
    if (match_pattern(dict, view, verb.patterns[*it], verb_begin, verb_end, &b) && !passed_over(*it, b)) {
      *out = b;
      return static_cast<int32_t>(*it);
    }
  }
  return -1;
}

namespace {

bool noun_phrase_word(const Token& t) {
  return t.pos == Pos::kDT || pos_is_adjective(t.pos) || pos_is_noun(t.pos) || t.pos == Pos::kPOS;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void petrarch_new_actors(uint32_t max_words, SentenceView* view) {
  const auto& toks = *view->tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<Mention> added;
  for (uint32_t i = 0; i < n;) {
    auto free_np = [&](uint32_t k) { return k < n && view->mention_cover[k] < 0 && noun_phrase_word(toks[k]); };
    if (!free_np(i)) {
      ++i;
      continue;
    }
    uint32_t end = i;
    while (free_np(end) || (end > i && end + 1 < n && toks[end].norm == "of" && free_np(end + 1))) ++end;
    const bool touches_actor = (i > 0 && view->mention_cover[i - 1] >= 0) || (end < n && view->mention_cover[end] >= 0);
    std::string words;
    uint32_t count = 0;
    bool has_noun = false;
    for (uint32_t k = i; k < end; ++k) {
      if (toks[k].pos == Pos::kPOS) continue;
      has_noun = has_noun || pos_is_noun(toks[k].pos);
      words += (words.empty() ? "" : " ") + upper(toks[k].norm);
      ++count;
    }
    if (!touches_actor && has_noun && count <= max_words) {
      Mention m;
      m.begin = i;
      m.end = end;
      m.has_actor = true;
      m.codes.push_back("\"" + words + "\"");
      m.spans.push_back({toks[i].span.begin, toks[end - 1].span.end});
      m.rules.push_back("new_actor_length");
      added.push_back(std::move(m));
    }
    i = end;
  }
  if (added.empty()) return;
  for (Mention& m : added) view->mentions.push_back(std::move(m));
  std::sort(view->mentions.begin(), view->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  reindex(view);
}

bool petrarch_plural_noun(const std::vector<Token>& toks, size_t i) {
  if (i == 0 || toks[i].pos != Pos::kNNS) return false;
  const Pos before = toks[i - 1].pos;
  return before == Pos::kIN || before == Pos::kDT || before == Pos::kPRPS || before == Pos::kPOS ||
         before == Pos::kCD;
}

bool petrarch_gap_has(const std::vector<Token>& toks, uint32_t from, uint32_t to, std::string_view word) {
  for (uint32_t i = from; i < to && i < toks.size(); ++i)
    if (toks[i].norm == word) return true;
  return false;
}

std::string petrarch_joined_code(const std::vector<std::string>& members) {
  std::string out;
  for (const auto& m : members) out += (out.empty() ? "" : "/") + m;
  return out;
}

}  // namespace dyad::coder
