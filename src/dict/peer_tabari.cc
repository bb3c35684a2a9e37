// TABARI dictionaries: .actors, .agents and .verbs (TABARI manual ch. 5-6;
// ../shared/notes/field.md 6.1-6.3).
//
// Shared rules: ';' starts a comment; lines starting with '#' or '/' are
// comments; a line starting with '~' (`~FINISH`, `~~FINISH <time>`) ends the
// file. Phrases: '_' joins words that must be adjacent and ends a word, a
// blank lets other words intervene, a word without a trailing '_' is a stem,
// '-' is '_', and a trailing '=' turns generated forms off.
#include <algorithm>

#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

namespace {

const peer::PhraseStyle kTabariStyle{/*hyphen_joins=*/true, /*blank_is_gap=*/true, /*stems=*/true,
                                     /*equals_no_forms=*/true, /*underscore_no_forms=*/false};

bool is_comment_line(std::string_view line) { return !line.empty() && (line[0] == '#' || line[0] == '/'); }
bool is_finish_line(std::string_view line) { return !peer::trim(line).empty() && peer::trim(line)[0] == '~'; }

// The phrase part of an entry line: text before the first '['.
std::string_view phrase_part(std::string_view body) {
  size_t b = body.find('[');
  return peer::trim(b == std::string_view::npos ? body : body.substr(0, b));
}

std::string_view codes_part(std::string_view body) {
  size_t b = body.find('[');
  return b == std::string_view::npos ? std::string_view() : body.substr(b);
}

// ------------------------------------------------------------------ actors

class TabariActorReader {
 public:
  TabariActorReader(std::string_view name, DictionarySet& set, std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "tabari", set, diags) {}

  Status run(std::string_view text) {
    peer::LineReader lines(text);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      if (is_finish_line(line)) break;
      if (is_comment_line(line)) continue;
      std::string_view body = peer::strip_comment(line, ';');
      if (peer::trim(body).empty()) continue;
      handle(line, body);
    }
    finish_actor();
    return rep_.status();
  }

 private:
  void handle(std::string_view line, std::string_view body) {
    std::string_view t = peer::trim(body);
    if (t[0] == '<') return section(line, t);
    if (section_ != Section::kNone) return word_class(line, t);
    if (peer::is_blank(body[0])) return restriction_line(line, body);
    if (t[0] == '+') return synonym(line, t);
    primary(line, t);
  }

  void section(std::string_view line, std::string_view t) {
    std::string tag = peer::upper_ascii(t);
    if (tag == "<NOUN>") section_ = Section::kNoun;
    else if (tag == "<ADJECTIVE>") section_ = Section::kAdjective;
    else if (tag == "</NOUN>" || tag == "</ADJECTIVE>") section_ = Section::kNone;
    else rep_.warning(line_no_, peer::column_of(line, t), "unknown section tag ignored", t);
  }

  void word_class(std::string_view line, std::string_view t) {
    DictionarySet::WordClass wc;
    wc.phrase = peer::make_phrase(phrase_part(t), kTabariStyle);
    if (wc.phrase.words.empty()) {
      rep_.warning(line_no_, peer::column_of(line, t), "no word in <NOUN>/<ADJECTIVE> entry", t);
      return;
    }
    if (!codes_part(t).empty())
      rep_.warning(line_no_, peer::column_of(line, codes_part(t)), "code ignored in <NOUN>/<ADJECTIVE> section", t);
    wc.adjective = section_ == Section::kAdjective;
    wc.src = rep_.src(line_no_, peer::column_of(line, t));
    set_.word_classes.push_back(std::move(wc));
  }

  void add_codes(std::string_view line, std::string_view part) {
    for (std::string_view g : peer::bracket_groups(part, line, rep_, line_no_)) {
      std::optional<DatedCode> dc = peer::parse_dated_code(g, line, rep_, line_no_);
      if (dc) current().codes.push_back(std::move(*dc));
    }
  }

  void primary(std::string_view line, std::string_view t) {
    finish_actor();
    Actor a;
    a.kind = ActorKind::kOrganisation;
    a.src = rep_.src(line_no_, peer::column_of(line, t));
    Phrase p = peer::make_phrase(phrase_part(t), kTabariStyle);
    if (p.words.empty()) {
      rep_.error(line_no_, peer::column_of(line, t), "actor entry without a phrase", t);
      return;
    }
    a.names.push_back(std::move(p));
    set_.actors.push_back(std::move(a));
    open_ = true;
    add_codes(line, codes_part(t));
  }

  void synonym(std::string_view line, std::string_view t) {
    uint32_t col = peer::column_of(line, t);
    if (!open_) {
      rep_.error(line_no_, col, "synonym '+' line without an actor before it", t);
      return;
    }
    Phrase p = peer::make_phrase(phrase_part(t.substr(1)), kTabariStyle);
    if (p.words.empty()) {
      rep_.warning(line_no_, col, "empty synonym ignored", t);
      return;
    }
    current().names.push_back(std::move(p));
    add_codes(line, codes_part(t));
  }

