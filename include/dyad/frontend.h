// The text front end: story -> sentences -> tokens with tags and lemmas.
//
//   auto fe = dyad::FrontEnd::load();          // lexicons from the data dir
//   if (!fe.ok()) return fail(fe.status());
//   dyad::AnalyzedStory a = (*fe)->analyze(story, /*code_titles=*/false);
//   for (const auto& s : a.sentences) ...
//
// A FrontEnd is immutable after load() and safe to share between threads.
// Every Span in the result is a byte range into the story's original text (or
// title, per Sentence::base); the normalised match form of each token is kept
// beside it, so nothing ever loses its way back to the source.
#ifndef DYAD_FRONTEND_H_
#define DYAD_FRONTEND_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/story.h"

namespace dyad {

// Penn Treebank part-of-speech tags (the tagset of Pattern's Brill data).
enum class Pos : uint8_t {
  kUnknown = 0,
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS,
  kPDT, kPOS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB, kVBD, kVBG,
  kVBN, kVBP, kVBZ, kWDT, kWP, kWPS, kWRB,
  kPunct,      // , ; : and other punctuation
  kPeriod,     // . ! ?
  kQuote,      // quotes of any kind
  kLParen, kRParen,
  kHash, kDollar,
  kCount_,
};
const char* pos_name(Pos p);          // "NNP", "PRP$", "," ...
Pos pos_from_name(std::string_view name);
bool pos_is_noun(Pos p);
bool pos_is_verb(Pos p);
bool pos_is_adjective(Pos p);

enum TokenFlags : uint8_t {
  kTokCapitalized = 1 << 0,   // first letter upper case in the original
  kTokAllCaps = 1 << 1,       // every letter upper case (and at least two)
  kTokHyphenPart = 1 << 2,    // one part of a hyphenated word ("China" in "China-Canada")
  kTokSentenceStart = 1 << 3,
  kTokAbbreviation = 1 << 4,  // "U.S.", "Nov.", "Mr."
  kTokNumber = 1 << 5,
};

struct Token {
  Span span;            // in the sentence's base text
  std::string norm;     // match form: case-folded, no diacritics, ASCII quotes/dashes
  std::string lemma;    // verb lemma from WordNet for verbs; else norm (nouns singularised)
  Pos pos = Pos::kUnknown;
  uint8_t flags = 0;
};

struct Sentence {
  uint32_t index = 0;   // 0-based within the story, in reading order
  TextBase base = TextBase::kText;
  Span span;            // the sentence in its base text
  std::vector<Token> tokens;
};

struct AnalyzedStory {
  const Story* story = nullptr;   // borrowed: must outlive this object
  std::vector<Sentence> sentences;
  std::string_view base_text(TextBase b) const;
};

// Normalised match form of a string with a map back to original offsets.
struct Normalized {
  std::string text;                  // the match form
  std::vector<uint32_t> to_original; // to_original[i] = byte offset in the input of text[i];
                                     // one extra entry maps text.size() to input size
};
// Quotes and dashes to ASCII, NFKC, case folding, diacritics stripped.
// Pure ASCII input takes a fast path (lower-casing only).
Normalized normalize(std::string_view utf8);
// The same without the offset map (for dictionary keys).
std::string normalize_key(std::string_view utf8);

// Sentence boundaries inside [region.begin, region.end) of `text`.
std::vector<Span> split_sentences(std::string_view text, Span region);

// Tokens of one sentence span of `text` (no tags yet).
std::vector<Token> tokenize(std::string_view text, Span sentence);

class FrontEnd {
 public:
  // Loads the tagger lexicon, rules and WordNet lemma data from the data
  // directory (see data_dir()).
  static Result<std::shared_ptr<const FrontEnd>> load();
  static Result<std::shared_ptr<const FrontEnd>> load_from(const std::string& data_dir);

  virtual ~FrontEnd() = default;
  virtual AnalyzedStory analyze(const Story& story, bool code_titles) const = 0;
  // Tags and lemmatises tokens in place (one sentence).
  virtual void tag(std::string_view base, std::vector<Token>* tokens) const = 0;
  // WordNet verb lemma of a word form ("held" -> "hold"), or empty when unknown.
  virtual std::string verb_lemma(std::string_view word) const = 0;
};

// Where run-time data lives: $DYAD_DATA, else share/dyad next to the binary's
// build tree, else <prefix>/share/dyad.
std::string data_dir();

}  // namespace dyad

#endif  // DYAD_FRONTEND_H_
