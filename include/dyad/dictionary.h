// Dictionaries: the source model every format reads into, and the compiled,
// immutable form the coder matches against.
//
//   dyad::DictionaryBuilder b;
//   b.add_dyad_set("dict/dyad");                  // or add_tabari_project(...),
//   b.add_petrarch_verbs(path, syntax) ...        // errors accumulate in b.diagnostics()
//   auto dict = b.compile();                      // Result<std::shared_ptr<const CompiledDictionary>>
//   dict->version();                              // hash recorded in every event
//
// Lifecycle (as re2::RE2::Set): add entries, compile once, then share the
// CompiledDictionary read-only between any number of coding threads. Every
// entry remembers the file, line and column it came from, so lint findings and
// the `rules` of each event point back to the dictionary text.
#ifndef DYAD_DICTIONARY_H_
#define DYAD_DICTIONARY_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

// ---------------------------------------------------------------- source model

// Where an entry was defined: index into DictionarySet::files, 1-based line and column.
struct EntrySource {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t column = 0;
};

enum class Codebook : uint8_t {
  kCameo = 0,  // CAMEO event codes: Goldstein and quad class apply
  kWeis,       // WEIS-era codes
  kFree,       // any letters and digits (peer test suites)
};
const char* codebook_name(Codebook c);

enum class Confidence : uint8_t {
  kExact = 0,     // dates to the day from a public record
  kApproximate,   // dates known only roughly
};

// How precisely a range end was written: approximate facts may give only a
// year or a month (`2019`, `2019-06`); `from` is then the first day of that
// period and `to` its last day, and the writer prints the short form again.
enum class DatePart : uint8_t {
  kDay = 0,   // YYYY-MM-DD
  kMonth,     // YYYY-MM
  kYear,      // YYYY
};

// An inclusive date range; an absent end is open.
struct DateRange {
  std::optional<Date> from;
  std::optional<Date> to;
  DatePart from_part = DatePart::kDay;
  DatePart to_part = DatePart::kDay;
  bool contains(const Date& d) const;
};

// A dictionary phrase: normalised words (normalize_key of each word).
// A word ending in '*' matches any word with that prefix.
struct Phrase {
  std::vector<std::string> words;
  bool no_forms = false;      // no generated plurals/possessives/inflections
  bool stem_last = false;     // TABARI/PETRARCH stem semantics: last word matches as a prefix
  std::string text;           // the phrase as written in a dyad file (case kept); empty = words joined
  // Peer formats only (TABARI/PETRARCH blank join): gap_before[i] is true when
  // other words may come between words[i-1] and words[i]. Empty = all adjacent.
  std::vector<bool> gap_before;
};

// A code that applies in a date range ("[CHNGOV >20121115]", "role CANGOV 2025-03-14..").
struct DatedCode {
  std::string code;
  std::optional<DateRange> range;   // absent: the default code
  Confidence confidence = Confidence::kExact;
  std::string note;
  EntrySource src;
};

enum class ActorKind : uint8_t {
  kCountry = 0,   // `country` block: names, adjectives, demonyms, capitals, cities
  kPerson,        // `person` block
  kOrganisation,  // `actor` block (IGOs, NGOs, groups, metonyms) and peer actors
  kRegion,        // `region` line
};

enum class Gender : uint8_t { kUnknown = 0, kMale, kFemale };

struct Actor {
  ActorKind kind = ActorKind::kOrganisation;
  std::vector<Phrase> names;          // first is the primary name
  std::vector<DatedCode> codes;       // tried in order; first whose range holds wins; default last
  std::vector<std::string> compound;  // members of a compound actor (A/B/C), else empty
  Gender gender = Gender::kUnknown;
  // Countries only:
  std::string iso2, iso3, iso_numeric;
  std::vector<Phrase> adjectives, demonyms, capitals, cities;
  EntrySource src;
};

// A role word that adds a sector to a nearby actor ("foreign minister" -> ~GOV).
struct Agent {
  std::vector<Phrase> phrases;
  std::vector<DatedCode> codes;   // usually one default code like "GOV"
  bool prefix = false;            // CODE~ (prepend) instead of ~CODE (append)
  EntrySource src;
};

enum class PatternTokenKind : uint8_t {
  kWord = 0,      // a literal word (text; text ending '*' is a prefix)
  kVerb,          // *  the verb itself
  kSource,        // $
  kTarget,        // +
  kCompound,      // %  compound actor as both source and target
  kSkip,          // ^  skip one actor
  kSynset,        // &NAME (text = NAME without '&')
  kAlternatives,  // { a | b c }  (alternatives)
  kNounPhrase,    // PETRARCH-2 {a b HEAD} / dyad <a b head>  (children; last word is the head)
  kPrepPhrase,    // PETRARCH-2 (prep noun...) (children)
};

