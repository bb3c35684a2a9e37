// Wire datelines, agency/time lines and trailers, matched by hand.
//
// The dateline shape (building-blocks.md section 2) is
//   PLACE[, Region]*, Month[.] D[, YYYY] [(Agency)] [HH:MM[,]] [-- | - | en/em dash]
// where PLACE is upper case. A small cursor over the string does the matching;
// every step either advances or leaves the cursor where it was, so the
// matcher never reads past the end and never backtracks more than one step.
#include <cstring>

#include "io/story_parsers.h"

namespace dyad::io {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_high(char c) { return static_cast<unsigned char>(c) >= 0x80; }  // UTF-8 letter bytes
bool is_space(char c) { return c == ' ' || c == '\t'; }

struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool at_end() const { return i >= s.size(); }
  char peek() const { return at_end() ? '\0' : s[i]; }
  void skip_spaces() {
    while (!at_end() && is_space(s[i])) ++i;
  }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  bool eat(std::string_view lit) {
    if (s.substr(i, lit.size()) != lit) return false;
    i += lit.size();
    return true;
  }
  // Reads 1..max digits into *value.
  bool digits(int max, int* value, int* count = nullptr) {
    int n = 0, v = 0;
    while (n < max && !at_end() && is_digit(s[i])) v = v * 10 + (s[i++] - '0'), ++n;
    if (count) *count = n;
    if (n == 0) return false;
    *value = v;
    return true;
  }
};

// One place segment: starts with an upper-case letter (or a UTF-8 byte);
// the first segment must have no lower-case letters at all.
bool place_segment(Cursor* c, bool first) {
  size_t start = c->i;
  char c0 = c->peek();
  if (!is_upper(c0) && !is_high(c0)) return false;
  while (!c->at_end()) {
    char ch = c->peek();
    bool ok = is_upper(ch) || is_high(ch) || ch == '.' || ch == '\'' || ch == '-' || ch == ' ' ||
              (!first && is_lower(ch));
    if (!ok) break;
    ++c->i;
  }
  size_t len = c->i - start;
  if (len > 40 || (first && len < 2)) {
    c->i = start;
    return false;
  }
  return true;
}

// "Nov. 11", "March 3", "Oct 31, 2025". Leaves the cursor after the match.
bool month_day(Cursor* c, int* month, int* day, int* year) {
  size_t start = c->i;
  while (!c->at_end() && is_alpha(c->peek())) ++c->i;
  int m = parse_month(c->s.substr(start, c->i - start));
  bool dot = c->eat('.');
  size_t before_space = c->i;
  c->skip_spaces();
  int d = 0, nd = 0;
  if (m == 0 || (!dot && c->i == before_space) || !c->digits(2, &d, &nd) || d < 1 || d > 31 ||
      is_digit(c->peek()) || is_alpha(c->peek())) {
    c->i = start;
    return false;
  }
  *month = m;
  *day = d;
  *year = 0;
  size_t after_day = c->i;
  c->eat(',');
  c->skip_spaces();
  int y = 0, ny = 0;
  if (c->digits(4, &y, &ny) && ny == 4 && !is_digit(c->peek())) {
    *year = y;
  } else {
    c->i = after_day;
  }
  return true;
}

bool agency(Cursor* c, std::string* out) {
  size_t start = c->i;
  if (!c->eat('(')) return false;
  size_t name = c->i;
  while (!c->at_end() && (is_alpha(c->peek()) || is_high(c->peek()) ||
                          std::strchr(" .&'-", c->peek())))
    ++c->i;
  size_t len = c->i - name;
  if (len == 0 || len > 40 || !is_alpha(c->s[name]) || !c->eat(')')) {
    c->i = start;
    return false;
  }
  *out = std::string(c->s.substr(name, len));
  return true;
}

bool clock_time(Cursor* c, std::string* out) {
  size_t start = c->i;
  int h = 0, m = 0, nm = 0;
  if (!c->digits(2, &h) || !c->eat(':') || !c->digits(2, &m, &nm) || nm != 2 || h > 23 ||
      m > 59) {
    c->i = start;
    return false;
  }
  *out = std::string(c->s.substr(start, c->i - start));
  return true;
}

bool separator(Cursor* c) {
  return c->eat("--") || c->eat("\xE2\x80\x94") || c->eat("\xE2\x80\x93") || c->eat('-');
}

// PLACE, Region, ... up to the comma before the date. Returns the place end.
bool place(Cursor* c, size_t* place_end) {
  if (!place_segment(c, true)) return false;
  for (int segments = 1; segments <= 4; ++segments) {
    size_t seg_end = c->i;
    if (!c->eat(',')) return false;
    c->skip_spaces();
    int m, d, y;
    size_t probe = c->i;
    if (month_day(c, &m, &d, &y)) {
      c->i = probe;
      *place_end = seg_end;
      return true;
    }
    if (!place_segment(c, false)) return false;
  }
  return false;
}

