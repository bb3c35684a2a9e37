// Fuzz target for the text front end: split_sentences, tokenize and normalize
// on arbitrary bytes. Checks the invariants every later stage relies on:
// spans ordered, non-overlapping (sentences), inside their region, on UTF-8
// character boundaries; to_original monotone, in range and ending at the
// input size; normalize_key equal to normalize().text.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <utf8proc.h>

#include <vector>

#include "dyad/frontend.h"

namespace {

constexpr size_t kMaxInput = 1 << 16;

void check(bool ok) {
  if (!ok) std::abort();
}

// Character starts found by utf8proc (independently of dyad's own decoder):
// an invalid byte counts as a one-byte character.
std::vector<bool> char_starts(std::string_view s) {
  std::vector<bool> starts(s.size() + 1, false);
  size_t i = 0;
  while (i < s.size()) {
    starts[i] = true;
    utf8proc_int32_t cp;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    i += n > 0 ? static_cast<size_t>(n) : 1;
  }
  starts[s.size()] = true;
  return starts;
}

void check_normalized(std::string_view in) {
  const dyad::Normalized n = dyad::normalize(in);
  check(n.to_original.size() == n.text.size() + 1);
  check(n.to_original.back() == in.size());
  for (size_t i = 0; i + 1 < n.to_original.size(); ++i) {
    check(n.to_original[i] <= n.to_original[i + 1]);
    check(n.to_original[i] < in.size());
  }
  check(dyad::normalize_key(in) == n.text);
}

// `starts` is null when the region began at an arbitrary byte (edges may then
// legitimately fall inside a character).
void check_tokens(std::string_view text, const std::vector<bool>* starts, dyad::Span sentence) {
  const auto tokens = dyad::tokenize(text, sentence);
  uint32_t last_begin = sentence.begin;
  for (const dyad::Token& t : tokens) {
    check(t.span.begin < t.span.end);
    check(t.span.begin >= sentence.begin && t.span.end <= sentence.end);
    check(t.span.begin >= last_begin);
    if (starts) check((*starts)[t.span.begin] && (*starts)[t.span.end]);
    check(t.norm == dyad::normalize_key(text.substr(t.span.begin, t.span.size())));
    last_begin = t.span.begin;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_normalized(text);
  // A first byte with the high bit set picks a region start, so regions that
  // do not begin at 0 (nor on a character boundary) are exercised too.
  const uint32_t n = static_cast<uint32_t>(size);
  const uint32_t begin = size > 0 && (data[0] & 0x80) ? (data[0] & 0x7Fu) % (n + 1) : 0;
  const dyad::Span region{begin, n};
  const std::vector<bool> starts = char_starts(text);
  uint32_t prev_end = begin;
  for (const dyad::Span& s : dyad::split_sentences(text, region)) {
    check(s.begin < s.end);
    check(s.begin >= prev_end && s.end <= region.end);
    if (begin == 0) check(starts[s.begin] && starts[s.end]);
    prev_end = s.end;
    check_tokens(text, begin == 0 ? &starts : nullptr, s);
  }
  check_tokens(text, &starts, dyad::Span{0, n});
  return 0;
}
