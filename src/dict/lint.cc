// Lint: the checks that catch dictionary mistakes before they become silent
// miscoding. Each finding cites file:line:col. For peer sets (LintOptions::peer)
// the findings the peer coders tolerated are warnings.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include "dict/dict_internal.h"

namespace dyad {

namespace {

using Severity = Diagnostic::Severity;

class Linter {
 public:
  Linter(const DictionarySet& set, const LintOptions& opt)
      : set_(set), opt_(opt), codes_(opt.event_codes.begin(), opt.event_codes.end()) {
    for (const auto& s : set.synsets) synsets_.insert(lower(s.name));
  }

  std::vector<Diagnostic> run() {
    check_names();
    for (const auto& a : set_.actors) check_actor(a);
    for (const auto& a : set_.agents) check_agent(a);
    for (const auto& v : set_.verbs) check_verb(v);
    for (const auto& t : set_.transformations) check_transformation(t);
    std::stable_sort(out_.begin(), out_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return std::move(out_);
  }

 private:
  static std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  std::string file(const EntrySource& s) const { return s.file < set_.files.size() ? set_.files[s.file] : "?"; }

  // `tolerated`: a finding the peers accepted (a warning in peer sets).
  void report(const EntrySource& src, bool tolerated, const std::string& msg, const std::string& text) {
    Diagnostic d;
    d.severity = tolerated && opt_.peer ? Severity::kWarning : Severity::kError;
    d.file = file(src);
    d.line = src.line;
    d.column = src.column;
    d.message = msg;
    d.text = text;
    out_.push_back(std::move(d));
  }
  void warn(const EntrySource& src, const std::string& msg, const std::string& text) {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.file = file(src);
    d.line = src.line;
    d.column = src.column;
    d.message = msg;
    d.text = text;
    out_.push_back(std::move(d));
  }

  static std::string key(const Phrase& p) {
    std::string k;
    for (const auto& w : p.words) k += (k.empty() ? "" : " ") + w;
    return k;
  }

  static std::string codes_key(const std::vector<DatedCode>& codes, const std::vector<std::string>& compound) {
    std::string k;
    for (const auto& c : codes) k += c.code + "@" + (c.range ? internal::range_to_text(*c.range) : "") + ";";
    for (const auto& c : compound) k += c + "/";
    return k;
  }

  std::string where(const EntrySource& s) const { return file(s) + ":" + std::to_string(s.line); }

  // Duplicate names with conflicting codes (names, places and agent phrases each in their own space).
  void check_names() {
    std::unordered_map<std::string, size_t> seen;
    for (size_t i = 0; i < set_.actors.size(); ++i) {
      const Actor& a = set_.actors[i];
      const std::pair<const char*, const std::vector<Phrase>*> lists[] = {
          {"name", &a.names}, {"adjective", &a.adjectives}, {"demonym", &a.demonyms},
          {"place", &a.capitals}, {"place", &a.cities}};
      for (const auto& [space, list] : lists) {
        for (const auto& p : *list) {
          auto [it, fresh] = seen.emplace(std::string(space) + ":" + key(p), i);
          if (fresh || it->second == i) continue;
          const Actor& b = set_.actors[it->second];
          if (codes_key(a.codes, a.compound) != codes_key(b.codes, b.compound)) {
            report(a.src, true, std::string(space) + " '" + key(p) + "' is also defined at " + where(b.src) +
                                    " with different codes", key(p));
          }
        }
      }
    }
    std::unordered_map<std::string, size_t> agents;
    for (size_t i = 0; i < set_.agents.size(); ++i) {
      for (const auto& p : set_.agents[i].phrases) {
        auto [it, fresh] = agents.emplace(key(p), i);
        if (fresh || it->second == i) continue;
        const Agent& b = set_.agents[it->second];
        if (codes_key(set_.agents[i].codes, {}) != codes_key(b.codes, {}) || set_.agents[i].prefix != b.prefix)
          report(set_.agents[i].src, true, "agent '" + key(p) + "' is also defined at " + where(b.src) +
                                               " with a different code", key(p));
      }
    }
  }

  bool actor_code_ok(const std::string& c) const {
    if (c == "---" || c == "###") return true;
    if (c.empty() || c.size() % 3 != 0) return false;
    return std::all_of(c.begin(), c.end(), [](char ch) {
      return std::isupper(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch));
    });
  }

  void check_codes(const std::vector<DatedCode>& codes, const EntrySource& owner, bool agent) {
    for (size_t i = 0; i < codes.size(); ++i) {
      const DatedCode& c = codes[i];
      const EntrySource& at = c.src.line ? c.src : owner;
      if (!actor_code_ok(c.code) && !(set_.manifest.codebook == Codebook::kFree && internal::is_code(c.code)))
        report(at, true, std::string(agent ? "agent" : "actor") + " code must be 3-letter groups (letters, digits)",
               c.code);
      if (!c.range && i + 1 < codes.size()) report(at, true, "a default code (no date range) must come last", c.code);
      if (!c.range) continue;
      check_range(c, at);
      for (size_t j = i + 1; j < codes.size(); ++j) {
        const DatedCode& d = codes[j];
        if (d.range && overlaps(*c.range, *d.range))
          report(d.src.line ? d.src : owner, true,
                 "date range overlaps " + internal::range_to_text(*c.range) + " (" + c.code + ") at " + where(at) +
                     "; the earlier one wins",
                 d.code + " " + internal::range_to_text(*d.range));
      }
    }
  }

