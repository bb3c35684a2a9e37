// PETRARCH actors, agents and discards (field.md 6.6). Comments: '#' to end of line and `<!-- ... -->`.
#include <algorithm>
#include <map>

#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

namespace {

// PETRARCH phrases: '_' and blanks join adjacent words, no stems, a trailing
// '_' turns generated forms off.
const peer::PhraseStyle kActorStyle{false, false, false, false, true};
// Agents: a blank lets other words intervene (`!MINIST! FOR_AGRICULTURE`).
const peer::PhraseStyle kAgentStyle{false, true, false, false, true};

std::string_view before_any(std::string_view s, std::string_view chars) {
  return peer::trim(s.substr(0, s.find_first_of(chars)));
}

// Warns about encoding damage in `part` (U+FFFD, NUL, invalid UTF-8) and
// returns the text with NUL bytes removed.
std::string checked_text(std::string_view line, std::string_view part, uint32_t line_no, Reporter& rep) {
  if (part.find("\xEF\xBF\xBD") != std::string_view::npos)
    rep.warning(line_no, peer::column_of(line, part.substr(part.find("\xEF\xBF\xBD"))),
                "replacement character U+FFFD (old encoding damage) kept in phrase", part);
  std::string out;
  out.reserve(part.size());
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i] == '\0') {
      rep.warning(line_no, peer::column_of(line, part.substr(i)), "NUL byte removed from phrase", part);
      continue;
    }
    out.push_back(part[i]);
  }
  // A lone invalid byte is reported once per phrase (the bytes are kept).
  for (size_t i = 0; i < out.size();) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= out.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(out[i + k]) >> 6) == 2;
    if (!ok) {
      rep.warning(line_no, peer::column_of(line, part), "invalid UTF-8 in phrase", part);
      break;
    }
    i += n;
  }
  return out;
}

// ------------------------------------------------------------------ actors

class PetrarchActorReader {
 public:
  PetrarchActorReader(std::string_view name, DictionarySet& set, std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "petrarch", set, diags) {}

  Status run(std::string_view text) {
    peer::PetrarchLines lines(text, rep_);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      std::string_view body = peer::strip_hash_comment(line);
      std::string_view t = peer::trim(body);
      if (t.empty()) continue;
      if (peer::is_blank(body[0])) restriction(line, t);
      else if (t[0] == '+') synonym(line, t);
      else primary(line, t);
    }
    finish();
    return rep_.status();
  }

 private:
  void add_codes(std::string_view line, std::string_view part) {
    for (std::string_view g : peer::bracket_groups(part, line, rep_, line_no_)) {
      std::optional<DatedCode> dc = peer::parse_dated_code(g, line, rep_, line_no_);
      if (dc) set_.actors.back().codes.push_back(std::move(*dc));
    }
  }

  std::string_view codes_of(std::string_view t) {
    size_t b = t.find('[');
    return b == std::string_view::npos ? std::string_view() : t.substr(b);
  }

  Phrase phrase(std::string_view line, std::string_view text) {
    return peer::make_phrase(checked_text(line, text, line_no_, rep_), kActorStyle);
  }

  void primary(std::string_view line, std::string_view t) {
    finish();
    Phrase p = phrase(line, before_any(t, "["));
    if (p.words.empty()) {
      rep_.error(line_no_, peer::column_of(line, t), "actor entry without a phrase", t);
      return;
    }
    Actor a;
    a.names.push_back(std::move(p));
    a.src = rep_.src(line_no_, peer::column_of(line, t));
    set_.actors.push_back(std::move(a));
    open_ = true;
    add_codes(line, codes_of(t));
  }

  void synonym(std::string_view line, std::string_view t) {
    if (!open_) {
      rep_.error(line_no_, peer::column_of(line, t), "synonym '+' line without an actor before it", t);
      return;
    }
    synonym_text(line, t.substr(1));
    if (!codes_of(t).empty()) {
      rep_.warning(line_no_, peer::column_of(line, codes_of(t)), "code on a synonym line applies to its actor", t);
      add_codes(line, codes_of(t));
    }
  }

  void synonym_text(std::string_view line, std::string_view t) {
    Phrase p = phrase(line, before_any(t, "["));
    if (p.words.empty()) {
      rep_.warning(line_no_, peer::column_of(line, t), "empty synonym ignored", t);
      return;
    }
    set_.actors.back().names.push_back(std::move(p));
  }

  void restriction(std::string_view line, std::string_view t) {
    if (!open_) {
      rep_.error(line_no_, peer::column_of(line, t), "restriction line without an actor before it", t);
      return;
    }
    if (t[0] != '[') {
      // PETRARCH reads the line's code as a restriction of the current actor;
      // the phrase before it is kept as a synonym.
      rep_.warning(line_no_, peer::column_of(line, t),
                   "indented line starts with a phrase; read as a synonym with its restriction", t);
      synonym_text(line, t);
      add_codes(line, codes_of(t));
      return;
    }
    add_codes(line, t);
  }

  void finish() {
    if (!open_) return;
    open_ = false;
    Actor& a = set_.actors.back();
    peer::order_codes(a.codes);
    if (a.codes.size() == 1 && !a.codes[0].range && a.codes[0].code.find('/') != std::string::npos) {
      std::string_view c = a.codes[0].code;
      for (size_t start = 0; start <= c.size();) {
        size_t slash = std::min(c.find('/', start), c.size());
        a.compound.emplace_back(c.substr(start, slash - start));
        start = slash + 1;
      }
      a.codes.clear();
    }
  }

  DictionarySet& set_;
  Reporter rep_;
  bool open_ = false;
  uint32_t line_no_ = 0;
};

