// DictionaryBuilder and CompiledDictionary: the token trie, lookups, dated
// code resolution and the binary file.
//
// Trie layout. Every dictionary phrase (actor names and places, agent
// phrases, verb lemmas and their inflections, discards, issues, time shifts,
// synset members) is a sequence of normalised words. A vocabulary maps each
// word to a 32-bit id; the edges of all phrases live in one hash map keyed
// (node << 32 | word id). Words ending in '*' (stems) use a second edge map
// keyed the same way on the stem's id; a node lists the lengths of its stems,
// and only those prefixes of the next token are looked up (their hashes come
// from one incremental FNV-1a pass over the token). Each node lists the
// phrases that end there. Matching from one token position walks at most
// (phrase length) levels with a couple of hash lookups per level (norm,
// lemma, stems), so the cost per sentence does not grow with the dictionary.
// The tables are flat open-addressing ones (flat_map.h), and a token's word
// ids are looked up once per match call however many trie paths reach it.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "dict/dict_internal.h"
#include "dict/flat_map.h"
#include "dyad/frontend.h"

namespace dyad {

namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'D', 'I', 'C', 'T'};
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kHeaderSize = 8 + 4 + 8;

struct Terminal {
  MatchKind kind;
  bool generated;
  uint32_t index;
  uint32_t phrase;
  bool exact = false;   // a no-forms entry (TABARI "BAN="): not reached through a token's lemma
};

constexpr uint32_t bit(MatchKind k) { return 1u << static_cast<uint32_t>(k); }
constexpr uint32_t kActorKinds = bit(MatchKind::kActorName) | bit(MatchKind::kAdjective) |
                                 bit(MatchKind::kDemonym) | bit(MatchKind::kCapital) | bit(MatchKind::kCity);

// Longest first; ties in a fixed order so results do not depend on the walk.
bool longer_first(const PhraseMatch& a, const PhraseMatch& b) {
  return std::tie(b.end, a.kind, a.index, a.phrase, a.generated) < std::tie(a.end, b.kind, b.index, b.phrase, b.generated);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void put_u64(std::string* s, uint64_t v) {
  for (int i = 0; i < 8; ++i) s->push_back(static_cast<char>(v >> (8 * i)));
}
uint64_t get_u64(std::string_view s) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(s[i])) << (8 * i);
  return v;
}

}  // namespace

struct CompiledDictionary::Impl {
  DictionarySet set;
  std::string bytes;
  std::string version;

  internal::FlatVocab vocab;
  internal::FlatEdges edges;
  internal::FlatEdges stem_edges;
  std::vector<std::vector<Terminal>> terminals{1};   // node 0 is the root
  // Per node, the distinct byte lengths of its stem edges, ascending (most
  // nodes have none).
  std::vector<std::vector<uint32_t>> stem_lengths{1};
  // One bit per stem word, chosen by its FNV-1a hash: a token prefix whose bit
  // is clear is no stem, so the walk skips its vocabulary probe (a likely
  // cache miss; the root alone has a dozen stem lengths to try per token).
  static constexpr uint64_t kStemBits = uint64_t{1} << 16;
  std::vector<uint64_t> stem_hash_bits = std::vector<uint64_t>(kStemBits / 64);

  static uint64_t stem_bit(uint64_t hash) { return (hash ^ (hash >> 32)) & (kStemBits - 1); }
  void add_stem_hash(uint64_t hash) { stem_hash_bits[stem_bit(hash) >> 6] |= uint64_t{1} << (stem_bit(hash) & 63); }
  bool may_be_stem(uint64_t hash) const {
    return (stem_hash_bits[stem_bit(hash) >> 6] >> (stem_bit(hash) & 63)) & 1;
  }

  std::vector<CompiledVerb> verbs;
  std::unordered_map<std::string, std::vector<Phrase>> synsets;  // lower-case name
  std::vector<CompiledTransformation> transformations;
  std::unordered_map<std::string, uint32_t> ontology;

  // A person's family name (vocabulary id) -> every person with that name
  // and the name phrase it came from.
  struct FamilyName {
    uint32_t actor;
    uint32_t phrase;
  };
  std::unordered_map<uint32_t, std::vector<FamilyName>> family_names;
  uint32_t initial_id = internal::FlatVocab::kMissing;

