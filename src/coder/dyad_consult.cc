// Dyad profile: which generic consultations are telephone calls.
#include <string>
#include <string_view>
#include <vector>

#include "coder/dyad_features.h"
#include "text/utf8.h"

namespace dyad::coder {
namespace {

// A headline naming a call: "Secretary Blinken's Call with ...", "Phone Call
// with ...", "Telephone Conversation", "Videoconference" -- not "calls for".
bool headline_names_call(std::string_view lower) {
  for (std::string_view w : {"call with", "phone", "telephone", "videoconference", "video call", "video conference"})
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

bool call_word(const std::string& w) { return w == "phone" || w == "telephone" || w == "videoconference"; }

}  // namespace

// Why: readouts say "spoke with X" / "talked with X" for the telephone call
// their headline names ("Secretary Blinken's Call with ..."); CAMEO codes a
// call as 041, not the generic 040. The clause may say so itself ("by phone").
// Other consultations in a call story ("the meeting in Gyeongju") are not calls.
bool dyad_telephone_consult(std::string_view title, const std::vector<Token>& toks, uint32_t verb, uint32_t begin,
                            uint32_t end) {
  for (uint32_t i = begin; i < end && i < toks.size(); ++i)
    if (call_word(toks[i].norm)) return true;
  if (verb >= toks.size() || (toks[verb].lemma != "speak" && toks[verb].lemma != "talk")) return false;
  std::string lower(title);
  for (char& ch : lower) ch = internal::ascii_lower(ch);
  return headline_names_call(lower);
}

}  // namespace dyad::coder
