// `dyad serve`: the HTTP JSON API over the event store and the coder, and the
// dashboard's static files. Routes, parameters and limits: docs/server.md;
// the machine-readable description is served at /openapi.json.
//
//   dyad::ServerOptions opt;  opt.db_url = "dyad.db";  opt.port = 8080;
//   auto api = dyad::Api::create(opt, loader);          // loader builds a CodingKit
//   if (!api.ok()) return fail(api.status());
//   dyad::Server server(**api);
//   if (auto s = server.bind(); !s.ok()) return fail(s);
//   server.listen();                                    // blocks until stop()
//
// Two layers: Api is the router, transport-free (ApiRequest in, ApiResponse
// out; tests and fuzzers call it directly), and Server adapts it to
// cpp-httplib (thread pool, body cap, timeouts, logging). Every 4xx and 5xx
// answer has one JSON shape:
//   {"error": {"status": 400, "code": "bad_request", "message": "..."}}
//
// Thread safety: Api::handle() may be called from any number of threads at
// once. The coding kit (front end, dictionary, codebook) is loaded once and
// shared read-only; reload() swaps in a new kit atomically (requests already
// running finish with the old one). Store connections come from a pool, one
// connection per request at a time.
#ifndef DYAD_SERVER_H_
#define DYAD_SERVER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/status.h"

namespace dyad {

inline constexpr size_t kDefaultMaxBodyBytes = 5u << 20;   // 5 MB
inline constexpr int64_t kDefaultPageSize = 100;
inline constexpr int64_t kMaxPageSize = 1000;

struct ServerOptions {
  std::string db_url;                 // SQLite path or postgresql:// URL (default_store_url() when empty)
  std::string bind = "127.0.0.1";
  int port = 8080;                    // 0 = any free port (see Server::port())
  size_t max_body_bytes = kDefaultMaxBodyBytes;
  int read_timeout_s = 10;
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;
  // Worker threads. cpp-httplib gives each keep-alive connection a thread for
  // its lifetime, so this bounds concurrent connections (default fits 64
  // clients with room for probes).
  int threads = 96;
  std::string token;                  // bearer token for writes (empty: writes refused)
  bool auth_all = false;              // reads need the token too
  std::string web_dir;                // dashboard assets (data_dir() + "/web" when empty)
  bool log_requests = false;          // one line per request on stderr
  // GET /api/ answers are reused for this long (0 = off). Writes through this
  // server clear the cache at once; other writers (a concurrent `dyad
  // ingest`) show up within the TTL.
  int cache_ttl_ms = 2000;
};

// What coding needs, built together so a reload swaps all of it at once.
struct CodingKit {
  std::shared_ptr<const FrontEnd> frontend;
  std::shared_ptr<const CompiledDictionary> dictionary;
  std::shared_ptr<const Coder> coder;
  std::string dict_version;
  std::string description;            // what was loaded, for /version and logs
};
// Builds a kit; called at start and on every reload.
using KitLoader = std::function<Result<std::shared_ptr<const CodingKit>>()>;

// A kit over a compiled dictionary: the front end from data_dir() (loaded once
// per process and reused), the CAMEO codebook from data_dir()/dict/cameo.txt
// (null when absent: no Goldstein or quad class).
Result<std::shared_ptr<const CodingKit>> make_coding_kit(std::shared_ptr<const CompiledDictionary> dict,
                                                         CoderOptions options, std::string description);

// A request as the router sees it. Header names are lower case.
struct ApiRequest {
  std::string method;                 // "GET", "POST", ...
  std::string path;                   // decoded path, no query
  std::vector<std::pair<std::string, std::string>> query;   // decoded, in order
  std::map<std::string, std::string> headers;
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// The one error body: {"error": {"status": S, "code": "...", "message": "..."}}.
ApiResponse error_response(int status, std::string_view message);
// The error code name of an HTTP status ("bad_request", "not_found", ...).
const char* http_error_code(int status);

class Api {
 public:
  // Opens the store (creating the schema if needed) and loads the first kit.
  static Result<std::unique_ptr<Api>> create(ServerOptions options, KitLoader loader);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Routes one request. Never throws; every failure is an error_response().
  ApiResponse handle(const ApiRequest& request) const;

  // Loads a new kit and swaps it in; on failure the old kit stays.
  Status reload();

  // (method, path pattern) of every API route, for the OpenAPI cross-check.
  static std::vector<std::pair<std::string, std::string>> routes();
  // The OpenAPI 3 document served at /openapi.json.
  static std::string_view openapi_json();

  const ServerOptions& options() const;
  struct Impl;

 private:
  explicit Api(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// cpp-httplib adapter. Borrows the Api, which must outlive it.
class Server {
 public:
  explicit Server(const Api& api);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Status bind();                      // binds options().bind:port (port 0 = any)
  int port() const;                   // the bound port
  bool listen();                      // serves until stop(); false on a socket error
  void stop();                        // from any thread or a signal-watching thread
  bool is_running() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVER_H_
