// Verb-pattern matching with TABARI semantics (field.md section 6.2): the part of a
// pattern after `*` is matched forward from the verb, the part before it is
// matched forward from a start point before the verb and must end before it.
// A blank join lets other words intervene; '_' demands adjacency. Nothing
// matches outside the verb's clause, so "X said, and Y attacked Z" cannot lend
// X to the attack.
#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "coder/coder_internal.h"
#include "coder/pattern_filter.h"

namespace dyad::coder {
namespace {

struct Item {
  const PatternToken* tok = nullptr;
  bool adjacent = false;
};

struct Matcher {
  const CompiledDictionary& dict;
  const SentenceView& view;
  uint32_t limit = 0;   // tokens at or after limit are out of reach

  const std::vector<Token>& tokens() const { return *view.tokens; }

  // Length in tokens of a phrase matching at `pos`, or 0.
  uint32_t phrase_at(const Phrase& ph, uint32_t pos) const {
    if (ph.words.empty() || pos + ph.words.size() > limit) return 0;
    for (size_t k = 0; k < ph.words.size(); ++k) {
      const std::string& w = ph.words[k];
      const Token& t = tokens()[pos + k];
      bool last = k + 1 == ph.words.size();
      if (last && ph.stem_last) {
        if (t.norm.rfind(w, 0) != 0 && t.lemma.rfind(w, 0) != 0) return 0;
      } else if (!word_matches(t, w, view.written_words)) {
        return 0;
      }
    }
    return static_cast<uint32_t>(ph.words.size());
  }

  // Tries item i at exactly `p`; on success continues with i + 1.
  bool at(const std::vector<Item>& items, size_t i, uint32_t p, PatternBinding b, int32_t must_end,
          PatternBinding* out) const {
    const PatternToken& tok = *items[i].tok;
    switch (tok.kind) {
      case PatternTokenKind::kWord:
        if (!word_matches(tokens()[p], tok.text, view.written_words)) return false;
        return next(items, i + 1, p + 1, b, must_end, out);
      case PatternTokenKind::kSource:
      case PatternTokenKind::kTarget:
      case PatternTokenKind::kCompound:
      case PatternTokenKind::kSkip: {
        int32_t m = view.mention_at[p];
        if (m < 0 || view.mentions[m].end > limit) return false;
        if (tok.kind == PatternTokenKind::kSource) b.source = m;
        if (tok.kind == PatternTokenKind::kTarget) b.target = m;
        if (tok.kind == PatternTokenKind::kSkip) b.skipped = m;
        if (tok.kind == PatternTokenKind::kCompound) {
          b.source = m;
          b.compound = true;
        }
        return next(items, i + 1, view.mentions[m].end, b, must_end, out);
      }
      case PatternTokenKind::kSynset: {
        const std::vector<Phrase>* members = dict.synset(tok.text);
        if (!members) return false;
        for (const Phrase& ph : *members) {
          uint32_t n = phrase_at(ph, p);
          if (n && next(items, i + 1, p + n, b, must_end, out)) return true;
        }
        return false;
      }
      case PatternTokenKind::kAlternatives:
        for (const auto& alt : tok.alternatives) {
          std::vector<Item> expanded(items.begin(), items.begin() + static_cast<long>(i));
          for (size_t k = 0; k < alt.size(); ++k) expanded.push_back({&alt[k], k == 0 ? true : alt[k].adjacent});
          size_t resume = expanded.size();
          expanded.insert(expanded.end(), items.begin() + static_cast<long>(i) + 1, items.end());
          if (alt.empty()) {
            if (next(expanded, resume, p, b, must_end, out)) return true;
          } else if (at(expanded, i, p, b, must_end, out)) {
            return true;
          }
        }
        return false;
      case PatternTokenKind::kNounPhrase:
      case PatternTokenKind::kPrepPhrase: {
        std::vector<Item> expanded(items.begin(), items.begin() + static_cast<long>(i));
        // PETRARCH-2 {noun phrase}: modifiers may be apart ("new global economic relations" for
        // {NEW &TIETYPES RELATIONS}), but the head noun follows the word before it
        // ("economic trade relations" does not match).
        const bool noun = tok.kind == PatternTokenKind::kNounPhrase;
        for (size_t k = 0; k < tok.children.size(); ++k)
          expanded.push_back({&tok.children[k], k == 0 || (noun && k + 1 == tok.children.size())});
        expanded.insert(expanded.end(), items.begin() + static_cast<long>(i) + 1, items.end());
        if (tok.children.empty()) return next(expanded, i, p, b, must_end, out);
        return at(expanded, i, p, b, must_end, out);
      }
      case PatternTokenKind::kVerb:
        return false;   // a second verb token cannot match
    }
    return false;
  }

