// The store schema and its migrations (documented in docs/store.md).
//
// Version 1 is the whole schema of the first release. A later change appends a migration (version,
// SQL per backend); open() applies the missing ones in order, each in one
// transaction, and refuses a database written by a newer dyad.
#include <string>
#include <vector>

#include "store/store_internal.h"

namespace dyad::store {
namespace {

struct Migration {
  int version;
  const char* sqlite;
  const char* postgres;
};

// Code columns are compared bytewise (prefix ranges "CHN" <= x < "CHO" must
// use the indexes): BINARY in SQLite, COLLATE "C" in PostgreSQL.
constexpr const char* kSqliteV1 = R"sql(
CREATE TABLE runs(pk INTEGER PRIMARY KEY, command TEXT NOT NULL, dict_version TEXT NOT NULL,
  coder_version TEXT NOT NULL, started TEXT NOT NULL);
CREATE TABLE stories(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, date TEXT,
  title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL, extra TEXT NOT NULL,
  layout TEXT NOT NULL, run_pk INTEGER REFERENCES runs(pk));
CREATE TABLE sentences(story_pk INTEGER NOT NULL REFERENCES stories(pk), idx INTEGER NOT NULL,
  base TEXT NOT NULL, span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY(story_pk, idx)) WITHOUT ROWID;
CREATE TABLE events(pk INTEGER PRIMARY KEY, event_id TEXT NOT NULL, story_pk INTEGER NOT NULL, sentence INTEGER NOT NULL,
  date TEXT, day INTEGER, date_precision TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, codebook TEXT NOT NULL, quad_class INTEGER, goldstein REAL,
  verb_text TEXT NOT NULL, place_name TEXT, place_country TEXT, place_admin1 TEXT, lat REAL, lon REAL,
  negated INTEGER NOT NULL, modality TEXT NOT NULL, dict_version TEXT NOT NULL, coder_version TEXT NOT NULL,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  rep_mention INTEGER, record TEXT NOT NULL);
CREATE TABLE mentions(pk INTEGER PRIMARY KEY, event_pk INTEGER NOT NULL REFERENCES events(pk),
  story_pk INTEGER NOT NULL REFERENCES stories(pk), event_id TEXT NOT NULL, sentence INTEGER NOT NULL,
  spans TEXT NOT NULL, record TEXT NOT NULL, run_pk INTEGER REFERENCES runs(pk));
CREATE INDEX events_dyad ON events(source, target, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_place ON events(place_country);
CREATE INDEX mentions_event ON mentions(event_pk);
CREATE INDEX mentions_story ON mentions(story_pk);
CREATE VIRTUAL TABLE stories_fts USING fts5(title, text, content='stories', content_rowid='pk');
)sql";

constexpr const char* kPostgresV1 = R"sql(
CREATE TABLE runs(pk BIGSERIAL PRIMARY KEY, command TEXT NOT NULL, dict_version TEXT NOT NULL,
  coder_version TEXT NOT NULL, started TEXT NOT NULL);
CREATE TABLE stories(pk BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, date TEXT,
  title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL, extra TEXT NOT NULL,
  layout TEXT NOT NULL, run_pk BIGINT REFERENCES runs(pk),
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED);
CREATE TABLE sentences(story_pk BIGINT NOT NULL REFERENCES stories(pk), idx INTEGER NOT NULL,
  base TEXT NOT NULL, span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL, PRIMARY KEY(story_pk, idx));
CREATE TABLE events(pk BIGSERIAL PRIMARY KEY, event_id TEXT NOT NULL, story_pk BIGINT NOT NULL, sentence INTEGER NOT NULL,
  date TEXT, day BIGINT, date_precision TEXT NOT NULL, source TEXT COLLATE "C" NOT NULL,
  target TEXT COLLATE "C" NOT NULL, code TEXT COLLATE "C" NOT NULL, root TEXT COLLATE "C" NOT NULL,
  codebook TEXT NOT NULL, quad_class INTEGER, goldstein DOUBLE PRECISION,
  verb_text TEXT NOT NULL, place_name TEXT, place_country TEXT COLLATE "C", place_admin1 TEXT,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  negated INTEGER NOT NULL, modality TEXT NOT NULL, dict_version TEXT NOT NULL, coder_version TEXT NOT NULL,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  rep_mention BIGINT, record TEXT NOT NULL);
CREATE TABLE mentions(pk BIGSERIAL PRIMARY KEY, event_pk BIGINT NOT NULL REFERENCES events(pk),
  story_pk BIGINT NOT NULL REFERENCES stories(pk), event_id TEXT NOT NULL, sentence INTEGER NOT NULL,
  spans TEXT NOT NULL, record TEXT NOT NULL, run_pk BIGINT REFERENCES runs(pk));
CREATE INDEX events_dyad ON events(source, target, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_place ON events(place_country);
CREATE INDEX mentions_event ON mentions(event_pk);
CREATE INDEX mentions_story ON mentions(story_pk);
CREATE INDEX stories_tsv ON stories USING GIN(tsv);
)sql";

// Version 2: indexes that answer the dashboard's aggregates from the index
// alone (bench/results/2026-11-29-store.md has the plans before and after).
// The event row carries its JSON record, so every table lookup reads about a
// kilobyte: covering the columns series and top read (day, quad_class,
// goldstein, and code for a dyad's top codes) keeps a dyad series or an
// unfiltered top list inside an index.
// events_code and events_day cover top by code and a series over a date
// range; the place filter's place-name half gets an expression index, so its
// OR becomes two index searches instead of a scan of every event.
constexpr const char* kV2 = R"sql(
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source, target, day, quad_class, goldstein, code);
DROP INDEX events_target;
CREATE INDEX events_target ON events(target, day, quad_class, goldstein);
DROP INDEX events_code;
CREATE INDEX events_code ON events(code, day, goldstein);
DROP INDEX events_day;
CREATE INDEX events_day ON events(day, quad_class, goldstein);
DROP INDEX events_place;
CREATE INDEX events_place ON events(place_country, goldstein);
CREATE INDEX events_place_name ON events(lower(place_name));
)sql";

