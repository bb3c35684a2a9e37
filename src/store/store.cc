// Store: opening, and writing stories with their events (one transaction per
// story, or several whole stories per batch) including the cross-story merge
// of one happening's mentions.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <set>
#include <string>

#include "dyad/pipeline.h"
#include "store/layout.h"
#include "store/store_internal.h"

namespace dyad {

using store::as_int;
using store::as_text;
using store::is_null;
using store::layout_json;
using store::restore_layout;
using store::spans_json;
using store::Params;
using store::Value;

namespace {

// Serialises writers on PostgreSQL: the merge step reads events, then
// inserts or updates; two transactions doing that at once could both miss
// each other's new event and store one happening twice.
constexpr const char* kPgWriteLock = "SELECT pg_advisory_xact_lock(72010002)";

bool is_postgres_url(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0 ||
         url.find('=') != std::string::npos;
}

Value text_or_null(const std::string& s) { return s.empty() ? Value{} : Value{s}; }

std::string utc_now() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string all_spans_json(const Event& e) {
  auto a = nlohmann::json::array();
  for (const Evidence& ev : e.evidence) {
    a.push_back({{"sentence", ev.sentence}, {"base", text_base_name(ev.base)}, {"spans", spans_json(ev.spans)}});
  }
  return a.dump();
}

// The writer of one story's transaction.
class StoryWriter {
 public:
  StoryWriter(Store::Impl& impl, int64_t story_pk, int64_t run_pk) : impl_(impl), story_pk_(story_pk), run_pk_(run_pk) {}

  Status add(const Event& e) {
    std::string record = event_to_json(e);
    auto found = find_merge(e);
    if (!found.ok()) return found.status();
    int64_t event_pk = *found;
    bool fresh = event_pk == 0;
    if (fresh) {
      auto pk = insert_event(e, record);
      if (!pk.ok()) return pk.status();
      event_pk = *pk;
    }
    // The representative mention's record is the event row's (schema 3).
    auto mention = impl_.db->insert(
        "INSERT INTO mentions(event_pk, story_pk, event_id, sentence, spans, record, run_pk) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {event_pk, story_pk_, e.id, static_cast<int64_t>(e.sentence), all_spans_json(e),
         fresh ? std::string() : std::move(record), run_pk_});
    if (!mention.ok()) return mention.status();
    if (fresh) return impl_.db->run("UPDATE events SET rep_mention = ? WHERE pk = ?", {*mention, event_pk});
    return refresh_counts(impl_, event_pk);
  }

  // Recounts an event's mentions, articles and sources after mentions came
  // or went; deletes it when none is left; re-picks its representative
  // mention when that one went.
  static Status refresh_counts(Store::Impl& impl, int64_t event_pk) {
    auto rows = impl.db->rows(
        "SELECT count(*), count(DISTINCT m.story_pk), "
        "count(DISTINCT CASE WHEN s.source <> '' THEN 's:' || s.source ELSE 'id:' || s.id END), min(m.pk) "
        "FROM mentions m JOIN stories s ON s.pk = m.story_pk WHERE m.event_pk = ?",
        {event_pk});
    if (!rows.ok()) return rows.status();
    const auto& r = rows->front();
    if (as_int(r[0]) == 0) return impl.db->run("DELETE FROM events WHERE pk = ?", {event_pk});
    if (Status s = impl.db->run("UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE pk = ?",
                                {as_int(r[0]), as_int(r[1]), as_int(r[2]), event_pk});
        !s.ok()) {
      return s;
    }
    auto rep = impl.db->scalar("SELECT rep_mention FROM events WHERE pk = ?", {event_pk});
    if (!rep.ok()) return rep.status();
    if (!is_null(*rep) && as_int(*rep) == as_int(r[3])) return Status::Ok();
    return rebase_event(impl, event_pk, as_int(r[3]));
  }

