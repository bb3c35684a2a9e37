// The event record, schema version 1 (documented field by field in
// docs/output.md). Later stages fill more fields; none may change meaning.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/story.h"

namespace dyad {

inline constexpr int kEventSchemaVersion = 1;

enum class DatePrecision : uint8_t {
  kDay = 0,     // the day is known
  kWeek,        // within the week ("last week")
  kMonth,       // within the month ("earlier this month")
  kApprox,      // best estimate from a phrase like "just over a week ago"
  kVague,       // best estimate from a phrase like "not long ago"
  kUnknown,     // no date could be found
};
const char* date_precision_name(DatePrecision p);

enum class Modality : uint8_t {
  kAsserted = 0,   // stated as fact
  kReported,       // attributed speech ("X said S")
  kIntended,       // intent or readiness ("is ready to", "will")
  kHypothetical,   // conditional or possible ("if", "may", "could")
  kDemanded,       // called for ("urged X to")
};
const char* modality_name(Modality m);

// An actor as it appears in the text.
struct ActorMention {
  std::string text;                 // the mention as written ("he", "Wang")
  TextBase base = TextBase::kText;
  Span span;                        // the mention
  std::optional<Span> antecedent;   // what it was resolved from, same base
};

struct Location {
  std::string name;        // "Gyeongju"
  std::string country;     // ISO 3166 alpha-3 / CAMEO country code ("KOR")
  std::string admin1;      // first-level subdivision, may be empty
  std::optional<double> lat;
  std::optional<double> lon;
  std::string source;      // "text" or "dateline"
  bool ambiguous = false;
};

struct Evidence {
  uint32_t sentence = 0;
  TextBase base = TextBase::kText;
  std::vector<Span> spans;     // source, verb, target (and any other spans that fired)
};

struct Event {
  int schema_version = kEventSchemaVersion;
  std::string id;              // deterministic: story id, sentence, position
  std::string story_id;
  uint32_t sentence = 0;
  std::optional<Date> date;
  DatePrecision date_precision = DatePrecision::kUnknown;
  std::string date_phrase;
  std::string source;          // actor code ("CHNGOV")
  std::string target;
  std::optional<ActorMention> source_actor;
  std::optional<ActorMention> target_actor;
  std::string code;            // always a string: "041", never 41
  std::string root;            // first two characters of code for CAMEO
  std::string codebook;        // "cameo", "weis" or "free"
  std::optional<int> quad_class;      // GDELT 1-4, CAMEO only
  std::optional<double> goldstein;    // GDELT scale, CAMEO only
  std::string verb_text;
  std::optional<Location> location;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  int mentions = 1;
  std::vector<Evidence> evidence;
  std::vector<std::string> issues;
  std::vector<std::string> rules;     // stable ids ("verbs.txt:120") of what fired
  std::string dict_version;
  std::string coder_version;
};

// The deterministic event id: "<story_id>:<sentence>:<position>".
std::string make_event_id(const std::string& story_id, uint32_t sentence, uint32_t position);

}  // namespace dyad

#endif  // DYAD_EVENT_H_
