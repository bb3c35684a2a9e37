// Invariant checks shared by the fuzz_read_* targets: abort() on violation so
// both libFuzzer and the replay driver report it.
#ifndef DYAD_FUZZ_READ_CHECK_H_
#define DYAD_FUZZ_READ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "dyad/reader.h"

namespace dyad::fuzz {

inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

inline void check_span(const Story& s, Span sp) {
  require(sp.begin <= sp.end, "span begin <= end");
  require(sp.end <= s.text.size(), "span inside text");
}

inline void check_items(const std::vector<ReadItem>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    const ReadItem& it = items[i];
    require(it.seq == i, "sequence numbers count up from 0");
    require(it.story.has_value() != it.error.has_value(), "story xor error");
    if (it.error) {
      require(!it.error->reason.empty(), "error has a reason");
      continue;
    }
    const Story& s = *it.story;
    require(!s.id.empty(), "id non-empty");
    require(!s.extra_json.empty() && s.extra_json.front() == '{' && s.extra_json.back() == '}',
            "extra_json is an object");
    uint32_t last = 0;
    for (Span sp : s.body) {
      check_span(s, sp);
      require(sp.begin >= last, "body spans in order");
      last = sp.end;
    }
    for (Span sp : s.metadata) check_span(s, sp);
    if (s.dateline) check_span(s, s.dateline->span);
    if (s.date) require(s.date->valid(), "date valid");
  }
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_READ_CHECK_H_
