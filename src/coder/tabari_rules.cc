// TABARI sentence-level rules (see tabari_rules.h).
#include "coder/tabari_rules.h"

#include "coder/match_cache.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace dyad::coder {
namespace {

bool has_alnum(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

bool in_range(uint32_t n, int lo, int hi) {
  return static_cast<int64_t>(n) >= lo && static_cast<int64_t>(n) <= hi;
}

void mark(std::vector<uint8_t>* out, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) (*out)[i] = 1;
}

}  // namespace

TabariRules tabari_rules_from(const TabariOptions& opt, bool project) {
  TabariRules r;
  if (opt.comma_off) {
    r.comma_on = false;
  } else {
    // Why: a COMMA: command that leaves a limit out keeps TABARI's default for it.
    r.comma_min = opt.comma_min.value_or(r.comma_min);
    r.comma_max = opt.comma_max.value_or(r.comma_max);
    r.comma_emin = opt.comma_emin.value_or(r.comma_emin);
    r.comma_emax = opt.comma_emax.value_or(r.comma_emax);
    r.comma_bmin = opt.comma_bmin.value_or(r.comma_bmin);
    r.comma_bmax = opt.comma_bmax.value_or(r.comma_bmax);
  }
  r.minimum_words = opt.minimum_words.value_or(project ? 8 : 0);
  r.complex_verbs = opt.complex_verbs.value_or(0);
  r.complex_conj = opt.complex_conj.value_or(0);
  r.time_shift = opt.time_shift.value_or(false);
  r.no_actor_prior = std::find(opt.complex_flags.begin(), opt.complex_flags.end(), "NOACTPRIOR") !=
                     opt.complex_flags.end();
  std::string_view fw = opt.forward;
  r.forward = !fw.empty() && !(fw.size() >= 3 && fw.substr(fw.size() - 3) == "OFF");
  if (r.forward) r.forward_mask = std::string(fw.substr(0, fw.find(' ')));
  return r;
}

bool tabari_same_forward_story(std::string_view mask, std::string_view previous_id, std::string_view id) {
  for (size_t k = 0; k < mask.size(); ++k) {
    if (mask[mask.size() - 1 - k] != 'N') continue;
    if (k >= previous_id.size() || k >= id.size()) return true;
    if (previous_id[previous_id.size() - 1 - k] != id[id.size() - 1 - k]) return false;
  }
  return true;
}

uint32_t tabari_word_count(const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  uint32_t n = 0;
  for (uint32_t i = begin; i < end && i < toks.size(); ++i) {
    const std::string& w = toks[i].norm;
    if (w == "'s" || w == "s" || !has_alnum(w)) continue;
    ++n;
  }
  return n;
}

std::vector<uint8_t> tabari_comma_deletions(const std::vector<Token>& toks, const TabariRules& rules) {
  std::vector<uint8_t> out(toks.size(), 0);
  if (!rules.comma_on) return out;
  std::vector<uint32_t> commas;
  for (uint32_t i = 0; i < toks.size(); ++i)
    if (toks[i].norm == ",") commas.push_back(i);
  if (commas.empty()) return out;
  // The sentence ends at its final punctuation, which is never part of a clause.
  uint32_t end = static_cast<uint32_t>(toks.size());
  while (end > 0 && !has_alnum(toks[end - 1].norm)) --end;
  // Interior clauses go first, with both their commas; the initial and final
  // clauses are then measured from the commas that remain ("Elrond, suspicious
  // as ever of Mordor, brushed aside ..." keeps its main clause).
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    uint32_t a = commas[k], b = commas[k + 1];
    if (in_range(tabari_word_count(toks, a + 1, b), rules.comma_min, rules.comma_max)) mark(&out, a, b + 1);
  }
  std::vector<uint32_t> left;
  for (uint32_t c : commas)
    if (!out[c]) left.push_back(c);
  if (left.empty()) return out;
  uint32_t first = left.front();
  if (in_range(tabari_word_count(toks, 0, first), rules.comma_bmin, rules.comma_bmax)) mark(&out, 0, first + 1);
  uint32_t last = left.back();
  if (last < end && in_range(tabari_word_count(toks, last + 1, end), rules.comma_emin, rules.comma_emax))
    mark(&out, last, end);
  return out;
}

bool tabari_noun_use(const std::vector<Token>& toks, uint32_t i) {
  if (i == 0) return false;
  const std::string& w = toks[i - 1].norm;
  return w == "a" || w == "an" || w == "the";
}

