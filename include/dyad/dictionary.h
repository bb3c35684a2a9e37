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

// An inclusive date range; an absent end is open.
struct DateRange {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(const Date& d) const;
};

// A dictionary phrase: normalised words (normalize_key of each word).
// A word ending in '*' matches any word with that prefix.
struct Phrase {
  std::vector<std::string> words;
  bool no_forms = false;      // no generated plurals/possessives/inflections
  bool stem_last = false;     // TABARI/PETRARCH stem semantics: last word matches as a prefix
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

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_
