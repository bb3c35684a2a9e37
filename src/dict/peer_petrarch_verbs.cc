// PETRARCH-1 and PETRARCH-2 verb dictionaries (field.md 6.4-6.5).
//
//   &LABEL / +member          synsets, anywhere before use (a trailing '_' on
//                             the label turns generated forms off)
//   --- NAME [code] ---       a block; its code applies to verbs without one
//   VERB {FORMS} [code]       verb lines; `+` marks the inflected word of a
//                             multi-word verb (WIRE_+TAP, +BREAK_DOWN)
//   - pattern [code] # note   the block's patterns (see peer_pattern.cc)
//   ~ a (b . ATTACK) SAY = a b 112   PETRARCH-2 transformations
//
// A block's patterns apply to every verb of the block. Verbs of a block are
// grouped by (code, inflected word) into one Verb each, and every group gets
// the block's patterns, so no shared-block convention is needed downstream.
#include <map>

#include "dict/peer_internal.h"

namespace dyad {

using peer::Reporter;

const char* petrarch_verb_syntax_name(PetrarchVerbSyntax s) {
  switch (s) {
    case PetrarchVerbSyntax::kPetrarch1: return "petrarch1";
    case PetrarchVerbSyntax::kPetrarch2: return "petrarch2";
    default: return "auto";
  }
}

namespace {

const peer::PhraseStyle kVerbStyle{false, false, false, false, true};

// The detection rule of read_petrarch_verbs(); *why gets the deciding line.
PetrarchVerbSyntax detect_syntax(std::string_view text, uint32_t* line_no, std::string* why) {
  peer::LineReader lines(text);
  std::string_view line;
  while (lines.next(&line)) {
    std::string_view t = peer::trim(peer::strip_hash_comment(line));
    *line_no = lines.line_number();
    if (!t.empty() && t[0] == '~') {
      *why = "transformation line";
      return PetrarchVerbSyntax::kPetrarch2;
    }
    if (t.empty() || t[0] != '-' || t.substr(0, 3) == "---") continue;
    std::string_view body = t.substr(0, t.rfind('['));
    if (body.find('(') != std::string_view::npos) {
      *why = "pattern with a (prepositional phrase)";
      return PetrarchVerbSyntax::kPetrarch2;
    }
    size_t open = body.find('{');
    size_t close = body.find('}', open == std::string_view::npos ? 0 : open);
    if (open != std::string_view::npos && close != std::string_view::npos &&
        body.substr(open, close - open).find('|') == std::string_view::npos) {
      *why = "pattern with a {noun phrase}";
      return PetrarchVerbSyntax::kPetrarch2;
    }
  }
  *line_no = 0;
  return PetrarchVerbSyntax::kPetrarch1;
}

struct Block {
  std::string name;
  EventCodeSpec code{"---", "", CodeStrength::kPlain};
  std::vector<Verb> groups;
  std::vector<Pattern> patterns;
  uint32_t line = 0, column = 0;
};

class PetrarchVerbReader {
 public:
  PetrarchVerbReader(std::string_view name, PetrarchVerbSyntax syntax, DictionarySet& set,
                     std::vector<Diagnostic>& diags)
      : set_(set), rep_(name, "petrarch", set, diags), syntax_(syntax), first_verb_(set.verbs.size()) {}

  Status run(std::string_view text) {
    peer::PetrarchLines lines(text, rep_);
    std::string_view line;
    while (lines.next(&line)) {
      line_no_ = lines.line_number();
      std::string_view body = peer::trim(peer::strip_hash_comment(line));
      if (body.empty()) {
        // A blank line ends a synset; a comment-only line does not.
        if (peer::trim(line).empty()) in_synset_ = false;
        continue;
      }
      handle(line, body);
    }
    close_block();
    peer::build_synsets(raw_synsets_, kVerbStyle, set_, rep_);
    peer::drop_patterns_with_unknown_synsets(set_, first_verb_, rep_);
    return rep_.status();
  }

 private:
  uint32_t col(std::string_view line, std::string_view part) const { return peer::column_of(line, part); }
  bool p2() const { return syntax_ == PetrarchVerbSyntax::kPetrarch2; }

