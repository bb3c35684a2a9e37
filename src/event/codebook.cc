// Reading the codebook table (docs/dictionaries.md, "Codebook (cameo.txt)").
//
// A line is `code CODE "NAME" attr value ...`. Lines are tokenised (a quoted
// token runs to the next '"'), each token remembering its column so errors can
// point at it. After all lines are read the table is checked as a whole:
// every code's root must be listed, and `goldstein_from` / `plover_from` must
// name a listed ancestor whose value the entry really carries, so a hand edit
// that changes a parent without its children is caught at load time.
#include "dyad/codebook.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "event/text_escape.h"

namespace dyad {

namespace {

// The 16 PLOVER event types (PLOVER manual, "Event Categories").
constexpr std::string_view kPloverTypes[] = {
    "AGREE",   "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",   "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT",
};

struct Token {
  std::string_view text;   // without the quotes for a quoted token
  uint32_t column = 0;     // 1-based byte column of its first character
  bool quoted = false;
};

// Parses one file; `file` names it in messages.
class Reader {
 public:
  explicit Reader(std::string_view file) : file_(file) {}

  Status error(uint64_t line, uint32_t column, std::string message) const {
    return Status(ErrorCode::kParseError, std::move(message), SourceLocation{file_, line, column});
  }

  Status read_line(std::string_view text, uint64_t line_no, CodebookEntry* out, bool* has_entry);

 private:
  Status tokenize(std::string_view text, uint64_t line_no, std::vector<Token>* tokens) const;
  Status read_attributes(const std::vector<Token>& tokens, uint64_t line_no, CodebookEntry* e) const;
  Status read_attribute(const Token& key, const Token& value, uint64_t line_no, CodebookEntry* e) const;

  std::string file_;
};

bool is_code(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

// The line without its comment ('#' outside double quotes) and trailing blanks.
std::string_view strip_comment(std::string_view line) {
  bool quoted = false;
  size_t end = line.size();
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == '#' && !quoted) {
      end = i;
      break;
    }
  }
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) --end;
  return line.substr(0, end);
}

Status Reader::tokenize(std::string_view text, uint64_t line_no, std::vector<Token>* tokens) const {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    Token t;
    t.column = static_cast<uint32_t>(i + 1);
    if (text[i] == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) return error(line_no, t.column, "unterminated quoted name");
      t.text = text.substr(i + 1, close - i - 1);
      t.quoted = true;
      i = close + 1;
    } else {
      size_t end = text.find_first_of(" \t\"", i);
      if (end == std::string_view::npos) end = text.size();
      t.text = text.substr(i, end - i);
      i = end;
    }
    tokens->push_back(t);
  }
  return Status::Ok();
}

Status Reader::read_line(std::string_view raw, uint64_t line_no, CodebookEntry* e, bool* has_entry) {
  *has_entry = false;
  std::string_view text = strip_comment(raw);
  if (text.find_first_not_of(" \t") == std::string_view::npos) return Status::Ok();
  if (text[0] == ' ' || text[0] == '\t') {
    return error(line_no, 1, "unexpected indented line (codebook lines start with 'code' in column 1)");
  }
  if (!internal::is_valid_utf8(text)) {
    return Status(ErrorCode::kInvalidUtf8, "line is not valid UTF-8", SourceLocation{file_, line_no, 0});
  }
  std::vector<Token> tokens;
  if (Status s = tokenize(text, line_no, &tokens); !s.ok()) return s;
  if (tokens[0].text != "code" || tokens[0].quoted) {
    return error(line_no, 1, "unknown keyword '" + std::string(tokens[0].text) + "' (expected 'code')");
  }
  if (tokens.size() < 3) return error(line_no, 1, "expected: code CODE \"NAME\" goldstein G quad Q ...");
  if (tokens[1].quoted || !is_code(tokens[1].text)) {
    return error(line_no, tokens[1].column, "bad code '" + std::string(tokens[1].text) +
                                                "' (letters and digits, at least two)");
  }
  if (!tokens[2].quoted || tokens[2].text.empty()) {
    return error(line_no, tokens[2].column, "expected the code's name in double quotes");
  }
  e->code = tokens[1].text;
  e->name = tokens[2].text;
  e->line = static_cast<uint32_t>(line_no);
  if (Status s = read_attributes(tokens, line_no, e); !s.ok()) return s;
  *has_entry = true;
  return Status::Ok();
}

Status Reader::read_attributes(const std::vector<Token>& tokens, uint64_t line_no, CodebookEntry* e) const {
  std::vector<std::string_view> seen;
  for (size_t i = 3; i < tokens.size(); i += 2) {
    const Token& key = tokens[i];
    if (i + 1 >= tokens.size()) return error(line_no, key.column, "'" + std::string(key.text) + "' needs a value");
    if (std::find(seen.begin(), seen.end(), key.text) != seen.end()) {
      return error(line_no, key.column, "'" + std::string(key.text) + "' given twice");
    }
    seen.push_back(key.text);
    if (Status s = read_attribute(key, tokens[i + 1], line_no, e); !s.ok()) return s;
  }
  auto has = [&](std::string_view k) { return std::find(seen.begin(), seen.end(), k) != seen.end(); };
  if (!has("goldstein")) return error(line_no, 0, "missing 'goldstein'");
  if (!has("quad")) return error(line_no, 0, "missing 'quad'");
  if (!has("plover") && (has("mode") || has("context") || has("plover_from"))) {
    return error(line_no, 0, "'mode', 'context' and 'plover_from' need 'plover TYPE'");
  }
  return Status::Ok();
}

