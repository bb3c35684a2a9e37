// The event store: stories, sentences, events and their mentions in SQLite
// (the embedded default) or PostgreSQL, with one filter vocabulary for query,
// series, top lists and exports. Tables and the merge rule: docs/store.md.
//
//   auto store = dyad::open_store(dyad::default_store_url());   // $DYAD_DB or ./dyad.db
//   if (!store.ok()) return fail(store.status());
//   (*store)->put_story(story, sentences, events, run);         // one transaction
//   dyad::EventFilter f;  f.dyad = {{"CHN", "CAN"}};
//   auto s = (*store)->series(f, dyad::Period::kMonth);
//
// Ingest is idempotent and crash-safe: a story is keyed by its id and a hash
// of its text; each story is written in one transaction (or, batched, in a
// savepoint of one transaction holding several whole stories), so a process
// killed at any point leaves whole stories only, and a rerun adds the rest.
//
// Thread safety: a Store is one database connection. Use one Store per thread
// (or serialise calls); several processes may ingest into the same database
// at once (SQLite serialises writers; PostgreSQL takes a transaction-level
// advisory lock around the merge step).
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/event.h"
#include "dyad/sink.h"
#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

inline constexpr int kStoreSchemaVersion = 3;

// ------------------------------------------------------------------ filters

// The filter vocabulary of `dyad query|series|top|export` and the server.
// Empty members do not filter. Every value reaches SQL as a bound parameter.
struct EventFilter {
  std::string source;        // actor code prefix: "CHN" matches CHN, CHNGOV, ...
  std::string target;        // same, for the target
  std::optional<std::pair<std::string, std::string>> dyad;   // (A, B): A->B or B->A, prefixes
  std::optional<Date> from;  // inclusive
  std::optional<Date> to;    // inclusive
  std::string code;          // exact event code ("041")
  std::string root;          // CAMEO root ("04")
  std::optional<int> quad;   // GDELT QuadClass 1..4
  std::string place;         // location country code (exact) or place name (case-insensitive)
  std::string text;          // full-text words over the stories (all must occur; "word*" = prefix)
  int64_t limit = 0;         // 0 = no limit
  int64_t offset = 0;        // for paging

  // Checks the values (codes are alphanumeric, quad in 1..4, from <= to, ...).
  Status validate() const;
};

// ------------------------------------------------------------------ records

// A sentence as stored (its span in the story's base text).
struct StoredSentence {
  uint32_t index = 0;
  TextBase base = TextBase::kText;
  Span span;
};

// What produced the events of a story.
struct RunInfo {
  std::string dict_version;
  std::string coder_version;
  std::string command;       // "ingest", "recode", ...
};

// One event row of the store: a happening, possibly reported by several
// stories. `event` is its first mention (lowest story/sentence), with
// `event.mentions` set to num_mentions.
struct StoredEvent {
  int64_t row_id = 0;        // stable while the event exists
  Event event;
  int num_mentions = 1;      // every mention, several per story possible
  int num_sources = 1;       // distinct story sources (outlets); a story without source counts alone
  int num_articles = 1;      // distinct stories
  std::vector<std::string> story_ids;   // distinct, in mention order
  std::vector<std::string> urls;        // distinct non-empty story urls
  std::vector<std::string> sources;     // distinct non-empty story sources
  // The stored JSON record of `event` (docs/output.md) with its own
  // "mentions" value, as kept in the store; set by for_each_event_record only.
  std::string record;
};

enum class PutOutcome : uint8_t {
  kAdded = 0,     // a new story
  kReplaced,      // the id was stored with another text: its events were replaced
  kUnchanged,     // same id and hash: nothing written
};

struct StoryHit {
  std::string id;
  std::optional<Date> date;
  std::string title;
  std::string source;
  std::string url;
};

// The stored hash key of a story's content (id excluded): hex FNV-1a 64 over
// date, title and text.
std::string story_hash(const Story& story);

// ------------------------------------------------------------------ series

enum class Period : uint8_t { kDay, kWeek, kMonth, kYear };
std::optional<Period> parse_period(std::string_view name);   // day|week|month|year
// The label of the period holding `d`: YYYY-MM-DD, ISO week YYYY-Www, YYYY-MM, YYYY.
std::string period_label(const Date& d, Period p);
// The first day of the period holding `d` (Monday for weeks) and of the next one.
Date period_start(const Date& d, Period p);
Date next_period_start(const Date& start, Period p);

struct SeriesPoint {
  std::string period;        // label
  std::string direction;     // "A>B" (or "all" without a dyad)
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};   // events per QuadClass 1..4
  double goldstein_sum = 0;
  double goldstein_mean = 0;        // over events with a Goldstein value; 0 when none
};

enum class TopBy : uint8_t { kDyad, kActor, kCode, kPlace };
std::optional<TopBy> parse_top_by(std::string_view name);

struct TopRow {
  std::string key;           // "CHN>CAN", "CHNGOV", "041", "KOR"
  int64_t events = 0;
  double goldstein_sum = 0;
};

// ------------------------------------------------------------------ store

struct StoreOptions {
  bool merge = true;         // merge mentions of one happening across stories
  int merge_days = 1;        // dates within +-N days may merge
};

class Store {
 public:
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // "postgresql://...", "postgres://..." or a conninfo with "=" (libpq);
  // anything else is a SQLite file path (created when missing). Creates or
  // migrates the schema.
  static Result<std::unique_ptr<Store>> open(const std::string& url, StoreOptions options = {});