// ------------------------------------------------------------------ agents

class PetrarchAgentReader {
 public:
  PetrarchAgentReader(std::string_view name, DictionarySet& set, std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "petrarch", set, diags) {}

  Status run(std::string_view text) {
    peer::PetrarchLines lines(text, rep_);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      std::string_view t = peer::trim(peer::strip_hash_comment(line));
      if (t.empty()) continue;
      if (t[0] == '!' && t.find('=') != std::string_view::npos && t.find('[') == std::string_view::npos)
        substitution_set(line, t);
      else
        entry(line, t);
    }
    return rep_.status();
  }

 private:
  uint32_t col(std::string_view line, std::string_view part) const { return peer::column_of(line, part); }

  // !NAME! = A, B, C
  void substitution_set(std::string_view line, std::string_view t) {
    size_t close = t.find('!', 1);
    size_t eq = t.find('=');
    if (close == std::string_view::npos || close > eq) {
      rep_.error(line_no_, col(line, t), "substitution set needs !NAME! = items", t);
      return;
    }
    std::string marker(t.substr(0, close + 1));
    std::vector<std::string> items;
    std::string_view rest = t.substr(eq + 1);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view item = peer::trim(rest.substr(0, comma));
      if (!item.empty()) items.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 1);
    }
    if (items.empty()) rep_.warning(line_no_, col(line, t), "substitution set without items", t);
    subs_[marker] = std::move(items);
  }

  // Expands every !NAME! of `text`; false (with an error) for an undefined
  // marker. Items may hold markers themselves, so expansion is bounded.
  bool substitute(std::string_view line, std::string_view text, std::vector<std::string>* out) {
    constexpr size_t kMaxRounds = 8, kMaxPhrases = 1000;
    out->assign(1, std::string(text));
    for (size_t round = 0;; ++round) {
      std::vector<std::string> next;
      bool changed = false;
      for (const std::string& s : *out) {
        size_t a = s.find('!');
        if (a == std::string::npos) {
          next.push_back(s);
          continue;
        }
        size_t b = s.find('!', a + 1);
        std::string marker = b == std::string::npos ? "!" : s.substr(a, b - a + 1);
        auto it = subs_.find(marker);
        if (it == subs_.end() || round >= kMaxRounds) {
          rep_.error(line_no_, col(line, text),
                     it == subs_.end() ? "undefined substitution marker " + marker : "substitution nested too deeply",
                     text);
          return false;
        }
        changed = true;
        for (const std::string& item : it->second) {
          if (next.size() >= kMaxPhrases) break;
          next.push_back(s.substr(0, a) + item + s.substr(a + marker.size()));
        }
      }
      *out = std::move(next);
      if (!changed) return !out->empty();
    }
  }

  void entry(std::string_view line, std::string_view t) {
    size_t bracket = t.find('[');
    if (bracket == std::string_view::npos) {
      rep_.warning(line_no_, col(line, t), "agent entry without a [~CODE]; ignored", t);
      return;
    }
    size_t brace = t.find('{');
    bool has_plural = brace != std::string_view::npos && brace < bracket;
    std::string_view words = peer::trim(t.substr(0, has_plural ? brace : bracket));
    std::vector<std::string> texts;
    if (!substitute(line, words, &texts)) return;
    bool substituted = texts.size() != 1 || texts[0] != words;
    Agent a;
    a.src = rep_.src(line_no_, col(line, t));
    for (const std::string& s : texts) {
      Phrase p = peer::make_phrase(checked_text(line, s, line_no_, rep_), kAgentStyle);
      if (substituted || has_plural) p.no_forms = true;   // listed or substituted forms: nothing generated
      if (!p.words.empty()) a.phrases.push_back(std::move(p));
    }
    if (has_plural) plural(line, t.substr(brace, bracket - brace), a);
    if (a.phrases.empty()) {
      rep_.error(line_no_, col(line, t), "agent entry without a phrase", t);
      return;
    }
    peer::add_agent_codes(line, t.substr(bracket), line_no_, a, rep_);
    if (a.codes.empty()) {
      rep_.error(line_no_, col(line, t.substr(bracket)), "agent entry without a usable code", t);
      return;
    }
    set_.agents.push_back(std::move(a));
  }

  // "{PLURAL}" (a view of the line); "{}" means no plural.
  void plural(std::string_view line, std::string_view group, Agent& a) {
    size_t close = group.find('}');
    if (close == std::string_view::npos) {
      rep_.warning(line_no_, col(line, group), "plural without '}'", group);
      close = group.size();
    }
    std::string_view inner = peer::trim(group.substr(1, close - 1));
    if (inner.empty()) return;
    Phrase p = peer::make_phrase(inner, kAgentStyle);
    p.no_forms = true;
    if (!p.words.empty()) a.phrases.push_back(std::move(p));
  }

  DictionarySet& set_;
  Reporter rep_;
  std::map<std::string, std::vector<std::string>> subs_;
  uint32_t line_no_ = 0;
};

