// Helpers shared by the eval golden tests: run the dyad CLI and read its JSON.
#ifndef DYAD_TESTS_GOLDEN_EVAL_COMMON_H_
#define DYAD_TESTS_GOLDEN_EVAL_COMMON_H_

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace dyad::golden {

inline std::string shared_eval_dir() { return std::string(DYAD_SOURCE_DIR) + "/../shared/eval"; }

inline bool have_suite(const std::string& suite) {
  return std::filesystem::exists(shared_eval_dir() + "/" + suite + "/gold.jsonl");
}

// Runs a command and returns its stdout.
inline std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  return out;
}

// `dyad eval <suite> --json [extra]` parsed; a discarded value on failure.
inline nlohmann::json eval_json(const std::string& suite, const std::string& extra) {
  std::string cmd = std::string(DYAD_CLI) + " eval '" + shared_eval_dir() + "/" + suite + "' --json " + extra;
  return nlohmann::json::parse(run(cmd), nullptr, false);
}

}  // namespace dyad::golden

#endif  // DYAD_TESTS_GOLDEN_EVAL_COMMON_H_
