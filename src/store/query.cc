// Store reads: events by filter, series per period and direction, top lists
// and story search.
#include <algorithm>
#include <climits>
#include <map>
#include <variant>
#include <string>

#include "store/store_internal.h"

namespace dyad {

using store::as_double;
using store::as_int;
using store::as_text;
using store::is_null;
using store::Params;
using store::Value;

namespace store {
std::string story_text_condition(std::string_view text, Backend backend, Params* params);
}  // namespace store

namespace {

void push_unique(std::vector<std::string>* v, const std::string& s) {
  if (s.empty()) return;
  for (const auto& x : *v) {
    if (x == s) return;
  }
  v->push_back(s);
}

}  // namespace

namespace {

// The IN list of a mentions lookup has a power-of-two length (padded with
// pk 0, which no event has), so a page of any size uses one of a few cached
// statements.
size_t padded_size(size_t n) {
  size_t out = 1;
  while (out < n) out *= 2;
  return out;
}

// The story ids, urls and sources of a page of events: one query for the
// whole page (one per event cost a round trip and a statement each, which
// dominated an /api/events answer).
Status add_stories(store::Db& db, std::vector<StoredEvent>* page) {
  if (page->empty()) return Status::Ok();
  std::map<int64_t, StoredEvent*> by_pk;
  Params params;
  for (StoredEvent& se : *page) {
    by_pk[se.row_id] = &se;
    params.push_back(se.row_id);
  }
  params.resize(padded_size(params.size()), Value{int64_t{0}});
  std::string sql = "SELECT m.event_pk, s.id, s.url, s.source FROM mentions m JOIN stories s ON s.pk = m.story_pk "
                    "WHERE m.event_pk IN (?";
  for (size_t i = 1; i < params.size(); ++i) sql += ", ?";
  sql += ") ORDER BY m.event_pk, m.pk";
  return db.query(sql, params, [&](const store::Row& r) {
    auto it = by_pk.find(as_int(r[0]));
    if (it == by_pk.end()) return true;
    push_unique(&it->second->story_ids, as_text(r[1]));
    push_unique(&it->second->urls, as_text(r[2]));
    push_unique(&it->second->sources, as_text(r[3]));
    return true;
  });
}

// One events row (pk, record, num_mentions, num_sources, num_articles) as a
// StoredEvent: the record parsed into `event`, or kept as text.
Status read_event(const store::Row& r, bool parse, StoredEvent* se) {
  se->row_id = as_int(r[0]);
  se->num_mentions = static_cast<int>(as_int(r[2]));
  se->num_sources = static_cast<int>(as_int(r[3]));
  se->num_articles = static_cast<int>(as_int(r[4]));
  if (!parse) {
    se->record = as_text(r[1]);
    return Status::Ok();
  }
  auto e = event_from_json(as_text(r[1]));
  if (!e.ok()) return Status(e.status().code(), "event row " + std::to_string(se->row_id) + ": " + e.status().message());
  se->event = std::move(*e);
  se->event.mentions = se->num_mentions;
  return Status::Ok();
}

// Events matching the filter, by date then row id, one page of rows and one
// mentions query at a time.
Status scan_events(store::Db& db, const EventFilter& filter, bool parse,
                   const std::function<bool(const StoredEvent&)>& fn) {
  if (Status s = filter.validate(); !s.ok()) return s;
  EventFilter f = filter;
  f.limit = 0;
  f.offset = 0;
  Params base;
  std::string where = store::compile_where(f, db.backend(), &base);
  std::string glue = where.empty() ? " WHERE " : " AND ";
  // Keyset pages (dated events by day then row, then undated ones): memory
  // stays bounded for exports of any size, and no query is open while the
  // callback runs (PostgreSQL allows one active query per connection).
  // The inner query picks the page's rows from the indexes alone; only those
  // rows are then read. Reading every matching row first (each carries a
  // kilobyte of JSON) and sorting them cost seconds for a dyad with tens of
  // thousands of events when a page of 100 was asked for.
  const std::string head = "SELECT e.pk, e.record, e.num_mentions, e.num_sources, e.num_articles, e.day FROM events e "
                           "WHERE e.pk IN (SELECT e.pk FROM events e";
  const std::string dated = head + where + glue +
                            "e.day IS NOT NULL AND (e.day > ? OR (e.day = ? AND e.pk > ?)) ORDER BY e.day, e.pk LIMIT ?) "
                            "ORDER BY e.day, e.pk";
  const std::string undated =
      head + where + glue + "e.day IS NULL AND e.pk > ? ORDER BY e.pk LIMIT ?) ORDER BY e.pk";
  constexpr int64_t kPage = 1024;
  int64_t skip = filter.offset, left = filter.limit > 0 ? filter.limit : -1;
  int64_t last_day = INT64_MIN / 4, last_pk = 0;
  bool in_dated = true;
  while (left != 0) {
    // A page never asks for more rows than are still wanted: a query for 100
    // events over a rare dyad must not make the store find 1024.
    int64_t page = left > 0 ? std::min(kPage, skip + left) : kPage;
    Params p = base;
    if (in_dated) {
      p.insert(p.end(), {last_day, last_day, last_pk, page});
    } else {
      p.insert(p.end(), {last_pk, page});
    }
    auto rows = db.rows(in_dated ? dated : undated, p);
    if (!rows.ok()) return rows.status();
    std::vector<StoredEvent> events;
    for (const auto& r : *rows) {
      last_pk = as_int(r[0]);
      if (in_dated) last_day = as_int(r[5]);
      if (skip > 0) {
        --skip;
        continue;
      }
      if (left > 0 && static_cast<int64_t>(events.size()) == left) break;
      events.emplace_back();
      if (Status s = read_event(r, parse, &events.back()); !s.ok()) return s;
    }
    if (Status s = add_stories(db, &events); !s.ok()) return s;
    for (const StoredEvent& se : events) {
      if (!fn(se)) return Status::Ok();
      if (left > 0) --left;
    }
    if (left == 0) break;
    if (static_cast<int64_t>(rows->size()) < page) {
      if (!in_dated) break;
      in_dated = false;
      last_pk = 0;
    }
  }
  return Status::Ok();
}

}  // namespace

Status Store::for_each_event(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) {
  return scan_events(*impl_->db, filter, /*parse=*/true, fn);
}

Status Store::for_each_event_record(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) {
  return scan_events(*impl_->db, filter, /*parse=*/false, fn);
}

Result<int64_t> Store::count_events(const EventFilter& filter) {
  if (Status s = filter.validate(); !s.ok()) return s;
  Params params;
  std::string sql = "SELECT count(*) FROM events e" + store::compile_where(filter, impl_->db->backend(), &params);
  auto v = impl_->db->scalar(sql, params);
  if (!v.ok()) return v.status();
  return as_int(*v);
}

namespace {

struct Bucket {
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};
  double gsum = 0;
  int64_t gcount = 0;
};

}  // namespace

