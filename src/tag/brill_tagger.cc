#include "tag/brill_tagger.h"

#include <algorithm>

#include "tag/data_file.h"

namespace dyad::internal {

namespace {

constexpr std::string_view kBoundaryWord = "STAART";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
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
  return Status::Ok();
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
    if (tag != Pos::kUnknown) lexicon_.insert(f[0], static_cast<uint32_t>(tag));
  });
  if (lexicon_.size() == 0) {
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
uint16_t BrillTagger::intern_rule_word(std::string_view word) {
  auto next = static_cast<uint32_t>(rule_words_.size() + 1);
  rule_words_.insert(word, next);
  return static_cast<uint16_t>(*rule_words_.find(word));
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
      return kind != Arg::kTag || *tag != Pos::kUnknown;
    };
    if (!set_arg(c->x, f[3], &r.x_tag, &r.x_word) || (c->y != Arg::kNone && !set_arg(c->y, f[4], &r.y_tag, &r.y_word))) {
      return fail("unknown tag in contextual rule argument");
    }
    context_rules_.push_back(std::move(r));
  });
  return error;
}

// ---------------------------------------------------------------------------
// Tagging

Pos BrillTagger::lookup(std::string_view word) const {
  const uint32_t* v = lexicon_.find(word);
  return v ? static_cast<Pos>(*v) : Pos::kUnknown;
}

void BrillTagger::tag_lexical(TagWord* words, size_t n) const {
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
  // outside the sentence and word tests are integer compares.
  thread_local std::vector<Pos> tags;
  thread_local std::vector<uint16_t> ids;
  tags.assign(n + 6, kBoundary);
  ids.assign(n + 6, boundary_id_);
  for (size_t i = 0; i < n; ++i) {
    tags[i + 3] = words[i].tag;
    const uint32_t* id = rule_words_.find(words[i].text);
    ids[i + 3] = id ? static_cast<uint16_t>(*id) : 0;
  }
  apply_context_rules(words, tags.data(), ids.data(), n);
  for (size_t i = 0; i < n; ++i) words[i].tag = tags[i + 3];
}

Pos BrillTagger::initial_tag(TagWord* words, size_t, size_t i) const {
  TagWord& w = words[i];
  if (w.fixed != Pos::kUnknown) return w.fixed;
  Pos t = lookup(w.text);
  // Sentence-initial and all-caps words are written capitalised for reasons
  // other than being names, so their lower-case entry counts too.
  if (t == Pos::kUnknown && (w.initial || w.all_caps) && w.lower != w.text) {
    t = lookup(w.lower);
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

Pos BrillTagger::apply_lexical_rules(const TagWord* words, size_t n, size_t i, Pos tag) const {
  for (const LexicalRule& r : lexical_rules_) {
    if (!r.any_from && r.from != tag) continue;
    if (lexical_rule_matches(r, words, n, i)) tag = r.to;
  }
  return tag;
}

bool BrillTagger::known_concat(std::string_view a, std::string_view b) const {
  char buf[128];
  if (a.size() + b.size() > sizeof buf) return false;  // no lexicon word is that long
  std::copy(a.begin(), a.end(), buf);
  std::copy(b.begin(), b.end(), buf + a.size());
  return lexicon_.contains(std::string_view(buf, a.size() + b.size()));
}

bool BrillTagger::lexical_rule_matches(const LexicalRule& r, const TagWord* words, size_t n, size_t i) const {
  std::string_view w = words[i].text;
  std::string_view x = r.arg;
  switch (r.cmd) {
    case Cmd::kWord: return w == x;
    case Cmd::kChar: return w.find(x) != std::string_view::npos;
    case Cmd::kHasPref: return w.starts_with(x);
    case Cmd::kHasSuf: return ends_with(w, x);
    case Cmd::kAddPref: return known_concat(x, w);
    case Cmd::kAddSuf: return known_concat(w, x);
    case Cmd::kDeletePref: return w.size() > x.size() && w.starts_with(x) && lexicon_.contains(w.substr(x.size()));
    case Cmd::kDeleteSuf:
      return w.size() > x.size() && ends_with(w, x) && lexicon_.contains(w.substr(0, w.size() - x.size()));
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

void BrillTagger::apply_context_rules(const TagWord* words, Pos* t, const uint16_t* w, size_t n) const {
  // Brill's order: each rule in file order over the whole sentence (left to
  // right, seeing changes already made), then the next rule; this is the
  // order the rules were learnt in. For sentences that fit, a 64-bit set of
  // positions per tag means a rule only visits the words it can apply to.
  if (n + 3 > 64) return apply_context_rules_long(words, t, w, n);
  uint64_t at[kTagCount] = {};
  for (size_t i = 3; i < n + 3; ++i) at[static_cast<size_t>(t[i])] |= uint64_t{1} << i;
  const uint64_t all = ((n + 3 == 64) ? ~uint64_t{0} : (uint64_t{1} << (n + 3)) - 1) & ~uint64_t{7};
  for (const ContextRule& rule : context_rules_) {
    uint64_t todo = rule.any_from ? all : at[static_cast<size_t>(rule.from)];
    while (todo != 0) {
      size_t i = static_cast<size_t>(__builtin_ctzll(todo));
      todo &= todo - 1;
      if (context_rule_matches(rule, t, w, i) && rule_allowed(rule, words[i - 3])) {
        at[static_cast<size_t>(t[i])] &= ~(uint64_t{1} << i);
        at[static_cast<size_t>(rule.to)] |= uint64_t{1} << i;
        t[i] = rule.to;
      }
    }
  }
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
