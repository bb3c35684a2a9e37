// Canonical form and binary serialisation of a DictionarySet.
//
// The compiled binary is the set itself, canonicalised and written field by
// field in a fixed order (little-endian integers, length-prefixed strings and
// vectors); the indexes are rebuilt on load. Because the writer is a pure
// function of the canonical set, compile(decompile(compile(x))) reproduces
// compile(x) byte for byte. The trivia (comments) come last so the version
// hash can cover the content alone.
#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>
#include <set>

#include "dict/dict_internal.h"
#include "dyad/frontend.h"

namespace dyad::internal {

uint64_t fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// ------------------------------------------------------------------ canonicalize

namespace {

// Words are re-tokenised as the text front end tokenises stories, so a peer
// phrase like "GEORGE_W._BUSH" matches the tokens a story produces, and reading
// the decompiled text gives back exactly these words.
void canon_phrase(Phrase* p) {
  if (p->stem_last && !p->words.empty() && p->words.back().back() != '*') p->words.back() += '*';
  p->stem_last = false;
  std::vector<std::string> words;
  if (p->words.size() == 1 && p->words[0].size() > 1 && p->words[0][0] == '&') {
    words.push_back("&" + normalize_key(std::string_view(p->words[0]).substr(1)));
  } else if (!p->text.empty()) {
    std::string_view body = p->text;
    while (!body.empty() && (body.back() == '=' || body.back() == ' ')) body.remove_suffix(1);
    words = phrase_words(body);
  } else {
    std::string joined;
    for (const auto& w : p->words) joined += (joined.empty() ? "" : " ") + w;
    words = phrase_words(joined);
  }
  p->words = std::move(words);
  std::string joined;
  for (const auto& w : p->words) joined += (joined.empty() ? "" : " ") + w;
  if (p->text == joined) p->text.clear();
}

void canon_phrases(std::vector<Phrase>* list) {
  for (auto& p : *list) canon_phrase(&p);
  std::erase_if(*list, [](const Phrase& p) { return p.words.empty(); });
}

void canon_tokens(std::vector<PatternToken>* seq) {
  for (size_t i = 0; i < seq->size(); ++i) {
    PatternToken& t = (*seq)[i];
    if (i == 0) t.adjacent = false;
    if (t.kind == PatternTokenKind::kWord && t.text == "*") t.kind = PatternTokenKind::kVerb;  // as written
    // Only words and synsets carry text; alternatives only branches, phrases only children.
    if (t.kind != PatternTokenKind::kWord && t.kind != PatternTokenKind::kSynset) t.text.clear();
    if (t.kind != PatternTokenKind::kAlternatives) t.alternatives.clear();
    if (t.kind != PatternTokenKind::kNounPhrase && t.kind != PatternTokenKind::kPrepPhrase) t.children.clear();
    if (t.kind == PatternTokenKind::kWord) {
      bool star = t.text.size() > 1 && t.text.back() == '*';
      std::string key = normalize_key(star ? std::string_view(t.text).substr(0, t.text.size() - 1) : t.text);
      if (!key.empty()) t.text = key + (star ? "*" : "");
    }
    for (auto& alt : t.alternatives) canon_tokens(&alt);
    canon_tokens(&t.children);
  }
}

// Calls f(EntrySource&) for every source in the set.
template <typename F>
void for_each_src(DictionarySet* s, F f) {
  for (auto& a : s->actors) {
    f(a.src);
    for (auto& c : a.codes) f(c.src);
  }
  for (auto& a : s->agents) {
    f(a.src);
    for (auto& c : a.codes) f(c.src);
  }
  for (auto& v : s->verbs) {
    f(v.src);
    for (auto& p : v.patterns) f(p.src);
  }
  for (auto& x : s->synsets) f(x.src);
  for (auto& x : s->transformations) f(x.src);
  for (auto& x : s->time_shifts) f(x.src);
  for (auto& x : s->discards) f(x.src);
  for (auto& x : s->issues) f(x.src);
  for (auto& x : s->ontology) f(x.src);
  for (auto& x : s->trivia) f(x.src);
}

void canon_files(DictionarySet* s) {
  std::set<uint32_t> used;
  for_each_src(s, [&](EntrySource& e) {
    if (e.line == 0 || e.file >= s->files.size()) e = EntrySource{};
    else used.insert(e.file);
  });
  std::vector<uint32_t> order(used.begin(), used.end());
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s->files[a] < s->files[b]; });
  std::map<uint32_t, uint32_t> remap;
  std::vector<std::string> files, formats;
  for (uint32_t old : order) {
    remap[old] = static_cast<uint32_t>(files.size());
    files.push_back(s->files[old]);
    std::string f = old < s->file_formats.size() ? s->file_formats[old] : "";
    formats.push_back(f.empty() ? "unknown" : f);
  }
  for_each_src(s, [&](EntrySource& e) {
    if (e.line != 0) e.file = remap[e.file];
  });
  s->files = std::move(files);
  s->file_formats = std::move(formats);
}

}  // namespace