Result<std::vector<SeriesPoint>> Store::series(const EventFilter& filter, Period period) {
  if (Status s = filter.validate(); !s.ok()) return s;
  Params params;
  std::string direction = "0";
  std::vector<std::string> names = {"all"};
  if (filter.dyad) {
    // Direction 0 is A->B: the source matches A's prefix.
    direction = "CASE WHEN e.source >= ? AND e.source < ? THEN 0 ELSE 1 END";
    params.push_back(filter.dyad->first);
    params.push_back(store::prefix_end(filter.dyad->first));
    names = {filter.dyad->first + ">" + filter.dyad->second, filter.dyad->second + ">" + filter.dyad->first};
  }
  EventFilter f = filter;
  f.limit = 0;
  f.offset = 0;
  std::string where = store::compile_where(f, impl_->db->backend(), &params);
  where += where.empty() ? " WHERE e.day IS NOT NULL" : " AND e.day IS NOT NULL";
  std::string sql = "SELECT e.day, " + direction + ", e.quad_class, count(*), sum(e.goldstein), count(e.goldstein) "
                    "FROM events e" + where + " GROUP BY 1, 2, 3";
  std::map<std::pair<std::string, int>, Bucket> buckets;   // (period start iso, direction)
  std::optional<Date> lo = filter.from, hi = filter.to;
  std::optional<Date> seen_lo, seen_hi;
  Status st = impl_->db->query(sql, params, [&](const store::Row& r) {
    Date d = Date::from_days(as_int(r[0]));
    if (!seen_lo || d < *seen_lo) seen_lo = d;
    if (!seen_hi || *seen_hi < d) seen_hi = d;
    Bucket& b = buckets[{period_start(d, period).iso(), static_cast<int>(as_int(r[1]))}];
    int64_t n = as_int(r[3]);
    b.events += n;
    if (!is_null(r[2])) {
      int64_t q = as_int(r[2]);
      if (q >= 1 && q <= 4) b.quad[q - 1] += n;
    }
    b.gsum += as_double(r[4]);
    b.gcount += as_int(r[5]);
    return true;
  });
  if (!st.ok()) return st;
  if (!lo) lo = seen_lo;
  if (!hi) hi = seen_hi;
  std::vector<SeriesPoint> out;
  if (!lo || !hi) return out;
  for (Date p = period_start(*lo, period); !(*hi < p); p = next_period_start(p, period)) {
    for (size_t dir = 0; dir < names.size(); ++dir) {
      SeriesPoint pt;
      pt.period = period_label(p, period);
      pt.direction = names[dir];
      auto it = buckets.find({p.iso(), static_cast<int>(dir)});
      if (it != buckets.end()) {
        const Bucket& b = it->second;
        pt.events = b.events;
        for (int q = 0; q < 4; ++q) pt.quad[q] = b.quad[q];
        pt.goldstein_sum = b.gsum;
        pt.goldstein_mean = b.gcount ? b.gsum / static_cast<double>(b.gcount) : 0.0;
      }
      out.push_back(std::move(pt));
    }
  }
  return out;
}

