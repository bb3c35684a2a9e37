// Plain wire text: one story per file.
//
// Story::text is the whole file, byte for byte, so every span points into the
// file as written. The reader walks the lines once and sorts them into:
//   - an optional header, "date YYYY-MM-DD Title", on the first non-blank line;
//   - metadata lines: agency/time lines ("Xinhua) 14:55, November 11, 2025")
//     and trailers ("(Web editor: ...)");
//   - the dateline at the start of the first content line, kept in
//     Story::dateline and out of the body;
//   - body paragraphs: runs of content lines between blank lines, one span
//     each, trimmed of surrounding whitespace.
#include <algorithm>
#include <limits>

#include "io/story_parsers.h"

namespace dyad::io {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

uint64_t line_of(std::string_view text, size_t offset) {
  return 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// "date 2025-11-11 Title ...": returns true and fills date/title.
bool match_header(std::string_view line, std::optional<Date>* date, std::string* title) {
  std::string_view t = trim(line);
  if (t.size() < 15) return false;
  std::string word(t.substr(0, 4));
  for (char& c : word) c = static_cast<char>(c | 0x20);
  if (word != "date" || !is_ws(t[4])) return false;
  t.remove_prefix(5);
  t = trim(t);
  auto d = Date::parse_iso(t.substr(0, 10));
  if (!d || (t.size() > 10 && !is_ws(t[10]))) return false;
  *date = d;
  *title = std::string(trim(t.substr(std::min<size_t>(10, t.size()))));
  return true;
}

// Walks lines and collects spans; one object per story.
class WireTextParser {
 public:
  WireTextParser(Story* story, const InputOptions& options) : s_(story), options_(options) {}

  // Returns an error reason, or empty on success.
  std::string run();

 private:
  void on_line(size_t begin, size_t end);
  void on_content(size_t begin, size_t end);
  void flush() {
    if (para_end_ > para_begin_)
      s_->body.push_back(Span{static_cast<uint32_t>(para_begin_), static_cast<uint32_t>(para_end_)});
    para_begin_ = para_end_ = 0;
  }
  void add_metadata(size_t begin, size_t end);
  void settle();

  Story* s_;
  const InputOptions& options_;
  bool seen_content_ = false;
  bool dateline_checked_ = false;
  size_t para_begin_ = 0, para_end_ = 0;
  std::optional<Date> header_date_, line_date_;
  std::optional<DatelineMatch> dateline_;
};

std::string WireTextParser::run() {
  std::string_view text = s_->text;
  size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // skip a UTF-8 BOM
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end - pos > options_.max_line_bytes)
      return "line " + std::to_string(line_of(text, pos)) + " longer than " +
             std::to_string(options_.max_line_bytes) + " bytes";
    on_line(pos, end);
    pos = end + 1;
  }
  flush();
  settle();
  return {};
}

void WireTextParser::add_metadata(size_t begin, size_t end) {
  flush();
  while (begin < end && is_ws(s_->text[begin])) ++begin;
  while (end > begin && is_ws(s_->text[end - 1])) --end;
  s_->metadata.push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

void WireTextParser::on_line(size_t begin, size_t end) {
  std::string_view line = std::string_view(s_->text).substr(begin, end - begin);
  if (is_blank(line)) {
    flush();
    return;
  }
  bool first = !seen_content_;
  seen_content_ = true;
  std::optional<Date> d;
  if (first && match_header(line, &d, &s_->title)) {
    header_date_ = d;
    add_metadata(begin, end);
  } else if (is_agency_time_line(line, &d)) {
    if (d && !line_date_) line_date_ = d;
    add_metadata(begin, end);
  } else if (is_trailer_line(line)) {
    add_metadata(begin, end);
  } else {
    on_content(begin, end);
  }
}

void WireTextParser::on_content(size_t begin, size_t end) {
  std::string_view text = s_->text;
  if (!dateline_checked_) {
    dateline_checked_ = true;
    dateline_ = match_dateline(text.substr(begin, end - begin), false);
    if (dateline_) {
      dateline_->dateline.span.begin += static_cast<uint32_t>(begin);
      dateline_->dateline.span.end += static_cast<uint32_t>(begin);
      begin += dateline_->length;
    }
  }
  while (begin < end && is_ws(text[begin])) ++begin;
  while (end > begin && is_ws(text[end - 1])) --end;
  if (begin == end) return;
  if (para_end_ == 0) para_begin_ = begin;
  para_end_ = end;
}

// Header date first, then the dateline (its year from the header, an agency
// line or --date), then an agency line's full date, then --date.
void WireTextParser::settle() {
  std::optional<Date> context = header_date_ ? header_date_ : line_date_ ? line_date_ : options_.default_date;
  std::optional<Date> found = header_date_;
  if (dateline_) {
    dateline_->dateline.date =
        resolve_month_day(dateline_->month, dateline_->day, dateline_->year, context);
    if (!found) found = dateline_->dateline.date;
    s_->dateline = std::move(dateline_->dateline);
  }
  if (!found) found = line_date_;
  settle_date(s_, found, options_);
}

}  // namespace

ReadItem parse_wire_text(std::string text, std::string_view origin, std::string id,
                         const InputOptions& options) {
  ReadItem item;
  if (id.empty()) id = content_hash_id(text);
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    item.error = make_error(origin, 0, id, "text larger than 4 GiB");
    return item;
  }
  if (std::string why = check_text(text); !why.empty()) {
    size_t at = std::stoull(why.substr(why.rfind(' ') + 1));
    item.error = make_error(origin, line_of(text, at), id, why);
    return item;
  }
  Story story;
  story.id = std::move(id);
  story.origin = std::string(origin);
  story.line = 1;
  story.extra_json = "{}";
  story.text = std::move(text);
  WireTextParser parser(&story, options);
  if (std::string why = parser.run(); !why.empty()) {
    item.error = make_error(origin, 0, story.id, why);
    return item;
  }
  if (story.body.empty()) story.warnings.push_back("no body text");
  item.story = std::move(story);
  return item;
}

}  // namespace dyad::io
