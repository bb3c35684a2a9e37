#include "io/line_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dyad::io {

namespace {

constexpr size_t kChunkBytes = 256 * 1024;

class GzByteSource : public ByteSource {
 public:
  explicit GzByteSource(gzFile f) : f_(f) { gzbuffer(f_, kChunkBytes); }
  ~GzByteSource() override { gzclose(f_); }

  int64_t read(char* buf, size_t n) override {
    int got = gzread(f_, buf, static_cast<unsigned>(n));
    if (got < 0) {
      int code = 0;
      const char* msg = gzerror(f_, &code);
      error_ = code == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "read error");
      return -1;
    }
    // gzread returns a short count and sets an error for a truncated .gz
    // stream; report it rather than silently ending the file.
    if (got == 0) {
      int code = 0;
      const char* msg = gzerror(f_, &code);
      if (code != Z_OK && code != Z_STREAM_END) {
        error_ = msg ? msg : "decompression error";
        return -1;
      }
    }
    return got;
  }
  std::string error() const override { return error_; }

 private:
  gzFile f_;
  std::string error_;
};

class MemoryByteSource : public ByteSource {
 public:
  explicit MemoryByteSource(std::string_view bytes) : bytes_(bytes) {}
  int64_t read(char* buf, size_t n) override {
    size_t k = std::min(n, bytes_.size() - pos_);
    if (k == 0) return 0;  // bytes_ may be empty with a null data()
    std::memcpy(buf, bytes_.data() + pos_, k);
    pos_ += k;
    return static_cast<int64_t>(k);
  }
  std::string error() const override { return {}; }
  size_t chunk_hint() const override { return std::max<size_t>(bytes_.size() - pos_, 1); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> open_byte_source(const std::string& path, std::string* why) {
  gzFile f = nullptr;
  if (path == "-" || path.empty()) {
    int fd = dup(STDIN_FILENO);
    if (fd >= 0) f = gzdopen(fd, "rb");
    if (!f && fd >= 0) close(fd);
  } else {
    f = gzopen(path.c_str(), "rb");
  }
  if (!f) {
    *why = errno ? std::strerror(errno) : "cannot open";
    return nullptr;
  }
  return std::make_unique<GzByteSource>(f);
}

std::unique_ptr<ByteSource> memory_byte_source(std::string_view bytes) {
  return std::make_unique<MemoryByteSource>(bytes);
}

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes) {}

bool LineReader::fill() {
  if (eof_ || !error_.empty()) return false;
  if (pos_ > 0 && pos_ * 2 >= buf_.size()) {  // compact: keep memory bounded
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  size_t chunk = std::min(source_->chunk_hint(), kChunkBytes);
  buf_.resize(old + chunk);
  int64_t got = source_->read(buf_.data() + old, chunk);
  if (got < 0) {
    buf_.resize(old);
    error_ = source_->error();
    if (error_.empty()) error_ = "read error";
    return false;
  }
  buf_.resize(old + static_cast<size_t>(got));
  if (got == 0) eof_ = true;
  return got > 0;
}

LineReader::Status LineReader::next(std::string* line) {
  size_t scan = pos_;
  bool too_long = false;
  for (;;) {
    size_t nl = buf_.find('\n', scan);
    if (nl != std::string::npos) {
      ++line_no_;
      if (too_long || nl - pos_ > max_line_bytes_) {
        pos_ = nl + 1;
        return Status::kTooLong;
      }
      line->assign(buf_, pos_, nl - pos_);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      pos_ = nl + 1;
      return Status::kLine;
    }
    if (buf_.size() - pos_ > max_line_bytes_) {  // drop the stored part of a long line
      too_long = true;
      pos_ = buf_.size();
    }
    scan = buf_.size();
    size_t before = pos_;
    if (!fill()) {
      if (!error_.empty()) return Status::kError;
      if (buf_.size() == pos_ && !too_long) return Status::kEnd;
      ++line_no_;  // last line without a newline
      if (too_long) { pos_ = buf_.size(); return Status::kTooLong; }
      line->assign(buf_, pos_, buf_.size() - pos_);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      pos_ = buf_.size();
      return Status::kLine;
    }
    scan -= before - pos_;  // fill() may have compacted the buffer
  }
}

std::string_view LineReader::peek(size_t n) {
  while (buf_.size() - pos_ < n && fill()) {
  }
  return std::string_view(buf_).substr(pos_, n);
}

bool LineReader::read_all(std::string* out, size_t limit) {
  while (fill()) {
    if (buf_.size() - pos_ > limit) {
      error_ = "input larger than " + std::to_string(limit) + " bytes";
      return false;
    }
  }
  if (!error_.empty()) return false;
  if (buf_.size() - pos_ > limit) {
    error_ = "input larger than " + std::to_string(limit) + " bytes";
    return false;
  }
  out->assign(buf_, pos_, std::string::npos);
  pos_ = buf_.size();
  return true;
}

}  // namespace dyad::io
