// Backend-neutral helpers of the store's database layer.
#include <charconv>
#include <cstdlib>

#include "store/db.h"

namespace dyad::store {

bool is_null(const Value& v) { return std::holds_alternative<std::monostate>(v); }

int64_t as_int(const Value& v) {
  if (auto* i = std::get_if<int64_t>(&v)) return *i;
  if (auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (auto* s = std::get_if<std::string>(&v)) {
    int64_t out = 0;
    std::from_chars(s->data(), s->data() + s->size(), out);
    return out;
  }
  return 0;
}

double as_double(const Value& v) {
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (auto* s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0.0;
}

std::string as_text(const Value& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* r = std::get_if<TextRef>(&v)) return std::string(r->text);
  if (auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return {};
}

Result<std::vector<Row>> Db::rows(std::string_view sql, const Params& params) {
  std::vector<Row> out;
  Status s = query(sql, params, [&](const Row& r) {
    out.push_back(r);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

Result<Value> Db::scalar(std::string_view sql, const Params& params) {
  Value out;
  Status s = query(sql, params, [&](const Row& r) {
    if (!r.empty()) out = r[0];
    return false;
  });
  if (!s.ok()) return s;
  return out;
}

Status Db::run(std::string_view sql, const Params& params) {
  return query(sql, params, [](const Row&) { return true; });
}

Result<int64_t> Db::insert(std::string_view sql, const Params& params) {
  auto v = scalar(std::string(sql) + " RETURNING pk", params);
  if (!v.ok()) return v.status();
  if (is_null(*v)) return Status(ErrorCode::kInternal, "insert returned no key");
  return as_int(*v);
}

std::string to_dollar_params(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace dyad::store