bool tabari_pronoun(const Token& t) {
  static constexpr std::array<std::string_view, 7> kPronouns = {"he", "she", "it", "they", "him", "her", "them"};
  return std::find(kPronouns.begin(), kPronouns.end(), t.norm) != kPronouns.end();
}

void index_mentions(SentenceView* view) {
  std::stable_sort(view->mentions.begin(), view->mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  size_t n = view->tokens->size();
  view->mention_at.assign(n, -1);
  view->mention_cover.assign(n, -1);
  for (size_t k = 0; k < view->mentions.size(); ++k) {
    const Mention& m = view->mentions[k];
    view->mention_at[m.begin] = static_cast<int32_t>(k);
    for (uint32_t t = m.begin; t < m.end; ++t) view->mention_cover[t] = static_cast<int32_t>(k);
  }
}

bool tabari_compound_gap(const std::vector<Token>& toks, uint32_t from, uint32_t to) {
  bool conj = false;
  for (uint32_t i = from; i < to; ++i) {
    const Token& t = toks[i];
    // Why: a hyphenated name is written whole before its parts ("Barad-Dur"
    // Barad - Dur); the actor is matched on the parts, so the whole is no gap.
    if (i + 1 < toks.size() && (toks[i + 1].flags & kTokHyphenPart) && t.norm.find('-') != std::string::npos)
      continue;
    if (t.norm == "," || t.norm == "and" || t.norm == "nor") {
      conj = true;
      continue;
    }
    bool modifier = t.norm == "the" || t.norm == "a" || t.norm == "an" || t.pos == Pos::kJJ || t.pos == Pos::kRB;
    // Why: only words after the conjunction may be modifiers; "A said B" is no compound.
    if (!conj || !modifier) return false;
  }
  return conj;
}

bool tabari_time_rejects(const CompiledDictionary& dict, const std::vector<Token>& toks) {
  for (size_t i = 0; i < toks.size(); ++i) {
    for (const PhraseMatch& m : dict.match(toks, i, kind_bit(MatchKind::kTimeShift))) {
      const std::string& code = dict.set().time_shifts[m.index].code;
      if (code == "###" || code == "+++") return true;
    }
  }
  return false;
}

bool same_actor(const SentenceView& view, int32_t a, int32_t b) {
  if (a < 0 || b < 0) return false;
  return view.mentions[static_cast<size_t>(a)].codes == view.mentions[static_cast<size_t>(b)].codes;
}

int32_t tabari_first_actor_after(const SentenceView& view, uint32_t from, uint32_t to, int32_t skip) {
  for (uint32_t i = from; i < to && i < view.mention_cover.size(); ++i) {
    int32_t m = view.mention_cover[i];
    if (m >= 0 && m != skip) return m;
  }
  return -1;
}

int32_t tabari_next_actor(const SentenceView& view, uint32_t from, uint32_t to, int32_t source, int32_t skipped) {
  for (uint32_t i = from; i < to && i < view.mention_cover.size(); ++i) {
    int32_t m = view.mention_cover[i];
    if (m >= 0 && m != source && m != skipped && !same_actor(view, m, source)) return m;
  }
  return -1;
}

bool tabari_actor_prior(const SentenceView& view, uint32_t verb) {
  for (uint32_t i = 0; i < verb && i < view.mention_cover.size(); ++i)
    if (view.mention_cover[i] >= 0) return true;
  return false;
}

int32_t mention_of(const SentenceView& view, const std::optional<ActorMention>& actor) {
  if (!actor) return -1;
  for (size_t k = 0; k < view.mentions.size(); ++k)
    for (const Span& sp : view.mentions[k].spans)
      if (sp.begin == actor->span.begin && sp.end == actor->span.end) return static_cast<int32_t>(k);
  return -1;
}

void drop_deleted_mentions(const std::vector<uint8_t>& deleted, SentenceView* view) {
  auto gone = [&](const Mention& m) { return m.begin < deleted.size() && deleted[m.begin]; };
  size_t before = view->mentions.size();
  view->mentions.erase(std::remove_if(view->mentions.begin(), view->mentions.end(), gone), view->mentions.end());
  if (view->mentions.size() != before) index_mentions(view);
}

void dereference_pronouns(const Mention* antecedent, SentenceView* view) {
  const auto& toks = *view->tokens;
  std::vector<Mention> added;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (view->mention_cover[i] >= 0 || !tabari_pronoun(toks[i])) continue;
    const Mention* ref = antecedent;
    // Why: TABARI replaces a pronoun by the first actor of the sentence before it.
    if (!view->mentions.empty() && view->mentions.front().begin < i) ref = &view->mentions.front();
    if (!ref || ref->codes.empty()) continue;
    Mention m = *ref;
    m.begin = i;
    m.end = i + 1;
    m.spans.assign(m.codes.size(), toks[i].span);
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  view->mentions.insert(view->mentions.end(), added.begin(), added.end());
  index_mentions(view);
}

namespace {

// A word with a lower-case letter and no capital: the text is in mixed case.
bool mixed_case(const std::vector<Token>& toks) {
  return std::any_of(toks.begin(), toks.end(), [](const Token& t) {
    return !(t.flags & kTokCapitalized) &&
           std::any_of(t.norm.begin(), t.norm.end(), [](unsigned char c) { return std::islower(c) != 0; });
  });
}

}  // namespace

bool tabari_capitalized_noun(const std::vector<Token>& toks, uint32_t i) {
  return i > 0 && i < toks.size() && (toks[i].flags & kTokCapitalized) && mixed_case(toks);
}

bool tabari_possessive_noun(const std::vector<Token>& toks, uint32_t i) {
  return i + 1 < toks.size() && toks[i + 1].norm == "'s";
}

bool tabari_verb_position(const std::vector<Token>& toks, const std::vector<uint8_t>& deleted, uint32_t i) {
  if (i < deleted.size() && deleted[i]) return false;
  return !tabari_noun_use(toks, i) && !tabari_capitalized_noun(toks, i) && !tabari_possessive_noun(toks, i);
}

namespace {

// COMPLEX: VERBS[n] CONJ[n]: too many verbs or clause conjunctions for a
// reliable shallow parse. Conjunctions inside compound actors do not count.
bool too_complex(const CompiledDictionary& dict, const TabariRules& rules, const SentenceView& view,
                 const std::vector<uint8_t>& deleted) {
  if (rules.complex_verbs <= 0 && rules.complex_conj <= 0) return false;
  const auto& toks = *view.tokens;
  int verbs = 0, conj = 0;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (view.mention_cover[i] >= 0 || deleted[i]) continue;
    const std::string& w = toks[i].norm;
    if (w == "and" || w == "but" || w == "or" || w == "nor") {
      ++conj;
      continue;
    }
    if (!tabari_verb_position(toks, deleted, i)) continue;
    uint32_t verb_end = 0;
    if (view.matches) {
      const PhraseMatch* v = view.matches->first(i, kind_bit(MatchKind::kVerb));
      if (!v) continue;
      verb_end = v->end;
    } else {
      auto v = dict.match_verbs(toks, i);
      if (v.empty()) continue;
      verb_end = v.front().end;
    }
    ++verbs;
    i = std::max(i, verb_end - 1);
  }
  return (rules.complex_verbs > 0 && verbs >= rules.complex_verbs) ||
         (rules.complex_conj > 0 && conj >= rules.complex_conj);
}

}  // namespace

