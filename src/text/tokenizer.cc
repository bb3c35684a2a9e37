// Tokenizer: one sentence span -> tokens with exact byte spans.
//
// Words are runs of letters, marks and digits. Inside a word these join:
//   '.' before a word character     "3.5", "U.S", "state.gov"
//   ',' and ':' between digits      "1,250.5", "14:55"
//   an apostrophe before a letter   "O'Brien", "d'Ivoire" (but not a clitic)
//   '&' between ASCII letters       "AT&T", "S&P"
// A final period joins the word when the word is a dotted acronym ("U.S."),
// a single capital ("J."), or a listed abbreviation ("Mr.", "Inc.", "No." before
// a number); such tokens carry kTokAbbreviation.
// Clitics are separate tokens: "China's" -> "China" "'s"; "don't" -> "do" "n't";
// likewise 're 've 'll 'd 'm.
// Hyphenated compounds ("China-Canada", "U.S.-based", "2019-2020") are emitted
// as the whole token first, then each part and each hyphen as tokens flagged
// kTokHyphenPart (their spans lie inside the whole token's span). A reader that
// wants one linear stream skips either the kTokHyphenPart tokens or the whole.
// Everything else is punctuation: one token per character, except runs of
// ".?!" ("...", "?!") and of '-' ("--"), which stay together.
#include <algorithm>
#include <string_view>
#include <vector>

#include "dyad/frontend.h"
#include "text/abbreviations.h"
#include "text/utf8.h"

namespace dyad {
namespace {

using internal::Decoded;
using internal::decode_utf8;

// Compounds with more parts than this are kept whole without part tokens
// (a long hyphenated run is a table or an artefact, not a name).
constexpr int kMaxCompoundParts = 8;

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* out) : text_(text), out_(out) {}

  void run(uint32_t begin, uint32_t end) {
    end_ = end;
    uint32_t i = begin;
    while (i < end_) {
      const Decoded d = at(i);
      if (internal::is_space_cp(d.cp)) {
        i += d.len;
      } else if (internal::is_word_cp(d.cp)) {
        i = scan_word(i);
        i = scan_clitic(i);
      } else {
        i = scan_punct(i, d);
      }
    }
  }

 private:
  Decoded at(uint32_t i) const { return decode_utf8(text_, i); }
  bool word_at(uint32_t i) const { return i < end_ && internal::is_word_cp(at(i).cp); }
  unsigned char byte(uint32_t i) const { return i < end_ ? static_cast<unsigned char>(text_[i]) : 0; }

  uint32_t clitic_end(uint32_t apostrophe) const;
  uint32_t segment_end(uint32_t i, bool* abbreviation) const;
  bool attaches_period(uint32_t begin, uint32_t dot) const;
  uint32_t scan_word(uint32_t i);
  uint32_t scan_clitic(uint32_t i);
  uint32_t scan_punct(uint32_t i, const Decoded& d);
  void emit(uint32_t b, uint32_t e, uint8_t flags);

  std::string_view text_;
  std::vector<Token>* out_;
  uint32_t end_ = 0;
  bool seen_word_ = false;
};

// If a clitic ('s 're 've 'll 'd 'm) starts at the apostrophe, its end; else 0.
uint32_t Tokenizer::clitic_end(uint32_t apostrophe) const {
  const Decoded a = at(apostrophe);
  if (!is_apostrophe(a.cp)) return 0;
  const uint32_t s = apostrophe + a.len;
  uint32_t k = s;
  while (k < end_ && k - s < 3 && internal::is_ascii_alpha(byte(k))) ++k;
  if (k == s || word_at(k)) return 0;
  char buf[3];
  for (uint32_t m = s; m < k; ++m) buf[m - s] = internal::ascii_lower(text_[m]);
  const std::string_view suffix(buf, k - s);
  if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
      suffix == "m" || suffix == "t")
    return k;
  return 0;
}

bool Tokenizer::attaches_period(uint32_t begin, uint32_t dot) const {
  if (byte(dot + 1) == '.') return false;  // an ellipsis, not an abbreviation
  const std::string_view body = text_.substr(begin, dot - begin);
  if (internal::is_dotted_acronym(body)) return true;
  const Decoded first = at(begin);
  if (first.len == body.size() && internal::is_upper_cp(first.cp)) return true;  // initial
  switch (internal::lookup_abbreviation(body)) {
    case internal::AbbrevKind::kNone:
      return false;
    case internal::AbbrevKind::kBeforeNumber: {
      uint32_t k = dot + 1;
      while (k < end_ && byte(k) == ' ') ++k;
      return internal::is_ascii_digit(byte(k));
    }
    default:
      return true;
  }
}

