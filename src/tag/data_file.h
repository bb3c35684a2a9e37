// Reading the front end's plain-text data files (tagger lexicon and rules,
// WordNet lists): whole-file reads and a line splitter that keeps 1-based line
// numbers for error messages.
//
// Thread safety: free functions without shared state.
#ifndef DYAD_TAG_DATA_FILE_H_
#define DYAD_TAG_DATA_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::internal {

// The bytes of `path`. kNotFound names the path when it does not exist;
// kIoError when it exists but cannot be read.
Result<std::string> read_data_file(const std::string& path);

// Calls fn(line, line_number) for each line of `text` without its '\n' (and
// without a trailing '\r').
template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  uint64_t number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++number);
    pos = nl + 1;
  }
}

// Splits `line` on runs of spaces and tabs into at most `max_fields` views;
// returns the number of fields written to `out`.
size_t split_fields(std::string_view line, std::string_view* out, size_t max_fields);

}  // namespace dyad::internal

#endif  // DYAD_TAG_DATA_FILE_H_
