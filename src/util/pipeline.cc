#include "dyad/pipeline.h"

#include <charconv>
#include <string>

namespace dyad {

uint64_t shard_hash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

Result<Shard> Shard::parse(std::string_view text) {
  auto bad = [&] {
    return Status(ErrorCode::kInvalidArgument, "--shard must be I/N with 0 <= I < N, got '" + std::string(text) + "'");
  };
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return bad();
  Shard s;
  auto r1 = std::from_chars(text.data(), text.data() + slash, s.index);
  auto r2 = std::from_chars(text.data() + slash + 1, text.data() + text.size(), s.count);
  if (r1.ec != std::errc() || r1.ptr != text.data() + slash || r2.ec != std::errc() ||
      r2.ptr != text.data() + text.size() || s.count == 0 || s.index >= s.count)
    return bad();
  return s;
}

bool Shard::owns(std::string_view story_id) const { return shard_hash(story_id) % count == index; }

namespace internal {
unsigned resolve_threads(unsigned requested) {
  if (requested) return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw ? hw : 1;
}
}  // namespace internal

}  // namespace dyad
