// Fuzz target: the TABARI readers (actors, verbs, agents, options) and
// parse_tabari_option on every line. Every reader sees the same input; the
// set must stay consistent (fuzz_peer_check.h) and nothing may crash.
#include <cstdint>
#include <string_view>

#include "dyad/peer_dictionaries.h"
#include "fuzz_peer_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 18)) return 0;  // dictionaries are line-oriented: big inputs add nothing
  std::string_view text(reinterpret_cast<const char*>(data), size);
  uint32_t lines = dyad::fuzz::line_count(text);
  dyad::DictionarySet set;
  std::vector<dyad::Diagnostic> diags;
  dyad::TabariOptions options;
  dyad::parse_tabari_actors_text(text, "fuzz.actors", set, diags);
  dyad::parse_tabari_verbs_text(text, "fuzz.verbs", set, diags);
  dyad::parse_tabari_agents_text(text, "fuzz.agents", set, diags);
  dyad::parse_tabari_options_text(text, "fuzz.options", set, diags, &options);
  dyad::fuzz::check_set(set, diags, lines);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    dyad::Result<dyad::TabariOptionCommand> cmd = dyad::parse_tabari_option(text.substr(start, end - start));
    if (cmd.ok()) options.apply(*cmd);
    start = end + 1;
  }
  return 0;
}
