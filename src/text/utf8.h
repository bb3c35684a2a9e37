// UTF-8 decoding and character classes shared by the text front end
// (normalisation, sentence splitting, tokenisation).
//
// All functions are pure and thread-safe. Decoding never fails: an invalid or
// truncated sequence decodes as U+FFFD with length 1, so callers always make
// progress and byte offsets stay exact.
#ifndef DYAD_TEXT_UTF8_H_
#define DYAD_TEXT_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct Decoded {
  char32_t cp = 0;    // the code point, or U+FFFD for an invalid byte
  uint32_t len = 1;   // bytes consumed (1 for an invalid byte)
  bool valid = true;  // false when the byte at the position is not valid UTF-8
};

// Out-of-line parts for non-ASCII input (utf8.cc); use the inline functions below.
Decoded decode_utf8_multibyte(std::string_view s, size_t i);
bool is_space_non_ascii(char32_t cp);
bool is_letter_non_ascii(char32_t cp);
bool is_mark_non_ascii(char32_t cp);
bool is_digit_non_ascii(char32_t cp);
bool is_upper_non_ascii(char32_t cp);
bool is_lower_non_ascii(char32_t cp);
bool is_format_non_ascii(char32_t cp);
bool is_word_non_ascii(char32_t cp);

inline bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(unsigned char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline char ascii_lower(char c) {
  return is_ascii_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Decodes the code point starting at s[i] (i < s.size()). Rejects overlong
// forms, surrogates and values above U+10FFFF. Inline for the ASCII case,
// which is nearly all of news text.
inline Decoded decode_utf8(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return Decoded{c, 1, true};
  return decode_utf8_multibyte(s, i);
}

// Appends the UTF-8 encoding of cp (which must be a valid scalar value).
void append_utf8(char32_t cp, std::string* out);

// Code point classes (Unicode general category for non-ASCII).
inline bool is_space_cp(char32_t cp) {  // ASCII whitespace, Zs, Zl, Zp, NEL
  return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : is_space_non_ascii(cp);
}
inline bool is_letter_cp(char32_t cp) {  // L*
  return cp < 0x80 ? is_ascii_alpha(static_cast<unsigned char>(cp)) : is_letter_non_ascii(cp);
}
inline bool is_mark_cp(char32_t cp) { return cp >= 0x80 && is_mark_non_ascii(cp); }  // M*
inline bool is_digit_cp(char32_t cp) {  // Nd
  return cp < 0x80 ? is_ascii_digit(static_cast<unsigned char>(cp)) : is_digit_non_ascii(cp);
}
inline bool is_upper_cp(char32_t cp) {  // Lu, Lt
  return cp < 0x80 ? is_ascii_upper(static_cast<unsigned char>(cp)) : is_upper_non_ascii(cp);
}
inline bool is_lower_cp(char32_t cp) {  // Ll
  return cp < 0x80 ? is_ascii_lower(static_cast<unsigned char>(cp)) : is_lower_non_ascii(cp);
}
// Cf (soft hyphen, zero-width joiner ...).
inline bool is_format_cp(char32_t cp) { return cp >= 0x80 && is_format_non_ascii(cp); }
// Letters, marks and numbers (L*, M*, N*): the characters a word is made of.
inline bool is_word_cp(char32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<unsigned char>(cp);
    return is_ascii_alpha(c) || is_ascii_digit(c);
  }
  return is_word_non_ascii(cp);
}

// Opening and closing quotation marks and brackets (ASCII and typographic).
bool is_closing_cp(char32_t cp);  // " ' ) ] } and right quotes, right guillemets
bool is_opening_cp(char32_t cp);  // " ' ( [ { and left quotes, left guillemets
// Hyphens that join the parts of a compound word ("China-Canada", "2019-2020").
bool is_joining_hyphen_cp(char32_t cp);

// True when every byte of s is below 0x80.
bool is_ascii(std::string_view s);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_UTF8_H_
