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
//      The rules run bit-parallel (see apply_context_rules_bits): each rule's
//      matches in the sentence are one expression over per-tag and per-word
//      position sets, so a rule that cannot fire costs a few instructions.
// dyad adds a few news-text repairs on top (see front_end.cc: names in title case,
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
  uint16_t rule_word = 0;  // id of text among the contextual rules' words (0: none); set by tag_lexical
  // Set by BrillTagger::prefetch: the hashes of text and lower, and their
  // lexicon entries when the small table of frequent words had them
  // (nullptr: look in the full lexicon).
  bool hashed = false;
  bool lower_hashed = false;
  uint32_t text_hash = 0;
  uint32_t lower_hash = 0;
  const uint32_t* text_entry = nullptr;
  const uint32_t* lower_entry = nullptr;
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

  // Starts loading the lexicon entries of a word (its text and, when that
  // has capitals, its lower-case form) and records their hashes. tag_lexical does
  // this itself for words not yet prefetched; calling it as soon as each
  // word is known lets the memory loads overlap the caller's other work.
  // The lower-case form is only looked up for sentence-initial and all-caps
  // words; with_lower = false skips it for a word known to be neither.
  void prefetch(TagWord* w, bool with_lower = true) const;

  // Steps 1-2 (lexicon, unknown words), then step 3 (contextual rules);
  // callers may repair tags between the two. Both work in place;
  // apply_context needs the rule_word ids that tag_lexical sets.
  void tag_lexical(TagWord* words, size_t n) const;
  void apply_context(TagWord* words, size_t n) const;
  void tag(TagWord* words, size_t n) const {
    tag_lexical(words, n);
    apply_context(words, n);
  }

  // Self-check for tests: tags `count` random sentences (seeded; words drawn
  // from `vocabulary`, tags at random, lengths 1-300 so every engine size
  // is used) with apply_context and with the plain word-by-word reference
  // implementation of Brill's order. Returns how many sentences came out
  // differently; *changed counts the tags the rules changed.
  size_t count_engine_disagreements(const std::vector<std::string>& vocabulary, uint32_t seed, size_t count,
                                    size_t* changed) const;

  // Lexicon tag of an exact word form, or kUnknown.
  Pos lookup(std::string_view word) const;

  size_t lexicon_size() const { return lexicon_words_; }
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
  // A relative position i + d read by a condition, with the shifts that
  // move position i + d of a bit set to i (one of them is 0).
  struct Offset {
    int8_t d = 0;
    uint8_t right = 0;  // d > 0
    uint8_t left = 0;   // d < 0
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
    bool sequential = false;  // reads tags left of the word: apply word by word (see apply_context_rules_bits)
    // The condition over position sets (see compile_rule): the rule matches
    // at i when i is in cand_set, (set a_set holds i + a_off[0], i + a_off[1]
    // or i + a_off[2]) and set b_set holds i + b_off.
    uint16_t cand_set = 0;
    uint16_t a_set = 0;
    uint16_t b_set = 0;
    Offset a_off[3];
    Offset b_off;
  };

  Status load_lexicon(const std::string& path);
  Status load_lexical_rules(const std::string& path);
  Status load_context_rules(const std::string& path);

  Pos initial_tag(TagWord* words, size_t n, size_t i) const;
  Pos unknown_tag(const TagWord* words, size_t n, size_t i) const;
  Pos apply_lexical_rules(const TagWord* words, size_t n, size_t i, Pos tag) const;
  bool lexical_rule_matches(const LexicalRule& r, const TagWord* words, size_t n, size_t i) const;
  static std::string_view lexical_rule_key(const LexicalRule& r, std::string_view w, char (&buf)[128]);
  bool rule_allowed(const ContextRule& r, const TagWord& w) const;
  bool could_be_verb(const TagWord& w, Pos from) const;
  uint16_t intern_rule_word(std::string_view word);
  bool in_lexicon(std::string_view word) const;
  void build_hot_table();
  const uint32_t* entry(std::string_view key, uint32_t hash, const uint32_t* hot) const {
    return hot != nullptr ? hot : lexicon_.find(key, hash);
  }
  template <size_t W>
  void apply_context_rules_bits(TagWord* words, size_t n) const;
  void apply_context_rules_long(const TagWord* words, Pos* tags, const uint16_t* ids, size_t n) const;
  static constexpr size_t kTagCount = static_cast<size_t>(Pos::kCount_) + 1;  // with kBoundary
  static bool context_rule_matches(const ContextRule& r, const Pos* tags, const uint16_t* ids, size_t i);
  static bool reads_earlier_tags(Cmd cmd);
  static void compile_rule(ContextRule* r);
  void index_rules();
  void live_rules(uint64_t present_tags, const uint64_t* word_live, uint64_t* live) const;
  // Position sets the compiled rules name: one per tag, then all positions
  // (kOnesSet), the real words (kRealSet) and one per rule word id.
  static constexpr uint16_t kOnesSet = static_cast<uint16_t>(kTagCount);
  static constexpr uint16_t kRealSet = kOnesSet + 1;
  static constexpr uint16_t word_set(uint16_t id) { return static_cast<uint16_t>(kRealSet + 1 + id); }

  // One table serves both per-word lookups: the value packs the lexicon tag
  // (bits 0-7, when bit 24 says the word is in the lexicon) and the word's
  // contextual-rule id (bits 8-23, 0 when no rule names it), so tagging a
  // word costs one hash lookup, not one per table.
  static constexpr uint32_t kInLexicon = 1u << 24;
  StringTable lexicon_;
  // The entries of function words, punctuation and rule words, copied from
  // lexicon_: about 800 words that make up half of running text, in a table
  // small enough to stay in the L1/L2 cache (see build_hot_table).
  StringTable hot_;
  std::vector<std::string> hot_words_;  // while loading
  size_t lexicon_words_ = 0;
  size_t rule_word_count_ = 0;
  VerbCheck verb_check_;
  uint16_t boundary_id_ = 0;  // id of "STAART"
  // Rule sets, rule_set_words_ 64-bit words each (bit k: context_rules_[k]),
  // for skipping rules a sentence cannot trigger (see apply_context_rules_bits).
  size_t rule_set_words_ = 0;
  std::vector<uint64_t> rules_needing_tag_;   // kTagCount sets: the rules that test for that tag
  std::vector<uint64_t> rules_naming_word_;   // one set per rule word id: the rules that test for that word
  std::vector<uint64_t> rules_without_word_;  // one set: the rules that test no word
  uint64_t tags_rules_need_ = 0;              // the tags some rule tests for
  std::vector<LexicalRule> lexical_rules_;
  std::vector<ContextRule> context_rules_;
};

// count_engine_disagreements of a tagger loaded from `lexicon_dir`, for
// unit tests (which see only the public headers and declare this one
// themselves); SIZE_MAX when loading fails.
size_t brill_engine_disagreements(const std::string& lexicon_dir, const std::vector<std::string>& vocabulary,
                                  uint32_t seed, size_t count, size_t* changed);

}  // namespace dyad::internal

#endif  // DYAD_TAG_BRILL_TAGGER_H_
