// The router: matches method and path against the route table, applies the
// server-wide rules (body cap, bearer token), and turns every failure,
// exceptions included, into the one JSON error shape.
#include <exception>
#include <iostream>
#include <new>
#include <string>

#include "dyad/server.h"
#include "dyad/store.h"
#include "server/server_internal.h"

namespace dyad {
namespace {

using server::RequestContext;
using server::Route;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Compares without an early exit, so the time taken does not reveal how much
// of a guessed token was right.
bool token_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || b.empty()) return false;
  unsigned diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
  return diff == 0;
}

bool authorized(const ServerOptions& o, const ApiRequest& r) {
  auto it = r.headers.find("authorization");
  if (it == r.headers.end()) return false;
  constexpr std::string_view kBearer = "Bearer ";
  if (!starts_with(it->second, kBearer)) return false;
  return !o.token.empty() && token_equals(std::string_view(it->second).substr(kBearer.size()), o.token);
}

ApiResponse unauthorized(const ServerOptions& o) {
  ApiResponse r = error_response(401, o.token.empty()
                                          ? "this server has no token (start it with --token-file) and refuses writes"
                                          : "missing or wrong 'Authorization: Bearer <token>' header");
  r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

// Matches "/api/stories/{id}" style patterns; fills `param` with the tail.
bool match_pattern(std::string_view pattern, std::string_view path, std::string* param) {
  size_t brace = pattern.find('{');
  if (brace == std::string_view::npos) return pattern == path;
  std::string_view prefix = pattern.substr(0, brace);
  if (!starts_with(path, prefix) || path.size() == prefix.size()) return false;
  std::string_view rest = path.substr(prefix.size());
  if (rest.find('/') != std::string_view::npos) return false;
  *param = std::string(rest);
  return true;
}

ApiResponse method_not_allowed(std::string_view path, const std::string& allowed) {
  ApiResponse r = error_response(405, "method not allowed on " + std::string(path) + " (allowed: " + allowed + ")");
  r.headers.emplace_back("Allow", allowed);
  return r;
}

std::string cache_key(const ApiRequest& req) {
  std::string key = req.path;
  for (const auto& [k, v] : req.query) {
    key += '\0';
    key += k;
    key += '\x01';
    key += v;
  }
  return key;
}

// Runs a route; store reads are answered from the cache when fresh, and a
// successful write clears it.
ApiResponse run_route(const Api::Impl& impl, const Route& route, const ApiRequest& req, std::string param) {
  bool cacheable = impl.cache->enabled() && std::string_view(route.method) == "GET" && starts_with(req.path, "/api/");
  std::string key = cacheable ? cache_key(req) : std::string();
  RequestContext context{impl, req, std::move(param)};
  if (cacheable) return impl.cache->get_or_compute(key, [&] { return route.fn(context); });
  ApiResponse r = route.fn(context);
  if (route.write && r.status == 200) impl.cache->clear();
  return r;
}

ApiResponse dispatch(const Api::Impl& impl, const ApiRequest& req) {
  if (req.body.size() > impl.options.max_body_bytes) {
    return error_response(413, "request body of " + std::to_string(req.body.size()) + " bytes exceeds the limit of " +
                                   std::to_string(impl.options.max_body_bytes));
  }
  std::string allowed;
  for (const Route& route : server::route_table()) {
    std::string param;
    if (!match_pattern(route.pattern, req.path, &param)) continue;
    if (req.method != route.method && !(req.method == "HEAD" && std::string_view(route.method) == "GET")) {
      allowed += allowed.empty() ? route.method : std::string(", ") + route.method;
      continue;
    }
    bool needs_token = route.write || (impl.options.auth_all && starts_with(req.path, "/api/"));
    if (needs_token && !authorized(impl.options, req)) return unauthorized(impl.options);
    return run_route(impl, route, req, std::move(param));
  }
  if (!allowed.empty()) return method_not_allowed(req.path, allowed);
  if (starts_with(req.path, "/api/") || req.path == "/api") return error_response(404, "no such endpoint: " + req.path);
  if (req.method != "GET" && req.method != "HEAD") return method_not_allowed(req.path, "GET");
  return server::serve_static(impl, req.path);
}

}  // namespace

