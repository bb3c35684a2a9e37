// Helpers shared by the story readers: ids, text checks, dates, JSON strings.
#include <simdjson.h>

#include <cstdio>

#include "io/story_parsers.h"

namespace dyad::io {

std::string content_hash_id(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a 64-bit offset basis
  for (unsigned char ch : text) {
    h ^= ch;
    h *= 0x100000001b3ULL;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "fnv-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string story_id_from_path(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.remove_suffix(3);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

namespace {
// Byte offset of the first invalid UTF-8 sequence (only called on failure).
size_t first_bad_utf8(std::string_view t) {
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > t.size() || !simdjson::validate_utf8(t.data() + i, len)) return i;
    i += len;
  }
  return i;
}
}  // namespace

std::string check_text(std::string_view text) {
  if (!simdjson::validate_utf8(text.data(), text.size()))
    return "invalid UTF-8 at byte " + std::to_string(first_bad_utf8(text));
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) return "NUL byte at byte " + std::to_string(nul);
  return {};
}

RecordError make_error(std::string_view file, uint64_t line, std::string_view id,
                       std::string reason) {
  RecordError e;
  e.file = std::string(file);
  e.line = line;
  e.record_id = std::string(id);
  e.reason = std::move(reason);
  return e;
}

// One rule for every format: a date the story carries wins; a missing or
// unusable one falls back to --date; with neither the story is still read,
// undated, and says so (the coder decides what to do with it).
void settle_date(Story* story, std::optional<Date> found, const InputOptions& options) {
  if (found) {
    story->date = found;
  } else if (options.default_date) {
    story->date = options.default_date;
  } else {
    story->date.reset();
    story->warnings.push_back("no date: story is undated (use --date to set one)");
  }
}

void append_json_string(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (ch < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(ch));
        }
    }
  }
  out->push_back('"');
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

void DuplicateIds::apply(Story* story) {
  int n = ++seen_[story->id];
  if (n == 1) return;
  std::string renamed = story->id + "#" + std::to_string(n);
  story->warnings.push_back("duplicate id '" + story->id + "' in this file: renamed " + renamed);
  story->id = std::move(renamed);
  ++seen_[story->id];
}

}  // namespace dyad::io
