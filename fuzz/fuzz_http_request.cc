// Fuzzes whole requests through the router (no sockets). Input layout:
//   METHOD SP TARGET LF (NAME: VALUE LF)* LF BODY
// where TARGET is a path with an optional ?query (percent-decoded here as an
// HTTP server would). Every answer must keep the response invariants.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_http_common.h"

namespace {

std::string percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) && hex(s[i + 2])) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

std::string_view take_line(std::string_view& in) {
  size_t nl = in.find('\n');
  std::string_view line = in.substr(0, nl);
  in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  return line;
}

dyad::ApiRequest parse(std::string_view in) {
  dyad::ApiRequest r;
  std::string_view first = take_line(in);
  size_t sp = first.find(' ');
  r.method = std::string(first.substr(0, sp));
  std::string_view target = sp == std::string_view::npos ? std::string_view("/") : first.substr(sp + 1);
  size_t q = target.find('?');
  r.path = percent_decode(target.substr(0, q));
  if (q != std::string_view::npos) {
    std::string_view query = target.substr(q + 1);
    while (!query.empty()) {
      size_t amp = query.find('&');
      std::string_view kv = query.substr(0, amp);
      size_t eq = kv.find('=');
      r.query.emplace_back(percent_decode(kv.substr(0, eq)),
                           eq == std::string_view::npos ? std::string() : percent_decode(kv.substr(eq + 1)));
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    }
  }
  for (std::string_view line; !in.empty() && !(line = take_line(in)).empty();) {
    size_t colon = line.find(':');
    std::string name(line.substr(0, colon));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = colon == std::string_view::npos ? std::string() : std::string(line.substr(colon + 1));
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    r.headers.emplace(std::move(name), std::move(value));
  }
  r.body = std::string(in);
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 100000) return 0;
  dyad::ApiRequest r = parse(std::string_view(reinterpret_cast<const char*>(data), size));
  dyad::fuzz::check_response(dyad::fuzz::fuzz_api().handle(r));
  return 0;
}
