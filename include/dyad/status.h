// Status and Result<T>: how the dyad library reports expected failures.
//
// Library functions never throw for expected failures (a malformed dictionary
// line, an unreadable file, invalid UTF-8, a bad request body). They return a
// Status, or a Result<T> holding either a value or a Status. Exceptions are
// used only at the edges (the CLI's main, the server's handlers).
//
//   dyad::Result<Story> r = parse_something(...);
//   if (!r.ok()) { std::cerr << r.status().to_string() << "\n"; return 2; }
//   Story s = std::move(r).value();
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace dyad {

enum class ErrorCode : uint8_t {
  kOk = 0,            // success
  kInvalidArgument,   // a caller-supplied value is malformed (option, date, code)
  kNotFound,          // a named file, entry or record does not exist
  kIoError,           // the operating system refused a read or write
  kParseError,        // input text does not follow its format (JSON, XML, dictionary)
  kInvalidUtf8,       // bytes that are not valid UTF-8 where text is required
  kUnsupported,       // a valid construct this version does not handle
  kCorrupt,           // a compiled artifact is damaged or of another format version
  kLimit,             // input exceeds a documented limit (line length, record size)
  kInternal,          // a bug in dyad: please report it
};

// Short lower-case name of a code ("parse_error"), stable for JSON output.
const char* error_code_name(ErrorCode code);

// Where an error was found: a file (or record id) and 1-based line and column.
// Zero line or column means unknown.
struct SourceLocation {
  std::string file;
  uint64_t line = 0;
  uint32_t column = 0;
};

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message, SourceLocation where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLocation& where() const { return where_; }

  // "file:line:col: message" (parts omitted when unknown).
  std::string to_string() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
  SourceLocation where_;
};

// Either a T or a non-ok Status. Accessing value() of an error is a programmer
// error (checked by DYAD_DCHECK in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#endif  // DYAD_STATUS_H_
