// Reader for dyad's own dictionary text format (docs/dictionaries.md).
//
// Each line is classified by its first keyword. Lines in column 1 start a
// block; indented lines continue it. A line is split into content, an optional
// `@FILE:LINE:COL` provenance marker (written by the decompiler), an optional
// quoted note and an optional comment. Comments and blank lines are kept as
// trivia so that writing the set back reproduces the file. A bad line becomes
// one Diagnostic and is skipped; it never stops the rest of the file.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "dict/dict_internal.h"

namespace dyad {

namespace {

using internal::is_code;
using internal::parse_code_spec;
using internal::parse_phrase_list;
using internal::parse_range;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Trims the right only: leading blanks mark continuation lines.
std::string_view rtrim(std::string_view s) {
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// First blank-separated word of `s` and the rest (trimmed).
std::pair<std::string_view, std::string_view> split_word(std::string_view s) {
  s = trim(s);
  size_t i = 0;
  while (i < s.size() && !is_blank(s[i])) ++i;
  return {s.substr(0, i), trim(s.substr(i))};
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

// The parts of one line.
struct LineParts {
  std::string_view content;   // without note, provenance, comment; trimmed right
  std::string note;
  bool has_note = false;
  std::string trailing;       // comment with the blanks before it
  std::optional<EntrySource> provenance;
  std::string prov_file;
  std::string error;
};

size_t comment_start(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '"') {
      quoted = !quoted;
    } else if (line[i] == '#' && !quoted) {
      // "###" standing alone is the discard code, not a comment.
      bool alone = line.substr(i, 3) == "###" && (i == 0 || is_blank(line[i - 1])) &&
                   (i + 3 == line.size() || is_blank(line[i + 3]) || line[i + 3] == '\r');
      if (!alone) return i;
      i += 2;
    }
  }
  return line.size();
}

bool parse_u32(std::string_view s, uint32_t* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && !s.empty();
}

void take_provenance(LineParts* p) {
  std::string_view c = p->content;
  size_t at = c.rfind(" @");
  if (at == std::string_view::npos) return;
  std::string_view mark = c.substr(at + 2);
  size_t c2 = mark.rfind(':');
  size_t c1 = c2 == std::string_view::npos || c2 == 0 ? std::string_view::npos : mark.rfind(':', c2 - 1);
  EntrySource src;
  if (c1 == std::string_view::npos || c1 == 0 || !parse_u32(mark.substr(c1 + 1, c2 - c1 - 1), &src.line) ||
      !parse_u32(mark.substr(c2 + 1), &src.column)) {
    p->error = "malformed provenance marker (expected @FILE:LINE:COL)";
    return;
  }
  p->prov_file = std::string(mark.substr(0, c1));
  p->provenance = src;
  p->content = rtrim(c.substr(0, at));
}

void take_note(LineParts* p) {
  std::string_view c = p->content;
  if (c.empty() || c.back() != '"') return;
  size_t slashes = 0;
  while (slashes + 1 < c.size() && c[c.size() - 2 - slashes] == '\\') ++slashes;
  if (slashes % 2 == 1) return;  // an escaped quote ends the phrase, not a note
  size_t open = std::string_view::npos;
  for (size_t i = 0; i < c.size(); ++i) {
    if (c[i] == '\\') {
      ++i;
    } else if (c[i] == '"') {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos || open + 1 >= c.size()) {
    p->error = "unterminated note (a note is a double-quoted string at the end of the line)";
    return;
  }
  p->note = internal::unescape_text(c.substr(open + 1, c.size() - open - 2));
  p->has_note = true;
  p->content = rtrim(c.substr(0, open));
}

LineParts split_line(std::string_view line) {
  LineParts p;
  size_t hash = comment_start(line);
  std::string_view body = line.substr(0, hash);
  size_t end = body.size();
  while (end > 0 && (is_blank(body[end - 1]) || body[end - 1] == '\r')) --end;
  p.content = body.substr(0, end);
  if (hash < line.size()) {
    std::string_view rest = line.substr(end);
    while (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    p.trailing = std::string(rest);
  }
  take_provenance(&p);
  if (p.error.empty()) take_note(&p);
  return p;
}

class DyadParser {
 public:
  DyadParser(DictionarySet* set, std::vector<Diagnostic>* diags, const std::string& file)
      : set_(set), diags_(diags), fname_(file) {
    file_ = file_index(file, "dyad");
  }

  void parse(std::string_view text) {
    uint32_t lineno = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = text.substr(pos, nl - pos);
      ++lineno;
      if (!(nl == text.size() && line.empty())) handle_line(line, lineno);
      pos = nl + 1;
    }
    finish_block();
  }

 private:
  // ------------------------------------------------------------ plumbing
  uint32_t file_index(const std::string& name, const std::string& format) {
    for (size_t i = 0; i < set_->files.size(); ++i) {
      if (set_->files[i] == name) {
        if (set_->file_formats.size() <= i) set_->file_formats.resize(i + 1);
        if (set_->file_formats[i].empty()) set_->file_formats[i] = format;
        return static_cast<uint32_t>(i);
      }
    }
    set_->files.push_back(name);
    set_->file_formats.resize(set_->files.size());
    set_->file_formats.back() = format;
    return static_cast<uint32_t>(set_->files.size() - 1);
  }

  void error(uint32_t col, const std::string& message, std::string_view text,
             Diagnostic::Severity sev = Diagnostic::Severity::kError) {
    Diagnostic d;
    d.severity = sev;
    d.file = fname_;
    d.line = line_;
    d.column = col;
    d.message = message;
    d.text = std::string(text);
    diags_->push_back(std::move(d));
  }

  uint32_t col_of(std::string_view part) const {
    return static_cast<uint32_t>(part.data() - raw_.data()) + 1;
  }

  EntrySource here(uint32_t col) const {
    if (parts_.provenance) {
      EntrySource s = *parts_.provenance;
      s.file = prov_file_;
      return s;
    }
    return EntrySource{file_, line_, col};
  }

  // ------------------------------------------------------------ lines
  void handle_line(std::string_view line, uint32_t lineno) {
    line_ = lineno;
    raw_ = line;
    if (!valid_utf8(line)) {
      error(1, "invalid UTF-8; line skipped", "");
      return;
    }
    parts_ = split_line(line);
    if (!parts_.error.empty()) {
      error(1, parts_.error, trim(line));
      return;
    }
    if (parts_.provenance) prov_file_ = file_index(parts_.prov_file, "");
    std::string_view content = parts_.content;
    if (trim(content).empty()) {
      set_->trivia.push_back({EntrySource{file_, line_, 1}, std::string(trim_cr(line))});
      return;
    }
    if (!parts_.trailing.empty()) {
      uint32_t col = static_cast<uint32_t>(line.size() - trim_cr(line).size());
      (void)col;
      set_->trivia.push_back({EntrySource{file_, line_, 2}, parts_.trailing});
    }
    if (is_blank(content.front())) {
      continuation(trim(content));
    } else {
      finish_block();
      header(content);
    }
  }

  static std::string_view trim_cr(std::string_view s) {
    while (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  }

  void no_note(std::string_view what) {
    if (parts_.has_note) error(1, "a note is not allowed on " + std::string(what) + " lines", parts_.note);
  }

  // ------------------------------------------------------------ headers
  void header(std::string_view content) {
    auto [kw, rest] = split_word(content);
    if (kw == "code") return;  // the codebook table (cameo.txt) belongs to the codebook reader
    if (kw == "name" || kw == "codebook" || kw == "version" || kw == "source") return manifest(kw, rest);
    if (kw == "country") return actor_header(ActorKind::kCountry, rest, true);
    if (kw == "actor") return actor_header(ActorKind::kOrganisation, rest, true);
    if (kw == "region") return actor_header(ActorKind::kRegion, rest, true);
    if (kw == "person") return actor_header(ActorKind::kPerson, rest, false);
    if (kw == "agent") return agent_header(rest);
    if (kw == "verb") return verb_header(rest);
    if (kw == "synset") return synset_header(rest);
    if (kw == "discard") return discard_header(rest);
    if (kw == "issue") return issue_header(rest);
    if (kw == "transform") return transform_header(rest);
    if (kw == "time") return time_header(rest);
    if (kw == "option") return option_header(rest);
    if (kw == "ontology") return ontology_header(rest);
    error(1, "unknown keyword '" + std::string(kw) + "'", content);
  }

  void manifest(std::string_view kw, std::string_view rest) {
    no_note("manifest");
    if (rest.empty()) return error(1, "manifest key '" + std::string(kw) + "' needs a value", raw_);
    if (kw == "name") {
      set_->manifest.name = std::string(rest);
    } else if (kw == "version") {
      set_->manifest.version = std::string(rest);
    } else if (kw == "codebook") {
      if (rest == "cameo") set_->manifest.codebook = Codebook::kCameo;
      else if (rest == "weis") set_->manifest.codebook = Codebook::kWeis;
      else if (rest == "free") set_->manifest.codebook = Codebook::kFree;
      else error(col_of(rest), "codebook must be cameo, weis or free", rest);
    } else {  // source FORMAT FILE: a peer file that provenance markers name
      auto [format, file] = split_word(rest);
      if (file.empty()) return error(col_of(rest), "source needs FORMAT FILE", rest);
      file_index(std::string(file), std::string(format));
    }
  }

  // Phrase list with diagnostics for empty members.
  std::vector<Phrase> phrases(std::string_view text) {
    std::vector<std::string> bad;
    auto list = parse_phrase_list(text, &bad);
    for (const auto& b : bad) error(col_of(text), "empty phrase in list", b.empty() ? text : b);
    return list;
  }

  void actor_header(ActorKind kind, std::string_view rest, bool has_code) {
    Actor a;
    a.kind = kind;
    a.src = here(1);
    std::string_view names = rest;
    if (has_code) {
      auto [code, tail] = split_word(rest);
      names = tail;
      if (code == "?") {
      } else if (code.find('/') != std::string_view::npos && kind == ActorKind::kOrganisation) {
        for (size_t s = 0; s <= code.size();) {
          size_t e = code.find('/', s);
          if (e == std::string_view::npos) e = code.size();
          a.compound.emplace_back(code.substr(s, e - s));
          s = e + 1;
        }
      } else if (is_code(code)) {
        pending_default_ = DatedCode{std::string(code), std::nullopt, Confidence::kExact, "", a.src};
      } else {
        return error(col_of(code), "expected a code after the keyword", code);
      }
    }
    if (parts_.has_note) {
      if (pending_default_) pending_default_->note = parts_.note;
      else error(1, "a note on a header belongs to its default code; this header has none", parts_.note);
    }
    a.names = phrases(names);
    if (a.names.empty()) {
      pending_default_.reset();
      return error(col_of(rest), "an actor needs at least one name", rest);
    }
    set_->actors.push_back(std::move(a));
    block_ = Block::kActor;
    size_t idx = set_->actors.size() - 1;
    list_ = [this, idx](std::string_view t) { append(&set_->actors[idx].names, t); };
  }

  void agent_header(std::string_view rest) {
    no_note("agent");
    auto [code, names] = split_word(rest);
    Agent a;
    a.src = here(1);
    std::string_view c = code;
    if (c.size() > 1 && c.front() == '~') {
      c.remove_prefix(1);
    } else if (c.size() > 1 && c.back() == '~') {
      c.remove_suffix(1);
      a.prefix = true;
    } else {
      return error(col_of(code), "agent code must be ~CODE (append) or CODE~ (prepend)", code);
    }
    if (c != "?" && !is_code(c)) return error(col_of(code), "malformed agent code", code);
    if (c != "?") pending_default_ = DatedCode{std::string(c), std::nullopt, Confidence::kExact, "", a.src};
    a.phrases = phrases(names);
    if (a.phrases.empty()) {
      pending_default_.reset();
      return error(col_of(rest), "an agent needs at least one phrase", rest);
    }
    set_->agents.push_back(std::move(a));
    block_ = Block::kAgent;
    size_t idx = set_->agents.size() - 1;
    list_ = [this, idx](std::string_view t) { append(&set_->agents[idx].phrases, t); };
  }

  void verb_header(std::string_view rest) {
    no_note("verb");
    Verb v;
    v.src = here(1);
    v.lemmas = phrases(rest);
    if (v.lemmas.empty()) return error(col_of(rest), "a verb needs at least one lemma or phrase", rest);
    v.block = v.lemmas[0].words.empty() ? "" : join(v.lemmas[0].words);
    block_set_ = false;
    set_->verbs.push_back(std::move(v));
    block_ = Block::kVerb;
    size_t idx = set_->verbs.size() - 1;
    list_ = [this, idx](std::string_view t) { append(&set_->verbs[idx].lemmas, t); };
  }

  void synset_header(std::string_view rest) {
    no_note("synset");
    auto [name, members] = split_word(rest);
    if (name.size() < 2 || name[0] != '&') return error(col_of(name), "synset name must start with '&'", name);
    Synset s;
    s.name = std::string(name.substr(1));
    s.src = here(1);
    s.members = phrases(members);
    set_->synsets.push_back(std::move(s));
    block_ = Block::kOther;
    size_t idx = set_->synsets.size() - 1;
    list_ = [this, idx](std::string_view t) { append(&set_->synsets[idx].members, t); };
  }

  void discard_header(std::string_view rest) {
    no_note("discard");
    auto [scope, list] = split_word(rest);
    if (scope != "sentence" && scope != "story")
      return error(col_of(scope), "discard needs 'sentence' or 'story'", scope);
    bool story = scope == "story";
    EntrySource src = here(1);
    auto add = [this, story, src](std::string_view t) {
      for (auto& p : phrases(t)) {
        Discard d;
        d.phrase = std::move(p);
        d.story_level = story;
        d.src = src;
        set_->discards.push_back(std::move(d));
      }
    };
    add(list);
    block_ = Block::kOther;
    list_ = add;
  }

  void issue_header(std::string_view rest) {
    no_note("issue");
    auto [code, tail] = split_word(rest);
    if (!is_code(code)) return error(col_of(code), "issue needs a code", code);
    bool ignore = false;
    auto [maybe, list] = split_word(tail);
    if (maybe == "ignore") ignore = true;
    else list = tail;
    EntrySource src = here(1);
    std::string c(code);
    auto add = [this, c, ignore, src](std::string_view t) {
      for (auto& p : phrases(t)) {
        IssuePhrase x;
        x.code = c;
        x.phrase = std::move(p);
        x.ignore = ignore;
        x.src = src;
        set_->issues.push_back(std::move(x));
      }
    };
    add(list);
    block_ = Block::kOther;
    list_ = add;
  }

  void transform_header(std::string_view rest) {
    no_note("transform");
    size_t arrow = rest.find("=>");
    if (arrow == std::string_view::npos) return error(col_of(rest), "transform needs PATTERN => RESULT", rest);
    Transformation t;
    t.pattern = std::string(trim(rest.substr(0, arrow)));
    t.result = std::string(trim(rest.substr(arrow + 2)));
    t.src = here(1);
    if (t.pattern.empty() || t.result.empty()) return error(col_of(rest), "transform needs PATTERN => RESULT", rest);
    set_->transformations.push_back(std::move(t));
  }

  void time_header(std::string_view rest) {
    no_note("time");
    size_t arrow = rest.rfind("=>");
    if (arrow == std::string_view::npos) return error(col_of(rest), "time needs PHRASE => DAYS", rest);
    std::string_view days = trim(rest.substr(arrow + 2));
    int n = 0;
    std::string_view digits = days.size() > 1 && days[0] == '+' ? days.substr(1) : days;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (r.ec != std::errc() || r.ptr != digits.data() + digits.size())
      return error(col_of(days), "time shift must be a whole number of days", days);
    auto p = internal::parse_phrase(rest.substr(0, arrow));
    if (!p) return error(col_of(rest), "time needs a phrase", rest);
    TimeShift t;
    t.phrase = std::move(*p);
    t.days = n;
    t.src = here(1);
    set_->time_shifts.push_back(std::move(t));
  }

  void option_header(std::string_view rest) {
    no_note("option");
    if (rest.empty()) return error(1, "option needs text", raw_);
    set_->options.push_back(internal::unescape_text(rest));
  }

  void ontology_header(std::string_view rest) {
    no_note("ontology");
    auto [code, value] = split_word(rest);
    uint32_t v = 0;
    std::string_view hex = value;
    if (hex.starts_with("0x") || hex.starts_with("0X")) hex.remove_prefix(2);
    auto r = std::from_chars(hex.data(), hex.data() + hex.size(), v, 16);
    if (code.empty() || hex.empty() || r.ec != std::errc() || r.ptr != hex.data() + hex.size())
      return error(col_of(rest), "ontology needs CODE 0xHEX", rest);
    OntologyEntry o;
    o.code = std::string(code);
    o.value = v;
    o.src = here(1);
    set_->ontology.push_back(std::move(o));
  }

  // ------------------------------------------------------------ continuation lines
  void continuation(std::string_view content) {
    if (content.front() == '|') {
      if (!list_) return error(col_of(content), "'|' continuation with no list above it", content);
      return list_(content.substr(1));
    }
    auto [kw, rest] = split_word(content);
    uint32_t col = col_of(content);
    switch (block_) {
      case Block::kActor: return actor_line(kw, rest, col);
      case Block::kAgent:
        if (kw == "role") return role_line(rest, col, &set_->agents.back().codes);
        break;
      case Block::kVerb: return verb_line(kw, rest, col);
      default: break;
    }
    error(col, "'" + std::string(kw) + "' is not allowed here (indented lines continue the block above)", content);
  }

  void actor_line(std::string_view kw, std::string_view rest, uint32_t col) {
    Actor& a = set_->actors.back();
    if (kw == "role") return role_line(rest, col, &a.codes);
    if (kw != "gender" && kw != "iso" && parts_.has_note) error(col, "a note is not allowed here", parts_.note);
    if (kw == "gender" && a.kind == ActorKind::kPerson) {
      if (rest == "male") a.gender = Gender::kMale;
      else if (rest == "female") a.gender = Gender::kFemale;
      else error(col_of(rest), "gender must be male or female", rest);
      return;
    }
    if (a.kind == ActorKind::kCountry) {
      std::vector<Phrase>* list = kw == "adjective" ? &a.adjectives
                                  : kw == "demonym" ? &a.demonyms
                                  : kw == "capital" ? &a.capitals
                                  : kw == "city"    ? &a.cities
                                                    : nullptr;
      if (list) {
        append(list, rest);
        list_ = [this, list](std::string_view t) { append(list, t); };
        return;
      }
      if (kw == "iso") return iso_line(rest, &a);
    }
    error(col, "'" + std::string(kw) + "' is not allowed in this block", raw_);
  }

  void iso_line(std::string_view rest, Actor* a) {
    auto [a2, r1] = split_word(rest);
    auto [a3, num] = split_word(r1);
    if (a2.size() != 2 || a3.size() != 3 || num.empty())
      return error(col_of(rest), "iso needs ALPHA2 ALPHA3 NUMERIC", rest);
    a->iso2 = std::string(a2);
    a->iso3 = std::string(a3);
    a->iso_numeric = std::string(num);
  }

  // role CODE [RANGE] [exact|approximate] ["note"]
  void role_line(std::string_view rest, uint32_t col, std::vector<DatedCode>* codes) {
    auto [code, tail] = split_word(rest);
    if (!is_code(code)) return error(col_of(rest), "role needs a code", rest);
    DatedCode dc;
    dc.code = std::string(code);
    dc.src = here(col);
    dc.note = parts_.note;
    while (!tail.empty()) {
      auto [w, more] = split_word(tail);
      if (w == "exact") {
        dc.confidence = Confidence::kExact;
      } else if (w == "approximate") {
        dc.confidence = Confidence::kApproximate;
      } else if (auto r = parse_range(w)) {
        dc.range = *r;
      } else {
        return error(col_of(w), "expected a date range (FROM..TO), exact or approximate", w);
      }
      tail = more;
    }
    codes->push_back(std::move(dc));
  }

  void verb_line(std::string_view kw, std::string_view rest, uint32_t col) {
    Verb& v = set_->verbs.back();
    if (kw == "-") return pattern_line(rest, col, &v);
    if (parts_.has_note) error(col, "a note is not allowed here", parts_.note);
    if (kw == "code") {
      auto spec = parse_code_spec(rest);
      if (!spec) return error(col_of(rest), "malformed code", rest);
      v.code = *spec;
    } else if (kw == "forms") {
      add_forms(rest);
      list_ = [this](std::string_view t) { add_forms(t); };
    } else if (kw == "block") {
      v.block = std::string(rest);
      block_set_ = true;
    } else if (kw == "inflect") {
      uint32_t n = 0;
      if (!parse_u32(rest, &n) || n == 0) return error(col_of(rest), "inflect needs a word number (1-based)", rest);
      v.verb_word = static_cast<int>(n - 1);
    } else {
      error(col, "'" + std::string(kw) + "' is not allowed in a verb block", raw_);
    }
  }

  void pattern_line(std::string_view rest, uint32_t col, Verb* v) {
    size_t arrow = rest.rfind("=>");
    if (arrow == std::string_view::npos) return error(col_of(rest), "pattern needs '=> CODE'", rest);
    Pattern p;
    std::string perr;
    std::string_view body = trim(rest.substr(0, arrow));
    if (!internal::parse_pattern_tokens(body, &p.tokens, &perr)) return error(col_of(rest), perr, body);
    auto spec = parse_code_spec(rest.substr(arrow + 2));
    if (!spec) return error(col_of(rest.substr(arrow + 2)), "malformed code", trim(rest.substr(arrow + 2)));
    p.code = *spec;
    p.note = parts_.note;
    p.src = here(col);
    v->patterns.push_back(std::move(p));
  }

  // ------------------------------------------------------------ helpers
  // Forms are kept as written (PETRARCH's "wire_+tapped"), split on '|'.
  void add_forms(std::string_view text) {
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] == '\\') {
        ++i;
        continue;
      }
      if (i == text.size() || text[i] == '|') {
        std::string_view f = trim(text.substr(start, i - start));
        if (f.empty()) error(col_of(text), "empty form in list", text);
        else set_->verbs.back().forms.push_back(internal::unescape_text(f));
        start = i + 1;
      }
    }
  }

