// Dyad profile: intended acts coded as CAMEO codes intentions.
//
// "X will meet Y", "X plans to send aid to Y", "X is ready to lift sanctions":
// what happened is that X said it would act, not the act. CAMEO codes that
// as the expression of intent, built in parallel to the acts: intent to meet
// (036), to cooperate materially (031x), to give aid (033x), to yield (035x)
// or reform (034x); an intended act of pressure or force is a threat (13x).
// Codes that already say what was said (statements 01, appeals 02, intents
// 03, demands 10, disapproval 11, rejection 12, threats 13) stay; an intended
// investigation (09) has no CAMEO code and is not emitted.
#include <array>
#include <string_view>

#include "coder/dyad_features.h"

namespace dyad::coder {
namespace {

struct Intent {
  std::string_view act;      // code prefix of the intended act
  std::string_view intent;   // the CAMEO code for announcing it; empty: no event
};

// Longest prefixes first: the first match wins.
constexpr std::array<Intent, 55> kIntents = {{
    // Consult: to meet or negotiate; to mediate.
    {"045", "039"}, {"04", "036"},
    // Diplomatic cooperation: policy support; a formal agreement is cooperation.
    {"057", "030"}, {"05", "032"},
    // Material cooperation.
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
    // Aid.
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
    // Yield; acceding to reform is intent to reform.
    {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"083", "034"},
    {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"},
    {"08", "035"},
    {"09", ""},
    // Pressure and force: threats.
    {"14", "133"},
    {"15", "138"},
    {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
    {"16", "131"},
    {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"172", "132"}, {"17", "137"},
    {"18", "1383"},
    {"191", "1381"}, {"192", "1382"}, {"19", "1384"},
    {"20", "1385"},
    // Already what was said.
    {"01", "="}, {"02", "="}, {"03", "="}, {"10", "="}, {"11", "="}, {"12", "="}, {"13", "="},
}};

}  // namespace

std::string dyad_intent_code(const std::string& code) {
  for (const Intent& i : kIntents) {
    if (code.compare(0, i.act.size(), i.act) != 0) continue;
    return i.intent == "=" ? code : std::string(i.intent);
  }
  return code;   // not a CAMEO code we know: leave it
}

}  // namespace dyad::coder
