// PETRARCH <Sentence> records, parsed leniently.
//
// The record files are "XML-like": the UD-PETRARCH file is not well-formed,
// attribute spacing and quoting vary (date = '...'), and comments mention
// "<Sentence ...>" in prose. So instead of an XML parser this is a scanner:
// it skips <!-- --> comments, finds each <Sentence ...> open tag, reads its
// attributes, and takes the first <Text>...</Text> before </Sentence>.
// Everything else (<Parse>, <EventCoding>, <Environment>, <PLEvent>) is
// ignored.
//
// Text base: the decoded <Text> content, trimmed, with every run of
// whitespace collapsed to one space. The line breaks inside <Text> are the
// file's layout (PETRARCH joins the lines too), and this makes the text equal
// to the "text" of the shared eval gold files.
#include <cstring>

#include "text/utf8.h"
#include "io/story_parsers.h"

namespace dyad::io {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Decodes one entity at s (which starts with '&'); returns its length, or 0
// when it is not a known entity (the '&' is then kept as written).
size_t decode_entity(std::string_view s, std::string* out) {
  size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi > 12) return 0;
  std::string_view name = s.substr(1, semi - 1);
  static const struct { const char* name; char ch; } kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& e : kNamed) {
    if (name == e.name) {
      out->push_back(e.ch);
      return semi + 1;
    }
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  uint32_t cp = 0;
  for (char c : digits) {
    int v = c >= '0' && c <= '9' ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (v < 0 || cp > 0x10FFFF) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  internal::append_utf8(static_cast<char32_t>(cp), out);
  return semi + 1;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t n = s[i] == '&' ? decode_entity(s.substr(i), &out) : 0;
    if (n) i += n - 1;
    else out.push_back(s[i]);
  }
  return out;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : trim(s)) {
    if (is_ws(c)) {
      if (out.back() != ' ') out.push_back(' ');  // trimmed: out is non-empty here
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Position of `what` in [from, to) outside <!-- --> comments, or npos.
size_t find_markup(std::string_view b, size_t from, size_t to, std::string_view what) {
  while (from < to) {
    size_t lt = b.find('<', from);
    if (lt == std::string_view::npos || lt >= to) return std::string_view::npos;
    if (b.substr(lt, 4) == "<!--") {
      size_t end = b.find("-->", lt + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      from = end + 3;
      continue;
    }
    if (b.substr(lt, what.size()) == what && lt + what.size() <= to) return lt;
    from = lt + 1;
  }
  return std::string_view::npos;
}

bool is_sentence_open(std::string_view b, size_t lt) {
  size_t after = lt + 9;  // strlen("<Sentence")
  return after < b.size() && (is_ws(b[after]) || b[after] == '>' || b[after] == '/');
}

using Attributes = std::vector<std::pair<std::string, std::string>>;

// Reads name[ = value] pairs up to the end of the tag at *i.
Attributes read_attributes(std::string_view tag) {
  Attributes out;
  size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (is_ws(tag[i]) || tag[i] == '/')) ++i;
    size_t name = i;
    while (i < tag.size() && !is_ws(tag[i]) && tag[i] != '=' && tag[i] != '/') ++i;
    if (i == name) break;
    std::string key(tag.substr(name, i - name));
    while (i < tag.size() && is_ws(tag[i])) ++i;
    std::string value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && is_ws(tag[i])) ++i;
      char q = i < tag.size() ? tag[i] : '\0';
      size_t v = (q == '"' || q == '\'') ? ++i : i;
      while (i < tag.size() && (q == '"' || q == '\'' ? tag[i] != q : !is_ws(tag[i]))) ++i;
      value = decode_entities(tag.substr(v, i - v));
      if (q == '"' || q == '\'') ++i;
    }
    out.emplace_back(std::move(key), std::move(value));
  }
  return out;
}

// "19950101" or "1995-01-01".
std::optional<Date> parse_compact_date(std::string_view s) {
  if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string_view::npos) {
    std::string iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                      std::string(s.substr(6, 2));
    return Date::parse_iso(iso);
  }
  return Date::parse_iso(s);
}

// Known attributes go to story fields; the others, as strings, to extra_json.
// Returns the date attribute (nullopt when absent).
std::optional<std::string> apply_attributes(const Attributes& attrs, Story* s) {
  std::optional<std::string> date;
  s->extra_json = "{";
  for (const auto& [key, value] : attrs) {
    if (key == "id") s->id = value;
    else if (key == "date") date = value;
    else if (key == "source") s->source = value;
    else {
      if (s->extra_json.size() > 1) s->extra_json.push_back(',');
      append_json_string(&s->extra_json, key);
      s->extra_json.push_back(':');
      append_json_string(&s->extra_json, value);
    }
  }
  s->extra_json.push_back('}');
  return date;
}