  // Ranges that share more than a handover day (one ends the day the next
  // begins, as offices change hands) overlap.
  static bool overlaps(const DateRange& a, const DateRange& b) {
    bool a_before_b = a.to && b.from && *a.to <= *b.from;
    bool b_before_a = b.to && a.from && *b.to <= *a.from;
    return !a_before_b && !b_before_a;
  }

  void check_range(const DatedCode& c, const EntrySource& at) {
    const DateRange& r = *c.range;
    if (r.from && r.to && *r.to < *r.from)
      report(at, false, "date range ends before it starts", internal::range_to_text(r));
    bool coarse = (r.from && r.from_part != DatePart::kDay) || (r.to && r.to_part != DatePart::kDay);
    if (coarse && c.confidence == Confidence::kExact)
      report(at, false, "a date not given to the day must be marked approximate", internal::range_to_text(r));
  }

  void check_actor(const Actor& a) {
    check_codes(a.codes, a.src, false);
    for (const auto& m : a.compound) {
      if (!actor_code_ok(m)) report(a.src, true, "compound member must be 3-letter groups", m);
    }
    if (a.codes.empty() && a.compound.empty() && a.kind != ActorKind::kPerson)
      warn(a.src, "actor has no code", a.names.empty() ? "" : key(a.names[0]));
  }

  void check_agent(const Agent& a) {
    check_codes(a.codes, a.src, true);
    if (a.codes.empty()) warn(a.src, "agent has no code", a.phrases.empty() ? "" : key(a.phrases[0]));
  }

  bool event_code_ok(const std::string& c) const {
    if (c.empty() || c == "---" || c == "###" || c == "+++") return true;
    if (set_.manifest.codebook == Codebook::kFree) return internal::is_code(c);
    if (!codes_.empty()) return codes_.contains(c);
    if (set_.manifest.codebook == Codebook::kCameo)
      return c.size() >= 2 && c.size() <= 4 &&
             std::all_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    return internal::is_code(c);
  }

  void check_spec(const EventCodeSpec& s, const EntrySource& at) {
    for (const auto* c : {&s.code, &s.paired}) {
      if (!event_code_ok(*c))
        report(at, true, std::string("event code is not in the ") + codebook_name(set_.manifest.codebook) +
                             " codebook", *c);
    }
  }

  void check_verb(const Verb& v) {
    check_spec(v.code, v.src);
    for (const auto& p : v.patterns) {
      check_spec(p.code, p.src.line ? p.src : v.src);
      check_pattern(p, p.src.line ? p.src : v.src);
    }
  }

  struct TokenCounts {
    int verbs = 0, nouns = 0;
  };

  void scan_tokens(const std::vector<PatternToken>& seq, const EntrySource& at, const std::string& text,
                   TokenCounts* n) {
    for (size_t i = 0; i < seq.size(); ++i) {
      const PatternToken& t = seq[i];
      if (t.kind == PatternTokenKind::kVerb) ++n->verbs;
      if (t.kind == PatternTokenKind::kNounPhrase) ++n->nouns;
      if (t.kind == PatternTokenKind::kSynset && !synsets_.contains(lower(t.text)))
        report(at, true, "pattern uses undefined synset &" + t.text + " and can never match", text);
      if (t.kind == PatternTokenKind::kAlternatives) {
        // An empty branch makes the group optional ("{| her}"); a group with
        // no non-empty branch matches nothing and says nothing.
        bool any = std::any_of(t.alternatives.begin(), t.alternatives.end(),
                               [](const auto& alt) { return !alt.empty(); });
        if (!any) report(at, false, "empty alternatives { }: the group has nothing to match", text);
        for (const auto& alt : t.alternatives) scan_tokens(alt, at, text, n);
      }
      if (t.kind == PatternTokenKind::kSkip &&
          (i + 1 >= seq.size() || (seq[i + 1].kind != PatternTokenKind::kSource &&
                                   seq[i + 1].kind != PatternTokenKind::kTarget)))
        report(at, true, "'^' must be followed by '$' or '+'", text);
      scan_tokens(t.children, at, text, n);
    }
  }

  void check_pattern(const Pattern& p, const EntrySource& at) {
    std::string text = internal::pattern_tokens_to_text(p.tokens);
    TokenCounts n;
    scan_tokens(p.tokens, at, text, &n);
    if (n.verbs == 0 && n.nouns == 0) report(at, true, "pattern has no '*' (the verb) and can never match", text);
    if (n.verbs > 1) report(at, true, "pattern has more than one '*'", text);
  }

  void check_transformation(const Transformation& t) {
    int depth = 0;
    for (char c : t.pattern) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) break;
    }
    if (depth != 0) report(t.src, false, "unbalanced parentheses in transformation", t.pattern);
  }

  const DictionarySet& set_;
  const LintOptions& opt_;
  std::set<std::string> codes_;
  std::set<std::string> synsets_;
  std::vector<Diagnostic> out_;
};

}  // namespace

std::vector<Diagnostic> lint(const DictionarySet& set, const LintOptions& opt) { return Linter(set, opt).run(); }

Result<std::vector<std::string>> read_codebook_codes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open codebook '" + path + "'");
  std::vector<std::string> codes;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("code ")) continue;
    size_t b = 5;
    while (b < line.size() && line[b] == ' ') ++b;
    size_t e = b;
    while (e < line.size() && line[e] != ' ' && line[e] != '\t' && line[e] != '\r') ++e;
    if (e > b) codes.push_back(line.substr(b, e - b));
  }
  return codes;
}

}  // namespace dyad
