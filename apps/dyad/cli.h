// Shared vocabulary of the dyad command line: subcommand registration and the
// option groups every subcommand uses (input, output, dictionary, store,
// parallel). Each subcommand lives in its own cmd_<name>.cc and registers
// itself with DYAD_REGISTER_COMMAND; main.cc only dispatches.
//
// Exit status: 0 when every record was read; 1 when some were skipped (all
// others still processed); 2 for usage or fatal errors.
#ifndef DYAD_APPS_CLI_H_
#define DYAD_APPS_CLI_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;
inline constexpr int kExitFatal = 2;

// A subcommand: `setup` adds its options to `app` and returns the function
// that runs it after parsing.
struct Command {
  std::string name;
  std::string description;
  std::function<std::function<int()>(CLI::App& app)> setup;
};
std::vector<Command>& registry();
struct Registrar {
  explicit Registrar(Command c) { registry().push_back(std::move(c)); }
};
#define DYAD_REGISTER_COMMAND(ident, ...) \
  static ::dyad::cli::Registrar dyad_registrar_##ident{::dyad::cli::Command{__VA_ARGS__}}

// Input group: [INPUT...] --input-format --date --code-titles
struct InputGroup {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string date;
  bool code_titles = false;
  void add_to(CLI::App& app);
  Result<InputOptions> options() const;
};

// Output group: --output-format -o --errors
struct OutputGroup {
  std::string format = "jsonl";
  std::string output;       // empty or "-" = stdout
  std::string errors;       // one JSON line per skipped record
  void add_to(CLI::App& app, std::vector<std::string> formats);
  // Opens -o (stdout when empty) and --errors; fatal Status on failure.
  Status open();
  std::ostream& out();
  // Reports one skipped record: a line on stderr and, with --errors, a JSON line.
  void report_error(const RecordError& e);
  uint64_t errors_reported() const { return errors_reported_; }

 private:
  std::unique_ptr<std::ostream> out_file_;
  std::unique_ptr<std::ostream> errors_file_;
  uint64_t errors_reported_ = 0;
};

// Parallel group: -j N (default all cores) and --shard I/N (stories whose id
// hashes to I mod N; see dyad/pipeline.h for the documented hash).
struct ParallelGroup {
  unsigned jobs = 0;          // 0 = all cores
  std::string shard;          // "I/N" or empty
  void add_to(CLI::App& app);
  // The pipeline options and the shard (nullopt when --shard is not given).
  Result<PipelineOptions> options() const;
  Result<std::optional<Shard>> parsed_shard() const;
};

// Prints "dyad: <message>" on stderr and returns kExitFatal.
int fail(const Status& s);
int fail(const std::string& message);

}  // namespace dyad::cli

#endif  // DYAD_APPS_CLI_H_
