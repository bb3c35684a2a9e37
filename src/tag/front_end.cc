// FrontEnd: story -> sentences -> tokens -> tags and lemmas.
//
// analyze() walks the title (when asked) and then every body span, calls the
// text stage's split_sentences() and tokenize(), then tag() below. tag() turns
// the tokens of one sentence into tagger words (a hyphenated compound such as
// "in-depth" or "China-Canada" is one word, as in the Penn Treebank the
// tagger data was trained on), runs the Brill tagger, applies a few repairs
// for news text, and copies each word's tag back to its tokens with a lemma.
//
// Thread safety: FrontEndImpl is immutable after load; analyze() and tag()
// keep their scratch buffers in thread_local storage, so any number of
// threads can share one instance.
#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "dyad/frontend.h"
#include "tag/brill_tagger.h"
#include "tag/lemmatizer.h"

namespace dyad {

namespace {

using internal::BrillTagger;
using internal::Lemmatizer;
using internal::TagWord;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Byte classes for the one pass over a word's bytes (finish_word). Any
// non-ASCII byte counts as a letter: after normalisation only letters of
// other scripts are left above 0x7F.
constexpr uint8_t kUpper = 1, kLower = 2, kDigit = 4, kWordByte = 8;
constexpr auto kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = kUpper | kWordByte;
    if (c >= 'a' && c <= 'z') t[c] = kLower | kWordByte;
    if (c >= '0' && c <= '9') t[c] = kDigit | kWordByte;
    if (c >= 0x80) t[c] = kWordByte;
  }
  return t;
}();

// Tags of tokens without letters or digits, by their normalised form.
Pos punctuation_tag(std::string_view norm) {
  if (norm.empty()) return Pos::kPunct;
  if (norm == "." || norm == "!" || norm == "?" || norm == "?!" || norm == "!!") return Pos::kPeriod;
  char c = norm[0];
  bool same = norm.find_first_not_of(c) == std::string_view::npos;
  if (same && (c == '"' || c == '\'' || c == '`')) return Pos::kQuote;
  if (norm.size() == 1) {
    switch (c) {
      case '(': case '[': case '{': case '<': return Pos::kLParen;
      case ')': case ']': case '}': case '>': return Pos::kRParen;
      case '$': return Pos::kDollar;
      case '#': return Pos::kHash;
      case '%': return Pos::kNN;    // PTB tags "%" as a noun
      case '&': return Pos::kCC;
      case '+': case '=': case '*': case '@': case '^': case '|': case '~': case '\\': return Pos::kSYM;
      default: break;
    }
  }
  return Pos::kPunct;
}

bool is_hyphen_token(std::string_view norm) { return norm == "-"; }

class FrontEndImpl final : public FrontEnd {
 public:
  Status load(const std::string& dir) {
    if (Status s = tagger_.load(dir); !s.ok()) return s;
    if (Status s = lemmatizer_.load(dir); !s.ok()) return s;
    tagger_.set_verb_check([this](std::string_view w) { return lemmatizer_.is_verb_form(w); });
    return Status::Ok();
  }

  AnalyzedStory analyze(const Story& story, bool code_titles) const override;
  void tag(std::string_view base, std::vector<Token>* tokens) const override;
  std::string verb_lemma(std::string_view word) const override;

 private:
  // Per-thread working storage of tag(); reused so tagging does not allocate
  // once warm.
  struct Scratch {
    std::vector<TagWord> words;
    std::vector<uint32_t> first_token;  // words[i] covers tokens [first_token[i], first_token[i+1])
    std::string arena;  // each word's text, then its lower-case copy; reserved so views stay valid
    int all_caps_words = 0;
    int words_with_lower = 0;
    bool before_first_word = true;  // no word so far could be the initial one
  };

  void analyze_base(std::string_view base, TextBase which, const std::vector<Span>& regions,
                    AnalyzedStory* out) const;
  void build_words(std::string_view base, std::vector<Token>* tokens, Scratch* s) const;
  static void append_key(std::string_view base, const Token& t, std::string* arena);
  void finish_word(const std::vector<Token>& tok, size_t first, size_t end, size_t start, Scratch* s) const;
  void mark_initial(Scratch* s) const;
  void set_lemma(Token* t, bool by_tag) const;
  void repair_split_infinitive(std::vector<TagWord>& w) const;

  BrillTagger tagger_;
  Lemmatizer lemmatizer_;
};

// ---------------------------------------------------------------------------
// Words from tokens

bool inside(Span part, Span whole) { return part.begin >= whole.begin && part.end <= whole.end; }

