// The SQLite backend: one connection, prepared statements cached by their SQL
// text (ingest runs the same dozen statements per story, and preparing them
// each time would cost more than running them).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/db.h"

namespace dyad::store {
namespace {

constexpr int kBusyTimeoutMs = 60000;   // another process holds the write lock: wait, don't fail

// DYAD_SQL_TRACE=1: every statement with its bound values and run time on
// stderr, so bench/store_scale.sh can EXPLAIN exactly what a command runs.
// SQLite measures that time with its VFS clock, in whole milliseconds.
int trace_statement(unsigned type, void*, void* stmt, void* nanoseconds) {
  if (type != SQLITE_TRACE_PROFILE) return 0;
  char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
  double ms = static_cast<double>(*static_cast<sqlite3_int64*>(nanoseconds)) / 1e6;
  std::fprintf(stderr, "dyad-sql\t%.3f\t%s\n", ms, sql ? sql : "?");
  sqlite3_free(sql);
  return 0;
}

// DYAD_SQL_TRACE=summary: per statement text, how often it ran and the time
// spent in it (steady clock, from the first bind to the reset), printed on
// stderr when the store closes, most expensive first: where an ingest's
// storage time goes (bench/results/2026-11-29-ingest.md).
class StatementTimes {
 public:
  void add(std::string_view sql, std::chrono::steady_clock::duration d) {
    auto& t = times_[std::string(sql)];
    t.first += d;
    ++t.second;
  }
  void print() const {
    std::vector<std::pair<std::string, std::pair<std::chrono::steady_clock::duration, long>>> v(times_.begin(),
                                                                                                 times_.end());
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    for (const auto& [sql, t] : v) {
      double ms = std::chrono::duration<double, std::milli>(t.first).count();
      std::fprintf(stderr, "dyad-sql-summary\t%.1f ms\t%ld\t%.120s\n", ms, t.second, sql.c_str());
    }
  }

 private:
  std::unordered_map<std::string, std::pair<std::chrono::steady_clock::duration, long>> times_;
};

class SqliteDb final : public Db {
 public:
  explicit SqliteDb(sqlite3* db) : db_(db) {
    if (const char* trace = std::getenv("DYAD_SQL_TRACE"); trace && std::string_view(trace) == "summary") {
      times_ = std::make_unique<StatementTimes>();
    }
  }
  ~SqliteDb() override {
    if (times_) times_->print();
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Backend backend() const override { return Backend::kSqlite; }

  Status exec(std::string_view sql) override {
    Timer timer(times_.get(), sql);
    char* err = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Status(ErrorCode::kIoError, "sqlite: " + message);
    }
    return Status::Ok();
  }

  Status query(std::string_view sql, const Params& params,
               const std::function<bool(const Row&)>& row) override {
    Timer timer(times_.get(), sql);
    auto stmt = prepare(sql);
    if (!stmt.ok()) return stmt.status();
    sqlite3_stmt* st = *stmt;
    if (Status s = bind(st, params); !s.ok()) {
      sqlite3_clear_bindings(st);
      return s;
    }
    Row r;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      read_row(st, &r);
      if (!row(r)) break;
    }
    Status out = Status::Ok();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      out = Status(ErrorCode::kIoError, std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return out;
  }

  Result<int64_t> insert(std::string_view sql, const Params& params) override {
    if (Status s = run(sql, params); !s.ok()) return s;
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

 private:
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    if (auto it = cache_.find(sql); it != cache_.end()) return it->second;
    std::string key(sql);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, key.c_str(), static_cast<int>(key.size()), &st, nullptr) != SQLITE_OK) {
      return Status(ErrorCode::kIoError, std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    cache_.emplace(std::move(key), st);
    return st;
  }

  Status bind(sqlite3_stmt* st, const Params& params) {
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc;
      if (auto* n = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(st, idx, *n);
      } else if (auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(st, idx, *d);
      } else if (auto* s = std::get_if<std::string>(&v)) {
        // SQLITE_STATIC: the parameters outlive the statement's run (query()
        // clears the bindings before it returns), so the text is not copied.
        rc = sqlite3_bind_text(st, idx, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else if (auto* r = std::get_if<TextRef>(&v)) {
        rc = sqlite3_bind_text(st, idx, r->text.data(), static_cast<int>(r->text.size()), SQLITE_STATIC);
      } else {
        rc = sqlite3_bind_null(st, idx);
      }
      if (rc != SQLITE_OK) return Status(ErrorCode::kInternal, std::string("sqlite bind: ") + sqlite3_errmsg(db_));
    }
    return Status::Ok();
  }

  static void read_row(sqlite3_stmt* st, Row* r) {
    int n = sqlite3_column_count(st);
    r->assign(static_cast<size_t>(n), Value{});
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER: (*r)[i] = static_cast<int64_t>(sqlite3_column_int64(st, i)); break;
        case SQLITE_FLOAT: (*r)[i] = sqlite3_column_double(st, i); break;
        case SQLITE_NULL: break;
        default: {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
          (*r)[i] = std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st, i)));
        }
      }
    }
  }

  // Adds the lifetime of a statement's run to the summary, when one is kept.
  class Timer {
   public:
    Timer(StatementTimes* times, std::string_view sql) : times_(times), sql_(sql) {
      if (times_) start_ = std::chrono::steady_clock::now();
    }
    ~Timer() {
      if (times_) times_->add(sql_, std::chrono::steady_clock::now() - start_);
    }
    Timer(const Timer&) = delete;
    Timer& operator=(const Timer&) = delete;

   private:
    StatementTimes* times_;
    std::string_view sql_;
    std::chrono::steady_clock::time_point start_;
  };

  sqlite3* db_;
  // Looked up by string_view, so a cached statement costs no allocation.
  struct SqlHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> cache_;
  std::unique_ptr<StatementTimes> times_;
};

}  // namespace

Result<std::unique_ptr<Db>> open_sqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status(ErrorCode::kIoError, "cannot open SQLite store " + path + ": " + message);
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  if (const char* trace = std::getenv("DYAD_SQL_TRACE");
      trace && *trace && *trace != '0' && std::string_view(trace) != "summary") {
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, trace_statement, nullptr);
  }
  auto out = std::make_unique<SqliteDb>(db);
  // WAL: readers never block the writer; NORMAL sync is durable at each
  // checkpoint and never corrupts (a crash may lose only the last commits,
  // which a rerun redoes because stories are keyed by id and text hash).
  Status s = out->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (!s.ok()) return Status(ErrorCode::kIoError, "cannot open SQLite store " + path + ": " + s.message());
  return std::unique_ptr<Db>(std::move(out));
}

}  // namespace dyad::store
