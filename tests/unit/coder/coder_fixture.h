// Shared by the coder tests: a Coder over small TABARI-syntax dictionaries
// written inline by each test file, and the front end from DYAD_DATA.
#ifndef DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_
#define DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/peer_dictionaries.h"

namespace dyad::testing_support {

struct CoderFixture {
  std::shared_ptr<const CompiledDictionary> dict;   // null when the dictionaries did not compile
  std::shared_ptr<const FrontEnd> fe;               // null when DYAD_DATA has no front-end data
};

// `ontology` (optional): a PETRARCH-2 internal coding ontology, for negation.
inline CoderFixture build_coder_fixture(const char* actors, const char* agents, const char* verbs,
                                        const char* ontology = nullptr) {
  CoderFixture out;
  DictionaryBuilder b;
  std::vector<Diagnostic> diags;
  DictionarySet set;
  EXPECT_TRUE(parse_tabari_actors_text(actors, "test.actors", set, diags).ok());
  EXPECT_TRUE(parse_tabari_agents_text(agents, "test.agents", set, diags).ok());
  EXPECT_TRUE(parse_tabari_verbs_text(verbs, "test.verbs", set, diags).ok());
  if (ontology) {
    EXPECT_TRUE(parse_petrarch_ontology_text(ontology, "test.ontology", set, diags).ok());
  }
  b.add_set(std::move(set));
  if (auto d = b.compile(); d.ok()) out.dict = *d;
  if (auto fe = FrontEnd::load(); fe.ok()) out.fe = *fe;
  return out;
}

// Codes `text` as story "t1" dated `date`; empty when the fixture is incomplete.
inline std::vector<Event> code_with(const CoderFixture& f, const std::string& text, const CoderOptions& options,
                                    const char* date = "2000-06-01") {
  if (!f.dict || !f.fe) return {};
  Coder coder(f.fe, f.dict, nullptr, options);
  Story s;
  s.id = "t1";
  s.date = Date::parse_iso(date);
  s.text = text;
  return coder.code(s);
}

// "SRC>TGT:CODE" for each event, in output order.
inline std::vector<std::string> triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.source + ">" + e.target + ":" + e.code);
  return out;
}

// The events of `text` under `profile`, as sorted triples.
inline std::vector<std::string> sorted_triples(const CoderFixture& f, const std::string& text, Profile profile,
                                               bool require_dyad = true) {
  CoderOptions o;
  o.profile = profile;
  o.require_dyad = require_dyad;
  std::vector<std::string> out = triples(code_with(f, text, o));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::testing_support

#endif  // DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_
