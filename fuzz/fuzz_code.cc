// Fuzz target for the coding engine: arbitrary bytes as a story coded with a
// small inline TABARI dictionary under every profile. Checks that coding never
// crashes and that every span an event reports lies inside the text.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/peer_dictionaries.h"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

struct Engine {
  std::shared_ptr<const dyad::FrontEnd> fe;
  std::shared_ptr<const dyad::CompiledDictionary> dict;
};

const Engine& engine() {
  static const Engine e = [] {
    Engine out;
    auto fe = dyad::FrontEnd::load();
    if (fe.ok()) out.fe = *fe;
    dyad::DictionarySet set;
    std::vector<dyad::Diagnostic> diags;
    (void)dyad::parse_tabari_actors_text("ARNOR_ [ARN]\nGONDOR_ [GON]\nROHAN [ROH/GON]\n", "f.actors", set, diags);
    (void)dyad::parse_tabari_agents_text("PRESIDENT_ [~GOV]\n", "f.agents", set, diags);
    (void)dyad::parse_tabari_verbs_text(
        "ATTACK [190]\n- $ * + [191]\n- ^ * { WITH | AGAINST } + [192]\nMEET [042:043]\n- % * [043]\nSAY [010?]\n",
        "f.verbs", set, diags);
    dyad::DictionaryBuilder b;
    b.add_set(std::move(set));
    auto d = b.compile();
    if (d.ok()) out.dict = *d;
    return out;
  }();
  return e;
}

void check_span(const dyad::Span& s, size_t size) { check(s.begin <= s.end && s.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Engine& e = engine();
  if (!e.fe || !e.dict || size > (1u << 16)) return 0;
  dyad::Story story;
  story.id = "fuzz";
  story.date = dyad::Date{2000, 1, 1};
  story.text.assign(reinterpret_cast<const char*>(data), size);
  for (auto p : {dyad::Profile::kDyad, dyad::Profile::kTabari, dyad::Profile::kPetrarch1}) {
    dyad::CoderOptions o;
    o.profile = p;
    o.all_modalities = true;
    dyad::Coder coder(e.fe, e.dict, nullptr, o);
    for (const dyad::Event& ev : coder.code(story)) {
      check(!ev.source.empty() && !ev.target.empty() && !ev.code.empty());
      if (ev.source_actor) check_span(ev.source_actor->span, size);
      if (ev.target_actor) check_span(ev.target_actor->span, size);
      for (const auto& evd : ev.evidence)
        for (const auto& s : evd.spans) check_span(s, size);
    }
  }
  return 0;
}
