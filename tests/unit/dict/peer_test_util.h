// Helpers for the peer dictionary reader tests (peer_*_test.cc).
#ifndef DYAD_TESTS_UNIT_DICT_PEER_TEST_UTIL_H_
#define DYAD_TESTS_UNIT_DICT_PEER_TEST_UTIL_H_

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/peer_dictionaries.h"

namespace dyad::peer_test {

inline size_t count(const std::vector<Diagnostic>& diags, Diagnostic::Severity sev) {
  size_t n = 0;
  for (const Diagnostic& d : diags) n += d.severity == sev;
  return n;
}
inline size_t errors(const std::vector<Diagnostic>& diags) { return count(diags, Diagnostic::Severity::kError); }
inline size_t warnings(const std::vector<Diagnostic>& diags) { return count(diags, Diagnostic::Severity::kWarning); }

// All findings, one per line, for assertion messages.
inline std::string describe(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags) {
    const char* sev = d.severity == Diagnostic::Severity::kError     ? "error"
                      : d.severity == Diagnostic::Severity::kWarning ? "warning"
                                                                      : "note";
    out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + sev + ": " + d.message +
           ": " + d.text + "\n";
  }
  return out;
}

// The first finding whose message contains `needle`, or nullptr.
inline const Diagnostic* find(const std::vector<Diagnostic>& diags, const std::string& needle) {
  for (const Diagnostic& d : diags)
    if (d.message.find(needle) != std::string::npos) return &d;
  return nullptr;
}

inline std::vector<std::string> words(std::initializer_list<const char*> w) { return {w.begin(), w.end()}; }

// ../shared next to the repository, or empty when absent.
inline std::string shared_dir() {
  std::filesystem::path p = std::filesystem::path(DYAD_SOURCE_DIR) / ".." / "shared";
  return std::filesystem::exists(p / "eval") ? p.string() : std::string();
}

inline Date ymd(int y, int m, int d) {
  Date out;
  out.year = y;
  out.month = m;
  out.day = d;
  return out;
}

}  // namespace dyad::peer_test

#endif  // DYAD_TESTS_UNIT_DICT_PEER_TEST_UTIL_H_
