// dyad top: the most frequent dyads, actors, codes or places among stored events.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct TopCommand {
  StoreGroup store;
  FilterGroup filter;
  OutputGroup output;
  std::string by = "dyad";
  int64_t n = 20;
  int run();
};

int TopCommand::run() {
  auto f = filter.filter();
  if (!f.ok()) return fail(f.status());
  auto what = parse_top_by(by);
  if (!what) return fail("--by must be dyad, actor, code or place, not \"" + by + "\"");
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  auto rows = (*st)->top(*f, *what, n);
  if (!rows.ok()) return fail(rows.status());
  std::ostream& out = output.out();
  if (output.format == "csv") out << by << ",events,goldstein_sum\n";
  for (const TopRow& r : *rows) {
    char g[32];
    std::snprintf(g, sizeof g, "%.1f", r.goldstein_sum);
    if (output.format == "csv") {
      out << '"' << r.key << "\"," << r.events << ',' << g << "\n";
    } else {
      std::string key = r.key;
      key.resize(std::max<size_t>(key.size(), 24), ' ');
      out << key << ' ' << r.events << "\t" << g << "\n";
    }
  }
  out.flush();
  return out ? kExitOk : fail("write error on output");
}

}  // namespace

DYAD_REGISTER_COMMAND(top, "top", "Most frequent dyads, actors, codes or places among stored events",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<TopCommand>();
                        cmd->output.format = "table";
                        cmd->store.add_to(app, false);
                        cmd->filter.add_to(app, false);
                        app.add_option("--by", cmd->by, "dyad|actor|code|place (default dyad)");
                        app.add_option("-n,--top", cmd->n, "How many (default 20)")->check(CLI::PositiveNumber);
                        cmd->output.add_to(app, {"table", "csv"});
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
