// Synsets of the peer verb files: longest-name lookup of `&NAME`, expansion
// of members that name other synsets, and dropping patterns that use a synset
// the file never defines (TABARI and PETRARCH both ignore such patterns).
#include <algorithm>
#include <cctype>
#include <set>

#include "dict/peer_internal.h"

namespace dyad::peer {

static bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

size_t synset_name_length(std::string_view s, const std::vector<std::string>& known) {
  size_t run = 0;
  while (run < s.size() && name_char(s[run])) ++run;
  for (size_t len = run; len > 0; --len) {
    if (len < run && s[len] != '_') continue;
    std::string_view cand = s.substr(0, len);
    while (!cand.empty() && cand.back() == '_') cand.remove_suffix(1);
    if (std::find(known.begin(), known.end(), cand) != known.end()) return len;
  }
  size_t alnum = 0;
  while (alnum < s.size() && std::isalnum(static_cast<unsigned char>(s[alnum]))) ++alnum;
  return alnum;
}

namespace {

// Expands every '&NAME' of one member text into the texts it stands for.
class SynsetExpander {
 public:
  SynsetExpander(const std::vector<RawSynset>& raw, Reporter& rep) : raw_(raw), rep_(rep) {
    for (const RawSynset& s : raw) names_.push_back(s.name);
  }

  // All texts of synset `i` with references expanded (memoised).
  const std::vector<std::string>& texts(size_t i) {
    if (done_.size() < raw_.size()) {
      done_.assign(raw_.size(), 0);
      memo_.assign(raw_.size(), {});
    }
    if (done_[i] == 2) return memo_[i];
    if (done_[i] == 1) return memo_[i];   // cycle: the caller reports it
    done_[i] = 1;
    std::vector<std::string> out;
    for (const RawSynset::Member& m : raw_[i].members) {
      std::vector<std::string> exp = expand(m.text, m.src);
      out.insert(out.end(), exp.begin(), exp.end());
    }
    memo_[i] = std::move(out);
    done_[i] = 2;
    return memo_[i];
  }

  std::vector<std::string> expand(const std::string& text, const EntrySource& src) {
    size_t amp = text.find('&');
    if (amp == std::string::npos) return {text};
    size_t len = synset_name_length(std::string_view(text).substr(amp + 1), names_);
    std::string name = text.substr(amp + 1, len);
    while (!name.empty() && name.back() == '_') name.pop_back();
    auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) {
      rep_.warning(src.line, src.column, "synset member names an undefined synset; member dropped", text);
      return {};
    }
    size_t idx = static_cast<size_t>(it - names_.begin());
    if (!done_.empty() && done_[idx] == 1) {
      rep_.warning(src.line, src.column, "synset refers to itself; member dropped", text);
      return {};
    }
    std::vector<std::string> out;
    std::string prefix = text.substr(0, amp);
    std::string suffix = text.substr(amp + 1 + len);
    for (const std::string& inner : texts(idx)) {
      for (std::string& tail : expand(suffix, src)) {
        if (out.size() >= kMaxMembers) {
          rep_.warning(src.line, src.column, "synset expansion capped at 10000 members", text);
          return out;
        }
        out.push_back(prefix + inner + tail);
      }
    }
    return out;
  }

 private:
  static constexpr size_t kMaxMembers = 10000;
  const std::vector<RawSynset>& raw_;
  Reporter& rep_;
  std::vector<std::string> names_;
  std::vector<int> done_;
  std::vector<std::vector<std::string>> memo_;
};

}  // namespace

void build_synsets(const std::vector<RawSynset>& raw, const PhraseStyle& style, DictionarySet& set,
                   Reporter& rep) {
  SynsetExpander expander(raw, rep);
  for (size_t i = 0; i < raw.size(); ++i) {
    Synset s;
    s.name = raw[i].name;
    s.src = raw[i].src;
    for (const std::string& text : expander.texts(i)) {
      Phrase p = make_phrase(text, style);
      if (p.words.empty()) continue;
      if (raw[i].no_forms) p.no_forms = true;
      s.members.push_back(std::move(p));
    }
    set.synsets.push_back(std::move(s));
  }
}

static bool tokens_use_unknown(const std::vector<PatternToken>& tokens, const std::set<std::string>& known,
                               std::string* which) {
  for (const PatternToken& t : tokens) {
    if (t.kind == PatternTokenKind::kSynset && !known.count(t.text)) {
      *which = t.text;
      return true;
    }
    if (tokens_use_unknown(t.children, known, which)) return true;
    for (const auto& alt : t.alternatives)
      if (tokens_use_unknown(alt, known, which)) return true;
  }
  return false;
}

void drop_patterns_with_unknown_synsets(DictionarySet& set, size_t first_verb, Reporter& rep) {
  std::set<std::string> known;
  for (const Synset& s : set.synsets) known.insert(s.name);
  std::set<uint32_t> reported;   // a block's patterns are copied to each of its Verb groups
  for (size_t v = first_verb; v < set.verbs.size(); ++v) {
    std::vector<Pattern>& pats = set.verbs[v].patterns;
    std::vector<Pattern> kept;
    kept.reserve(pats.size());
    for (Pattern& p : pats) {
      std::string which;
      if (!tokens_use_unknown(p.tokens, known, &which)) {
        kept.push_back(std::move(p));
        continue;
      }
      if (reported.insert(p.src.line).second)
        rep.warning(p.src.line, p.src.column, "pattern uses undefined synset &" + which + "; pattern ignored",
                    which);
    }
    pats = std::move(kept);
  }
}

}  // namespace dyad::peer
