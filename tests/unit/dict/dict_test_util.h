// Helpers for the dictionary tests: build a set from inline dyad text.
#ifndef DYAD_TESTS_UNIT_DICT_DICT_TEST_UTIL_H_
#define DYAD_TESTS_UNIT_DICT_DICT_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::test {

inline DictionarySet read_text(const std::string& text, std::vector<Diagnostic>* diags,
                               const std::string& file = "test.txt") {
  DictionarySet set;
  read_dyad_text("name test\ncodebook cameo\nversion 1\n", "manifest.txt", &set, diags);
  read_dyad_text(text, file, &set, diags);
  return set;
}

inline std::shared_ptr<const CompiledDictionary> compile_text(const std::string& text) {
  std::vector<Diagnostic> diags;
  DictionaryBuilder b;
  b.add_set(read_text(text, &diags));
  auto r = b.compile();
  return r.ok() ? r.value() : nullptr;
}

inline std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace dyad::test

#endif  // DYAD_TESTS_UNIT_DICT_DICT_TEST_UTIL_H_
