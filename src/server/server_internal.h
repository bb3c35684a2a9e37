// Private pieces of the server shared by its .cc files: the store connection
// pool, the Api's state, request parameter parsing and JSON helpers.
#ifndef DYAD_SERVER_SERVER_INTERNAL_H_
#define DYAD_SERVER_SERVER_INTERNAL_H_

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/server.h"
#include "dyad/store.h"

namespace dyad::server {

// Store connections for worker threads: a Store is one connection and not
// thread-safe, so each request leases one and returns it when done. Idle
// connections are kept (up to `max_idle`) for the next request.
class StorePool {
 public:
  StorePool(std::string url, size_t max_idle) : url_(std::move(url)), max_idle_(max_idle) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  Result<Lease> acquire();

 private:
  void give_back(std::unique_ptr<Store> store);

  std::string url_;
  size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

// Recent GET answers by request line; bounded, short-lived (see
// ServerOptions::cache_ttl_ms). Thread-safe.
class ResponseCache {
 public:
  using Clock = std::chrono::steady_clock;
  explicit ResponseCache(int ttl_ms) : ttl_(std::chrono::milliseconds(ttl_ms)) {}
  bool enabled() const { return ttl_.count() > 0; }
  // The fresh answer for `key`, else compute() once: concurrent requests for
  // the same key share that one computation instead of all querying the
  // store when an entry expires. While it runs they get the expired answer
  // (at most one refresh older), so a busy key never stalls every client on
  // one slow query; only a key with no answer yet (or after clear()) waits.
  // Only 200 answers are kept.
  ApiResponse get_or_compute(const std::string& key, const std::function<ApiResponse()>& compute);
  void clear();

 private:
  static constexpr size_t kMaxEntries = 512;
  struct Entry {
    std::shared_ptr<const ApiResponse> response;   // shared: copied outside the lock
    Clock::time_point at;
  };
  std::chrono::milliseconds ttl_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<std::string, std::shared_future<ApiResponse>> inflight_;
};

struct RequestContext;
using RouteFn = ApiResponse (*)(const RequestContext&);

struct Route {
  const char* method;
  const char* pattern;     // "/api/stories/{id}": one trailing parameter at most
  RouteFn fn;
  bool write;              // needs the bearer token always
};

}  // namespace dyad::server

namespace dyad {

struct Api::Impl {
  ServerOptions options;
  KitLoader loader;
  std::unique_ptr<server::StorePool> pool;
  std::unique_ptr<server::ResponseCache> cache;
  mutable std::mutex kit_mu;
  std::shared_ptr<const CodingKit> kit;   // guarded by kit_mu; the pointee is immutable

  std::shared_ptr<const CodingKit> current_kit() const {
    std::lock_guard<std::mutex> lock(kit_mu);
    return kit;
  }
};

}  // namespace dyad

namespace dyad::server {

// What a route handler sees.
struct RequestContext {
  const Api::Impl& api;
  const ApiRequest& request;
  std::string path_param;  // the {id} of the pattern, decoded
};

// ---------------------------------------------------------------- responses
ApiResponse json_response(const nlohmann::json& body, int status = 200);
// The compact text of a JSON value, as json_response writes it (invalid
// UTF-8 replaced).
std::string dump_json(const nlohmann::json& j);
// Maps a library Status to an HTTP error (invalid argument -> 400, not found
// -> 404, limit -> 413, else 500 with the detail logged, not sent).
ApiResponse status_response(const Status& s);

// ---------------------------------------------------------------- parameters
// Query parameters of a request, with checks that name the parameter.
class Params {
 public:
  explicit Params(const ApiRequest& r) : r_(r) {}
  // Every parameter must be one of `allowed`, and appear once.
  Status check_known(const std::vector<std::string_view>& allowed) const;
  // The same over the filter vocabulary plus `own`.
  Status check_filter_and(std::initializer_list<std::string_view> own) const;
  std::optional<std::string> get(std::string_view name) const;
  Result<std::optional<int64_t>> get_int(std::string_view name, int64_t min, int64_t max) const;

 private:
  const ApiRequest& r_;
};

// The filter parameters every event route accepts.
const std::vector<std::string_view>& filter_param_names();
// Builds and validates an EventFilter from the request (limit/offset excluded).
Result<EventFilter> parse_filter(const Params& p);

// ---------------------------------------------------------------- JSON
nlohmann::json event_json(const Event& e);
// An event row as the API shows it: its record (`e.record` when set, else
// `e.event`) with the row's counts, story ids, urls and sources.
nlohmann::json stored_event_json(const StoredEvent& e);
nlohmann::json story_json(const Story& s);

// ---------------------------------------------------------------- routes
ApiResponse route_health(const RequestContext& c);
ApiResponse route_version(const RequestContext& c);
ApiResponse route_openapi(const RequestContext& c);
ApiResponse route_events(const RequestContext& c);
ApiResponse route_series(const RequestContext& c);
ApiResponse route_top(const RequestContext& c);
ApiResponse route_story(const RequestContext& c);
ApiResponse route_search(const RequestContext& c);
ApiResponse route_code(const RequestContext& c);
ApiResponse route_ingest(const RequestContext& c);
// GET of anything outside /api/: the dashboard's files.
ApiResponse serve_static(const Api::Impl& api, const std::string& path);

const std::vector<Route>& route_table();

}  // namespace dyad::server

#endif  // DYAD_SERVER_SERVER_INTERNAL_H_
