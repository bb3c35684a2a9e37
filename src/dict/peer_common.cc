// Shared pieces of the peer dictionary readers: positions, diagnostics, code
// brackets, peer dates, phrase words and synset expansion.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "dict/peer_internal.h"
#include "dyad/frontend.h"

namespace dyad::peer {

bool LineReader::next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view l = text_.substr(pos_, end - pos_);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  pos_ = end + 1;
  ++line_;
  *line = l;
  return true;
}

Reporter::Reporter(std::string_view name, std::string_view format, DictionarySet& set,
                   std::vector<Diagnostic>& diags)
    : name_(name), diags_(diags) {
  file_ = static_cast<uint32_t>(set.files.size());
  set.files.emplace_back(name);
  // file_formats is parallel to files when the set keeps it.
  if (set.file_formats.size() + 1 == set.files.size()) set.file_formats.emplace_back(format);
}

void Reporter::add(Diagnostic::Severity sev, uint32_t line, uint32_t col, std::string message,
                   std::string_view text) {
  Diagnostic d;
  d.severity = sev;
  d.file = name_;
  d.line = line;
  d.column = col;
  d.message = std::move(message);
  d.text = std::string(text.substr(0, 200));
  diags_.push_back(std::move(d));
}

void Reporter::error(uint32_t line, uint32_t col, std::string message, std::string_view text) {
  ++errors_;
  add(Diagnostic::Severity::kError, line, col, std::move(message), text);
}
void Reporter::warning(uint32_t line, uint32_t col, std::string message, std::string_view text) {
  add(Diagnostic::Severity::kWarning, line, col, std::move(message), text);
}
void Reporter::note(uint32_t line, uint32_t col, std::string message, std::string_view text) {
  add(Diagnostic::Severity::kNote, line, col, std::move(message), text);
}

Status Reporter::status() const {
  if (errors_ == 0) return Status::Ok();
  return Status(ErrorCode::kParseError, std::to_string(errors_) + " error(s) in dictionary file",
                SourceLocation{name_, 0, 0});
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

static char upper_char(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (upper_char(s[i]) != upper_char(prefix[i])) return false;
  return true;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = upper_char(c);
  return out;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ErrorCode code = errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError;
    return Status(code, "cannot open dictionary file: " + std::string(std::strerror(errno)),
                  SourceLocation{path, 0, 0});
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "read failed", SourceLocation{path, 0, 0});
  return buf.str();
}

std::string_view strip_comment(std::string_view s, char marker) {
  size_t p = s.find(marker);
  return p == std::string_view::npos ? s : s.substr(0, p);
}

std::string_view strip_hash_comment(std::string_view s) {
  bool in_code = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') in_code = true;
    else if (s[i] == ']') in_code = false;
    else if (s[i] == '#' && !in_code) return s.substr(0, i);
  }
  return s;
}

static bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

