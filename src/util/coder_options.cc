#include "dyad/coder_options.h"

namespace dyad {

const char* profile_name(Profile p) {
  switch (p) {
    case Profile::kAuto: return "auto";
    case Profile::kDyad: return "dyad";
    case Profile::kTabari: return "tabari";
    case Profile::kPetrarch1: return "petrarch1";
    case Profile::kPetrarch2: return "petrarch2";
  }
  return "auto";
}

std::optional<Profile> parse_profile(std::string_view name) {
  for (Profile p : {Profile::kAuto, Profile::kDyad, Profile::kTabari, Profile::kPetrarch1, Profile::kPetrarch2})
    if (name == profile_name(p)) return p;
  return std::nullopt;
}

}  // namespace dyad