struct PatternToken {
  PatternTokenKind kind = PatternTokenKind::kWord;
  std::string text;
  bool adjacent = false;   // '_' join: must immediately follow the previous token
  std::vector<std::vector<PatternToken>> alternatives;  // kAlternatives
  std::vector<PatternToken> children;                   // kNounPhrase, kPrepPhrase
};

enum class CodeStrength : uint8_t {
  kPlain = 0,
  kSubordinate,   // [023?] used only when no other event is found
  kDominant,      // [173!] only dominant events are kept
};

// The code(s) a verb or pattern yields.
struct EventCodeSpec {
  std::string code;          // "042", "---", "###" (discard), "+++" (complex)
  std::string paired;        // [042:043] -> "043" (target->source), else empty
  CodeStrength strength = CodeStrength::kPlain;
};

struct Pattern {
  std::vector<PatternToken> tokens;   // contains exactly one kVerb unless a noun-headed PETRARCH-2 entry
  EventCodeSpec code;
  std::string note;
  EntrySource src;
};

struct Verb {
  std::string block;                  // PETRARCH "--- NAME [code] ---" block name, or the first lemma
  std::vector<Phrase> lemmas;         // verb lemmas or phrases ("hold talks", "call on")
  std::vector<std::string> forms;     // explicit forms (PETRARCH {...}, TABARI { ... }, dyad `forms`)
  int verb_word = 0;                  // index of the inflected word in multi-word lemmas (+ marker)
  EventCodeSpec code;                 // the bare verb's code
  std::vector<Pattern> patterns;
  EntrySource src;
};

struct Synset {
  std::string name;                   // without '&'
  std::vector<Phrase> members;
  EntrySource src;
};

// PETRARCH-2 verb-over-verb transformation, kept in its postfix form and parsed.
struct Transformation {
  std::string pattern;                // "a (b . ATTACK) SAY"
  std::string result;                 // "a b 112"
  EntrySource src;
};

struct TimeShift {
  Phrase phrase;
  int days = 0;
  std::string code;   // TABARI `<TIME>` special instead of a shift: "---" null, "###" discard, "+++" complex
  EntrySource src;
};

struct Discard {
  Phrase phrase;
  bool story_level = false;
  EntrySource src;
};

struct IssuePhrase {
  std::string code;
  Phrase phrase;
  bool ignore = false;
  EntrySource src;
};

// A PETRARCH-2 internal coding ontology (PICO): CAMEO code <-> hex value.
struct OntologyEntry {
  std::string code;
  uint32_t value = 0;
  EntrySource src;
};

struct Manifest {
  std::string name;
  Codebook codebook = Codebook::kCameo;
  std::string version;
};

// Everything a dictionary set says, before compilation.
struct DictionarySet {
  Manifest manifest;
  std::vector<std::string> files;     // EntrySource::file indexes this
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Verb> verbs;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  std::vector<TimeShift> time_shifts;
  std::vector<Discard> discards;
  std::vector<IssuePhrase> issues;
  std::vector<OntologyEntry> ontology;
  std::vector<std::string> options;   // peer option commands, verbatim ("SET: CONVERT AGENT = TRUE")
  // TABARI `<NOUN>`/`<ADJECTIVE>` sections: code-less words that help its shallow parse.
  struct WordClass {
    Phrase phrase;
    bool adjective = false;   // <ADJECTIVE>, else <NOUN>
    EntrySource src;
  };
  std::vector<WordClass> word_classes;
  // Parallel to `files`: "dyad" for files of dyad's text format, else the peer
  // format ("tabari", "petrarch"); empty = unknown. Decompiling writes entries
  // of dyad files back to the same file and peer entries to one file per kind.
  std::vector<std::string> file_formats;
  // Comment and blank lines of dyad files, kept so that decompiling a set
  // reproduces its text (not part of the version hash).
  struct Trivia {
    EntrySource src;        // column 1 = a whole line; > 1 = a comment after an entry on that line
    std::string text;       // verbatim; a trailing comment keeps the blanks before its '#'
  };
  std::vector<Trivia> trivia;
};

// A lint or load finding with its location.
struct Diagnostic {
  enum class Severity : uint8_t { kError = 0, kWarning, kNote };
  Severity severity = Severity::kError;
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
  std::string text;          // the offending text
  std::string to_string() const;   // "file:line:col: error: message: text"
};

// ------------------------------------------------------ dyad's text format I/O

// Reads a dyad dictionary set: `manifest.txt` and every other `.txt` file under
// `dir` (recursive, sorted by path), except README*/COVERAGE* files and the
// codebook table (files whose lines are all top-level `code` lines). A bad line
// becomes a Diagnostic (file:line:col and the text) and the rest still loads.
// Fails only when `dir` cannot be read.
Result<DictionarySet> read_dyad_set(const std::string& dir, std::vector<Diagnostic>* diags);