  void handle(std::string_view line, std::string_view t) {
    if (t[0] == '+' && in_synset_) return synset_member(line, t);
    in_synset_ = false;
    if (t.substr(0, 3) == "---") return block_header(line, t);
    if (t[0] == '&') return synset_head(line, t);
    if (t[0] == '~') return transformation(line, t);
    if (t[0] == '-') return pattern(line, t);
    verb_line(line, t);
  }

  void synset_head(std::string_view line, std::string_view t) {
    std::string_view name = peer::trim(t.substr(1));
    if (name.empty() || name.find(' ') != std::string_view::npos) {
      rep_.error(line_no_, col(line, t), "bad synset label", t);
      return;
    }
    peer::RawSynset s;
    s.name = std::string(name);
    s.no_forms = s.name.back() == '_';
    while (!s.name.empty() && s.name.back() == '_') s.name.pop_back();
    s.src = rep_.src(line_no_, col(line, t));
    raw_synsets_.push_back(std::move(s));
    synset_names_.push_back(raw_synsets_.back().name);
    in_synset_ = true;
  }

  void synset_member(std::string_view line, std::string_view t) {
    std::string_view m = peer::trim(t.substr(1));
    if (m.size() >= 2 && m.front() == '(' && m.back() == ')') {
      // PETRARCH-2 lets a member be a prepositional phrase; the Synset model
      // holds plain phrases, so its words are kept in order.
      rep_.note(line_no_, col(line, m), "prepositional-phrase synset member read as its words", m);
      m = peer::trim(m.substr(1, m.size() - 2));
    }
    if (m.empty()) {
      rep_.warning(line_no_, col(line, t), "empty synset member ignored", t);
      return;
    }
    raw_synsets_.back().members.push_back({std::string(m), rep_.src(line_no_, col(line, m))});
  }

  void block_header(std::string_view line, std::string_view t) {
    close_block();
    std::string_view inner = peer::trim(t.substr(3));
    if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner = peer::trim(inner.substr(0, inner.size() - 3));
    size_t open = inner.find('[');
    block_ = Block{};
    block_->name = std::string(peer::trim(inner.substr(0, open)));
    block_->line = line_no_;
    block_->column = col(line, t);
    if (block_->name.empty()) rep_.warning(line_no_, col(line, t), "block without a name", t);
    if (open == std::string_view::npos) return;
    std::vector<std::string_view> groups = peer::bracket_groups(inner, line, rep_, line_no_);
    if (groups.size() > 1)
      rep_.warning(line_no_, col(line, groups[1]), "block header has more than one code; the first is used, as in PETRARCH",
                   t);
    if (groups.empty()) return;
    std::optional<EventCodeSpec> spec = peer::parse_event_code(groups[0]);
    if (!spec) rep_.error(line_no_, col(line, groups[0]), "malformed block code", groups[0]);
    else block_->code = *spec;
  }

  // Parses "WORD_+WORD" into a phrase and the index of the inflected word.
  Phrase verb_phrase(std::string_view text, int* verb_word) {
    std::string clean;
    *verb_word = 0;
    int word = 0;
    for (char c : text) {
      if (c == '_' || peer::is_blank(c)) ++word;
      if (c == '+') {
        *verb_word = word;
        continue;
      }
      clean.push_back(c);
    }
    Phrase p = peer::make_phrase(clean, kVerbStyle);
    if (*verb_word >= static_cast<int>(p.words.size())) *verb_word = 0;
    return p;
  }

  std::vector<std::string> forms_of(std::string_view inner) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < inner.size()) {
      while (pos < inner.size() && peer::is_blank(inner[pos])) ++pos;
      size_t end = pos;
      while (end < inner.size() && !peer::is_blank(inner[end])) ++end;
      int ignored = 0;
      Phrase f = verb_phrase(inner.substr(pos, end - pos), &ignored);
      std::string joined;
      for (const std::string& w : f.words) joined += (joined.empty() ? "" : " ") + w;
      if (!joined.empty()) out.push_back(std::move(joined));
      pos = end;
    }
    return out;
  }