// Version 3: less to write per story, so ingest keeps pace with coding
// (bench/results/2026-11-29-ingest.md).
// - A story's sentence spans are one JSON column of its row
//   (`[[begin,end],[begin,end,"title"],...]`, the index is the position), not
//   a row per sentence: a tenth of the rows an ingest inserted. The view
//   `sentences` keeps the old table's shape for SQL users.
// - The representative mention's record is '' (the event row holds it), so
//   the kilobyte record of most events is stored once, not twice.
// - The SQLite full-text index keeps no positions (detail=none): dyad's
//   searches are words and prefixes, never phrases; the index is a fifth of
//   the size and cheaper to build.
constexpr const char* kSqliteV3 = R"sql(
ALTER TABLE stories ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
CREATE TEMP TABLE v3_spans AS
  SELECT story_pk, json_group_array(CASE WHEN base = 'title' THEN json_array(span_begin, span_end, 'title')
                                         ELSE json_array(span_begin, span_end) END) AS spans
  FROM (SELECT * FROM sentences ORDER BY story_pk, idx) GROUP BY story_pk;
UPDATE stories SET sentences = (SELECT spans FROM v3_spans WHERE story_pk = stories.pk)
  WHERE pk IN (SELECT story_pk FROM v3_spans);
DROP TABLE v3_spans;
DROP TABLE sentences;
CREATE VIEW sentences(story_pk, idx, base, span_begin, span_end) AS
  SELECT s.pk, CAST(j.key AS INTEGER), CASE WHEN json_array_length(j.value) > 2 THEN 'title' ELSE 'text' END,
         json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')
  FROM stories s, json_each(s.sentences) j;
