// TABARI .options commands and .project files (field.md 6.3).
//
// Options are kept verbatim in DictionarySet::options and parsed into
// TabariOptionCommand; the engine applies them (TabariOptions::apply) for the
// whole run and for each `{ OPTION: ... }` record of a suite.
#include <cctype>
#include <filesystem>

#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

namespace {

// Collapses blanks to single spaces and upper-cases.
std::string canonical(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : peer::trim(s)) {
    if (peer::is_blank(c)) {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back(' ');
    blank = false;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

std::optional<int> to_int(std::string_view s) {
  s = peer::trim(s);
  if (s.empty() || s.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<bool> to_bool(std::string_view s) {
  std::string v = canonical(s);
  if (v == "TRUE" || v == "T" || v == "YES" || v == "ON" || v == "1") return true;
  if (v == "FALSE" || v == "F" || v == "NO" || v == "OFF" || v == "0") return false;
  return std::nullopt;
}

Status bad(std::string why, std::string_view text) {
  return Status(ErrorCode::kParseError, std::move(why) + ": " + std::string(text));
}

// SET: NAME [= VALUE]; the flags TABARI knows are checked here.
Status check_set(const TabariOptionCommand& c) {
  const std::string& n = c.name;
  if (n == "CONVERT AGENT" || n == "CONVERT AGENTS" || n == "TIME SHIFT" || n == "YYYY" || n == "LABEL") {
    if (!to_bool(c.value)) return bad("SET: " + n + " needs TRUE or FALSE", c.text);
  } else if (n == "MINIMUM WORDS") {
    if (!to_int(c.value)) return bad("SET: MINIMUM WORDS needs a number", c.text);
  } else if (n.empty()) {
    return bad("SET: without a flag", c.text);
  }
  return Status::Ok();
}

// COMMA: MIN = 2 MAX = 10 ... or OFF.
Status check_comma(const TabariOptionCommand& c) {
  std::string v = canonical(c.value);
  if (v == "OFF") return Status::Ok();
  std::string spaced;
  for (char ch : v) {
    if (ch == '=') spaced += " = ";
    else spaced.push_back(ch);
  }
  std::string key;
  size_t pos = 0;
  std::string_view s = spaced;
  int state = 0;   // 0 key, 1 '=', 2 number
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view w = s.substr(pos, end - pos);
    pos = end;
    if (w.empty()) continue;
    if (state == 0) {
      if (w != "MIN" && w != "MAX" && w != "EMIN" && w != "EMAX" && w != "BMIN" && w != "BMAX")
        return bad("COMMA: unknown limit '" + std::string(w) + "'", c.text);
      state = 1;
    } else if (state == 1) {
      if (w != "=") return bad("COMMA: '=' expected", c.text);
      state = 2;
    } else {
      if (!to_int(w)) return bad("COMMA: number expected", c.text);
      state = 0;
    }
  }
  if (state != 0) return bad("COMMA: incomplete limit", c.text);
  return Status::Ok();
}

void apply_comma(const std::string& value, TabariOptions& o) {
  std::string v = canonical(value);
  o.comma_min = o.comma_max = o.comma_emin = o.comma_emax = o.comma_bmin = o.comma_bmax = std::nullopt;
  o.comma_off = v == "OFF";
  if (o.comma_off) return;
  std::string spaced;
  for (char ch : v) spaced += ch == '=' ? std::string(" ") : std::string(1, ch);
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < spaced.size()) {
    size_t end = spaced.find(' ', pos);
    if (end == std::string::npos) end = spaced.size();
    if (end > pos) words.push_back(spaced.substr(pos, end - pos));
    pos = end + 1;
  }
  for (size_t i = 0; i + 1 < words.size(); i += 2) {
    std::optional<int> n = to_int(words[i + 1]);
    const std::string& k = words[i];
    std::optional<int>* slot = k == "MIN"    ? &o.comma_min
                               : k == "MAX"  ? &o.comma_max
                               : k == "EMIN" ? &o.comma_emin
                               : k == "EMAX" ? &o.comma_emax
                               : k == "BMIN" ? &o.comma_bmin
                                             : &o.comma_bmax;
    *slot = n;
  }
}

void apply_default(const std::string& value, TabariOptions& o) {
  std::string v = canonical(value);
  o.default_source.clear();
  o.default_target.clear();
  o.default_source_prior = o.default_target_after = false;
  if (v == "OFF") return;
  auto code_after = [&](std::string_view key, size_t* end) {
    size_t k = v.find(key);
    if (k == std::string::npos) return std::string();
    size_t open = v.find('[', k);
    size_t close = v.find(']', open == std::string::npos ? k : open);
    if (open == std::string::npos || close == std::string::npos) return std::string();
    *end = close + 1;
    return std::string(peer::trim(std::string_view(v).substr(open + 1, close - open - 1)));
  };
  size_t src_end = 0, tgt_end = 0;
  o.default_source = code_after("SOURCE", &src_end);
  o.default_target = code_after("TARGET", &tgt_end);
  size_t tgt = v.find("TARGET");
  o.default_source_prior = v.find("PRIOR", src_end) != std::string::npos &&
                           (tgt == std::string::npos || v.find("PRIOR", src_end) < tgt);
  o.default_target_after = tgt_end > 0 && v.find("AFTER", tgt_end) != std::string::npos;
}

void apply_complex(const std::string& value, TabariOptions& o) {
  std::string v = canonical(value);
  o.complex_flags.clear();
  o.complex_verbs = o.complex_conj = std::nullopt;
  size_t pos = 0;
  while (pos < v.size()) {
    size_t end = v.find(' ', pos);
    if (end == std::string::npos) end = v.size();
    std::string w = v.substr(pos, end - pos);
    pos = end + 1;
    size_t open = w.find('[');
    if (open != std::string::npos && w.back() == ']') {
      std::optional<int> n = to_int(std::string_view(w).substr(open + 1, w.size() - open - 2));
      if (w.compare(0, open, "VERBS") == 0) o.complex_verbs = n;
      else if (w.compare(0, open, "CONJ") == 0) o.complex_conj = n;
      else o.complex_flags.push_back(w);
    } else if (!w.empty()) {
      o.complex_flags.push_back(w);
    }
  }
}

}  // namespace

Result<TabariOptionCommand> parse_tabari_option(std::string_view line) {
  std::string_view t = peer::trim(line);
  if (peer::starts_with_ci(t, "OPTION:")) t = peer::trim(t.substr(7));
  size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0) return bad("option command without 'NAME:'", t);
  // TABARI looks only at the first four letters of the command word.
  std::string word = peer::upper_ascii(peer::trim(t.substr(0, colon)));
  std::string head = word.substr(0, 4);
  TabariOptionCommand c;
  c.text = std::string(t);
  c.value = std::string(peer::trim(t.substr(colon + 1)));
  using K = TabariOptionCommand::Kind;
  if (word == "SET") {
    c.kind = K::kSet;
    std::string body = canonical(c.value);
    size_t eq = body.find('=');
    c.name = std::string(peer::trim(std::string_view(body).substr(0, eq)));
    c.value = eq == std::string::npos ? "" : std::string(peer::trim(std::string_view(body).substr(eq + 1)));
    Status s = check_set(c);
    if (!s.ok()) return s;
    return c;
  }
  if (head == "LABE") {
    c.kind = K::kLabel;
    size_t eq = c.value.find('=');
    if (eq == std::string::npos) return bad("LABEL: needs CODE=TEXT", t);
    c.name = std::string(peer::trim(std::string_view(c.value).substr(0, eq)));
    c.value = std::string(peer::trim(std::string_view(c.value).substr(eq + 1)));
    return c;
  }
  if (head == "DEFA") c.kind = K::kDefault;
  else if (head == "COMP") c.kind = K::kComplex;
  else if (head == "FORW") c.kind = K::kForward;
  else if (head == "COMM") c.kind = K::kComma;
  else if (head == "NONE") c.kind = K::kNonevents;
  else if (head == "OUTP") c.kind = K::kOutput;
  else return bad("unknown option command", t);
  if (c.kind == K::kComma) {
    Status s = check_comma(c);
    if (!s.ok()) return s;
  }
  if (c.kind == K::kDefault && canonical(c.value) != "OFF" && c.value.find('[') == std::string::npos)
    return bad("DEFAULT: needs SOURCE [CODE] and/or TARGET [CODE], or OFF", t);
  return c;
}

void TabariOptions::apply(const TabariOptionCommand& cmd) {
  using K = TabariOptionCommand::Kind;
  switch (cmd.kind) {
    case K::kSet: {
      const std::string& n = cmd.name;
      if (n == "CONVERT AGENT" || n == "CONVERT AGENTS") convert_agent = to_bool(cmd.value);
      else if (n == "TIME SHIFT") time_shift = to_bool(cmd.value);
      else if (n == "YYYY") yyyy = to_bool(cmd.value);
      else if (n == "LABEL") label = to_bool(cmd.value);
      else if (n == "MINIMUM WORDS") minimum_words = to_int(cmd.value);
      else if (n == "CODE BY CLAUSE") code_by = CodeBy::kClause;
      else if (n == "CODE BY SENTENCE") code_by = CodeBy::kSentence;
      else if (n == "CODE ALL") code_by = CodeBy::kAll;
      else other_sets[n] = cmd.value;
      break;
    }
    case K::kLabel: labels[cmd.name] = cmd.value; break;
    case K::kDefault: apply_default(cmd.value, *this); break;
    case K::kComplex: apply_complex(cmd.value, *this); break;
    case K::kForward: forward = canonical(cmd.value); break;
    case K::kComma: apply_comma(cmd.value, *this); break;
    case K::kNonevents: nonevents = canonical(cmd.value); break;
    case K::kOutput: {
      output.clear();
      std::string v = canonical(cmd.value);
      size_t pos = 0;
      while (pos < v.size()) {
        size_t end = v.find(' ', pos);
        if (end == std::string::npos) end = v.size();
        output.push_back(v.substr(pos, end - pos));
        pos = end + 1;
      }
      break;
    }
  }
}

Status parse_tabari_options_text(std::string_view text, std::string_view name, DictionarySet& set,
                                 std::vector<Diagnostic>& diags, TabariOptions* options) {
  Reporter rep(name, "tabari", set, diags);
  peer::LineReader lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view t = peer::trim(line);
    if (t.empty() || t[0] == '#' || t.substr(0, 2) == "//") continue;
    if (t[0] == '~') break;   // end marker (`~~~~~`, `~FINISH`)
    Result<TabariOptionCommand> cmd = parse_tabari_option(t);
    uint32_t col = peer::column_of(line, t);
    if (!cmd.ok()) {
      rep.error(lines.line_number(), col, cmd.status().message(), t);
      continue;
    }
    set.options.push_back(cmd->text);
    if (options) options->apply(*cmd);
  }
  return rep.status();
}

