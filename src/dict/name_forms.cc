// Forms of person names that news text writes but dictionaries do not list:
// a middle initial ("Antony J. Blinken" for "Antony Blinken") and a title
// followed by the family name alone ("Secretary Blinken", "President Xi").
// The compiler builds them from each person's listed names, so a dictionary
// lists a person once and every such form follows.
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

std::vector<std::string> family_name_keys(const std::vector<std::string>& words) {
  size_t n = words.size();
  while (n > 0 && is_suffix(words[n - 1])) --n;
  if (n < 2) return {};
  std::vector<std::string> keys;
  // Western order puts the family name last ("Blinken"); Chinese, Korean and
  // Vietnamese names put it first ("Xi" Jinping). A given name that is also
  // taken as a key is almost always shared by several persons, and shared
  // keys are dropped by the compiler.
  for (const std::string& w : {words[n - 1], words[0]}) {
    if (w.size() < 2 || is_initial(w) || w.back() == '*' || !is_letter(w[0])) continue;
    if (keys.empty() || keys.front() != w) keys.push_back(w);
  }
  return keys;
}

}  // namespace dyad::internal
