// The store on SQLite: idempotent ingest, replacement of edited stories, the
// cross-story merge rule, the filter vocabulary (bound parameters), series
// periods and zeros, top lists, full-text search and migrations.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "dyad/sink.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_store_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> open(StoreOptions o = {}) {
    auto s = Store::open(path_, o);
    EXPECT_TRUE(s.ok()) << s.status().to_string();
    return s.ok() ? std::move(*s) : nullptr;
  }

  static Story story(const std::string& id, const std::string& date, const std::string& text,
                     const std::string& source = "wire") {
    Story s;
    s.id = id;
    s.date = Date::parse_iso(date);
    s.title = "t " + id;
    s.source = source;
    s.url = "https://example.org/" + id;
    s.text = text;
    s.body = {Span{0, static_cast<uint32_t>(text.size())}};
    s.extra_json = "{\"k\":1}";
    return s;
  }

  static Event event(const std::string& story_id, uint32_t sentence, const std::string& date, const std::string& src,
                     const std::string& tgt, const std::string& code, uint32_t begin = 0) {
    Event e;
    e.story_id = story_id;
    e.sentence = sentence;
    e.id = make_event_id(story_id, sentence, 0);
    e.date = Date::parse_iso(date);
    e.date_precision = DatePrecision::kDay;
    e.source = src;
    e.target = tgt;
    e.code = code;
    e.root = code.substr(0, 2);
    e.codebook = "cameo";
    e.quad_class = EventCodebook::quad_for_root(code);
    e.goldstein = code.rfind("04", 0) == 0 ? 1.0 : -5.0;
    e.verb_text = "met";
    e.evidence = {Evidence{sentence, TextBase::kText, {Span{begin, begin + 3}, Span{begin + 4, begin + 7}}}};
    e.dict_version = "d1";
    e.coder_version = "c1";
    return e;
  }

  // SQL on the store file, past the Store (as another program would).
  void sql_exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }
  std::vector<std::string> sql_column(const std::string& sql) {
    sqlite3* db = nullptr;
    std::vector<std::string> out;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }
  // The database refuses the mentions of stories whose id starts with "bad".
  void refuse_bad_mentions() {
    sql_exec("CREATE TRIGGER refuse BEFORE INSERT ON mentions WHEN NEW.event_id LIKE 'bad:%' "
             "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  }

  RunInfo run_{"d1", "c1", "test"};
  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, SchemaIsVersionedAndReopens) {
  {
    auto s = open();
    ASSERT_TRUE(s);
    EXPECT_EQ(*s->schema_version(), kStoreSchemaVersion);
  }
  auto s = open();   // migrations are not re-applied
  ASSERT_TRUE(s);
  EXPECT_EQ(*s->schema_version(), kStoreSchemaVersion);
}

TEST_F(StoreTest, SameStoryTwiceStoresNothingNew) {
  auto s = open();
  Story a = story("a", "2020-01-01", "China met Canada.");
  auto r1 = s->put_story(a, {{0, TextBase::kText, {0, 17}}}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_);
  ASSERT_TRUE(r1.ok()) << r1.status().to_string();
  EXPECT_EQ(*r1, PutOutcome::kAdded);
  auto r2 = s->put_story(a, {{0, TextBase::kText, {0, 17}}}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_);
  EXPECT_EQ(*r2, PutOutcome::kUnchanged);
  auto c = s->counts();
  EXPECT_EQ(c->stories, 1);
  EXPECT_EQ(c->sentences, 1);
  EXPECT_EQ(c->events, 1);
  EXPECT_EQ(c->mentions, 1);
  EXPECT_TRUE(*s->has_story("a", story_hash(a)));
}

TEST_F(StoreTest, EditedStoryReplacesItsEvents) {
  auto s = open();
  Story a = story("a", "2020-01-01", "China met Canada.");
  ASSERT_TRUE(s->put_story(a, {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  a.text = "China attacked Canada.";
  auto r = s->put_story(a, {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "190")}, run_);
  EXPECT_EQ(*r, PutOutcome::kReplaced);
  auto c = s->counts();
  EXPECT_EQ(c->events, 1);
  EXPECT_EQ(c->mentions, 1);
  std::vector<std::string> codes;
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 codes.push_back(e.event.code);
                 return true;
               }).ok());
  EXPECT_EQ(codes, std::vector<std::string>{"190"});
  auto back = s->story("a");
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_EQ((*back)->text, "China attacked Canada.");
  EXPECT_EQ((*back)->extra_json, "{\"k\":1}");
  ASSERT_EQ((*back)->body.size(), 1u);
  EXPECT_EQ((*back)->body[0].end, 17u);   // the layout as put, not recomputed
}

