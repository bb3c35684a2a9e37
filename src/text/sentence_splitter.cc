// Rule-based sentence splitter.
//
// A region is first cut into paragraphs at blank lines ("\n\n", or a newline,
// spaces and another newline). Inside a paragraph a single newline is a space,
// except before a bullet ("- ", "* ", "1. ", U+2022 ...) or after a line that
// looks like a heading (short, no final punctuation, Title Case or CAPITALS),
// where it ends the sentence.
//
// Sentence ends are candidates at runs of '.', '?', '!' and U+2026 followed by
// optional closing quotes and brackets and then whitespace. A candidate is
// rejected when the next word starts with a lower-case letter or continues
// with punctuation (", ; : ."), or when it sits inside parentheses that close
// soon. '?', '!' and ellipses end the sentence otherwise. For a single '.',
// the word before it decides:
//   - titles and inner abbreviations ("Mr.", "Gen.", "St.", "vs.") never end one;
//   - "No.", "Ref." ... do not end one before a number;
//   - dotted acronyms ("U.S.", "D.C.", "p.m."), single capitals (initials) and
//     abbreviations that may end a sentence ("Inc.", "Jr.", "Nov.") end one only
//     before a common sentence starter ("The", "He", "But", "In" ...), so
//     "the U.S. Embassy" stays whole but "in the U.S. The next day" splits;
//   - "D.C." (as in "Washington, D.C.") ends one before any capital;
//   - a short number opening the sentence ("1.") is a list marker;
//   - any other word ends the sentence.
// Decimals, "state.gov" and "U.S.-based" never split because no whitespace
// follows the period.
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

// How far ahead a ')' may be for a period inside "(...)" not to end a sentence.
constexpr uint32_t kParenLookahead = 200;
// Longest line (bytes) that can be a heading.
constexpr uint32_t kMaxHeadingLength = 80;

// Words that stay lower case inside a Title Case heading (compared ignoring
// case, so a line ending in "The" is not taken for a heading either).
bool is_title_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a",  "an", "and", "at", "by",  "de", "del", "der", "des",  "du",   "for",
      "from", "in", "la", "le", "of", "on", "or", "the", "to", "van", "von", "with"};
  char lower[4];
  if (w.size() > sizeof lower) return false;
  for (size_t i = 0; i < w.size(); ++i) lower[i] = internal::ascii_lower(w[i]);
  const std::string_view key(lower, w.size());
  return std::find(std::begin(kWords), std::end(kWords), key) != std::end(kWords);
}

// What follows a candidate sentence end.
struct NextWord {
  bool none = true;      // nothing left in the paragraph
  bool lower = false;    // starts with a lower-case letter
  bool digit = false;    // starts with a digit
  bool punct = false;    // continues with , ; : . - ) ] }
  bool capital = false;  // starts with an upper-case letter
  bool starter = false;  // a common sentence starter ("The", "He", ...)
};

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Span>* out) : text_(text), out_(out) {}

  void split_region(uint32_t begin, uint32_t end) {
    uint32_t para = begin;
    for (uint32_t i = begin; i < end; ++i) {
      if (text_[i] != '\n') continue;
      uint32_t j = i + 1;
      while (j < end && (text_[j] == ' ' || text_[j] == '\t' || text_[j] == '\r')) ++j;
      if (j < end && text_[j] == '\n') {
        split_paragraph(para, i);
        para = j + 1;
        i = j;
      }
    }
    split_paragraph(para, end);
  }

 private:
  Decoded at(uint32_t i) const { return decode_utf8(text_, i); }

  uint32_t skip_space(uint32_t i, uint32_t end) const {
    while (i < end) {
      const Decoded d = at(i);
      if (!internal::is_space_cp(d.cp)) break;
      i += d.len;
    }
    return i;
  }

  // Offset of the code point ending at `end`, if it is whitespace; else `end`.
  uint32_t space_before(uint32_t end, uint32_t begin) const {
    uint32_t s = end - 1;
    while (s > begin && end - s < 4 && (static_cast<unsigned char>(text_[s]) & 0xC0) == 0x80) --s;
    const Decoded d = at(s);
    if (d.valid && s + d.len == end && internal::is_space_cp(d.cp)) return s;
    return end;
  }

  void emit(uint32_t begin, uint32_t end) {
    while (end > begin) {
      const uint32_t s = space_before(end, begin);
      if (s == end) break;
      end = s;
    }
    if (end > begin) out_->push_back(Span{begin, end});
  }

  // Bytes of a sentence terminator at i: '.', '?', '!' (1) or U+2026 (3); 0 if none.
  uint32_t terminator_len(uint32_t i, uint32_t end) const {
    const char c = text_[i];
    if (c == '.' || c == '?' || c == '!') return 1;
    if (c == '\xE2' && i + 2 < end && text_[i + 1] == '\x80' && text_[i + 2] == '\xA6') return 3;
    return 0;
  }

  void split_paragraph(uint32_t begin, uint32_t end);
  bool line_break_ends_sentence(uint32_t line_begin, uint32_t nl, uint32_t end) const;
  bool starts_with_bullet(uint32_t i, uint32_t end) const;
  bool looks_like_heading(uint32_t begin, uint32_t end) const;
  NextWord next_word(uint32_t i, uint32_t end) const;
  bool closes_soon(uint32_t i, uint32_t end) const;
  bool period_ends_sentence(uint32_t start, uint32_t dot, const NextWord& next) const;

  std::string_view text_;
  std::vector<Span>* out_;
};