// Reads one file's text into `set` (file name as given; used by tests, fuzzers
// and `read_dyad_set`). Top-level `code` lines (the codebook) are skipped.
void read_dyad_text(std::string_view text, const std::string& file_name, DictionarySet* set,
                    std::vector<Diagnostic>* diags);

struct WriteOptions {
  // Append `@FILE:LINE:COL` to an entry line when the entry was defined
  // elsewhere (a peer file, or a non-canonical dyad file), so that reading the
  // text back restores every EntrySource and the compiled round trip is exact.
  bool provenance = true;
};

// The canonical text of a set: file path (relative to the set folder) -> text.
// Entries of dyad files go back to their own file in source order with their
// comments; everything else goes to countries.txt, actors.txt, people.txt,
// agents.txt, verbs.txt, discards.txt, issues.txt, options.txt, ontology.txt,
// and the manifest to manifest.txt. Deterministic.
std::map<std::string, std::string> write_dyad_set(const DictionarySet& set, const WriteOptions& opt = {});

// Writes write_dyad_set(set) under `dir` (creating folders).
Status write_dyad_dir(const DictionarySet& set, const std::string& dir, const WriteOptions& opt = {});

// ------------------------------------------------------------------ lint

struct LintOptions {
  // Event codes of the codebook (e.g. the `code` lines of dict/dyad/cameo.txt);
  // empty = event codes are checked only for shape.
  std::vector<std::string> event_codes;
  // Findings the peer coders tolerated are warnings for peer sets.
  bool peer = false;
};

// Every error and suspicious entry, each with file:line:col: duplicate names
// with conflicting codes, overlapping date ranges, a default that is not last,
// codes outside the codebook, malformed actor codes, patterns that can never
// match, dates not to the day without `approximate`.
std::vector<Diagnostic> lint(const DictionarySet& set, const LintOptions& opt = {});

// The codes of a codebook table (top-level `code CODE ...` lines), in order.
Result<std::vector<std::string>> read_codebook_codes(const std::string& path);

// ------------------------------------------------------------ compiled form

struct Token;  // dyad/frontend.h

// What a dictionary phrase is, in the compiled index.
enum class MatchKind : uint8_t {
  kActorName = 0,  // actor (any ActorKind) names
  kAdjective,      // country adjectives
  kDemonym,        // country demonyms
  kCapital,        // capitals (metonymy)
  kCity,           // cities (metonymy)
  kAgent,          // agent phrases
  kVerb,           // verb lemma or inflected form
  kDiscard,        // discard phrases
  kIssue,          // issue phrases (and ignore-phrases)
  kTimeShift,      // time-shift phrases
  kSynsetMember,   // synset members
  kCount_,
};
const char* match_kind_name(MatchKind k);

// One dictionary phrase found in a token sequence: tokens [begin, end).
struct PhraseMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  MatchKind kind = MatchKind::kActorName;
  uint32_t index = 0;    // into actors(), agents(), verbs(), discards(), issues(), time_shifts(), synsets()
  uint32_t phrase = 0;   // which phrase of that entry (names, adjectives, ... in declaration order)
  bool generated = false;  // matched a generated form (plural, possessive, inflection)
};

// A PETRARCH-2 transformation parsed from its postfix form:
// "a (b . ATTACK) SAY" = source a, target the event (b . ATTACK), verb SAY.
struct TransformNode {
  std::string source;                     // actor variable, "." any, "_" none
  std::string target;                     // actor variable when `inner` is null
  std::unique_ptr<TransformNode> inner;   // nested event as target
  std::string verb;                       // verb block name or code
};
struct CompiledTransformation {
  TransformNode pattern;
  std::vector<std::string> result;        // "a b 112" -> {"a", "b", "112"}
  uint32_t index = 0;                     // into set().transformations
};

// A verb ready for the engine: patterns sorted longest first (TABARI's rule:
// count of alphanumeric characters, alternatives by their longest branch).
struct CompiledVerb {
  uint32_t index = 0;                     // into set().verbs
  std::vector<uint32_t> patterns;         // indexes into set().verbs[index].patterns, longest first
  std::vector<int> pattern_length;        // TABARI length of each, same order
};

// The frozen dictionary. Immutable after compile() or load(); every method is
// const and safe to call from any number of threads at once. Shared as
// std::shared_ptr<const CompiledDictionary>.
//
// Phrases of every kind sit in one token trie: a vocabulary maps each word to
// an id and one flat hash map holds the edges keyed (node << 32 | word id), so
// matching costs a few hash lookups per token whatever the dictionary's size.
class CompiledDictionary {
 public:
  CompiledDictionary(const CompiledDictionary&) = delete;
  CompiledDictionary& operator=(const CompiledDictionary&) = delete;
  ~CompiledDictionary();