// True when tokens a and b (a before b) belong to one hyphenated compound.
bool joined(std::string_view base, const Token& a, const Token& b) {
  bool a_part = (a.flags & kTokHyphenPart) != 0 || is_hyphen_token(a.norm);
  bool b_part = (b.flags & kTokHyphenPart) != 0 || is_hyphen_token(b.norm);
  if (!a_part || !b_part) return false;
  if (a.span.end == b.span.begin) return !(is_hyphen_token(a.norm) && is_hyphen_token(b.norm));
  // A tokenizer may drop the hyphen itself: allow a one-character gap of '-'.
  return b.span.begin == a.span.end + 1 && b.span.begin <= base.size() && base[a.span.end] == '-';
}

// The case-preserving lookup form of a token: its source bytes when ASCII,
// else its normalised form (curly quotes and dashes folded, diacritics
// stripped) with the source capitalisation put back.
void FrontEndImpl::append_key(std::string_view base, const Token& t, std::string* arena) {
  std::string_view src;
  if (t.span.begin <= t.span.end && t.span.end <= base.size()) src = base.substr(t.span.begin, t.span.size());
  if (is_ascii(src) && !src.empty()) {
    arena->append(src);
    return;
  }
  size_t start = arena->size();
  arena->append(t.norm);
  if (t.flags & kTokAllCaps) {
    for (size_t i = start; i < arena->size(); ++i) (*arena)[i] = to_upper((*arena)[i]);
  } else if ((t.flags & kTokCapitalized) && start < arena->size()) {
    (*arena)[start] = to_upper((*arena)[start]);
  }
}

// Makes the word whose text is arena[start, end of arena) from tokens
// [first, end): appends its lower-case copy, reads its shape in the same pass
// over the bytes, and starts loading its lexicon entry.
void FrontEndImpl::finish_word(const std::vector<Token>& tok, size_t first, size_t end, size_t start,
                               Scratch* s) const {
  const bool before_first_word = s->before_first_word;
  const size_t len = s->arena.size() - start;
  s->arena.append(len, '\0');  // within the reserved capacity: no reallocation
  char* text = s->arena.data() + start;
  char* lower_text = text + len;
  int upper = 0, lower = 0;
  uint8_t seen = 0;  // union of the bytes' classes
  for (size_t k = 0; k < len; ++k) {
    const uint8_t c = static_cast<uint8_t>(text[k]);
    const uint8_t f = kByteClass[c];
    upper += f & kUpper;
    lower += (f & kLower) != 0;
    seen |= f;
    lower_text[k] = static_cast<char>(c | (f & kUpper) << 5);  // 'A' | 0x20 == 'a'
  }
  TagWord& w = s->words.emplace_back();
  w.text = std::string_view(text, len);
  w.lower = std::string_view(lower_text, len);
  w.capitalized = len > 0 && is_upper(text[0]);
  w.all_caps = upper >= 2 && lower == 0;
  w.number = (seen & kDigit) != 0 && upper + lower == 0;
  const bool word_char = (seen & kWordByte) != 0;
  if (end - first == 1 && (tok[first].flags & kTokNumber)) w.number = true;
  if (!word_char) w.fixed = punctuation_tag(w.text);
  s->all_caps_words += w.all_caps;
  s->words_with_lower += lower > 0;
  // The tagger looks up the lower-case form only of the sentence's first
  // word (see mark_initial) and of all-caps words.
  if (w.fixed == Pos::kUnknown || (w.fixed != Pos::kQuote && w.fixed != Pos::kLParen && w.fixed != Pos::kPunct)) {
    s->before_first_word = false;
  }
  tagger_.prefetch(&w, before_first_word || w.all_caps);
}

