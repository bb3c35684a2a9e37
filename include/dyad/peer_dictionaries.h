// Readers for the peers' dictionary formats: TABARI (.project, .actors,
// .verbs, .agents, .options) and PETRARCH-1/-2 (verbs, actors, agents,
// discards, issues, internal coding ontology). Each reader appends what a file
// says to a DictionarySet (the source model of dyad/dictionary.h) and every
// finding to a vector of Diagnostics with file:line:col and the offending text.
//
//   dyad::DictionarySet set;
//   std::vector<dyad::Diagnostic> diags;
//   dyad::read_tabari_project("eval/tabari-validate/Validate.project", set, diags);
//   dyad::read_petrarch_verbs("CAMEO.2.0.txt", dyad::PetrarchVerbSyntax::kAuto, set, diags);
//
// Conventions shared by every reader:
// - Files are read as the peers read them: a defect the peer tolerated gives a
//   warning and the entry loads as the peer would load it; an entry that cannot
//   be understood gives an error and is skipped. One bad line never costs the
//   others, and no input makes a reader crash or throw.
// - The returned Status is an error only when the file cannot be read
//   (kNotFound / kIoError) or when this call added error diagnostics
//   (kParseError, counting them). Warnings leave it ok.
// - `parse_*_text(text, name, ...)` is the core of each reader (used by tests
//   and fuzzers); `read_*(path, ...)` reads the file and calls it.
// - Phrase words are the words stories will have: each dictionary word is
//   tokenised as the front end tokenises text (tokenize(); "DIDN'T" gives
//   "did" "n't", "AL-QAEDA" stays one word) and normalised (normalize_key()).
//   Peer stems keep TABARI and PETRARCH semantics: an interior stem word ends
//   in '*', a stemmed last word sets Phrase::stem_last; a blank join that lets
//   other words intervene sets Phrase::gap_before.
//
// Thread safety: the functions are reentrant; they share no state.
#ifndef DYAD_PEER_DICTIONARIES_H_
#define DYAD_PEER_DICTIONARIES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/status.h"

namespace dyad {

// ------------------------------------------------------------------ TABARI

// One TABARI option command (a line of a .options file, or the body of a
// `{ OPTION: ... }` record of a suite), parsed but not yet applied.
struct TabariOptionCommand {
  enum class Kind : uint8_t {
    kSet = 0,     // SET: NAME [= VALUE]   (CONVERT AGENT = TRUE, CODE BY CLAUSE, ...)
    kLabel,       // LABEL: CODE=TEXT
    kDefault,     // DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER | OFF
    kComplex,     // COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN
    kForward,     // FORWARD: ^^*****NNN*SSS [DOC] [OFF]
    kComma,       // COMMA: MIN = 2 MAX = 10 ... | OFF
    kNonevents,   // NONEVENTS: ...
    kOutput,      // OUTPUT: ID STORY SENT ...
  };
  Kind kind = Kind::kSet;
  std::string name;    // SET: the flag name, upper case, single blanks ("CONVERT AGENT"); LABEL: the code
  std::string value;   // SET: the value after '=' ("TRUE", "5"), or empty; other kinds: the argument text
  std::string text;    // the command as written, trimmed
};

// The options a TABARI run applies. Absent optionals mean "TABARI's default";
// the engine chooses those. Values are filled by TabariOptions::apply().
struct TabariOptions {
  enum class CodeBy : uint8_t {
    kDefault = 0,  // not set
    kClause,       // SET: CODE BY CLAUSE
    kSentence,     // SET: CODE BY SENTENCE
    kAll,          // SET: CODE ALL
  };
  std::optional<bool> convert_agent;   // SET: CONVERT AGENT(S) = TRUE: a lone agent is coded as an actor
  std::optional<bool> time_shift;      // SET: TIME SHIFT = TRUE: <TIME> phrases shift event dates
  std::optional<bool> yyyy;            // SET: YYYY = TRUE: four-digit years in dates
  std::optional<bool> label;           // SET: LABEL = TRUE: print code labels
  CodeBy code_by = CodeBy::kDefault;
  std::optional<int> minimum_words;    // SET: MINIMUM WORDS = n
  std::map<std::string, std::string> other_sets;   // other SET: flags ("SKIP RECORDS" -> "FALSE")
  std::map<std::string, std::string> labels;       // LABEL: 010=YIELD
  // DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER; DEFAULT: OFF clears it.
  std::string default_source, default_target;
  bool default_source_prior = false;   // PRIOR after the source code
  bool default_target_after = false;   // AFTER after the target code
  // COMPLEX: VERBS[n] CONJ[n] and flag words (NOACTPRIOR, EXPLAIN).
  std::optional<int> complex_verbs, complex_conj;
  std::vector<std::string> complex_flags;
  std::string forward;                 // FORWARD: argument text; empty = off
  // COMMA: limits; all absent after COMMA: OFF.
  std::optional<int> comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
  bool comma_off = false;
  std::string nonevents;               // NONEVENTS: argument text
  std::vector<std::string> output;     // OUTPUT: words

