// The server's response cache (src/server): fresh answers are reused, an
// expired answer is served while one request refreshes it, and clear()
// (after a write) makes the next request wait for a new answer.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

// Why the path: src/ is private to the library; this internal header is tested directly.
#include "../../../src/server/server_internal.h"

namespace dyad::server {
namespace {

ApiResponse answer(const std::string& body) {
  ApiResponse r;
  r.status = 200;
  r.body = body;
  return r;
}

// Waits until an entry made now has expired under a 1 ms TTL.
void let_expire() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }

TEST(ResponseCache, FreshAnswerIsReused) {
  ResponseCache cache(60000);
  int computed = 0;
  auto compute = [&] { return answer("v" + std::to_string(++computed)); };
  EXPECT_EQ(cache.get_or_compute("k", compute).body, "v1");
  EXPECT_EQ(cache.get_or_compute("k", compute).body, "v1");
  EXPECT_EQ(cache.get_or_compute("other", compute).body, "v2");
  EXPECT_EQ(computed, 2);
}

TEST(ResponseCache, ExpiredAnswerIsServedWhileOneRequestRefreshes) {
  ResponseCache cache(1);
  EXPECT_EQ(cache.get_or_compute("k", [] { return answer("old"); }).body, "old");
  let_expire();
  std::promise<void> started, release;
  auto refresher = std::async(std::launch::async, [&] {
    return cache.get_or_compute("k", [&] {
      started.set_value();
      release.get_future().wait();
      return answer("new");
    });
  });
  started.get_future().wait();
  std::atomic<int> computed{0};
  // Another request during the refresh gets the expired answer and computes nothing.
  EXPECT_EQ(cache.get_or_compute("k", [&] { ++computed; return answer("other"); }).body, "old");
  EXPECT_EQ(computed.load(), 0);
  release.set_value();
  EXPECT_EQ(refresher.get().body, "new");
}

TEST(ResponseCache, ClearMakesTheNextRequestCompute) {
  ResponseCache cache(60000);
  EXPECT_EQ(cache.get_or_compute("k", [] { return answer("before"); }).body, "before");
  cache.clear();
  EXPECT_EQ(cache.get_or_compute("k", [] { return answer("after"); }).body, "after");
}

TEST(ResponseCache, ErrorsAreNotKept) {
  ResponseCache cache(60000);
  ApiResponse bad;
  bad.status = 500;
  EXPECT_EQ(cache.get_or_compute("k", [&] { return bad; }).status, 500);
  EXPECT_EQ(cache.get_or_compute("k", [] { return answer("ok"); }).body, "ok");
}

}  // namespace
}  // namespace dyad::server
