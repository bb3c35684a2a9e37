// Forms of person names that news text writes but dictionaries do not list:
// a middle initial ("Antony J. Blinken" for "Antony Blinken") and a title
// followed by the family name alone ("Secretary Blinken", "President Xi").
// The compiler builds them from each person's listed names, so a dictionary
// lists a person once and every such form follows.
#include <cctype>
#include <string>
#include <vector>

#include "dict/dict_internal.h"

namespace dyad::internal {

namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// "jr.", "sr.", "ii", "iii": generational suffixes after the family name.
bool is_suffix(std::string_view w) {
  return w == "jr" || w == "jr." || w == "sr" || w == "sr." || w == "ii" || w == "iii" || w == "iv";
}

}  // namespace

bool is_initial(std::string_view word) {
  return (word.size() == 1 && is_letter(word[0])) || (word.size() == 2 && is_letter(word[0]) && word[1] == '.');
}

std::vector<std::string> with_middle_initial(const std::vector<std::string>& words) {
  if (words.size() < 2 || words.size() > 3) return {};
  for (const auto& w : words)
    if (is_initial(w) || w.empty() || w.back() == '*') return {};
  std::vector<std::string> out;
  out.push_back(words[0]);
  out.emplace_back(kInitialWord);
  out.insert(out.end(), words.begin() + 1, words.end());
  return out;
}

bool family_name_first(const std::vector<DatedCode>& codes) {
  for (const DatedCode& c : codes) {
    std::string_view country = std::string_view(c.code).substr(0, 3);
    for (std::string_view k : {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"})
      if (country == k) return true;
  }
  return false;
}

std::string family_name_key(const std::vector<std::string>& words, bool family_first) {
  size_t n = words.size();
  while (n > 0 && is_suffix(words[n - 1])) --n;
  if (n < 2) return "";
  const std::string& w = family_first ? words[0] : words[n - 1];
  if (w.size() < 2 || is_initial(w) || w.back() == '*' || !is_letter(w[0])) return "";
  return w;
}

bool roles_name_title(const std::vector<DatedCode>& codes, std::string_view title_word) {
  if (title_word.empty()) return false;
  for (const DatedCode& c : codes) {
    std::string note = c.note;
    for (char& ch : note) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (size_t at = note.find(title_word); at != std::string::npos; at = note.find(title_word, at + 1)) {
      size_t end = at + title_word.size();
      bool starts = at == 0 || !is_letter(note[at - 1]);
      bool ends = end == note.size() || !is_letter(note[end]);
      if (starts && ends) return true;
    }
  }
  return false;
}

}  // namespace dyad::internal
