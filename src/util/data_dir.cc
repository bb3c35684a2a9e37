// Finding run-time data: $DYAD_DATA, else share/dyad beside the binary's build
// tree (<build>/bin/dyad -> <build>/share/dyad) or install prefix
// (<prefix>/bin/dyad -> <prefix>/share/dyad), else the configured install path.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/frontend.h"

namespace dyad {

namespace {
std::filesystem::path self_exe() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  return std::filesystem::path(std::string(buf, static_cast<size_t>(n)));
}
}  // namespace

std::string data_dir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::filesystem::path exe = self_exe();
  if (!exe.empty()) {
    // bin/dyad, bench/x, fuzz/x, tests/x: look one and two levels up.
    for (auto dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      auto candidate = dir / "share" / "dyad";
      std::error_code ec;
      if (std::filesystem::is_directory(candidate, ec)) return candidate.string();
      if (dir.parent_path() == dir) break;
    }
  }
  return DYAD_INSTALL_DATADIR;
}

}  // namespace dyad
