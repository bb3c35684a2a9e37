// Word lists for the splitter and tokenizer (see abbreviations.h). The arrays
// must stay sorted (checked by static_assert) because lookups binary-search.
#include "text/abbreviations.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace dyad::internal {
namespace {

struct Abbrev {
  std::string_view word;  // lower case, no period
  AbbrevKind kind;
  bool needs_capital;     // also an ordinary word: abbreviation only when capitalised
};

constexpr AbbrevKind T = AbbrevKind::kTitle;
constexpr AbbrevKind N = AbbrevKind::kBeforeNumber;
constexpr AbbrevKind F = AbbrevKind::kFinal;
constexpr AbbrevKind I = AbbrevKind::kInner;

// Titles, company suffixes, months, US state abbreviations (Reuters: "Duluth
// Ga."), and reference words. Kept to forms seen in news copy.
constexpr std::array kAbbreviations = std::to_array<Abbrev>({
    {"adm", T, false},   {"al", F, false},     {"ala", F, true},     {"amb", T, false},
    {"approx", I, false}, {"apr", F, false},   {"ariz", F, true},    {"assn", F, false},
    {"asst", T, false},  {"atty", T, false},   {"aug", F, false},    {"ave", F, false},
    {"blvd", F, false},  {"brig", T, false},   {"bros", F, false},   {"calif", F, true},
    {"capt", T, false},  {"cdr", T, false},    {"cf", I, false},     {"cie", F, false},
    {"cmdr", T, false},  {"co", F, false},     {"col", T, true},     {"colo", F, true},
    {"conn", F, true},   {"corp", F, false},   {"cpl", T, false},    {"dec", F, true},
    {"del", F, true},    {"dept", F, false},   {"dr", T, false},     {"esp", I, false},
    {"esq", F, false},   {"etc", F, false},    {"feb", F, false},    {"fig", N, false},
    {"fla", F, true},    {"fr", T, true},      {"ft", T, true},      {"ga", F, true},
    {"gen", T, true},    {"gov", T, true},     {"govt", F, false},   {"hon", T, false},
    {"ill", F, true},    {"inc", F, false},    {"incl", I, false},   {"ind", F, true},
    {"insp", T, false},  {"intl", F, false},   {"jan", F, true},     {"jr", F, false},
    {"jul", F, true},    {"jun", F, true},     {"kan", F, true},     {"ky", F, true},
    {"la", F, true},     {"lt", T, false},     {"ltd", F, false},    {"maj", T, true},
    {"mar", F, true},    {"mass", F, true},    {"md", F, true},      {"messrs", T, false},
    {"mich", F, true},   {"minn", F, true},    {"miss", F, true},    {"mo", F, true},
    {"mont", F, true},   {"mr", T, false},     {"mrs", T, false},    {"ms", T, false},
    {"msgr", T, false},  {"mt", T, true},      {"neb", F, true},     {"nev", F, true},
    {"no", N, true},     {"nos", N, true},     {"nov", F, true},     {"oct", F, true},
    {"okla", F, true},   {"ore", F, true},     {"pa", F, true},      {"para", N, false},
    {"pp", N, false},    {"pres", T, true},    {"prof", T, false},   {"pvt", T, false},
    {"rd", F, false},    {"ref", N, true},     {"rep", T, true},     {"reps", T, true},
    {"rev", T, true},    {"sen", T, true},     {"sens", T, true},    {"sep", F, true},
    {"sept", F, true},   {"sgt", T, false},    {"sr", F, false},     {"st", T, true},
    {"supt", T, false},  {"tenn", F, true},    {"tex", F, true},     {"univ", F, false},
    {"va", F, true},     {"vol", N, false},    {"vs", I, false},     {"wash", F, true},
    {"wis", F, true},    {"wyo", F, true},
});

// Capitalised words that open sentences far more often than they follow an
// abbreviation inside one. Conjunctions and prepositions ("And", "In", "To",
// "For", "With", "On") are left out on purpose: Reuters 1987 copy capitalises
// the word after "U.S." ("the U.S. And Japan", "in the U.S. In Burton Group"),
// 232 times for "And" alone, while modern copy rarely opens a sentence after
// an acronym with them.
constexpr auto kSentenceStarters = std::to_array<std::string_view>({
    "A",       "After",   "Again",   "All",      "Also",      "Although",     "An",
    "Another", "Any",     "As",      "Because",  "Before",    "Both",         "But",
    "Despite", "During",  "Each",    "Earlier",  "Even",      "Every",        "Further",
    "Furthermore", "He",  "Her",     "Here",     "His",       "How",          "However",
    "I",       "If",      "Instead", "It",       "Its",       "Later",        "Many",
    "Meanwhile", "More",  "Moreover", "Most",    "My",        "Nevertheless", "No",
    "Now",     "One",     "Only",    "Our",      "She",       "Since",        "So",
    "Some",    "Still",   "Such",    "That",     "The",       "Their",        "Then",
    "There",   "These",   "They",    "This",     "Those",     "Though",       "Thus",
    "Under",   "Until",   "We",      "What",     "When",      "Where",        "While",
    "Who",     "Why",     "Yet",
});

constexpr bool abbreviations_sorted() {
  for (size_t i = 1; i < kAbbreviations.size(); ++i)
    if (!(kAbbreviations[i - 1].word < kAbbreviations[i].word)) return false;
  return true;
}
static_assert(abbreviations_sorted(), "kAbbreviations must be sorted for binary search");
static_assert(std::is_sorted(kSentenceStarters.begin(), kSentenceStarters.end()),
              "kSentenceStarters must be sorted for binary search");

constexpr size_t kMaxAbbrevLength = 8;

}  // namespace

AbbrevKind lookup_abbreviation(std::string_view word) {
  if (word.empty() || word.size() > kMaxAbbrevLength) return AbbrevKind::kNone;
  char lower[kMaxAbbrevLength];
  for (size_t i = 0; i < word.size(); ++i) {
    if (!is_ascii_alpha(static_cast<unsigned char>(word[i]))) return AbbrevKind::kNone;
    lower[i] = ascii_lower(word[i]);
  }
  const std::string_view key(lower, word.size());
  auto it = std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), key,
                             [](const Abbrev& a, std::string_view k) { return a.word < k; });
  if (it == kAbbreviations.end() || it->word != key) return AbbrevKind::kNone;
  if (it->needs_capital && !is_ascii_upper(static_cast<unsigned char>(word[0])))
    return AbbrevKind::kNone;
  return it->kind;
}

bool is_dotted_acronym(std::string_view word) {
  size_t groups = 0;
  size_t run = 0;
  for (char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_ascii_alpha(c)) {
      if (++run > 2) return false;
    } else if (c == '.') {
      if (run == 0) return false;
      ++groups;
      run = 0;
    } else {
      return false;
    }
  }
  return run > 0 && groups >= 1;
}

bool is_sentence_starter(std::string_view word) {
  return std::binary_search(kSentenceStarters.begin(), kSentenceStarters.end(), word);
}

}  // namespace dyad::internal
