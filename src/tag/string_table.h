// StringTable: an immutable-after-build string -> uint32_t hash map for the
// tagger lexicon and the WordNet lemma lists.
//
// Keys live in one arena string and slots in one power-of-two vector with
// linear probing; each slot also holds the key's first 16 bytes, so a lookup
// is one hash and usually one cache line of slots, and never allocates. std::unordered_map<std::string, ...> was
// avoided because it allocates a node per key (94k lexicon words) and its
// lookups need a std::string or a transparent-hash detour.
//
// Thread safety: insert() and find_mutable() are for the loading thread only; once loading is done
// find() and contains() are const and safe to call from any number of threads.
#ifndef DYAD_TAG_STRING_TABLE_H_
#define DYAD_TAG_STRING_TABLE_H_

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::internal {

// The n < 8 bytes at p as the low bytes of a word, the rest zero, from at
// most two fixed-size loads: a variable-length memcpy is a library call and
// stalls the load that reads its result back.
inline uint64_t load_partial(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | uint64_t{hi} << (8 * (n - 4));  // the loads overlap when n < 8: same bytes, same places
  }
  if (n == 0) return 0;
  auto byte = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
  return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
}

inline uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// 64-bit hash of short strings: 8 bytes per multiply, good enough mixing for
// probing (keys are words, not adversarial input).
inline uint64_t hash_bytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    h = (h ^ load8(p)) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    h = (h ^ load_partial(p, n)) * kMul;
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
    if (find(key) != nullptr) return false;
    if ((size_ + 1) * 4 > slots_n_ * 3) rehash(slots_n_ * 2);
    Slot slot = make_slot(key, static_cast<uint32_t>(arena_.size()), value);
    arena_.append(key);
    place(slot);
    ++size_;
    return true;
  }

  // The value stored for key, or nullptr; writable, for the loading thread.
  uint32_t* find_mutable(std::string_view key) { return const_cast<uint32_t*>(std::as_const(*this).find(key)); }

  // The value stored for key, or nullptr.
  const uint32_t* find(std::string_view key) const { return find(key, hash_of(key)); }

  // The same with hash_of(key) computed by the caller (see prefetch).
  const uint32_t* find(std::string_view key, uint32_t hash) const {
    uint64_t head[2];
    load_head(key, head);
    const auto len = static_cast<uint32_t>(key.size());
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      if (s.hash == hash && s.len == len && s.head[0] == head[0] && s.head[1] == head[1] &&
          (len <= kHeadBytes || tail_equal(s, key))) {
        return &s.value;
      }
    }
  }

  static uint32_t hash_of(std::string_view key) { return static_cast<uint32_t>(hash_bytes(key)); }

  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // Starts loading the slot where a lookup of key begins. The table is far
  // larger than the caches, so a lookup usually waits for memory; callers
  // with many keys (the words of a sentence) prefetch them all first, and
  // the waits overlap instead of adding up.
  void prefetch(uint32_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr size_t kHeadBytes = 16;
  // A key's first 16 bytes live in its slot (zero-padded), so a lookup of a
  // word of up to 16 bytes, nearly every word of running text, reads one
  // slot and never the arena: with 94k lexicon words the table is far
  // larger than the L2 cache, and each extra line touched is a likely miss.
  struct alignas(32) Slot {  // two per cache line, never straddling one
    uint64_t head[2] = {0, 0};
    uint32_t hash = 0;
    uint32_t len = kEmpty;
    uint32_t offset = 0;  // of the whole key in arena_
    uint32_t value = 0;
  };

  // The key's first 16 bytes, zero-padded.
  static void load_head(std::string_view key, uint64_t (&head)[2]) {
    const char* p = key.data();
    const size_t n = key.size();
    if (n >= 16) {
      head[0] = load8(p);
      head[1] = load8(p + 8);
    } else if (n > 8) {
      head[0] = load8(p);
      head[1] = load8(p + n - 8) >> (8 * (16 - n));  // bytes 8..n-1, read from a load ending at the last byte
    } else if (n == 8) {
      head[0] = load8(p);
      head[1] = 0;
    } else {
      head[0] = load_partial(p, n);
      head[1] = 0;
    }
  }

  static Slot make_slot(std::string_view key, uint32_t offset, uint32_t value) {
    Slot s;
    load_head(key, s.head);
    s.hash = hash_of(key);
    s.len = static_cast<uint32_t>(key.size());
    s.offset = offset;
    s.value = value;
    return s;
  }

  bool tail_equal(const Slot& s, std::string_view key) const {
    return std::memcmp(arena_.data() + s.offset + kHeadBytes, key.data() + kHeadBytes, s.len - kHeadBytes) == 0;
  }

  void place(const Slot& slot) {
    size_t i = slot.hash & mask_;
    while (slots_[i].len != kEmpty) i = (i + 1) & mask_;
    slots_[i] = slot;
  }

  // Slot storage. Tables of 2 MB or more ask for transparent huge pages:
  // lookups land on random slots, and with 4 KB pages nearly each one would
  // also miss the TLB (the lexicon's slots span about a thousand pages).
  struct FreeSlots {
    void operator()(Slot* p) const { std::free(p); }
  };
  using SlotArray = std::unique_ptr<Slot[], FreeSlots>;

  static SlotArray allocate(size_t n) {
    constexpr size_t kHugePage = size_t{2} << 20;
    size_t bytes = n * sizeof(Slot);
    size_t align = bytes >= kHugePage ? kHugePage : alignof(Slot);
    bytes = (bytes + align - 1) / align * align;
    auto* p = static_cast<Slot*>(std::aligned_alloc(align, bytes));
    if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    if (align == kHugePage) madvise(p, bytes, MADV_HUGEPAGE);  // advice only: failure is harmless
#endif
    for (size_t i = 0; i < n; ++i) new (p + i) Slot();
    return SlotArray(p);
  }

  void rehash(size_t n) {
    SlotArray old = std::move(slots_);
    size_t old_n = slots_n_;
    slots_ = allocate(n);
    slots_n_ = n;
    mask_ = n - 1;
    for (size_t i = 0; i < old_n; ++i) {
      if (old[i].len != kEmpty) place(old[i]);
    }
  }

  std::string arena_;
  SlotArray slots_;
  size_t slots_n_ = 0;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_STRING_TABLE_H_