  // ---------------------------------------------------------------- building
  uint32_t word_id(std::string_view w) { return vocab.intern(w); }

  uint32_t child(uint32_t node, const std::string& word) {
    bool stem = word.size() > 1 && word.back() == '*';
    std::string_view key = std::string_view(word).substr(0, stem ? word.size() - 1 : word.size());
    uint64_t edge = (static_cast<uint64_t>(node) << 32) | word_id(key);
    auto& map = stem ? stem_edges : edges;
    if (uint32_t found = map.find(edge); found != internal::FlatEdges::kMissing) return found;
    uint32_t next = static_cast<uint32_t>(terminals.size());
    terminals.emplace_back();
    stem_lengths.emplace_back();
    map.insert(edge, next);
    if (stem) {
      add_stem_hash(internal::FnvHasher::of(key));
      auto& lengths = stem_lengths[node];
      uint32_t len = static_cast<uint32_t>(key.size());
      auto at = std::lower_bound(lengths.begin(), lengths.end(), len);
      if (at == lengths.end() || *at != len) lengths.insert(at, len);
    }
    return next;
  }

  void insert(const std::vector<std::string>& words, Terminal t) {
    if (words.empty()) return;
    uint32_t node = 0;
    for (const auto& w : words) node = child(node, w);
    auto& list = terminals[node];
    for (const auto& x : list) {
      if (x.kind == t.kind && x.index == t.index && x.phrase == t.phrase) return;
    }
    list.push_back(t);
  }

  // The phrase plus its plural and possessive forms (last word inflected).
  void insert_noun(const Phrase& p, MatchKind kind, uint32_t index, uint32_t phrase) {
    insert(p.words, Terminal{kind, false, index, phrase, p.no_forms});
    if (p.no_forms) return;
    std::vector<std::string> w = p.words;
    for (const auto& form : internal::noun_forms(p.words.back())) {
      w.back() = form;
      insert(w, Terminal{kind, true, index, phrase});
    }
    w = p.words;
    if (w.back().back() != '*') {  // possessive as its own token ("China" "'s")
      w.push_back("'s");
      insert(w, Terminal{kind, true, index, phrase});
    }
  }

  void insert_nouns(const std::vector<Phrase>& list, MatchKind kind, uint32_t index) {
    for (size_t i = 0; i < list.size(); ++i) insert_noun(list[i], kind, index, static_cast<uint32_t>(i));
  }

  bool tabari_family = false;   // the set holds TABARI files: TABARI's verb endings apply

  void insert_verb(const Verb& v, uint32_t index) {
    for (size_t i = 0; i < v.lemmas.size(); ++i) {
      const Phrase& p = v.lemmas[i];
      insert(p.words, Terminal{MatchKind::kVerb, false, index, static_cast<uint32_t>(i), p.no_forms});
      if (p.no_forms) continue;
      size_t at = v.verb_word >= 0 && static_cast<size_t>(v.verb_word) < p.words.size() ? v.verb_word : 0;
      std::vector<std::string> w = p.words;
      std::vector<std::string> forms = internal::verb_forms(p.words[at]);
      // Why: TABARI adds the endings S, ED, ES, EN and ING to a verb as written
      // ("DEPART" takes "departes", "departen"), besides the regular forms.
      if (tabari_family && !p.words[at].empty() && p.words[at].back() != '*') {
        forms.push_back(p.words[at] + "es");
        forms.push_back(p.words[at] + "en");
      }
      for (const auto& form : forms) {
        w[at] = form;
        insert(w, Terminal{MatchKind::kVerb, true, index, static_cast<uint32_t>(i)});
      }
    }
    for (const auto& form : v.forms) {  // "wire_+tapped" -> wire tapped
      std::string text = form;
      std::replace(text.begin(), text.end(), '_', ' ');
      std::erase(text, '+');
      auto words = internal::phrase_words(text);
      insert(words, Terminal{MatchKind::kVerb, true, index, 0});
    }
  }

