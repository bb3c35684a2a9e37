#include "tag/data_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dyad::internal {

Result<std::string> read_data_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    ErrorCode code = errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError;
    return Status(code, "cannot open front-end data file " + path + ": " + std::strerror(errno),
                  SourceLocation{path, 0, 0});
  }
  std::string bytes;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    return Status(ErrorCode::kIoError, "cannot read front-end data file " + path, SourceLocation{path, 0, 0});
  }
  return bytes;
}

size_t split_fields(std::string_view line, std::string_view* out, size_t max_fields) {
  size_t count = 0;
  size_t i = 0;
  while (i < line.size() && count < max_fields) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    out[count++] = line.substr(start, i - start);
  }
  return count;
}

}  // namespace dyad::internal
