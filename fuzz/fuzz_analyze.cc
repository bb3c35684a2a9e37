// Fuzz target: FrontEnd::analyze on a Story built from arbitrary bytes.
// The first byte chooses options (code titles, body layout); the rest is
// split into title and text at the first 0x01 byte. Invariants: every
// sentence and token span lies inside its base text, tokens lie inside their
// sentence, every token is tagged, indices count up from 0.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "dyad/frontend.h"

namespace {

const dyad::FrontEnd& front_end() {
  static const std::shared_ptr<const dyad::FrontEnd> fe = [] {
    auto r = dyad::FrontEnd::load();
    if (!r.ok()) std::abort();  // the data directory is part of the harness
    return *r;
  }();
  return *fe;
}

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1 << 16)) return 0;
  const uint8_t options = data[0];
  std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  dyad::Story story;
  size_t cut = rest.find('\x01');
  if (cut == std::string::npos) {
    story.text = rest;
  } else {
    story.title = rest.substr(0, cut);
    story.text = rest.substr(cut + 1);
  }
  const auto n = static_cast<uint32_t>(story.text.size());
  if (options & 2) {  // metadata head, body tail, plus an out-of-range span
    story.metadata.push_back(dyad::Span{0, n / 3});
    story.body.push_back(dyad::Span{n / 3, n});
    story.body.push_back(dyad::Span{n + 5, n + 50});
  }
  const bool titles = options & 1;
  dyad::AnalyzedStory a = front_end().analyze(story, titles);
  check(a.story == &story);
  uint32_t index = 0;
  for (const dyad::Sentence& s : a.sentences) {
    check(s.index == index++);
    check(titles || s.base == dyad::TextBase::kText);
    std::string_view base = a.base_text(s.base);
    check(s.span.begin <= s.span.end && s.span.end <= base.size());
    check(!s.tokens.empty());
    for (const dyad::Token& t : s.tokens) {
      check(t.span.begin >= s.span.begin && t.span.end <= s.span.end && t.span.begin < t.span.end);
      check(t.pos != dyad::Pos::kUnknown);
    }
  }
  return 0;
}
