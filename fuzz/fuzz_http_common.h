// Shared by the HTTP fuzz targets: one Api over a throwaway SQLite store with
// two stories, and the response invariants every input must keep (a status
// in 200..599, JSON bodies that parse, the one error shape on 4xx/5xx).
#ifndef DYAD_FUZZ_FUZZ_HTTP_COMMON_H_
#define DYAD_FUZZ_FUZZ_HTTP_COMMON_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "dyad/dictionary.h"
#include "dyad/frontend.h"
#include "dyad/server.h"

namespace dyad::fuzz {

inline constexpr const char* kToken = "fuzz-token-0123456789abcdef";

// The bundled dictionary text set, found next to this file in the source tree
// (fuzz targets run from the build tree), else in the data directory.
inline Result<std::shared_ptr<const CodingKit>> load_kit() {
  std::filesystem::path src = std::filesystem::path(__FILE__).parent_path().parent_path() / "dict" / "dyad";
  std::string dir = std::filesystem::is_directory(src) ? src.string() : data_dir() + "/dict/dyad";
  std::vector<Diagnostic> diags;
  auto set = read_dyad_set(dir, &diags);
  if (!set.ok()) return set.status();
  DictionaryBuilder b;
  b.add_set(std::move(*set));
  auto dict = b.compile();
  if (!dict.ok()) return dict.status();
  return make_coding_kit(*dict, CoderOptions{}, "fuzz");
}

inline Api& fuzz_api() {
  static Api* api = [] {
    std::string db = (std::filesystem::temp_directory_path() / ("dyad-fuzz-http-" + std::to_string(::getpid()) + ".db")).string();
    std::filesystem::remove(db);
    ServerOptions o;
    o.db_url = db;
    o.token = kToken;
    o.max_body_bytes = 64 * 1024;
    o.web_dir = std::filesystem::temp_directory_path().string() + "/dyad-fuzz-no-web";
    static auto kit = load_kit();
    if (!kit.ok()) {
      std::fprintf(stderr, "fuzz_http: %s\n", kit.status().to_string().c_str());
      std::abort();
    }
    auto created = Api::create(o, [] { return kit; });
    if (!created.ok()) {
      std::fprintf(stderr, "fuzz_http: %s\n", created.status().to_string().c_str());
      std::abort();
    }
    ApiRequest seed;
    seed.method = "POST";
    seed.path = "/api/stories";
    seed.headers = {{"content-type", "application/x-ndjson"}, {"authorization", std::string("Bearer ") + kToken}};
    seed.body =
        "{\"id\":\"f1\",\"date\":\"2024-03-12\",\"text\":\"China praised Canada for its cooperation.\"}\n"
        "{\"id\":\"f2\",\"date\":\"2024-05-20\",\"text\":\"Canada accused China of interfering in its elections.\"}\n";
    (*created)->handle(seed);
    std::atexit([] { std::filesystem::remove(fuzz_api().options().db_url); });
    return created->release();
  }();
  return *api;
}

inline void check_response(const ApiResponse& r) {
  if (r.status < 200 || r.status > 599) std::abort();
  if (r.content_type != "application/json" || r.body.empty()) return;
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_discarded()) std::abort();
  if (r.status >= 400) {
    if (!j.is_object() || !j.contains("error")) std::abort();
    const auto& e = j["error"];
    if (!e.is_object() || e.value("status", 0) != r.status) std::abort();
    if (!e.contains("code") || !e["code"].is_string() || !e.contains("message") || !e["message"].is_string()) std::abort();
  }
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_HTTP_COMMON_H_
