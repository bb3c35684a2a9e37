// Generated word forms. Dictionaries list lemmas and singular nouns; news text
// has plurals, possessives and inflected verbs. Regular English rules cover
// most of them; irregular verb forms are matched through the token's WordNet
// lemma (Token::lemma), and a `forms` line lists what neither knows.
#include <string>
#include <vector>

#include "dict/dict_internal.h"

namespace dyad::internal {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_alpha(char c) { return c >= 'a' && c <= 'z'; }
bool ends_with(const std::string& w, const char* s) { return w.ends_with(s); }

// -s / -es / -ies, as for nouns and third-person verbs.
std::string s_form(const std::string& w) {
  size_t n = w.size();
  if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2])) return w.substr(0, n - 1) + "ies";
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh"))
    return w + "es";
  return w + "s";
}

// Consonant-vowel-consonant endings double before -ed/-ing ("stop" -> "stopped").
bool doubles(const std::string& w) {
  size_t n = w.size();
  if (n < 3 || n > 4) return false;  // longer words mostly stress an earlier syllable ("visit")
  char a = w[n - 3], b = w[n - 2], c = w[n - 1];
  return !is_vowel(a) && is_vowel(b) && !is_vowel(c) && c != 'w' && c != 'x' && c != 'y';
}

}  // namespace

std::vector<std::string> noun_forms(const std::string& word) {
  if (word.empty() || word.back() == '*' || !is_alpha(word.back())) return {};
  std::string plural = s_form(word);
  return {plural, word + "'s", plural + "'"};
}

std::vector<std::string> verb_forms(const std::string& lemma) {
  if (lemma.empty() || lemma.back() == '*' || !is_alpha(lemma.back())) return {};
  std::vector<std::string> out{s_form(lemma)};
  size_t n = lemma.size();
  if (lemma.back() == 'e') {
    out.push_back(lemma + "d");
    out.push_back(lemma.substr(0, n - 1) + "ing");
  } else if (n >= 2 && lemma.back() == 'y' && !is_vowel(lemma[n - 2])) {
    out.push_back(lemma.substr(0, n - 1) + "ied");
    out.push_back(lemma + "ing");
  } else if (doubles(lemma)) {
    out.push_back(lemma + lemma.back() + "ed");
    out.push_back(lemma + lemma.back() + "ing");
    out.push_back(lemma + "ed");
    out.push_back(lemma + "ing");
  } else {
    out.push_back(lemma + "ed");
    out.push_back(lemma + "ing");
  }
  return out;
}

}  // namespace dyad::internal
