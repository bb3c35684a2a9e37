// The route table and the dashboard's static files (the npm build's output,
// copied into data_dir()/web by scripts/build-web.sh).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "server/server_internal.h"

namespace dyad::server {
namespace {

struct MediaType {
  const char* ext;
  const char* type;
};
constexpr MediaType kMediaTypes[] = {
    {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
    {".svg", "image/svg+xml"},             {".png", "image/png"},
    {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
    {".map", "application/json"},          {".txt", "text/plain; charset=utf-8"},
};
constexpr uintmax_t kMaxStaticBytes = 32u << 20;

const char* media_type(const std::string& path) {
  for (const MediaType& m : kMediaTypes) {
    std::string_view ext = m.ext;
    if (path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return m.type;
  }
  return "application/octet-stream";
}

// Only plain relative names below the web folder: no "..", no hidden files,
// no backslashes or control bytes.
bool safe_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  for (char ch : path) {
    if (ch == '\\' || static_cast<unsigned char>(ch) < 0x20) return false;
  }
  return path.find("/.") == std::string_view::npos;
}

}  // namespace

ApiResponse serve_static(const Api::Impl& api, const std::string& request_path) {
  std::string path = request_path == "/" ? "/index.html" : request_path;
  if (!safe_path(path)) return error_response(404, "no such file: " + request_path);
  std::filesystem::path file = std::filesystem::path(api.options.web_dir) / path.substr(1);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    if (path == "/index.html") {
      return error_response(404, "the dashboard is not built into " + api.options.web_dir +
                                     " (run scripts/build-web.sh); the API is under /api/");
    }
    return error_response(404, "no such file: " + request_path);
  }
  if (std::filesystem::file_size(file, ec) > kMaxStaticBytes) return error_response(500, "file too large to serve");
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) return error_response(500, "could not read " + request_path);
  ApiResponse r;
  r.content_type = media_type(path);
  r.body = std::move(bytes).str();
  // Vite names assets by content hash: they never change under one name.
  bool hashed = path.rfind("/assets/", 0) == 0;
  r.headers.emplace_back("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

const std::vector<Route>& route_table() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/health", route_health, false},
      {"GET", "/version", route_version, false},
      {"GET", "/openapi.json", route_openapi, false},
      {"GET", "/api/events", route_events, false},
      {"GET", "/api/series", route_series, false},
      {"GET", "/api/top", route_top, false},
      {"GET", "/api/stories/{id}", route_story, false},
      {"GET", "/api/search", route_search, false},
      {"POST", "/api/code", route_code, false},
      {"POST", "/api/stories", route_ingest, true},
  };
  return kRoutes;
}

}  // namespace dyad::server