  void restriction_line(std::string_view line, std::string_view body) {
    std::string_view t = peer::trim(body);
    uint32_t col = peer::column_of(line, t);
    if (!open_) {
      rep_.error(line_no_, col, "restriction line without an actor before it", t);
      return;
    }
    if (t[0] != '[') {
      rep_.warning(line_no_, col, "indented line is not a code restriction; ignored", t);
      return;
    }
    add_codes(line, t);
  }

  void finish_actor() {
    if (!open_) return;
    open_ = false;
    Actor& a = current();
    peer::order_codes(a.codes);
    size_t defaults = std::count_if(a.codes.begin(), a.codes.end(), [](const DatedCode& c) { return !c.range; });
    if (defaults > 1)
      rep_.warning(a.src.line, a.src.column, "more than one default code; only the first can apply",
                   a.names[0].words[0]);
    if (a.codes.size() == 1 && !a.codes[0].range && a.codes[0].code.find('/') != std::string::npos) {
      // A coded compound `[A/B/C]`: one event per member.
      std::string_view c = a.codes[0].code;
      size_t start = 0;
      while (start <= c.size()) {
        size_t slash = c.find('/', start);
        if (slash == std::string_view::npos) slash = c.size();
        a.compound.emplace_back(c.substr(start, slash - start));
        start = slash + 1;
      }
      a.codes.clear();
    }
  }

  Actor& current() { return set_.actors.back(); }

  enum class Section { kNone, kNoun, kAdjective };
  DictionarySet& set_;
  Reporter rep_;
  Section section_ = Section::kNone;
  bool open_ = false;
  uint32_t line_no_ = 0;
};

// ------------------------------------------------------------------ agents

// Splits "~CODE" / "CODE~" inside a bracket; returns the code part (a view into
// `inside`) and whether it is a prefix.
std::string_view agent_code(std::string_view inside, bool* prefix, bool* marked) {
  std::string_view t = peer::trim(inside);
  *prefix = false;
  *marked = true;
  if (!t.empty() && t.front() == '~') return t.substr(1);
  if (!t.empty() && t.back() == '~') {
    *prefix = true;
    return t.substr(0, t.size() - 1);
  }
  *marked = false;
  return t;
}

}  // namespace

// Adds the `[~CODE]` groups of `part` to `agent` (shared with PETRARCH).
namespace peer {
void add_agent_codes(std::string_view line, std::string_view part, uint32_t line_no, Agent& agent, Reporter& rep) {
  for (std::string_view g : bracket_groups(part, line, rep, line_no)) {
    bool prefix = false, marked = false;
    std::string_view code = agent_code(g, &prefix, &marked);
    if (!marked)
      rep.warning(line_no, column_of(line, g), "agent code without '~'; read as ~CODE", g);
    std::optional<DatedCode> dc = parse_dated_code(code, line, rep, line_no);
    if (!dc) continue;
    agent.prefix = prefix;
    agent.codes.push_back(std::move(*dc));
  }
  order_codes(agent.codes);
}
}  // namespace peer

namespace {

Status parse_agents(std::string_view text, std::string_view name, DictionarySet& set,
                    std::vector<Diagnostic>& diags) {
  Reporter rep(name, "tabari", set, diags);
  peer::LineReader lines(text);
  std::string_view line;
  bool open = false;
  while (lines.next(&line)) {
    uint32_t n = lines.line_number();
    if (is_finish_line(line)) break;
    if (is_comment_line(line)) continue;
    std::string_view t = peer::trim(peer::strip_comment(line, ';'));
    if (t.empty()) continue;
    uint32_t col = peer::column_of(line, t);
    bool synonym = t[0] == '+';
    Phrase p = peer::make_phrase(phrase_part(synonym ? t.substr(1) : t), kTabariStyle);
    if (synonym) {
      if (!open || p.words.empty()) {
        rep.error(n, col, open ? "empty synonym" : "synonym '+' line without an agent before it", t);
        continue;
      }
      set.agents.back().phrases.push_back(std::move(p));
      if (!codes_part(t).empty()) peer::add_agent_codes(line, codes_part(t), n, set.agents.back(), rep);
      continue;
    }
    if (p.words.empty()) {
      rep.error(n, col, "agent entry without a phrase", t);
      continue;
    }
    Agent a;
    a.phrases.push_back(std::move(p));
    a.src = rep.src(n, col);
    peer::add_agent_codes(line, codes_part(t), n, a, rep);
    open = !a.codes.empty();
    if (!open) {
      rep.warning(n, col, "agent without a usable [~CODE]; ignored", t);
      continue;
    }
    set.agents.push_back(std::move(a));
  }
  return rep.status();
}

}  // namespace

Status parse_tabari_actors_text(std::string_view text, std::string_view name, DictionarySet& set,
                                std::vector<Diagnostic>& diags) {
  return TabariActorReader(name, set, diags).run(text);
}

Status parse_tabari_agents_text(std::string_view text, std::string_view name, DictionarySet& set,
                                std::vector<Diagnostic>& diags) {
  return parse_agents(text, name, set, diags);
}

Status read_tabari_actors(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_tabari_actors_text(text, name, set, diags);
  });
}

Status read_tabari_agents(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_tabari_agents_text(text, name, set, diags);
  });
}

}  // namespace dyad
