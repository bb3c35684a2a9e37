// Read routes: health, version, OpenAPI, and the store queries (events,
// series, top lists, one story, story search).
#include <string>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "server/server_internal.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "unknown"
#endif

namespace dyad::server {
namespace {

// A day series over ten thousand years is a denial of service, not a chart.
constexpr int64_t kMaxSeriesPoints = 20000;

Status check_series_size(const EventFilter& f, Period by) {
  if (!f.from || !f.to) return Status::Ok();
  int64_t days = f.to->days_since_epoch() - f.from->days_since_epoch() + 1;
  int64_t per = by == Period::kDay ? 1 : by == Period::kWeek ? 7 : by == Period::kMonth ? 28 : 365;
  int64_t n = days / per + 1;
  if (n <= kMaxSeriesPoints) return Status::Ok();
  return Status(ErrorCode::kInvalidArgument, "the range from..to holds about " + std::to_string(n) +
                                                 " periods; at most " + std::to_string(kMaxSeriesPoints) +
                                                 " per request (narrow the range or use a longer 'by')");
}

nlohmann::json point_json(const SeriesPoint& p) {
  return {{"period", p.period},
          {"direction", p.direction},
          {"events", p.events},
          {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}},
          {"goldstein_sum", p.goldstein_sum},
          {"goldstein_mean", p.goldstein_mean}};
}

// The parameters' filter and one pooled store connection, or the error.
struct Query {
  EventFilter filter;
  std::optional<StorePool::Lease> store;
  std::optional<ApiResponse> error;
};

Query start_query(const RequestContext& c, const Params& p, std::initializer_list<std::string_view> own) {
  Query q;
  if (Status s = p.check_filter_and(own); !s.ok()) {
    q.error = status_response(s);
    return q;
  }
  auto f = parse_filter(p);
  if (!f.ok()) {
    q.error = status_response(f.status());
    return q;
  }
  q.filter = std::move(*f);
  auto lease = c.api.pool->acquire();
  if (!lease.ok()) {
    q.error = status_response(lease.status());
    return q;
  }
  q.store.emplace(std::move(*lease));
  return q;
}

}  // namespace

ApiResponse route_health(const RequestContext& c) {
  auto lease = c.api.pool->acquire();
  if (!lease.ok()) return error_response(503, "store unavailable");
  auto v = (*lease)->schema_version();
  if (!v.ok()) return error_response(503, "store unavailable");
  return json_response({{"status", "ok"}, {"store_schema", *v}});
}

ApiResponse route_version(const RequestContext& c) {
  auto kit = c.api.current_kit();
  return json_response({{"dyad", DYAD_VERSION},
                        {"coder", coder_version()},
                        {"dictionary", kit->dict_version},
                        {"dictionary_source", kit->description},
                        {"event_schema", kEventSchemaVersion},
                        {"store_schema", kStoreSchemaVersion}});
}

ApiResponse route_openapi(const RequestContext&) {
  ApiResponse r;
  r.body = std::string(Api::openapi_json());
  return r;
}

ApiResponse route_events(const RequestContext& c) {
  Params p(c.request);
  Query q = start_query(c, p, {"limit", "offset"});
  if (q.error) return *q.error;
  auto limit = p.get_int("limit", 1, kMaxPageSize);
  if (!limit.ok()) return status_response(limit.status());
  auto offset = p.get_int("offset", 0, int64_t{1} << 40);
  if (!offset.ok()) return status_response(offset.status());
  auto total = (*q.store)->count_events(q.filter);
  if (!total.ok()) return status_response(total.status());
  q.filter.limit = limit->value_or(kDefaultPageSize);
  q.filter.offset = offset->value_or(0);
  // The answer is written event by event rather than as one document: the
  // same bytes json_response would give (keys in nlohmann's sorted order:
  // events, limit, offset, total), without holding every event's tree.
  ApiResponse r;
  r.body = "{\"events\":[";
  bool first = true;
  Status s = (*q.store)->for_each_event_record(q.filter, [&](const StoredEvent& e) {
    if (!first) r.body += ',';
    first = false;
    r.body += dump_json(stored_event_json(e));
    return true;
  });
  if (!s.ok()) return status_response(s);
  r.body += "],\"limit\":" + std::to_string(q.filter.limit) + ",\"offset\":" + std::to_string(q.filter.offset) +
            ",\"total\":" + std::to_string(*total) + "}";
  return r;
}