// End of one hyphen-free segment of a word starting at i.
uint32_t Tokenizer::segment_end(uint32_t i, bool* abbreviation) const {
  *abbreviation = false;
  uint32_t j = i;
  while (j < end_) {
    const Decoded d = at(j);
    if (internal::is_word_cp(d.cp) || (j > i && internal::is_format_cp(d.cp))) {
      j += d.len;
      continue;
    }
    const unsigned char c = byte(j);
    if ((c == '.' && word_at(j + 1)) ||
        ((c == ',' || c == ':') && internal::is_ascii_digit(byte(j - 1)) &&
         internal::is_ascii_digit(byte(j + 1))) ||
        (c == '&' && internal::is_ascii_alpha(byte(j - 1)) && internal::is_ascii_alpha(byte(j + 1)))) {
      ++j;
      continue;
    }
    if (is_apostrophe(d.cp) && word_at(j + d.len)) {
      const uint32_t clitic = clitic_end(j);
      if (clitic == 0) {
        j += d.len;
        continue;
      }
      // "don't": the clitic is "n't"; the word keeps "do" (unless that empties it).
      const bool nt = clitic - j - d.len == 1 && (text_[clitic - 1] | 0x20) == 't';
      if (nt && j - 1 > i && (text_[j - 1] | 0x20) == 'n') return j - 1;
      if (nt) {
        j += d.len;
        continue;
      }
      return j;
    }
    break;
  }
  *abbreviation = j < end_ && byte(j) == '.' && attaches_period(i, j);
  return *abbreviation ? j + 1 : j;
}

uint32_t Tokenizer::scan_word(uint32_t i) {
  uint32_t bounds[2 * kMaxCompoundParts + 1];
  bool abbrev[kMaxCompoundParts] = {};
  int parts = 0;
  uint32_t j = i;
  bounds[0] = i;
  while (true) {
    j = segment_end(j, &abbrev[parts]);
    bounds[2 * parts + 1] = j;
    ++parts;
    if (j >= end_ || parts == kMaxCompoundParts) break;
    const Decoded h = at(j);
    if (!internal::is_joining_hyphen_cp(h.cp) || !word_at(j + h.len)) break;
    j += h.len;
    bounds[2 * parts] = j;
  }
  const uint8_t start = seen_word_ ? 0 : kTokSentenceStart;
  seen_word_ = true;
  emit(i, j, static_cast<uint8_t>(start | (abbrev[parts - 1] && parts == 1 ? kTokAbbreviation : 0)));
  if (parts == 1) return j;
  for (int p = 0; p < parts; ++p) {
    if (p > 0) emit(bounds[2 * p - 1], bounds[2 * p], kTokHyphenPart);
    emit(bounds[2 * p], bounds[2 * p + 1],
         static_cast<uint8_t>(kTokHyphenPart | (abbrev[p] ? kTokAbbreviation : 0)));
  }
  return j;
}

uint32_t Tokenizer::scan_clitic(uint32_t i) {
  if (i >= end_) return i;
  const bool n = (byte(i) | 0x20) == 'n';
  const uint32_t e = clitic_end(n ? i + 1 : i);
  if (e == 0) return i;
  const bool t = (byte(e - 1) | 0x20) == 't';
  if (n != t) return i;  // "n" goes only with "'t", and "'t" only after "n"
  emit(i, e, 0);
  return e;
}

uint32_t Tokenizer::scan_punct(uint32_t i, const Decoded& d) {
  uint32_t j = i + d.len;
  const unsigned char c = byte(i);
  if (c == '.' || c == '?' || c == '!') {
    while (j < end_ && (byte(j) == '.' || byte(j) == '?' || byte(j) == '!')) ++j;
  } else if (c == '-') {
    while (j < end_ && byte(j) == '-') ++j;
  }
  emit(i, j, 0);
  return j;
}

uint8_t case_and_number_flags(std::string_view s) {
  int letters = 0;
  int upper = 0;
  bool first_upper = false;
  bool number = internal::is_ascii_digit(static_cast<unsigned char>(s[0]));
  for (size_t i = 0; i < s.size();) {
    const Decoded d = decode_utf8(s, i);
    i += d.len;
    if (number && !(d.cp < 0x80 && internal::is_ascii_digit(static_cast<unsigned char>(d.cp))) &&
        d.cp != '.' && d.cp != ',' && d.cp != ':')
      number = false;
    if (!internal::is_letter_cp(d.cp)) continue;
    const bool up = internal::is_upper_cp(d.cp);
    if (letters == 0) first_upper = up;
    ++letters;
    upper += up;
  }
  uint8_t f = 0;
  if (first_upper) f |= kTokCapitalized;
  if (letters >= 2 && upper == letters) f |= kTokAllCaps;
  if (number) f |= kTokNumber;
  return f;
}

void Tokenizer::emit(uint32_t b, uint32_t e, uint8_t flags) {
  const std::string_view piece = text_.substr(b, e - b);
  Token& t = out_->emplace_back();
  t.span = Span{b, e};
  t.flags = static_cast<uint8_t>(flags | case_and_number_flags(piece));
  t.norm = normalize_key(piece);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span sentence) {
  std::vector<Token> out;
  const auto size = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  const uint32_t begin = std::min(sentence.begin, size);
  const uint32_t end = std::min(sentence.end, size);
  if (begin >= end) return out;
  out.reserve((end - begin) / 5 + 4);
  Tokenizer(text, &out).run(begin, end);
  return out;
}

}  // namespace dyad
