// The small grammars inside dyad dictionary lines, read and written: phrases,
// event codes, date ranges and verb patterns. The writer functions produce the
// canonical form documented in docs/dictionaries.md ("Canonical form").
#include <algorithm>
#include <cctype>
#include <charconv>

#include "dict/dict_internal.h"
#include "dyad/frontend.h"

namespace dyad::internal {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Characters that must be escaped inside phrase text.
bool needs_escape(char c) { return c == '#' || c == '|' || c == '"' || c == '@' || c == '\\'; }

}  // namespace

std::string escape_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (needs_escape(c)) out += '\\';
    out += c;
  }
  return out;
}

std::string unescape_text(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out += s[i];
  }
  return out;
}

std::vector<std::string> phrase_words(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    if (j == i) break;
    std::string_view word = text.substr(i, j - i);
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    // Tokenise each blank-separated word as the text front end does, so that
    // "People's" splits (or not) exactly as it will in stories.
    // The tokenizer knows "R." and "St." as abbreviations only when capitalised,
    // as names are in stories: tokenise the capitalised word so that "r." and
    // "R." give the same words (and the canonical form is stable).
    std::string w(word);
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
    // A clitic written alone ("john 's", as the tokenizer splits "John's") stays one word.
    auto toks = w[0] == '\'' ? std::vector<Token>{} : tokenize(w, Span{0, static_cast<uint32_t>(w.size())});
    size_t first = words.size();
    for (const auto& t : toks) {
      if (t.flags & kTokHyphenPart) continue;  // "al-qaeda" is one word; its parts are extra tokens
      std::string key = normalize_key(std::string_view(w).substr(t.span.begin, t.span.size()));
      if (!key.empty()) words.push_back(std::move(key));
    }
    if (words.size() == first) {
      std::string key = normalize_key(w);
      if (!key.empty()) words.push_back(std::move(key));
    }
    if (prefix && words.size() > first) words.back() += '*';
    i = j;
  }
  return words;
}

std::optional<Phrase> parse_phrase(std::string_view text) {
  std::string raw = unescape_text(trim(text));
  Phrase p;
  std::string_view body = raw;
  if (!body.empty() && body.back() == '=') {
    p.no_forms = true;
    body.remove_suffix(1);
    body = trim(body);
  }
  if (body.size() > 1 && body[0] == '&' && body.find_first_of(" \t") == std::string_view::npos) {
    p.words = {"&" + normalize_key(body.substr(1))};  // a synset member naming another synset
  } else {
    p.words = phrase_words(body);
  }
  if (p.words.empty()) return std::nullopt;
  std::string joined;
  for (const auto& w : p.words) joined += (joined.empty() ? "" : " ") + w;
  // Keep the written form only when it says more than the words (case, punctuation).
  if (std::string(body) != joined) p.text = std::string(body);
  return p;
}

std::vector<Phrase> parse_phrase_list(std::string_view text, std::vector<std::string>* bad) {
  std::vector<Phrase> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '\\') {
      ++i;
      continue;
    }
    if (i == text.size() || text[i] == '|') {
      std::string_view part = text.substr(start, i - start);
      if (auto p = parse_phrase(part)) {
        out.push_back(std::move(*p));
      } else if (bad) {
        bad->push_back(std::string(trim(part)));
      }
      start = i + 1;
    }
  }
  return out;
}

std::string phrase_to_text(const Phrase& p) {
  std::string body;
  if (!p.text.empty()) {
    body = escape_text(p.text);
  } else {
    for (size_t i = 0; i < p.words.size(); ++i) {
      if (i) body += ' ';
      body += escape_text(p.words[i]);
    }
    if (p.stem_last && !body.empty() && body.back() != '*') body += '*';
  }
  if (p.no_forms) body += '=';
  return body;
}

std::string phrase_list_to_text(const std::vector<Phrase>& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += " | ";
    out += phrase_to_text(list[i]);
  }
  return out;
}

