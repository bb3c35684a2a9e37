// The store's thin database layer: one interface over SQLite and libpq so the
// schema, ingest and query code is written once.
//
// SQL is written with `?` placeholders; the PostgreSQL backend rewrites them
// to $1..$n. Values always travel as bound parameters, never inside the SQL
// text. A Db is used by one thread at a time (the Store serialises access).
#ifndef DYAD_STORE_DB_H_
#define DYAD_STORE_DB_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"

namespace dyad::store {

// Text a parameter borrows instead of copying (a story's text, say): the
// bytes must outlive the call that binds it. Never a result cell.
struct TextRef {
  std::string_view text;
};

// A bound parameter or a result cell. monostate is SQL NULL.
using Value = std::variant<std::monostate, int64_t, double, std::string, TextRef>;
using Row = std::vector<Value>;
using Params = std::vector<Value>;

enum class Backend : uint8_t { kSqlite, kPostgres };

// Accessors that tolerate the type differences of the two backends (libpq
// returns text for everything it does not map).
bool is_null(const Value& v);
int64_t as_int(const Value& v);
double as_double(const Value& v);
std::string as_text(const Value& v);

class Db {
 public:
  virtual ~Db() = default;
  virtual Backend backend() const = 0;
  // Runs SQL without parameters (may hold several statements).
  virtual Status exec(std::string_view sql) = 0;
  // Runs one statement; calls `row` for each result row until it returns false.
  virtual Status query(std::string_view sql, const Params& params,
                       const std::function<bool(const Row&)>& row) = 0;
  // Convenience: all rows.
  Result<std::vector<Row>> rows(std::string_view sql, const Params& params);
  // Convenience: the first column of the first row (NULL when no row).
  Result<Value> scalar(std::string_view sql, const Params& params);
  Status run(std::string_view sql, const Params& params);
  // Runs an INSERT into a table keyed by `pk` and returns the new row's pk
  // (PostgreSQL: RETURNING pk; SQLite: the last rowid, which spares the
  // ephemeral table RETURNING costs there).
  virtual Result<int64_t> insert(std::string_view sql, const Params& params);
};

// "file.db" (created when missing; WAL mode) or a libpq URL/conninfo.
Result<std::unique_ptr<Db>> open_sqlite(const std::string& path);
Result<std::unique_ptr<Db>> open_postgres(const std::string& conninfo);

// Rewrites `?` placeholders to `$1..$n` (outside quoted literals).
std::string to_dollar_params(std::string_view sql);

}  // namespace dyad::store

#endif  // DYAD_STORE_DB_H_
