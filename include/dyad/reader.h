// Story readers: files, folders and stdin in every input format dyad reads.
//
//   dyad::InputOptions opt;                       // format auto-detected
//   auto src = dyad::open_inputs({"examples/"}, opt);
//   if (!src.ok()) return fail(src.status());
//   dyad::ReadItem item;
//   while ((*src)->next(&item)) {
//     if (item.error) report(*item.error); else use(*item.story);
//   }
//
// A reader is single-threaded; it hands out items with increasing sequence
// numbers so a parallel pipeline can write results in input order.
#ifndef DYAD_READER_H_
#define DYAD_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

enum class InputFormat : uint8_t {
  kAuto = 0,      // by extension, then by content
  kText,          // plain wire text, one story per file (or stdin)
  kJsonl,         // JSON Lines, one story per line
  kPetrarchXml,   // PETRARCH <Sentence> records, one story each
  kTabari,        // TABARI text records, one story each
};
const char* input_format_name(InputFormat f);
std::optional<InputFormat> parse_input_format(std::string_view name);

struct InputOptions {
  InputFormat format = InputFormat::kAuto;
  std::optional<Date> default_date;  // --date: for stories that carry none
  size_t max_line_bytes = 64u << 20;  // longer lines are a per-record error
};

// One item from a reader: a story, or an error for one record.
struct ReadItem {
  uint64_t seq = 0;                 // 0, 1, 2, ... across all inputs
  std::optional<Story> story;
  std::optional<RecordError> error;
  std::vector<std::string> notes;   // e.g. "skipped foo.pdf: not a story file"
};

class StoryReader {
 public:
  virtual ~StoryReader() = default;
  // Fills *item and returns true, or returns false at the end of all input.
  virtual bool next(ReadItem* item) = 0;
};

// Opens inputs: files, folders (recursive; .txt .text .jsonl .ndjson .xml and
// their .gz; other files skipped with a note), or "-"/empty for stdin. Files
// are visited in sorted path order so runs are reproducible.
Result<std::unique_ptr<StoryReader>> open_inputs(const std::vector<std::string>& inputs,
                                                 const InputOptions& options);

// Parses one in-memory buffer (used by tests, fuzzers and the server).
// `name` is used for ids of .txt stories and in error messages.
std::vector<ReadItem> read_buffer(std::string_view bytes, std::string_view name,
                                  InputFormat format, const InputOptions& options);

}  // namespace dyad

#endif  // DYAD_READER_H_
