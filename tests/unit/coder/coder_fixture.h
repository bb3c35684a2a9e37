// Shared by the coder tests: a Coder over small TABARI-syntax dictionaries
// written inline by each test file, and the front end from DYAD_DATA.
#ifndef DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_
#define DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_

#include <gtest/gtest.h>

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

inline CoderFixture build_coder_fixture(const char* actors, const char* agents, const char* verbs) {
  CoderFixture out;
  DictionaryBuilder b;
  std::vector<Diagnostic> diags;
  DictionarySet set;
  EXPECT_TRUE(parse_tabari_actors_text(actors, "test.actors", set, diags).ok());
  EXPECT_TRUE(parse_tabari_agents_text(agents, "test.agents", set, diags).ok());
  EXPECT_TRUE(parse_tabari_verbs_text(verbs, "test.verbs", set, diags).ok());
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

}  // namespace dyad::testing_support

#endif  // DYAD_TESTS_UNIT_CODER_CODER_FIXTURE_H_