  // The forms of a person's names that text writes without the dictionary
  // listing them (name_forms.cc): with a middle initial, and the family name
  // alone after a title (found at match time from family_names).
  void insert_person_forms(const Actor& a, uint32_t index) {
    const bool family_first = internal::family_name_first(a.codes);
    for (uint32_t k = 0; k < a.names.size(); ++k) {
      std::vector<std::string> w = internal::with_middle_initial(a.names[k].words);
      if (!w.empty()) {
        initial_id = word_id(internal::kInitialWord);
        insert(w, Terminal{MatchKind::kActorName, true, index, k});
        w.push_back("'s");
        insert(w, Terminal{MatchKind::kActorName, true, index, k});
      }
      std::string key = internal::family_name_key(a.names[k].words, family_first);
      if (key.empty()) continue;
      auto& holders = family_names[word_id(key)];
      if (holders.empty() || holders.back().actor != index) holders.push_back(FamilyName{index, k});
    }
  }

  void build_index() {
    const auto& s = set;
    tabari_family = std::find(s.file_formats.begin(), s.file_formats.end(), "tabari") != s.file_formats.end();
    for (uint32_t i = 0; i < s.actors.size(); ++i) {
      const Actor& a = s.actors[i];
      insert_nouns(a.names, MatchKind::kActorName, i);
      if (a.kind == ActorKind::kPerson) insert_person_forms(a, i);
      insert_nouns(a.adjectives, MatchKind::kAdjective, i);
      insert_nouns(a.demonyms, MatchKind::kDemonym, i);
      insert_nouns(a.capitals, MatchKind::kCapital, i);
      insert_nouns(a.cities, MatchKind::kCity, i);
    }
    for (uint32_t i = 0; i < s.agents.size(); ++i) insert_nouns(s.agents[i].phrases, MatchKind::kAgent, i);
    for (uint32_t i = 0; i < s.verbs.size(); ++i) insert_verb(s.verbs[i], i);
    for (uint32_t i = 0; i < s.discards.size(); ++i)
      insert(s.discards[i].phrase.words, Terminal{MatchKind::kDiscard, false, i, 0});
    for (uint32_t i = 0; i < s.issues.size(); ++i) insert_noun(s.issues[i].phrase, MatchKind::kIssue, i, 0);
    for (uint32_t i = 0; i < s.time_shifts.size(); ++i)
      insert(s.time_shifts[i].phrase.words, Terminal{MatchKind::kTimeShift, false, i, 0});
    for (uint32_t i = 0; i < s.synsets.size(); ++i) insert_nouns(s.synsets[i].members, MatchKind::kSynsetMember, i);
    build_verbs();
    build_synsets();
    build_transformations();
    for (const auto& o : s.ontology) ontology[o.code] = o.value;
  }

  void build_verbs() {
    for (uint32_t i = 0; i < set.verbs.size(); ++i) {
      CompiledVerb cv;
      cv.index = i;
      const auto& pats = set.verbs[i].patterns;
      std::vector<std::pair<int, uint32_t>> order;
      for (uint32_t k = 0; k < pats.size(); ++k) order.emplace_back(internal::pattern_length(pats[k].tokens), k);
      std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      for (const auto& [len, k] : order) {
        cv.patterns.push_back(k);
        cv.pattern_length.push_back(len);
      }
      verbs.push_back(std::move(cv));
    }
  }

  void expand(const std::string& name, std::vector<Phrase>* out, std::unordered_set<std::string>* seen) {
    if (!seen->insert(name).second) return;  // synsets never recurse
    for (const auto& x : set.synsets) {
      if (lower_ascii(x.name) != name) continue;
      for (const auto& m : x.members) {
        if (m.words.size() == 1 && m.words[0].size() > 1 && m.words[0][0] == '&') {
          expand(lower_ascii(m.words[0].substr(1)), out, seen);
        } else {
          out->push_back(m);
        }
      }
    }
  }

  void build_synsets() {
    for (const auto& x : set.synsets) {
      std::string key = lower_ascii(x.name);
      if (synsets.contains(key)) continue;
      std::vector<Phrase> members;
      std::unordered_set<std::string> seen;
      expand(key, &members, &seen);
      synsets.emplace(key, std::move(members));
    }
  }

  void build_transformations();

  // ---------------------------------------------------------------- matching
  struct State {
    uint32_t node;
    uint32_t at;
    bool lemma = false;   // some word was matched through its lemma, not as written
  };

