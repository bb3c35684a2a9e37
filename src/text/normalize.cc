// Normalisation to the match form: ASCII quotes and dashes, NFKC, case
// folding, diacritics stripped.
//
// The work is done one code point at a time so that every output byte can name
// the original code point it came from (Normalized::to_original). That is
// exact for everything this function does: since marks are stripped, NFKC
// composition can only join what one code point decomposed into (Hangul
// syllables), so composing within each code point's expansion gives the same
// text as normalising the whole string.
//
// ASCII is lower-cased byte by byte (NFKC and case folding of ASCII letters is
// just lower-casing); pure-ASCII input skips the per-code-point loop entirely.
// Invalid UTF-8 bytes become U+FFFD, each mapped to the offending byte.
#include <utf8proc.h>

#include <algorithm>
#include <numeric>

#include "dyad/frontend.h"
#include "text/utf8.h"

namespace dyad {
namespace {

using internal::Decoded;

constexpr utf8proc_option_t kFoldOptions = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
    UTF8PROC_IGNORE | UTF8PROC_STRIPMARK);

// Typographic quotes, primes and dashes that NFKC leaves alone (or turns into
// something other than ASCII). Returns 0 when cp is not one of them.
char ascii_punctuation(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:  // single quotes
    case 0x2032: case 0x2035: case 0x2039: case 0x203A:  // prime, reversed prime, single guillemets
    case 0x02BC: case 0x02B9: case 0x00B4: case 0xFF07:  // modifier apostrophe, prime, acute accent
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:  // double quotes
    case 0x00AB: case 0x00BB: case 0x2033: case 0x2036:  // guillemets, double primes
    case 0x301D: case 0x301E: case 0x301F: case 0xFF02:  // CJK and fullwidth quotes
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2043: case 0xFE58: case 0xFE63: case 0xFF0D:
    case 0x2E3A: case 0x2E3B: case 0x2E0F: case 0x2E1A:
      return '-';
    default:
      return 0;
  }
}

// Appends the match form of one code point to *out (possibly nothing: ignorable
// characters and stripped marks vanish).
void append_folded(const Decoded& d, std::string* out) {
  if (!d.valid) {
    internal::append_utf8(internal::kReplacementChar, out);
    return;
  }
  if (char a = ascii_punctuation(d.cp)) {
    out->push_back(a);
    return;
  }
  utf8proc_int32_t buf[32];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(d.cp), buf, 32,
                                               kFoldOptions, nullptr);
  if (n < 0 || n > 32) {  // unassigned or an expansion longer than any in Unicode 15
    internal::append_utf8(d.cp, out);
    return;
  }
  if (n > 1) n = utf8proc_normalize_utf32(buf, n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  for (utf8proc_ssize_t k = 0; k < n; ++k) {
    const auto cp = static_cast<char32_t>(buf[k]);
    if (char a = ascii_punctuation(cp)) {
      out->push_back(a);
    } else {
      internal::append_utf8(cp, out);
    }
  }
}

void lower_ascii_into(std::string_view in, std::string* out) {
  out->resize(in.size());
  std::transform(in.begin(), in.end(), out->begin(), internal::ascii_lower);
}

// The general path: ASCII bytes lower-cased, other code points folded.
void fold_mixed(std::string_view in, std::string* out, std::vector<uint32_t>* map) {
  size_t i = 0;
  while (i < in.size()) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      out->push_back(internal::ascii_lower(static_cast<char>(c)));
      if (map) map->push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const Decoded d = internal::decode_utf8(in, i);
    const size_t before = out->size();
    append_folded(d, out);
    if (map) map->insert(map->end(), out->size() - before, static_cast<uint32_t>(i));
    i += d.len;
  }
}

}  // namespace

Normalized normalize(std::string_view utf8) {
  Normalized r;
  if (internal::is_ascii(utf8)) {
    lower_ascii_into(utf8, &r.text);
    r.to_original.resize(utf8.size() + 1);
    std::iota(r.to_original.begin(), r.to_original.end(), 0u);
    return r;
  }
  r.text.reserve(utf8.size());
  r.to_original.reserve(utf8.size() + 1);
  fold_mixed(utf8, &r.text, &r.to_original);
  r.to_original.push_back(static_cast<uint32_t>(utf8.size()));
  return r;
}

std::string normalize_key(std::string_view utf8) {
  std::string out;
  if (internal::is_ascii(utf8)) {
    lower_ascii_into(utf8, &out);
    return out;
  }
  out.reserve(utf8.size());
  fold_mixed(utf8, &out, nullptr);
  return out;
}

}  // namespace dyad
