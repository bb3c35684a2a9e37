// Shared pieces of the TABARI and PETRARCH readers (src/dict/peer_*.cc):
// line iteration with exact positions, diagnostics, codes, dates, phrases.
// Internal to the library. Not thread-safe objects; each reader owns its own.
#ifndef DYAD_SRC_DICT_PEER_INTERNAL_H_
#define DYAD_SRC_DICT_PEER_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/peer_dictionaries.h"

namespace dyad::peer {

// Walks the lines of a text. Line views exclude "\n" and a trailing "\r";
// views into the line keep their address, so column() is exact.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool next(std::string_view* line);
  uint32_t line_number() const { return line_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 0;
};

// 1-based byte column of `part` inside `line` (part must view into line).
inline uint32_t column_of(std::string_view line, std::string_view part) {
  if (part.data() < line.data() || part.data() > line.data() + line.size()) return 1;
  return static_cast<uint32_t>(part.data() - line.data()) + 1;
}

// Records findings for one file and registers the file in the set.
class Reporter {
 public:
  Reporter(std::string_view name, std::string_view format, DictionarySet& set, std::vector<Diagnostic>& diags);
  uint32_t file_index() const { return file_; }
  void error(uint32_t line, uint32_t col, std::string message, std::string_view text);
  void warning(uint32_t line, uint32_t col, std::string message, std::string_view text);
  void note(uint32_t line, uint32_t col, std::string message, std::string_view text);
  EntrySource src(uint32_t line, uint32_t col) const { return EntrySource{file_, line, col}; }
  // Ok, or kParseError counting the errors this reporter recorded.
  Status status() const;

 private:
  void add(Diagnostic::Severity sev, uint32_t line, uint32_t col, std::string message, std::string_view text);
  std::string name_;
  uint32_t file_ = 0;
  size_t errors_ = 0;
  std::vector<Diagnostic>& diags_;
};

std::string_view trim(std::string_view s);
bool is_blank(char c);
bool starts_with_ci(std::string_view s, std::string_view prefix);   // ASCII case-insensitive
std::string upper_ascii(std::string_view s);

// Reads a whole file; kNotFound / kIoError on failure.
Result<std::string> read_file(const std::string& path);
// Reads `path` and runs `parse` on it, turning an unreadable file into an error diagnostic.
template <typename Parse>
Status read_and_parse(const std::string& path, std::vector<Diagnostic>& diags, Parse parse) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) {
    Diagnostic d;
    d.file = path;
    d.message = text.status().message();
    diags.push_back(std::move(d));
    return text.status();
  }
  return parse(std::string_view(*text), std::string_view(path));
}

// Text before the first occurrence of `marker` (a comment start), or all of it.
std::string_view strip_comment(std::string_view s, char marker);
// PETRARCH: text before the first '#' that is not inside a `[...]` code
// (`[###]` is a code, not a comment).
std::string_view strip_hash_comment(std::string_view s);

// Peer dates: YYMMDD (YY 00-30 = 20YY, else 19YY) or YYYYMMDD.
std::optional<Date> parse_peer_date(std::string_view digits);

// The inside of one actor/agent code bracket: "CODE", "CODE <d", "CODE >d",
// "CODE d1-d2" (blanks allowed around < > -). Adds warnings through `rep`.
std::optional<DatedCode> parse_dated_code(std::string_view inside, std::string_view line, Reporter& rep,
                                          uint32_t line_no);

// Every `[...]` group of `s` (a part of `line`), in order. A group without
// its `]` runs to the end of `s` (with a warning); a `}` closing it is taken
// as `]` with a warning.
std::vector<std::string_view> bracket_groups(std::string_view s, std::string_view line, Reporter& rep,
                                             uint32_t line_no);

// Moves undated codes after dated ones (stable); the first satisfied restriction wins.
void order_codes(std::vector<DatedCode>& codes);

