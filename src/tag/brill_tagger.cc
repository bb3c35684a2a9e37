#include "tag/brill_tagger.h"

#include <algorithm>
#include <random>

#include "tag/data_file.h"

namespace dyad::internal {

namespace {

constexpr std::string_view kBoundaryWord = "STAART";

// Affixes are a few bytes: a byte loop beats a call to memcmp.
bool same_bytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && same_bytes(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size());
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && same_bytes(s.data(), prefix.data(), prefix.size());
}

// Tag names in rule files: PTB names plus Brill's sentence padding.
Pos rule_tag(std::string_view name) {
  if (name == kBoundaryWord) return BrillTagger::kBoundary;
  return pos_from_name(name);
}

// Lexicon tags: "NN|JJ" lists alternatives, most frequent first.
Pos lexicon_tag(std::string_view field) {
  size_t bar = field.find('|');
  return pos_from_name(field.substr(0, bar));
}

// Pattern's CD test for unknown words: digits and number punctuation only.
bool looks_like_number(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (std::string_view("-,.:/%$").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digit;
}

bool has_upper(std::string_view w) {
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool has_letter_or_digit(std::string_view w) {
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

// Function-word tags (a word list, not an open class).
bool is_closed_class(Pos t) {
  switch (t) {
    case Pos::kCC: case Pos::kDT: case Pos::kEX: case Pos::kIN: case Pos::kMD: case Pos::kPDT:
    case Pos::kPRP: case Pos::kPRPS: case Pos::kRP: case Pos::kTO: case Pos::kWDT: case Pos::kWP:
    case Pos::kWPS: case Pos::kWRB:
      return true;
    default:
      return false;
  }
}

static_assert(static_cast<unsigned>(Pos::kCount_) < 64, "tag bit sets are 64-bit");

}  // namespace

// ---------------------------------------------------------------------------
// Loading

Status BrillTagger::load(const std::string& dir) {
  if (Status s = load_lexicon(dir + "/en-lexicon.txt"); !s.ok()) return s;
  if (Status s = load_lexical_rules(dir + "/en-morphology.txt"); !s.ok()) return s;
  if (Status s = load_context_rules(dir + "/en-context.txt"); !s.ok()) return s;
  index_rules();
  build_hot_table();
  return Status::Ok();
}

// Function words and punctuation are half the tokens of news text (the/of/
// to/,/.): 50 % on State Department text for ~750 lexicon words. Their
// entries, rule ids included, are copied into a table of a few dozen KB.
void BrillTagger::build_hot_table() {
  for (const std::string& w : hot_words_) {
    if (const uint32_t* v = lexicon_.find(w)) hot_.insert(w, *v);
  }
  hot_words_.clear();
  hot_words_.shrink_to_fit();
}

// A rule can only fire in a sentence that has every tag it tests (its
// from-tag and tag arguments) and at least one word it names. Tags are kept
// in a 64-bit set per sentence, so these sets let a sentence drop most of
// the ~300 rules up front.
void BrillTagger::index_rules() {
  const size_t k_words = (context_rules_.size() + 63) / 64;
  rule_set_words_ = k_words;
  rules_needing_tag_.assign(kTagCount * k_words, 0);
  rules_naming_word_.assign((rule_word_count_ + 1) * k_words, 0);
  rules_without_word_.assign(k_words, 0);
  for (size_t k = 0; k < context_rules_.size(); ++k) {
    const ContextRule& r = context_rules_[k];
    const uint64_t bit = uint64_t{1} << (k % 64);
    const size_t at = k / 64;
    if (!r.any_from) rules_needing_tag_[static_cast<size_t>(r.from) * k_words + at] |= bit;
    for (Pos t : {r.x_tag, r.y_tag}) {
      if (t != Pos::kUnknown) rules_needing_tag_[static_cast<size_t>(t) * k_words + at] |= bit;
    }
    if (r.x_word == 0 && r.y_word == 0) rules_without_word_[at] |= bit;
    if (!r.any_from) tags_rules_need_ |= uint64_t{1} << static_cast<unsigned>(r.from);
    for (Pos t : {r.x_tag, r.y_tag}) {
      if (t != Pos::kUnknown) tags_rules_need_ |= uint64_t{1} << static_cast<unsigned>(t);
    }
    for (uint16_t w : {r.x_word, r.y_word}) {
      if (w != 0) rules_naming_word_[w * k_words + at] |= bit;
    }
  }
}

// live = word_live minus the rules that test a tag outside present_tags.
void BrillTagger::live_rules(uint64_t present_tags, const uint64_t* word_live, uint64_t* live) const {
  const size_t k_words = rule_set_words_;
  std::copy(word_live, word_live + k_words, live);
  for (uint64_t absent = tags_rules_need_ & ~present_tags; absent != 0; absent &= absent - 1) {
    const auto t = static_cast<size_t>(__builtin_ctzll(absent));
    const uint64_t* needs = &rules_needing_tag_[t * k_words];
    for (size_t k = 0; k < k_words; ++k) live[k] &= ~needs[k];
  }
}

Status BrillTagger::load_lexicon(const std::string& path) {
  Result<std::string> bytes = read_data_file(path);
  if (!bytes.ok()) return bytes.status();
  // "word TAG" per line; ";;;" starts a comment. A few entries of Pattern's
  // file carry junk tags ("1991)", "ND"): they are skipped, not fatal.
  for_each_line(*bytes, [&](std::string_view line, uint64_t) {
    if (line.empty() || line.starts_with(";;;")) return;
    std::string_view f[3];
    if (split_fields(line, f, 3) != 2) return;
    Pos tag = lexicon_tag(f[1]);
    if (tag != Pos::kUnknown && lexicon_.insert(f[0], static_cast<uint32_t>(tag) | kInLexicon)) {
      ++lexicon_words_;
      if (is_closed_class(tag) || !has_letter_or_digit(f[0])) hot_words_.emplace_back(f[0]);
    }
  });
  if (lexicon_words_ == 0) {
    return Status(ErrorCode::kParseError, "no entries in tagger lexicon " + path, SourceLocation{path, 0, 0});
  }
  return Status::Ok();
}

namespace {

struct CmdName {
  std::string_view name;
  uint8_t cmd;
};

// Argument kinds of contextual conditions.
enum class Arg : uint8_t { kNone, kTag, kWord };

}  // namespace

Status BrillTagger::load_lexical_rules(const std::string& path) {
  static constexpr CmdName kNames[] = {
      {"word", 0}, {"char", 1}, {"haspref", 2}, {"hassuf", 3}, {"addpref", 4},
      {"addsuf", 5}, {"deletepref", 6}, {"deletesuf", 7}, {"goodleft", 8}, {"goodright", 9},
  };
  // "hassuf" applies to any word; "fhassuf" only to words with the rule's from-tag.
  auto find_cmd = [](std::string_view s, bool* filtered) -> int {
    for (const CmdName& c : kNames) {
      if (s == c.name) return *filtered = false, c.cmd;
    }
    for (const CmdName& c : kNames) {
      if (s.size() == c.name.size() + 1 && s[0] == 'f' && s.substr(1) == c.name) return *filtered = true, c.cmd;
    }
    return -1;
  };
  Result<std::string> bytes = read_data_file(path);
  if (!bytes.ok()) return bytes.status();
  Status error;
  for_each_line(*bytes, [&](std::string_view line, uint64_t number) {
    if (line.empty() || line.starts_with(";;;") || !error.ok()) return;
    std::string_view f[6];
    size_t n = split_fields(line, f, 6);
    bool filtered = false;
    LexicalRule r{};
    int cmd = n >= 4 ? find_cmd(f[1], &filtered) : -1;
    if (cmd >= 0 && !filtered) {            // "ly hassuf 2 RB x"
      r = LexicalRule{static_cast<Cmd>(cmd), true, Pos::kUnknown, pos_from_name(f[n - 2]), std::string(f[0])};
    } else if (n >= 5 && (cmd = find_cmd(f[2], &filtered)) >= 0 && filtered) {  // "NN s fhassuf 1 NNS x"; the to-tag is always next to last
      r = LexicalRule{static_cast<Cmd>(cmd), false, pos_from_name(f[0]), pos_from_name(f[n - 2]), std::string(f[1])};
    } else {
      error = Status(ErrorCode::kParseError, "unreadable lexical rule: " + std::string(line),
                     SourceLocation{path, number, 1});
      return;
    }
    if (r.to == Pos::kUnknown || (!r.any_from && r.from == Pos::kUnknown)) {
      error = Status(ErrorCode::kParseError, "unknown tag in lexical rule: " + std::string(line),
                     SourceLocation{path, number, 1});
      return;
    }
    lexical_rules_.push_back(std::move(r));
  });
  return error;
}

// Rule words get ids 1..k; every other word has id 0, so a word test is one
// integer compare.
// The id lives in the word's lexicon slot (a new slot without kInLexicon
// for words the lexicon lacks). Returns 0 when the ids are exhausted.
uint16_t BrillTagger::intern_rule_word(std::string_view word) {
  uint32_t* v = lexicon_.find_mutable(word);
  if (v != nullptr && (*v >> 8 & 0xFFFF) != 0) return static_cast<uint16_t>(*v >> 8 & 0xFFFF);
  if (rule_word_count_ + 1 > 0xFFFF) return 0;
  auto id = static_cast<uint32_t>(++rule_word_count_);
  if (v != nullptr) {
    *v |= id << 8;
  } else {
    lexicon_.insert(word, id << 8);
  }
  hot_words_.emplace_back(word);
  return static_cast<uint16_t>(id);
}

bool BrillTagger::in_lexicon(std::string_view word) const {
  const uint32_t* v = lexicon_.find(word);
  return v != nullptr && (*v & kInLexicon) != 0;
}

Status BrillTagger::load_context_rules(const std::string& path) {
  boundary_id_ = intern_rule_word(kBoundaryWord);
  struct ContextCmd {
    std::string_view name;
    Cmd cmd;
    Arg x;
    Arg y;
  };
  static constexpr ContextCmd kCmds[] = {
      {"PREVTAG", Cmd::kPrevTag, Arg::kTag, Arg::kNone},
      {"NEXTTAG", Cmd::kNextTag, Arg::kTag, Arg::kNone},
      {"PREV2TAG", Cmd::kPrev2Tag, Arg::kTag, Arg::kNone},
      {"NEXT2TAG", Cmd::kNext2Tag, Arg::kTag, Arg::kNone},
      {"PREV1OR2TAG", Cmd::kPrev1Or2Tag, Arg::kTag, Arg::kNone},
      {"NEXT1OR2TAG", Cmd::kNext1Or2Tag, Arg::kTag, Arg::kNone},
      {"PREV1OR2OR3TAG", Cmd::kPrev1Or2Or3Tag, Arg::kTag, Arg::kNone},
      {"NEXT1OR2OR3TAG", Cmd::kNext1Or2Or3Tag, Arg::kTag, Arg::kNone},
      {"SURROUNDTAG", Cmd::kSurroundTag, Arg::kTag, Arg::kTag},
      {"CURWD", Cmd::kCurWd, Arg::kWord, Arg::kNone},
      {"PREVWD", Cmd::kPrevWd, Arg::kWord, Arg::kNone},
      {"NEXTWD", Cmd::kNextWd, Arg::kWord, Arg::kNone},
      {"PREV1OR2WD", Cmd::kPrev1Or2Wd, Arg::kWord, Arg::kNone},
      {"NEXT1OR2WD", Cmd::kNext1Or2Wd, Arg::kWord, Arg::kNone},
      {"PREV1OR2OR3WD", Cmd::kPrev1Or2Or3Wd, Arg::kWord, Arg::kNone},
      {"NEXT1OR2OR3WD", Cmd::kNext1Or2Or3Wd, Arg::kWord, Arg::kNone},
      {"PREVWDTAG", Cmd::kPrevWdTag, Arg::kWord, Arg::kTag},
      {"NEXTWDTAG", Cmd::kNextWdTag, Arg::kWord, Arg::kTag},
      {"WDPREVTAG", Cmd::kWdPrevTag, Arg::kTag, Arg::kWord},
      {"WDNEXTTAG", Cmd::kWdNextTag, Arg::kWord, Arg::kTag},
      {"WDAND2AFT", Cmd::kWdAnd2Aft, Arg::kWord, Arg::kWord},
      {"WDAND2TAGBFR", Cmd::kWdAnd2TagBfr, Arg::kTag, Arg::kWord},
      {"WDAND2TAGAFT", Cmd::kWdAnd2TagAft, Arg::kWord, Arg::kTag},
      {"LBIGRAM", Cmd::kLBigram, Arg::kWord, Arg::kWord},
      {"RBIGRAM", Cmd::kRBigram, Arg::kWord, Arg::kWord},
      {"PREVBIGRAM", Cmd::kPrevBigram, Arg::kTag, Arg::kTag},
      {"NEXTBIGRAM", Cmd::kNextBigram, Arg::kTag, Arg::kTag},
  };
  Result<std::string> bytes = read_data_file(path);
  if (!bytes.ok()) return bytes.status();
  Status error;
  for_each_line(*bytes, [&](std::string_view line, uint64_t number) {
    if (line.empty() || line.starts_with(";;;") || !error.ok()) return;
    auto fail = [&](const char* why) {
      error = Status(ErrorCode::kParseError, std::string(why) + ": " + std::string(line),
                     SourceLocation{path, number, 1});
    };
    std::string_view f[6];
    size_t n = split_fields(line, f, 6);
    if (n < 4) return fail("contextual rule needs from-tag, to-tag, condition and argument");
    const ContextCmd* c = nullptr;
    for (const ContextCmd& k : kCmds) {
      if (f[2] == k.name) c = &k;
    }
    if (c == nullptr) return fail("unknown contextual rule condition");
    if (c->y != Arg::kNone && n < 5) return fail("contextual rule needs two arguments");
    ContextRule r;
    r.cmd = c->cmd;
    r.any_from = f[0] == "*";
    r.from = rule_tag(f[0]);
    r.to = rule_tag(f[1]);
    if ((!r.any_from && r.from == Pos::kUnknown) || r.to == Pos::kUnknown) return fail("unknown tag in contextual rule");
    auto set_arg = [&](Arg kind, std::string_view text, Pos* tag, uint16_t* word) {
      if (kind == Arg::kTag) *tag = rule_tag(text);
      if (kind == Arg::kWord) *word = intern_rule_word(text);
      return kind == Arg::kTag ? *tag != Pos::kUnknown : kind != Arg::kWord || *word != 0;
    };
    if (!set_arg(c->x, f[3], &r.x_tag, &r.x_word) || (c->y != Arg::kNone && !set_arg(c->y, f[4], &r.y_tag, &r.y_word))) {
      return fail("unknown tag in contextual rule argument");
    }
    r.sequential = reads_earlier_tags(r.cmd);
    compile_rule(&r);
    context_rules_.push_back(std::move(r));
  });
  return error;
}

// ---------------------------------------------------------------------------
// Tagging

Pos BrillTagger::lookup(std::string_view word) const {
  const uint32_t* v = lexicon_.find(word);
  return v != nullptr && (*v & kInLexicon) != 0 ? static_cast<Pos>(*v & 0xFF) : Pos::kUnknown;
}

void BrillTagger::prefetch(TagWord* w, bool with_lower) const {
  w->hashed = true;
  w->text_hash = StringTable::hash_of(w->text);
  w->text_entry = hot_.find(w->text, w->text_hash);
  if (w->text_entry == nullptr) lexicon_.prefetch(w->text_hash);
  w->lower_hashed = with_lower;
  if (!with_lower) {
    w->lower_entry = nullptr;
  } else if (has_upper(w->text)) {  // else lower == text
    w->lower_hash = StringTable::hash_of(w->lower);
    w->lower_entry = hot_.find(w->lower, w->lower_hash);
    if (w->lower_entry == nullptr) lexicon_.prefetch(w->lower_hash);
  } else {
    w->lower_hash = w->text_hash;
    w->lower_entry = w->text_entry;
  }
}

void BrillTagger::tag_lexical(TagWord* words, size_t n) const {
  for (size_t i = 0; i < n; ++i) {
    if (!words[i].hashed) prefetch(&words[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    Pos t = initial_tag(words, n, i);
    words[i].known = t != Pos::kUnknown;
    words[i].tag = t;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!words[i].known) words[i].tag = unknown_tag(words, n, i);
    words[i].lexical = words[i].tag;
  }
}

void BrillTagger::apply_context(TagWord* words, size_t n) const {
  // Rules read tags and word ids from two compact arrays padded with three
  // boundary entries on each side (Brill's "STAART"), so no rule indexes
  // outside the sentence and word tests are integer compares. The padding
  // must fit in the bit sets too, since rules look up to three words ahead.
  if (n + 6 <= 64) return apply_context_rules_bits<1>(words, n);
  if (n + 6 <= 256) return apply_context_rules_bits<4>(words, n);
  thread_local std::vector<Pos> tags;
  thread_local std::vector<uint16_t> ids;
  tags.assign(n + 6, kBoundary);
  ids.assign(n + 6, boundary_id_);
  for (size_t i = 0; i < n; ++i) {
    tags[i + 3] = words[i].tag;
    ids[i + 3] = words[i].rule_word;
  }
  apply_context_rules_long(words, tags.data(), ids.data(), n);
  for (size_t i = 0; i < n; ++i) words[i].tag = tags[i + 3];
}

Pos BrillTagger::initial_tag(TagWord* words, size_t, size_t i) const {
  TagWord& w = words[i];
  // One lookup gives the lexicon tag and the id contextual rules know the
  // word by (punctuation needs the id too: "RBIGRAM , that").
  const uint32_t* v = entry(w.text, w.text_hash, w.text_entry);
  w.rule_word = v != nullptr ? static_cast<uint16_t>(*v >> 8 & 0xFFFF) : 0;
  if (w.fixed != Pos::kUnknown) return w.fixed;
  Pos t = v != nullptr && (*v & kInLexicon) != 0 ? static_cast<Pos>(*v & 0xFF) : Pos::kUnknown;
  // Sentence-initial and all-caps words are written capitalised for reasons
  // other than being names, so their lower-case entry counts too.
  if (t == Pos::kUnknown && (w.initial || w.all_caps) && w.lower != w.text) {
    const uint32_t* lower = w.lower_hashed ? entry(w.lower, w.lower_hash, w.lower_entry) : lexicon_.find(w.lower);
    t = lower != nullptr && (*lower & kInLexicon) != 0 ? static_cast<Pos>(*lower & 0xFF) : Pos::kUnknown;
    w.via_lower = t != Pos::kUnknown;
  }
  // An acronym in ordinary text is a name even when it spells a function
  // word: "US" (not "us"), "WHO" (not "who"), "IT".
  if (w.all_caps && w.mixed_case_sentence && is_closed_class(t)) t = Pos::kNNP;
  return t;
}

Pos BrillTagger::unknown_tag(const TagWord* words, size_t n, size_t i) const {
  const TagWord& w = words[i];
  if (w.number || looks_like_number(w.text)) return Pos::kCD;
  if (w.capitalized || w.all_caps) return Pos::kNNP;
  return apply_lexical_rules(words, n, i, Pos::kNN);
}

// The lexicon key a lexical rule looks up for word w: the word with the
// rule's affix added (addpref, addsuf) or removed (deletepref, deletesuf).
// Empty when the rule looks nothing up for this word.
std::string_view BrillTagger::lexical_rule_key(const LexicalRule& r, std::string_view w, char (&buf)[128]) {
  std::string_view x = r.arg;
  auto concat = [&buf](std::string_view a, std::string_view b) {
    if (a.size() + b.size() > sizeof buf) return std::string_view();  // no lexicon word is that long
    std::copy(a.begin(), a.end(), buf);
    std::copy(b.begin(), b.end(), buf + a.size());
    return std::string_view(buf, a.size() + b.size());
  };
  switch (r.cmd) {
    case Cmd::kAddPref: return concat(x, w);
    case Cmd::kAddSuf: return concat(w, x);
    case Cmd::kDeletePref: return w.size() > x.size() && starts_with(w, x) ? w.substr(x.size()) : std::string_view();
    case Cmd::kDeleteSuf:
      return w.size() > x.size() && ends_with(w, x) ? w.substr(0, w.size() - x.size()) : std::string_view();
    default: return {};
  }
}

Pos BrillTagger::apply_lexical_rules(const TagWord* words, size_t n, size_t i, Pos tag) const {
  for (const LexicalRule& r : lexical_rules_) {
    if (!r.any_from && r.from != tag) continue;
    if (lexical_rule_matches(r, words, n, i)) tag = r.to;
  }
  return tag;
}

bool BrillTagger::lexical_rule_matches(const LexicalRule& r, const TagWord* words, size_t n, size_t i) const {
  std::string_view w = words[i].text;
  std::string_view x = r.arg;
  switch (r.cmd) {
    case Cmd::kWord: return w == x;
    case Cmd::kChar: return w.find(x) != std::string_view::npos;
    case Cmd::kHasPref: return starts_with(w, x);
    case Cmd::kHasSuf: return ends_with(w, x);
    case Cmd::kAddPref: case Cmd::kAddSuf: case Cmd::kDeletePref: case Cmd::kDeleteSuf: {
      char buf[128];
      std::string_view key = lexical_rule_key(r, w, buf);
      return !key.empty() && in_lexicon(key);
    }
    case Cmd::kGoodLeft: return i + 1 < n && words[i + 1].text == x;  // the word is left of x
    case Cmd::kGoodRight: return i > 0 && words[i - 1].text == x;     // the word is right of x
    default: return false;
  }
}

// Brill's rules were learnt with the full tag lists of his lexicon, which
// Pattern's one-tag lexicon lost; without them some rules overreach ("at" ->
// VB after a pronoun, "promote" -> VBG). Guards put the lost constraint back
// from the word's own shape: a lower-case word never becomes a proper noun,
// only "that" becomes WDT, VBG needs -ing and VBZ -s, and a word becomes a
// verb only when WordNet knows it as one.
bool BrillTagger::rule_allowed(const ContextRule& r, const TagWord& w) const {
  // Punctuation tags are set from the characters; dyad merges `` and '' into
  // one quote tag, so Brill's quote rules would misfire on them.
  if (w.fixed != Pos::kUnknown) return false;
  switch (r.to) {
    case Pos::kNNP: case Pos::kNNPS: return w.capitalized || w.all_caps;
    case Pos::kWDT: return w.lower == "that";
    case Pos::kVBG: return ends_with(w.lower, "ing") && could_be_verb(w, r.from);
    case Pos::kVBZ: return ends_with(w.lower, "s") && could_be_verb(w, r.from);
    case Pos::kVB: case Pos::kVBP: case Pos::kVBD: case Pos::kVBN: return could_be_verb(w, r.from);
    default: return true;
  }
}

bool BrillTagger::could_be_verb(const TagWord& w, Pos from) const {
  if (pos_is_verb(from) || verb_check_ == nullptr) return true;
  // Verb clitics: "'s" -> VBZ ("it's"), "'re", "'ve", "'d", "'m".
  if (w.lower.size() > 1 && w.lower[0] == '\'') {
    for (std::string_view c : {"'s", "'re", "'ve", "'d", "'m", "'ll"}) {
      if (w.lower == c) return true;
    }
    return false;
  }
  return verb_check_(w.lower);
}

namespace {

// A set of padded sentence positions (bit i: position i) in W 64-bit words.
template <size_t W>
struct PosBits {
  uint64_t w[W] = {};

  void set(size_t i) { w[i >> 6] |= uint64_t{1} << (i & 63); }
  void reset(size_t i) { w[i >> 6] &= ~(uint64_t{1} << (i & 63)); }
  bool any() const {
    uint64_t a = 0;
    for (uint64_t x : w) a |= x;
    return a != 0;
  }
  // Calls fn(i) for each member in increasing order, from position `from` on.
  template <typename Fn>
  void for_each(size_t from, Fn&& fn) const {
    for (size_t k = from >> 6; k < W; ++k) {
      uint64_t x = w[k];
      if (k == from >> 6) x &= ~uint64_t{0} << (from & 63);
      while (x != 0) {
        fn(k * 64 + static_cast<size_t>(__builtin_ctzll(x)));
        x &= x - 1;
      }
    }
  }
  size_t lowest() const {
    for (size_t k = 0; k < W; ++k) {
      if (w[k] != 0) return k * 64 + static_cast<size_t>(__builtin_ctzll(w[k]));
    }
    return W * 64;
  }
  // Bit i of the result is bit i + o.d (o.d = -3..3): "position i + d is a
  // member". Branch-free for one word, since every rule calls it.
  template <typename Offset>
  PosBits shifted(const Offset& o) const {
    if constexpr (W == 1) {
      return PosBits{{w[0] >> o.right << o.left}};
    } else {
      if (o.d > 0) return after(o.right);
      if (o.d < 0) return before(o.left);
      return *this;
    }
  }
  // Bit i of the result is bit i - d (d = 1..3).
  PosBits before(unsigned d) const {
    PosBits r;
    for (size_t k = W; k-- > 0;) r.w[k] = w[k] << d | (k > 0 ? w[k - 1] >> (64 - d) : 0);
    return r;
  }
  // Bit i of the result is bit i + d.
  PosBits after(unsigned d) const {
    PosBits r;
    for (size_t k = 0; k < W; ++k) r.w[k] = w[k] >> d | (k + 1 < W ? w[k + 1] << (64 - d) : 0);
    return r;
  }
  friend PosBits operator&(const PosBits& a, const PosBits& b) {
    PosBits r;
    for (size_t k = 0; k < W; ++k) r.w[k] = a.w[k] & b.w[k];
    return r;
  }
  friend PosBits operator|(const PosBits& a, const PosBits& b) {
    PosBits r;
    for (size_t k = 0; k < W; ++k) r.w[k] = a.w[k] | b.w[k];
    return r;
  }
};

}  // namespace

// Conditions that read tags left of the word: with these a change at one
// position can make or break a match further right within the same rule.
bool BrillTagger::reads_earlier_tags(Cmd cmd) {
  switch (cmd) {
    case Cmd::kPrevTag: case Cmd::kPrev2Tag: case Cmd::kPrev1Or2Tag: case Cmd::kPrev1Or2Or3Tag:
    case Cmd::kSurroundTag: case Cmd::kPrevWdTag: case Cmd::kWdPrevTag: case Cmd::kWdAnd2TagBfr:
    case Cmd::kPrevBigram:
      return true;
    default:
      return false;
  }
}

void BrillTagger::compile_rule(ContextRule* r) {
  const uint16_t x = static_cast<uint16_t>(r->x_tag), y = static_cast<uint16_t>(r->y_tag);
  const uint16_t xw = word_set(r->x_word), yw = word_set(r->y_word);
  r->cand_set = r->any_from ? kRealSet : static_cast<uint16_t>(r->from);
  // One offset list for A; a condition on a single position repeats it.
  auto offset = [](int d) {
    return Offset{static_cast<int8_t>(d), static_cast<uint8_t>(d > 0 ? d : 0), static_cast<uint8_t>(d < 0 ? -d : 0)};
  };
  auto a = [r, &offset](uint16_t set, int d0, int d1, int d2) {
    r->a_set = set;
    r->a_off[0] = offset(d0);
    r->a_off[1] = offset(d1);
    r->a_off[2] = offset(d2);
  };
  auto a1 = [&a](uint16_t set, int d) { a(set, d, d, d); };
  auto b = [r, &offset](uint16_t set, int d) {
    r->b_set = set;
    r->b_off = offset(d);
  };
  b(kOnesSet, 0);
  switch (r->cmd) {
    case Cmd::kPrevTag: a1(x, -1); break;
    case Cmd::kNextTag: a1(x, 1); break;
    case Cmd::kPrev2Tag: a1(x, -2); break;
    case Cmd::kNext2Tag: a1(x, 2); break;
    case Cmd::kPrev1Or2Tag: a(x, -1, -2, -2); break;
    case Cmd::kNext1Or2Tag: a(x, 1, 2, 2); break;
    case Cmd::kPrev1Or2Or3Tag: a(x, -1, -2, -3); break;
    case Cmd::kNext1Or2Or3Tag: a(x, 1, 2, 3); break;
    case Cmd::kSurroundTag: a1(x, -1), b(y, 1); break;
    case Cmd::kCurWd: a1(xw, 0); break;
    case Cmd::kPrevWd: a1(xw, -1); break;
    case Cmd::kNextWd: a1(xw, 1); break;
    case Cmd::kPrev1Or2Wd: a(xw, -1, -2, -2); break;
    case Cmd::kNext1Or2Wd: a(xw, 1, 2, 2); break;
    case Cmd::kPrev1Or2Or3Wd: a(xw, -1, -2, -3); break;
    case Cmd::kNext1Or2Or3Wd: a(xw, 1, 2, 3); break;
    case Cmd::kPrevWdTag: a1(xw, -1), b(y, -1); break;
    case Cmd::kNextWdTag: a1(xw, 1), b(y, 1); break;
    case Cmd::kWdPrevTag: a1(x, -1), b(yw, 0); break;
    case Cmd::kWdNextTag: a1(xw, 0), b(y, 1); break;
    case Cmd::kWdAnd2Aft: a1(xw, 0), b(yw, 2); break;
    case Cmd::kWdAnd2TagBfr: a1(x, -2), b(yw, 0); break;
    case Cmd::kWdAnd2TagAft: a1(xw, 0), b(y, 2); break;
    case Cmd::kLBigram: a1(xw, -1), b(yw, 0); break;
    case Cmd::kRBigram: a1(xw, 0), b(yw, 1); break;
    case Cmd::kPrevBigram: a1(x, -2), b(y, -1); break;
    case Cmd::kNextBigram: a1(x, 1), b(y, 2); break;
    default: a1(kOnesSet, 0), r->cand_set = static_cast<uint16_t>(kBoundary); break;  // padding only: never matches
  }
}

template <size_t W>
void BrillTagger::apply_context_rules_bits(TagWord* words, size_t n) const {
  // Brill's order: each rule in file order over the whole sentence (left to
  // right, seeing changes already made), then the next rule; this is the
  // order the rules were learnt in. Rules that test a tag or word the
  // sentence lacks are skipped (see index_rules). Each remaining rule's
  // matches are computed for all positions at once from per-tag and
  // per-word position sets, without branches, so a rule that finds nothing
  // costs a few word operations. The sets are exact for the sentence as it stands
  // before the rule, and so is the result when the rule reads no tag left of
  // the word (its own changes are then invisible to its later matches). A
  // rule that does read leftwards is re-run word by word from its first
  // match: no position before that one can change, since until the first
  // change the sentence is as it stood.
  using Bits = PosBits<W>;
  Pos t[64 * W];
  uint16_t wd[64 * W];
  thread_local std::vector<Bits> sets;  // word sets are all empty between calls
  sets.resize(word_set(static_cast<uint16_t>(rule_word_count_)) + 1);
  std::fill(sets.begin(), sets.begin() + kRealSet + 1, Bits{});
  const size_t end = n + 6;
  for (size_t i = 0; i < end; ++i) {
    bool pad = i < 3 || i >= n + 3;
    t[i] = pad ? kBoundary : words[i - 3].tag;
    wd[i] = pad ? boundary_id_ : words[i - 3].rule_word;
    sets[static_cast<size_t>(t[i])].set(i);
    sets[word_set(wd[i])].set(i);
    sets[kOnesSet].set(i);
    if (!pad) sets[kRealSet].set(i);
  }
  const Bits* set = sets.data();
  uint64_t present = 0;  // tags in the sentence (the padding's included)
  for (size_t i = 0; i < end; ++i) present |= uint64_t{1} << static_cast<unsigned>(t[i]);
  const size_t k_words = rule_set_words_;
  thread_local std::vector<uint64_t> word_live, live;
  word_live.assign(rules_without_word_.begin(), rules_without_word_.end());
  live.resize(k_words);
  for (size_t i = 0; i < end; ++i) {
    if (wd[i] == 0) continue;  // named by no rule
    const uint64_t* named = &rules_naming_word_[wd[i] * k_words];
    for (size_t k = 0; k < k_words; ++k) word_live[k] |= named[k];
  }
  live_rules(present, word_live.data(), live.data());
  bool changed = false;
  auto change = [&](size_t i, Pos to) {
    sets[static_cast<size_t>(t[i])].reset(i);
    sets[static_cast<size_t>(to)].set(i);
    t[i] = to;
    changed = true;
  };
  auto run = [&](const ContextRule& r) {
    const Bits& a = set[r.a_set];
    Bits hits = set[r.cand_set] & set[kRealSet] & set[r.b_set].shifted(r.b_off) &
                (a.shifted(r.a_off[0]) | a.shifted(r.a_off[1]) | a.shifted(r.a_off[2]));
    if (!hits.any()) return;
    if (r.sequential) {
      Bits cand = set[r.cand_set] & set[kRealSet];
      cand.for_each(hits.lowest(), [&](size_t i) {
        if ((r.any_from || t[i] == r.from) && context_rule_matches(r, t, wd, i) && rule_allowed(r, words[i - 3])) {
          change(i, r.to);
        }
      });
    } else {
      hits.for_each(0, [&](size_t i) {
        if (rule_allowed(r, words[i - 3])) change(i, r.to);
      });
    }
  };
  for (size_t blk = 0; blk < k_words; ++blk) {
    uint64_t todo = live[blk];
    while (todo != 0) {
      const unsigned bit = static_cast<unsigned>(__builtin_ctzll(todo));
      todo &= todo - 1;
      const ContextRule& r = context_rules_[blk * 64 + bit];
      run(r);
      // A new tag can bring later rules to life: recompute, keep what is left.
      if (changed && !(present >> static_cast<unsigned>(r.to) & 1)) {
        present |= uint64_t{1} << static_cast<unsigned>(r.to);
        live_rules(present, word_live.data(), live.data());
        todo = bit == 63 ? 0 : live[blk] & (~uint64_t{0} << (bit + 1));
      }
      changed = false;
    }
  }
  for (size_t i = 0; i < end; ++i) sets[word_set(wd[i])] = Bits{};
  for (size_t i = 0; i < n; ++i) words[i].tag = t[i + 3];
}

void BrillTagger::apply_context_rules_long(const TagWord* words, Pos* t, const uint16_t* w, size_t n) const {
  for (const ContextRule& rule : context_rules_) {
    for (size_t i = 3; i < n + 3; ++i) {
      if ((rule.any_from || t[i] == rule.from) && context_rule_matches(rule, t, w, i) &&
          rule_allowed(rule, words[i - 3])) {
        t[i] = rule.to;
      }
    }
  }
}

size_t BrillTagger::count_engine_disagreements(const std::vector<std::string>& vocabulary, uint32_t seed,
                                               size_t count, size_t* changed) const {
  std::mt19937 rng(seed);
  std::vector<std::string> texts;
  std::vector<TagWord> words;
  std::vector<Pos> ref_tags;
  std::vector<uint16_t> ref_ids;
  size_t differing = 0;
  *changed = 0;
  for (size_t s = 0; s < count && !vocabulary.empty(); ++s) {
    const size_t n = 1 + rng() % 300;
    texts.resize(n);
    words.assign(n, TagWord{});
    for (size_t i = 0; i < n; ++i) {
      texts[i] = vocabulary[rng() % vocabulary.size()];
      TagWord& w = words[i];
      w.text = w.lower = texts[i];
      w.capitalized = !texts[i].empty() && texts[i][0] >= 'A' && texts[i][0] <= 'Z';
    }
    tag_lexical(words.data(), n);  // sets the rule word ids
    for (TagWord& w : words) w.tag = static_cast<Pos>(1 + rng() % (static_cast<unsigned>(Pos::kCount_) - 1));
    ref_tags.assign(n + 6, kBoundary);
    ref_ids.assign(n + 6, boundary_id_);
    for (size_t i = 0; i < n; ++i) {
      ref_tags[i + 3] = words[i].tag;
      ref_ids[i + 3] = words[i].rule_word;
    }
    apply_context_rules_long(words.data(), ref_tags.data(), ref_ids.data(), n);
    std::vector<Pos> before(n);
    for (size_t i = 0; i < n; ++i) before[i] = words[i].tag;
    apply_context(words.data(), n);
    bool same = true;
    for (size_t i = 0; i < n; ++i) {
      same = same && words[i].tag == ref_tags[i + 3];
      *changed += words[i].tag != before[i];
    }
    differing += !same;
  }
  return differing;
}

size_t brill_engine_disagreements(const std::string& lexicon_dir, const std::vector<std::string>& vocabulary,
                                  uint32_t seed, size_t count, size_t* changed) {
  BrillTagger tagger;
  if (!tagger.load(lexicon_dir).ok()) return SIZE_MAX;
  return tagger.count_engine_disagreements(vocabulary, seed, count, changed);
}

bool BrillTagger::context_rule_matches(const ContextRule& r, const Pos* t, const uint16_t* w, size_t i) {
  const Pos x = r.x_tag, y = r.y_tag;
  const uint16_t xw = r.x_word, yw = r.y_word;
  switch (r.cmd) {
    case Cmd::kPrevTag: return t[i - 1] == x;
    case Cmd::kNextTag: return t[i + 1] == x;
    case Cmd::kPrev2Tag: return t[i - 2] == x;
    case Cmd::kNext2Tag: return t[i + 2] == x;
    case Cmd::kPrev1Or2Tag: return t[i - 1] == x || t[i - 2] == x;
    case Cmd::kNext1Or2Tag: return t[i + 1] == x || t[i + 2] == x;
    case Cmd::kPrev1Or2Or3Tag: return t[i - 1] == x || t[i - 2] == x || t[i - 3] == x;
    case Cmd::kNext1Or2Or3Tag: return t[i + 1] == x || t[i + 2] == x || t[i + 3] == x;
    case Cmd::kSurroundTag: return t[i - 1] == x && t[i + 1] == y;
    case Cmd::kCurWd: return w[i] == xw;
    case Cmd::kPrevWd: return w[i - 1] == xw;
    case Cmd::kNextWd: return w[i + 1] == xw;
    case Cmd::kPrev1Or2Wd: return w[i - 1] == xw || w[i - 2] == xw;
    case Cmd::kNext1Or2Wd: return w[i + 1] == xw || w[i + 2] == xw;
    case Cmd::kPrev1Or2Or3Wd: return w[i - 1] == xw || w[i - 2] == xw || w[i - 3] == xw;
    case Cmd::kNext1Or2Or3Wd: return w[i + 1] == xw || w[i + 2] == xw || w[i + 3] == xw;
    case Cmd::kPrevWdTag: return w[i - 1] == xw && t[i - 1] == y;
    case Cmd::kNextWdTag: return w[i + 1] == xw && t[i + 1] == y;
    case Cmd::kWdPrevTag: return t[i - 1] == x && w[i] == yw;
    case Cmd::kWdNextTag: return w[i] == xw && t[i + 1] == y;
    case Cmd::kWdAnd2Aft: return w[i] == xw && w[i + 2] == yw;
    case Cmd::kWdAnd2TagBfr: return t[i - 2] == x && w[i] == yw;
    case Cmd::kWdAnd2TagAft: return w[i] == xw && t[i + 2] == y;
    case Cmd::kLBigram: return w[i - 1] == xw && w[i] == yw;
    case Cmd::kRBigram: return w[i] == xw && w[i + 1] == yw;
    case Cmd::kPrevBigram: return t[i - 2] == x && t[i - 1] == y;
    case Cmd::kNextBigram: return t[i + 1] == x && t[i + 2] == y;
    default: return false;
  }
}

}  // namespace dyad::internal