bool tabari_prepare(const CompiledDictionary& dict, const TabariRules& rules, const Mention* antecedent,
                    SentenceView* view, std::vector<uint8_t>* deleted) {
  const auto& toks = *view->tokens;
  auto n = static_cast<uint32_t>(toks.size());
  if (rules.minimum_words > 0 && tabari_word_count(toks, 0, n) < static_cast<uint32_t>(rules.minimum_words))
    return false;
  for (const Mention& m : view->mentions)
    for (const auto& c : m.codes)
      if (c == "+++") return false;   // a complex actor makes the sentence complex
  // Why: a null-coded actor ("BOROMIR [---]", or a code out of its date range)
  // is read as a plain noun, so the next actor can be the target.
  auto null_coded = [](const Mention& m) {
    return !m.codes.empty() && std::all_of(m.codes.begin(), m.codes.end(), [](const std::string& c) { return c == "---"; });
  };
  size_t before = view->mentions.size();
  view->mentions.erase(std::remove_if(view->mentions.begin(), view->mentions.end(), null_coded), view->mentions.end());
  if (view->mentions.size() != before) index_mentions(view);
  *deleted = tabari_comma_deletions(toks, rules);
  drop_deleted_mentions(*deleted, view);
  dereference_pronouns(antecedent, view);
  return !too_complex(dict, rules, *view, *deleted);
}

}  // namespace dyad::coder