  // A LIFO of walk states: inline for the usual handful, spilling to the heap
  // only for pathological fan-out, so a match call allocates nothing unless
  // it finds something.
  class StateStack {
   public:
    bool empty() const { return size_ == 0 && spill_.empty(); }
    void push_back(State s) {
      if (size_ < kInline) inline_[size_++] = s;
      else spill_.push_back(s);
    }
    State pop() {
      if (!spill_.empty()) {
        State s = spill_.back();
        spill_.pop_back();
        return s;
      }
      return inline_[--size_];
    }

   private:
    static constexpr size_t kInline = 32;
    State inline_[kInline];
    size_t size_ = 0;
    std::vector<State> spill_;
  };

  // The vocabulary ids of one token's norm and lemma (kMissing when absent,
  // or for the lemma when it is empty or equal to the norm), looked up the
  // first time a walk reaches the token.
  struct TokenIds {
    uint32_t norm;
    uint32_t lemma;
  };

  TokenIds token_ids(std::string_view norm, std::string_view lemma) const {
    TokenIds ids{vocab.find(norm), internal::FlatVocab::kMissing};
    if (!lemma.empty() && lemma != norm) ids.lemma = vocab.find(lemma);
    return ids;
  }

  // One token as the walk sees it: its words and the position of the token
  // after it. A hyphenated word is followed by its parts as extra tokens
  // ("inter-american", "inter", "american"); a phrase that goes on after the
  // whole word ("Inter-American Development Bank") continues after the parts.
  struct TokenView {
    std::string_view norm;
    std::string_view lemma;
    uint32_t next;
  };

  void step(uint32_t node, uint32_t word, uint32_t next_at, bool lemma, StateStack* stack) const {
    if (word == internal::FlatVocab::kMissing) return;
    uint32_t next = edges.find((static_cast<uint64_t>(node) << 32) | word);
    if (next != internal::FlatEdges::kMissing) stack->push_back({next, next_at, lemma});
  }

  template <typename TokenAt>
  std::vector<PhraseMatch> match_at(size_t n, size_t pos, uint32_t kinds, TokenAt token_at) const {
    std::vector<PhraseMatch> out;
    if (pos >= n) return out;
    // Ids of tokens pos, pos + 1, ... as far as the walk has reached; trie
    // depth is bounded by phrase length, so this stays short.
    constexpr size_t kCached = 16;
    TokenIds cached[kCached];
    size_t known = 0;
    StateStack stack;
    stack.push_back({0, static_cast<uint32_t>(pos)});
    while (!stack.empty()) {
      State s = stack.pop();
      if (s.at > pos && !joiner(token_at(s.at - 1).norm)) collect(s.node, pos, s.at, kinds, s.lemma, &out);
      if (s.at >= n) continue;
      auto [norm, lemma, next_at] = token_at(s.at);
      // Why: a hyphen or underscore token inside a phrase joins its words
      // ("Barad-Dur", "Dol_Amroth" are the entries BARAD-DUR, DOL_AMROTH):
      // the walk steps over it without consuming a word.
      if (s.at > pos && joiner(norm)) {
        stack.push_back({s.node, next_at, s.lemma});
        continue;
      }
      size_t k = s.at - pos;
      TokenIds ids;
      if (k < known) {
        ids = cached[k];
      } else {
        ids = token_ids(norm, lemma);
        if (k == known && k < kCached) cached[known++] = ids;
      }
      step(s.node, ids.norm, next_at, s.lemma, &stack);
      step(s.node, ids.lemma, next_at, true, &stack);
      if (internal::is_initial(norm)) step(s.node, initial_id, next_at, s.lemma, &stack);
      if (!stem_lengths[s.node].empty()) stem_steps(s.node, norm, next_at, s.lemma, &stack);
    }
    std::sort(out.begin(), out.end(), longer_first);
    out.erase(std::unique(out.begin(), out.end(),
                          [](const PhraseMatch& a, const PhraseMatch& b) {
                            return a.end == b.end && a.kind == b.kind && a.index == b.index && a.phrase == b.phrase;
                          }),
              out.end());
    return out;
  }