TEST_F(StoreTest, MergesOneHappeningAcrossStories) {
  auto s = open();
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x", "Reuters"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  // Next day, other outlet: same happening.
  ASSERT_TRUE(s->put_story(story("b", "2020-01-02", "y", "AP"), {}, {event("b", 1, "2020-01-02", "CHN", "CAN", "042")}, run_).ok());
  // Same outlet as a: a new article, not a new source.
  ASSERT_TRUE(s->put_story(story("c", "2020-01-01", "z", "Reuters"), {}, {event("c", 0, "2020-01-01", "CHN", "CAN", "043")}, run_).ok());
  // Three days later: another happening.
  ASSERT_TRUE(s->put_story(story("d", "2020-01-04", "w", "AP"), {}, {event("d", 0, "2020-01-04", "CHN", "CAN", "040")}, run_).ok());
  // Reverse dyad the same day: never merged.
  ASSERT_TRUE(s->put_story(story("e", "2020-01-01", "v", "AP"), {}, {event("e", 0, "2020-01-01", "CAN", "CHN", "040")}, run_).ok());
  // Another root the same day: never merged.
  ASSERT_TRUE(s->put_story(story("f", "2020-01-01", "u", "AP"), {}, {event("f", 0, "2020-01-01", "CHN", "CAN", "190")}, run_).ok());
  std::vector<StoredEvent> all;
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 all.push_back(e);
                 return true;
               }).ok());
  ASSERT_EQ(all.size(), 4u);
  const StoredEvent& merged = all[0];
  EXPECT_EQ(merged.event.story_id, "a");
  EXPECT_EQ(merged.num_mentions, 3);
  EXPECT_EQ(merged.num_articles, 3);
  EXPECT_EQ(merged.num_sources, 2);
  EXPECT_EQ(merged.story_ids, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(s->counts()->mentions, 6);
  // Removing a story's mention by replacing it recounts the event.
  ASSERT_TRUE(s->put_story(story("b", "2020-01-02", "y edited", "AP"), {}, {}, run_).ok());
  all.clear();
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 all.push_back(e);
                 return true;
               }).ok());
  EXPECT_EQ(all[0].num_mentions, 2);
  EXPECT_EQ(all[0].num_sources, 1);
}

TEST_F(StoreTest, RepresentativeMovesWhenFirstStoryIsReplaced) {
  auto s = open();
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  ASSERT_TRUE(s->put_story(story("b", "2020-01-01", "y"), {}, {event("b", 2, "2020-01-01", "CHN", "CAN", "042")}, run_).ok());
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x2"), {}, {}, run_).ok());
  std::vector<StoredEvent> all;
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 all.push_back(e);
                 return true;
               }).ok());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].event.story_id, "b");
  EXPECT_EQ(all[0].event.code, "042");
  EXPECT_EQ(all[0].num_mentions, 1);
}

