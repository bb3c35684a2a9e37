// dyad query: events from the store by filter, as a table, CSV or JSON Lines.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli.h"
#include "dyad/frontend.h"
#include "dyad/sink.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct QueryCommand {
  StoreGroup store;
  FilterGroup filter;
  OutputGroup output;
  int run();
};

void table_row(std::ostream& out, const StoredEvent& se) {
  out << event_to_table_row(se.event, std::to_string(se.num_mentions) + "/" + std::to_string(se.num_articles))
      << "\n";
}

int QueryCommand::run() {
  auto f = filter.filter();
  if (!f.ok()) return fail(f.status());
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  std::ostream& out = output.out();
  Status s;
  if (output.format == "table") {
    out << table_header() << "\n";
    s = (*st)->for_each_event(*f, [&](const StoredEvent& e) {
      table_row(out, e);
      return static_cast<bool>(out);
    });
  } else {
    std::vector<std::string> warnings;
    auto ex = make_exporter(output.format, out, ExportContext::load(data_dir(), &warnings));
    if (!ex.ok()) return fail(ex.status());
    s = (*st)->for_each_event(*f, [&](const StoredEvent& e) { return (*ex)->write(e).ok(); });
    if (s.ok()) s = (*ex)->finish();
  }
  if (!s.ok()) return fail(s);
  out.flush();
  if (!out) return fail("write error on output");
  return kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(query, "query", "List stored events matching a filter (table, csv, jsonl)",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<QueryCommand>();
                        cmd->output.format = "table";
                        cmd->store.add_to(app, false);
                        cmd->filter.add_to(app, true);
                        cmd->output.add_to(app, {"table", "csv", "jsonl"});
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