  void verb_line(std::string_view line, std::string_view t) {
    if (!block_) {
      rep_.warning(line_no_, col(line, t), "verb before any '--- NAME ---' block; it starts its own block", t);
      block_ = Block{std::string(t.substr(0, t.find_first_of("[{"))), {"---", "", CodeStrength::kPlain}, {}, {},
                     line_no_, col(line, t)};
    }
    size_t brace = t.find('{');
    size_t bracket = t.find('[');
    std::string_view words = peer::trim(t.substr(0, std::min(brace, bracket)));
    int verb_word = 0;
    Phrase p = verb_phrase(words, &verb_word);
    if (p.words.empty()) {
      rep_.error(line_no_, col(line, t), "verb line without a verb", t);
      return;
    }
    std::vector<std::string> forms;
    if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
      size_t close = t.find('}', brace);
      if (close == std::string_view::npos) rep_.warning(line_no_, col(line, t.substr(brace)), "forms without '}'", t);
      forms = forms_of(t.substr(brace + 1, close == std::string_view::npos ? t.npos : close - brace - 1));
      if (!p2()) p.no_forms = true;   // PETRARCH-1: listed forms are all the forms
    }
    EventCodeSpec code = block_->code;
    if (bracket != std::string_view::npos) {
      std::vector<std::string_view> g = peer::bracket_groups(t.substr(bracket), line, rep_, line_no_);
      std::optional<EventCodeSpec> spec = g.empty() ? std::nullopt : peer::parse_event_code(g[0]);
      if (!spec) rep_.error(line_no_, col(line, t.substr(bracket)), "malformed verb code; block code used", t);
      else code = *spec;
    }
    Verb& v = group_for(code, verb_word, line, t);
    v.lemmas.push_back(std::move(p));
    v.forms.insert(v.forms.end(), forms.begin(), forms.end());
  }

  Verb& group_for(const EventCodeSpec& code, int verb_word, std::string_view line, std::string_view t) {
    for (Verb& v : block_->groups)
      if (v.code.code == code.code && v.code.paired == code.paired && v.code.strength == code.strength &&
          v.verb_word == verb_word)
        return v;
    Verb v;
    v.block = block_->name;
    v.code = code;
    v.verb_word = verb_word;
    v.src = rep_.src(line_no_, col(line, t));
    block_->groups.push_back(std::move(v));
    return block_->groups.back();
  }

  void pattern(std::string_view line, std::string_view t) {
    if (!block_) {
      rep_.error(line_no_, col(line, t), "pattern before any '--- NAME ---' block", t);
      return;
    }
    size_t open = t.rfind('[');
    if (open == std::string_view::npos) {
      rep_.error(line_no_, col(line, t), "pattern without a [code]", t);
      return;
    }
    std::string_view body = peer::trim(t.substr(1, open - 1));
    std::vector<std::string_view> g = peer::bracket_groups(t.substr(open), line, rep_, line_no_);
    std::optional<EventCodeSpec> spec = g.empty() ? std::nullopt : peer::parse_event_code(g[0]);
    if (!spec) {
      rep_.error(line_no_, col(line, t.substr(open)), "malformed pattern code", t);
      return;
    }
    if (spec->code == "###")
      rep_.warning(line_no_, col(line, t.substr(open)), "[###] is a TABARI discard code; PETRARCH has no discard verbs",
                   t);
    Pattern p;
    p.code = *spec;
    p.src = rep_.src(line_no_, col(line, t));
    if (!pattern_tokens(line, body, &p.tokens)) return;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) p.note = std::string(peer::trim(line.substr(hash + 1)));
    block_->patterns.push_back(std::move(p));
  }

  bool pattern_tokens(std::string_view line, std::string_view body, std::vector<PatternToken>* tokens) {
    uint32_t c = col(line, body);
    if (!p2() && body.find('{') != std::string_view::npos) {
      rep_.warning(line_no_, c, "PETRARCH-1 skips patterns with { } groups; pattern ignored", body);
      return false;
    }
    std::string why;
    auto dialect = p2() ? peer::PatternDialect::kPetrarch2 : peer::PatternDialect::kPetrarch1;
    if (!peer::parse_pattern_tokens(body, dialect, synset_names_, tokens, &why)) {
      rep_.warning(line_no_, c, "bad pattern (" + why + "); pattern ignored", body);
      return false;
    }
    int verbs = peer::count_verb_tokens(*tokens);
    if (verbs > 1 || (verbs == 0 && !p2())) {
      rep_.warning(line_no_, c, verbs > 1 ? "pattern has more than one '*'; pattern ignored" : "pattern without '*'; pattern ignored", body);
      return false;
    }
    return true;
  }

  void transformation(std::string_view line, std::string_view t) {
    uint32_t c = col(line, t);
    if (!p2()) rep_.warning(line_no_, c, "transformation in a PETRARCH-1 file (a PETRARCH-2 construct)", t);
    std::string_view rest = peer::trim(t.substr(1));
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos) {
      rep_.error(line_no_, c, "transformation without '='", t);
      return;
    }
    Transformation tr;
    tr.pattern = tidy(rest.substr(0, eq));
    tr.result = tidy(rest.substr(eq + 1));
    tr.src = rep_.src(line_no_, c);
    int depth = 0, words = 0;
    for (char ch : tr.pattern) {
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (depth < 0) break;
    }
    for (size_t i = 0; i < tr.result.size(); ++i) words += tr.result[i] != ' ' && (i == 0 || tr.result[i - 1] == ' ');
    if (depth != 0 || tr.pattern.empty()) {
      rep_.error(line_no_, c, "transformation pattern has unbalanced parentheses", t);
      return;
    }
    if (words != 3) {
      rep_.error(line_no_, c, "transformation result must be 'source target code'", t);
      return;
    }
    set_.transformations.push_back(std::move(tr));
  }

  // Single blanks, none just inside parentheses: "a (b . ATTACK ) WANT" -> "a (b . ATTACK) WANT".
  static std::string tidy(std::string_view s) {
    std::string out;
    for (char ch : peer::trim(s)) {
      if (peer::is_blank(ch)) {
        if (!out.empty() && out.back() != ' ' && out.back() != '(') out.push_back(' ');
        continue;
      }
      if (ch == ')' && !out.empty() && out.back() == ' ') out.pop_back();
      out.push_back(ch);
    }
    return out;
  }

  void close_block() {
    if (!block_) return;
    Block& b = *block_;
    if (b.groups.empty()) {
      if (!b.patterns.empty())
        rep_.warning(b.line, b.column, "block without verb lines; its patterns are ignored", b.name);
      block_.reset();
      return;
    }
    for (size_t i = 0; i < b.groups.size(); ++i) {
      b.groups[i].patterns = i + 1 < b.groups.size() ? b.patterns : std::move(b.patterns);
      set_.verbs.push_back(std::move(b.groups[i]));
    }
    block_.reset();
  }

  DictionarySet& set_;
  Reporter rep_;
  PetrarchVerbSyntax syntax_;
  size_t first_verb_;
  std::optional<Block> block_;
  bool in_synset_ = false;
  uint32_t line_no_ = 0;
  std::vector<peer::RawSynset> raw_synsets_;
  std::vector<std::string> synset_names_;

 public:
  Reporter& reporter() { return rep_; }
};

}  // namespace