TEST_F(StoreTest, RepresentativeRecordIsStoredOnceAndMovesWithIt) {
  auto s = open();
  Event b = event("b", 2, "2020-01-01", "CHN", "CAN", "042");
  b.verb_text = "visited";
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  ASSERT_TRUE(s->put_story(story("b", "2020-01-01", "y"), {}, {b}, run_).ok());
  // a's mention is the representative: its record lives in the event row only.
  EXPECT_EQ(sql_column("SELECT event_id || ':' || (record = '') FROM mentions ORDER BY pk"),
            (std::vector<std::string>{"a:0:0:1", "b:2:0:0"}));
  auto ev = s->story_events("b");
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->size(), 1u);
  EXPECT_EQ((*ev)[0].verb_text, "visited");
  ev = s->story_events("a");
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->size(), 1u);
  EXPECT_EQ((*ev)[0].verb_text, "met");
  // a is edited away: b's mention becomes the representative and its record
  // moves to the event row.
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x2"), {}, {}, run_).ok());
  EXPECT_EQ(sql_column("SELECT event_id || ':' || (record = '') FROM mentions ORDER BY pk"),
            std::vector<std::string>{"b:2:0:1"});
  EXPECT_EQ(sql_column("SELECT json_extract(record, '$.verb_text') FROM events"), std::vector<std::string>{"visited"});
  ev = s->story_events("b");
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->size(), 1u);
  EXPECT_EQ((*ev)[0].verb_text, "visited");
  EXPECT_EQ((*ev)[0].code, "042");
}

TEST_F(StoreTest, StoryLayoutAndSentencesReadBack) {
  auto s = open();
  Story a = story("a", "2020-01-01", "BEIJING, Jan 1 (Xinhua) -- Talks. More talks.");
  a.title = "Talks";
  a.body = {Span{27, 47}};
  a.metadata = {Span{0, 26}};
  Dateline d;
  d.place = "BEIJING \"north\" \xff";   // a quote and a byte that is not UTF-8
  d.date_text = "Jan 1";
  d.date = Date{2020, 1, 1};
  d.agency = "Xinhua";
  d.span = Span{0, 26};
  a.dateline = d;
  a.origin = "wire.txt";
  a.line = 7;
  std::vector<StoredSentence> sentences = {
      {0, TextBase::kTitle, {0, 5}}, {1, TextBase::kText, {27, 33}}, {2, TextBase::kText, {34, 47}}};
  ASSERT_TRUE(s->put_story(a, sentences, {}, run_).ok());
  auto back = s->story("a");
  ASSERT_TRUE(back.ok() && back->has_value());
  const Story& b = **back;
  ASSERT_EQ(b.body.size(), 1u);
  EXPECT_EQ(b.body[0].begin, 27u);
  ASSERT_EQ(b.metadata.size(), 1u);
  EXPECT_EQ(b.metadata[0].end, 26u);
  ASSERT_TRUE(b.dateline.has_value());
  EXPECT_EQ(b.dateline->place, "BEIJING \"north\" \xEF\xBF\xBD");
  EXPECT_EQ(b.dateline->agency, "Xinhua");
  EXPECT_EQ(b.dateline->date_text, "Jan 1");
  ASSERT_TRUE(b.dateline->date.has_value());
  EXPECT_EQ(b.dateline->date->iso(), "2020-01-01");
  EXPECT_EQ(b.dateline->span.end, 26u);
  EXPECT_EQ(b.origin, "wire.txt");
  EXPECT_EQ(b.line, 7u);
  auto got = s->sentences("a");
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ((*got)[i].index, sentences[i].index);
    EXPECT_EQ((*got)[i].base, sentences[i].base);
    EXPECT_EQ((*got)[i].span.begin, sentences[i].span.begin);
    EXPECT_EQ((*got)[i].span.end, sentences[i].span.end);
  }
  EXPECT_EQ(s->counts()->sentences, 3);
  // Sentences must come numbered 0, 1, 2, ...: another numbering is refused
  // and stores nothing.
  std::vector<StoredSentence> skipped = {{0, TextBase::kText, {0, 5}}, {2, TextBase::kText, {6, 9}}};
  auto bad = s->put_story(story("b", "2020-01-01", "x"), skipped, {}, run_);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("story b: sentence 1 is numbered 2"), std::string::npos)
      << bad.status().to_string();
  EXPECT_EQ(s->counts()->stories, 1);
}

