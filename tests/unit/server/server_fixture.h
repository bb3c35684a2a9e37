// A store with three fixture stories (written for these tests) and an Api over
// it, shared by the server tests. Stories are ingested through the API itself.
#ifndef DYAD_TESTS_UNIT_SERVER_SERVER_FIXTURE_H_
#define DYAD_TESTS_UNIT_SERVER_SERVER_FIXTURE_H_

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>

#include "dyad/dictionary.h"
#include "dyad/server.h"

namespace dyad::testing {

inline constexpr const char* kToken = "fixture-token-0123456789";

// Three stories: two CHN-CAN months and a third with a tariff dispute.
inline constexpr const char* kFixtureStories =
    R"({"id":"fx-1","date":"2024-03-12","title":"China and Canada hold talks","source":"Fixture Wire","text":"Chinese Foreign Minister Wang Yi met Canadian Foreign Minister Melanie Joly in Beijing on Tuesday. China praised Canada for its cooperation on trade."}
{"id":"fx-2","date":"2024-05-20","title":"Canada criticizes China","source":"Fixture Wire","text":"Canada accused China of interfering in its elections. Canadian officials condemned the Chinese government on Monday."}
{"id":"fx-3","date":"2024-09-02","title":"Beijing threatens Ottawa","source":"Other Wire","text":"China threatened Canada with sanctions over its new tariffs on electric vehicles. Canada rejected the demand."}
)";

// The bundled dictionary set compiled once per test process.
inline Result<std::shared_ptr<const CodingKit>> fixture_kit() {
  static Result<std::shared_ptr<const CodingKit>> kit = []() -> Result<std::shared_ptr<const CodingKit>> {
    std::vector<Diagnostic> diags;
    auto set = read_dyad_set(std::string(DYAD_SOURCE_DIR) + "/dict/dyad", &diags);
    if (!set.ok()) return set.status();
    DictionaryBuilder b;
    b.add_set(std::move(*set));
    auto dict = b.compile();
    if (!dict.ok()) return dict.status();
    return make_coding_kit(*dict, CoderOptions{}, "dict/dyad (tests)");
  }();
  return kit;
}

inline std::string temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad-server-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

inline ApiRequest make_request(std::string method, std::string path,
                               std::vector<std::pair<std::string, std::string>> query = {}, std::string body = {},
                               std::map<std::string, std::string> headers = {}) {
  ApiRequest r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.query = std::move(query);
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}

inline nlohmann::json body_json(const ApiResponse& r) { return nlohmann::json::parse(r.body, nullptr, false); }

// Checks the one error shape and returns the message.
inline std::string expect_error_shape(const ApiResponse& r, int status) {
  EXPECT_EQ(r.status, status) << r.body;
  auto j = body_json(r);
  EXPECT_TRUE(j.is_object()) << r.body;
  if (!j.is_object() || !j.contains("error")) {
    ADD_FAILURE() << "no error object: " << r.body;
    return {};
  }
  EXPECT_EQ(j["error"]["status"], status);
  EXPECT_EQ(j["error"]["code"], http_error_code(status));
  EXPECT_TRUE(j["error"]["message"].is_string());
  EXPECT_EQ(j.size(), 1u);
  return j["error"]["message"].is_string() ? j["error"]["message"].get<std::string>() : std::string();
}

// Creates an Api over a fresh store holding the fixture stories.
inline std::unique_ptr<Api> make_fixture_api(const std::string& db_name, ServerOptions o = {}) {
  std::filesystem::remove(temp_path(db_name));
  o.db_url = temp_path(db_name);
  if (o.token.empty()) o.token = kToken;
  if (o.web_dir.empty()) o.web_dir = temp_path("web-" + db_name);
  auto api = Api::create(o, [] { return fixture_kit(); });
  if (!api.ok()) {
    ADD_FAILURE() << api.status().to_string();
    return nullptr;
  }
  ApiResponse r = (*api)->handle(make_request("POST", "/api/stories", {}, kFixtureStories,
                                              {{"content-type", "application/x-ndjson"},
                                               {"authorization", std::string("Bearer ") + kToken}}));
  EXPECT_EQ(r.status, 200) << r.body;
  return std::move(*api);
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_UNIT_SERVER_SERVER_FIXTURE_H_
