// Open-addressing hash tables for the compiled dictionary's trie: a string
// vocabulary (word -> id) and an edge table (uint64 key -> uint32 value).
//
// Why not std::unordered_map: matching probes these tables for every token
// and, at nodes with stem edges, for every stem-length prefix of it; the
// node-based standard map costs a pointer chase and a std::hash pass per
// probe. Here a probe is a linear scan of one flat array, the vocabulary
// stores each key's full 64-bit hash (so misses almost never compare bytes),
// and the string hash is FNV-1a, which is incremental: the hashes of all
// prefixes of a word come out of one pass over it (see FnvHasher).
//
// Thread safety: building (insert) is single-threaded; once built, concurrent
// const lookups are safe.
#ifndef DYAD_SRC_DICT_FLAT_MAP_H_
#define DYAD_SRC_DICT_FLAT_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::internal {

// FNV-1a 64, fed byte by byte so that prefix hashes are free.
class FnvHasher {
 public:
  static constexpr uint64_t kOffset = 1469598103934665603ull;
  static constexpr uint64_t kPrime = 1099511628211ull;

  void add(char c) {
    h_ ^= static_cast<uint8_t>(c);
    h_ *= kPrime;
  }
  uint64_t value() const { return h_; }

  static uint64_t of(std::string_view s) {
    FnvHasher h;
    for (char c : s) h.add(c);
    return h.value();
  }

 private:
  uint64_t h_ = kOffset;
};

// FNV-1a's low bits are weak for short keys; fold the high bits in before
// masking to a power-of-two table.
inline size_t slot_of(uint64_t hash, size_t mask) { return static_cast<size_t>((hash ^ (hash >> 29)) & mask); }

// word -> dense id, ids assigned in insertion order (0, 1, 2, ...).
class FlatVocab {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  FlatVocab() { rehash(64); }

  size_t size() const { return words_.size(); }

  // The id of `word`, adding it with id size() when absent.
  uint32_t intern(std::string_view word) {
    uint64_t h = FnvHasher::of(word);
    size_t i = find_slot(word, h);
    if (slots_[i].id != kMissing) return slots_[i].id;
    if ((words_.size() + 1) * 2 > slots_.size()) {
      rehash(slots_.size() * 2);
      i = find_slot(word, h);
    }
    uint32_t id = static_cast<uint32_t>(words_.size());
    words_.push_back(Word{static_cast<uint32_t>(chars_.size()), static_cast<uint32_t>(word.size())});
    chars_.append(word);
    slots_[i] = Slot{h, id};
    return id;
  }

  // The id of `word` (whose FnvHasher hash is `hash`), or kMissing.
  uint32_t find(std::string_view word, uint64_t hash) const { return slots_[find_slot(word, hash)].id; }
  uint32_t find(std::string_view word) const { return find(word, FnvHasher::of(word)); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kMissing;
  };
  struct Word {
    uint32_t offset;
    uint32_t length;
  };

  std::string_view word(uint32_t id) const {
    return std::string_view(chars_).substr(words_[id].offset, words_[id].length);
  }

  // The slot holding `word`, or the empty slot where it would go.
  size_t find_slot(std::string_view w, uint64_t hash) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(hash, mask);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kMissing) return i;
      if (s.hash == hash && word(s.id) == w) return i;
    }
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    size_t mask = capacity - 1;
    for (const Slot& s : old) {
      if (s.id == kMissing) continue;
      size_t i = slot_of(s.hash, mask);
      while (slots_[i].id != kMissing) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<Word> words_;
  std::string chars_;  // all words back to back
};

// uint64 key -> uint32 value; the key ~0 is reserved (trie keys are
// node << 32 | word id, and neither half reaches 2^32 - 1).
class FlatEdges {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  FlatEdges() { rehash(64); }

  size_t size() const { return size_; }

  uint32_t find(uint64_t key) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(mix(key), mask);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == kEmpty) return kMissing;
    }
  }

  // Adds key -> value; the key must be absent.
  void insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    place(key, value);
    ++size_;
  }

 private:
  static constexpr uint64_t kEmpty = ~0ull;
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = kMissing;
  };

  static uint64_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
  }

  void place(uint64_t key, uint32_t value) {
    size_t mask = slots_.size() - 1;
    size_t i = slot_of(mix(key), mask);
    while (slots_[i].key != kEmpty) i = (i + 1) & mask;
    slots_[i] = Slot{key, value};
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& s : old)
      if (s.key != kEmpty) place(s.key, s.value);
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace dyad::internal

#endif  // DYAD_SRC_DICT_FLAT_MAP_H_
