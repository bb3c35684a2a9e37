// Options of the coding engine: one struct, defaults documented here, plus the
// per-record overrides a test suite or a server request may apply.
//
//   option            default          meaning
//   profile           kAuto            behaviour family; kAuto = from the dictionary format
//   code_titles       false            code story titles as well as text
//   all_modalities    false            emit negated/hypothetical events too (with flags set)
//   require_dyad      true             an event needs both a source and a target
//   max_events        64               per sentence (TABARI's cap)
//   story_reasoning   true             dyad profile: coreference across sentences, transcript
//                                      turns, the story's institution, dates/places and the merge;
//                                      false codes each sentence on its own (`dyad code --no-story`)
//
// A peer profile switches off dyad-only features and follows the peer's
// documented rules (docs/profiles.md, written with the engine).
#ifndef DYAD_CODER_OPTIONS_H_
#define DYAD_CODER_OPTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

enum class Profile : uint8_t {
  kAuto = 0,     // from the dictionary set: dyad for our format, else the peer's
  kDyad,         // dyad's own behaviour (statements, inference, coreference, merge)
  kTabari,       // TABARI 0.8 rules and option commands
  kPetrarch1,    // PETRARCH-1 rules
  kPetrarch2,    // PETRARCH-2 / UD-PETRARCH rules
};
const char* profile_name(Profile p);
std::optional<Profile> parse_profile(std::string_view name);

struct CoderOptions {
  Profile profile = Profile::kAuto;
  bool code_titles = false;
  bool all_modalities = false;
  bool require_dyad = true;
  uint32_t max_events_per_sentence = 64;
  bool story_reasoning = true;
  // Peer option commands in force (TABARI "SET: ..." lines, PETRARCH
  // <Config option=... value=...> pairs as "key=value"), applied in order.
  std::vector<std::string> peer_options;
};

// Changes for one record, applied on top of CoderOptions (a suite's per-record
// notes.config, a request's parameters). Later entries override earlier ones.
struct Story;

struct RecordOverrides {
  std::vector<std::pair<std::string, std::string>> settings;
  // The record before this one in its file, when records are coded one by one
  // (TABARI FORWARD: a pronoun with no antecedent in its sentence takes the
  // previous record's first actor). Null: no previous record.
  const Story* previous = nullptr;
};

}  // namespace dyad

#endif  // DYAD_CODER_OPTIONS_H_