  // Follows the stem edges of `node` whose stem is a prefix of `word`: only
  // the node's stem lengths are probed, each with the prefix hash taken from
  // one running FNV-1a pass.
  void stem_steps(uint32_t node, std::string_view word, uint32_t next_at, bool lemma, StateStack* stack) const {
    const auto& lengths = stem_lengths[node];
    internal::FnvHasher hash;
    size_t hashed = 0;
    for (uint32_t len : lengths) {
      if (len > word.size()) break;
      for (; hashed < len; ++hashed) hash.add(word[hashed]);
      if (!may_be_stem(hash.value())) continue;
      uint32_t id = vocab.find(word.substr(0, len), hash.value());
      if (id == internal::FlatVocab::kMissing) continue;
      uint32_t next = stem_edges.find((static_cast<uint64_t>(node) << 32) | id);
      if (next != internal::FlatEdges::kMissing) stack->push_back({next, next_at, lemma});
    }
  }

  // Why: "Secretary Blinken", "Deputy Secretary Sherman", "President Xi": a
  // title (an agent phrase) written directly before a family name names the
  // dictionary person with that name who held that title: one of the
  // person's role notes names it ("Secretary Fernandez": "Under Secretary of
  // State ..."; not "Ambassador Sullivan" for the National Security Advisor).
  // The person's dated roles then give the code on the event date as for the
  // full name. The name must end the run of capitalised words ("President Joe
  // Smith" is someone else), and no other actor phrase may start there. If
  // no single person fits, the name is left to story coreference.
  // `name_word(i)`: token i is a capitalised word.
  template <typename TokenAt, typename NameWord>
  void match_titled_family_name(size_t n, size_t pos, TokenAt token_at, NameWord name_word,
                                std::vector<PhraseMatch>* out) const {
    if (pos == 0 || family_names.empty() || !name_word(pos) || (pos + 1 < n && name_word(pos + 1))) return;
    for (const PhraseMatch& m : *out)
      if (kActorKinds & bit(m.kind)) return;
    auto found = family_names.find(vocab.find(token_at(pos).norm));
    if (found == family_names.end() || !title_ends_at(n, pos, token_at)) return;
    const FamilyName* who = holder_of_title(found->second, token_at(pos - 1).norm);
    if (!who) return;
    out->push_back(PhraseMatch{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 1), MatchKind::kActorName,
                               who->actor, who->phrase, true});
    std::sort(out->begin(), out->end(), longer_first);
  }

  // The one person of `holders` that the title (its last word) fits, or nullptr.
  const FamilyName* holder_of_title(const std::vector<FamilyName>& holders, std::string_view title_word) const {
    const FamilyName* fit = nullptr;
    for (const FamilyName& h : holders) {
      if (!internal::roles_name_title(set.actors[h.actor].codes, title_word)) continue;
      if (fit) return nullptr;
      fit = &h;
    }
    return fit;
  }

  // Whether an agent phrase of at most kTitleWords words ends just before `pos`.
  template <typename TokenAt>
  bool title_ends_at(size_t n, size_t pos, TokenAt token_at) const {
    constexpr size_t kTitleWords = 6;   // "deputy assistant secretary of state for"
    for (size_t k = pos; k-- > 0 && pos - k <= kTitleWords;)
      for (const PhraseMatch& m : match_at(n, k, bit(MatchKind::kAgent), token_at))
        if (m.end == pos) return true;
    return false;
  }

  static bool joiner(std::string_view w) { return w == "-" || w == "_"; }

  void collect(uint32_t node, size_t begin, size_t end, uint32_t kinds, bool lemma,
               std::vector<PhraseMatch>* out) const {
    for (const auto& t : terminals[node]) {
      if (!(kinds & (1u << static_cast<uint32_t>(t.kind)))) continue;
      if (t.exact && lemma) continue;   // Why: an exact entry matches the word as written only
      out->push_back(PhraseMatch{static_cast<uint32_t>(begin), static_cast<uint32_t>(end), t.kind, t.index, t.phrase,
                                 t.generated});
    }
  }
};

// ------------------------------------------------------------------ transformations

namespace {

std::vector<std::string> transform_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '(' || c == ')' || c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      if (c == '(' || c == ')') out.emplace_back(1, c);
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// event := SOURCE (TARGET | '(' event ')') VERB
bool parse_event(const std::vector<std::string>& t, size_t* i, TransformNode* node, int depth) {
  if (depth > 16 || *i >= t.size() || t[*i] == "(" || t[*i] == ")") return false;
  node->source = t[(*i)++];
  if (*i >= t.size()) return false;
  if (t[*i] == "(") {
    ++*i;
    node->inner = std::make_unique<TransformNode>();
    if (!parse_event(t, i, node->inner.get(), depth + 1)) return false;
    if (*i >= t.size() || t[*i] != ")") return false;
    ++*i;
  } else if (t[*i] == ")") {
    return false;
  } else {
    node->target = t[(*i)++];
  }
  if (*i >= t.size() || t[*i] == "(" || t[*i] == ")") return false;
  node->verb = t[(*i)++];
  return true;
}

}  // namespace

