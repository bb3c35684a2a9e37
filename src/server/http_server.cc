// The cpp-httplib adapter: thread pool, limits, timeouts and logging around
// Api::handle(). Every response, including httplib's own errors (malformed
// request, body over the cap), leaves in the one JSON error shape.
#include <httplib.h>

#include <cctype>
#include <chrono>
#include <iostream>

#include <sys/socket.h>

#include "dyad/server.h"

namespace dyad {
namespace {

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

ApiRequest to_api_request(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.query.emplace_back(k, v);
  for (const auto& [k, v] : req.headers) r.headers.emplace(lower(k), v);   // first of duplicates wins
  r.body = req.body;
  return r;
}

void write_response(const ApiResponse& a, httplib::Response& res) {
  res.status = a.status;
  for (const auto& [k, v] : a.headers) res.set_header(k, v);
  res.set_content(a.body, a.content_type);
}

// httplib's own failures arrive with an empty body; routed answers already
// carry theirs.
httplib::Server::HandlerResponse on_error(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  std::string message = res.status == 413   ? "request body exceeds the size limit"
                        : res.status == 414 ? "request URI too long"
                        : res.status == 404 ? "not found"
                                            : "malformed request";
  write_response(error_response(res.status, message), res);
  return httplib::Server::HandlerResponse::Handled;
}

void on_exception(const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
  std::cerr << "dyad serve: exception while answering " << req.method << " " << req.path << "\n";
  write_response(error_response(500, "internal server error"), res);
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
  std::cerr << req.remote_addr << " " << req.method << " " << req.path << " " << res.status << " "
            << res.body.size() << "\n";
}

}  // namespace

struct Server::Impl {
  const Api& api;
  httplib::Server http;
  int port = 0;
  int listen_fd = -1;   // the listening socket, seen through the socket-options hook
};

Server::Server(const Api& api) : impl_(new Impl{api, {}, 0}) {
  const ServerOptions& o = api.options();
  httplib::Server& http = impl_->http;
  Impl* impl = impl_.get();
  http.set_socket_options([impl](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listen_fd = sock;
  });
  size_t threads = static_cast<size_t>(o.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.read_timeout_s, 0);
  http.set_write_timeout(o.write_timeout_s, 0);
  http.set_keep_alive_timeout(o.keep_alive_timeout_s);
  http.set_keep_alive_max_count(1000);
  http.set_error_handler(httplib::Server::HandlerWithResponse(on_error));
  http.set_exception_handler(on_exception);
  if (o.log_requests) http.set_logger(log_request);
  const Api* a = &api;
  auto handler = [a](const httplib::Request& req, httplib::Response& res) {
    write_response(a->handle(to_api_request(req)), res);
  };
  http.Get(".*", handler);
  http.Post(".*", handler);
  http.Put(".*", handler);
  http.Patch(".*", handler);
  http.Delete(".*", handler);
  http.Options(".*", handler);
}

Server::~Server() { stop(); }

Status Server::bind() {
  const ServerOptions& o = impl_->api.options();
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.bind);
    if (impl_->port <= 0) return Status(ErrorCode::kIoError, "cannot bind to " + o.bind + " (any port)");
  } else {
    if (!impl_->http.bind_to_port(o.bind, o.port)) {
      return Status(ErrorCode::kIoError, "cannot bind to " + o.bind + ":" + std::to_string(o.port) +
                                             " (in use, or not an address of this machine)");
    }
    impl_->port = o.port;
  }
  // Why: Debian's compiled cpp-httplib listens with a backlog of 5; when many
  // keep-alive clients reconnect at once (each closed after its request
  // quota) the kernel drops SYNs and clients stall for a 1-3 s retransmit.
  // listen() again on the bound socket raises the backlog.
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  return Status::Ok();
}

int Server::port() const { return impl_->port; }
bool Server::listen() { return impl_->http.listen_after_bind(); }
void Server::stop() {
  if (impl_->http.is_running()) impl_->http.stop();
}
bool Server::is_running() const { return impl_->http.is_running(); }

}  // namespace dyad
