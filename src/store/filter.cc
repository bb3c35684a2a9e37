// EventFilter: validation and compilation to SQL. Values are only ever bound
// parameters; the SQL text is built from fixed fragments chosen by which
// members are set, so no user byte can reach the statement itself.
#include <utf8proc.h>

#include <cctype>
#include <string>
#include <vector>

#include "store/store_internal.h"
#include "text/utf8.h"

namespace dyad {
namespace {

bool is_code(std::string_view s) {
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  }
  return true;
}

Status bad(const std::string& what, std::string_view value) {
  return Status(ErrorCode::kInvalidArgument, what + ": \"" + std::string(value) + "\" (letters, digits, _ and - only)");
}

// Words of a full-text query; a trailing '*' asks for a prefix match.
struct Term {
  std::string word;
  bool prefix = false;
};

// A character of a word, as FTS5's unicode61 tokenizer counts them (its
// default categories L*, N* and Co): each term is then exactly one token,
// which an index without positions (detail=none) requires.
bool is_term_char(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO) || c == UTF8PROC_CATEGORY_CO;
}

std::vector<Term> text_terms(std::string_view text) {
  std::vector<Term> out;
  Term cur;
  auto flush = [&] {
    if (!cur.word.empty()) out.push_back(cur);
    cur = Term{};
  };
  for (size_t i = 0; i < text.size();) {
    internal::Decoded d = internal::decode_utf8(text, i);
    if (d.valid && is_term_char(d.cp)) {
      cur.word.append(text.substr(i, d.len));
    } else if (d.cp == '*' && !cur.word.empty()) {
      cur.prefix = true;
      flush();
    } else {
      flush();
    }
    i += d.len;
  }
  flush();
  return out;
}

// FTS5 query: every term quoted (no operator can be injected), ANDed.
std::string fts5_query(const std::vector<Term>& terms) {
  std::string q;
  for (const Term& t : terms) {
    if (!q.empty()) q += ' ';
    q += '"' + t.word + '"';
    if (t.prefix) q += '*';
  }
  return q;
}

// PostgreSQL tsquery: terms are alphanumeric, so the syntax is ours alone.
std::string tsquery(const std::vector<Term>& terms) {
  std::string q;
  for (const Term& t : terms) {
    if (!q.empty()) q += " & ";
    q += t.word;
    if (t.prefix) q += ":*";
  }
  return q;
}

void add_prefix(std::string& sql, const char* column, const std::string& prefix, store::Params* params) {
  sql += std::string("(e.") + column + " >= ? AND e." + column + " < ?)";
  params->push_back(prefix);
  params->push_back(store::prefix_end(prefix));
}

}  // namespace

Status EventFilter::validate() const {
  if (!is_code(source)) return bad("--source", source);
  if (!is_code(target)) return bad("--target", target);
  if (dyad) {
    if (dyad->first.empty() || dyad->second.empty()) {
      return Status(ErrorCode::kInvalidArgument, "--dyad needs two actor codes: A,B");
    }
    if (!is_code(dyad->first)) return bad("--dyad", dyad->first);
    if (!is_code(dyad->second)) return bad("--dyad", dyad->second);
  }
  if (!is_code(code)) return bad("--code", code);
  if (!is_code(root)) return bad("--root", root);
  if (quad && (*quad < 1 || *quad > 4)) {
    return Status(ErrorCode::kInvalidArgument, "--quad must be 1..4, not " + std::to_string(*quad));
  }
  if (from && to && *to < *from) return Status(ErrorCode::kInvalidArgument, "--to is before --from");
  if (!text.empty() && text_terms(text).empty()) {
    return Status(ErrorCode::kInvalidArgument, "--text has no words: \"" + text + "\"");
  }
  if (limit < 0 || offset < 0) return Status(ErrorCode::kInvalidArgument, "--limit and offset must be >= 0");
  return Status::Ok();
}

namespace store {

std::string prefix_end(std::string_view prefix) {
  std::string out(prefix);
  // Codes are ASCII (validated), so bumping the last byte gives the first
  // string after every string that starts with the prefix.
  while (!out.empty() && static_cast<unsigned char>(out.back()) == 0xFF) out.pop_back();
  if (!out.empty()) out.back() = static_cast<char>(out.back() + 1);
  else out = "\xFF";
  return out;
}

std::string compile_where(const EventFilter& f, Backend backend, Params* params) {
  std::vector<std::string> parts;
  auto add = [&](std::string s) { parts.push_back(std::move(s)); };
  if (!f.source.empty()) {
    std::string s;
    add_prefix(s, "source", f.source, params);
    add(s);
  }
  if (!f.target.empty()) {
    std::string s;
    add_prefix(s, "target", f.target, params);
    add(s);
  }
  if (f.dyad) {
    std::string s = "((";
    add_prefix(s, "source", f.dyad->first, params);
    s += " AND ";
    add_prefix(s, "target", f.dyad->second, params);
    s += ") OR (";
    add_prefix(s, "source", f.dyad->second, params);
    s += " AND ";
    add_prefix(s, "target", f.dyad->first, params);
    s += "))";
    add(s);
  }
  // With a dyad, the date bounds are checked inside the dyad's index ("+"
  // keeps SQLite from searching by date instead): SQLite's planner rates a
  // two-sided date range above the dyad's two prefix ranges, and then reads
  // every event of the year to find one pair's few hundred.
  const char* day = f.dyad ? "+e.day" : "e.day";
  if (f.from) {
    add(std::string(day) + " >= ?");
    params->push_back(f.from->days_since_epoch());
  }
  if (f.to) {
    add(std::string(day) + " <= ?");
    params->push_back(f.to->days_since_epoch());
  }
  if (!f.code.empty()) {
    add("e.code = ?");
    params->push_back(f.code);
  }
  if (!f.root.empty()) {
    add("e.root = ?");
    params->push_back(f.root);
  }
  if (f.quad) {
    add("e.quad_class = ?");
    params->push_back(static_cast<int64_t>(*f.quad));
  }
  if (!f.place.empty()) {
    add("(e.place_country = ? OR lower(e.place_name) = lower(?))");
    params->push_back(f.place);
    params->push_back(f.place);
  }
  if (!f.text.empty()) {
    auto terms = text_terms(f.text);
    if (backend == Backend::kPostgres) {
      add("e.pk IN (SELECT m.event_pk FROM mentions m JOIN stories s ON s.pk = m.story_pk "
          "WHERE s.tsv @@ to_tsquery('simple', ?))");
      params->push_back(tsquery(terms));
    } else {
      add("e.pk IN (SELECT m.event_pk FROM mentions m WHERE m.story_pk IN "
          "(SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?))");
      params->push_back(fts5_query(terms));
    }
  }
  if (parts.empty()) return {};
  std::string out = " WHERE ";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += " AND ";
    out += parts[i];
  }
  return out;
}

// Shared with search_stories().
std::string story_text_condition(std::string_view text, Backend backend, Params* params) {
  auto terms = text_terms(text);
  if (backend == Backend::kPostgres) {
    params->push_back(tsquery(terms));
    return "s.tsv @@ to_tsquery('simple', ?)";
  }
  params->push_back(fts5_query(terms));
  return "s.pk IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)";
}

}  // namespace store
}  // namespace dyad
