// Lemmatizer: verb lemmas from WordNet ("held" -> "hold") and rule-based noun
// singulars ("sanctions" -> "sanction").
//
// Verbs follow WordNet's morphy: the exception list (verb.exc) first, then the
// word itself when index.verb lists it, then the suffix rules s, ies->y,
// es->e, es, ed->e, ed, ing->e, ing (plus ied->y and undoubling a final
// consonant: "stopped" -> "stop"); a candidate is kept only if index.verb
// lists it. Nouns use suffix rules only, because WordNet's noun data is not
// shipped with dyad.
//
// Lifecycle: load() once, then use the const methods.
// Thread safety: immutable after load(); const methods are safe from any
// number of threads.
#ifndef DYAD_TAG_LEMMATIZER_H_
#define DYAD_TAG_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "tag/string_table.h"

namespace dyad::internal {

class Lemmatizer {
 public:
  // Reads <dir>/wordnet.index.verb and <dir>/wordnet.verb.exc.
  Status load(const std::string& dir);

  // Lemma of a lower-case verb form, or "" when WordNet does not know it.
  std::string verb_lemma(std::string_view word) const {
    char buf[kMaxWord];
    return std::string(lemma_view(word, buf));
  }
  // True when verb_lemma(word) is not empty.
  bool is_verb_form(std::string_view word) const {
    char buf[kMaxWord];
    return !lemma_view(word, buf).empty();
  }
  // Starts loading the table entries verb_lemma(word) reads first, so that a
  // caller with several words can overlap their memory waits.
  void prefetch(std::string_view word) const {
    uint32_t h = StringTable::hash_of(word);
    exceptions_.prefetch(h);
    verbs_.prefetch(h);
  }
  // Singular of a lower-case plural noun form ("policies" -> "policy").
  static std::string noun_singular(std::string_view word);

  size_t verb_count() const { return verbs_.size(); }
  size_t exception_count() const { return exceptions_.size(); }

 private:
  Status load_index(const std::string& path);
  Status load_exceptions(const std::string& path);
  // Longest word whose suffix-rule candidates are tried (none is longer).
  static constexpr size_t kMaxWord = 64;
  // verb_lemma without allocating: a view of the exception list, of `word`
  // itself or of `buf`, or empty.
  std::string_view lemma_view(std::string_view word, char (&buf)[kMaxWord]) const;
  std::string_view try_candidate(std::string_view stem, std::string_view add, char (&buf)[kMaxWord]) const;

  StringTable verbs_;                 // lemma -> unused
  StringTable exceptions_;            // irregular form -> index into exception_lemmas_
  std::vector<std::string> exception_lemmas_;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_LEMMATIZER_H_
