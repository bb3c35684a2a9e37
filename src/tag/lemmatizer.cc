#include "tag/lemmatizer.h"

#include <cstring>

#include "tag/data_file.h"

namespace dyad::internal {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// WordNet's morphy suffix rules for verbs, in its order.
struct SuffixRule {
  std::string_view strip;
  std::string_view add;
};
constexpr SuffixRule kVerbRules[] = {
    {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
    {"ing", "e"}, {"ing", ""}, {"ied", "y"},
};

// Irregular English plurals that no suffix rule recovers.
struct Irregular {
  std::string_view plural;
  std::string_view singular;
};
constexpr Irregular kIrregularPlurals[] = {
    {"children", "child"}, {"feet", "foot"}, {"teeth", "tooth"}, {"geese", "goose"},
    {"mice", "mouse"},     {"lice", "louse"}, {"oxen", "ox"},    {"criteria", "criterion"},
    {"phenomena", "phenomenon"}, {"crises", "crisis"}, {"analyses", "analysis"},
    {"theses", "thesis"},  {"bases", "base"}, {"diagnoses", "diagnosis"},
};

}  // namespace

Status Lemmatizer::load(const std::string& dir) {
  if (Status s = load_index(dir + "/wordnet.index.verb"); !s.ok()) return s;
  return load_exceptions(dir + "/wordnet.verb.exc");
}

Status Lemmatizer::load_index(const std::string& path) {
  Result<std::string> bytes = read_data_file(path);
  if (!bytes.ok()) return bytes.status();
  // Lines "lemma pos synset_cnt ..."; the licence header lines start with a space.
  for_each_line(*bytes, [&](std::string_view line, uint64_t) {
    if (line.empty() || line[0] == ' ') return;
    size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return;
    verbs_.insert(line.substr(0, space), 0);
  });
  if (verbs_.size() == 0) {
    return Status(ErrorCode::kParseError, "no verb lemmas in WordNet index " + path, SourceLocation{path, 0, 0});
  }
  return Status::Ok();
}

Status Lemmatizer::load_exceptions(const std::string& path) {
  Result<std::string> bytes = read_data_file(path);
  if (!bytes.ok()) return bytes.status();
  Status error;
  // Lines "form lemma [lemma...]"; prefer the first lemma that index.verb lists.
  for_each_line(*bytes, [&](std::string_view line, uint64_t number) {
    std::string_view f[8];
    size_t n = split_fields(line, f, 8);
    if (n == 0) return;
    if (n < 2) {
      if (error.ok()) {
        error = Status(ErrorCode::kParseError, "verb exception without a lemma: " + std::string(line),
                       SourceLocation{path, number, 1});
      }
      return;
    }
    std::string_view lemma = f[1];
    for (size_t i = 1; i < n; ++i) {
      if (verbs_.contains(f[i])) {
        lemma = f[i];
        break;
      }
    }
    if (exceptions_.insert(f[0], static_cast<uint32_t>(exception_lemmas_.size()))) {
      exception_lemmas_.emplace_back(lemma);
    }
  });
  return error;
}

std::string_view Lemmatizer::try_candidate(std::string_view stem, std::string_view add,
                                           char (&buf)[kMaxWord]) const {
  if (stem.size() + add.size() > kMaxWord) return {};
  std::memcpy(buf, stem.data(), stem.size());
  std::memcpy(buf + stem.size(), add.data(), add.size());
  std::string_view candidate(buf, stem.size() + add.size());
  return verbs_.contains(candidate) ? candidate : std::string_view();
}

std::string_view Lemmatizer::lemma_view(std::string_view word, char (&buf)[kMaxWord]) const {
  if (word.empty()) return {};
  if (const uint32_t* i = exceptions_.find(word)) return exception_lemmas_[*i];
  if (verbs_.contains(word)) return word;
  for (const SuffixRule& r : kVerbRules) {
    if (word.size() <= r.strip.size() || !ends_with(word, r.strip)) continue;
    std::string_view c = try_candidate(word.substr(0, word.size() - r.strip.size()), r.add, buf);
    if (!c.empty()) return c;
  }
  // Doubled final consonant before -ed/-ing: "stopped" -> "stopp" -> "stop".
  for (std::string_view strip : {std::string_view("ed"), std::string_view("ing")}) {
    if (!ends_with(word, strip) || word.size() < strip.size() + 3) continue;
    std::string_view stem = word.substr(0, word.size() - strip.size());
    char last = stem.back();
    if (last != stem[stem.size() - 2] || is_vowel(last)) continue;
    std::string_view c = try_candidate(stem.substr(0, stem.size() - 1), "", buf);
    if (!c.empty()) return c;
  }
  return {};
}

std::string Lemmatizer::noun_singular(std::string_view w) {
  for (const Irregular& irr : kIrregularPlurals) {
    if (w == irr.plural) return std::string(irr.singular);
  }
  size_t n = w.size();
  if (n < 3 || w.back() != 's') {
    // "chairmen", "servicewomen" -> "-man"; plain words stay as they are.
    if (n > 4 && ends_with(w, "men")) return std::string(w.substr(0, n - 3)) + "man";
    return std::string(w);
  }
  // Singular words ending in s: "status", "business", "analysis", "news".
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || w == "news") return std::string(w);
  if (n > 4 && ends_with(w, "ies")) return std::string(w.substr(0, n - 3)) + "y";
  if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes") ||
      ends_with(w, "zzes")) {
    return std::string(w.substr(0, n - 2));
  }
  if (ends_with(w, "'s")) return std::string(w);
  return std::string(w.substr(0, n - 1));
}

}  // namespace dyad::internal