UPDATE mentions SET record = '' WHERE pk IN (SELECT rep_mention FROM events WHERE rep_mention IS NOT NULL);
DROP TABLE stories_fts;
CREATE VIRTUAL TABLE stories_fts USING fts5(title, text, content='stories', content_rowid='pk', detail=none);
INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
)sql";

constexpr const char* kPostgresV3 = R"sql(
ALTER TABLE stories ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
UPDATE stories s SET sentences = t.spans
  FROM (SELECT story_pk, json_agg(CASE WHEN base = 'title' THEN json_build_array(span_begin, span_end, 'title')
                                       ELSE json_build_array(span_begin, span_end) END ORDER BY idx)::text AS spans
        FROM sentences GROUP BY story_pk) t
  WHERE t.story_pk = s.pk;
DROP TABLE sentences;
CREATE VIEW sentences AS
  SELECT s.pk AS story_pk, (j.ord - 1)::integer AS idx,
         CASE WHEN jsonb_array_length(j.v) > 2 THEN 'title' ELSE 'text' END AS base,
         (j.v->>0)::bigint AS span_begin, (j.v->>1)::bigint AS span_end
  FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.sentences::jsonb) WITH ORDINALITY AS j(v, ord);
UPDATE mentions SET record = '' WHERE pk IN (SELECT rep_mention FROM events WHERE rep_mention IS NOT NULL);
)sql";

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, kSqliteV1, kPostgresV1}, {2, kV2, kV2}, {3, kSqliteV3, kPostgresV3}};
  return kMigrations;
}

// Serialises schema creation between processes opening a new database at once.
constexpr const char* kPgMigrateLock = "SELECT pg_advisory_xact_lock(72010001)";

Result<int> current_version(Db& db) {
  auto v = db.scalar("SELECT value FROM meta WHERE key = 'schema_version'", {});
  if (!v.ok()) return v.status();
  return is_null(*v) ? 0 : static_cast<int>(as_int(*v));
}

Status apply(Db& db, const Migration& m) {
  bool pg = db.backend() == Backend::kPostgres;
  if (Status s = db.exec(pg ? "BEGIN" : "BEGIN IMMEDIATE"); !s.ok()) return s;
  auto fail = [&](const Status& s) {
    (void)db.exec("ROLLBACK");
    return Status(s.code(), "store schema migration to version " + std::to_string(m.version) + ": " + s.message());
  };
  if (pg) {
    if (Status s = db.exec(kPgMigrateLock); !s.ok()) return fail(s);
  }
  // Another process may have migrated while we waited for the lock.
  auto v = current_version(db);
  if (!v.ok()) return fail(v.status());
  if (*v >= m.version) return db.exec("COMMIT");
  if (Status s = db.exec(pg ? m.postgres : m.sqlite); !s.ok()) return fail(s);
  Status s = db.run(pg ? "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
                       : "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    {std::to_string(m.version)});
  if (!s.ok()) return fail(s);
  return db.exec("COMMIT");
}

}  // namespace

Status migrate(Db& db) {
  bool pg = db.backend() == Backend::kPostgres;
  if (pg) {
    // CREATE TABLE IF NOT EXISTS can still race on the catalog: take the lock.
    if (Status s = db.exec("BEGIN"); !s.ok()) return s;
    Status s = db.exec(kPgMigrateLock);
    if (s.ok()) s = db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    if (!s.ok()) {
      (void)db.exec("ROLLBACK");
      return s;
    }
    if (Status c = db.exec("COMMIT"); !c.ok()) return c;
  } else if (Status s = db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
             !s.ok()) {
    return s;
  }
  auto v = current_version(db);
  if (!v.ok()) return v.status();
  if (*v > kStoreSchemaVersion) {
    return Status(ErrorCode::kUnsupported, "store schema version " + std::to_string(*v) +
                                               " is newer than this dyad supports (" +
                                               std::to_string(kStoreSchemaVersion) + "): upgrade dyad");
  }
  for (const Migration& m : migrations()) {
    if (m.version <= *v) continue;
    if (Status s = apply(db, m); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace dyad::store
