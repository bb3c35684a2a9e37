// String escaping and number formatting for the event writers.
//
// The scanners copy runs of bytes that need no escaping in one append and only
// look closer at '"', '\\', control characters and non-ASCII bytes, so plain
// ASCII text costs little more than a memcpy.
#include "event/text_escape.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace dyad::internal {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the sequence at s[0]: returns its length when well formed, or minus
// the length of the maximal ill-formed subpart when not.
int utf8_step(std::string_view s) {
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;   // no overlong forms
    if (b0 == 0xED) hi = 0x9F;   // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;   // no overlong forms
    if (b0 == 0xF4) hi = 0x8F;   // nothing above U+10FFFF
  } else {
    return -1;                   // stray continuation, C0/C1, F5..FF
  }
  if (s.size() < 2) return -1;
  const auto b1 = static_cast<unsigned char>(s[1]);
  if (b1 < lo || b1 > hi) return -1;
  for (int i = 2; i < need; ++i) {
    if (static_cast<size_t>(i) >= s.size() || !is_continuation(static_cast<unsigned char>(s[i]))) return -i;
  }
  return need;
}

// Bytes that JSON strings cannot hold as they are (or that we must check):
// a table, because this test runs once per output byte.
constexpr std::array<bool, 256> make_json_special() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}
constexpr std::array<bool, 256> kJsonSpecial = make_json_special();
bool json_special(unsigned char c) { return kJsonSpecial[c]; }

void append_json_control(std::string& out, unsigned char c) {
  switch (c) {
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  static const char kHex[] = "0123456789abcdef";
  const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out.append(esc, sizeof esc);
}

bool tsv_special(unsigned char c, bool list_item) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\\' || c >= 0x80 || (list_item && c == ';');
}

}  // namespace

size_t invalid_utf8_prefix(std::string_view s) {
  const int step = utf8_step(s);
  return step < 0 ? static_cast<size_t>(-step) : 0;
}

bool is_valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const int step = utf8_step(s.substr(i));
    if (step < 0) return false;
    i += static_cast<size_t>(step);
  }
  return true;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!json_special(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const int step = utf8_step(s.substr(i));
      if (step > 0) {   // well-formed multi-byte character: part of the run
        i += static_cast<size_t>(step);
        continue;
      }
      out.append(s.data() + run, i - run);
      out += "\\ufffd";
      i += static_cast<size_t>(-step);
    } else {
      out.append(s.data() + run, i - run);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else {
        append_json_control(out, c);
      }
      ++i;
    }
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;  // 32 bytes always suffice for the shortest form of a double
  out.append(buf, static_cast<size_t>(end - buf));
  if (std::memchr(buf, '.', static_cast<size_t>(end - buf)) == nullptr &&
      std::memchr(buf, 'e', static_cast<size_t>(end - buf)) == nullptr) {
    out += ".0";
  }
}

void append_tsv_field(std::string& out, std::string_view s, bool list_item) {
  size_t run = 0;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!tsv_special(c, list_item)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const int step = utf8_step(s.substr(i));
      if (step > 0) {
        i += static_cast<size_t>(step);
        continue;
      }
      out.append(s.data() + run, i - run);
      out += "\xEF\xBF\xBD";   // U+FFFD
      i += static_cast<size_t>(-step);
    } else {
      out.append(s.data() + run, i - run);
      out += '\\';
      out += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : static_cast<char>(c);
      ++i;
    }
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
}

}  // namespace dyad::internal