 private:
  // The existing event this one is another mention of, or 0. The rule
  // (docs/store.md): same source, target and root (never another dyad),
  // both actors known, same negation, dates within +-merge_days, places
  // compatible (equal or one unknown, for country and name).
  Result<int64_t> find_merge(const Event& e) {
    if (!impl_.options.merge || !e.date || e.source.empty() || e.target.empty()) return int64_t{0};
    int64_t day = e.date->days_since_epoch();
    int64_t n = impl_.options.merge_days;
    Value country = e.location ? text_or_null(e.location->country) : Value{};
    Value name = e.location ? text_or_null(e.location->name) : Value{};
    auto v = impl_.db->scalar(
        "SELECT e.pk FROM events e WHERE e.source = ? AND e.target = ? AND e.root = ? AND e.negated = ? "
        "AND e.day BETWEEN ? AND ? "
        "AND (e.place_country IS NULL OR CAST(? AS TEXT) IS NULL OR e.place_country = CAST(? AS TEXT)) "
        "AND (e.place_name IS NULL OR CAST(? AS TEXT) IS NULL OR lower(e.place_name) = lower(CAST(? AS TEXT))) "
        "ORDER BY abs(e.day - ?), e.pk LIMIT 1",
        {e.source, e.target, e.root, static_cast<int64_t>(e.negated), day - n, day + n, country, country, name, name,
         day});
    if (!v.ok()) return v.status();
    return is_null(*v) ? int64_t{0} : as_int(*v);
  }

  Result<int64_t> insert_event(const Event& e, const std::string& record) {
    Params p = event_columns(e);
    p.push_back(story_pk_);
    p.push_back(store::TextRef{record});
    return impl_.db->insert(
        "INSERT INTO events(event_id, sentence, date, day, date_precision, source, target, code, root, codebook, "
        "quad_class, goldstein, verb_text, place_name, place_country, place_admin1, lat, lon, negated, modality, "
        "dict_version, coder_version, num_mentions, num_sources, num_articles, story_pk, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?)",
        p);
  }

 public:
  // The representative columns of an event row, in the order used above.
  static Params event_columns(const Event& e) {
    const Location* l = e.location ? &*e.location : nullptr;
    return {e.id,
            static_cast<int64_t>(e.sentence),
            e.date ? Value{e.date->iso()} : Value{},
            e.date ? Value{e.date->days_since_epoch()} : Value{},
            std::string(date_precision_name(e.date_precision)),
            e.source,
            e.target,
            e.code,
            e.root,
            e.codebook,
            e.quad_class ? Value{static_cast<int64_t>(*e.quad_class)} : Value{},
            e.goldstein ? Value{*e.goldstein} : Value{},
            e.verb_text,
            l ? text_or_null(l->name) : Value{},
            l ? text_or_null(l->country) : Value{},
            l ? text_or_null(l->admin1) : Value{},
            l && l->lat ? Value{*l->lat} : Value{},
            l && l->lon ? Value{*l->lon} : Value{},
            static_cast<int64_t>(e.negated),
            std::string(modality_name(e.modality)),
            e.dict_version,
            e.coder_version};
  }

 private:
  static Status rebase_event(Store::Impl& impl, int64_t event_pk, int64_t mention_pk) {
    auto rows = impl.db->rows("SELECT record, story_pk FROM mentions WHERE pk = ?", {mention_pk});
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status(ErrorCode::kInternal, "mention vanished during refresh");
    if (as_text((*rows)[0][0]).empty()) return Status(ErrorCode::kInternal, "mention without its record");
    auto e = event_from_json(as_text((*rows)[0][0]));
    if (!e.ok()) return e.status();
    Params p = event_columns(*e);
    p.push_back((*rows)[0][1]);
    p.push_back(as_text((*rows)[0][0]));
    p.push_back(mention_pk);
    p.push_back(event_pk);
    if (Status s = impl.db->run(
            "UPDATE events SET event_id = ?, sentence = ?, date = ?, day = ?, date_precision = ?, source = ?, "
            "target = ?, code = ?, root = ?, codebook = ?, quad_class = ?, goldstein = ?, verb_text = ?, "
            "place_name = ?, place_country = ?, place_admin1 = ?, lat = ?, lon = ?, negated = ?, modality = ?, "
            "dict_version = ?, coder_version = ?, story_pk = ?, record = ?, rep_mention = ? WHERE pk = ?",
            p);
        !s.ok()) {
      return s;
    }
    return impl.db->run("UPDATE mentions SET record = '' WHERE pk = ?", {mention_pk});
  }

