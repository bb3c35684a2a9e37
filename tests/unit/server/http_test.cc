// The real server on an ephemeral loopback port, with cpp-httplib's client:
// transport limits (body cap, timeouts), error shapes from httplib itself,
// keep-alive and concurrent clients.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "server_fixture.h"

namespace dyad::testing {
namespace {

class ServerHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
    ServerOptions o;
    o.port = 0;
    o.max_body_bytes = 64 * 1024;
    o.threads = 16;
    api_ = make_fixture_api("http.db", o);
    ASSERT_TRUE(api_);
    server_ = std::make_unique<Server>(*api_);
    ASSERT_TRUE(server_->bind().ok());
    thread_ = std::thread([this] { server_->listen(); });
    for (int i = 0; i < 500 && !server_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_TRUE(server_->is_running());
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(10, 0);
    return c;
  }
  std::unique_ptr<Api> api_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

void expect_shape(const httplib::Result& r, int status) {
  ASSERT_TRUE(r) << "no response";
  EXPECT_EQ(r->status, status) << r->body;
  auto j = nlohmann::json::parse(r->body, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r->body;
  EXPECT_EQ(j["error"]["status"], status) << r->body;
  EXPECT_EQ(j["error"]["code"], http_error_code(status));
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
}

TEST_F(ServerHttp, AnswersJsonOverTheSocket) {
  auto c = client();
  auto h = c.Get("/health");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
  auto e = c.Get("/api/events?dyad=CHN%2CCAN&limit=2");
  ASSERT_TRUE(e);
  ASSERT_EQ(e->status, 200) << e->body;
  EXPECT_EQ(nlohmann::json::parse(e->body)["events"].size(), 2u);
  expect_shape(c.Get("/api/events?quad=x"), 400);
  expect_shape(c.Get("/api/none"), 404);
}

TEST_F(ServerHttp, BodyOverTheCapIsRefusedWithTheErrorShape) {
  auto c = client();
  std::string big(128 * 1024, 'a');
  expect_shape(c.Post("/api/code", big, "text/plain"), 413);
  auto ok = c.Post("/api/code?date=2024-01-02", "China threatened Canada with sanctions.", "text/plain");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

TEST_F(ServerHttp, IngestOverHttpNeedsTheToken) {
  auto c = client();
  std::string story = R"({"id":"http-1","date":"2024-12-01","text":"Canada praised China."})";
  expect_shape(c.Post("/api/stories", story, "application/json"), 401);
  httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto ok = c.Post("/api/stories", auth, story, "application/json");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

TEST_F(ServerHttp, ManyConcurrentClients) {
  std::atomic<int> ok{0}, bad{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t) {
    threads.emplace_back([&, t] {
      auto c = client();
      c.set_keep_alive(true);
      for (int i = 0; i < 25; ++i) {
        auto r = (i + t) % 3 == 0 ? c.Get("/api/series?dyad=CHN,CAN&by=month")
                 : (i + t) % 3 == 1 ? c.Get("/api/events?dyad=CHN,CAN")
                                    : c.Post("/api/code?date=2024-01-01", "China praised Canada.", "text/plain");
        (r && r->status == 200 ? ok : bad)++;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(ok.load(), 300);
}

}  // namespace
}  // namespace dyad::testing