TEST_F(StoreTest, NoMergeKeepsEveryMention) {
  StoreOptions o;
  o.merge = false;
  auto s = open(o);
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  ASSERT_TRUE(s->put_story(story("b", "2020-01-01", "y"), {}, {event("b", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  EXPECT_EQ(s->counts()->events, 2);
}

TEST_F(StoreTest, MergeDaysWidensTheWindow) {
  StoreOptions o;
  o.merge_days = 3;
  auto s = open(o);
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  ASSERT_TRUE(s->put_story(story("b", "2020-01-04", "y"), {}, {event("b", 0, "2020-01-04", "CHN", "CAN", "040")}, run_).ok());
  EXPECT_EQ(s->counts()->events, 1);
}

TEST_F(StoreTest, IncompatiblePlacesDoNotMerge) {
  auto s = open();
  Event a = event("a", 0, "2020-01-01", "CHN", "CAN", "040");
  a.location = Location{"Beijing", "CHN", "", std::nullopt, std::nullopt, "text", false};
  Event b = event("b", 0, "2020-01-01", "CHN", "CAN", "040");
  b.location = Location{"Ottawa", "CAN", "", std::nullopt, std::nullopt, "text", false};
  Event c = event("c", 0, "2020-01-01", "CHN", "CAN", "040");   // place unknown: compatible
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {a}, run_).ok());
  ASSERT_TRUE(s->put_story(story("b", "2020-01-01", "y"), {}, {b}, run_).ok());
  ASSERT_TRUE(s->put_story(story("c", "2020-01-01", "z"), {}, {c}, run_).ok());
  EXPECT_EQ(s->counts()->events, 2);
}

TEST_F(StoreTest, BatchIsVisibleToOtherConnectionsOnlyWhenCommitted) {
  auto s = open();
  auto reader = open();
  s->begin_batch();
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x", "Reuters"), {{0, TextBase::kText, {0, 1}}},
                           {event("a", 0, "2020-01-01", "CHN", "CAN", "040")}, run_).ok());
  // The second story of the batch merges with the first, still uncommitted.
  ASSERT_TRUE(s->put_story(story("b", "2020-01-02", "y", "AP"), {}, {event("b", 0, "2020-01-02", "CHN", "CAN", "042")},
                           run_).ok());
  EXPECT_EQ(reader->counts()->stories, 0);
  ASSERT_TRUE(s->commit_batch().ok());
  auto c = reader->counts();
  EXPECT_EQ(c->stories, 2);
  EXPECT_EQ(c->sentences, 1);
  EXPECT_EQ(c->events, 1);
  EXPECT_EQ(c->mentions, 2);
}

TEST_F(StoreTest, UncommittedBatchIsDroppedWhole) {
  {
    auto s = open();
    ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {}, run_).ok());
    s->begin_batch();
    ASSERT_TRUE(s->put_story(story("b", "2020-01-01", "y"), {}, {event("b", 0, "2020-01-01", "CHN", "CAN", "040")},
                             run_).ok());
    ASSERT_TRUE(s->put_story(story("c", "2020-01-01", "z"), {}, {}, run_).ok());
  }  // closed without commit_batch, as a crash would
  auto s = open();
  auto c = s->counts();
  EXPECT_EQ(c->stories, 1);
  EXPECT_EQ(c->events, 0);
  EXPECT_EQ(c->mentions, 0);
  EXPECT_FALSE(*s->has_story("b", story_hash(story("b", "2020-01-01", "y"))));
}

TEST_F(StoreTest, RefusedStoryInBatchCostsOnlyItself) {
  auto s = open();
  refuse_bad_mentions();   // as PostgreSQL refuses bytes it cannot store
  s->begin_batch();
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "x"), {}, {event("a", 0, "2020-01-01", "CHN", "CAN", "040")},
                           run_).ok());
  // Its story row and event are written before the mention fails: all undone.
  auto bad = s->put_story(story("bad", "2020-01-05", "y"), {{0, TextBase::kText, {0, 1}}},
                          {event("bad", 0, "2020-01-05", "USA", "RUS", "190")}, run_);
  EXPECT_FALSE(bad.ok());
  ASSERT_TRUE(s->put_story(story("c", "2020-01-01", "z"), {}, {event("c", 0, "2020-01-01", "CHN", "CAN", "040")},
                           run_).ok());
  ASSERT_TRUE(s->commit_batch().ok());
  auto c = s->counts();
  EXPECT_EQ(c->stories, 2);
  EXPECT_EQ(c->sentences, 0);
  EXPECT_EQ(c->events, 1);
  EXPECT_EQ(c->mentions, 2);
  EXPECT_FALSE(*s->has_story("bad", story_hash(story("bad", "2020-01-05", "y"))));
}