Status read_tabari_options(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags,
                           TabariOptions* options) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_tabari_options_text(text, name, set, diags, options);
  });
}

// ------------------------------------------------------------------ project

Status read_tabari_project(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags,
                           TabariOptions* options) {
  Result<std::string> text = peer::read_file(path);
  if (!text.ok()) {
    diags.push_back(Diagnostic{Diagnostic::Severity::kError, path, 0, 0, text.status().message(), ""});
    return text.status();
  }
  size_t errors_before = 0;
  for (const Diagnostic& d : diags) errors_before += d.severity == Diagnostic::Severity::kError;
  Reporter rep(path, "tabari", set, diags);
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  peer::LineReader lines(*text);
  std::string_view line;
  Status first_failure;
  while (lines.next(&line)) {
    std::string_view t = peer::trim(line);
    if (lines.line_number() == 1 || t.empty() || t[0] != '<') continue;   // title line, run-log text
    size_t close = t.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag = peer::upper_ascii(t.substr(1, close - 1));
    std::string_view file = peer::trim(t.substr(close + 1));
    bool known = tag == "ACTORSFILE" || tag == "VERBSFILE" || tag == "AGENTSFILE" || tag == "OPTIONSFILE";
    if (!known) continue;   // textfile, eventfile, errorfile, problemfile, issuesfile, coder, session
    uint32_t col = peer::column_of(line, t);
    if (file.empty()) {
      rep.error(lines.line_number(), col, "<" + tag + "> without a file name", t);
      continue;
    }
    std::string full = (dir / std::string(file)).string();
    Status s = tag == "ACTORSFILE"  ? read_tabari_actors(full, set, diags)
               : tag == "VERBSFILE" ? read_tabari_verbs(full, set, diags)
               : tag == "AGENTSFILE" ? read_tabari_agents(full, set, diags)
                                     : read_tabari_options(full, set, diags, options);
    if (!s.ok() && first_failure.ok()) first_failure = s;
  }
  size_t errors = 0;
  for (const Diagnostic& d : diags) errors += d.severity == Diagnostic::Severity::kError;
  if (errors > errors_before)
    return Status(ErrorCode::kParseError, std::to_string(errors - errors_before) + " error(s) in TABARI project",
                  SourceLocation{path, 0, 0});
  return first_failure;
}

}  // namespace dyad