void FrontEndImpl::build_words(std::string_view base, std::vector<Token>* tokens, Scratch* s) const {
  const std::vector<Token>& tok = *tokens;
  // A word's bytes are at most its tokens' source or normalised bytes plus
  // a joining hyphen each, twice (text and lower case).
  size_t bound = 0;
  for (const Token& t : tok) bound += std::max<size_t>(t.span.size(), t.norm.size()) + 1;
  s->arena.clear();
  s->arena.reserve(2 * bound);
  s->words.clear();
  s->first_token.clear();
  s->all_caps_words = 0;
  s->words_with_lower = 0;
  s->before_first_word = true;
  for (size_t i = 0; i < tok.size();) {
    size_t j = i + 1;
    size_t start = s->arena.size();
    s->first_token.push_back(static_cast<uint32_t>(i));
    if (!(tok[i].flags & kTokHyphenPart)) {
      // A whole compound followed by its parts (the tokenizer's layout): the
      // whole is the word, the parts share its tag.
      while (j < tok.size() && (tok[j].flags & kTokHyphenPart) && inside(tok[j].span, tok[i].span)) ++j;
      append_key(base, tok[i], &s->arena);
    } else {
      // Parts without a whole: join the contiguous run.
      while (j < tok.size() && joined(base, tok[j - 1], tok[j]) &&
             !(is_hyphen_token(tok[j].norm) && (j + 1 == tok.size() || !joined(base, tok[j], tok[j + 1])))) {
        ++j;
      }
      for (size_t k = i; k < j; ++k) {
        if (k > i && tok[k].span.begin != tok[k - 1].span.end) s->arena.push_back('-');
        append_key(base, tok[k], &s->arena);
      }
    }
    finish_word(tok, i, j, start, s);
    i = j;
  }
  s->first_token.push_back(static_cast<uint32_t>(tok.size()));
  const size_t n = s->words.size();
  // "'" right after a word ending in s is a possessive ("the leaders' talks").
  for (size_t i = 1; i < n; ++i) {
    TagWord& w = s->words[i];
    const TagWord& prev = s->words[i - 1];
    if (w.text == "'" && prev.fixed == Pos::kUnknown && !prev.lower.empty() && prev.lower.back() == 's' &&
        tok[s->first_token[i]].span.begin == tok[s->first_token[i - 1]].span.end) {
      w.fixed = Pos::kPOS;
    }
  }
  // An all-caps sentence (a wire headline) says nothing about names.
  if (s->words_with_lower == 0 && s->all_caps_words >= 2) {
    for (TagWord& w : s->words) w.mixed_case_sentence = false;
  }
}

// The first word of a sentence, or the first after opening quotes and
// brackets, is capitalised by convention rather than as a name.
void FrontEndImpl::mark_initial(Scratch* s) const {
  for (TagWord& w : s->words) {
    if (w.fixed == Pos::kUnknown) {
      w.initial = true;
      return;
    }
    if (w.fixed != Pos::kQuote && w.fixed != Pos::kLParen && w.fixed != Pos::kPunct) return;
  }
}

bool is_proper(Pos t) { return t == Pos::kNNP || t == Pos::kNNPS; }
bool is_common_noun(Pos t) { return t == Pos::kNN || t == Pos::kNNS; }
bool is_nounish(Pos t) { return pos_is_noun(t) || t == Pos::kCD || t == Pos::kPRP; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Nationality and language adjectives: "Belarusian", "Korean", "Japanese".
bool has_demonym_suffix(std::string_view lower) {
  return lower.size() > 5 && (ends_with(lower, "ian") || ends_with(lower, "ean") || ends_with(lower, "ese") ||
                              ends_with(lower, "ish"));
}

// A title-case word inside a run of names is a name too: "the Unitary
// Platform", "Foreign Ministers' Meeting" (Brill's lexicon has "Platform" NN
// and "Meeting" VBG). Adjectives stay ("Colombian Vice President").
void repair_name_runs(std::vector<TagWord>& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    TagWord& x = w[i];
    if (!x.capitalized || x.initial || !x.mixed_case_sentence) continue;
    if (!is_common_noun(x.tag) && !pos_is_verb(x.tag)) continue;
    bool prev = i > 0 && is_proper(w[i - 1].tag);
    bool next = i + 1 < w.size() && is_proper(w[i + 1].tag) && w[i + 1].capitalized;
    bool possessor = i > 1 && w[i - 1].tag == Pos::kPOS && is_proper(w[i - 2].tag);
    if (prev || next || possessor) x.tag = x.tag == Pos::kNNS ? Pos::kNNPS : Pos::kNNP;
  }
}

// Sentence-initial words known only in lower case keep that tag unless a
// name follows: "Deputy Secretary Sherman" vs "Officials said".
void repair_initial_word(std::vector<TagWord>& w) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!w[i].initial) continue;
    TagWord& x = w[i];
    if (x.via_lower && (is_common_noun(x.tag) || x.tag == Pos::kJJ) && w[i + 1].capitalized &&
        is_proper(w[i + 1].tag)) {
      x.tag = x.tag == Pos::kNNS ? Pos::kNNPS : Pos::kNNP;
    }
    return;
  }
}