  // Matches items[i...] starting at or after `pos` (exactly at pos when adjacent).
  bool next(const std::vector<Item>& items, size_t i, uint32_t pos, PatternBinding b, int32_t must_end,
            PatternBinding* out) const {
    if (i == items.size()) {
      if (must_end >= 0 && pos != static_cast<uint32_t>(must_end)) return false;
      b.lo = std::min(b.lo, pos);
      b.hi = std::max(b.hi, pos);
      *out = b;
      return true;
    }
    uint32_t last = items[i].adjacent ? std::min(pos + 1, limit) : limit;
    for (uint32_t p = pos; p < last; ++p) {
      if (at(items, i, p, b, must_end, out)) return true;
    }
    return false;
  }
};

// The words of the verb's clause (norms and lemmas), so that a pattern whose
// literal words do not occur there is rejected without backtracking. Kept
// sorted by hash: building and probing compare integers, and strings only
// on equal hashes (string order made the sort a hot spot).
class ClauseWords {
 public:
  ClauseWords(const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
    words_.reserve(2 * (end - begin));
    for (uint32_t i = begin; i < end; ++i) {
      add(toks[i].norm);
      if (toks[i].lemma != toks[i].norm) add(toks[i].lemma);
    }
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }

  // Same test as word_matches, over the whole clause.
  bool has(std::string_view w) const {
    if (w.empty()) return false;
    if (w.back() == '*') return has_prefix(w.substr(0, w.size() - 1));
    uint64_t h = hash(w);
    auto it = std::lower_bound(words_.begin(), words_.end(), Entry{h, std::string_view()});
    for (; it != words_.end() && it->first == h; ++it)
      if (it->second == w) return true;
    return false;
  }
  // Stems are rare in patterns: a scan of the clause is enough.
  bool has_prefix(std::string_view stem) const {
    for (const Entry& e : words_)
      if (e.second.substr(0, stem.size()) == stem) return true;
    return false;
  }

 private:
  using Entry = std::pair<uint64_t, std::string_view>;
  static uint64_t hash(std::string_view w) {
    uint64_t h = 1469598103934665603ull;   // FNV-1a
    for (char c : w) {
      h ^= static_cast<uint8_t>(c);
      h *= 1099511628211ull;
    }
    return h;
  }
  void add(std::string_view w) { words_.emplace_back(hash(w), w); }

  std::vector<Entry> words_;
};

// Per-call memo of synset look-ups ("is any member's first word in the clause?").
class SynsetCheck {
 public:
  SynsetCheck(const CompiledDictionary& dict, const ClauseWords& words) : dict_(dict), words_(words) {}

  bool possible(const std::string& name) {
    for (const auto& [n, ok] : seen_)
      if (*n == name) return ok;
    bool ok = false;
    if (const std::vector<Phrase>* members = dict_.synset(name)) {
      for (const Phrase& ph : *members) {
        if (ph.words.empty()) continue;
        const std::string& w = ph.words.front();
        ok = (ph.words.size() == 1 && ph.stem_last) ? words_.has_prefix(w) : words_.has(w);
        if (ok) break;
      }
    }
    seen_.emplace_back(&name, ok);
    return ok;
  }

