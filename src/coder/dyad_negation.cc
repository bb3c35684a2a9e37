// Dyad profile: negated events that CAMEO codes as refusals.
//
// CAMEO does not code an act that did not happen ("Russia did not attack"),
// but it has codes for the refusal of some acts, built in parallel to them:
// not yielding is "refuse to yield" (08x -> 124x: not releasing prisoners is
// 1243, not easing sanctions 1244, not allowing international involvement
// 1245, not de-escalating 1246), not acceding to demands for reform is
// rejecting them (083x -> 123x), not negotiating is rejecting a proposal to
// negotiate (046 -> 125) and not signing an agreement rejects it (057 -> 127).
// Every other negated event stays uncoded.
#include <array>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

struct Refusal {
  std::string_view act;      // code prefix of the negated act
  std::string_view refusal;  // the CAMEO code for refusing it
};

// Longest prefixes first: the first match wins.
constexpr std::array<Refusal, 14> kRefusals = {{
    {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"},
    {"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"},
    {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"080", "124"},
    {"046", "125"}, {"057", "127"},
}};

}  // namespace

std::string dyad_refusal_code(const std::string& code) {
  for (const Refusal& r : kRefusals)
    if (code.compare(0, r.act.size(), r.act) == 0) return std::string(r.refusal);
  return "";
}

}  // namespace dyad::coder