static int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<Date> parse_peer_date(std::string_view digits) {
  if (!all_digits(digits)) return std::nullopt;
  Date d;
  if (digits.size() == 6) {
    // PETRARCH's rule: two-digit years up to 30 are 20YY, later ones 19YY.
    int yy = to_int(digits.substr(0, 2));
    d.year = yy <= 30 ? 2000 + yy : 1900 + yy;
    d.month = to_int(digits.substr(2, 2));
    d.day = to_int(digits.substr(4, 2));
  } else if (digits.size() == 8) {
    d.year = to_int(digits.substr(0, 4));
    d.month = to_int(digits.substr(4, 2));
    d.day = to_int(digits.substr(6, 2));
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

static bool valid_actor_code(std::string_view code) {
  if (code == "---" || code == "###" || code == "+++") return true;
  if (code.empty()) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  return code.front() != '/' && code.back() != '/';
}

// Parses the restriction after the code: "<d", ">d", "d1-d2" (blanks removed).
static bool parse_restriction(std::string_view r, DateRange* range, std::string* why) {
  std::string s;
  for (char c : r)
    if (!is_blank(c)) s.push_back(c);
  if (s.empty()) return false;
  if (s[0] == '<' || s[0] == '>') {
    std::optional<Date> d = parse_peer_date(std::string_view(s).substr(1));
    if (!d) {
      *why = "bad date (YYMMDD or YYYYMMDD expected)";
      return false;
    }
    if (s[0] == '<') range->to = d;
    else range->from = d;
    return true;
  }
  size_t dash = s.find('-');
  if (dash == std::string::npos) {
    *why = "bad date restriction (<date, >date or date-date expected)";
    return false;
  }
  std::optional<Date> a = parse_peer_date(std::string_view(s).substr(0, dash));
  std::optional<Date> b = parse_peer_date(std::string_view(s).substr(dash + 1));
  if (!a || !b) {
    *why = "bad date in range (YYMMDD or YYYYMMDD expected)";
    return false;
  }
  range->from = a;
  range->to = b;
  return true;
}

std::optional<DatedCode> parse_dated_code(std::string_view inside, std::string_view line, Reporter& rep,
                                          uint32_t line_no) {
  std::string_view t = trim(inside);
  uint32_t col = column_of(line, inside);
  if (t.empty()) {
    rep.warning(line_no, col, "empty code brackets ignored", line);
    return std::nullopt;
  }
  // The code runs to the first blank, '<' or '>' (or a digit run that is a date).
  size_t end = 0;
  while (end < t.size() && !is_blank(t[end]) && t[end] != '<' && t[end] != '>') ++end;
  std::string_view code = t.substr(0, end);
  std::string_view rest = trim(t.substr(end));
  if (rest.empty() && end == t.size() && all_digits(code) && (code.size() == 6 || code.size() == 8)) {
    rep.warning(line_no, col, "date restriction without a code ignored", inside);
    return std::nullopt;
  }
  if (code.empty() || (std::isdigit(static_cast<unsigned char>(code[0])) && code.find('-') != code.npos)) {
    rep.warning(line_no, col, "date restriction without a code ignored", inside);
    return std::nullopt;
  }
  if (!valid_actor_code(code)) {
    rep.warning(line_no, col, "malformed code ignored", inside);
    return std::nullopt;
  }
  DatedCode dc;
  dc.code = std::string(code);
  dc.src = rep.src(line_no, col);
  if (!rest.empty()) {
    DateRange range;
    std::string why;
    if (!parse_restriction(rest, &range, &why)) {
      rep.warning(line_no, col, why.empty() ? "bad date restriction ignored" : why + "; restriction ignored",
                  inside);
      return std::nullopt;
    }
    if (range.from && range.to && *range.to < *range.from)
      rep.warning(line_no, col, "date range ends before it starts", inside);
    dc.range = range;
  }
  return dc;
}

std::vector<std::string_view> bracket_groups(std::string_view s, std::string_view line, Reporter& rep,
                                             uint32_t line_no) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while ((pos = s.find('[', pos)) != std::string_view::npos) {
    size_t close = s.find(']', pos + 1);
    size_t next_open = s.find('[', pos + 1);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      size_t limit = next_open == std::string_view::npos ? s.size() : next_open;
      size_t brace = s.substr(0, limit).find('}', pos + 1);
      if (brace != std::string_view::npos) {
        rep.warning(line_no, column_of(line, s.substr(brace)), "code bracket closed by '}'; read as ']'", line);
        close = brace;
      } else {
        rep.warning(line_no, column_of(line, s.substr(pos)), "code bracket without ']'", line);
        close = limit;
      }
    }
    out.push_back(s.substr(pos + 1, close - pos - 1));
    pos = close < s.size() ? close + 1 : s.size();
  }
  return out;
}

void order_codes(std::vector<DatedCode>& codes) {
  std::stable_partition(codes.begin(), codes.end(), [](const DatedCode& c) { return c.range.has_value(); });
}

std::string key_of(std::string_view word) { return normalize_key(word); }

std::vector<std::string> keys_of(std::string_view word) {
  std::vector<std::string> out;
  // The tokenizer knows abbreviations ("St.") only when capitalised, as names
  // are in stories; peer dictionaries are upper case, so tokenise as written.
  std::vector<Token> toks = tokenize(word, Span{0, static_cast<uint32_t>(word.size())});
  for (const Token& t : toks) {
    if (t.flags & kTokHyphenPart) continue;
    std::string key = normalize_key(word.substr(t.span.begin, t.span.end - t.span.begin));
    if (!key.empty()) out.push_back(std::move(key));
  }
  if (out.empty()) {
    std::string key = normalize_key(word);
    if (!key.empty()) out.push_back(std::move(key));
  }
  return out;
}

