// Query parameters -> typed values and the EventFilter, with messages that
// name the parameter. Values are never spliced into SQL: the EventFilter is
// compiled by the store into bound parameters.
#include <charconv>
#include <set>
#include <string>

#include "dyad/sink.h"
#include "server/server_internal.h"

namespace dyad::server {
namespace {

constexpr size_t kMaxParamBytes = 1000;

Status bad(std::string_view name, std::string_view why) {
  return Status(ErrorCode::kInvalidArgument, "parameter '" + std::string(name) + "': " + std::string(why));
}

Result<std::optional<Date>> get_date(const Params& p, std::string_view name) {
  auto v = p.get(name);
  if (!v || v->empty()) return std::optional<Date>();
  auto d = Date::parse_iso(*v);
  if (!d) return bad(name, "expected a date YYYY-MM-DD, got \"" + *v + "\"");
  return std::optional<Date>(*d);
}

}  // namespace

const std::vector<std::string_view>& filter_param_names() {
  static const std::vector<std::string_view> kNames = {"source", "target", "dyad", "from", "to",
                                                       "code",   "root",   "quad", "place", "text"};
  return kNames;
}

Status Params::check_filter_and(std::initializer_list<std::string_view> own) const {
  std::vector<std::string_view> all = filter_param_names();
  all.insert(all.end(), own.begin(), own.end());
  return check_known(all);
}

Status Params::check_known(const std::vector<std::string_view>& allowed) const {
  std::set<std::string_view> seen;
  for (const auto& [k, v] : r_.query) {
    bool known = false;
    for (auto a : allowed) known = known || a == k;
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return bad(k, "unknown parameter (this endpoint takes: " + (list.empty() ? std::string("none") : list) + ")");
    }
    if (!seen.insert(k).second) return bad(k, "given more than once");
    if (v.size() > kMaxParamBytes) return bad(k, "longer than " + std::to_string(kMaxParamBytes) + " bytes");
  }
  return Status::Ok();
}

std::optional<std::string> Params::get(std::string_view name) const {
  for (const auto& [k, v] : r_.query) {
    if (k == name) return v;
  }
  return std::nullopt;
}

Result<std::optional<int64_t>> Params::get_int(std::string_view name, int64_t min, int64_t max) const {
  auto v = get(name);
  if (!v || v->empty()) return std::optional<int64_t>();
  int64_t n = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || ptr != v->data() + v->size()) return bad(name, "expected an integer, got \"" + *v + "\"");
  if (n < min || n > max) {
    return bad(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return std::optional<int64_t>(n);
}

Result<EventFilter> parse_filter(const Params& p) {
  EventFilter f;
  f.source = p.get("source").value_or("");
  f.target = p.get("target").value_or("");
  if (auto d = p.get("dyad"); d && !d->empty()) {
    size_t comma = d->find(',');
    if (comma == std::string::npos) return bad("dyad", "expected two actor codes A,B, got \"" + *d + "\"");
    f.dyad = std::make_pair(d->substr(0, comma), d->substr(comma + 1));
  }
  auto from = get_date(p, "from");
  if (!from.ok()) return from.status();
  f.from = *from;
  auto to = get_date(p, "to");
  if (!to.ok()) return to.status();
  f.to = *to;
  f.code = p.get("code").value_or("");
  f.root = p.get("root").value_or("");
  auto quad = p.get_int("quad", 1, 4);
  if (!quad.ok()) return quad.status();
  if (*quad) f.quad = static_cast<int>(**quad);
  f.place = p.get("place").value_or("");
  f.text = p.get("text").value_or("");
  if (Status s = f.validate(); !s.ok()) return s;
  return f;
}

nlohmann::json event_json(const Event& e) {
  return nlohmann::json::parse(event_to_json(e), nullptr, /*allow_exceptions=*/false);
}

nlohmann::json stored_event_json(const StoredEvent& e) {
  // The stored record is event_to_json's text, which event_from_json reads
  // back field for field, so parsing it gives the same JSON as rebuilding
  // the Event would, at a third of the cost; only "mentions" is the row's.
  nlohmann::json j = e.record.empty() ? event_json(e.event)
                                      : nlohmann::json::parse(e.record, nullptr, /*allow_exceptions=*/false);
  if (!e.record.empty()) j["mentions"] = e.num_mentions;
  j["row_id"] = e.row_id;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["story_ids"] = e.story_ids;
  j["urls"] = e.urls;
  j["sources"] = e.sources;
  return j;
}

nlohmann::json story_json(const Story& s) {
  nlohmann::json j = {{"id", s.id},
                      {"date", s.date ? nlohmann::json(s.date->iso()) : nlohmann::json()},
                      {"title", s.title},
                      {"source", s.source},
                      {"url", s.url},
                      {"text", s.text}};
  if (s.dateline) {
    j["dateline"] = {{"place", s.dateline->place},
                     {"date_text", s.dateline->date_text},
                     {"agency", s.dateline->agency},
                     {"begin", s.dateline->span.begin},
                     {"end", s.dateline->span.end}};
  }
  nlohmann::json body = nlohmann::json::array();
  for (const Span& b : s.body) body.push_back({b.begin, b.end});
  j["body"] = std::move(body);
  auto extra = nlohmann::json::parse(s.extra_json.empty() ? "{}" : s.extra_json, nullptr, false);
  j["extra"] = extra.is_discarded() ? nlohmann::json::object() : extra;
  return j;
}

}  // namespace dyad::server