 private:
  const CompiledDictionary& dict_;
  const ClauseWords& words_;
  std::vector<std::pair<const std::string*, bool>> seen_;
};

// False when some word or synset the pattern requires is missing from the clause.
bool may_match(const std::vector<PatternToken>& tokens, const ClauseWords& words, SynsetCheck* synsets) {
  for (const PatternToken& t : tokens) {
    switch (t.kind) {
      case PatternTokenKind::kWord:
        if (!words.has(t.text)) return false;
        break;
      case PatternTokenKind::kSynset:
        if (!synsets->possible(t.text)) return false;
        break;
      case PatternTokenKind::kNounPhrase:
      case PatternTokenKind::kPrepPhrase:
        if (!may_match(t.children, words, synsets)) return false;
        break;
      default:
        break;   // actors, the verb and alternatives are checked by the matcher
    }
  }
  return true;
}

}  // namespace

int32_t match_verb_patterns(const CompiledDictionary& dict, const SentenceView& view, const Verb& verb,
                            const CompiledVerb& cv, uint32_t verb_begin, uint32_t verb_end, PatternBinding* out) {
  if (cv.patterns.empty()) return -1;
  WordSignature clause = clause_signature(*view.tokens, view.clause_begin, view.clause_end);
  // Built at the first pattern the signature does not rule out.
  std::optional<ClauseWords> words;
  std::optional<SynsetCheck> synsets;
  for (size_t k = 0; k < cv.patterns.size(); ++k) {
    uint32_t pi = cv.patterns[k];
    if (view.filter && !view.filter->possible(cv.index, k, clause)) continue;
    if (!words) {
      words.emplace(*view.tokens, view.clause_begin, view.clause_end);
      synsets.emplace(dict, *words);
    }
    const Pattern& pat = verb.patterns[pi];
    if (!may_match(pat.tokens, *words, &*synsets)) continue;
    if (match_pattern(dict, view, pat, verb_begin, verb_end, out)) return static_cast<int32_t>(pi);
  }
  return -1;
}

bool word_matches(const Token& t, const std::string& word, bool written) {
  if (word.empty()) return false;
  if (word.back() == '*') {
    std::string_view stem(word.data(), word.size() - 1);
    return std::string_view(t.norm).substr(0, stem.size()) == stem ||
           (!written && std::string_view(t.lemma).substr(0, stem.size()) == stem);
  }
  return t.norm == word || (!written && t.lemma == word);
}

bool match_pattern(const CompiledDictionary& dict, const SentenceView& view, const Pattern& pattern,
                   uint32_t verb_begin, uint32_t verb_end, PatternBinding* out) {
  auto star = std::find_if(pattern.tokens.begin(), pattern.tokens.end(),
                           [](const PatternToken& t) { return t.kind == PatternTokenKind::kVerb; });
  if (star == pattern.tokens.end()) return false;   // noun-headed PETRARCH-2 entries: not handled yet
  std::vector<Item> pre, post;
  for (auto it = pattern.tokens.begin(); it != star; ++it) pre.push_back({&*it, it->adjacent});
  for (auto it = star + 1; it != pattern.tokens.end(); ++it) post.push_back({&*it, it->adjacent});

  PatternBinding b;
  b.lo = verb_begin;
  b.hi = verb_end;
  PatternBinding after = b;
  if (!post.empty()) {
    Matcher m{dict, view, view.clause_end};
    if (!m.next(post, 0, verb_end, b, -1, &after)) return false;
  }
  if (pre.empty()) {
    *out = after;
    return true;
  }
  // The pre-verb part ends right before the verb when `*` is joined to it.
  bool joined = star->adjacent;
  Matcher m{dict, view, verb_begin};
  std::vector<Item>& anchored = pre;   // the pre-verb part starts exactly at each start point tried
  anchored[0].adjacent = true;
  for (int64_t s = static_cast<int64_t>(verb_begin) - 1; s >= static_cast<int64_t>(view.clause_begin); --s) {
    PatternBinding start = after;
    start.lo = static_cast<uint32_t>(s);
    if (m.next(anchored, 0, static_cast<uint32_t>(s), start, joined ? static_cast<int32_t>(verb_begin) : -1, out)) {
      out->lo = std::min(out->lo, static_cast<uint32_t>(s));
      return true;
    }
  }
  return false;
}

}  // namespace dyad::coder