// "Russian opposition leader", "the Belarusian pro-democracy movement":
// a capitalised demonym before a common noun or adjective is an adjective.
void repair_demonyms(std::vector<TagWord>& w) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    TagWord& x = w[i];
    const TagWord& next = w[i + 1];
    if (x.capitalized && x.tag == Pos::kNNP && has_demonym_suffix(x.lower) && !next.capitalized &&
        (is_common_noun(next.tag) || pos_is_adjective(next.tag) || next.tag == Pos::kVBG)) {
      x.tag = Pos::kJJ;
    }
  }
}

bool is_auxiliary(std::string_view lower) {
  static constexpr std::string_view kAux[] = {"have", "has", "had", "'ve", "'s", "is", "are", "was", "were",
                                              "be", "been", "being", "'re", "am", "get", "gets", "got"};
  for (std::string_view a : kAux) {
    if (lower == a) return true;
  }
  return false;
}

bool starts_object(Pos t) {
  return t == Pos::kDT || t == Pos::kPRPS || t == Pos::kNNP || t == Pos::kNNPS || t == Pos::kPRP || t == Pos::kCD;
}

// Past tense vs past participle after a subject. Brill's lexicon lists many
// verbs as VBN ("discussed", "convicted") and its rules fix that only after
// NNP and PRP. A participle directly after a noun with an object following and
// no auxiliary before it is a finite past ("The two discussed Venezuela");
// one followed by "by" is a reduced relative ("deaths caused by").
void repair_past_forms(std::vector<TagWord>& w) {
  for (size_t i = 1; i < w.size(); ++i) {
    TagWord& x = w[i];
    if (x.tag != Pos::kVBD && x.tag != Pos::kVBN) continue;
    if (!is_nounish(w[i - 1].tag)) continue;
    const TagWord* next = i + 1 < w.size() ? &w[i + 1] : nullptr;
    if (next != nullptr && next->lower == "by") {
      x.tag = Pos::kVBN;
      continue;
    }
    if (x.tag != Pos::kVBN || next == nullptr || !starts_object(next->tag)) continue;
    bool aux = false;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) aux = aux || is_auxiliary(w[k].lower);
    if (!aux) x.tag = Pos::kVBD;
  }
  // "reached important consensus and provided strategic guidance": a
  // participle coordinated with an earlier finite past, with an object and
  // no auxiliary in between, is finite too.
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    Pos next = w[i + 1].tag;
    if (w[i].tag != Pos::kVBN || w[i - 1].tag != Pos::kCC) continue;
    if (!starts_object(next) && !pos_is_adjective(next) && !is_common_noun(next)) continue;
    for (size_t k = i - 1; k-- > 0;) {
      if (is_auxiliary(w[k].lower) || w[k].tag == Pos::kVBN || w[k].tag == Pos::kPeriod) break;
      if (w[k].tag == Pos::kVBD) {
        w[i].tag = Pos::kVBD;
        break;
      }
    }
  }
}

// Adjective series: "the healthy, stable and sustainable development",
// "a candid, in-depth and productive meeting". Brill's "JJ NN NEXTTAG ,"
// family and the NN default for unknown words break the first member.
void repair_adjective_series(std::vector<TagWord>& w) {
  for (size_t i = 1; i + 2 < w.size(); ++i) {
    TagWord& x = w[i];
    if (x.tag != Pos::kNN || x.capitalized || w[i + 1].text != "," || !pos_is_adjective(w[i + 2].tag)) continue;
    Pos prev = w[i - 1].tag;
    if ((x.lexical == Pos::kJJ || !x.known) && (prev == Pos::kDT || prev == Pos::kPRPS || pos_is_adjective(prev))) {
      x.tag = Pos::kJJ;
    }
  }
}

// Existential "there" before a form of "be" (Brill's rules miss "there were").
void repair_function_words(std::vector<TagWord>& w) {
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "'s", "be", "been", "has", "have",
                                             "had", "remain", "remains", "remained", "seems", "seem", "appear",
                                             "appears", "exist", "exists", "will", "would", "may", "might"};
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i].lower == "there" && i + 1 < w.size()) {
      for (std::string_view b : kBe) {
        if (w[i + 1].lower == b) w[i].tag = Pos::kEX;
      }
    }
  }
}

// "to immediately halt": Brill's "NN VB PREVTAG TO" cannot see past the
// adverb, and "RB JJ NEXTTAG NN" then turns the adverb into an adjective.
void FrontEndImpl::repair_split_infinitive(std::vector<TagWord>& w) const {
  for (size_t i = 2; i < w.size(); ++i) {
    if (w[i - 2].tag != Pos::kTO || w[i - 1].tag != Pos::kRB || !ends_with(w[i - 1].lower, "ly")) continue;
    if (is_common_noun(w[i].tag) && lemmatizer_.is_verb_form(w[i].lower)) w[i].tag = Pos::kVB;
  }
}