static bool parse_transformation(const Transformation& x, CompiledTransformation* out) {
  auto toks = transform_tokens(x.pattern);
  size_t i = 0;
  if (!parse_event(toks, &i, &out->pattern, 0) || i != toks.size()) return false;
  out->result = transform_tokens(x.result);
  return out->result.size() == 3;
}

void CompiledDictionary::Impl::build_transformations() {
  for (uint32_t i = 0; i < set.transformations.size(); ++i) {
    CompiledTransformation t;
    t.index = i;
    if (parse_transformation(set.transformations[i], &t)) transformations.push_back(std::move(t));
  }
}

// ------------------------------------------------------------------ CompiledDictionary

CompiledDictionary::CompiledDictionary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompiledDictionary::~CompiledDictionary() = default;

namespace {

std::shared_ptr<const CompiledDictionary> finish(std::unique_ptr<CompiledDictionary::Impl> impl,
                                                 std::string_view payload, size_t content_end);

}  // namespace

Result<std::shared_ptr<const CompiledDictionary>> CompiledDictionary::from_bytes(std::string_view b) {
  if (b.size() < 8 || std::memcmp(b.data(), kMagic, 8) != 0)
    return Status(ErrorCode::kCorrupt, "not a compiled dyad dictionary (magic \"DYADDICT\" missing)");
  if (b.size() < kHeaderSize)
    return Status(ErrorCode::kCorrupt, "compiled dictionary is truncated: " + std::to_string(b.size()) +
                                           " bytes, the header alone has " + std::to_string(kHeaderSize));
  uint32_t version = 0;
  for (int i = 0; i < 4; ++i) version |= static_cast<uint32_t>(static_cast<uint8_t>(b[8 + i])) << (8 * i);
  if (version != kFormatVersion)
    return Status(ErrorCode::kCorrupt, "compiled dictionary format version mismatch: expected " +
                                           std::to_string(kFormatVersion) + ", found " + std::to_string(version) +
                                           " (recompile it with `dyad dict compile`)");
  uint64_t len = get_u64(b.substr(12));
  if (len > b.size() || b.size() - kHeaderSize < len + 8)
    return Status(ErrorCode::kCorrupt, "compiled dictionary is truncated: expected " +
                                           std::to_string(kHeaderSize + len + 8) + " bytes, found " +
                                           std::to_string(b.size()));
  if (b.size() != kHeaderSize + len + 8)
    return Status(ErrorCode::kCorrupt, "compiled dictionary has " + std::to_string(b.size() - kHeaderSize - len - 8) +
                                           " unexpected trailing bytes");
  std::string_view payload = b.substr(kHeaderSize, len);
  if (internal::fnv1a64(payload) != get_u64(b.substr(kHeaderSize + len)))
    return Status(ErrorCode::kCorrupt, "compiled dictionary checksum mismatch (the file is damaged)");
  auto impl = std::make_unique<Impl>();
  std::string error;
  if (!internal::deserialize_set(payload, &impl->set, &error)) return Status(ErrorCode::kCorrupt, error);
  // The content part ends where the trivia begin: re-serialise to find it.
  size_t content_end = 0;
  std::string again = internal::serialize_set(impl->set, &content_end);
  if (again != payload) return Status(ErrorCode::kCorrupt, "compiled dictionary payload is not canonical");
  return finish(std::move(impl), payload, content_end);
}

Result<std::shared_ptr<const CompiledDictionary>> CompiledDictionary::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open compiled dictionary '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  auto r = from_bytes(ss.str());
  if (!r.ok()) return Status(r.status().code(), r.status().message(), SourceLocation{path, 0, 0});
  return r;
}

Status CompiledDictionary::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  out << impl_->bytes;
  out.close();
  if (!out) return Status(ErrorCode::kIoError, "cannot write '" + path + "'");
  return Status::Ok();
}

