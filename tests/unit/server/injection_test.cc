// SQL injection strings in every parameter of every endpoint (and in the
// story id path and the coded bodies): answers are 2xx or 4xx in the one
// error shape, never 5xx, and the store is unchanged afterwards.
#include "server_fixture.h"

namespace dyad::testing {
namespace {

const std::vector<std::string> kInjections = {
    "'; DROP TABLE events; --",
    "\" OR 1=1 --",
    "CHN' OR '1'='1",
    "%' OR 1=1 --",
    "1; DELETE FROM stories",
    "1) UNION SELECT * FROM sqlite_master --",
    "' || (SELECT sql FROM sqlite_master) || '",
    "CHN,CAN'); DROP TABLE stories; --",
    "2024-01-01' OR '1'='1",
    "*",
    "\"",
    "NEAR(a b)",
    "a OR b NOT c",
    "$1",
    "?",
    std::string("CHN\0CAN", 7),
    "\xff\xfe",
    std::string(900, '\''),
};

int64_t count_all(const Api& api) {
  auto j = body_json(api.handle(make_request("GET", "/api/events")));
  return j.contains("total") ? j["total"].get<int64_t>() : -1;
}

void expect_not_5xx(const ApiResponse& r, const std::string& what) {
  EXPECT_LT(r.status, 500) << what << ": " << r.body;
  auto j = body_json(r);
  EXPECT_FALSE(j.is_discarded()) << what;
  if (r.status >= 400) {
    EXPECT_TRUE(j.contains("error")) << what << ": " << r.body;
  }
}

TEST(ServerInjection, EveryParameterOfEveryEndpoint) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  auto api = make_fixture_api("injection.db");
  ASSERT_TRUE(api);
  int64_t before = count_all(*api);
  ASSERT_GT(before, 0);
  const std::vector<std::pair<std::string, std::vector<std::string>>> endpoints = {
      {"/api/events", {"source", "target", "dyad", "from", "to", "code", "root", "quad", "place", "text", "limit", "offset"}},
      {"/api/series", {"source", "target", "dyad", "from", "to", "code", "root", "quad", "place", "text", "by"}},
      {"/api/top", {"source", "target", "dyad", "from", "to", "code", "root", "quad", "place", "text", "by", "n"}},
      {"/api/search", {"text", "limit"}},
      {"/health", {"x"}},
      {"/version", {"x"}},
  };
  int requests = 0;
  for (const auto& [path, params] : endpoints) {
    for (const auto& name : params) {
      for (const auto& bad : kInjections) {
        expect_not_5xx(api->handle(make_request("GET", path, {{name, bad}})), path + "?" + name);
        ++requests;
      }
    }
  }
  for (const auto& bad : kInjections) {
    expect_not_5xx(api->handle(make_request("GET", "/api/stories/" + bad)), "story id");
    nlohmann::json story = {{"id", bad}, {"date", "2024-01-01"}, {"title", bad}, {"text", "China praised Canada. " + bad}};
    std::string body = story.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    expect_not_5xx(api->handle(make_request("POST", "/api/code", {}, body, {{"content-type", "application/json"}})),
                   "code body");
    expect_not_5xx(api->handle(make_request("POST", "/api/code", {{"date", bad}, {"id", bad}}, "China praised Canada.",
                                            {{"content-type", "text/plain"}})),
                   "code params");
    // Without the token nothing may be written, whatever the body says.
    expect_not_5xx(api->handle(make_request("POST", "/api/stories", {}, body, {{"content-type", "application/json"}})),
                   "ingest without token");
    requests += 4;
  }
  EXPECT_EQ(count_all(*api), before);
  auto story = api->handle(make_request("GET", "/api/stories/fx-1"));
  EXPECT_EQ(story.status, 200);
  EXPECT_GT(requests, 400);
}

TEST(ServerInjection, InjectionStringsAreStoredAsDataWithTheToken) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  auto api = make_fixture_api("injection-write.db");
  ASSERT_TRUE(api);
  std::string id = "x'); DROP TABLE events; --";
  nlohmann::json story = {{"id", id}, {"date", "2024-06-01"}, {"text", "China praised Canada on Monday."}};
  auto r = api->handle(make_request("POST", "/api/stories", {}, story.dump(),
                                    {{"content-type", "application/json"},
                                     {"authorization", std::string("Bearer ") + kToken}}));
  ASSERT_EQ(r.status, 200) << r.body;
  auto back = api->handle(make_request("GET", "/api/stories/" + id));
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(body_json(back)["story"]["id"], id);
  EXPECT_EQ(api->handle(make_request("GET", "/api/stories/fx-2")).status, 200);
}

}  // namespace
}  // namespace dyad::testing
