// Fuzz target: the plain wire text reader. Invariants: every item is exactly one of a
// story or an error, sequence numbers count up, ids are non-empty, and every
// span lies inside its story's text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/reader.h"
#include "fuzz_read_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // big inputs only slow the fuzzer down
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::InputOptions options;
  options.max_line_bytes = 4096;  // reach the over-long-line paths with small inputs
  dyad::fuzz::check_items(dyad::read_buffer(bytes, "fuzz.in", dyad::InputFormat::kText, options));
  options.format = dyad::InputFormat::kAuto;
  options.default_date = dyad::Date{2025, 1, 1};
  dyad::fuzz::check_items(dyad::read_buffer(bytes, "-", dyad::InputFormat::kAuto, options));
  return 0;
}