void canonicalize(DictionarySet* s) {
  for (auto& a : s->actors) {
    for (auto* list : {&a.names, &a.adjectives, &a.demonyms, &a.capitals, &a.cities}) canon_phrases(list);
    if (a.kind != ActorKind::kPerson && a.compound.empty() && header_default(a.codes)) a.codes.back().src = a.src;
  }
  for (auto& a : s->agents) {
    canon_phrases(&a.phrases);
    if (header_default(a.codes)) a.codes.back().src = a.src;
  }
  for (auto& v : s->verbs) {
    canon_phrases(&v.lemmas);
    for (auto& p : v.patterns) canon_tokens(&p.tokens);
  }
  for (auto& x : s->synsets) canon_phrases(&x.members);
  for (auto& x : s->time_shifts) canon_phrase(&x.phrase);
  for (auto& x : s->discards) canon_phrase(&x.phrase);
  for (auto& x : s->issues) canon_phrase(&x.phrase);
  canon_files(s);
  std::stable_sort(s->trivia.begin(), s->trivia.end(), [](const auto& a, const auto& b) {
    return std::tie(a.src.file, a.src.line, a.src.column) < std::tie(b.src.file, b.src.line, b.src.column);
  });
}

// ------------------------------------------------------------------ writing

namespace {

class Out {
 public:
  void u8(uint8_t v) { s_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void str(const std::string& v) {
    u32(static_cast<uint32_t>(v.size()));
    s_ += v;
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& x : v) str(x);
  }
  template <typename T, typename F>
  void list(const std::vector<T>& v, F f) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& x : v) f(x);
  }
  void src(const EntrySource& e) {
    u32(e.file);
    u32(e.line);
    u32(e.column);
  }
  void date(const std::optional<Date>& d) {
    u8(d.has_value());
    if (d) {
      i32(d->year);
      u8(static_cast<uint8_t>(d->month));
      u8(static_cast<uint8_t>(d->day));
    }
  }
  void phrase(const Phrase& p) {
    strs(p.words);
    u8(p.no_forms);
    u8(p.stem_last);
    str(p.text);
  }
  void phrases(const std::vector<Phrase>& v) {
    list(v, [this](const Phrase& p) { phrase(p); });
  }
  void dated(const DatedCode& c) {
    str(c.code);
    u8(c.range.has_value());
    if (c.range) {
      date(c.range->from);
      date(c.range->to);
      u8(static_cast<uint8_t>(c.range->from_part));
      u8(static_cast<uint8_t>(c.range->to_part));
    }
    u8(static_cast<uint8_t>(c.confidence));
    str(c.note);
    src(c.src);
  }
  void codes(const std::vector<DatedCode>& v) {
    list(v, [this](const DatedCode& c) { dated(c); });
  }
  void spec(const EventCodeSpec& c) {
    str(c.code);
    str(c.paired);
    u8(static_cast<uint8_t>(c.strength));
  }
  void tokens(const std::vector<PatternToken>& v) {
    list(v, [this](const PatternToken& t) {
      u8(static_cast<uint8_t>(t.kind));
      str(t.text);
      u8(t.adjacent);
      list(t.alternatives, [this](const std::vector<PatternToken>& a) { tokens(a); });
      tokens(t.children);
    });
  }
  std::string& bytes() { return s_; }

 private:
  std::string s_;
};

void write_actors(Out& o, const std::vector<Actor>& actors) {
  o.list(actors, [&o](const Actor& a) {
    o.u8(static_cast<uint8_t>(a.kind));
    o.phrases(a.names);
    o.codes(a.codes);
    o.strs(a.compound);
    o.u8(static_cast<uint8_t>(a.gender));
    o.str(a.iso2);
    o.str(a.iso3);
    o.str(a.iso_numeric);
    for (const auto* l : {&a.adjectives, &a.demonyms, &a.capitals, &a.cities}) o.phrases(*l);
    o.src(a.src);
  });
}

