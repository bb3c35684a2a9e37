// UTF-8 decoding and character classes (see utf8.h). ASCII is answered by
// plain comparisons; only non-ASCII code points consult utf8proc's tables.
#include "text/utf8.h"

#include <utf8proc.h>

#include <cstring>

namespace dyad::internal {
namespace {

utf8proc_category_t category(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

Decoded invalid() { return Decoded{kReplacementChar, 1, false}; }

}  // namespace

Decoded decode_utf8_multibyte(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char c = p[0];
  uint32_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return invalid();
  }
  if (left < len) return invalid();
  for (uint32_t k = 1; k < len; ++k) {
    if (!is_continuation(p[k])) return invalid();
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  // Overlong forms, UTF-16 surrogates and values past Unicode are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid();
  return Decoded{cp, len, true};
}

void append_utf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_space_non_ascii(char32_t cp) {
  if (cp == 0x85) return true;
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool is_letter_non_ascii(char32_t cp) {
  const auto c = category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_mark_non_ascii(char32_t cp) {
  const auto c = category(cp);
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

bool is_digit_non_ascii(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }

bool is_upper_non_ascii(char32_t cp) {
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower_non_ascii(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LL; }

bool is_format_non_ascii(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_CF; }

bool is_word_non_ascii(char32_t cp) {
  const auto c = category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;  // L*, M*, N*
}

bool is_closing_cp(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x201B: case 0x201F:
      return true;
    default:
      return false;
  }
}

bool is_opening_cp(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case '(': case '[': case '{': case '`':
    case 0x2018: case 0x201C: case 0x00AB: case 0x2039: case 0x201A: case 0x201E:
      return true;
    default:
      return false;
  }
}

bool is_joining_hyphen_cp(char32_t cp) {
  // Em dash is left out on purpose: "Biden\u2014who" is two words, not a compound.
  return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013;
}

bool is_ascii(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  // Eight bytes at a time: any high bit means non-ASCII.
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

}  // namespace dyad::internal
