// PETRARCH issue phrases (`<ISSUE CATEGORY="...">` blocks) and the PETRARCH-2
// internal coding ontology (`CAMEO:HEXEXPR` lines); field.md 6.5-6.6.
#include <algorithm>
#include <cctype>

#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

namespace {

// PETRARCH phrases: '_' and blanks join adjacent words, no stems.
const peer::PhraseStyle kIssueStyle{false, false, false, false, true};

class IssueReader {
 public:
  IssueReader(std::string_view name, DictionarySet& set, std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "petrarch", set, diags) {}

  Status run(std::string_view text) {
    peer::PetrarchLines lines(text, rep_);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      std::string_view t = peer::trim(peer::strip_hash_comment(line));
      if (t.empty()) continue;
      if (peer::starts_with_ci(t, "<ISSUE")) open_block(line, t);
      else if (peer::starts_with_ci(t, "</ISSUE")) category_.clear();
      else if (category_.empty()) rep_.error(line_no_, col(line, t), "issue phrase outside an <ISSUE> block", t);
      else phrase_line(line, t);
    }
    if (!category_.empty()) rep_.warning(line_no_, 1, "<ISSUE> block not closed at end of file", category_);
    return rep_.status();
  }

 private:
  uint32_t col(std::string_view line, std::string_view part) const { return peer::column_of(line, part); }

  void open_block(std::string_view line, std::string_view t) {
    size_t key = peer::upper_ascii(t).find("CATEGORY");
    size_t q1 = key == std::string::npos ? key : t.find('"', key);
    size_t q2 = q1 == std::string::npos ? q1 : t.find('"', q1 + 1);
    if (q2 == std::string_view::npos) {
      rep_.error(line_no_, col(line, t), "<ISSUE> without CATEGORY=\"...\"", t);
      category_ = "?";
      return;
    }
    category_ = std::string(t.substr(q1 + 1, q2 - q1 - 1));
    if (category_.empty()) rep_.warning(line_no_, col(line, t), "<ISSUE> with an empty category", t);
  }

  void add(std::string_view line, std::string_view t, const std::string& words, bool forms, bool ignore,
           const std::string& code) {
    IssuePhrase ip;
    ip.code = code;
    ip.ignore = ignore;
    ip.phrase = peer::make_phrase(words, kIssueStyle);
    ip.phrase.no_forms = !forms;
    ip.src = rep_.src(line_no_, col(line, t));
    if (ip.phrase.words.empty()) {
      rep_.error(line_no_, col(line, t), "issue phrase without words", t);
      return;
    }
    set_.issues.push_back(std::move(ip));
  }

  void phrase_line(std::string_view line, std::string_view t) {
    std::string code = category_;
    std::string_view body = t;
    size_t bracket = t.find('[');
    if (bracket != std::string_view::npos) {
      size_t close = t.find(']', bracket);
      code = std::string(peer::trim(t.substr(bracket + 1, close == t.npos ? t.npos : close - bracket - 1)));
      body = peer::trim(t.substr(0, bracket));
      if (code.empty()) code = category_;
    }
    if (body[0] == '~') {
      std::string_view w = body.substr(body.size() > 1 && body[1] == '~' ? 2 : 1);
      return add(line, t, std::string(w), false, true, code);
    }
    if (body.size() > 2 && (body[0] == 'n' || body[0] == 'v' || body[0] == 'N' || body[0] == 'V') && body[1] == ':')
      return add(line, t, std::string(body.substr(2)), true, false, code);
    if (body[0] == '+') {
      // Blank and hyphen variants: "+ANTI_WAR" -> "anti war" and "anti-war".
      std::string words(peer::trim(body.substr(1)));
      add(line, t, words, false, false, code);
      std::string hyphen;
      for (char c : words) hyphen.push_back(c == '_' || peer::is_blank(c) ? '-' : c);
      if (hyphen != words) add(line, t, hyphen, false, false, code);
      return;
    }
    add(line, t, std::string(body), false, false, code);
  }

  DictionarySet& set_;
  Reporter rep_;
  std::string category_;
  uint32_t line_no_ = 0;
};

// ------------------------------------------------------------------ ontology

// "0x1000-0xFFFF", "-0xFFFF+0x2045+0x300", "0"; modulo 2^32.
bool ontology_value(std::string_view expr, uint32_t* value) {
  uint32_t v = 0;
  size_t i = 0;
  bool any = false;
  while (i < expr.size()) {
    bool neg = false;
    if (expr[i] == '+' || expr[i] == '-') neg = expr[i++] == '-';
    else if (any) return false;
    int base = 10;
    if (i + 1 < expr.size() && expr[i] == '0' && (expr[i + 1] == 'x' || expr[i + 1] == 'X')) {
      base = 16;
      i += 2;
    }
    uint64_t term = 0;
    size_t start = i;
    while (i < expr.size() && std::isxdigit(static_cast<unsigned char>(expr[i]))) {
      int d = std::isdigit(static_cast<unsigned char>(expr[i])) ? expr[i] - '0' : (std::toupper(expr[i]) - 'A' + 10);
      if (d >= base || term > 0xFFFFFFFFull) return false;
      term = term * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
      ++i;
    }
    if (i == start || term > 0xFFFFFFFFull) return false;
    v = neg ? v - static_cast<uint32_t>(term) : v + static_cast<uint32_t>(term);
    any = true;
  }
  *value = v;
  return any;
}

Status parse_ontology(std::string_view text, std::string_view name, DictionarySet& set,
                      std::vector<Diagnostic>& diags) {
  Reporter rep(name, "petrarch", set, diags);
  peer::LineReader lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view t = peer::trim(peer::strip_hash_comment(line));
    if (t.empty()) continue;
    uint32_t col = peer::column_of(line, t);
    size_t colon = t.find(':');
    std::string_view code = colon == t.npos ? t : peer::trim(t.substr(0, colon));
    bool code_ok = code == "---" || (!code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
                     return std::isalnum(static_cast<unsigned char>(c)) != 0;
                   }));
    OntologyEntry e;
    std::string expr;
    for (char c : colon == t.npos ? std::string_view() : t.substr(colon + 1))
      if (!peer::is_blank(c)) expr.push_back(c);
    if (colon == t.npos || !code_ok || !ontology_value(expr, &e.value)) {
      rep.error(lines.line_number(), col, "ontology line must be CODE:HEXEXPR (e.g. 011:0x1000-0xFFFF)", t);
      continue;
    }
    e.code = std::string(code);
    e.src = rep.src(lines.line_number(), col);
    set.ontology.push_back(std::move(e));
  }
  return rep.status();
}

}  // namespace

Status parse_petrarch_issues_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags) {
  return IssueReader(name, set, diags).run(text);
}

Status parse_petrarch_ontology_text(std::string_view text, std::string_view name, DictionarySet& set,
                                    std::vector<Diagnostic>& diags) {
  return parse_ontology(text, name, set, diags);
}

Status read_petrarch_issues(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_petrarch_issues_text(text, name, set, diags);
  });
}

Status read_petrarch_ontology(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_petrarch_ontology_text(text, name, set, diags);
  });
}

}  // namespace dyad
