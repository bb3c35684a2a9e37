// Abbreviations, dotted acronyms and sentence starters: the word lists the
// sentence splitter and tokenizer share. The lists are sorted constexpr arrays
// in abbreviations.cc (our own, modelled on the kind of lists wink-nlp and
// compromise keep); all lookups are pure and thread-safe.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

// How an abbreviation followed by a period behaves at a possible sentence end.
enum class AbbrevKind : uint8_t {
  kNone = 0,       // not an abbreviation: the period is punctuation
  kTitle,          // precedes a name and never ends a sentence ("Mr.", "Gen.", "St.")
  kBeforeNumber,   // an abbreviation only when a number follows ("No. 10", "Ref. 2499")
  kFinal,          // may end a sentence: only before a sentence starter ("Inc.", "Jr.", "Nov.")
  kInner,          // never ends a sentence ("vs.", "cf.", "approx.")
};

// Looks up `word` (the letters before the period, without it). Case-insensitive,
// except that entries which are also ordinary words ("No", "Mar", "Gen", "Ill")
// must be written with a capital.
AbbrevKind lookup_abbreviation(std::string_view word);

// "U.S", "D.C", "a.m", "e.g", "U.S.A", "Ph.D": two or more groups of one or two
// ASCII letters joined by periods (the final period excluded).
bool is_dotted_acronym(std::string_view word);

// Capitalised words that usually open a sentence ("The", "He", "But", "In").
// Used after "U.S." and similar to tell "in the U.S. The next ..." from
// "the U.S. Embassy".
bool is_sentence_starter(std::string_view word);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
