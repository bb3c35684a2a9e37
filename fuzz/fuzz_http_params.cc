// Fuzzes endpoint parameters: the first byte picks an endpoint, the rest is
// NUL-separated name/value pairs (a name byte < 0x20 picks a known parameter
// name, so the fuzzer reaches the filter parsing quickly). POST endpoints get
// the last value as their body.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_http_common.h"

namespace {

struct Endpoint {
  const char* method;
  const char* path;
};
constexpr Endpoint kEndpoints[] = {
    {"GET", "/api/events"}, {"GET", "/api/series"},  {"GET", "/api/top"},     {"GET", "/api/search"},
    {"GET", "/api/stories/"}, {"POST", "/api/code"}, {"POST", "/api/stories"}, {"GET", "/health"},
    {"GET", "/version"},
};
constexpr const char* kNames[] = {"source", "target", "dyad", "from", "to",    "code", "root", "quad",
                                  "place",  "text",   "limit", "offset", "by", "n",    "date", "id"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > 20000) return 0;
  const Endpoint& ep = kEndpoints[data[0] % std::size(kEndpoints)];
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> parts;
  for (size_t at = 0; at <= rest.size();) {
    size_t nul = rest.find('\0', at);
    if (nul == std::string_view::npos) nul = rest.size();
    parts.emplace_back(rest.substr(at, nul - at));
    at = nul + 1;
  }
  dyad::ApiRequest r;
  r.method = ep.method;
  r.path = ep.path;
  if (r.path.back() == '/') r.path += parts.empty() ? "" : parts.front();
  for (size_t i = 0; i + 1 < parts.size(); i += 2) {
    std::string name = parts[i];
    if (name.size() == 1 && static_cast<unsigned char>(name[0]) < 0x20) name = kNames[name[0] % std::size(kNames)];
    r.query.emplace_back(std::move(name), parts[i + 1]);
  }
  if (r.method == "POST") {
    r.body = parts.back();
    bool plain = !r.body.empty() && r.body.front() != '{' && r.body.front() != '[';
    r.headers["content-type"] = plain ? "text/plain" : "application/json";
    if (data[0] & 0x80) r.headers["authorization"] = std::string("Bearer ") + dyad::fuzz::kToken;
  }
  dyad::fuzz::check_response(dyad::fuzz::fuzz_api().handle(r));
  return 0;
}
