// dyad serve: the HTTP JSON API and the dashboard (docs/server.md). Loads the
// dictionaries once; SIGHUP reloads them, SIGINT/SIGTERM stop the server.
#include <pthread.h>
#include <signal.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/server.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

struct ServeCommand {
  ServerOptions options;
  DictionaryGroup dictionary;
  std::string token_file;
  std::string auth = "writes";
  size_t max_body_mb = kDefaultMaxBodyBytes >> 20;
  int run();
};

Result<std::string> read_token(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kIoError, "cannot read token file " + path);
  std::string token;
  std::getline(in, token);
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front()))) token.erase(0, 1);
  if (token.size() < 16) return Status(ErrorCode::kInvalidArgument, path + ": the token must be at least 16 characters");
  return token;
}

// Rebuilds the coding kit from the same options (the files may have changed).
KitLoader make_loader(const DictionaryGroup& group) {
  return [group]() -> Result<std::shared_ptr<const CodingKit>> {
    auto profile = parse_profile(group.profile);
    if (!profile) return Status(ErrorCode::kInvalidArgument, "unknown profile: " + group.profile);
    auto dict = group.load();
    if (!dict.ok()) return dict.status();
    CoderOptions co;
    co.profile = *profile;
    return make_coding_kit(*dict, co, group.describe());
  };
}

// Signals go to one watcher thread (blocked everywhere else), so reloading
// and stopping run as ordinary code, not inside a signal handler.
void watch_signals(Api* api, Server* server, sigset_t set) {
  for (;;) {
    int sig = 0;
    if (sigwait(&set, &sig) != 0) continue;
    if (sig == SIGHUP) {
      Status s = api->reload();
      std::cerr << "dyad serve: SIGHUP: " << (s.ok() ? "dictionaries reloaded" : "reload failed, keeping the old ones: " + s.to_string()) << "\n";
      continue;
    }
    std::cerr << "dyad serve: stopping\n";
    server->stop();
    return;
  }
}

int ServeCommand::run() {
  if (auth != "writes" && auth != "all") return fail("--auth must be 'writes' or 'all'");
  options.auth_all = auth == "all";
  options.max_body_bytes = max_body_mb << 20;
  if (!token_file.empty()) {
    auto t = read_token(token_file);
    if (!t.ok()) return fail(t.status());
    options.token = *t;
  } else if (options.auth_all) {
    return fail("--auth all needs --token-file");
  }
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);   // before any thread starts: they inherit it
  auto api = Api::create(options, make_loader(dictionary));
  if (!api.ok()) return fail(api.status());
  Server server(**api);
  if (Status s = server.bind(); !s.ok()) return fail(s);
  std::thread(watch_signals, api->get(), &server, set).detach();
  const ServerOptions& o = (*api)->options();
  std::cerr << "dyad serve: http://" << o.bind << ":" << server.port() << "/ (store " << o.db_url << ", "
            << o.threads << " threads" << (o.token.empty() ? ", writes disabled: no --token-file" : "")
            << (o.auth_all ? ", token required for reads" : "") << ")\n";
  if (!server.listen()) return fail("the server stopped on a socket error");
  return kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(serve, "serve", "Serve the HTTP JSON API and the dashboard",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<ServeCommand>();
                        app.add_option("--db", cmd->options.db_url, "SQLite file or postgresql:// URL (default $DYAD_DB, else ./dyad.db)");
                        app.add_option("--port", cmd->options.port, "TCP port (0 = any free port)")->capture_default_str();
                        app.add_option("--bind", cmd->options.bind, "Address to listen on")->capture_default_str();
                        cmd->dictionary.add_to(app);
                        app.add_option("--token-file", cmd->token_file, "File whose first line is the bearer token for writes");
                        app.add_option("--auth", cmd->auth, "What needs the token: writes (POST /api/stories) or all")->capture_default_str();
                        app.add_option("--max-body-mb", cmd->max_body_mb, "Request body cap in MB")->capture_default_str();
                        app.add_option("--threads", cmd->options.threads, "Worker threads (bounds concurrent connections)")->capture_default_str();
                        app.add_option("--timeout", cmd->options.read_timeout_s, "Read timeout in seconds")->capture_default_str();
                        app.add_option("--web-dir", cmd->options.web_dir, "Dashboard files (default: <data dir>/web)");
                        app.add_option("--cache-ttl-ms", cmd->options.cache_ttl_ms, "Reuse GET /api/ answers this long (0 = off)")->capture_default_str();
                        app.add_flag("--log-requests", cmd->options.log_requests, "Log one line per request on stderr");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
