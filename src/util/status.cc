#include "dyad/status.h"

namespace dyad {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kIoError: return "io_error";
    case ErrorCode::kParseError: return "parse_error";
    case ErrorCode::kInvalidUtf8: return "invalid_utf8";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kCorrupt: return "corrupt";
    case ErrorCode::kLimit: return "limit";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string out;
  if (!where_.file.empty()) {
    out += where_.file;
    if (where_.line) {
      out += ':' + std::to_string(where_.line);
      if (where_.column) out += ':' + std::to_string(where_.column);
    }
    out += ": ";
  }
  out += message_;
  return out;
}

}  // namespace dyad