// ------------------------------------------------------------------ discards

Status parse_discards(std::string_view text, std::string_view name, DictionarySet& set,
                      std::vector<Diagnostic>& diags) {
  Reporter rep(name, "petrarch", set, diags);
  peer::PetrarchLines lines(text, rep);
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view t = peer::trim(peer::strip_hash_comment(line));
    if (t.empty()) continue;
    Discard d;
    d.story_level = t[0] == '+';
    std::string_view words = peer::trim(d.story_level ? t.substr(1) : t);
    // Discards match the sentence text: a trailing '_' needs a word end, else the last word is a stem.
    d.phrase = peer::make_phrase(words, kActorStyle);
    d.phrase.no_forms = true;
    d.phrase.stem_last = !words.empty() && words.back() != '_';
    d.src = rep.src(lines.line_number(), peer::column_of(line, t));
    if (d.phrase.words.empty()) {
      rep.error(lines.line_number(), peer::column_of(line, t), "discard without words", t);
      continue;
    }
    set.discards.push_back(std::move(d));
  }
  return rep.status();
}

}  // namespace

Status parse_petrarch_actors_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags) {
  return PetrarchActorReader(name, set, diags).run(text);
}
Status parse_petrarch_agents_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags) {
  return PetrarchAgentReader(name, set, diags).run(text);
}
Status parse_petrarch_discards_text(std::string_view text, std::string_view name, DictionarySet& set,
                                    std::vector<Diagnostic>& diags) {
  return parse_discards(text, name, set, diags);
}

#define DYAD_PEER_READER(fn, parse)                                                                   \
  Status fn(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {           \
    return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {     \
      return parse(text, name, set, diags);                                                            \
    });                                                                                               \
  }
DYAD_PEER_READER(read_petrarch_actors, parse_petrarch_actors_text)
DYAD_PEER_READER(read_petrarch_agents, parse_petrarch_agents_text)
DYAD_PEER_READER(read_petrarch_discards, parse_petrarch_discards_text)
#undef DYAD_PEER_READER

}  // namespace dyad
