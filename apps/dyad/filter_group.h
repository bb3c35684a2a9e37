// The store options shared by ingest, recode, query, series, top and export:
//   --db PATH|postgresql://...   (default $DYAD_DB, else ./dyad.db)
// and the filter vocabulary of query/series/top/export (docs/store.md):
//   --source --target --dyad A,B --from --to --code --root --quad --place --text --limit
#ifndef DYAD_APPS_FILTER_GROUP_H_
#define DYAD_APPS_FILTER_GROUP_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

struct StoreGroup {
  std::string db;
  int merge_days = 1;
  bool no_merge = false;
  // `merge_options` adds --merge-days and --no-merge (ingest, recode).
  void add_to(CLI::App& app, bool merge_options);
  Result<std::unique_ptr<Store>> open() const;
};

struct FilterGroup {
  std::string source, target, dyad, from, to, code, root, place, text;
  int quad = 0;
  int64_t limit = 0;
  void add_to(CLI::App& app, bool with_limit);
  Result<EventFilter> filter() const;
};

}  // namespace dyad::cli

#endif  // DYAD_APPS_FILTER_GROUP_H_
