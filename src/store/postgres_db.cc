// The PostgreSQL backend through libpq. Parameters go as text with server-side
// type inference (null types); statements are prepared on first use; rows
// stream in single-row mode so an export of millions of events never sits in
// memory at once.
#include <libpq-fe.h>

#include <cstdio>
#include <functional>
#include <string>
#include <unordered_map>

#include "store/db.h"

namespace dyad::store {
namespace {

// Type OIDs (pg_type.h) of the columns we read as numbers.
constexpr Oid kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kFloat4Oid = 700, kFloat8Oid = 701,
              kNumericOid = 1700, kBoolOid = 16;

std::string pg_error(PGconn* conn) {
  std::string m = PQerrorMessage(conn);
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return "postgresql: " + m;
}

std::string format_double(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

class PgDb final : public Db {
 public:
  explicit PgDb(PGconn* conn) : conn_(conn) {}
  ~PgDb() override { PQfinish(conn_); }

  Backend backend() const override { return Backend::kPostgres; }

  Status exec(std::string_view sql) override {
    PGresult* res = PQexec(conn_, std::string(sql).c_str());
    ExecStatusType st = PQresultStatus(res);
    Status out = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
                     ? Status::Ok()
                     : Status(ErrorCode::kIoError, pg_error(conn_));
    PQclear(res);
    return out;
  }

  Status query(std::string_view sql, const Params& params,
               const std::function<bool(const Row&)>& row) override {
    std::string text = to_dollar_params(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (is_null(v)) continue;
      if (auto* d = std::get_if<double>(&v)) {
        storage[i] = format_double(*d);
      } else {
        storage[i] = as_text(v);
      }
      values[i] = storage[i].c_str();
    }
    const std::string* name = prepared(sql, text, static_cast<int>(params.size()));
    int sent = name ? PQsendQueryPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                          nullptr, 0)
                    : PQsendQueryParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                                        nullptr, nullptr, 0);
    if (!sent) return Status(ErrorCode::kIoError, pg_error(conn_));
    PQsetSingleRowMode(conn_);
    Status out = Status::Ok();
    bool want = true;
    Row r;
    while (PGresult* res = PQgetResult(conn_)) {
      ExecStatusType st = PQresultStatus(res);
      if (st == PGRES_SINGLE_TUPLE && want) {
        read_row(res, &r);
        want = row(r);
      } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && out.ok()) {
        std::string m = PQresultErrorMessage(res);
        while (!m.empty() && m.back() == '\n') m.pop_back();
        out = Status(ErrorCode::kIoError, "postgresql: " + m);
      }
      PQclear(res);   // drain every result: libpq needs it before the next command
    }
    return out;
  }

 private:
  // The server-side prepared statement of `sql`, prepared on first use, or
  // null (then the statement is sent with its text, parsed and planned each
  // time). Ingest runs the same dozen statements per story, and parsing and
  // planning each of them every time cost as much as running them. At most
  // kMaxPrepared texts are kept, so a long-lived server that sees many
  // filter combinations does not grow without bound; a statement that fails
  // to prepare (say, inside a failed transaction) is simply sent as text.
  static constexpr size_t kMaxPrepared = 256;
  const std::string* prepared(std::string_view sql, const std::string& text, int nparams) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) return &it->second;
    if (prepared_.size() >= kMaxPrepared) return nullptr;
    std::string name = "dyad_" + std::to_string(prepared_.size() + 1);
    PGresult* res = PQprepare(conn_, name.c_str(), text.c_str(), nparams, nullptr);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok) return nullptr;
    return &prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  static void read_row(PGresult* res, Row* r) {
    int n = PQnfields(res);
    r->assign(static_cast<size_t>(n), Value{});
    for (int i = 0; i < n; ++i) {
      if (PQgetisnull(res, 0, i)) continue;
      const char* v = PQgetvalue(res, 0, i);
      Oid t = PQftype(res, i);
      if (t == kInt8Oid || t == kInt2Oid || t == kInt4Oid) {
        (*r)[i] = as_int(std::string(v));
      } else if (t == kFloat4Oid || t == kFloat8Oid || t == kNumericOid) {
        (*r)[i] = as_double(std::string(v));
      } else if (t == kBoolOid) {
        (*r)[i] = static_cast<int64_t>(v[0] == 't');
      } else {
        (*r)[i] = std::string(v, static_cast<size_t>(PQgetlength(res, 0, i)));
      }
    }
  }

  struct SqlHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  PGconn* conn_;
  std::unordered_map<std::string, std::string, SqlHash, std::equal_to<>> prepared_;   // SQL -> statement name
};

}  // namespace

Result<std::unique_ptr<Db>> open_postgres(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string m = pg_error(conn);
    PQfinish(conn);
    return Status(ErrorCode::kIoError, "cannot connect to PostgreSQL store: " + m);
  }
  auto out = std::make_unique<PgDb>(conn);
  // Notices (e.g. "relation already exists, skipping") would go to stderr.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  if (Status s = out->exec("SET client_min_messages = warning"); !s.ok()) return s;
  return std::unique_ptr<Db>(std::move(out));
}

}  // namespace dyad::store