  // Reads a binary written by save(); kCorrupt naming the problem (magic,
  // expected/found format version, truncation, checksum) on any mismatch.
  static Result<std::shared_ptr<const CompiledDictionary>> load(const std::string& path);
  static Result<std::shared_ptr<const CompiledDictionary>> from_bytes(std::string_view bytes);
  Status save(const std::string& path) const;
  const std::string& bytes() const;          // the exact binary save() writes

  // The canonical source model (decompile = write_dyad_set(set())).
  const DictionarySet& set() const;
  // 16 hex digits: FNV-1a 64 over the canonical compiled content (comments excluded).
  const std::string& version() const;

  // All phrases of the kinds in `kinds` (bit mask of 1 << MatchKind) that
  // start at tokens[pos], longest first; a token matches on its norm or lemma.
  std::vector<PhraseMatch> match(const std::vector<Token>& tokens, size_t pos, uint32_t kinds) const;
  std::vector<PhraseMatch> match_actors(const std::vector<Token>& tokens, size_t pos) const;  // names and places
  std::vector<PhraseMatch> match_agents(const std::vector<Token>& tokens, size_t pos) const;
  std::vector<PhraseMatch> match_verbs(const std::vector<Token>& tokens, size_t pos) const;
  std::vector<PhraseMatch> match_discards(const std::vector<Token>& tokens, size_t pos) const;
  std::vector<PhraseMatch> match_issues(const std::vector<Token>& tokens, size_t pos) const;
  // Matching on plain normalised words (norm = lemma), for tools and tests.
  std::vector<PhraseMatch> match_words(const std::vector<std::string>& words, size_t pos, uint32_t kinds) const;

  // The first code whose range holds `date`, else the default, else nullptr.
  const DatedCode* resolve_actor(uint32_t actor, const Date& date) const;
  const DatedCode* resolve_agent(uint32_t agent, const Date& date) const;
  static const DatedCode* resolve(const std::vector<DatedCode>& codes, const Date& date);

  const std::vector<CompiledVerb>& verbs() const;            // parallel to set().verbs
  // Members of a synset with nested synsets expanded; nullptr when undefined.
  const std::vector<Phrase>* synset(std::string_view name) const;
  const std::vector<CompiledTransformation>& transformations() const;
  // PETRARCH-2 ontology value of a code, or nullopt.
  std::optional<uint32_t> ontology_value(std::string_view code) const;

  // "file:line" of an entry's source (the stable rule id events record).
  std::string where(const EntrySource& src) const;

  struct Impl;
  // Wraps a built Impl (used by DictionaryBuilder::compile() and load()).
  static std::shared_ptr<const CompiledDictionary> make(std::unique_ptr<Impl> impl);

 private:
  explicit CompiledDictionary(std::unique_ptr<Impl> impl);
  friend class DictionaryBuilder;
  std::unique_ptr<Impl> impl_;
};

// Mutable: gathers entries from any number of sets, then compiles once.
// Not thread-safe; use from one thread.
class DictionaryBuilder {
 public:
  // Reads a dyad set folder; findings accumulate in diagnostics().
  Status add_dyad_set(const std::string& dir);
  // Merges an already-read set (peer readers produce these); file indexes are remapped.
  void add_set(DictionarySet set);
  DictionarySet& set() { return set_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }

  // Canonicalises the set (normalised words, sorted file table, stems as `*`),
  // serialises it, and builds the indexes. Never fails on content that was read.
  Result<std::shared_ptr<const CompiledDictionary>> compile() const;

 private:
  DictionarySet set_;
  std::vector<Diagnostic> diags_;
  bool has_manifest_ = false;
};

// Counts per kind (and per file) for `dyad dict stats`.
struct DictionaryStats {
  struct Counts {
    uint64_t countries = 0, people = 0, organisations = 0, regions = 0;
    uint64_t names = 0;             // actor names incl. adjectives, demonyms, capitals, cities
    uint64_t dated_roles = 0;       // DatedCodes with a range
    uint64_t agents = 0;            // distinct agent phrases (plurals are generated, not counted)
    uint64_t verbs = 0;             // verb entries
    uint64_t verb_phrases = 0;      // lemmas and phrases
    uint64_t patterns = 0;
    uint64_t verb_pattern_codes = 0;  // distinct (verb phrase, pattern, code)
    uint64_t synsets = 0, discards = 0, issues = 0, transformations = 0, time_shifts = 0, ontology = 0;
  };
  Counts total;
  std::map<std::string, Counts> per_file;
};
DictionaryStats dictionary_stats(const DictionarySet& set);

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_