// How a peer writes phrase words.
struct PhraseStyle {
  bool hyphen_joins = false;     // TABARI: '-' is '_'
  bool blank_is_gap = false;     // TABARI/PETRARCH: a blank lets other words intervene
  bool stems = false;            // TABARI: a word without trailing '_' is a prefix
  bool equals_no_forms = false;  // TABARI: trailing '=' = no generated forms
  bool underscore_no_forms = false;  // PETRARCH: trailing '_' = no generated forms
};
// Builds a Phrase from peer text ("AL_GORE", "ITHILEN TELEVISION", "MOUSE=").
// Empty words list when the text has no word.
Phrase make_phrase(std::string_view text, const PhraseStyle& style);
// Normalised form of one dictionary word.
std::string key_of(std::string_view word);
// The words a dictionary word becomes in stories: the front end's tokens of it
// (hyphen parts skipped, so "AL-QAEDA" stays one word; "DIDN'T" gives "did"
// "n't"), each normalised. Empty when the word has no token.
std::vector<std::string> keys_of(std::string_view word);

// Peer event code "[042:043!]" inside text ("042:043!"); nullopt if malformed.
std::optional<EventCodeSpec> parse_event_code(std::string_view inside);

// Synsets as read, before members that name other synsets (`+&TIETYPES_MEMOS`)
// are expanded by build_synsets().
struct RawSynset {
  std::string name;                 // without '&' and without a trailing '_'
  bool no_forms = false;            // PETRARCH label with trailing '_'
  EntrySource src;
  struct Member {
    std::string text;
    EntrySource src;
  };
  std::vector<Member> members;
};

// Longest defined synset name at the start of `s` (the text after '&'),
// trying the whole [A-Za-z0-9_] run and then shorter runs ending before a '_';
// without a defined one, the leading [A-Za-z0-9] run. Returns its length.
size_t synset_name_length(std::string_view s, const std::vector<std::string>& known);

// Appends the synsets to set.synsets with nested references expanded
// (a reference to an undefined synset or a cycle gives a warning and the
// member is dropped).
void build_synsets(const std::vector<RawSynset>& raw, const PhraseStyle& style, DictionarySet& set, Reporter& rep);

// After a verbs file is read: drops (with a warning) patterns of verbs
// [first_verb, end) that name a synset absent from the set, as the peers do.
void drop_patterns_with_unknown_synsets(DictionarySet& set, size_t first_verb, Reporter& rep);

// Adds the agent code groups (`[~CODE]`, `[CODE~]`, blanks allowed) of `part`
// (a part of `line`) to `agent`; a group without '~' is read as ~CODE with a warning.
void add_agent_codes(std::string_view line, std::string_view part, uint32_t line_no, Agent& agent, Reporter& rep);

// PETRARCH lines with XML comments (`<!-- ... -->`, possibly spanning lines)
// blanked out, so columns stay exact; '#' comments are left to the caller. A
// line with a malformed opener (`<! --`) is blanked from it on, with a warning,
// as PETRARCH skips such lines.
class PetrarchLines {
 public:
  PetrarchLines(std::string_view text, Reporter& rep) : lines_(text), rep_(rep) {}
  bool next(std::string_view* line);
  uint32_t line_number() const { return lines_.line_number(); }

 private:
  LineReader lines_;
  Reporter& rep_;
  std::string buf_;
  bool in_comment_ = false;
  uint32_t comment_line_ = 0;
};

// Which peer wrote a verb pattern.
enum class PatternDialect : uint8_t {
  kTabari = 0,   // stems (word without '_' is a prefix), `{ a | b }`, `XXX~`, '-' = '_'
  kPetrarch1,    // full words; `{ | }` alternatives are not supported (pattern skipped)
  kPetrarch2,    // full words; `{A B HEAD}` noun phrase, `(PREP ...)` prepositional phrase
};

// Tokens of a pattern body (the text between the leading '-' and the code).
// On failure returns false with the reason in *error.
bool parse_pattern_tokens(std::string_view body, PatternDialect dialect, const std::vector<std::string>& synsets,
                          std::vector<PatternToken>* out, std::string* error);

// Number of top-level kVerb tokens.
int count_verb_tokens(const std::vector<PatternToken>& tokens);

}  // namespace dyad::peer

#endif  // DYAD_SRC_DICT_PEER_INTERNAL_H_
