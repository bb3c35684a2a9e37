// Names of the event record's enumerations and the deterministic event id.
#include <charconv>

#include "dyad/event.h"

namespace dyad {

const char* date_precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kApprox: return "approx";
    case DatePrecision::kVague: return "vague";
    case DatePrecision::kUnknown: return "unknown";
  }
  return "unknown";
}

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kIntended: return "intended";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kDemanded: return "demanded";
  }
  return "asserted";
}

// Built from the event's place in its story only (never a counter or a
// clock), so re-coding the same input yields the same ids on any machine and
// with any number of threads.
std::string make_event_id(const std::string& story_id, uint32_t sentence, uint32_t position) {
  std::string id;
  id.reserve(story_id.size() + 24);
  id += story_id;
  char buf[12];
  for (uint32_t n : {sentence, position}) {
    id += ':';
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    (void)ec;
    id.append(buf, static_cast<size_t>(end - buf));
  }
  return id;
}

}  // namespace dyad