  // Applies one command (later commands override earlier ones).
  void apply(const TabariOptionCommand& cmd);
};

// Parses one option command. Leading `OPTION:` (as in suite records) is
// accepted. Only the first four letters of the command word and the colon are
// significant (TABARI's rule: `COMMAS:` = `COMMA:`). kParseError with the reason
// for an unknown command or a malformed argument.
Result<TabariOptionCommand> parse_tabari_option(std::string_view line);

// A .project file: title line, then `<actorsfile> F`, `<verbsfile> F`,
// `<agentsfile> F`, `<optionsfile> F` (paths relative to the project file; a
// tag may repeat); `<textfile>`, `<eventfile>`, `<errorfile>`, `<problemfile>`,
// `<issuesfile>`, `<coder>` and `<session ...>` lines are ignored.
// `options` (optional) receives the options file's commands applied in order.
Status read_tabari_project(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags,
                           TabariOptions* options = nullptr);

Status read_tabari_actors(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
Status read_tabari_verbs(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
Status read_tabari_agents(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
Status read_tabari_options(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags,
                           TabariOptions* options = nullptr);

Status parse_tabari_actors_text(std::string_view text, std::string_view name, DictionarySet& set,
                                std::vector<Diagnostic>& diags);
Status parse_tabari_verbs_text(std::string_view text, std::string_view name, DictionarySet& set,
                               std::vector<Diagnostic>& diags);
Status parse_tabari_agents_text(std::string_view text, std::string_view name, DictionarySet& set,
                                std::vector<Diagnostic>& diags);
Status parse_tabari_options_text(std::string_view text, std::string_view name, DictionarySet& set,
                                 std::vector<Diagnostic>& diags, TabariOptions* options = nullptr);

// ---------------------------------------------------------------- PETRARCH

enum class PetrarchVerbSyntax : uint8_t {
  kAuto = 0,    // detect (see read_petrarch_verbs)
  kPetrarch1,   // PETRARCH-1: `{...}` on a verb line lists all forms; patterns are word sequences
  kPetrarch2,   // PETRARCH-2 / UD-PETRARCH: `{...}` in a pattern is a noun phrase, `(...)` a prep phrase
};
const char* petrarch_verb_syntax_name(PetrarchVerbSyntax s);   // "auto", "petrarch1", "petrarch2"

// A PETRARCH verbs file. With kAuto the syntax is PETRARCH-2 when the file has
// a transformation line (`~ ...`), or a pattern line with a `(`, or a pattern
// line with a `{...}` group that holds no `|` (PETRARCH-1 never uses parentheses;
// its only braces in patterns are TABARI `{ a | b }` alternatives, which it
// skips); otherwise PETRARCH-1. A note diagnostic names the syntax used and,
// when detected, the line that decided it; `detected` (optional) receives it.
// Blocks `--- NAME [code] ---` become one Verb per (code, inflected word) group
// of their verb lines, each carrying the block's patterns; synsets referring to
// other synsets are expanded.
Status read_petrarch_verbs(const std::string& path, PetrarchVerbSyntax syntax, DictionarySet& set,
                           std::vector<Diagnostic>& diags, PetrarchVerbSyntax* detected = nullptr);
Status parse_petrarch_verbs_text(std::string_view text, std::string_view name, PetrarchVerbSyntax syntax,
                                 DictionarySet& set, std::vector<Diagnostic>& diags,
                                 PetrarchVerbSyntax* detected = nullptr);

// Actors: a primary phrase with an optional default `[CODE]`, `+synonym` lines,
// and restriction lines starting with a tab or blank (`[CODE >20121115]`,
// `[CODE 600101-000101]`, `[CODE <d]`, `[CODE]`). Dates are YYMMDD (YY 00-30 =
// 20YY, else 19YY) or YYYYMMDD; limits are inclusive. Codes are stored with
// dated ones first in file order and the default last (the first satisfied
// restriction wins, as in PETRARCH).
Status read_petrarch_actors(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
// Agents: `PHRASE {plural} [~CODE]` / `[CODE~]`; `{}` = no plural; substitution
// sets `!NAME! = A, B, C` expand every `!NAME!` in later phrases (no plurals).
Status read_petrarch_agents(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
// Discards: one phrase a line; leading `+` = story level; trailing `_` = whole
// word, else the last word is a stem.
Status read_petrarch_discards(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
// Issues: `<ISSUE CATEGORY="X">` ... `</ISSUE>` blocks of `phrase [CODE]`
// (CODE defaults to the category); `n:` noun (plural generated), `v:` verb
// (inflections generated), `+` hyphen and blank variants, `~phrase` and
// `~~phrase` ignore-phrases. Phrases without `n:`/`v:` get no generated forms.
Status read_petrarch_issues(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);
// Internal coding ontology: `CAMEO:HEXEXPR` lines; terms add or subtract left
// to right; `#` starts a comment. Values are kept modulo 2^32 (a negated code,
// `011:0x1000-0xFFFF`, wraps), so sums of values stay exact.
Status read_petrarch_ontology(const std::string& path, DictionarySet& set, std::vector<Diagnostic>& diags);

Status parse_petrarch_actors_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags);
Status parse_petrarch_agents_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags);
Status parse_petrarch_discards_text(std::string_view text, std::string_view name, DictionarySet& set,
                                    std::vector<Diagnostic>& diags);
Status parse_petrarch_issues_text(std::string_view text, std::string_view name, DictionarySet& set,
                                  std::vector<Diagnostic>& diags);
Status parse_petrarch_ontology_text(std::string_view text, std::string_view name, DictionarySet& set,
                                    std::vector<Diagnostic>& diags);

// ------------------------------------------------------------------ suites

// Reads `<suite_dir>/suite.json` (`dictionaries.format` "tabari" or
// "petrarch", `verbs_syntax`, `project`, `files`: verbs, actors (a name or a
// list), agents, discards, issues, options, ontology) and loads the named files.
// Sets set.manifest (name = suite, codebook from the "codebook" text).
// `profile_hint` (optional) receives "tabari", "petrarch1" or "petrarch2".
Status read_suite_dictionaries(const std::string& suite_dir, DictionarySet& set, std::vector<Diagnostic>& diags,
                               std::string* profile_hint = nullptr);

}  // namespace dyad

#endif  // DYAD_PEER_DICTIONARIES_H_
