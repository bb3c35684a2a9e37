// BrillTagger: Eric Brill's transformation-based part-of-speech tagger over
// the data Pattern ships (python3-pattern, BSD-3), re-implemented in C++.
//
// The algorithm, as Pattern applies it:
//   1. Lexicon: each word gets the tag listed for it (case-sensitive; the
//      lower-case form is tried for sentence-initial and all-caps words).
//   2. Unknown words: capitalised -> NNP, numbers -> CD, otherwise NN refined
//      by the lexical ("morphology") rules of en-morphology.txt, applied in
//      file order (suffixes, prefixes, contained characters, neighbours).
//   3. Contextual rules of en-context.txt, each rule over the whole sentence
//      in file order (Brill's order; Pattern runs word by word instead, which
//      measured the same on our gold but is not how the rules were learnt).
//      Guards keep rules from giving a word a tag its shape rules out (see
//      rule_allowed()), standing in for the per-word tag lists of Brill's
//      original lexicon that Pattern's one-tag lexicon dropped.
// dyad adds a few news-text repairs on top (see tag.cc: names in title case,
// possessive apostrophes, hyphenated compounds as one word).
//
// Lifecycle: load() once, then tag() from any thread.
// Thread safety: immutable after load(); tag() only writes to its arguments.
#ifndef DYAD_TAG_BRILL_TAGGER_H_
#define DYAD_TAG_BRILL_TAGGER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/frontend.h"
#include "dyad/status.h"
#include "tag/string_table.h"

namespace dyad::internal {

// One unit the tagger sees: a token, or a whole hyphenated compound.
struct TagWord {
  std::string_view text;   // case-preserving lookup form ("China", "in-depth", "'s")
  std::string_view lower;  // lower-cased text
  Pos tag = Pos::kUnknown;
  bool known = false;      // found in the lexicon
  Pos lexical = Pos::kUnknown;  // the tag before contextual rules
  bool capitalized = false;
  bool all_caps = false;
  bool number = false;
  bool initial = false;    // first word of the sentence (after opening quotes/brackets)
  bool via_lower = false;  // known only through its lower-case form
  bool mixed_case_sentence = true;  // false in an all-caps headline
  Pos fixed = Pos::kUnknown;  // preset tag (punctuation) that skips the lexicon
};

class BrillTagger {
 public:
  // Reads <dir>/en-lexicon.txt, en-morphology.txt and en-context.txt.
  Status load(const std::string& dir);

  // Optional: a test "can this lower-case word be a verb?" that stops
  // contextual rules from turning non-verbs into verbs (see rule_allowed).
  // The function must stay valid and thread-safe for the tagger's lifetime.
  using VerbCheck = std::function<bool(std::string_view)>;
  void set_verb_check(VerbCheck check) { verb_check_ = std::move(check); }

  // Steps 1-2 (lexicon, unknown words), then step 3 (contextual rules);
  // callers may repair tags between the two. Both work in place.
  void tag_lexical(TagWord* words, size_t n) const;
  void apply_context(TagWord* words, size_t n) const;
  void tag(TagWord* words, size_t n) const {
    tag_lexical(words, n);
    apply_context(words, n);
  }

  // Lexicon tag of an exact word form, or kUnknown.
  Pos lookup(std::string_view word) const;

  size_t lexicon_size() const { return lexicon_.size(); }
  size_t lexical_rule_count() const { return lexical_rules_.size(); }
  size_t context_rule_count() const { return context_rules_.size(); }

  // Sentinel tag of the three padding words on each side of a sentence
  // ("STAART" in Brill's files). Never appears in output.
  static constexpr Pos kBoundary = Pos::kCount_;

 private:
  // Rule conditions of both files (lexical ones use kWord..kGoodRight).
  enum class Cmd : uint8_t {
    kWord, kChar, kHasPref, kHasSuf, kAddPref, kAddSuf, kDeletePref, kDeleteSuf, kGoodLeft, kGoodRight,
    kPrevTag, kNextTag, kPrev2Tag, kNext2Tag, kPrev1Or2Tag, kNext1Or2Tag, kPrev1Or2Or3Tag, kNext1Or2Or3Tag,
    kSurroundTag, kCurWd, kPrevWd, kNextWd, kPrev1Or2Wd, kNext1Or2Wd, kPrev1Or2Or3Wd, kNext1Or2Or3Wd,
    kPrevWdTag, kNextWdTag, kWdPrevTag, kWdNextTag, kWdAnd2Aft, kWdAnd2TagBfr, kWdAnd2TagAft,
    kLBigram, kRBigram, kPrevBigram, kNextBigram,
  };
  // "NN s fhassuf 1 NNS x" (only words tagged NN) or "ly hassuf 2 RB x" (any).
  struct LexicalRule {
    Cmd cmd;
    bool any_from;
    Pos from;
    Pos to;
    std::string arg;
  };
  // "VBD VBN PREV1OR2OR3TAG VBZ": from-tag, to-tag, condition, arguments.
  // Each argument is a tag or a word depending on the condition.
  struct ContextRule {
    Cmd cmd;
    bool any_from;
    Pos from;
    Pos to;
    Pos x_tag = Pos::kUnknown;
    Pos y_tag = Pos::kUnknown;
    uint16_t x_word = 0;  // rule word ids (see intern_rule_word)
    uint16_t y_word = 0;
  };

  Status load_lexicon(const std::string& path);
  Status load_lexical_rules(const std::string& path);
  Status load_context_rules(const std::string& path);

  Pos initial_tag(TagWord* words, size_t n, size_t i) const;
  Pos unknown_tag(const TagWord* words, size_t n, size_t i) const;
  Pos apply_lexical_rules(const TagWord* words, size_t n, size_t i, Pos tag) const;
  bool lexical_rule_matches(const LexicalRule& r, const TagWord* words, size_t n, size_t i) const;
  bool known_concat(std::string_view a, std::string_view b) const;
  bool rule_allowed(const ContextRule& r, const TagWord& w) const;
  bool could_be_verb(const TagWord& w, Pos from) const;
  uint16_t intern_rule_word(std::string_view word);
  void apply_context_rules(const TagWord* words, Pos* tags, const uint16_t* ids, size_t n) const;
  void apply_context_rules_long(const TagWord* words, Pos* tags, const uint16_t* ids, size_t n) const;
  static constexpr size_t kTagCount = static_cast<size_t>(Pos::kCount_) + 1;  // with kBoundary
  static bool context_rule_matches(const ContextRule& r, const Pos* tags, const uint16_t* ids, size_t i);

  StringTable lexicon_;  // word -> Pos
  VerbCheck verb_check_;
  StringTable rule_words_;    // words named by contextual rules -> id >= 1
  uint16_t boundary_id_ = 0;  // id of "STAART"
  std::vector<LexicalRule> lexical_rules_;
  std::vector<ContextRule> context_rules_;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_BRILL_TAGGER_H_