Result<std::vector<TopRow>> Store::top(const EventFilter& filter, TopBy by, int64_t n) {
  if (Status s = filter.validate(); !s.ok()) return s;
  EventFilter f = filter;
  f.limit = 0;
  f.offset = 0;
  Params params;
  std::string where = store::compile_where(f, impl_->db->backend(), &params);
  std::string sql;
  switch (by) {
    case TopBy::kDyad:
      // Grouping by the columns (not the joined key, the same groups since
      // codes never hold '>') lets the events_dyad index deliver the groups
      // in order, without a temporary b-tree over every event.
      sql = "SELECT e.source || '>' || e.target, count(*), sum(e.goldstein) FROM events e" + where +
            " GROUP BY e.source, e.target ORDER BY 2 DESC, 1 LIMIT ?";
      break;
    case TopBy::kCode:
      sql = "SELECT e.code, count(*), sum(e.goldstein) FROM events e" + where + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?";
      break;
    case TopBy::kPlace: {
      std::string w = where.empty() ? " WHERE e.place_country IS NOT NULL" : where + " AND e.place_country IS NOT NULL";
      sql = "SELECT e.place_country, count(*), sum(e.goldstein) FROM events e" + w +
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?";
      break;
    }
    case TopBy::kActor: {
      // Each event counts once for its source and once for its target.
      Params twice = params;
      std::string where2 = store::compile_where(f, impl_->db->backend(), &twice);
      params = twice;
      // Each side is counted first (in index order, no sort), so the final
      // grouping sees one row per actor and side instead of two per event.
      sql = "SELECT a, sum(n), sum(g) FROM (SELECT e.source AS a, count(*) AS n, sum(e.goldstein) AS g FROM events e" +
            where + " GROUP BY e.source UNION ALL SELECT e.target AS a, count(*) AS n, sum(e.goldstein) AS g "
            "FROM events e" + where2 + " GROUP BY e.target) t WHERE a <> '' GROUP BY a ORDER BY 2 DESC, 1 LIMIT ?";
      break;
    }
  }
  params.push_back(n > 0 ? n : int64_t{20});
  auto rows = impl_->db->rows(sql, params);
  if (!rows.ok()) return rows.status();
  std::vector<TopRow> out;
  for (const auto& r : *rows) out.push_back(TopRow{as_text(r[0]), as_int(r[1]), as_double(r[2])});
  return out;
}

Result<std::vector<StoryHit>> Store::search_stories(const std::string& text, int64_t limit) {
  EventFilter probe;
  probe.text = text;
  if (Status s = probe.validate(); !s.ok()) return s;
  Params params;
  std::string cond = store::story_text_condition(text, impl_->db->backend(), &params);
  params.push_back(limit > 0 ? limit : int64_t{50});
  auto rows = impl_->db->rows(
      "SELECT s.id, s.date, s.title, s.source, s.url FROM stories s WHERE " + cond + " ORDER BY s.pk LIMIT ?", params);
  if (!rows.ok()) return rows.status();
  std::vector<StoryHit> out;
  for (const auto& r : *rows) {
    StoryHit h;
    h.id = as_text(r[0]);
    if (!is_null(r[1])) h.date = Date::parse_iso(as_text(r[1]));
    h.title = as_text(r[2]);
    h.source = as_text(r[3]);
    h.url = as_text(r[4]);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace dyad