void Splitter::split_paragraph(uint32_t begin, uint32_t end) {
  uint32_t start = skip_space(begin, end);
  uint32_t line_begin = begin;
  int depth = 0;  // open parentheses and brackets
  uint32_t i = start;
  while (i < end) {
    const char c = text_[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == '\n') {
      if (line_break_ends_sentence(line_begin, i, end)) {
        emit(start, i);
        start = skip_space(i + 1, end);
        depth = 0;
      }
      line_begin = ++i;
      continue;
    }
    uint32_t len = terminator_len(i, end);
    if (len == 0) {
      ++i;
      continue;
    }
    bool question = false;
    bool ellipsis = false;
    uint32_t run = i;
    for (; run < end && (len = terminator_len(run, end)) != 0; run += len) {
      question |= text_[run] == '?' || text_[run] == '!';
      ellipsis |= len == 3 || (run > i && text_[run] == '.');
    }
    uint32_t k = run;
    while (k < end) {
      const Decoded d = at(k);
      if (!internal::is_closing_cp(d.cp)) break;
      if ((d.cp == ')' || d.cp == ']') && depth > 0) --depth;
      k += d.len;
    }
    if (k >= end || !internal::is_space_cp(at(k).cp)) {
      i = k > run ? k : run;
      continue;
    }
    const NextWord next = next_word(skip_space(k, end), end);
    bool boundary = !next.lower && !next.punct;
    if (boundary && depth > 0 && closes_soon(k, end)) boundary = false;
    if (boundary && !question && !ellipsis) boundary = period_ends_sentence(start, i, next);
    if (boundary) {
      emit(start, k);
      start = skip_space(k, end);
      depth = 0;
    }
    i = k;
  }
  emit(start, end);
}

NextWord Splitter::next_word(uint32_t i, uint32_t end) const {
  NextWord n;
  if (i >= end) return n;
  n.none = false;
  Decoded d = at(i);
  switch (d.cp) {
    case ',': case ';': case ':': case '.': case '-': case ')': case ']': case '}':
      n.punct = true;
      return n;
    default:
      break;
  }
  while (internal::is_opening_cp(d.cp)) {
    i += d.len;
    if (i >= end) return n;
    d = at(i);
  }
  n.lower = internal::is_lower_cp(d.cp);
  n.digit = internal::is_digit_cp(d.cp);
  n.capital = internal::is_upper_cp(d.cp);
  uint32_t j = i;
  while (j < end && internal::is_ascii_alpha(static_cast<unsigned char>(text_[j]))) ++j;
  n.starter = j > i && internal::is_sentence_starter(text_.substr(i, j - i));
  return n;
}

bool Splitter::closes_soon(uint32_t i, uint32_t end) const {
  const uint32_t limit = std::min(end, i + kParenLookahead);
  for (uint32_t j = i; j < limit; ++j)
    if (text_[j] == ')' || text_[j] == ']') return true;
  return false;
}