// End of the record opened before `from`: its </Sentence>, or (when the
// record is unterminated) the next <Sentence open tag. Sets *closed.
size_t record_end(std::string_view b, size_t from, bool* closed) {
  size_t next_open = find_markup(b, from, b.size(), "<Sentence");
  while (next_open != std::string_view::npos && !is_sentence_open(b, next_open))
    next_open = find_markup(b, next_open + 1, b.size(), "<Sentence");
  size_t limit = next_open == std::string_view::npos ? b.size() : next_open;
  size_t close = find_markup(b, from, limit, "</Sentence>");  // bounded: linear overall
  *closed = close != std::string_view::npos;
  return *closed ? close : limit;
}

}  // namespace

PetrarchXmlScanner::PetrarchXmlScanner(std::string bytes, std::string origin,
                                       const InputOptions& options)
    : bytes_(std::move(bytes)), origin_(std::move(origin)), options_(options) {}

uint64_t PetrarchXmlScanner::line_at(size_t pos) {
  for (; line_pos_ < pos && line_pos_ < bytes_.size(); ++line_pos_)
    if (bytes_[line_pos_] == '\n') ++line_;
  return line_;
}

// Finds the next <Sentence open tag from pos_; sets *begin (at '<') and
// *open_end (after '>').
bool PetrarchXmlScanner::next_sentence(size_t* begin, size_t* open_end) {
  std::string_view b = bytes_;
  for (;;) {
    size_t lt = find_markup(b, pos_, b.size(), "<Sentence");
    if (lt == std::string_view::npos) return false;
    pos_ = lt + 1;
    if (!is_sentence_open(b, lt)) continue;  // <Sentences>
    *begin = lt;
    size_t gt = lt + 9;
    char quote = '\0';
    for (; gt < b.size(); ++gt) {
      char c = b[gt];
      if (quote) { if (c == quote) quote = '\0'; }
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '>' || c == '<') break;
    }
    *open_end = gt < b.size() && b[gt] == '>' ? gt + 1 : std::string_view::npos;
    return true;
  }
}

bool PetrarchXmlScanner::next(ReadItem* item) {
  size_t begin = 0, open_end = 0;
  if (!next_sentence(&begin, &open_end)) return false;
  *item = ReadItem{};
  std::string_view b = bytes_;
  uint64_t line = line_at(begin);
  if (open_end == std::string_view::npos) {
    item->error = make_error(origin_, line, "", "unterminated <Sentence> tag");
    return true;
  }
  Story s;
  s.origin = origin_;
  s.line = line;
  std::optional<std::string> date_attr =
      apply_attributes(read_attributes(b.substr(begin + 9, open_end - 1 - (begin + 9))), &s);
  bool closed = false;
  size_t end = record_end(b, open_end, &closed);
  pos_ = std::max(pos_, end);
  size_t t0 = find_markup(b, open_end, end, "<Text>");
  size_t t1 = t0 == std::string_view::npos ? t0 : find_markup(b, t0 + 6, end, "</Text>");
  std::string_view raw = t1 == std::string_view::npos ? std::string_view() : b.substr(t0 + 6, t1 - t0 - 6);
  std::string why = t1 == std::string_view::npos ? "no <Text>...</Text> in <Sentence>" : check_text(raw);
  if (why.empty() && !closed) why = "no </Sentence> before the next record";
  if (!why.empty()) {
    item->error = make_error(origin_, line, s.id, why);
    return true;
  }
  s.text = collapse_whitespace(decode_entities(raw));
  if (s.text.find('\0') != std::string::npos) {  // from a &#0;-like entity: rejected above, but be safe
    item->error = make_error(origin_, line, s.id, "NUL byte in <Text>");
    return true;
  }
  if (s.id.empty()) {
    s.id = content_hash_id(s.text);
    s.warnings.push_back("no id attribute: content hash used");
  }
  ids_.apply(&s);
  std::optional<Date> date = date_attr ? parse_compact_date(trim(*date_attr)) : std::nullopt;
  if (date_attr && !date) s.warnings.push_back("bad date '" + *date_attr + "' ignored (expected YYYYMMDD)");
  settle_date(&s, date, options_);
  if (!s.text.empty()) s.body.push_back(Span{0, static_cast<uint32_t>(s.text.size())});
  item->story = std::move(s);
  return true;
}

}  // namespace dyad::io
