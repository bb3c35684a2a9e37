// Routing, query endpoints, coding, errors and auth, through Api::handle().
#include <fstream>
#include <map>
#include <set>

#include "server_fixture.h"

namespace dyad::testing {
namespace {

class ServerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary: " << fixture_kit().status().to_string();
    api_ = make_fixture_api("api.db").release();
  }
  static void TearDownTestSuite() {
    delete api_;
    api_ = nullptr;
  }
  void SetUp() override {
    if (!api_) GTEST_SKIP() << "fixture not available";
  }
  static ApiResponse get(std::string path, std::vector<std::pair<std::string, std::string>> q = {}) {
    return api_->handle(make_request("GET", std::move(path), std::move(q)));
  }
  static Api* api_;
};
Api* ServerApi::api_ = nullptr;

TEST_F(ServerApi, HealthAndVersion) {
  auto h = get("/health");
  EXPECT_EQ(h.status, 200);
  EXPECT_EQ(body_json(h)["status"], "ok");
  auto v = body_json(get("/version"));
  EXPECT_EQ(v["dictionary"].get<std::string>().size(), 16u);
  EXPECT_EQ(v["event_schema"], 1);
}

TEST_F(ServerApi, OpenApiDescribesExactlyTheRoutes) {
  auto doc = nlohmann::json::parse(Api::openapi_json(), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  std::set<std::pair<std::string, std::string>> documented, routed;
  for (auto& [path, ops] : doc["paths"].items()) {
    for (auto& [method, op] : ops.items()) {
      std::string m = method;
      for (char& ch : m) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      documented.emplace(m, path);
    }
  }
  for (auto& r : Api::routes()) routed.insert(r);
  EXPECT_EQ(documented, routed);
  EXPECT_EQ(get("/openapi.json").body, Api::openapi_json());
}

TEST_F(ServerApi, EventsForADyadBothDirectionsAndPaging) {
  auto j = body_json(get("/api/events", {{"dyad", "CHN,CAN"}}));
  ASSERT_TRUE(j.contains("total")) << j;
  int64_t total = j["total"];
  EXPECT_GE(total, 3);
  std::set<std::string> dirs;
  for (auto& e : j["events"]) dirs.insert(e["source"].get<std::string>().substr(0, 3) + ">" + e["target"].get<std::string>().substr(0, 3));
  EXPECT_TRUE(dirs.count("CHN>CAN")) << j;
  EXPECT_TRUE(dirs.count("CAN>CHN")) << j;
  auto page = body_json(get("/api/events", {{"dyad", "CHN,CAN"}, {"limit", "1"}, {"offset", "1"}}));
  ASSERT_EQ(page["events"].size(), 1u);
  EXPECT_EQ(page["events"][0]["id"], j["events"][1]["id"]);
  EXPECT_EQ(page["total"], total);
  auto none = body_json(get("/api/events", {{"source", "USA"}}));
  EXPECT_EQ(none["total"], 0);
}

TEST_F(ServerApi, EventsFilterByDateAndRootAndQuad) {
  auto j = body_json(get("/api/events", {{"from", "2024-05-01"}, {"to", "2024-05-31"}}));
  ASSERT_GE(j["events"].size(), 1u);
  for (auto& e : j["events"]) EXPECT_EQ(e["story_id"], "fx-2");
  auto q4 = body_json(get("/api/events", {{"quad", "4"}}));
  for (auto& e : q4["events"]) EXPECT_EQ(e["quad_class"], 4);
}

TEST_F(ServerApi, SeriesByMonthHasZerosForEmptyMonths) {
  auto j = body_json(get("/api/series", {{"dyad", "CHN,CAN"}, {"by", "month"}}));
  ASSERT_TRUE(j["points"].is_array()) << j;
  std::map<std::string, int64_t> per_month;
  for (auto& p : j["points"]) per_month[p["period"]] += p["events"].get<int64_t>();
  EXPECT_GT(per_month["2024-03"], 0);
  EXPECT_EQ(per_month["2024-04"], 0);   // no story that month: present, as zero
  EXPECT_GT(per_month["2024-09"], 0);
  auto bad = get("/api/series", {{"by", "fortnight"}});
  expect_error_shape(bad, 400);
  auto huge = get("/api/series", {{"by", "day"}, {"from", "0001-01-01"}, {"to", "9999-12-31"}});
  expect_error_shape(huge, 400);
}

TEST_F(ServerApi, TopDyads) {
  auto j = body_json(get("/api/top", {{"by", "dyad"}, {"n", "5"}}));
  ASSERT_FALSE(j["rows"].empty()) << j;
  EXPECT_GT(j["rows"][0]["events"].get<int64_t>(), 0);
}

TEST_F(ServerApi, StoryWithSentencesAndEvents) {
  auto r = get("/api/stories/fx-1");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = body_json(r);
  EXPECT_EQ(j["story"]["id"], "fx-1");
  EXPECT_EQ(j["story"]["date"], "2024-03-12");
  EXPECT_EQ(j["sentences"].size(), 2u);
  ASSERT_FALSE(j["events"].empty());
  std::string text = j["story"]["text"];
  for (auto& e : j["events"]) {
    for (auto& ev : e["evidence"]) {
      for (auto& span : ev["spans"]) EXPECT_LE(span[1].get<size_t>(), text.size());
    }
  }
  expect_error_shape(get("/api/stories/no-such-story"), 404);
}

TEST_F(ServerApi, SearchFindsStoriesByWords) {
  auto j = body_json(get("/api/search", {{"text", "tariffs"}}));
  ASSERT_EQ(j["stories"].size(), 1u) << j;
  EXPECT_EQ(j["stories"][0]["id"], "fx-3");
  expect_error_shape(get("/api/search"), 400);
}

TEST_F(ServerApi, CodeJsonStoryWithoutStoring) {
  std::string body = R"({"id":"pasted","date":"2025-01-02","title":"","text":"China threatened Canada with sanctions."})";
  auto r = api_->handle(make_request("POST", "/api/code", {}, body, {{"content-type", "application/json"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = body_json(r);
  ASSERT_FALSE(j["events"].empty()) << j;
  EXPECT_EQ(j["events"][0]["source"], "CHN");
  EXPECT_EQ(j["events"][0]["target"], "CAN");
  expect_error_shape(get("/api/stories/pasted"), 404);   // not stored
}

TEST_F(ServerApi, CodePlainTextKeepsByteOffsetsAcrossMultibyteText) {
  // "Ottawa — " puts a 3-byte dash before the sentence: offsets are bytes.
  std::string text = "OTTAWA \xE2\x80\x94 China threatened Canada with sanctions.";
  auto r = api_->handle(make_request("POST", "/api/code", {{"date", "2025-02-03"}}, text, {{"content-type", "text/plain"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = body_json(r);
  ASSERT_FALSE(j["events"].empty()) << j;
  auto span = j["events"][0]["evidence"][0]["spans"][0];
  std::string stext = j["story"]["text"];
  EXPECT_EQ(stext.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>()), "China");
  EXPECT_EQ(j["events"][0]["date"], "2025-02-03");
}

TEST_F(ServerApi, CodeRejectsBadBodies) {
  auto post = [](std::string body, std::string type) {
    return api_->handle(make_request("POST", "/api/code", {}, std::move(body), {{"content-type", std::move(type)}}));
  };
  expect_error_shape(post("{not json", "application/json"), 400);
  expect_error_shape(post("", "application/json"), 400);
  expect_error_shape(post("42", "application/json"), 400);
  expect_error_shape(post("<xml/>", "application/xml"), 415);
  expect_error_shape(post(R"([{"text":"a"},{"text":"b"}])", "application/json"), 400);
  auto bad_date = api_->handle(make_request("POST", "/api/code", {{"date", "2025-13-45"}}, "text", {{"content-type", "text/plain"}}));
  expect_error_shape(bad_date, 400);
}

TEST_F(ServerApi, ErrorsHaveOneShape) {
  expect_error_shape(get("/api/events", {{"limit", "0"}}), 400);
  expect_error_shape(get("/api/events", {{"limit", "100000"}}), 400);
  expect_error_shape(get("/api/events", {{"offset", "-1"}}), 400);
  expect_error_shape(get("/api/events", {{"from", "yesterday"}}), 400);
  expect_error_shape(get("/api/events", {{"from", "2024-05-01"}, {"to", "2024-01-01"}}), 400);
  expect_error_shape(get("/api/events", {{"quad", "9"}}), 400);
  expect_error_shape(get("/api/events", {{"dyad", "CHN"}}), 400);
  expect_error_shape(get("/api/events", {{"colour", "blue"}}), 400);
  expect_error_shape(get("/api/events", {{"source", "CHN"}, {"source", "CAN"}}), 400);
  expect_error_shape(get("/api/nothing"), 404);
  auto m = api_->handle(make_request("DELETE", "/api/events"));
  std::string msg = expect_error_shape(m, 405);
  EXPECT_NE(msg.find("GET"), std::string::npos);
  auto put = api_->handle(make_request("PUT", "/index.html"));
  expect_error_shape(put, 405);
}

TEST_F(ServerApi, IngestNeedsTheBearerToken) {
  std::string story = R"({"id":"fx-auth","date":"2024-10-01","text":"China praised Canada."})";
  auto none = api_->handle(make_request("POST", "/api/stories", {}, story, {{"content-type", "application/json"}}));
  expect_error_shape(none, 401);
  auto wrong = api_->handle(make_request("POST", "/api/stories", {}, story,
                                         {{"content-type", "application/json"}, {"authorization", "Bearer nope"}}));
  expect_error_shape(wrong, 401);
  expect_error_shape(get("/api/stories/fx-auth"), 404);
  auto ok = api_->handle(make_request("POST", "/api/stories", {}, story,
                                      {{"content-type", "application/json"},
                                       {"authorization", std::string("Bearer ") + kToken}}));
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(body_json(ok)["stories"][0]["outcome"], "added");
  auto again = api_->handle(make_request("POST", "/api/stories", {}, story,
                                         {{"content-type", "application/json"},
                                          {"authorization", std::string("Bearer ") + kToken}}));
  EXPECT_EQ(body_json(again)["stories"][0]["outcome"], "unchanged");
  EXPECT_EQ(get("/api/stories/fx-auth").status, 200);
}

TEST_F(ServerApi, IngestKeepsGoodRecordsAndReportsBadOnes) {
  std::string lines = "{\"id\":\"fx-good\",\"date\":\"2024-11-01\",\"text\":\"Canada praised China.\"}\n{broken\n";
  auto r = api_->handle(make_request("POST", "/api/stories", {}, lines,
                                     {{"content-type", "application/x-ndjson"},
                                      {"authorization", std::string("Bearer ") + kToken}}));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = body_json(r);
  EXPECT_EQ(j["stories"].size(), 1u);
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["line"], 2);
}

TEST_F(ServerApi, WritesThroughTheServerClearTheReadCache) {
  int64_t before = body_json(get("/api/events", {{"dyad", "CHN,CAN"}}))["total"];
  std::string story = R"({"id":"fx-cache","date":"2024-12-24","text":"China praised Canada on Tuesday."})";
  auto ok = api_->handle(make_request("POST", "/api/stories", {}, story,
                                      {{"content-type", "application/json"},
                                       {"authorization", std::string("Bearer ") + kToken}}));
  ASSERT_EQ(ok.status, 200) << ok.body;
  ASSERT_GT(body_json(ok)["stories"][0]["events"].get<int>(), 0) << ok.body;
  int64_t after = body_json(get("/api/events", {{"dyad", "CHN,CAN"}}))["total"];
  EXPECT_GT(after, before);
}

TEST(ServerAuth, AuthAllProtectsReadsButNotHealth) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  ServerOptions o;
  o.auth_all = true;
  auto api = make_fixture_api("auth.db", o);
  ASSERT_TRUE(api);
  expect_error_shape(api->handle(make_request("GET", "/api/events")), 401);
  EXPECT_EQ(api->handle(make_request("GET", "/health")).status, 200);
  auto ok = api->handle(make_request("GET", "/api/events", {}, {}, {{"authorization", std::string("Bearer ") + kToken}}));
  EXPECT_EQ(ok.status, 200) << ok.body;
}

TEST(ServerLimits, BodyOverTheCapIs413) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  ServerOptions o;
  o.max_body_bytes = 1000;
  auto api = make_fixture_api("cap.db", o);   // the fixture body is under 1000 bytes
  ASSERT_TRUE(api);
  auto r = api->handle(make_request("POST", "/api/code", {}, std::string(1001, 'a'), {{"content-type", "text/plain"}}));
  expect_error_shape(r, 413);
}

TEST(ServerReload, SwapsTheKitAndKeepsTheOldOneOnFailure) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  auto calls = std::make_shared<int>(0);
  ServerOptions o;
  o.db_url = temp_path("reload.db");
  auto api = Api::create(o, [calls]() -> Result<std::shared_ptr<const CodingKit>> {
    ++*calls;
    if (*calls == 3) return Status(ErrorCode::kParseError, "broken dictionary");
    auto base = fixture_kit();
    if (!base.ok()) return base.status();
    auto kit = std::make_shared<CodingKit>(**base);
    kit->description = "load " + std::to_string(*calls);
    return std::shared_ptr<const CodingKit>(kit);
  });
  ASSERT_TRUE(api.ok()) << api.status().to_string();
  auto desc = [&] { return body_json((*api)->handle(make_request("GET", "/version")))["dictionary_source"]; };
  EXPECT_EQ(desc(), "load 1");
  EXPECT_TRUE((*api)->reload().ok());
  EXPECT_EQ(desc(), "load 2");
  EXPECT_FALSE((*api)->reload().ok());
  EXPECT_EQ(desc(), "load 2");
}

TEST(ServerStatic, ServesTheDashboardAndNothingOutsideIt) {
  if (!fixture_kit().ok()) GTEST_SKIP() << "no dictionary";
  ServerOptions o;
  o.web_dir = temp_path("web-static");
  std::filesystem::create_directories(o.web_dir + "/assets");
  { std::ofstream(o.web_dir + "/index.html") << "<!doctype html><title>dyad</title>"; }
  { std::ofstream(o.web_dir + "/assets/app-1234.js") << "console.log(1)"; }
  { std::ofstream(o.web_dir + "/.secret") << "x"; }
  auto api = make_fixture_api("static.db", o);
  ASSERT_TRUE(api);
  auto index = api->handle(make_request("GET", "/"));
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_NE(index.body.find("<title>dyad</title>"), std::string::npos);
  auto js = api->handle(make_request("GET", "/assets/app-1234.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  expect_error_shape(api->handle(make_request("GET", "/../../etc/passwd")), 404);
  expect_error_shape(api->handle(make_request("GET", "/assets/../../etc/passwd")), 404);
  expect_error_shape(api->handle(make_request("GET", "/.secret")), 404);
  expect_error_shape(api->handle(make_request("GET", "/missing.css")), 404);
}

}  // namespace
}  // namespace dyad::testing