bool read_number(std::string_view text, double* out) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

Status Reader::read_attribute(const Token& key, const Token& value, uint64_t line_no, CodebookEntry* e) const {
  const std::string v(value.text);
  if (value.quoted) return error(line_no, value.column, "unexpected quoted value for '" + std::string(key.text) + "'");
  if (key.text == "goldstein") {
    if (!read_number(v, &e->goldstein) || e->goldstein < -10.0 || e->goldstein > 10.0) {
      return error(line_no, value.column, "goldstein must be a number from -10 to 10, not '" + v + "'");
    }
  } else if (key.text == "quad") {
    if (v.size() != 1 || v[0] < '1' || v[0] > '4') {
      return error(line_no, value.column, "quad must be 1, 2, 3 or 4, not '" + v + "'");
    }
    e->quad = v[0] - '0';
  } else if (key.text == "plover") {
    bool known = false;
    for (std::string_view t : kPloverTypes) known = known || t == v;
    if (!known) return error(line_no, value.column, "unknown PLOVER event type '" + v + "'");
    e->plover_type = v;
  } else if (key.text == "mode") {
    e->plover_mode = v;
  } else if (key.text == "context") {
    std::string_view rest = value.text;
    while (true) {
      size_t comma = rest.find(',');
      std::string_view item = rest.substr(0, comma);
      if (item.empty()) return error(line_no, value.column, "empty item in context list '" + v + "'");
      e->plover_contexts.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  } else if (key.text == "goldstein_from" || key.text == "plover_from") {
    if (!is_code(v)) return error(line_no, value.column, "bad code '" + v + "'");
    (key.text == "goldstein_from" ? e->goldstein_from : e->plover_from) = v;
  } else {
    return error(line_no, key.column, "unknown attribute '" + std::string(key.text) + "'");
  }
  return Status::Ok();
}

// `from` must be a listed proper prefix of the entry's code.
const CodebookEntry* ancestor(const EventCodebook& cb, const CodebookEntry& e, const std::string& from) {
  if (from.size() >= e.code.size() || e.code.compare(0, from.size(), from) != 0) return nullptr;
  return cb.lookup(from);
}

// Checks that need the whole table.
Status check_table(const EventCodebook& cb, const Reader& reader) {
  for (const CodebookEntry& e : cb.entries()) {
    if (!cb.lookup(e.code.substr(0, 2))) {
      return reader.error(e.line, 0, "code " + e.code + ": its root " + e.code.substr(0, 2) + " is not listed");
    }
    if (!e.goldstein_from.empty()) {
      const CodebookEntry* a = ancestor(cb, e, e.goldstein_from);
      if (!a || a->goldstein != e.goldstein) {
        return reader.error(e.line, 0, "code " + e.code + ": goldstein_from " + e.goldstein_from +
                                           " must name a listed ancestor with the same goldstein value");
      }
    }
    if (!e.plover_from.empty()) {
      const CodebookEntry* a = ancestor(cb, e, e.plover_from);
      if (!a || a->plover_type != e.plover_type) {
        return reader.error(e.line, 0, "code " + e.code + ": plover_from " + e.plover_from +
                                           " must name a listed ancestor with the same PLOVER type");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<EventCodebook> EventCodebook::parse(std::string_view text, std::string_view file_name) {
  Reader reader(file_name);
  EventCodebook cb;
  uint64_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    CodebookEntry e;
    bool has_entry = false;
    if (Status s = reader.read_line(text.substr(pos, nl - pos), line_no, &e, &has_entry); !s.ok()) return s;
    pos = nl + 1;
    if (!has_entry) continue;
    auto [it, inserted] = cb.index_.emplace(e.code, cb.entries_.size());
    if (!inserted) {
      return reader.error(line_no, 0, "duplicate code " + e.code + " (first at line " +
                                          std::to_string(cb.entries_[it->second].line) + ")");
    }
    cb.entries_.push_back(std::move(e));
  }
  if (Status s = check_table(cb, reader); !s.ok()) return s;
  return cb;
}

Result<EventCodebook> EventCodebook::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open codebook " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read codebook " + path);
  return parse(text.str(), path);
}

const CodebookEntry* EventCodebook::lookup(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

const CodebookEntry* EventCodebook::resolve(std::string_view code) const {
  if (const CodebookEntry* e = lookup(code)) return e;
  // CAMEO's hierarchy: a 4-digit code refines its 3-digit parent, which
  // refines its root.
  for (size_t len : {size_t{3}, size_t{2}}) {
    if (code.size() <= len) continue;
    if (const CodebookEntry* e = lookup(code.substr(0, len))) return e;
  }
  return nullptr;
}

std::optional<int> EventCodebook::quad_for_root(std::string_view code_or_root) {
  if (code_or_root.size() < 2) return std::nullopt;
  const char a = code_or_root[0], b = code_or_root[1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return std::nullopt;
  const int root = (a - '0') * 10 + (b - '0');
  if (root < 1 || root > 20) return std::nullopt;
  // GDELT QuadClass (field.md section 4): 01-05 verbal cooperation, 06-08 material
  // cooperation, 09-13 verbal conflict, 14-20 material conflict.
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

}  // namespace dyad
