// The event codebook: name, Goldstein value, quad class and PLOVER mapping of
// every CAMEO code, read from a text table (dict/dyad/cameo.txt; format in
// docs/dictionaries.md, "Codebook (cameo.txt)"). Not to be confused with
// dyad::Codebook in dictionary.h, which only names a dictionary set's codebook
// (cameo, weis, free).
//
//   auto cb = dyad::EventCodebook::load(path_to_cameo_txt);
//   if (!cb.ok()) { std::cerr << cb.status().to_string() << "\n"; return 2; }
//   if (const dyad::CodebookEntry* e = cb->lookup("041")) use(e->goldstein, e->quad);
//
// An EventCodebook is immutable after load() and safe to share between threads.
#ifndef DYAD_CODEBOOK_H_
#define DYAD_CODEBOOK_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct CodebookEntry {
  std::string code;                  // "041": always a string, leading zeros kept
  std::string name;                  // "Discuss by telephone"
  double goldstein = 0.0;            // GDELT Goldstein scale, -10..10
  int quad = 0;                      // GDELT QuadClass 1..4
  std::string plover_type;           // "CONSULT"; empty when PLOVER has no type (roots 01, 02)
  std::string plover_mode;           // "phone"; may be empty
  std::vector<std::string> plover_contexts;  // may be empty
  std::string goldstein_from;        // ancestor code whose value was used; empty when the code's own
  std::string plover_from;           // ancestor code whose PLOVER type was used; empty when the code's own
  uint32_t line = 0;                 // 1-based line in the file, for messages
};

class EventCodebook {
 public:
  // Reads and checks a codebook file. Errors name file:line and the problem
  // (bad syntax, a duplicate code, a code whose root is missing, ...).
  static Result<EventCodebook> load(const std::string& path);
  // The same from text in memory; file_name is used in messages.
  static Result<EventCodebook> parse(std::string_view text, std::string_view file_name);

  // The entry of exactly this code, or nullptr.
  const CodebookEntry* lookup(std::string_view code) const;
  // The entry of the code or, failing that, of its nearest listed ancestor
  // (3-digit parent, then root): "0415" -> 041's entry. nullptr when none.
  const CodebookEntry* resolve(std::string_view code) const;

  // Entries in file order.
  const std::vector<CodebookEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

  // GDELT QuadClass of a CAMEO root ("04" -> 1) or of any code by its first
  // two characters ("1823" -> 4); nullopt when they are not a root 01..20.
  static std::optional<int> quad_for_root(std::string_view code_or_root);

 private:
  std::vector<CodebookEntry> entries_;
  std::unordered_map<std::string, size_t> index_;   // code -> position in entries_
};

}  // namespace dyad

#endif  // DYAD_CODEBOOK_H_
