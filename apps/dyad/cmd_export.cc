// dyad export: stored events in the field's formats (docs/exports.md).
#include <iostream>
#include <memory>

#include "cli.h"
#include "dyad/frontend.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct ExportCommand {
  StoreGroup store;
  FilterGroup filter;
  OutputGroup output;
  std::string format;   // --format, the spelling of --output-format
  int run();
};

int ExportCommand::run() {
  auto f = filter.filter();
  if (!f.ok()) return fail(f.status());
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  std::vector<std::string> warnings;
  ExportContext ctx = ExportContext::load(data_dir(), &warnings);
  for (const auto& w : warnings) std::cerr << "dyad: " << w << "\n";
  auto ex = make_exporter(output.format, output.out(), std::move(ctx));
  if (!ex.ok()) return fail(ex.status());
  Status s = (*st)->for_each_event(*f, [&](const StoredEvent& e) { return (*ex)->write(e).ok(); });
  Status fin = (*ex)->finish();
  if (!s.ok()) return fail(s);
  if (!fin.ok()) return fail(fin);
  return kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(export, "export", "Export stored events: phoenix, gdelt, plover, csv or jsonl",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<ExportCommand>();
                        cmd->output.format = "csv";
                        cmd->store.add_to(app, false);
                        cmd->filter.add_to(app, true);
                        cmd->output.add_to(app, {"phoenix", "gdelt", "plover", "csv", "jsonl"});
                        app.add_option("--format", cmd->format, "Same as --output-format")
                            ->check(CLI::IsMember({"phoenix", "gdelt", "plover", "csv", "jsonl"}));
                        return [cmd]() {
                          if (!cmd->format.empty()) cmd->output.format = cmd->format;
                          return cmd->run();
                        };
                      });

}  // namespace dyad::cli