  void append(std::vector<Phrase>* list, std::string_view text) {
    for (auto& p : phrases(text)) list->push_back(std::move(p));
  }

  static std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
  }

  void finish_block() {
    if (pending_default_) {
      if (block_ == Block::kActor) set_->actors.back().codes.push_back(std::move(*pending_default_));
      if (block_ == Block::kAgent) set_->agents.back().codes.push_back(std::move(*pending_default_));
    }
    pending_default_.reset();
    list_ = nullptr;
    block_ = Block::kNone;
  }

  enum class Block { kNone, kActor, kAgent, kVerb, kOther };

  DictionarySet* set_;
  std::vector<Diagnostic>* diags_;
  std::string fname_;
  uint32_t file_ = 0;
  uint32_t line_ = 0;
  std::string_view raw_;
  LineParts parts_;
  uint32_t prov_file_ = 0;
  Block block_ = Block::kNone;
  bool block_set_ = false;
  std::optional<DatedCode> pending_default_;
  std::function<void(std::string_view)> list_;
};

bool is_codebook_only(std::string_view text) {
  bool any = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    std::string_view content = line.substr(0, comment_start(line));
    if (trim(content).empty() || is_blank(content.front())) continue;
    if (!content.starts_with("code ")) return false;
    any = true;
  }
  return any;
}