// ---------------------------------------------------------------------------
// Tagging and lemmas

void FrontEndImpl::tag(std::string_view base, std::vector<Token>* tokens) const {
  if (tokens == nullptr || tokens->empty()) return;
  for (Token& t : *tokens) {
    if (t.norm.empty() && t.span.begin <= t.span.end && t.span.end <= base.size()) {
      t.norm = normalize_key(base.substr(t.span.begin, t.span.size()));
    }
  }
  thread_local Scratch s;
  build_words(base, tokens, &s);
  mark_initial(&s);
  tagger_.tag_lexical(s.words.data(), s.words.size());
  repair_initial_word(s.words);
  repair_name_runs(s.words);
  repair_demonyms(s.words);
  repair_split_infinitive(s.words);
  tagger_.apply_context(s.words.data(), s.words.size());
  repair_past_forms(s.words);
  repair_adjective_series(s.words);
  repair_function_words(s.words);
  for (size_t w = 0; w < s.words.size(); ++w) {
    if (pos_is_verb(s.words[w].tag)) lemmatizer_.prefetch((*tokens)[s.first_token[w + 1] - 1].norm);
  }
  for (size_t w = 0; w < s.words.size(); ++w) {
    // The whole word and its last part get a lemma by tag ("follow-ups" ->
    // "follow-up", "ups" -> "up"); earlier parts keep their form.
    uint32_t first = s.first_token[w], end = s.first_token[w + 1];
    for (uint32_t k = first; k < end; ++k) {
      Token& t = (*tokens)[k];
      t.pos = s.words[w].tag;
      set_lemma(&t, k == first || k + 1 == end);
    }
  }
}

void FrontEndImpl::set_lemma(Token* t, bool by_tag) const {
  if (by_tag && pos_is_verb(t->pos)) {
    std::string lemma = lemmatizer_.verb_lemma(t->norm);
    t->lemma = lemma.empty() ? t->norm : std::move(lemma);
  } else if (by_tag && (t->pos == Pos::kNNS || t->pos == Pos::kNNPS)) {
    t->lemma = Lemmatizer::noun_singular(t->norm);
  } else {
    t->lemma = t->norm;
  }
}

std::string FrontEndImpl::verb_lemma(std::string_view word) const {
  std::string lower(word);
  for (char& c : lower) c = to_lower(c);
  return lemmatizer_.verb_lemma(lower);
}

// ---------------------------------------------------------------------------
// Stories

void FrontEndImpl::analyze_base(std::string_view base, TextBase which, const std::vector<Span>& regions,
                                AnalyzedStory* out) const {
  for (Span region : regions) {
    if (region.begin >= base.size() || region.empty()) continue;
    if (region.end > base.size()) region.end = static_cast<uint32_t>(base.size());
    for (Span sentence : split_sentences(base, region)) {
      Sentence s;
      s.index = static_cast<uint32_t>(out->sentences.size());
      s.base = which;
      s.span = sentence;
      s.tokens = tokenize(base, sentence);
      if (s.tokens.empty()) continue;
      tag(base, &s.tokens);
      out->sentences.push_back(std::move(s));
    }
  }
}

AnalyzedStory FrontEndImpl::analyze(const Story& story, bool code_titles) const {
  AnalyzedStory out;
  out.story = &story;
  if (code_titles && !story.title.empty()) {
    analyze_base(story.title, TextBase::kTitle, {Span{0, static_cast<uint32_t>(story.title.size())}}, &out);
  }
  // A story built by hand without reader markup is all body.
  if (story.body.empty() && story.metadata.empty()) {
    analyze_base(story.text, TextBase::kText, {Span{0, static_cast<uint32_t>(story.text.size())}}, &out);
  } else {
    analyze_base(story.text, TextBase::kText, story.body, &out);
  }
  return out;
}

}  // namespace

std::string_view AnalyzedStory::base_text(TextBase b) const {
  if (story == nullptr) return {};
  return b == TextBase::kTitle ? std::string_view(story->title) : std::string_view(story->text);
}

Result<std::shared_ptr<const FrontEnd>> FrontEnd::load_from(const std::string& data_dir) {
  auto fe = std::make_shared<FrontEndImpl>();
  if (Status s = fe->load(data_dir + "/lexicon"); !s.ok()) return s;
  return std::shared_ptr<const FrontEnd>(std::move(fe));
}

Result<std::shared_ptr<const FrontEnd>> FrontEnd::load() { return load_from(data_dir()); }

}  // namespace dyad