void write_verbs(Out& o, const std::vector<Verb>& verbs) {
  o.list(verbs, [&o](const Verb& v) {
    o.str(v.block);
    o.phrases(v.lemmas);
    o.strs(v.forms);
    o.i32(v.verb_word);
    o.spec(v.code);
    o.list(v.patterns, [&o](const Pattern& p) {
      o.tokens(p.tokens);
      o.spec(p.code);
      o.str(p.note);
      o.src(p.src);
    });
    o.src(v.src);
  });
}

}  // namespace

std::string serialize_set(const DictionarySet& s, size_t* content_end) {
  Out o;
  o.str(s.manifest.name);
  o.u8(static_cast<uint8_t>(s.manifest.codebook));
  o.str(s.manifest.version);
  o.strs(s.files);
  o.strs(s.file_formats);
  write_actors(o, s.actors);
  o.list(s.agents, [&o](const Agent& a) {
    o.phrases(a.phrases);
    o.codes(a.codes);
    o.u8(a.prefix);
    o.src(a.src);
  });
  write_verbs(o, s.verbs);
  o.list(s.synsets, [&o](const Synset& x) {
    o.str(x.name);
    o.phrases(x.members);
    o.src(x.src);
  });
  o.list(s.transformations, [&o](const Transformation& x) {
    o.str(x.pattern);
    o.str(x.result);
    o.src(x.src);
  });
  o.list(s.time_shifts, [&o](const TimeShift& x) {
    o.phrase(x.phrase);
    o.i32(x.days);
    o.src(x.src);
  });
  o.list(s.discards, [&o](const Discard& x) {
    o.phrase(x.phrase);
    o.u8(x.story_level);
    o.src(x.src);
  });
  o.list(s.issues, [&o](const IssuePhrase& x) {
    o.str(x.code);
    o.phrase(x.phrase);
    o.u8(x.ignore);
    o.src(x.src);
  });
  o.list(s.ontology, [&o](const OntologyEntry& x) {
    o.str(x.code);
    o.u32(x.value);
    o.src(x.src);
  });
  o.strs(s.options);
  if (content_end) *content_end = o.bytes().size();
  o.list(s.trivia, [&o](const DictionarySet::Trivia& t) {
    o.src(t.src);
    o.str(t.text);
  });
  return std::move(o.bytes());
}

// ------------------------------------------------------------------ reading

namespace {

// Every read checks the remaining size; after the first failure all reads
// return defaults and ok() is false, so the parse code stays linear.
class In {
 public:
  explicit In(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  bool at_end() const { return i_ == b_.size(); }

  uint8_t u8() {
    if (!need(1)) return 0;
    return static_cast<uint8_t>(b_[i_++]);
  }
  uint32_t u32() {
    if (!need(4)) return 0;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(static_cast<uint8_t>(b_[i_ + k])) << (8 * k);
    i_ += 4;
    return v;
  }
  int32_t i32() { return static_cast<int32_t>(u32()); }
  bool flag() {
    uint8_t v = u8();
    if (v > 1) ok_ = false;
    return v == 1;
  }
  template <typename E>
  E enum8(uint8_t max) {
    uint8_t v = u8();
    if (v > max) ok_ = false;
    return static_cast<E>(v);
  }
  std::string str() {
    uint32_t n = u32();
    if (!need(n)) return {};
    std::string s(b_.substr(i_, n));
    i_ += n;
    return s;
  }
  // A count, checked against the bytes left (each element takes at least one byte).
  uint32_t count() {
    uint32_t n = u32();
    if (n > b_.size() - i_) ok_ = false;
    return ok_ ? n : 0;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count());
    for (auto& s : v) s = str();
    return v;
  }
  template <typename T, typename F>
  std::vector<T> list(F f) {
    std::vector<T> v(count());
    for (auto& x : v) {
      if (!ok_) break;
      f(x);
    }
    return v;
  }
  EntrySource src() {
    EntrySource e;
    e.file = u32();
    e.line = u32();
    e.column = u32();
    return e;
  }
  std::optional<Date> date() {
    if (!flag()) return std::nullopt;
    Date d;
    d.year = i32();
    d.month = u8();
    d.day = u8();
    if (!d.valid()) ok_ = false;
    return d;
  }
  Phrase phrase() {
    Phrase p;
    p.words = strs();
    p.no_forms = flag();
    p.stem_last = flag();
    p.text = str();
    return p;
  }
  std::vector<Phrase> phrases() {
    return list<Phrase>([this](Phrase& p) { p = phrase(); });
  }
  DatedCode dated() {
    DatedCode c;
    c.code = str();
    if (flag()) {
      DateRange r;
      r.from = date();
      r.to = date();
      r.from_part = enum8<DatePart>(2);
      r.to_part = enum8<DatePart>(2);
      c.range = r;
    }
    c.confidence = enum8<Confidence>(1);
    c.note = str();
    c.src = src();
    return c;
  }
  std::vector<DatedCode> codes() {
    return list<DatedCode>([this](DatedCode& c) { c = dated(); });
  }
  EventCodeSpec spec() {
    EventCodeSpec c;
    c.code = str();
    c.paired = str();
    c.strength = enum8<CodeStrength>(2);
    return c;
  }
  std::vector<PatternToken> tokens(int depth = 0) {
    if (depth > 64) ok_ = false;  // nesting bound: a damaged file must not exhaust the stack
    return list<PatternToken>([this, depth](PatternToken& t) {
      t.kind = enum8<PatternTokenKind>(static_cast<uint8_t>(PatternTokenKind::kPrepPhrase));
      t.text = str();
      t.adjacent = flag();
      t.alternatives =
          list<std::vector<PatternToken>>([this, depth](std::vector<PatternToken>& a) { a = tokens(depth + 1); });
      t.children = tokens(depth + 1);
    });
  }