Status parse_petrarch_verbs_text(std::string_view text, std::string_view name, PetrarchVerbSyntax syntax,
                                 DictionarySet& set, std::vector<Diagnostic>& diags, PetrarchVerbSyntax* detected) {
  uint32_t line = 0;
  std::string why = "given";
  PetrarchVerbSyntax used = syntax;
  if (syntax == PetrarchVerbSyntax::kAuto) {
    used = detect_syntax(text, &line, &why);
    if (line == 0) why = "no PETRARCH-2 construct found";
  }
  PetrarchVerbReader reader(name, used, set, diags);
  reader.reporter().note(line, 1, std::string("verbs syntax: ") + petrarch_verb_syntax_name(used) + " (" +
                                      (syntax == PetrarchVerbSyntax::kAuto ? "detected: " : "") + why + ")",
                         "");
  if (detected) *detected = used;
  return reader.run(text);
}

Status read_petrarch_verbs(const std::string& path, PetrarchVerbSyntax syntax, DictionarySet& set,
                           std::vector<Diagnostic>& diags, PetrarchVerbSyntax* detected) {
  return peer::read_and_parse(path, diags, [&](std::string_view text, std::string_view name) {
    return parse_petrarch_verbs_text(text, name, syntax, set, diags, detected);
  });
}

}  // namespace dyad
