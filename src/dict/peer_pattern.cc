// Verb-pattern tokens of TABARI, PETRARCH-1 and PETRARCH-2.
//
// A pattern is a sequence of tokens separated by blanks (other words may
// intervene) or '_' (the next token must follow immediately):
//   *  the verb    $ source    + target    % compound    ^ skip an actor
//   &NAME  a synset (the longest defined name; `&CURRENCY_EXCHANGE` is the
//          synset CURRENCY followed by the word EXCHANGE)
//   TABARI:      a word without a trailing '_' is a stem (prefix, stored as
//                "word*"); `XXX~` is a stem that the next token must follow
//                immediately; `{ a | b c }` alternatives, `}_` joins what follows.
//   PETRARCH-1:  full words; `{ | }` is not supported (PETRARCH skips such patterns).
//   PETRARCH-2:  full words; `{A B HEAD}` a noun phrase (last word the head),
//                `(PREP ...)` a prepositional phrase that may hold a noun phrase.
#include <cctype>

#include "dict/peer_internal.h"

namespace dyad::peer {

namespace {

class PatternLexer {
 public:
  PatternLexer(std::string_view s, PatternDialect d, const std::vector<std::string>& synsets)
      : s_(s), dialect_(d), synsets_(synsets) {}

  bool parse(std::vector<PatternToken>* out, std::string* error) {
    if (!sequence(out, '\0', 0)) {
      *error = error_;
      return false;
    }
    if (i_ < s_.size()) {
      *error = std::string("unexpected '") + s_[i_] + "'";
      return false;
    }
    return true;
  }

 private:
  bool fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
    return false;
  }

  static bool word_char(char c) {
    return !is_blank(c) && c != '_' && c != '{' && c != '}' && c != '|' && c != '~' && c != '(' && c != ')';
  }

  // Reads tokens until `close` ('\0' = end of text; '|' also ends a TABARI branch).
  bool sequence(std::vector<PatternToken>* out, char close, int depth) {
    if (depth > 4) return fail("groups nested too deeply");
    bool adjacent = false;
    bool sticky = false;   // set by `XXX~`: the next token is adjacent even after a blank
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (is_blank(c)) {
        adjacent = adjacent && sticky;
        ++i_;
      } else if (c == '_') {
        adjacent = !out->empty() || depth > 0 || adjacent;
        ++i_;
      } else if (c == close || (close == '}' && c == '|' && dialect_ == PatternDialect::kTabari)) {
        return true;
      } else if (c == '}' || c == ')' || c == '|') {
        return fail(std::string("unbalanced '") + c + "'");
      } else if (!token(out, adjacent, depth)) {
        return false;
      } else {
        adjacent = pending_adjacent_;
        sticky = tilde_;
        pending_adjacent_ = tilde_ = false;
      }
    }
    if (close != '\0') return fail(std::string("missing '") + close + "'");
    return true;
  }

  bool token(std::vector<PatternToken>* out, bool adjacent, int depth) {
    char c = s_[i_];
    PatternToken t;
    t.adjacent = adjacent;
    if (c == '{') return brace(out, adjacent, depth);
    if (c == '(') return paren(out, adjacent, depth);
    if (c == '~') return fail("'~' without a word before it");
    bool single = i_ + 1 >= s_.size() || !word_char(s_[i_ + 1]) || s_[i_ + 1] == '_';
    if (single && (c == '*' || c == '$' || c == '+' || c == '%' || c == '^')) {
      t.kind = c == '*'   ? PatternTokenKind::kVerb
               : c == '$' ? PatternTokenKind::kSource
               : c == '+' ? PatternTokenKind::kTarget
               : c == '%' ? PatternTokenKind::kCompound
                          : PatternTokenKind::kSkip;
      ++i_;
      out->push_back(std::move(t));
      return true;
    }
    if (c == '&') return synset(out, adjacent);
    return word(out, adjacent);
  }

