// TABARI .verbs files (TABARI manual ch. 5-6; field.md 6.2).
//
//   <SYNSETS> &NAME / +member ... </SYNSETS>
//   <TIME> PHRASE [-7] / - * AND A WEEK [+8] ... </TIME>
//   ROOT [code]           a verb root (words may be a phrase: BRUSH ASIDE REPORTS)
//   { FORM FORM }         its irregular forms (line starts with '{')
//   - pattern [code]      its patterns
//
// Each root becomes one Verb (block = the root as written). A `<TIME>` entry
// becomes a TimeShift; its `- * ...` patterns become TimeShifts whose phrase is
// the pattern with '*' replaced by the entry's words.
#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

namespace {

const peer::PhraseStyle kTabariStyle{true, true, true, true, false};

class TabariVerbReader {
 public:
  TabariVerbReader(std::string_view name, DictionarySet& set, std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "tabari", set, diags), first_verb_(set.verbs.size()) {}

  Status run(std::string_view text) {
    peer::LineReader lines(text);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      std::string_view t = peer::trim(line);
      if (!t.empty() && t[0] == '~') break;   // ~FINISH
      if (!line.empty() && line[0] == '#') continue;
      std::string_view body = peer::trim(peer::strip_comment(line, ';'));
      if (body.empty()) continue;
      handle(line, body);
    }
    peer::build_synsets(raw_synsets_, kTabariStyle, set_, rep_);
    peer::drop_patterns_with_unknown_synsets(set_, first_verb_, rep_);
    return rep_.status();
  }

 private:
  uint32_t col(std::string_view line, std::string_view part) const { return peer::column_of(line, part); }

  void handle(std::string_view line, std::string_view t) {
    bool member = t[0] == '+';
    if (!member) in_synset_ = false;
    if (t[0] == '<') return section(line, t);
    if (t[0] == '&') return synset_head(line, t);
    if (member) return synset_member(line, t);
    if (section_ == Section::kTime) return time_line(line, t);
    if (t[0] == '{') return forms(line, t);
    if (t[0] == '-') return pattern(line, t);
    root(line, t);
  }

  void section(std::string_view line, std::string_view t) {
    std::string tag = peer::upper_ascii(t);
    if (tag == "<SYNSETS>" || tag == "</TIME>" || tag == "</SYNSETS>") section_ = Section::kNone;
    else if (tag == "<TIME>") section_ = Section::kTime;
    else rep_.warning(line_no_, col(line, t), "unknown section tag ignored", t);
    verb_open_ = false;
  }

  void synset_head(std::string_view line, std::string_view t) {
    std::string_view name = peer::trim(t.substr(1));
    if (name.empty()) {
      rep_.error(line_no_, col(line, t), "synset without a name", t);
      return;
    }
    peer::RawSynset s;
    s.name = std::string(name);
    while (!s.name.empty() && s.name.back() == '_') s.name.pop_back();
    s.src = rep_.src(line_no_, col(line, t));
    raw_synsets_.push_back(std::move(s));
    synset_names_.push_back(raw_synsets_.back().name);
    in_synset_ = true;
  }

  void synset_member(std::string_view line, std::string_view t) {
    if (!in_synset_) {
      rep_.error(line_no_, col(line, t), "'+' member line outside a synset", t);
      return;
    }
    std::string_view m = peer::trim(t.substr(1));
    if (m.empty()) {
      rep_.warning(line_no_, col(line, t), "empty synset member ignored", t);
      return;
    }
    raw_synsets_.back().members.push_back({std::string(m), rep_.src(line_no_, col(line, m))});
  }

  // "[code]" at the end of an entry; returns the text before it in *before.
  std::optional<std::string_view> code_of(std::string_view line, std::string_view t, std::string_view* before) {
    size_t open = t.find('[');
    *before = peer::trim(open == std::string_view::npos ? t : t.substr(0, open));
    if (open == std::string_view::npos) return std::nullopt;
    size_t close = t.find(']', open);
    if (close == std::string_view::npos) {
      rep_.warning(line_no_, col(line, t.substr(open)), "code without ']'", t);
      close = t.size();
    }
    std::string_view rest = peer::trim(t.substr(std::min(close + 1, t.size())));
    if (!rest.empty()) rep_.warning(line_no_, col(line, rest), "text after the code ignored", rest);
    return t.substr(open + 1, close - open - 1);
  }

  std::optional<EventCodeSpec> event_code(std::string_view line, std::string_view inside) {
    std::optional<EventCodeSpec> spec = peer::parse_event_code(inside);
    if (!spec) rep_.error(line_no_, col(line, inside), "malformed event code", inside);
    else if (peer::trim(inside).find(' ') != std::string_view::npos)
      rep_.warning(line_no_, col(line, inside), "blanks inside an event code ignored", inside);
    return spec;
  }

  void root(std::string_view line, std::string_view t) {
    std::string_view words;
    std::optional<std::string_view> inside = code_of(line, t, &words);
    Verb v;
    v.block = std::string(words);
    v.src = rep_.src(line_no_, col(line, t));
    Phrase p = peer::make_phrase(words, kTabariStyle);
    if (p.words.empty()) {
      rep_.error(line_no_, col(line, t), "verb entry without words", t);
      verb_open_ = false;
      return;
    }
    v.lemmas.push_back(std::move(p));
    if (!inside) {
      rep_.warning(line_no_, col(line, t), "verb without a code; null code [---] used", t);
      v.code.code = "---";
    } else {
      std::optional<EventCodeSpec> spec = event_code(line, *inside);
      v.code = spec ? *spec : EventCodeSpec{"---", "", CodeStrength::kPlain};
    }
    set_.verbs.push_back(std::move(v));
    verb_open_ = true;
  }

