// Internal parsers behind dyad/reader.h: one per input format, plus the wire
// dateline matcher and small helpers they share. Everything here is
// single-threaded: each reader owns its parser objects.
#ifndef DYAD_IO_STORY_PARSERS_H_
#define DYAD_IO_STORY_PARSERS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/reader.h"
#include "dyad/story.h"
#include "io/line_reader.h"

namespace dyad::io {

// ---- dateline.cc: hand-written wire dateline matcher ----------------------

struct DatelineMatch {
  Dateline dateline;    // span is relative to the matched string
  int month = 0;        // 1..12
  int day = 0;          // 1..31
  int year = 0;         // 0 when the dateline has no year
  size_t length = 0;    // bytes consumed, through the separator
};

// Matches a dateline at the start of s, e.g. "BEIJING, Nov. 11 (Xinhua) --",
// "GYEONGJU, South Korea, Oct. 31 (Xinhua) 14:55,", "BOGOTA, March 13 -".
// The place must be upper case and an agency, time or dash must follow the
// date, so ordinary sentences ("Washington, March 3 was ...") do not match.
// With allow_no_place, a bare date ("Friday, January 4, 2019") also matches
// (used for the JSON Lines "dateline" field).
std::optional<DatelineMatch> match_dateline(std::string_view s, bool allow_no_place);

// "Xinhua) 14:55, November 11, 2025": an agency/time line on its own.
// Sets *date when the line carries a full date.
bool is_agency_time_line(std::string_view line, std::optional<Date>* date);

// "(Web editor: Zhang Kaiwei)", "(Reporting by ...; Editing by ...)".
bool is_trailer_line(std::string_view line);

// 1..12 for "Jan", "Jan.", "January", "Sept" (case-insensitive), else 0.
int parse_month(std::string_view word);

// month/day in the year of `year` (when non-zero) or the year that puts it
// nearest to `context` (a story dated 2026-01-02 with "Dec. 31" is 2025-12-31).
std::optional<Date> resolve_month_day(int month, int day, int year, std::optional<Date> context);

// ---- helpers (reader_util.cc) ----------------------------------------------

// "fnv-" + 16 hex digits of the 64-bit FNV-1a hash of text: a stable id for
// stories that carry none.
std::string content_hash_id(std::string_view text);
// "dir/2025-10-31-story.txt.gz" -> "2025-10-31-story".
std::string story_id_from_path(std::string_view path);
// Reason text when text is unusable as story text (invalid UTF-8, NUL byte),
// else empty. Offsets in the reason are relative to text.
std::string check_text(std::string_view text);
RecordError make_error(std::string_view file, uint64_t line, std::string_view id,
                       std::string reason);
// Sets story->date to found, else options.default_date, else warns.
void settle_date(Story* story, std::optional<Date> found, const InputOptions& options);
// Appends s to out as a JSON string literal (quotes included).
void append_json_string(std::string* out, std::string_view s);
bool is_blank(std::string_view s);
std::string_view trim(std::string_view s);

// Makes ids unique within one file: the second "X" becomes "X#2" (the naming
// the shared eval gold files use), with a warning on the story.
class DuplicateIds {
 public:
  void apply(Story* story);

 private:
  std::unordered_map<std::string, int> seen_;
};

// ---- text_story.cc -----------------------------------------------------------

// One plain wire-text story; `text` is the whole file. `id` may be empty
// (then a content hash is used).
ReadItem parse_wire_text(std::string text, std::string_view origin, std::string id,
                         const InputOptions& options);

// ---- jsonl_story.cc -----------------------------------------------------------

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  // Parses one line. *line may be modified (padding for simdjson).
  ReadItem parse(std::string* line, std::string_view origin, uint64_t line_no,
                 const InputOptions& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- petrarch_xml.cc ---------------------------------------------------------

// Scans a whole PETRARCH record file for <Sentence> records, leniently.
class PetrarchXmlScanner {
 public:
  PetrarchXmlScanner(std::string bytes, std::string origin, const InputOptions& options);
  bool next(ReadItem* item);

 private:
  bool next_sentence(size_t* begin, size_t* open_end);
  uint64_t line_at(size_t pos);

  std::string bytes_;
  std::string origin_;
  InputOptions options_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;   // line_ is the line number at byte line_pos_
  uint64_t line_ = 1;
  DuplicateIds ids_;
};

// ---- tabari_records.cc --------------------------------------------------------

// Streams TABARI text records from a LineReader (one record in memory).
class TabariRecordReader {
 public:
  TabariRecordReader(LineReader* lines, std::string origin, const InputOptions& options);
  bool next(ReadItem* item);

 private:
  bool read_block(std::string* header, uint64_t* header_line, std::string* text,
                  std::string* failure);

  LineReader* lines_;
  std::string origin_;
  InputOptions options_;
  bool done_ = false;
  DuplicateIds ids_;
};

// True when line looks like a TABARI record header: "YYMMDD id" or
// "YYYYMMDD id" (digits, whitespace, a non-blank id).
bool is_tabari_header(std::string_view line);

}  // namespace dyad::io

#endif  // DYAD_IO_STORY_PARSERS_H_