 private:
  bool need(size_t n) {
    if (!ok_ || n > b_.size() - i_) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view b_;
  size_t i_ = 0;
  bool ok_ = true;
};

Actor read_actor(In& in) {
  Actor a;
  a.kind = in.enum8<ActorKind>(3);
  a.names = in.phrases();
  a.codes = in.codes();
  a.compound = in.strs();
  a.gender = in.enum8<Gender>(2);
  a.iso2 = in.str();
  a.iso3 = in.str();
  a.iso_numeric = in.str();
  for (auto* l : {&a.adjectives, &a.demonyms, &a.capitals, &a.cities}) *l = in.phrases();
  a.src = in.src();
  return a;
}

Verb read_verb(In& in) {
  Verb v;
  v.block = in.str();
  v.lemmas = in.phrases();
  v.forms = in.strs();
  v.verb_word = in.i32();
  v.code = in.spec();
  v.patterns = in.list<Pattern>([&in](Pattern& p) {
    p.tokens = in.tokens();
    p.code = in.spec();
    p.note = in.str();
    p.src = in.src();
  });
  v.src = in.src();
  return v;
}

}  // namespace

bool deserialize_set(std::string_view bytes, DictionarySet* s, std::string* error) {
  In in(bytes);
  s->manifest.name = in.str();
  s->manifest.codebook = in.enum8<Codebook>(2);
  s->manifest.version = in.str();
  s->files = in.strs();
  s->file_formats = in.strs();
  s->actors = in.list<Actor>([&in](Actor& a) { a = read_actor(in); });
  s->agents = in.list<Agent>([&in](Agent& a) {
    a.phrases = in.phrases();
    a.codes = in.codes();
    a.prefix = in.flag();
    a.src = in.src();
  });
  s->verbs = in.list<Verb>([&in](Verb& v) { v = read_verb(in); });
  s->synsets = in.list<Synset>([&in](Synset& x) {
    x.name = in.str();
    x.members = in.phrases();
    x.src = in.src();
  });
  s->transformations = in.list<Transformation>([&in](Transformation& x) {
    x.pattern = in.str();
    x.result = in.str();
    x.src = in.src();
  });
  s->time_shifts = in.list<TimeShift>([&in](TimeShift& x) {
    x.phrase = in.phrase();
    x.days = in.i32();
    x.src = in.src();
  });
  s->discards = in.list<Discard>([&in](Discard& x) {
    x.phrase = in.phrase();
    x.story_level = in.flag();
    x.src = in.src();
  });
  s->issues = in.list<IssuePhrase>([&in](IssuePhrase& x) {
    x.code = in.str();
    x.phrase = in.phrase();
    x.ignore = in.flag();
    x.src = in.src();
  });
  s->ontology = in.list<OntologyEntry>([&in](OntologyEntry& x) {
    x.code = in.str();
    x.value = in.u32();
    x.src = in.src();
  });
  s->options = in.strs();
  s->trivia = in.list<DictionarySet::Trivia>([&in](DictionarySet::Trivia& t) {
    t.src = in.src();
    t.text = in.str();
  });
  if (!in.ok()) {
    *error = "dictionary payload is truncated or damaged";
    return false;
  }
  if (!in.at_end()) {
    *error = "dictionary payload has trailing bytes";
    return false;
  }
  return true;
}

}  // namespace dyad::internal