  Store::Impl& impl_;
  int64_t story_pk_;
  int64_t run_pk_;
};

}  // namespace

std::string story_hash(const Story& story) {
  std::string key = story.date ? story.date->iso() : std::string();
  key += '\0';
  key += story.title;
  key += '\0';
  key += story.text;
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(shard_hash(key)));
  return buf;
}

std::string default_store_url() {
  const char* env = std::getenv("DYAD_DB");
  return env && *env ? env : "./dyad.db";
}

Status Store::Impl::begin_write() {
  if (!pg()) return db->exec("BEGIN IMMEDIATE");
  if (Status s = db->exec("BEGIN"); !s.ok()) return s;
  Status s = db->exec(kPgWriteLock);
  if (!s.ok()) rollback();
  return s;
}

Status Store::Impl::commit() { return db->exec("COMMIT"); }
void Store::Impl::rollback() { (void)db->exec("ROLLBACK"); }

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() {
  if (impl_ && impl_->in_transaction) impl_->rollback();  // an uncommitted batch is not stored
}

Result<std::unique_ptr<Store>> Store::open(const std::string& url, StoreOptions options) {
  if (options.merge_days < 0) return Status(ErrorCode::kInvalidArgument, "--merge-days must be >= 0");
  auto db = is_postgres_url(url) ? store::open_postgres(url) : store::open_sqlite(url);
  if (!db.ok()) return db.status();
  if (Status s = store::migrate(**db); !s.ok()) {
    return Status(s.code(), "store " + (is_postgres_url(url) ? std::string("(PostgreSQL)") : url) + ": " + s.message());
  }
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(*db);
  impl->options = options;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Result<std::unique_ptr<Store>> open_store(const std::string& url, StoreOptions options) {
  return Store::open(url.empty() ? default_store_url() : url, options);
}

bool Store::is_postgres() const { return impl_->pg(); }

Result<int> Store::schema_version() {
  auto v = impl_->db->scalar("SELECT value FROM meta WHERE key = 'schema_version'", {});
  if (!v.ok()) return v.status();
  return static_cast<int>(as_int(*v));
}

Result<bool> Store::has_story(const std::string& id, const std::string& hash) {
  auto v = impl_->db->scalar("SELECT hash FROM stories WHERE id = ?", {id});
  if (!v.ok()) return v.status();
  return !is_null(*v) && as_text(*v) == hash;
}

Status Store::for_each_story_hash(const std::function<void(const std::string&, const std::string&)>& fn) {
  return impl_->db->query("SELECT id, hash FROM stories", {}, [&](const store::Row& r) {
    fn(as_text(r[0]), as_text(r[1]));
    return true;
  });
}

namespace {

Result<int64_t> run_pk_for(Store::Impl& impl, const RunInfo& run) {
  std::string key = run.command + '\0' + run.dict_version + '\0' + run.coder_version;
  if (impl.run_pk && impl.run_key == key) return impl.run_pk;
  auto v = impl.db->scalar(
      "INSERT INTO runs(command, dict_version, coder_version, started) VALUES (?, ?, ?, ?) RETURNING pk",
      {run.command, run.dict_version, run.coder_version, utc_now()});
  if (!v.ok()) return v.status();
  impl.run_key = key;
  impl.run_pk = as_int(*v);
  return impl.run_pk;
}

// Removes a stored story's sentences, mentions and full-text entry, and
// recounts (or deletes) the events those mentions belonged to.
Status clear_story(Store::Impl& impl, int64_t story_pk) {
  auto affected = impl.db->rows("SELECT DISTINCT event_pk FROM mentions WHERE story_pk = ?", {story_pk});
  if (!affected.ok()) return affected.status();
  if (Status s = impl.db->run("DELETE FROM mentions WHERE story_pk = ?", {story_pk}); !s.ok()) return s;
  for (const auto& r : *affected) {
    if (Status s = StoryWriter::refresh_counts(impl, as_int(r[0])); !s.ok()) return s;
  }
  if (!impl.pg()) {
    // A story first stored in the open batch has no full-text row yet (the
    // pending one will index its new values); deleting one it never had
    // would corrupt the external-content index.
    if (std::find(impl.fts_pending.begin(), impl.fts_pending.end(), story_pk) != impl.fts_pending.end()) {
      return Status::Ok();
    }
    // External-content FTS5 deletes need the old values.
    return impl.db->run(
        "INSERT INTO stories_fts(stories_fts, rowid, title, text) SELECT 'delete', pk, title, text FROM stories "
        "WHERE pk = ?",
        {story_pk});
  }
  return Status::Ok();
}

// The story's own strings are borrowed, not copied (the text is most of a
// story's bytes).
Params story_columns(const Story& s, const std::string& hash, std::string sentences, int64_t run_pk) {
  using store::TextRef;
  return {hash,
          s.date ? Value{s.date->iso()} : Value{},
          TextRef{s.title},
          TextRef{s.source},
          TextRef{s.url},
          TextRef{s.text},
          s.extra_json.empty() ? Value{std::string("{}")} : Value{TextRef{s.extra_json}},
          layout_json(s),
          std::move(sentences),
          run_pk};
}

Result<PutOutcome> put_story_locked(Store::Impl& impl, const Story& story, const std::vector<StoredSentence>& sentences,
                                    const std::vector<Event>& events, const RunInfo& run, bool replace) {
  std::string hash = story_hash(story);
  auto spans = store::sentences_json(sentences);
  if (!spans.ok()) return spans.status();
  auto existing = impl.db->rows("SELECT pk, hash FROM stories WHERE id = ?", {story.id});
  if (!existing.ok()) return existing.status();
  PutOutcome outcome = PutOutcome::kAdded;
  int64_t story_pk = 0;
  if (!existing->empty()) {
    story_pk = as_int((*existing)[0][0]);
    bool same = as_text((*existing)[0][1]) == hash;
    if (same && !replace) return PutOutcome::kUnchanged;
    outcome = same ? PutOutcome::kUnchanged : PutOutcome::kReplaced;
    if (Status s = clear_story(impl, story_pk); !s.ok()) return s;
  }
  auto run_pk = run_pk_for(impl, run);
  if (!run_pk.ok()) return run_pk.status();
  Params p = story_columns(story, hash, std::move(*spans), *run_pk);
  if (story_pk) {
    p.push_back(story_pk);
    if (Status s = impl.db->run("UPDATE stories SET hash = ?, date = ?, title = ?, source = ?, url = ?, text = ?, "
                                "extra = ?, layout = ?, sentences = ?, run_pk = ? WHERE pk = ?",
                                p);
        !s.ok()) {
      return s;
    }
  } else {
    p.insert(p.begin(), Value{store::TextRef{story.id}});
    auto v = impl.db->insert(
        "INSERT INTO stories(id, hash, date, title, source, url, text, extra, layout, sentences, run_pk) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p);
    if (!v.ok()) return v.status();
    story_pk = *v;
  }
  if (impl.batch && !impl.pg()) {
    if (std::find(impl.fts_pending.begin(), impl.fts_pending.end(), story_pk) == impl.fts_pending.end()) {
      impl.fts_pending.push_back(story_pk);
    }
  } else if (!impl.pg()) {
    if (Status s = impl.db->run("INSERT INTO stories_fts(rowid, title, text) VALUES (?, ?, ?)",
                                {story_pk, store::TextRef{story.title}, store::TextRef{story.text}});
        !s.ok()) {
      return s;
    }
  }
  StoryWriter writer(impl, story_pk, *run_pk);
  for (const Event& e : events) {
    if (Status s = writer.add(e); !s.ok()) return s;
  }
  return outcome;
}

// put_story inside an open batch: the batch's transaction begins with its
// first story; each story is a savepoint, so a refused one is undone alone.
Result<PutOutcome> put_story_batched(Store::Impl& impl, const Story& story,
                                     const std::vector<StoredSentence>& sentences, const std::vector<Event>& events,
                                     const RunInfo& run, bool replace) {
  if (!impl.in_transaction) {
    // SQLite keeps a savepoint's undo pages in a statement journal, a temp
    // file once it outgrows 64 KiB: on disk it cost more writes than the
    // batch saved (313,000 pwrite calls for statedept instead of 191,000
    // without batches; 69,000 with it in memory). A batch writes a few MB.
    // A batch also dirties more pages than SQLite's default 2 MB page cache
    // holds: it spilled them to the WAL mid-transaction and read them back
    // (all corpora: 135,000 pwrite and 73,000 pread calls; 110,000 and 33,000
    // with 32 MB).
    if (!impl.pg() && !impl.temp_in_memory) {
      if (Status s = impl.db->exec("PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768"); !s.ok()) return s;
      impl.temp_in_memory = true;
    }
    if (Status s = impl.begin_write(); !s.ok()) return s;
    impl.in_transaction = true;
  }
  if (Status s = impl.db->run("SAVEPOINT story", {}); !s.ok()) return s;
  size_t fts_before = impl.fts_pending.size();
  auto out = put_story_locked(impl, story, sentences, events, run, replace);
  if (out.ok()) {
    if (Status s = impl.db->run("RELEASE story", {}); !s.ok()) return s;
    return out;
  }
  (void)impl.db->run("ROLLBACK TO story", {});
  (void)impl.db->run("RELEASE story", {});
  impl.fts_pending.resize(fts_before);
  // The cached run row may belong to the undone savepoint.
  impl.run_pk = 0;
  return Status(out.status().code(), "story " + story.id + ": " + out.status().message());
}

// Indexes the batch's stories for full-text search in the batch's
// transaction (a story and its index entry commit together), in one
// statement after every savepoint: FTS5 flushes a segment at each statement
// and savepoint that writes it, so one statement means one segment a batch.
Status write_pending_fts(Store::Impl& impl) {
  if (impl.fts_pending.empty()) return Status::Ok();
  std::string pks = "[";
  for (int64_t pk : impl.fts_pending) {
    if (pks.size() > 1) pks += ',';
    pks += std::to_string(pk);
  }
  pks += ']';
  impl.fts_pending.clear();
  return impl.db->run(
      "INSERT INTO stories_fts(rowid, title, text) SELECT pk, title, text FROM stories "
      "WHERE pk IN (SELECT value FROM json_each(?)) ORDER BY pk",
      {pks});
}

}  // namespace

void Store::begin_batch() { impl_->batch = true; }

Status Store::commit_batch() {
  impl_->batch = false;
  if (!impl_->in_transaction) return Status::Ok();
  impl_->in_transaction = false;
  Status s = write_pending_fts(*impl_);
  if (s.ok()) s = impl_->commit();
  if (!s.ok()) {
    impl_->rollback();
    impl_->run_pk = 0;
    return s;
  }
  return Status::Ok();
}

Result<PutOutcome> Store::put_story(const Story& story, const std::vector<StoredSentence>& sentences,
                                    const std::vector<Event>& events, const RunInfo& run, bool replace) {
  if (story.id.empty()) return Status(ErrorCode::kInvalidArgument, "story without id cannot be stored");
  if (impl_->batch) return put_story_batched(*impl_, story, sentences, events, run, replace);
  if (Status s = impl_->begin_write(); !s.ok()) return s;
  auto out = put_story_locked(*impl_, story, sentences, events, run, replace);
  if (!out.ok()) {
    impl_->rollback();
    // The cached run row may belong to the rolled-back transaction.
    impl_->run_pk = 0;
    return Status(out.status().code(), "story " + story.id + ": " + out.status().message());
  }
  if (Status s = impl_->commit(); !s.ok()) {
    impl_->rollback();
    impl_->run_pk = 0;
    return s;
  }
  return out;
}

namespace {

Story story_from_row(const store::Row& r) {
  Story s;
  s.id = as_text(r[1]);
  if (!is_null(r[2])) s.date = Date::parse_iso(as_text(r[2]));
  s.title = as_text(r[3]);
  s.source = as_text(r[4]);
  s.url = as_text(r[5]);
  s.text = as_text(r[6]);
  s.extra_json = as_text(r[7]);
  restore_layout(as_text(r[8]), &s);
  return s;
}

}  // namespace

Result<std::vector<Story>> Store::stories_after(int64_t* after_pk, size_t limit) {
  auto rows = impl_->db->rows(
      "SELECT pk, id, date, title, source, url, text, extra, layout FROM stories WHERE pk > ? ORDER BY pk LIMIT ?",
      {*after_pk, static_cast<int64_t>(limit)});
  if (!rows.ok()) return rows.status();
  std::vector<Story> out;
  for (const auto& r : *rows) {
    *after_pk = as_int(r[0]);
    out.push_back(story_from_row(r));
  }
  return out;
}

Status Store::for_each_story(const std::function<bool(const Story&)>& fn) {
  // Page by primary key: the callback may write (recode) on this connection,
  // which must not happen inside an open SQLite read cursor.
  int64_t after = 0;
  for (;;) {
    auto page = stories_after(&after, 256);
    if (!page.ok()) return page.status();
    if (page->empty()) return Status::Ok();
    for (const Story& s : *page) {
      if (!fn(s)) return Status::Ok();
    }
  }
}

Result<std::optional<Story>> Store::story(const std::string& id) {
  auto rows = impl_->db->rows(
      "SELECT pk, id, date, title, source, url, text, extra, layout FROM stories WHERE id = ?", {id});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<Story>();
  return std::optional<Story>(story_from_row((*rows)[0]));
}

Result<std::vector<StoredSentence>> Store::sentences(const std::string& story_id) {
  auto v = impl_->db->scalar("SELECT sentences FROM stories WHERE id = ?", {story_id});
  if (!v.ok()) return v.status();
  if (is_null(*v)) return std::vector<StoredSentence>();
  auto out = store::sentences_from_json(as_text(*v));
  if (!out.ok()) return Status(out.status().code(), "story " + story_id + ": " + out.status().message());
  return out;
}

Result<std::vector<Event>> Store::story_events(const std::string& story_id) {
  auto rows = impl_->db->rows(
      "SELECT CASE WHEN m.record = '' THEN e.record ELSE m.record END FROM mentions m "
      "JOIN stories s ON s.pk = m.story_pk JOIN events e ON e.pk = m.event_pk WHERE s.id = ? ORDER BY m.pk",
      {story_id});
  if (!rows.ok()) return rows.status();
  std::vector<Event> out;
  for (const auto& r : *rows) {
    auto e = event_from_json(as_text(r[0]));
    if (!e.ok()) return Status(e.status().code(), "story " + story_id + ": " + e.status().message());
    out.push_back(std::move(*e));
  }
  return out;
}

Result<Store::Counts> Store::counts() {
  Counts c;
  // Sentences are a JSON array per story (schema 3).
  const char* queries[] = {
      "SELECT count(*) FROM stories",
      impl_->pg() ? "SELECT coalesce(sum(jsonb_array_length(sentences::jsonb)), 0) FROM stories"
                  : "SELECT coalesce(sum(json_array_length(sentences)), 0) FROM stories",
      "SELECT count(*) FROM events", "SELECT count(*) FROM mentions"};
  int64_t* out[] = {&c.stories, &c.sentences, &c.events, &c.mentions};
  for (int i = 0; i < 4; ++i) {
    auto v = impl_->db->scalar(queries[i], {});
    if (!v.ok()) return v.status();
    *out[i] = as_int(*v);
  }
  return c;
}

}  // namespace dyad