  void forms(std::string_view line, std::string_view t) {
    if (!verb_open_) {
      rep_.error(line_no_, col(line, t), "forms line without a verb before it", t);
      return;
    }
    size_t close = t.find('}');
    if (close == std::string_view::npos) rep_.warning(line_no_, col(line, t), "forms line without '}'", t);
    std::string_view inner = t.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1);
    size_t pos = 0;
    while (pos < inner.size()) {
      while (pos < inner.size() && peer::is_blank(inner[pos])) ++pos;
      size_t end = pos;
      while (end < inner.size() && !peer::is_blank(inner[end])) ++end;
      if (end > pos) {
        Phrase f = peer::make_phrase(inner.substr(pos, end - pos), forms_style());
        std::string joined;
        for (const std::string& w : f.words) joined += (joined.empty() ? "" : " ") + w;
        if (!joined.empty()) set_.verbs.back().forms.push_back(std::move(joined));
      }
      pos = end;
    }
  }

  static peer::PhraseStyle forms_style() { return peer::PhraseStyle{true, false, false, false, false}; }

  bool pattern_tokens(std::string_view line, std::string_view body, std::vector<PatternToken>* tokens) {
    std::string why;
    if (!peer::parse_pattern_tokens(body, peer::PatternDialect::kTabari, synset_names_, tokens, &why)) {
      rep_.warning(line_no_, col(line, body), "bad pattern (" + why + "); pattern ignored", body);
      return false;
    }
    if (peer::count_verb_tokens(*tokens) != 1) {
      rep_.warning(line_no_, col(line, body), "pattern must have exactly one '*'; pattern ignored", body);
      return false;
    }
    return true;
  }

  void pattern(std::string_view line, std::string_view t) {
    if (!verb_open_) {
      rep_.error(line_no_, col(line, t), "pattern without a verb before it", t);
      return;
    }
    std::string_view body;
    std::optional<std::string_view> inside = code_of(line, t.substr(1), &body);
    if (!inside) {
      rep_.error(line_no_, col(line, t), "pattern without a [code]", t);
      return;
    }
    Pattern p;
    p.src = rep_.src(line_no_, col(line, t));
    if (!pattern_tokens(line, body, &p.tokens)) return;
    std::optional<EventCodeSpec> spec = event_code(line, *inside);
    if (!spec) return;
    p.code = *spec;
    std::string_view comment = line.find(';') == std::string_view::npos ? std::string_view()
                                                                        : line.substr(line.find(';') + 1);
    p.note = std::string(peer::trim(comment));
    set_.verbs.back().patterns.push_back(std::move(p));
  }

  // <TIME> entries: `PHRASE [n]` and `- * MORE WORDS [n]`.
  void time_line(std::string_view line, std::string_view t) {
    bool is_pattern = t[0] == '-' && (t.size() == 1 || peer::is_blank(t[1]));
    std::string_view words;
    std::optional<std::string_view> inside = code_of(line, is_pattern ? t.substr(1) : t, &words);
    if (!inside) {
      rep_.error(line_no_, col(line, t), "time entry without a [shift]", t);
      return;
    }
    std::string text(words);
    if (is_pattern) {
      size_t star = text.find('*');
      if (time_root_.empty() || star == std::string::npos) {
        rep_.error(line_no_, col(line, t), time_root_.empty() ? "time pattern without an entry before it"
                                                              : "time pattern without '*'", t);
        return;
      }
      text.replace(star, 1, time_root_);
    } else {
      time_root_ = text;
    }
    TimeShift ts;
    ts.phrase = peer::make_phrase(text, kTabariStyle);
    ts.src = rep_.src(line_no_, col(line, t));
    if (!time_shift_value(line, *inside, &ts)) return;
    set_.time_shifts.push_back(std::move(ts));
  }

  bool time_shift_value(std::string_view line, std::string_view inside, TimeShift* ts) {
    std::string v;
    for (char c : inside)
      if (!peer::is_blank(c)) v.push_back(c);
    if (v != peer::trim(inside))
      rep_.warning(line_no_, col(line, inside), "blanks inside a time code ignored", inside);
    if (v == "---" || v == "###" || v == "+++") {
      ts->code = v;
      return true;
    }
    size_t i = (!v.empty() && (v[0] == '+' || v[0] == '-')) ? 1 : 0;
    bool digits = i < v.size() && v.size() - i <= 5;
    for (size_t k = i; k < v.size(); ++k) digits = digits && v[k] >= '0' && v[k] <= '9';
    if (!digits) {
      rep_.error(line_no_, col(line, inside), "bad time shift (+n, -n, ---, ### or +++ expected)", inside);
      return false;
    }
    ts->days = std::stoi(v);
    return true;
  }

  enum class Section { kNone, kTime };
  DictionarySet& set_;
  Reporter rep_;
  size_t first_verb_;
  Section section_ = Section::kNone;
  bool in_synset_ = false;
  bool verb_open_ = false;
  uint32_t line_no_ = 0;
  std::string time_root_;
  std::vector<peer::RawSynset> raw_synsets_;
  std::vector<std::string> synset_names_;
};

}  // namespace

Status parse_tabari_verbs_text(std::string_view text, std::string_view name, DictionarySet& set,
                               std::vector<Diagnostic>& diags) {
  return TabariVerbReader(name, set, diags).run(text);
}

Status read_tabari_verbs(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_tabari_verbs_text(text, name, set, diags);
  });
}

}  // namespace dyad