bool Splitter::period_ends_sentence(uint32_t start, uint32_t dot, const NextWord& next) const {
  uint32_t wb = dot;
  while (wb > start) {
    const auto c = static_cast<unsigned char>(text_[wb - 1]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '"' || c == '\'') break;
    --wb;
  }
  const std::string_view word = text_.substr(wb, dot - wb);
  if (word.empty()) return true;
  if (wb == start && word.size() <= 3 &&
      std::all_of(word.begin(), word.end(), [](char c) { return internal::is_ascii_digit(c); }))
    return false;  // "1." opening a numbered paragraph
  // Only the last part of a compound decides ("Sino-U.S.", "ESBL-E.").
  const size_t hyphen = word.find_last_of("-/");
  std::string_view last = hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
  while (!last.empty()) {  // drop leading quotes and symbols: \u201cU.S -> U.S
    const Decoded d = decode_utf8(last, 0);
    if (internal::is_word_cp(d.cp)) break;
    last.remove_prefix(d.len);
  }
  if (last.empty()) return true;
  // "in Washington, D.C. Secretary Blinken ..." (State Department readouts):
  // D.C. names a place that closes its clause, so any capital starts a sentence.
  if (last == "D.C") return next.capital || next.starter;
  if (internal::is_dotted_acronym(last)) return next.starter;
  const Decoded first = at(dot - static_cast<uint32_t>(last.size()));
  if (first.len == last.size() && internal::is_upper_cp(first.cp)) return next.starter;  // initial
  switch (internal::lookup_abbreviation(last)) {
    case internal::AbbrevKind::kTitle:
    case internal::AbbrevKind::kInner:
      return false;
    case internal::AbbrevKind::kBeforeNumber:
      return !next.digit;
    case internal::AbbrevKind::kFinal:
      return next.starter;
    case internal::AbbrevKind::kNone:
      break;
  }
  return true;
}

bool Splitter::starts_with_bullet(uint32_t i, uint32_t end) const {
  const Decoded d = at(i);
  if (d.cp == 0x2022 || d.cp == 0x00B7 || d.cp == 0x25AA || d.cp == 0x25E6 || d.cp == 0x2023)
    return true;
  const auto space_at = [&](uint32_t j) { return j < end && (text_[j] == ' ' || text_[j] == '\t'); };
  if (d.cp == '-' || d.cp == '*') return space_at(i + 1);
  uint32_t j = i;
  while (j < end && j - i < 3 && internal::is_ascii_digit(text_[j])) ++j;
  return j > i && j < end && (text_[j] == '.' || text_[j] == ')') && space_at(j + 1);
}

bool Splitter::looks_like_heading(uint32_t begin, uint32_t end) const {
  if (end - begin > kMaxHeadingLength) return false;
  const unsigned char last = static_cast<unsigned char>(text_[end - 1]);
  if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '&') return false;
  bool capital = false;
  std::string_view last_word;
  uint32_t i = begin;
  while (i < end) {
    while (i < end && text_[i] == ' ') ++i;
    uint32_t j = i;
    while (j < end && text_[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view w = text_.substr(i, j - i);
    const Decoded d = at(i);
    if (internal::is_lower_cp(d.cp) && !is_title_function_word(w)) return false;
    capital |= internal::is_upper_cp(d.cp) || internal::is_digit_cp(d.cp);
    last_word = w;
    i = j;
  }
  return capital && !is_title_function_word(last_word);
}

bool Splitter::line_break_ends_sentence(uint32_t line_begin, uint32_t nl, uint32_t end) const {
  uint32_t next = nl + 1;
  while (next < end && (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\r')) ++next;
  if (next >= end) return false;
  if (starts_with_bullet(next, end)) return true;
  uint32_t b = skip_space(line_begin, nl);
  uint32_t e = nl;
  while (e > b && (text_[e - 1] == ' ' || text_[e - 1] == '\t' || text_[e - 1] == '\r')) --e;
  if (e <= b) return false;
  const char last = text_[e - 1];
  if (last == '.' || last == '?' || last == '!') return false;  // the terminator rules decide
  const Decoded first = at(next);
  const bool opens = internal::is_upper_cp(first.cp) || internal::is_digit_cp(first.cp) ||
                     internal::is_opening_cp(first.cp);
  return opens && looks_like_heading(b, e);
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span region) {
  std::vector<Span> out;
  const auto size = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  const uint32_t begin = std::min(region.begin, size);
  const uint32_t end = std::min(region.end, size);
  if (begin >= end) return out;
  out.reserve((end - begin) / 100 + 1);
  Splitter(text, &out).split_region(begin, end);
  return out;
}

}  // namespace dyad