bool skipped_name(const std::string& name) {
  return name.starts_with("README") || name.starts_with("COVERAGE");
}

}  // namespace

void read_dyad_text(std::string_view text, const std::string& file_name, DictionarySet* set,
                    std::vector<Diagnostic>* diags) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // UTF-8 byte order mark
  DyadParser parser(set, diags, file_name);
  parser.parse(text);
}

Result<DictionarySet> read_dyad_set(const std::string& dir, std::vector<Diagnostic>* diags) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status(ErrorCode::kNotFound, "dictionary folder '" + dir + "' does not exist");
  std::vector<std::string> rel;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".txt") continue;
    if (skipped_name(it->path().filename().string())) continue;
    rel.push_back(fs::relative(it->path(), dir, ec).generic_string());
  }
  if (ec) return Status(ErrorCode::kIoError, "cannot list '" + dir + "': " + ec.message());
  std::sort(rel.begin(), rel.end(), [](const std::string& a, const std::string& b) {
    // manifest.txt first: its `source` lines name the files provenance markers refer to.
    bool ma = a == "manifest.txt", mb = b == "manifest.txt";
    return ma != mb ? ma : a < b;
  });
  if (rel.empty() || rel.front() != "manifest.txt")
    return Status(ErrorCode::kNotFound, "'" + dir + "' has no manifest.txt (not a dyad dictionary set)");
  DictionarySet set;
  for (const auto& r : rel) {
    std::ifstream in(fs::path(dir) / r, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) return Status(ErrorCode::kIoError, "cannot read '" + (fs::path(dir) / r).string() + "'");
    std::string text = ss.str();
    if (is_codebook_only(text)) continue;
    read_dyad_text(text, r, &set, diags);
  }
  return set;
}

}  // namespace dyad