Phrase make_phrase(std::string_view text, const PhraseStyle& style) {
  Phrase p;
  std::string_view t = trim(text);
  if (style.equals_no_forms && !t.empty() && t.back() == '=') {
    p.no_forms = true;
    t = trim(t.substr(0, t.size() - 1));
  }
  bool last_complete = false;   // the last word ended with '_'
  bool pending_gap = false;
  std::string word;
  auto flush = [&](bool complete) {
    if (word.empty()) return;
    std::vector<std::string> keys = keys_of(word);
    word.clear();
    if (keys.empty()) return;
    if (!p.words.empty() && style.stems && !last_complete) p.words.back().push_back('*');
    for (size_t k = 0; k < keys.size(); ++k) {
      if (style.blank_is_gap) p.gap_before.push_back(k == 0 && !p.words.empty() && pending_gap);
      p.words.push_back(std::move(keys[k]));
    }
    last_complete = complete;
    pending_gap = false;
  };
  for (char c : t) {
    if (c == '_' || (style.hyphen_joins && c == '-')) {
      flush(true);
      if (!p.words.empty()) last_complete = true;
    } else if (is_blank(c)) {
      bool had_word = !word.empty();
      flush(false);
      if (had_word || !p.words.empty()) pending_gap = true;
    } else {
      word.push_back(c);
    }
  }
  bool ended_with_word = !word.empty();
  flush(false);
  bool trailing_underscore = !t.empty() && (t.back() == '_' || (style.hyphen_joins && t.back() == '-'));
  if (style.underscore_no_forms && trailing_underscore) p.no_forms = true;
  // Why: TABARI's '=' asks for the word exactly as written ("BAN=" must not
  // take "baning"), so it is no stem either.
  if (style.stems && !p.words.empty()) p.stem_last = !p.no_forms && (ended_with_word || !trailing_underscore);
  if (style.blank_is_gap && std::none_of(p.gap_before.begin(), p.gap_before.end(), [](bool b) { return b; }))
    p.gap_before.clear();
  return p;
}

std::optional<EventCodeSpec> parse_event_code(std::string_view inside) {
  std::string s;
  for (char c : inside)
    if (!is_blank(c)) s.push_back(c);
  if (s.empty()) return std::nullopt;
  EventCodeSpec spec;
  if (s.back() == '?' || s.back() == '!') {
    spec.strength = s.back() == '?' ? CodeStrength::kSubordinate : CodeStrength::kDominant;
    s.pop_back();
  }
  size_t colon = s.find(':');
  std::string code = s.substr(0, colon);
  auto ok = [](const std::string& c) {
    if (c == "---" || c == "###" || c == "+++") return true;
    return !c.empty() && std::all_of(c.begin(), c.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch)) != 0;
    });
  };
  spec.code = code;
  if (colon != std::string::npos) {
    spec.paired = s.substr(colon + 1);
    if (!ok(spec.paired)) return std::nullopt;
    // PETRARCH-2 writes `[:173]`: no source->target code, only the paired one.
    if (code.empty()) return spec;
  }
  if (!ok(code)) return std::nullopt;
  return spec;
}

bool PetrarchLines::next(std::string_view* line) {
  std::string_view raw;
  if (!lines_.next(&raw)) {
    if (in_comment_) rep_.warning(comment_line_, 1, "comment '<!--' is never closed", "<!--");
    in_comment_ = false;
    return false;
  }
  buf_.assign(raw);
  size_t pos = 0;
  while (pos < buf_.size()) {
    if (in_comment_) {
      size_t end = buf_.find("-->", pos);
      size_t stop = end == std::string::npos ? buf_.size() : end + 3;
      std::fill(buf_.begin() + static_cast<long>(pos), buf_.begin() + static_cast<long>(stop), ' ');
      if (end == std::string::npos) break;
      in_comment_ = false;
      pos = stop;
      continue;
    }
    size_t open = buf_.find("<!", pos);
    size_t hash = buf_.find('#', pos);
    if (open == std::string::npos || (hash != std::string::npos && hash < open)) break;
    if (buf_.compare(open, 4, "<!--") != 0) {
      rep_.warning(line_number(), static_cast<uint32_t>(open + 1),
                   "malformed comment opener (not '<!--'); rest of the line ignored, as PETRARCH does", raw);
      std::fill(buf_.begin() + static_cast<long>(open), buf_.end(), ' ');
      break;
    }
    in_comment_ = true;
    comment_line_ = line_number();
    std::fill(buf_.begin() + static_cast<long>(open), buf_.begin() + static_cast<long>(open + 4), ' ');
    pos = open + 4;
  }
  *line = buf_;
  return true;
}

}  // namespace dyad::peer