const char* http_error_code(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 415: return "unsupported_media_type";
    case 416: return "range_not_satisfiable";
    case 422: return "unprocessable_entity";
    case 429: return "too_many_requests";
    case 431: return "headers_too_large";
    case 500: return "internal";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

ApiResponse error_response(int status, std::string_view message) {
  nlohmann::json j = {{"error", {{"status", status}, {"code", http_error_code(status)}, {"message", message}}}};
  ApiResponse r;
  r.status = status;
  // Messages echo request text; replace invalid UTF-8 rather than fail.
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Api::Api(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::create(ServerOptions options, KitLoader loader) {
  if (options.db_url.empty()) options.db_url = default_store_url();
  if (options.web_dir.empty()) options.web_dir = data_dir() + "/web";
  if (options.threads < 1) options.threads = 1;
  // Open once here so a bad URL or a schema migration failure stops the start,
  // not the first request; the connection is the pool's first idle one.
  auto store = Store::open(options.db_url);
  if (!store.ok()) return store.status();
  auto impl = std::make_unique<Impl>();
  impl->pool = std::make_unique<server::StorePool>(options.db_url, static_cast<size_t>(options.threads));
  { auto lease = server::StorePool::Lease(impl->pool.get(), std::move(*store)); }
  impl->cache = std::make_unique<server::ResponseCache>(options.cache_ttl_ms);
  impl->options = std::move(options);
  impl->loader = std::move(loader);
  if (!impl->loader) return Status(ErrorCode::kInvalidArgument, "serve: no dictionary loader");
  auto kit = impl->loader();
  if (!kit.ok()) return kit.status();
  impl->kit = std::move(*kit);
  return std::unique_ptr<Api>(new Api(std::move(impl)));
}

ApiResponse Api::handle(const ApiRequest& request) const {
  try {
    ApiResponse r = dispatch(*impl_, request);
    if (request.method == "HEAD") r.body.clear();
    return r;
  } catch (const std::bad_alloc&) {
    return error_response(503, "out of memory while answering; try a smaller request");
  } catch (const std::exception& e) {
    std::cerr << "dyad serve: internal error on " << request.method << " " << request.path << ": " << e.what() << "\n";
    return error_response(500, "internal server error (details are in the server log)");
  } catch (...) {
    return error_response(500, "internal server error");
  }
}

Status Api::reload() {
  auto kit = impl_->loader();
  if (!kit.ok()) return kit.status();
  std::lock_guard<std::mutex> lock(impl_->kit_mu);
  impl_->kit = std::move(*kit);
  return Status::Ok();
}

std::vector<std::pair<std::string, std::string>> Api::routes() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : server::route_table()) out.emplace_back(r.method, r.pattern);
  return out;
}

const ServerOptions& Api::options() const { return impl_->options; }

Result<std::shared_ptr<const CodingKit>> make_coding_kit(std::shared_ptr<const CompiledDictionary> dict,
                                                         CoderOptions options, std::string description) {
  // The front end (tagger lexicon, WordNet) does not change on reload: load
  // it once per process.
  static std::mutex mu;
  static std::shared_ptr<const FrontEnd> frontend;
  std::shared_ptr<const FrontEnd> fe;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!frontend) {
      auto loaded = FrontEnd::load();
      if (!loaded.ok()) return loaded.status();
      frontend = *loaded;
    }
    fe = frontend;
  }
  if (!dict) return Status(ErrorCode::kInvalidArgument, "no dictionary");
  std::shared_ptr<const EventCodebook> codebook;
  if (auto cb = EventCodebook::load(data_dir() + "/dict/cameo.txt"); cb.ok()) {
    codebook = std::make_shared<const EventCodebook>(std::move(*cb));
  }
  auto kit = std::make_shared<CodingKit>();
  kit->frontend = fe;
  kit->dictionary = dict;
  kit->dict_version = dict->version();
  kit->coder = std::make_shared<const Coder>(fe, dict, codebook, std::move(options));
  kit->description = std::move(description);
  return std::shared_ptr<const CodingKit>(std::move(kit));
}

namespace server {

StorePool::Lease::~Lease() {
  if (pool_ && store_) pool_->give_back(std::move(store_));
}

Result<StorePool::Lease> StorePool::acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(s));
    }
  }
  auto s = Store::open(url_);
  if (!s.ok()) return s.status();
  return Lease(this, std::move(*s));
}

void StorePool::give_back(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(store));
}

ApiResponse ResponseCache::get_or_compute(const std::string& key, const std::function<ApiResponse()>& compute) {
  std::promise<ApiResponse> promise;
  {
    std::unique_lock<std::mutex> lock(mu_);
    std::shared_ptr<const ApiResponse> cached;
    bool fresh = false;
    if (auto it = entries_.find(key); it != entries_.end()) {
      cached = it->second.response;
      fresh = Clock::now() - it->second.at <= ttl_;
    }
    auto running = inflight_.find(key);
    if (fresh || (cached && running != inflight_.end())) {
      lock.unlock();
      return *cached;
    }
    if (running != inflight_.end()) {
      std::shared_future<ApiResponse> f = running->second;
      lock.unlock();
      return f.get();
    }
    inflight_.emplace(key, promise.get_future().share());
  }
  ApiResponse r;
  try {
    r = compute();
  } catch (...) {
    r = error_response(500, "internal server error");
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (r.status == 200) {
      // Dropping everything when full is crude but bounded; entries live ~2 s anyway.
      if (entries_.size() >= kMaxEntries) entries_.clear();
      entries_[key] = Entry{std::make_shared<const ApiResponse>(r), Clock::now()};
    }
    inflight_.erase(key);
  }
  promise.set_value(r);
  return r;
}

void ResponseCache::clear() {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.clear();
}

std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

ApiResponse json_response(const nlohmann::json& body, int status) {
  ApiResponse r;
  r.status = status;
  r.body = dump_json(body);
  return r;
}

ApiResponse status_response(const Status& s) {
  std::string msg = s.message();
  // Filter messages are written for the CLI ("--dyad ..."); here they are parameters.
  for (size_t p; (p = msg.find("--")) != std::string::npos;) msg.erase(p, 2);
  switch (s.code()) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kParseError:
    case ErrorCode::kInvalidUtf8:
      return error_response(400, msg);
    case ErrorCode::kNotFound: return error_response(404, msg);
    case ErrorCode::kLimit: return error_response(413, msg);
    case ErrorCode::kUnsupported: return error_response(415, msg);
    default:
      std::cerr << "dyad serve: " << s.to_string() << "\n";
      return error_response(500, "internal server error (details are in the server log)");
  }
}

}  // namespace server
}  // namespace dyad