const std::string& CompiledDictionary::bytes() const { return impl_->bytes; }
const DictionarySet& CompiledDictionary::set() const { return impl_->set; }
const std::string& CompiledDictionary::version() const { return impl_->version; }
const std::vector<CompiledVerb>& CompiledDictionary::verbs() const { return impl_->verbs; }
const std::vector<CompiledTransformation>& CompiledDictionary::transformations() const {
  return impl_->transformations;
}

std::vector<PhraseMatch> CompiledDictionary::match(const std::vector<Token>& tokens, size_t pos,
                                                   uint32_t kinds) const {
  auto token_at = [&tokens](size_t i) {
    size_t next = i + 1;
    if (!(tokens[i].flags & kTokHyphenPart))
      while (next < tokens.size() && (tokens[next].flags & kTokHyphenPart)) ++next;
    return Impl::TokenView{tokens[i].norm, tokens[i].lemma, static_cast<uint32_t>(next)};
  };
  std::vector<PhraseMatch> out = impl_->match_at(tokens.size(), pos, kinds, token_at);
  if (kinds & bit(MatchKind::kActorName)) {
    auto name_word = [&tokens](size_t i) {
      return (tokens[i].flags & kTokCapitalized) && !(tokens[i].flags & kTokHyphenPart);
    };
    impl_->match_titled_family_name(tokens.size(), pos, token_at, name_word, &out);
  }
  return out;
}

// Plain words carry no case: the word at `pos` is taken as a name and the
// next one as not part of it.
std::vector<PhraseMatch> CompiledDictionary::match_words(const std::vector<std::string>& words, size_t pos,
                                                         uint32_t kinds) const {
  auto token_at = [&words](size_t i) {
    return Impl::TokenView{words[i], std::string_view(), static_cast<uint32_t>(i + 1)};
  };
  std::vector<PhraseMatch> out = impl_->match_at(words.size(), pos, kinds, token_at);
  if (kinds & bit(MatchKind::kActorName))
    impl_->match_titled_family_name(words.size(), pos, token_at, [pos](size_t i) { return i == pos; }, &out);
  return out;
}

std::vector<PhraseMatch> CompiledDictionary::match_actors(const std::vector<Token>& t, size_t pos) const {
  return match(t, pos, kActorKinds);
}
std::vector<PhraseMatch> CompiledDictionary::match_agents(const std::vector<Token>& t, size_t pos) const {
  return match(t, pos, bit(MatchKind::kAgent));
}
std::vector<PhraseMatch> CompiledDictionary::match_verbs(const std::vector<Token>& t, size_t pos) const {
  return match(t, pos, bit(MatchKind::kVerb));
}
std::vector<PhraseMatch> CompiledDictionary::match_discards(const std::vector<Token>& t, size_t pos) const {
  return match(t, pos, bit(MatchKind::kDiscard));
}
std::vector<PhraseMatch> CompiledDictionary::match_issues(const std::vector<Token>& t, size_t pos) const {
  return match(t, pos, bit(MatchKind::kIssue));
}

const DatedCode* CompiledDictionary::resolve(const std::vector<DatedCode>& codes, const Date& date) {
  for (const auto& c : codes) {
    if (c.range && c.range->contains(date)) return &c;
  }
  for (const auto& c : codes) {
    if (!c.range) return &c;
  }
  return nullptr;
}

const DatedCode* CompiledDictionary::resolve_actor(uint32_t actor, const Date& date) const {
  return actor < impl_->set.actors.size() ? resolve(impl_->set.actors[actor].codes, date) : nullptr;
}

const DatedCode* CompiledDictionary::resolve_agent(uint32_t agent, const Date& date) const {
  return agent < impl_->set.agents.size() ? resolve(impl_->set.agents[agent].codes, date) : nullptr;
}

const std::vector<Phrase>* CompiledDictionary::synset(std::string_view name) const {
  if (!name.empty() && name[0] == '&') name.remove_prefix(1);
  auto it = impl_->synsets.find(lower_ascii(name));
  return it == impl_->synsets.end() ? nullptr : &it->second;
}

std::optional<uint32_t> CompiledDictionary::ontology_value(std::string_view code) const {
  auto it = impl_->ontology.find(std::string(code));
  if (it == impl_->ontology.end()) return std::nullopt;
  return it->second;
}

