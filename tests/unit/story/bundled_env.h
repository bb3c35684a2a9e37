// Shared by the story tests: the front end and the bundled dictionary,
// codebook and gazetteer from DYAD_DATA, loaded once per test binary.
#ifndef DYAD_TESTS_UNIT_STORY_BUNDLED_ENV_H_
#define DYAD_TESTS_UNIT_STORY_BUNDLED_ENV_H_

#include <gtest/gtest.h>

#include <memory>

#include "dyad/coder.h"
#include "dyad/story_reasoning.h"

namespace dyad::testing_support {

struct Env {
  std::shared_ptr<const FrontEnd> fe;
  std::shared_ptr<const CompiledDictionary> dict;
  std::shared_ptr<const EventCodebook> codebook;
  std::shared_ptr<const Gazetteer> gaz;
};

inline const Env& env() {
  static const Env* e = [] {
    auto* out = new Env;
    if (auto fe = FrontEnd::load(); fe.ok()) out->fe = *fe;
    if (auto d = CompiledDictionary::load(data_dir() + "/dict/dyad.bin"); d.ok()) out->dict = *d;
    if (auto cb = EventCodebook::load(data_dir() + "/dict/cameo.txt"); cb.ok())
      out->codebook = std::make_shared<const EventCodebook>(std::move(*cb));
    out->gaz = Gazetteer::shared_default();
    return out;
  }();
  return *e;
}

}  // namespace dyad::testing_support

#define REQUIRE_ENV()                                                                            \
  do {                                                                                           \
    if (!::dyad::testing_support::env().fe || !::dyad::testing_support::env().dict)              \
      GTEST_SKIP() << "front end or bundled dictionary missing";                                 \
  } while (0)

#endif  // DYAD_TESTS_UNIT_STORY_BUNDLED_ENV_H_
