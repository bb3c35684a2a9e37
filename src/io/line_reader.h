// LineReader: bounded-memory line splitting over a byte stream (a file, a
// gzip file, stdin or a memory buffer).
//
// zlib's gzopen/gzdopen read uncompressed input transparently, so one byte
// source serves plain files, .gz files and stdin (compressed or not). Lines
// longer than the limit are skipped to their newline without being stored and
// reported as kTooLong, which keeps memory bounded whatever the input size.
//
// Not thread-safe; one reader per thread.
#ifndef DYAD_IO_LINE_READER_H_
#define DYAD_IO_LINE_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace dyad::io {

// A stream of bytes. read() returns the number of bytes read, 0 at the end,
// or -1 on error (then error() says why).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual int64_t read(char* buf, size_t n) = 0;
  virtual std::string error() const = 0;
  // How many bytes to ask for at a time (a memory source knows its size,
  // which spares small buffers a large zero-filled read buffer).
  virtual size_t chunk_hint() const { return 256 * 1024; }
};

// Opens a file (plain or gzip) or, for path "-", stdin. Returns nullptr and
// sets *why when the file cannot be opened.
std::unique_ptr<ByteSource> open_byte_source(const std::string& path, std::string* why);

// Reads from a caller-owned buffer, which must outlive the source.
std::unique_ptr<ByteSource> memory_byte_source(std::string_view bytes);

class LineReader {
 public:
  enum class Status : uint8_t {
    kLine,     // *line holds the next line (without '\n' or a trailing '\r')
    kTooLong,  // the line exceeded max_line_bytes; it was skipped
    kEnd,      // no more input
    kError,    // the source failed; error() says why
  };

  LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes);

  Status next(std::string* line);
  // 1-based number of the line last returned (0 before the first).
  uint64_t line_number() const { return line_no_; }
  const std::string& error() const { return error_; }

  // The first bytes of the stream not yet consumed (up to n), without
  // consuming them: used to sniff the format.
  std::string_view peek(size_t n);
  // Reads everything that is left into *out. Fails (false, error() set) when
  // more than limit bytes remain or the source fails.
  bool read_all(std::string* out, size_t limit);

 private:
  bool fill();  // appends one chunk to buf_; false at end or error

  std::unique_ptr<ByteSource> source_;
  size_t max_line_bytes_;
  std::string buf_;
  size_t pos_ = 0;  // first unconsumed byte of buf_
  bool eof_ = false;
  uint64_t line_no_ = 0;
  std::string error_;
};

}  // namespace dyad::io

#endif  // DYAD_IO_LINE_READER_H_