// A batch indexes its stories for search just before it commits: a story
// stored twice in one batch, or refused inside it, leaves the index exactly
// matching the stories (FTS5's own integrity check compares them).
TEST_F(StoreTest, BatchFullTextIndexMatchesItsStories) {
  auto s = open();
  ASSERT_TRUE(s->put_story(story("old", "2020-01-01", "walrus in an earlier transaction"), {}, {}, run_).ok());
  refuse_bad_mentions();   // after its story row is written
  s->begin_batch();
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "penguin talks"), {}, {}, run_).ok());
  ASSERT_TRUE(s->put_story(story("a", "2020-01-01", "albatross talks"), {}, {}, run_).ok());   // edited in the batch
  ASSERT_TRUE(s->put_story(story("old", "2020-01-01", "narwhal now"), {}, {}, run_).ok());     // indexed before
  EXPECT_FALSE(s->put_story(story("bad", "2020-01-01", "cormorant"), {},
                            {event("bad", 0, "2020-01-01", "USA", "RUS", "190")}, run_)
                   .ok());
  ASSERT_TRUE(s->put_story(story("c", "2020-01-01", "pelican"), {}, {}, run_).ok());   // takes bad's row key
  ASSERT_TRUE(s->commit_batch().ok());
  auto hits = [&](const std::string& word) {
    auto h = s->search_stories(word, 10);
    EXPECT_TRUE(h.ok());
    std::vector<std::string> ids;
    if (h.ok()) {
      for (const auto& x : *h) ids.push_back(x.id);
    }
    return ids;
  };
  EXPECT_EQ(hits("albatross"), std::vector<std::string>{"a"});
  EXPECT_TRUE(hits("penguin").empty());
  EXPECT_EQ(hits("narwhal"), std::vector<std::string>{"old"});
  EXPECT_TRUE(hits("walrus").empty());
  EXPECT_TRUE(hits("cormorant").empty());
  EXPECT_EQ(hits("pelican"), std::vector<std::string>{"c"});
  EXPECT_EQ(hits("talks"), std::vector<std::string>{"a"});
  // FTS5's own check: the index holds exactly the stories' words.
  sql_exec("INSERT INTO stories_fts(stories_fts) VALUES ('integrity-check')");
}

TEST_F(StoreTest, EventRecordsCarryTheStoredRecordAndThePageStories) {
  auto s = open();
  for (const char* id : {"a", "b", "c"}) {
    ASSERT_TRUE(s->put_story(story(id, "2020-01-01", id), {}, {event(id, 0, "2020-01-01", "CHN", "CAN", "040")}, run_)
                    .ok());
  }
  ASSERT_TRUE(s->put_story(story("d", "2020-02-01", "d"), {}, {event("d", 0, "2020-02-01", "USA", "RUS", "190")}, run_)
                  .ok());
  std::vector<StoredEvent> parsed, raw;
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 parsed.push_back(e);
                 return true;
               }).ok());
  ASSERT_TRUE(s->for_each_event_record({}, [&](const StoredEvent& e) {
                 raw.push_back(e);
                 return true;
               }).ok());
  ASSERT_EQ(parsed.size(), 2u);
  ASSERT_EQ(raw.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(raw[i].row_id, parsed[i].row_id);
    EXPECT_EQ(raw[i].story_ids, parsed[i].story_ids);
    EXPECT_EQ(raw[i].urls, parsed[i].urls);
    EXPECT_EQ(raw[i].num_mentions, parsed[i].num_mentions);
    EXPECT_TRUE(raw[i].event.id.empty());
    Event e = parsed[i].event;
    e.mentions = 1;   // the record keeps the mention's own count
    EXPECT_EQ(raw[i].record, event_to_json(e));
  }
  EXPECT_EQ(parsed[0].story_ids, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(parsed[1].story_ids, (std::vector<std::string>{"d"}));
  // A page that starts after the first event still finds the second one's stories.
  EventFilter f;
  f.offset = 1;
  f.limit = 5;
  std::vector<std::vector<std::string>> ids;
  ASSERT_TRUE(s->for_each_event_record(f, [&](const StoredEvent& e) {
                 ids.push_back(e.story_ids);
                 return true;
               }).ok());
  EXPECT_EQ(ids, (std::vector<std::vector<std::string>>{{"d"}}));
}

class FilterTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_ = open();
    put("s1", "2019-12-30", "Beijing and Ottawa talks", "CHNGOV", "CANGOV", "040");
    put("s2", "2020-01-15", "Ottawa criticises Beijing", "CANGOV", "CHN", "111");
    put("s3", "2020-03-02", "Washington meets Tokyo", "USA", "JPN", "040");
    put("s4", "2020-03-20", "Beijing attacks nobody", "CHNMIL", "TWN", "190");
  }
  void put(const std::string& id, const std::string& date, const std::string& text, const std::string& src,
           const std::string& tgt, const std::string& code) {
    ASSERT_TRUE(store_->put_story(story(id, date, text), {}, {event(id, 0, date, src, tgt, code)}, run_).ok());
  }
  std::vector<std::string> ids(EventFilter f) {
    std::vector<std::string> out;
    Status s = store_->for_each_event(f, [&](const StoredEvent& e) {
      out.push_back(e.event.story_id);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.to_string();
    return out;
  }
  std::unique_ptr<Store> store_;
};

TEST_F(FilterTest, PrefixesDyadsDatesCodes) {
  EventFilter f;
  f.source = "CHN";
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s1", "s4"}));
  f = {};
  f.dyad = {{"CHN", "CAN"}};
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s1", "s2"}));
  f = {};
  f.from = Date::parse_iso("2020-01-01");
  f.to = Date::parse_iso("2020-03-02");
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s2", "s3"}));
  f = {};
  f.root = "04";
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s1", "s3"}));
  f = {};
  f.code = "111";
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s2"}));
  f = {};
  f.quad = 4;
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s4"}));
  f = {};
  f.limit = 2;
  f.offset = 1;
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s2", "s3"}));
  EXPECT_EQ(*store_->count_events(EventFilter{}), 4);
}

TEST_F(FilterTest, FullTextSearch) {
  EventFilter f;
  f.text = "beijing ottawa";
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s1", "s2"}));
  f.text = "critic*";
  EXPECT_EQ(ids(f), (std::vector<std::string>{"s2"}));
  auto hits = store_->search_stories("Tokyo", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, "s3");
}

TEST_F(FilterTest, InjectionStringsAreRejectedOrInert) {
  EventFilter f;
  f.source = "CHN' OR 1=1 --";
  EXPECT_FALSE(f.validate().ok());
  EXPECT_FALSE(store_->for_each_event(f, [](const StoredEvent&) { return true; }).ok());
  // Free text is bound and quoted term by term: FTS operators are inert.
  f = {};
  f.text = "\" OR 1=1; DROP TABLE events; -- NEAR(x y) *";
  auto n = store_->count_events(f);
  ASSERT_TRUE(n.ok()) << n.status().to_string();
  EXPECT_EQ(*n, 0);
  f = {};
  f.place = "x' OR '1'='1";
  EXPECT_EQ(*store_->count_events(f), 0);
  EXPECT_EQ(store_->counts()->events, 4);
}

TEST_F(FilterTest, SeriesByMonthHasZerosAndDirections) {
  EventFilter f;
  f.dyad = {{"CHN", "CAN"}};
  auto pts = store_->series(f, Period::kMonth);
  ASSERT_TRUE(pts.ok());
  ASSERT_EQ(pts->size(), 4u);   // 2019-12 and 2020-01, two directions each
  EXPECT_EQ((*pts)[0].period, "2019-12");
  EXPECT_EQ((*pts)[0].direction, "CHN>CAN");
  EXPECT_EQ((*pts)[0].events, 1);
  EXPECT_EQ((*pts)[0].quad[0], 1);
  EXPECT_DOUBLE_EQ((*pts)[0].goldstein_sum, 1.0);
  EXPECT_EQ((*pts)[1].direction, "CAN>CHN");
  EXPECT_EQ((*pts)[1].events, 0);
  EXPECT_EQ((*pts)[3].period, "2020-01");
  EXPECT_EQ((*pts)[3].events, 1);
  EXPECT_EQ((*pts)[3].quad[2], 1);
  f.from = Date::parse_iso("2019-11-15");
  f.to = Date::parse_iso("2020-02-01");
  pts = store_->series(f, Period::kMonth);
  ASSERT_EQ(pts->size(), 8u);   // 2019-11 .. 2020-02, empty months as zeros
  EXPECT_EQ((*pts)[0].period, "2019-11");
  EXPECT_EQ((*pts)[0].events, 0);
}

TEST_F(FilterTest, TopLists) {
  auto t = store_->top({}, TopBy::kActor, 3);
  ASSERT_TRUE(t.ok());
  ASSERT_FALSE(t->empty());
  EXPECT_EQ((*t)[0].key, "CANGOV");   // in s1 and s2
  EXPECT_EQ((*t)[0].events, 2);
  auto c = store_->top({}, TopBy::kCode, 1);
  EXPECT_EQ((*c)[0].key, "040");
  EXPECT_EQ((*c)[0].events, 2);
  auto d = store_->top({}, TopBy::kDyad, 10);
  EXPECT_EQ(d->size(), 4u);
}

TEST(Periods, Labels) {
  Date d{2021, 1, 3};   // a Sunday: ISO week 53 of 2020
  EXPECT_EQ(period_label(d, Period::kWeek), "2020-W53");
  EXPECT_EQ(period_label(Date{2021, 1, 4}, Period::kWeek), "2021-W01");
  EXPECT_EQ(period_label(Date{2024, 12, 30}, Period::kWeek), "2025-W01");
  EXPECT_EQ(period_label(d, Period::kDay), "2021-01-03");
  EXPECT_EQ(period_label(d, Period::kMonth), "2021-01");
  EXPECT_EQ(period_label(d, Period::kYear), "2021");
  EXPECT_EQ(period_start(d, Period::kWeek), (Date{2020, 12, 28}));
  EXPECT_EQ(next_period_start(Date{2020, 12, 1}, Period::kMonth), (Date{2021, 1, 1}));
}

TEST(EventJson, RoundTrips) {
  Event e;
  e.id = "s:1:0";
  e.story_id = "s";
  e.sentence = 1;
  e.date = Date{2020, 2, 29};
  e.source = "CHN";
  e.target = "CAN";
  e.source_actor = ActorMention{"China", TextBase::kText, Span{0, 5}, Span{1, 2}};
  e.code = "041";
  e.root = "04";
  e.codebook = "cameo";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.location = Location{"Gyeongju", "KOR", "North Gyeongsang", 35.8, 129.2, "dateline", false};
  e.modality = Modality::kReported;
  e.evidence = {Evidence{1, TextBase::kTitle, {Span{0, 5}, Span{6, 9}}}};
  e.issues = {"TRADE"};
  e.rules = {"verbs.txt:1"};
  auto back = event_from_json(event_to_json(e));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(event_to_json(*back), event_to_json(e));
  EXPECT_FALSE(event_from_json("{\"sentence\":\"x\"}").ok());
  EXPECT_FALSE(event_from_json("not json").ok());
}

}  // namespace
}  // namespace dyad
