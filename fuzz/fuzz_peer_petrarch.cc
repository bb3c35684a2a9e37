// Fuzz target: the PETRARCH readers (verbs in both syntaxes and detected,
// actors, agents, discards, issues, ontology). Every reader sees the same
// input; the set must stay consistent (fuzz_peer_check.h).
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
  dyad::PetrarchVerbSyntax detected = dyad::PetrarchVerbSyntax::kAuto;
  dyad::parse_petrarch_verbs_text(text, "fuzz.verbs", dyad::PetrarchVerbSyntax::kAuto, set, diags, &detected);
  dyad::fuzz::peer_require(detected != dyad::PetrarchVerbSyntax::kAuto);
  dyad::parse_petrarch_verbs_text(text, "fuzz.verbs1", dyad::PetrarchVerbSyntax::kPetrarch1, set, diags);
  dyad::parse_petrarch_verbs_text(text, "fuzz.verbs2", dyad::PetrarchVerbSyntax::kPetrarch2, set, diags);
  dyad::parse_petrarch_actors_text(text, "fuzz.actors", set, diags);
  dyad::parse_petrarch_agents_text(text, "fuzz.agents", set, diags);
  dyad::parse_petrarch_discards_text(text, "fuzz.discards", set, diags);
  dyad::parse_petrarch_issues_text(text, "fuzz.issues", set, diags);
  dyad::parse_petrarch_ontology_text(text, "fuzz.ontology", set, diags);
  dyad::fuzz::check_set(set, diags, lines);
  return 0;
}