bool is_code(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '#' || c == '+' || c == '/' ||
              c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::optional<EventCodeSpec> parse_code_spec(std::string_view s) {
  EventCodeSpec spec;
  s = trim(s);
  if (!s.empty() && s.back() == '?') {
    spec.strength = CodeStrength::kSubordinate;
    s.remove_suffix(1);
  } else if (!s.empty() && s.back() == '!') {
    spec.strength = CodeStrength::kDominant;
    s.remove_suffix(1);
  }
  size_t colon = s.find(':');
  spec.code = std::string(s.substr(0, colon));
  if (colon != std::string_view::npos) {
    spec.paired = std::string(s.substr(colon + 1));
    if (!is_code(spec.paired)) return std::nullopt;
  }
  // A peer pair may lack its first half ("[:173]"): keep it as written.
  if (!is_code(spec.code) && !(spec.code.empty() && colon != std::string_view::npos)) return std::nullopt;
  return spec;
}

std::string code_spec_to_text(const EventCodeSpec& c) {
  std::string out = c.code;
  if (!c.paired.empty()) out += ':' + c.paired;
  if (c.strength == CodeStrength::kSubordinate) out += '?';
  if (c.strength == CodeStrength::kDominant) out += '!';
  return out;
}

namespace {

int number(std::string_view s) {
  int v = -1;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() ? v : -1;
}

int month_days(int y, int m) {
  Date d{y, m, 31};
  while (!d.valid() && d.day > 27) --d.day;
  return d.day;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `end` picks the last day of a year or month.
bool parse_date_end(std::string_view s, bool end, Date* out, DatePart* part) {
  if (s.size() == 10) {
    auto d = Date::parse_iso(s);
    if (!d) return false;
    *out = *d;
    *part = DatePart::kDay;
    return true;
  }
  if (s.size() == 7 && s[4] == '-') {
    int y = number(s.substr(0, 4)), m = number(s.substr(5, 2));
    if (y < 1 || m < 1 || m > 12) return false;
    *out = Date{y, m, end ? month_days(y, m) : 1};
    *part = DatePart::kMonth;
    return true;
  }
  if (s.size() == 4) {
    int y = number(s);
    if (y < 1) return false;
    *out = end ? Date{y, 12, 31} : Date{y, 1, 1};
    *part = DatePart::kYear;
    return true;
  }
  return false;
}

std::string date_end_text(const Date& d, DatePart part) {
  std::string iso = d.iso();
  if (part == DatePart::kYear) return iso.substr(0, 4);
  if (part == DatePart::kMonth) return iso.substr(0, 7);
  return iso;
}

}  // namespace

std::optional<DateRange> parse_range(std::string_view s) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  if (a.empty() && b.empty()) return std::nullopt;
  DateRange r;
  if (!a.empty()) {
    Date d;
    if (!parse_date_end(a, false, &d, &r.from_part)) return std::nullopt;
    r.from = d;
  }
  if (!b.empty()) {
    Date d;
    if (!parse_date_end(b, true, &d, &r.to_part)) return std::nullopt;
    r.to = d;
  }
  return r;
}

std::string range_to_text(const DateRange& r) {
  std::string out;
  if (r.from) out += date_end_text(*r.from, r.from_part);
  out += "..";
  if (r.to) out += date_end_text(*r.to, r.to_part);
  return out;
}

// ------------------------------------------------------------------ patterns

namespace {

class PatternParser {
 public:
  explicit PatternParser(std::string_view s) : s_(s) {}

  bool parse_sequence(char close, std::vector<PatternToken>* out, std::string* error) {
    bool adjacent = false;
    while (true) {
      skip_blanks();
      if (at_end()) {
        if (close) return fail(std::string("missing '") + close + "'", error);
        return true;
      }
      char c = s_[i_];
      if (c == close) {
        ++i_;
        closed_ = true;
        return true;
      }
      if (c == '|' && close == '}') {  // handled by parse_alternatives
        closed_ = false;
        return true;
      }
      if (c == '_' && !out->empty()) {  // "_word" after a blank: adjacent (used after synsets)
        ++i_;
        adjacent = true;
        continue;
      }
      if (c == '}' || c == '>' || c == ')') return fail(std::string("unexpected '") + c + "'", error);
      PatternToken tok;
      if (!parse_token(&tok, error)) return false;
      tok.adjacent = adjacent;
      out->push_back(std::move(tok));
      adjacent = !at_end() && s_[i_] == '_';
      if (adjacent) ++i_;
    }
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }
  void skip_blanks() {
    while (!at_end() && is_space(s_[i_])) ++i_;
  }
  bool fail(std::string msg, std::string* error) {
    *error = std::move(msg);
    return false;
  }

  bool parse_token(PatternToken* tok, std::string* error) {
    char c = s_[i_];
    if (c == '{') {
      ++i_;
      return parse_alternatives(tok, error);
    }
    if (c == '<' || c == '(') {
      ++i_;
      tok->kind = c == '<' ? PatternTokenKind::kNounPhrase : PatternTokenKind::kPrepPhrase;
      if (!parse_sequence(c == '<' ? '>' : ')', &tok->children, error)) return false;
      if (tok->children.empty()) return fail("empty phrase group", error);
      return true;
    }
    // Synset names may contain '_' (PETRARCH's &TOBEVERB_), so they end only at a blank or bracket.
    bool synset = c == '&';
    size_t j = i_;
    while (j < s_.size() && !is_space(s_[j]) && (synset || s_[j] != '_') &&
           std::string_view("{}<>()|").find(s_[j]) == std::string_view::npos)
      ++j;
    std::string_view word = s_.substr(i_, j - i_);
    i_ = j;
    if (word.empty()) return fail("empty token", error);
    return classify(word, tok, error);
  }

  bool parse_alternatives(PatternToken* tok, std::string* error) {
    tok->kind = PatternTokenKind::kAlternatives;
    while (true) {
      std::vector<PatternToken> alt;
      if (!parse_sequence('}', &alt, error)) return false;
      tok->alternatives.push_back(std::move(alt));
      if (closed_) return true;
      if (!at_end() && s_[i_] == '|') {
        ++i_;
        continue;
      }
      return fail("missing '}'", error);
    }
  }

  static bool classify(std::string_view word, PatternToken* tok, std::string* error) {
    if (word == "*") tok->kind = PatternTokenKind::kVerb;
    else if (word == "$") tok->kind = PatternTokenKind::kSource;
    else if (word == "+") tok->kind = PatternTokenKind::kTarget;
    else if (word == "%") tok->kind = PatternTokenKind::kCompound;
    else if (word == "^") tok->kind = PatternTokenKind::kSkip;
    else if (word[0] == '&') {
      if (word.size() < 2) {
        *error = "synset token '&' without a name";
        return false;
      }
      tok->kind = PatternTokenKind::kSynset;
      tok->text = std::string(word.substr(1));
    } else {
      tok->kind = PatternTokenKind::kWord;
      bool prefix = word.size() > 1 && word.back() == '*';
      std::string key = normalize_key(prefix ? word.substr(0, word.size() - 1) : word);
      if (key.empty()) {
        *error = "word '" + std::string(word) + "' normalises to nothing";
        return false;
      }
      tok->text = key + (prefix ? "*" : "");
    }
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  bool closed_ = false;
};

void token_to_text(const PatternToken& t, std::string* out);

void sequence_to_text(const std::vector<PatternToken>& seq, std::string* out) {
  for (size_t i = 0; i < seq.size(); ++i) {
    if (i && seq[i].adjacent) {
      *out += seq[i - 1].kind == PatternTokenKind::kSynset ? " _" : "_";
    } else if (i) {
      *out += ' ';
    }
    token_to_text(seq[i], out);
  }
}

void token_to_text(const PatternToken& t, std::string* out) {
  switch (t.kind) {
    case PatternTokenKind::kWord: *out += t.text; break;
    case PatternTokenKind::kVerb: *out += '*'; break;
    case PatternTokenKind::kSource: *out += '$'; break;
    case PatternTokenKind::kTarget: *out += '+'; break;
    case PatternTokenKind::kCompound: *out += '%'; break;
    case PatternTokenKind::kSkip: *out += '^'; break;
    case PatternTokenKind::kSynset: *out += '&' + t.text; break;
    case PatternTokenKind::kAlternatives:
      *out += '{';
      for (size_t i = 0; i < t.alternatives.size(); ++i) {
        if (i) *out += " | ";
        sequence_to_text(t.alternatives[i], out);
      }
      *out += '}';
      break;
    case PatternTokenKind::kNounPhrase:
    case PatternTokenKind::kPrepPhrase: {
      bool noun = t.kind == PatternTokenKind::kNounPhrase;
      *out += noun ? '<' : '(';
      sequence_to_text(t.children, out);
      *out += noun ? '>' : ')';
      break;
    }
  }
}

int alnum_count(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  }));
}

}  // namespace

bool parse_pattern_tokens(std::string_view s, std::vector<PatternToken>* out, std::string* error) {
  PatternParser p(s);
  return p.parse_sequence('\0', out, error);
}

std::string pattern_tokens_to_text(const std::vector<PatternToken>& tokens) {
  std::string out;
  sequence_to_text(tokens, &out);
  return out;
}

int pattern_length(const std::vector<PatternToken>& tokens) {
  int n = 0;
  for (const auto& t : tokens) {
    switch (t.kind) {
      case PatternTokenKind::kWord:
      case PatternTokenKind::kSynset: n += alnum_count(t.text); break;
      case PatternTokenKind::kAlternatives: {
        int best = 0;
        for (const auto& alt : t.alternatives) best = std::max(best, pattern_length(alt));
        n += best;
        break;
      }
      case PatternTokenKind::kNounPhrase:
      case PatternTokenKind::kPrepPhrase: n += pattern_length(t.children); break;
      default: break;
    }
  }
  return n;
}

}  // namespace dyad::internal