  bool is_postgres() const;
  Result<int> schema_version();

  // Writes one story with its sentences and events in one transaction. Same
  // id and hash: nothing changes (kUnchanged) unless `replace` is set (recode).
  Result<PutOutcome> put_story(const Story& story, const std::vector<StoredSentence>& sentences,
                               const std::vector<Event>& events, const RunInfo& run, bool replace = false);
  // Batched writing: between begin_batch() and commit_batch(), put_story
  // calls share one write transaction (taken at the first put), each story in
  // a savepoint of its own, so a story the database refuses still costs only
  // itself. Stories become visible, and durable, at commit_batch(); a crash
  // before it loses the batch's stories whole (a rerun stores them again).
  // One commit per story costs a WAL write of every index page it touched
  // and a full-text segment flush; a batch pays that once. The write lock is
  // held from the first put to the commit: keep batches short (ingest
  // commits every 50 ms or 256 stories). Destroying a Store with an open
  // batch rolls it back.
  void begin_batch();
  Status commit_batch();
  // True when the story is stored with this content (callers skip coding it).
  Result<bool> has_story(const std::string& id, const std::string& hash);
  // Every stored (id, hash), for skipping unchanged stories before coding.
  Status for_each_story_hash(const std::function<void(const std::string& id, const std::string& hash)>& fn);

  // Events matching the filter, by date then row id; `fn` returns false to stop.
  Status for_each_event(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn);
  // The same events, with `record` set and `event` left empty: for callers
  // that pass the record on (the server) and need not parse it.
  Status for_each_event_record(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn);
  Result<int64_t> count_events(const EventFilter& filter);
  // Per period and direction (see SeriesPoint); empty periods as zeros. The
  // range is filter.from..filter.to, else the dates present.
  Result<std::vector<SeriesPoint>> series(const EventFilter& filter, Period period);
  Result<std::vector<TopRow>> top(const EventFilter& filter, TopBy by, int64_t n);

  // Stories (for recode), in storage order; the reader-made layout (body and
  // metadata spans, dateline) is restored so they code as first read.
  Status for_each_story(const std::function<bool(const Story&)>& fn);
  // One page of that: at most `limit` stories stored after *after_pk (0 =
  // from the start), in storage order; *after_pk moves past them.
  Result<std::vector<Story>> stories_after(int64_t* after_pk, size_t limit);
  Result<std::optional<Story>> story(const std::string& id);
  Result<std::vector<StoredSentence>> sentences(const std::string& story_id);
  // The events the coder produced for one story (mention level, in order).
  Result<std::vector<Event>> story_events(const std::string& story_id);
  Result<std::vector<StoryHit>> search_stories(const std::string& text, int64_t limit);

  struct Counts {
    int64_t stories = 0, sentences = 0, events = 0, mentions = 0;
  };
  Result<Counts> counts();

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// $DYAD_DB when set and not empty, else "./dyad.db".
std::string default_store_url();
Result<std::unique_ptr<Store>> open_store(const std::string& url, StoreOptions options = {});

// ------------------------------------------------------------------ exports

// Country tables the exports need: ISO 3166 alpha-3 (and CAMEO country codes)
// to FIPS 10-4 and to a country name (data/fips10-4.tsv).
class CountryTable {
 public:
  static Result<CountryTable> load(const std::string& path);
  static Result<CountryTable> parse(std::string_view text, std::string_view file_name);
  std::string fips(std::string_view iso3) const;   // "" when unknown
  std::string name(std::string_view iso3) const;   // "" when unknown
  bool is_country(std::string_view code) const;
  size_t size() const { return fips_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> fips_, name_;
};

// What exports read besides the event: the CAMEO codebook (PLOVER types) and
// the country table (GDELT FIPS codes). Either may be null: the affected
// fields are then left empty (PLOVER records skipped).
struct ExportContext {
  std::shared_ptr<const EventCodebook> codebook;
  std::shared_ptr<const CountryTable> countries;
  // Loads both from a data directory (dict/cameo.txt, fips10-4.tsv); missing
  // files leave the member null and add a warning.
  static ExportContext load(const std::string& data_dir, std::vector<std::string>* warnings);
};

// The export formats: "phoenix", "gdelt", "plover", "csv", "jsonl".
std::vector<std::string_view> export_format_names();

// Writes StoredEvents in one export format. Not thread-safe.
class EventExporter {
 public:
  virtual ~EventExporter() = default;
  virtual Status write(const StoredEvent& e) = 0;
  virtual Status finish() = 0;
};
Result<std::unique_ptr<EventExporter>> make_exporter(std::string_view format, std::ostream& out,
                                                     ExportContext context);

// The same formats as EventSinks (for `dyad code --output-format`), each
// event counting as one mention of one article. Codebook and countries come
// from data_dir() (loaded once). Returns kInvalidArgument for other names.
Result<std::unique_ptr<EventSink>> make_export_sink(std::string_view format, std::ostream& out);

// Phoenix's quad class (0-4) of a CAMEO code: roots 01-02 -> 0, 16 -> 3.
std::optional<int> phoenix_quad(std::string_view code);

// Parses an event_to_json() line back into an Event (the store keeps mention
// records in that form).
Result<Event> event_from_json(std::string_view json);

}  // namespace dyad

#endif  // DYAD_STORE_H_
