// Store and filter option groups (see filter_group.h).
#include "filter_group.h"

namespace dyad::cli {

void StoreGroup::add_to(CLI::App& app, bool merge_options) {
  app.add_option("--db", db, "Store: SQLite file or postgresql://... (default $DYAD_DB, else ./dyad.db)");
  if (merge_options) {
    app.add_option("--merge-days", merge_days, "Merge mentions of one happening dated within +-N days (default 1)")
        ->check(CLI::NonNegativeNumber);
    app.add_flag("--no-merge", no_merge, "Keep every mention as its own event");
  }
}

Result<std::unique_ptr<Store>> StoreGroup::open() const {
  StoreOptions o;
  o.merge = !no_merge;
  o.merge_days = merge_days;
  return open_store(db, o);
}

void FilterGroup::add_to(CLI::App& app, bool with_limit) {
  app.add_option("--source", source, "Source actor code prefix (CHN matches CHNGOV)");
  app.add_option("--target", target, "Target actor code prefix");
  app.add_option("--dyad", dyad, "A,B: events between A and B in either direction (prefixes)");
  app.add_option("--from", from, "First day, YYYY-MM-DD");
  app.add_option("--to", to, "Last day, YYYY-MM-DD");
  app.add_option("--code", code, "Event code (\"041\")");
  app.add_option("--root", root, "CAMEO root (\"04\")");
  app.add_option("--quad", quad, "GDELT QuadClass 1..4");
  app.add_option("--place", place, "Location country code or place name");
  app.add_option("--text", text, "Full-text words the story must contain (word* = prefix)");
  if (with_limit) app.add_option("--limit", limit, "At most N events")->check(CLI::NonNegativeNumber);
}

namespace {

Result<std::optional<Date>> parse_day(const std::string& s, const char* option) {
  if (s.empty()) return std::optional<Date>();
  auto d = Date::parse_iso(s);
  if (!d) return Status(ErrorCode::kInvalidArgument, std::string(option) + " expects YYYY-MM-DD, not \"" + s + "\"");
  return std::optional<Date>(*d);
}

}  // namespace

Result<EventFilter> FilterGroup::filter() const {
  EventFilter f;
  f.source = source;
  f.target = target;
  if (!dyad.empty()) {
    size_t comma = dyad.find(',');
    if (comma == std::string::npos) return Status(ErrorCode::kInvalidArgument, "--dyad expects A,B, not \"" + dyad + "\"");
    f.dyad = std::make_pair(dyad.substr(0, comma), dyad.substr(comma + 1));
  }
  auto a = parse_day(from, "--from");
  if (!a.ok()) return a.status();
  auto b = parse_day(to, "--to");
  if (!b.ok()) return b.status();
  f.from = *a;
  f.to = *b;
  f.code = code;
  f.root = root;
  if (quad) f.quad = quad;
  f.place = place;
  f.text = text;
  f.limit = limit;
  if (Status s = f.validate(); !s.ok()) return s;
  return f;
}

}  // namespace dyad::cli
