// dyad: the command-line program. Dispatches to the subcommands registered in
// cmd_*.cc; maps any escaped exception to exit status 2 with one line.
#include <algorithm>
#include <exception>
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: news stories in, coded political events out (who did what to whom, when, where)"};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  std::function<int()> run;
  auto& commands = dyad::cli::registry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  for (auto& cmd : commands) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.description);
    auto runner = cmd.setup(*sub);
    sub->callback([&run, runner]() { run = runner; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : dyad::cli::kExitFatal;
  }
  try {
    return run ? run() : dyad::cli::kExitFatal;
  } catch (const std::exception& e) {
    return dyad::cli::fail(std::string("internal error: ") + e.what());
  }
}
