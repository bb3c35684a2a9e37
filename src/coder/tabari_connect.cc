// TABARI disconnected actor phrases (see tabari_connect.h).
#include "coder/tabari_connect.h"

#include <algorithm>

#include "coder/tabari_rules.h"

namespace dyad::coder {

std::vector<GappedPhrase> tabari_gapped_phrases(const DictionarySet& set) {
  std::vector<GappedPhrase> out;
  for (uint32_t a = 0; a < set.actors.size(); ++a) {
    const auto& names = set.actors[a].names;
    for (uint32_t p = 0; p < names.size(); ++p) {
      const auto& gaps = names[p].gap_before;
      if (names[p].words.size() >= 2 && std::find(gaps.begin(), gaps.end(), true) != gaps.end())
        out.push_back({a, p});
    }
  }
  return out;
}

namespace {

// A hyphenated compound as one token ("Al-Gore"); its parts follow it and are
// the ones matched, so a stem "AL" does not take the whole compound.
bool whole_compound(const Token& t) { return t.norm.size() > 1 && t.norm.find('-') != std::string::npos; }

// Token positions of the phrase's words from `first` on, or empty when the
// rest of the sentence does not hold them in order.
std::vector<uint32_t> find_words(const std::vector<Token>& toks, const Phrase& phrase, uint32_t first) {
  std::vector<uint32_t> at{first};
  uint32_t next = first + 1;
  for (size_t w = 1; w < phrase.words.size(); ++w) {
    bool gap = w < phrase.gap_before.size() && phrase.gap_before[w];
    // Why: "Dol_Amroth", "Barad-Dur": a joiner between adjacent words is no word.
    while (!gap && next < toks.size() && (toks[next].norm == "_" || toks[next].norm == "-")) ++next;
    uint32_t limit = gap ? static_cast<uint32_t>(toks.size()) : std::min<uint32_t>(next + 1, toks.size());
    uint32_t found = limit;
    for (uint32_t i = next; i < limit; ++i) {
      if (toks[i].norm == ",") break;   // Why: a comma clause is subordinate; a name does not run across it
      if (!whole_compound(toks[i]) && word_matches(toks[i], phrase.words[w])) {
        found = i;
        break;
      }
    }
    if (found == limit) return {};
    at.push_back(found);
    next = found + 1;
  }
  return at;
}

}  // namespace

void tabari_connect_actors(const CompiledDictionary& dict, const std::vector<GappedPhrase>& phrases,
                           const Date& date, SentenceView* view) {
  if (phrases.empty()) return;
  const auto& toks = *view->tokens;
  bool changed = false;
  for (const GappedPhrase& g : phrases) {
    const Phrase& phrase = dict.set().actors[g.actor].names[g.phrase];
    for (uint32_t i = 0; i < toks.size(); ++i) {
      if (whole_compound(toks[i]) || !word_matches(toks[i], phrase.words[0])) continue;
      std::vector<uint32_t> at = find_words(toks, phrase, i);
      if (at.empty()) continue;
      // Why: the later words are used up by the phrase; actors found there go.
      auto consumed = [&](const Mention& m) {
        return std::any_of(at.begin() + 1, at.end(), [&](uint32_t t) { return t >= m.begin && t < m.end; });
      };
      // Why: an actor found with as many words at this place keeps its reading;
      // a connected match beats a disconnected one ("Al-Gore" is AL_GORE, not AL GORE).
      int32_t here = view->mention_cover[i];
      if (here >= 0 && tabari_word_count(toks, view->mentions[here].begin, view->mentions[here].end) >=
                           phrase.words.size())
        continue;
      view->mentions.erase(std::remove_if(view->mentions.begin(), view->mentions.end(), consumed),
                           view->mentions.end());
      view->mentions.erase(std::remove_if(view->mentions.begin(), view->mentions.end(),
                                          [&](const Mention& m) { return m.begin == i; }),
                           view->mentions.end());
      const DatedCode* dc = dict.resolve_actor(g.actor, date);
      Mention m;
      m.begin = i;
      m.end = i + 1;
      m.has_actor = true;
      m.codes.push_back(dc ? dc->code : "---");
      m.actor_codes = m.codes;
      m.spans.push_back(toks[i].span);
      m.rules.push_back(dict.where(dict.set().actors[g.actor].src));
      view->mentions.push_back(std::move(m));
      index_mentions(view);
      changed = true;
      break;
    }
  }
  if (changed) index_mentions(view);
}

}  // namespace dyad::coder
