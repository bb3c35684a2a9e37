// The coding engine: analysed sentences + a compiled dictionary -> events.
//
//   auto fe = dyad::FrontEnd::load();
//   auto dict = group.load();                         // shared_ptr<const CompiledDictionary>
//   dyad::Coder coder(*fe, *dict, codebook, options); // codebook may be null (free codes)
//   std::vector<dyad::Event> ev = coder.code(story);
//
// Per sentence the engine finds dictionary phrases (longest first), builds
// actor mentions (actors dated by the story date, countries and their
// adjectives, agents attached to an adjacent actor, compounds "A and B"),
// finds the verbs and tries their patterns longest first (TABARI semantics:
// `$` source, `+` target, `*` verb, literal words, synsets, `^` skip, `%`
// compound), and falls back to the nearest actor before the verb as source
// and the first actor after it as target. Every event records the dictionary
// entries that fired (`rules`) and the spans it rests on (`evidence`).
//
// Thread safety: a Coder is immutable after construction; code() is const and
// may be called from any number of threads at once. The FrontEnd, dictionary
// and codebook are borrowed through shared pointers and must stay alive.
//
// The scoring half of `dyad eval` lives here too (score_record, EvalTotals),
// so that tests and tools share one implementation of the suite rules of
// ../shared/eval/SOURCES.md.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/coder_options.h"
#include "dyad/dictionary.h"
#include "dyad/event.h"
#include "dyad/frontend.h"
#include "dyad/story.h"

namespace dyad {

// The version string every event records in `coder_version`.
const char* coder_version();

class Coder {
 public:
  // `codebook` may be null: then quad class and Goldstein stay empty. The
  // profile kAuto resolves from the dictionary's file formats (tabari,
  // petrarch -> petrarch1/2 by verb syntax, else dyad).
  Coder(std::shared_ptr<const FrontEnd> frontend, std::shared_ptr<const CompiledDictionary> dict,
        std::shared_ptr<const EventCodebook> codebook, CoderOptions options);
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Codes one story. `overrides` (optional) change options for this story
  // only: TABARI option commands as ("tabari", "SET: CONVERT AGENT = TRUE")
  // and PETRARCH config options as ("require_dyad", "False").
  std::vector<Event> code(const Story& story, const RecordOverrides* overrides = nullptr) const;

  // Codes already-analysed sentences (the front end's output for `story`).
  std::vector<Event> code_analyzed(const AnalyzedStory& analyzed, const RecordOverrides* overrides = nullptr) const;

  Profile profile() const;   // the resolved profile (never kAuto)
  const CoderOptions& options() const;
  const CompiledDictionary& dictionary() const;   // its version() goes into every event
  const FrontEnd& frontend() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// ------------------------------------------------------------------ scoring

// One (source, target, code) triple as the suites compare them.
struct ScoredEvent {
  std::string source, target, code;
  friend auto operator<=>(const ScoredEvent&, const ScoredEvent&) = default;
};

// The outcome of one suite record.
struct RecordScore {
  std::string id;
  std::string category;
  bool passed = false;
  // Strict (exact triple) and relaxed (first three letters of each actor,
  // first two digits of the code) set-level counts.
  uint32_t tp = 0, fp = 0, fn = 0;
  uint32_t relaxed_tp = 0, relaxed_fp = 0, relaxed_fn = 0;
  std::vector<ScoredEvent> gold, produced;   // after the suite's dropping rule, deduplicated, sorted
};

// Scores one record by the rules of ../shared/eval/SOURCES.md: a record passes
// when the set of produced triples equals the gold set; produced events whose
// source or target is exactly "---" or empty are dropped unless the gold
// itself has such events; `expect` values other than "events" pass when
// nothing is produced (gold is then empty).
RecordScore score_record(std::string id, std::string category, const std::vector<ScoredEvent>& gold,
                         const std::vector<ScoredEvent>& produced);

struct PrfCounts {
  uint64_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

// Totals over scored records, overall and per category.
struct EvalTotals {
  uint64_t records = 0, passed = 0;
  PrfCounts strict, relaxed;
  struct Category {
    uint64_t records = 0, passed = 0;
    PrfCounts strict;
  };
  std::map<std::string, Category> categories;
  void add(const RecordScore& r);
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