std::string CompiledDictionary::where(const EntrySource& src) const {
  const auto& files = impl_->set.files;
  std::string f = src.file < files.size() && src.line ? files[src.file] : "?";
  return f + ":" + std::to_string(src.line);
}

namespace {

std::shared_ptr<const CompiledDictionary> finish(std::unique_ptr<CompiledDictionary::Impl> impl,
                                                 std::string_view payload, size_t content_end) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(internal::fnv1a64(payload.substr(0, content_end))));
  impl->version = hex;
  std::string& b = impl->bytes;
  b.assign(kMagic, 8);
  for (int i = 0; i < 4; ++i) b.push_back(static_cast<char>(kFormatVersion >> (8 * i)));
  put_u64(&b, payload.size());
  b.append(payload);
  put_u64(&b, internal::fnv1a64(payload));
  impl->build_index();
  return CompiledDictionary::make(std::move(impl));
}

}  // namespace

std::shared_ptr<const CompiledDictionary> CompiledDictionary::make(std::unique_ptr<Impl> impl) {
  return std::shared_ptr<const CompiledDictionary>(new CompiledDictionary(std::move(impl)));
}

// ------------------------------------------------------------------ DictionaryBuilder

Status DictionaryBuilder::add_dyad_set(const std::string& dir) {
  auto r = read_dyad_set(dir, &diags_);
  if (!r.ok()) return r.status();
  add_set(std::move(r).value());
  return Status::Ok();
}

void DictionaryBuilder::add_set(DictionarySet in) {
  // Map the incoming file table onto ours by name.
  std::vector<uint32_t> remap(in.files.size());
  for (size_t i = 0; i < in.files.size(); ++i) {
    auto it = std::find(set_.files.begin(), set_.files.end(), in.files[i]);
    if (it == set_.files.end()) {
      set_.files.push_back(in.files[i]);
      set_.file_formats.resize(set_.files.size());
      it = set_.files.end() - 1;
    }
    size_t at = static_cast<size_t>(it - set_.files.begin());
    if (set_.file_formats[at].empty() && i < in.file_formats.size()) set_.file_formats[at] = in.file_formats[i];
    remap[i] = static_cast<uint32_t>(at);
  }
  DictionarySet& s = in;
  auto fix = [&remap](EntrySource& e) {
    if (e.file < remap.size()) e.file = remap[e.file];
  };
  for (auto& a : s.actors) { fix(a.src); for (auto& c : a.codes) fix(c.src); }
  for (auto& a : s.agents) { fix(a.src); for (auto& c : a.codes) fix(c.src); }
  for (auto& v : s.verbs) { fix(v.src); for (auto& p : v.patterns) fix(p.src); }
  for (auto& x : s.synsets) fix(x.src);
  for (auto& x : s.transformations) fix(x.src);
  for (auto& x : s.time_shifts) fix(x.src);
  for (auto& x : s.discards) fix(x.src);
  for (auto& x : s.issues) fix(x.src);
  for (auto& x : s.ontology) fix(x.src);
  for (auto& x : s.trivia) fix(x.src);
  if (!has_manifest_) {
    set_.manifest = s.manifest;
    has_manifest_ = true;
  }
  auto move_all = [](auto& to, auto& from) { to.insert(to.end(), std::make_move_iterator(from.begin()),
                                                       std::make_move_iterator(from.end())); };
  move_all(set_.actors, s.actors);
  move_all(set_.agents, s.agents);
  move_all(set_.verbs, s.verbs);
  move_all(set_.synsets, s.synsets);
  move_all(set_.transformations, s.transformations);
  move_all(set_.time_shifts, s.time_shifts);
  move_all(set_.discards, s.discards);
  move_all(set_.issues, s.issues);
  move_all(set_.ontology, s.ontology);
  move_all(set_.options, s.options);
  move_all(set_.trivia, s.trivia);
}

Result<std::shared_ptr<const CompiledDictionary>> DictionaryBuilder::compile() const {
  auto impl = std::make_unique<CompiledDictionary::Impl>();
  impl->set = set_;
  internal::canonicalize(&impl->set);
  size_t content_end = 0;
  std::string payload = internal::serialize_set(impl->set, &content_end);
  return finish(std::move(impl), payload, content_end);
}

}  // namespace dyad
