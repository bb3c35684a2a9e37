// The story model: what every reader produces and every later stage consumes.
//
// Offsets everywhere in dyad are UTF-8 byte offsets into a named base text:
//   - kText:  Story::text. For .txt input that is the whole file; for JSON Lines
//             the decoded "text" value; for PETRARCH XML the decoded <Text>;
//             for TABARI records the record's text lines joined with '\n'.
//   - kTitle: Story::title (JSON Lines "title", a .txt header's title).
// Readers never rewrite text; they mark which regions are story body (to be
// coded) and which are metadata (datelines, agency lines, trailers).
#ifndef DYAD_STORY_H_
#define DYAD_STORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Half-open byte range [begin, end) into a base text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TextBase : uint8_t {
  kText = 0,   // Story::text
  kTitle = 1,  // Story::title
};
const char* text_base_name(TextBase base);  // "text" or "title"

// A calendar day. Invalid (year 0) means "no date".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  bool valid() const;
  std::string iso() const;                          // "YYYY-MM-DD"
  static std::optional<Date> parse_iso(std::string_view s);  // strict YYYY-MM-DD
  int64_t days_since_epoch() const;                  // 1970-01-01 = 0
  static Date from_days(int64_t days);
  int weekday() const;                               // 0 = Monday .. 6 = Sunday
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// A wire dateline such as "BEIJING, Nov. 11 (Xinhua) --".
struct Dateline {
  std::string place;      // "BEIJING" or "GYEONGJU, South Korea"
  std::string date_text;  // "Nov. 11" as written
  std::optional<Date> date;  // resolved when a year is known
  std::string agency;     // "Xinhua"
  std::string time;       // "14:55"
  Span span;              // the whole dateline in the text base (empty for JSON field)
};

// One story. Cheap to move, expensive to copy (owns its text).
struct Story {
  std::string id;
  std::optional<Date> date;
  std::string title;
  std::string source;
  std::string url;
  std::optional<Dateline> dateline;
  std::string text;              // the kText base
  std::vector<Span> body;        // regions of text to analyse, in order
  std::vector<Span> metadata;    // header, agency/time lines, trailers (kept out of coding)
  std::string extra_json;        // other input fields as one JSON object ("{}" when none)
  std::vector<std::string> warnings;  // e.g. "no id: content hash used"

  // Where it came from, for error messages.
  std::string origin;            // file path or "-" for stdin
  uint64_t line = 0;             // 1-based line (or record number) in origin
};

// A record that could not be read. Never stops the reading of other records.
struct RecordError {
  std::string file;
  uint64_t line = 0;        // 1-based, 0 when not meaningful
  std::string record_id;    // when known
  std::string reason;
};

}  // namespace dyad

#endif  // DYAD_STORY_H_
