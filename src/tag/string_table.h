// StringTable: an immutable-after-build string -> uint32_t hash map for the
// tagger lexicon and the WordNet lemma lists.
//
// Keys live in one arena string and slots in one power-of-two vector with
// linear probing, so a lookup is one hash, usually one cache line of slots and
// one memcmp, and never allocates. std::unordered_map<std::string, ...> was
// avoided because it allocates a node per key (94k lexicon words) and its
// lookups need a std::string or a transparent-hash detour.
//
// Thread safety: insert() is for the loading thread only; once loading is done
// find() and contains() are const and safe to call from any number of threads.
#ifndef DYAD_TAG_STRING_TABLE_H_
#define DYAD_TAG_STRING_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::internal {

// 64-bit hash of short strings: 8 bytes per multiply, good enough mixing for
// probing (keys are words, not adversarial input).
inline uint64_t hash_bytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  return h ^ (h >> 32);
}

class StringTable {
 public:
  StringTable() { rehash(64); }

  // Adds key -> value unless the key is present; returns false (and keeps the
  // first value) for a duplicate, which is how the lexicon's "first entry
  // wins" rule is implemented.
  bool insert(std::string_view key, uint32_t value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) rehash(slots_.size() * 2);
    uint32_t h = static_cast<uint32_t>(hash_bytes(key));
    size_t i = h & mask_;
    while (slots_[i].len != kEmpty) {
      if (slots_[i].hash == h && view(slots_[i]) == key) return false;
      i = (i + 1) & mask_;
    }
    slots_[i] = Slot{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), h, value};
    arena_.append(key);
    ++size_;
    return true;
  }

  // The value stored for key, or nullptr.
  const uint32_t* find(std::string_view key) const {
    uint32_t h = static_cast<uint32_t>(hash_bytes(key));
    size_t i = h & mask_;
    while (slots_[i].len != kEmpty) {
      const Slot& s = slots_[i];
      if (s.hash == h && s.len == key.size() && std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0) {
        return &s.value;
      }
      i = (i + 1) & mask_;
    }
    return nullptr;
  }

  bool contains(std::string_view key) const { return find(key) != nullptr; }
  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t offset = 0;
    uint32_t len = kEmpty;
    uint32_t hash = 0;
    uint32_t value = 0;
  };

  std::string_view view(const Slot& s) const { return std::string_view(arena_.data() + s.offset, s.len); }

  void rehash(size_t n) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const Slot& s : old) {
      if (s.len == kEmpty) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].len != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::string arena_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_STRING_TABLE_H_