// "Friday, January 4, 2019" or "January 4, 2019" (JSON dateline field only).
bool bare_date(Cursor* c) {
  size_t start = c->i;
  while (!c->at_end() && is_alpha(c->peek())) ++c->i;
  static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                      "Friday", "Saturday", "Sunday"};
  std::string_view word = c->s.substr(start, c->i - start);
  for (const char* d : kDays) {
    if (word == d && c->eat(',')) {
      c->skip_spaces();
      return true;
    }
  }
  c->i = start;
  return true;  // no weekday: the month starts here
}

}  // namespace

int parse_month(std::string_view w) {
  static const char* const kNames[] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  std::string lower(w);
  for (char& ch : lower) ch = static_cast<char>(is_upper(ch) ? ch - 'A' + 'a' : ch);
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kNames[m];
    if (lower == full || lower == full.substr(0, 3)) return m + 1;
  }
  return lower == "sept" ? 9 : 0;
}

std::optional<Date> resolve_month_day(int month, int day, int year, std::optional<Date> context) {
  if (year == 0 && !context) return std::nullopt;
  Date d{year ? year : context->year, month, day};
  if (year == 0) {
    // Choose the year that puts the dateline nearest the context date.
    Date before{d.year - 1, month, day}, after{d.year + 1, month, day};
    int64_t ctx = context->days_since_epoch();
    if (d.valid() && d.days_since_epoch() - ctx > 183 && before.valid()) d = before;
    else if (d.valid() && ctx - d.days_since_epoch() > 183 && after.valid()) d = after;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

std::optional<DatelineMatch> match_dateline(std::string_view s, bool allow_no_place) {
  Cursor c{s};
  c.skip_spaces();
  size_t begin = c.i;
  DatelineMatch m;
  size_t place_end = 0;
  bool has_place = place(&c, &place_end);
  if (!has_place) {
    if (!allow_no_place) return std::nullopt;
    c.i = begin;
    bare_date(&c);
  }
  size_t date_begin = c.i;
  if (!month_day(&c, &m.month, &m.day, &m.year)) return std::nullopt;
  size_t date_end = c.i;
  size_t last = c.i;  // end of the last matched element
  c.skip_spaces();
  bool has_agency = agency(&c, &m.dateline.agency);
  if (has_agency) last = c.i;
  c.skip_spaces();
  if (clock_time(&c, &m.dateline.time)) {
    last = c.i;
    if (c.eat(',')) last = c.i;
  }
  c.skip_spaces();
  bool has_sep = separator(&c);
  if (has_sep) last = c.i;
  if (has_place && !has_agency && !has_sep && m.dateline.time.empty()) return std::nullopt;
  if (!has_place) {
    c.skip_spaces();
    if (!c.at_end()) return std::nullopt;  // a bare date must be the whole field
  }
  if (has_place) m.dateline.place = std::string(trim(s.substr(begin, place_end - begin)));
  std::string_view date_text = s.substr(date_begin, date_end - date_begin);
  m.dateline.date_text = std::string(trim(date_text));
  m.dateline.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(last)};
  m.length = last;
  return m;
}

bool is_agency_time_line(std::string_view line, std::optional<Date>* date) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 100) return false;
  Cursor c{t};
  c.eat('(');
  size_t name = c.i;
  while (!c.at_end() && (is_alpha(c.peek()) || c.peek() == ' ')) ++c.i;
  if (c.i > name && !c.eat(')')) c.i = name;  // a word not closed by ')' is not an agency
  c.skip_spaces();
  std::string time;
  bool has_time = clock_time(&c, &time);
  c.eat(',');
  c.skip_spaces();
  int m = 0, d = 0, y = 0;
  bool has_date = month_day(&c, &m, &d, &y) && y != 0;
  c.skip_spaces();
  if (!c.at_end() || (!has_time && !has_date)) return false;
  if (has_date) *date = resolve_month_day(m, d, y, std::nullopt);
  return true;
}

bool is_trailer_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 3 || t.size() > 300 || t.front() != '(' || t.back() != ')') return false;
  std::string_view inner = t.substr(1, t.size() - 2);
  static const char* const kCredits[] = {"Reporting by", "Writing by", "Editing by",
                                         "Additional reporting", "Compiled by"};
  for (const char* p : kCredits)
    if (inner.substr(0, std::strlen(p)) == p) return true;
  size_t colon = inner.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 30) return false;
  for (size_t i = 0; i < colon; ++i)
    if (!is_alpha(inner[i]) && inner[i] != ' ') return false;
  return is_upper(inner[0]);
}

}  // namespace dyad::io