ApiResponse route_series(const RequestContext& c) {
  Params p(c.request);
  Query q = start_query(c, p, {"by"});
  if (q.error) return *q.error;
  std::string by = p.get("by").value_or("month");
  auto period = parse_period(by);
  if (!period) return error_response(400, "parameter 'by': expected day, week, month or year, got \"" + by + "\"");
  if (Status s = check_series_size(q.filter, *period); !s.ok()) return status_response(s);
  auto points = (*q.store)->series(q.filter, *period);
  if (!points.ok()) return status_response(points.status());
  nlohmann::json out = nlohmann::json::array();
  for (const SeriesPoint& pt : *points) out.push_back(point_json(pt));
  return json_response({{"by", by}, {"points", std::move(out)}});
}

ApiResponse route_top(const RequestContext& c) {
  Params p(c.request);
  Query q = start_query(c, p, {"by", "n"});
  if (q.error) return *q.error;
  std::string by = p.get("by").value_or("dyad");
  auto top_by = parse_top_by(by);
  if (!top_by) return error_response(400, "parameter 'by': expected dyad, actor, code or place, got \"" + by + "\"");
  auto n = p.get_int("n", 1, kMaxPageSize);
  if (!n.ok()) return status_response(n.status());
  auto rows = (*q.store)->top(q.filter, *top_by, n->value_or(20));
  if (!rows.ok()) return status_response(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const TopRow& r : *rows) out.push_back({{"key", r.key}, {"events", r.events}, {"goldstein_sum", r.goldstein_sum}});
  return json_response({{"by", by}, {"rows", std::move(out)}});
}

ApiResponse route_story(const RequestContext& c) {
  Params p(c.request);
  if (Status s = p.check_known({}); !s.ok()) return status_response(s);
  auto lease = c.api.pool->acquire();
  if (!lease.ok()) return status_response(lease.status());
  auto story = (*lease)->story(c.path_param);
  if (!story.ok()) return status_response(story.status());
  if (!*story) return error_response(404, "no story with id \"" + c.path_param + "\"");
  auto sentences = (*lease)->sentences(c.path_param);
  if (!sentences.ok()) return status_response(sentences.status());
  auto events = (*lease)->story_events(c.path_param);
  if (!events.ok()) return status_response(events.status());
  nlohmann::json sj = nlohmann::json::array();
  for (const StoredSentence& s : *sentences) {
    sj.push_back({{"index", s.index}, {"base", text_base_name(s.base)}, {"begin", s.span.begin}, {"end", s.span.end}});
  }
  nlohmann::json ej = nlohmann::json::array();
  for (const Event& e : *events) ej.push_back(event_json(e));
  return json_response({{"story", story_json(**story)}, {"sentences", std::move(sj)}, {"events", std::move(ej)}});
}

ApiResponse route_search(const RequestContext& c) {
  Params p(c.request);
  if (Status s = p.check_known({"text", "limit"}); !s.ok()) return status_response(s);
  std::string text = p.get("text").value_or("");
  if (text.empty()) return error_response(400, "parameter 'text' is required (words to search for)");
  auto limit = p.get_int("limit", 1, kMaxPageSize);
  if (!limit.ok()) return status_response(limit.status());
  EventFilter check;
  check.text = text;
  if (Status s = check.validate(); !s.ok()) return status_response(s);
  auto lease = c.api.pool->acquire();
  if (!lease.ok()) return status_response(lease.status());
  auto hits = (*lease)->search_stories(text, limit->value_or(20));
  if (!hits.ok()) return status_response(hits.status());
  nlohmann::json out = nlohmann::json::array();
  for (const StoryHit& h : *hits) {
    out.push_back({{"id", h.id},
                   {"date", h.date ? nlohmann::json(h.date->iso()) : nlohmann::json()},
                   {"title", h.title},
                   {"source", h.source},
                   {"url", h.url}});
  }
  return json_response({{"stories", std::move(out)}});
}

}  // namespace dyad::server