  bool synset(std::vector<PatternToken>* out, bool adjacent) {
    ++i_;
    size_t len = synset_name_length(s_.substr(i_), synsets_);
    if (len == 0) return fail("'&' without a synset name");
    std::string name(s_.substr(i_, len));
    i_ += len;
    while (!name.empty() && name.back() == '_') {
      name.pop_back();
      pending_adjacent_ = true;   // `&AUXVERB1_*`: the label's '_' joins
    }
    PatternToken t;
    t.kind = PatternTokenKind::kSynset;
    t.text = std::move(name);
    t.adjacent = adjacent;
    out->push_back(std::move(t));
    return true;
  }

  bool word(std::vector<PatternToken>* out, bool adjacent) {
    size_t start = i_;
    while (i_ < s_.size() && word_char(s_[i_])) ++i_;
    std::string_view w = s_.substr(start, i_ - start);
    std::vector<std::string> keys = keys_of(w);
    if (keys.empty()) return fail("word without letters: " + std::string(w));
    // A word the front end splits ("DIDN'T") becomes adjacent word tokens.
    for (size_t k = 0; k + 1 < keys.size(); ++k) {
      PatternToken part;
      part.adjacent = k == 0 ? adjacent : true;
      part.text = std::move(keys[k]);
      out->push_back(std::move(part));
    }
    PatternToken t;
    t.adjacent = keys.size() > 1 ? true : adjacent;
    t.text = std::move(keys.back());
    if (dialect_ == PatternDialect::kTabari) {
      if (i_ < s_.size() && s_[i_] == '~') {
        ++i_;
        t.text.push_back('*');
        pending_adjacent_ = tilde_ = true;
      } else if (i_ >= s_.size() || s_[i_] != '_') {
        t.text.push_back('*');   // TABARI stem: no '_' after the word
      }
    } else if (i_ < s_.size() && s_[i_] == '~') {
      return fail("'~' stems are TABARI syntax");
    }
    out->push_back(std::move(t));
    return true;
  }

  bool brace(std::vector<PatternToken>* out, bool adjacent, int depth) {
    if (dialect_ == PatternDialect::kPetrarch1) return fail("PETRARCH-1 does not support { } in patterns");
    ++i_;
    PatternToken t;
    t.adjacent = adjacent;
    if (dialect_ == PatternDialect::kPetrarch2) {
      t.kind = PatternTokenKind::kNounPhrase;
      if (!sequence(&t.children, '}', depth + 1)) return false;
      ++i_;
      if (t.children.empty()) return fail("empty noun phrase { }");
    } else {
      t.kind = PatternTokenKind::kAlternatives;
      while (true) {
        std::vector<PatternToken> branch;
        if (!sequence(&branch, '}', depth + 1)) return false;
        if (branch.empty()) return fail("empty alternative in { | }");
        t.alternatives.push_back(std::move(branch));
        if (s_[i_++] == '}') break;
      }
    }
    out->push_back(std::move(t));
    return true;
  }

  bool paren(std::vector<PatternToken>* out, bool adjacent, int depth) {
    if (dialect_ != PatternDialect::kPetrarch2) return fail("( ) prepositional phrases are PETRARCH-2 syntax");
    ++i_;
    PatternToken t;
    t.kind = PatternTokenKind::kPrepPhrase;
    t.adjacent = adjacent;
    if (!sequence(&t.children, ')', depth + 1)) return false;
    ++i_;
    if (t.children.empty()) return fail("empty prepositional phrase ( )");
    out->push_back(std::move(t));
    return true;
  }

  std::string_view s_;
  PatternDialect dialect_;
  const std::vector<std::string>& synsets_;
  size_t i_ = 0;
  bool pending_adjacent_ = false;
  bool tilde_ = false;
  std::string error_;
};

}  // namespace

bool parse_pattern_tokens(std::string_view body, PatternDialect dialect, const std::vector<std::string>& synsets,
                          std::vector<PatternToken>* out, std::string* error) {
  std::string text(body);
  if (dialect == PatternDialect::kTabari)
    for (char& c : text)
      if (c == '-') c = '_';   // TABARI: a hyphen in a dictionary is '_'
  PatternLexer lexer(text, dialect, synsets);
  out->clear();
  return lexer.parse(out, error);
}

int count_verb_tokens(const std::vector<PatternToken>& tokens) {
  int n = 0;
  for (const PatternToken& t : tokens) n += t.kind == PatternTokenKind::kVerb;
  return n;
}

}  // namespace dyad::peer
