// Private helpers shared by the dictionary reader, writer, compiler and lint:
// the small grammars of dyad's text format (phrases, codes, date ranges,
// patterns) in both directions, generated word forms, and the serialiser.
#ifndef DYAD_DICT_DICT_INTERNAL_H_
#define DYAD_DICT_DICT_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::internal {

// ---- phrases: "People's Republic of China | PRC | olympi* | police="
// Normalised words of one phrase as the text front end would tokenise it; a
// word ending in '*' keeps the '*' on its last token.
std::vector<std::string> phrase_words(std::string_view text);
// Parses one phrase (no '|'); nullopt when it has no words.
std::optional<Phrase> parse_phrase(std::string_view text);
// Splits on unescaped '|' and parses each phrase; `bad` receives empty ones.
std::vector<Phrase> parse_phrase_list(std::string_view text, std::vector<std::string>* bad);
std::string phrase_to_text(const Phrase& p);
std::string phrase_list_to_text(const std::vector<Phrase>& list);
// Backslash-escapes characters that have a meaning in dyad lines.
std::string escape_text(std::string_view s);
std::string unescape_text(std::string_view s);

// ---- codes: "042", "042:043", "023?", "173!"
std::optional<EventCodeSpec> parse_code_spec(std::string_view s);
std::string code_spec_to_text(const EventCodeSpec& c);
bool is_code(std::string_view s);   // letters, digits, '-', '#', '+', '/'

// ---- dates: "2025-03-14..", "..2017-01-20", "2009-01-20..2017-01-20", "2019..2020-06"
std::optional<DateRange> parse_range(std::string_view s);
std::string range_to_text(const DateRange& r);

// ---- patterns: "$ * + for talks", "* new_&TIETYPES_relations", "{a | b c}", "<arms shipment>", "(to border)"
// Returns false and sets *error on a syntax error.
bool parse_pattern_tokens(std::string_view s, std::vector<PatternToken>* out, std::string* error);
std::string pattern_tokens_to_text(const std::vector<PatternToken>& tokens);
// TABARI's pattern length: alphanumeric characters, alternatives by their longest branch.
int pattern_length(const std::vector<PatternToken>& tokens);

// ---- generated forms (plurals, possessives, verb inflections)
std::vector<std::string> noun_forms(const std::string& word);   // excludes the word itself
std::vector<std::string> verb_forms(const std::string& lemma);  // excludes the lemma itself

// ---- person name forms (name_forms.cc)
// The trie word that stands for any middle initial ("J." or "J"): it cannot
// come out of phrase_words, so only the matcher's initial step reaches it.
inline constexpr std::string_view kInitialWord = "\x01initial";
bool is_initial(std::string_view word);   // "j" or "j." (normalised)
// The name with kInitialWord after the given name ("antony blinken" ->
// "antony <initial> blinken"); empty when the name has fewer than two or more
// than three words, or already has an initial.
std::vector<std::string> with_middle_initial(const std::vector<std::string>& words);
// Whether a person's names put the family name first: Chinese, Korean and
// Vietnamese names ("Xi Jinping", "Moon Jae-in"), told by the country of the
// person's role codes.
bool family_name_first(const std::vector<DatedCode>& codes);
// The word a title may stand before instead of the full name ("Secretary
// Blinken", "President Xi"): the family name, last (generational suffixes
// skipped) or first; "" for one-word names.
std::string family_name_key(const std::vector<std::string>& words, bool family_first);
// Whether a role note names the title word ("secretary" in "Under Secretary
// of State"), as a whole word, ignoring case.
bool roles_name_title(const std::vector<DatedCode>& codes, std::string_view title_word);

// ---- canonical form and binary serialisation
// Normalises a set for compilation (idempotent): words normalised, stems as
// '*', the file table sorted and pruned, trivia sorted, header-default sources.
void canonicalize(DictionarySet* set);
// Deterministic serialisation; `content_end` receives the size of the part the
// version hash covers (everything but the trivia).
std::string serialize_set(const DictionarySet& set, size_t* content_end);
// Bounds-checked; false with *error on truncation or bad values.
bool deserialize_set(std::string_view bytes, DictionarySet* set, std::string* error);

uint64_t fnv1a64(std::string_view bytes);

// Whether an actor/agent's last code goes on its header line (the default).
inline bool header_default(const std::vector<DatedCode>& codes) {
  return !codes.empty() && !codes.back().range.has_value();
}

}  // namespace dyad::internal

#endif  // DYAD_DICT_DICT_INTERNAL_H_
