// Schema migrations on SQLite: a store written by the first release (schema
// version 1) or by version 2 opens with this dyad, gains the later versions'
// indexes and layout, and answers the same queries as before; a store from a
// newer dyad is refused.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "dyad/sink.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Runs SQL on the file directly, as an older or newer dyad would have left it.
void raw_exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

// One column of every result row (EXPLAIN QUERY PLAN's detail is column 3).
std::vector<std::string> raw_column(const std::string& path, const std::string& sql, int column = 0) {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Version 2's layout (src/store/schema.cc) in place of version 3's: a row
// per sentence, every mention with its record, a full-text index with
// positions.
constexpr const char* kBackToV2 = R"sql(
DROP VIEW sentences;
CREATE TABLE sentences(story_pk INTEGER NOT NULL REFERENCES stories(pk), idx INTEGER NOT NULL,
  base TEXT NOT NULL, span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY(story_pk, idx)) WITHOUT ROWID;
INSERT INTO sentences SELECT s.pk, CAST(j.key AS INTEGER),
  CASE WHEN json_array_length(j.value) > 2 THEN 'title' ELSE 'text' END,
  json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM stories s, json_each(s.sentences) j;
ALTER TABLE stories DROP COLUMN sentences;
UPDATE mentions SET record = (SELECT e.record FROM events e WHERE e.pk = mentions.event_pk) WHERE record = '';
DROP TABLE stories_fts;
CREATE VIRTUAL TABLE stories_fts USING fts5(title, text, content='stories', content_rowid='pk');
INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
UPDATE meta SET value = '2' WHERE key = 'schema_version';
)sql";

// Version 1's indexes (src/store/schema.cc, kSqliteV1) in place of version 2's.
constexpr const char* kBackToV1 = R"sql(
DROP INDEX events_dyad; DROP INDEX events_target; DROP INDEX events_code; DROP INDEX events_place;
DROP INDEX events_place_name; DROP INDEX events_day;
CREATE INDEX events_dyad ON events(source, target, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_place ON events(place_country);
UPDATE meta SET value = '1' WHERE key = 'schema_version';
)sql";

class MigrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_migration_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static Event event(const std::string& story_id, const std::string& src, const std::string& tgt,
                     const std::string& place) {
    Event e;
    e.story_id = story_id;
    e.id = make_event_id(story_id, 0, 0);
    e.date = Date{2020, 1, 15};
    e.date_precision = DatePrecision::kDay;
    e.source = src;
    e.target = tgt;
    e.code = "040";
    e.root = "04";
    e.codebook = "cameo";
    e.quad_class = 1;
    e.goldstein = 1.0;
    e.location = Location{place, "", "", std::nullopt, std::nullopt, "text", false};
    return e;
  }

  // Stories a and b (one event each), and c, whose event is another mention
  // of a's (same dyad, root, day and place), with sentences in text and title.
  void fill() {
    auto s = Store::open(path_);
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    RunInfo run{"d1", "c1", "test"};
    Story a;
    a.id = "a";
    a.date = Date{2020, 1, 15};
    a.title = "Talks";
    a.text = "Ottawa talks. Zürich—Genève.";
    Story b = a;
    b.id = "b";
    b.text = "Beijing talks.";
    Story c = a;
    c.id = "c";
    c.text = "Talks in Ottawa again.";
    ASSERT_TRUE((*s)->put_story(a, sentences_of_a(), {event("a", "CHNGOV", "CANGOV", "Ottawa")}, run).ok());
    ASSERT_TRUE((*s)->put_story(b, {{0, TextBase::kText, {0, 14}}}, {event("b", "CANGOV", "CHN", "Beijing")}, run).ok());
    ASSERT_TRUE((*s)->put_story(c, {}, {event("c", "CHNGOV", "CANGOV", "Ottawa")}, run).ok());
  }

  static std::vector<StoredSentence> sentences_of_a() {
    return {{0, TextBase::kTitle, {0, 5}}, {1, TextBase::kText, {0, 13}}, {2, TextBase::kText, {14, 30}}};
  }

  static std::string spans(const std::vector<StoredSentence>& v) {
    std::string out;
    for (const auto& x : v) {
      out += std::to_string(x.index) + (x.base == TextBase::kTitle ? "t" : "x") + std::to_string(x.span.begin) + "-" +
             std::to_string(x.span.end) + " ";
    }
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(MigrationTest, VersionTwoStoreKeepsItsSentencesRecordsAndSearch) {
  fill();
  std::vector<std::string> records_before;
  {
    auto s = Store::open(path_);
    ASSERT_TRUE(s.ok());
    for (const char* id : {"a", "b", "c"}) {
      auto ev = (*s)->story_events(id);
      ASSERT_TRUE(ev.ok());
      for (const Event& e : *ev) records_before.push_back(event_to_json(e));
    }
  }
  raw_exec(path_, kBackToV2);
  ASSERT_EQ(raw_column(path_, "SELECT count(*) FROM mentions WHERE record = ''"), std::vector<std::string>{"0"});
  auto s = Store::open(path_);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_EQ(*(*s)->schema_version(), 3);
  // Sentences: the same spans, from the story row; the view keeps the old shape.
  auto sa = (*s)->sentences("a");
  ASSERT_TRUE(sa.ok()) << sa.status().to_string();
  EXPECT_EQ(spans(*sa), spans(sentences_of_a()));
  EXPECT_EQ(raw_column(path_, "SELECT sentences FROM stories WHERE id = 'a'"),
            std::vector<std::string>{"[[0,5,\"title\"],[0,13],[14,30]]"});
  EXPECT_EQ(raw_column(path_, "SELECT idx || base || span_begin || '-' || span_end FROM sentences "
                              "WHERE story_pk = (SELECT pk FROM stories WHERE id = 'a') ORDER BY idx"),
            (std::vector<std::string>{"0title0-5", "1text0-13", "2text14-30"}));
  EXPECT_EQ(raw_column(path_, "SELECT sentences FROM stories WHERE id = 'c'"), std::vector<std::string>{"[]"});
  // Records: the representatives' are stored once, and every mention reads back as before.
  EXPECT_EQ(raw_column(path_, "SELECT count(*) FROM mentions WHERE record = ''"), std::vector<std::string>{"2"});
  std::vector<std::string> records_after;
  for (const char* id : {"a", "b", "c"}) {
    auto ev = (*s)->story_events(id);
    ASSERT_TRUE(ev.ok());
    for (const Event& e : *ev) records_after.push_back(event_to_json(e));
  }
  EXPECT_EQ(records_after, records_before);
  // Search: the rebuilt index without positions finds words, prefixes and
  // words a non-ASCII dash separates.
  EventFilter f;
  f.text = "ottawa";
  EXPECT_EQ(*(*s)->count_events(f), 1);
  f.text = "beij*";
  EXPECT_EQ(*(*s)->count_events(f), 1);
  f.text = "zürich—genève";
  EXPECT_EQ(*(*s)->count_events(f), 1);
  EXPECT_EQ(raw_column(path_, "SELECT count(*) FROM stories_fts WHERE stories_fts MATCH 'talks'"),
            std::vector<std::string>{"3"});
}

TEST_F(MigrationTest, VersionOneStoreGainsTheCoveringIndexes) {
  fill();
  raw_exec(path_, kBackToV2);
  raw_exec(path_, kBackToV1);
  auto s = Store::open(path_);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_EQ(*(*s)->schema_version(), 3);
  auto names = raw_column(path_, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%'");
  EXPECT_TRUE(std::set<std::string>(names.begin(), names.end()).count("events_place_name"));
  auto dyad_cols = raw_column(path_, "SELECT name FROM pragma_index_info('events_dyad') ORDER BY seqno");
  EXPECT_EQ(dyad_cols, (std::vector<std::string>{"source", "target", "day", "quad_class", "goldstein", "code"}));
  // The data is untouched and the queries that use the new indexes answer.
  EventFilter f;
  f.dyad = {{"CHN", "CAN"}};
  auto pts = (*s)->series(f, Period::kMonth);
  ASSERT_TRUE(pts.ok());
  ASSERT_EQ(pts->size(), 2u);
  EXPECT_EQ((*pts)[0].events, 1);   // a and c's mentions are one event
  EXPECT_EQ((*pts)[1].events, 1);
  f = {};
  f.place = "ottawa";   // the place-name half of the filter, case-insensitive
  EXPECT_EQ(*(*s)->count_events(f), 1);
}

TEST_F(MigrationTest, PlanUsesIndexesNotAScan) {
  fill();
  // The place filter's OR is answered by two index searches, and a dyad
  // series reads only the covering index.
  auto plan = raw_column(path_,
                         "EXPLAIN QUERY PLAN SELECT count(*) FROM events e "
                         "WHERE (e.place_country = 'x' OR lower(e.place_name) = lower('x'))",
                         3);
  ASSERT_FALSE(plan.empty());
  for (const auto& line : plan) EXPECT_EQ(line.find("SCAN"), std::string::npos) << line;
  plan = raw_column(path_,
                    "EXPLAIN QUERY PLAN SELECT e.day, e.quad_class, count(*), sum(e.goldstein) FROM events e "
                    "WHERE e.source >= 'CHN' AND e.source < 'CHO' AND e.target >= 'CAN' AND e.target < 'CAO' "
                    "GROUP BY 1, 2",
                    3);
  ASSERT_FALSE(plan.empty());
  EXPECT_NE(plan[0].find("COVERING INDEX events_dyad"), std::string::npos) << plan[0];
}

TEST_F(MigrationTest, NewerStoreIsRefused) {
  fill();
  raw_exec(path_, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  auto s = Store::open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer"), std::string::npos) << s.status().to_string();
}

}  // namespace
}  // namespace dyad
