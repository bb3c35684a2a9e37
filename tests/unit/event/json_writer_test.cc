// The JSON Lines form of the event record: every field, its type and order,
// and string escaping. Lines are parsed back with nlohmann::json.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/sink.h"

namespace dyad {
namespace {

using nlohmann::json;

// A fully populated event (every optional present).
Event full_event() {
  Event e;
  e.id = make_event_id("xinhua-2019-11-11-001", 2, 0);
  e.story_id = "xinhua-2019-11-11-001";
  e.sentence = 2;
  e.date = Date{2019, 11, 11};
  e.date_precision = DatePrecision::kDay;
  e.date_phrase = "on Monday";
  e.source = "CHNGOV";
  e.target = "KORGOV";
  e.source_actor = ActorMention{"he", TextBase::kText, Span{120, 122}, Span{10, 20}};
  e.target_actor = ActorMention{"Seoul", TextBase::kTitle, Span{0, 5}, std::nullopt};
  e.code = "041";
  e.root = "04";
  e.codebook = "cameo";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.verb_text = "phoned";
  e.location = Location{"Gyeongju", "KOR", "North Gyeongsang", 35.8562, 129.2247, "dateline", true};
  e.negated = true;
  e.modality = Modality::kReported;
  e.mentions = 3;
  e.evidence = {Evidence{2, TextBase::kText, {Span{120, 122}, Span{123, 129}, Span{133, 138}}},
                Evidence{0, TextBase::kTitle, {Span{0, 5}}}};
  e.issues = {"TRADE", "SECURITY"};
  e.rules = {"verbs.txt:120", "actors.txt:7"};
  e.dict_version = "2026.11.0";
  e.coder_version = "0.1.0";
  return e;
}

json parse_line(const std::string& line) {
  EXPECT_EQ(line.find('\n'), std::string::npos) << "a JSON line must not contain a newline";
  return json::parse(line);
}

TEST(JsonWriter, FullEventRoundTripsWithTypes) {
  json j = parse_line(event_to_json(full_event()));
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["id"], "xinhua-2019-11-11-001:2:0");
  EXPECT_EQ(j["story_id"], "xinhua-2019-11-11-001");
  EXPECT_EQ(j["sentence"], 2);
  EXPECT_EQ(j["date"], "2019-11-11");
  EXPECT_EQ(j["date_precision"], "day");
  EXPECT_EQ(j["date_phrase"], "on Monday");
  EXPECT_EQ(j["source"], "CHNGOV");
  EXPECT_EQ(j["target"], "KORGOV");
  ASSERT_TRUE(j["code"].is_string());
  EXPECT_EQ(j["code"], "041");
  EXPECT_EQ(j["root"], "04");
  EXPECT_EQ(j["codebook"], "cameo");
  EXPECT_TRUE(j["quad_class"].is_number_integer());
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_TRUE(j["goldstein"].is_number_float()) << "goldstein 1.0 must be written as a float";
  EXPECT_EQ(j["goldstein"].get<double>(), 1.0);
  EXPECT_EQ(j["verb_text"], "phoned");
  EXPECT_EQ(j["negated"], true);
  EXPECT_EQ(j["modality"], "reported");
  EXPECT_EQ(j["mentions"], 3);
  EXPECT_EQ(j["issues"], json({"TRADE", "SECURITY"}));
  EXPECT_EQ(j["rules"], json({"verbs.txt:120", "actors.txt:7"}));
  EXPECT_EQ(j["dict_version"], "2026.11.0");
  EXPECT_EQ(j["coder_version"], "0.1.0");
}

TEST(JsonWriter, ActorsCarrySpansAndAntecedents) {
  json j = parse_line(event_to_json(full_event()));
  const json& s = j["source_actor"];
  EXPECT_EQ(s["text"], "he");
  EXPECT_EQ(s["base"], "text");
  EXPECT_EQ(s["span"], json({120, 122}));
  EXPECT_EQ(s["antecedent"], json({10, 20}));
  const json& t = j["target_actor"];
  EXPECT_EQ(t["base"], "title");
  EXPECT_EQ(t["span"], json({0, 5}));
  EXPECT_TRUE(t["antecedent"].is_null());
  ASSERT_EQ(t.size(), 4u);
}

TEST(JsonWriter, LocationAndEvidence) {
  json j = parse_line(event_to_json(full_event()));
  const json& l = j["location"];
  EXPECT_EQ(l["name"], "Gyeongju");
  EXPECT_EQ(l["country"], "KOR");
  EXPECT_EQ(l["admin1"], "North Gyeongsang");
  EXPECT_EQ(l["lat"].get<double>(), 35.8562);   // shortest round trip: exact
  EXPECT_EQ(l["lon"].get<double>(), 129.2247);
  EXPECT_EQ(l["source"], "dateline");
  EXPECT_EQ(l["ambiguous"], true);
  ASSERT_EQ(j["evidence"].size(), 2u);
  EXPECT_EQ(j["evidence"][0]["sentence"], 2);
  EXPECT_EQ(j["evidence"][0]["base"], "text");
  EXPECT_EQ(j["evidence"][0]["spans"], json::parse("[[120,122],[123,129],[133,138]]"));
  EXPECT_EQ(j["evidence"][1]["base"], "title");
}

TEST(JsonWriter, AbsentValuesAreNullAndAllFieldsPresent) {
  Event e;   // defaults: no date, no actors, no location, not CAMEO
  e.code = "903";
  e.codebook = "free";
  json j = parse_line(event_to_json(e));
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["date_precision"], "unknown");
  EXPECT_TRUE(j["source_actor"].is_null());
  EXPECT_TRUE(j["target_actor"].is_null());
  EXPECT_TRUE(j["quad_class"].is_null());
  EXPECT_TRUE(j["goldstein"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["modality"], "asserted");
  EXPECT_EQ(j["negated"], false);
  EXPECT_EQ(j["evidence"], json::array());
  EXPECT_EQ(j["issues"], json::array());
  EXPECT_EQ(j.size(), 26u);
}

TEST(JsonWriter, FieldOrderIsFixed) {
  const std::vector<std::string> expected = {
      "schema_version", "id",        "story_id",   "sentence",  "date",      "date_precision", "date_phrase",
      "source",         "target",    "source_actor", "target_actor", "code", "root",           "codebook",
      "quad_class",     "goldstein", "verb_text",  "location",  "negated",   "modality",       "mentions",
      "evidence",       "issues",    "rules",      "dict_version", "coder_version"};
  std::string line = event_to_json(full_event());
  size_t last = 0;
  for (const std::string& k : expected) {
    size_t at = line.find("\"" + k + "\":", last);
    ASSERT_NE(at, std::string::npos) << k << " missing or out of order";
    last = at;
  }
  json j = json::parse(line);   // ordered_json would keep order too; check via key count
  EXPECT_EQ(j.size(), expected.size());
}

TEST(JsonWriter, InvalidDateIsNull) {
  Event e;
  e.date = Date{2019, 2, 30};
  EXPECT_TRUE(parse_line(event_to_json(e))["date"].is_null());
}

TEST(JsonWriter, NonFiniteGoldsteinIsNull) {
  Event e;
  e.goldstein = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(parse_line(event_to_json(e))["goldstein"].is_null());
}

TEST(JsonWriter, NumbersPrintedShortestWithDecimalPoint) {
  Event e;
  for (double g : {-10.0, 0.0, 3.4, -0.1, 7.0, 10.0}) {
    e.goldstein = g;
    std::string line = event_to_json(e);
    json j = parse_line(line);
    EXPECT_TRUE(j["goldstein"].is_number_float()) << line;
    EXPECT_EQ(j["goldstein"].get<double>(), g);
  }
  e.goldstein = -0.1;
  EXPECT_NE(event_to_json(e).find("\"goldstein\":-0.1,"), std::string::npos);
  e.goldstein = -10.0;
  EXPECT_NE(event_to_json(e).find("\"goldstein\":-10.0,"), std::string::npos);
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControls) {
  Event e;
  e.verb_text = "said \"no\" \\ then\n\ttab\r\b\f\x01\x1f end";
  std::string line = event_to_json(e);
  EXPECT_NE(line.find(R"("verb_text":"said \"no\" \\ then\n\ttab\r\b\f\u0001\u001f end")"), std::string::npos)
      << line;
  EXPECT_EQ(parse_line(line)["verb_text"], e.verb_text);
}

TEST(JsonWriter, KeepsValidUtf8Verbatim) {
  Event e;
  e.verb_text = "São Tomé — 北京 😀";
  std::string line = event_to_json(e);
  EXPECT_NE(line.find("São Tomé — 北京 😀"), std::string::npos);
  EXPECT_EQ(parse_line(line)["verb_text"], e.verb_text);
}

TEST(JsonWriter, InvalidUtf8BecomesReplacementCharacter) {
  struct Case {
    std::string in;
    std::string out;   // expected decoded value
  };
  const std::string r = "\xEF\xBF\xBD";   // U+FFFD
  const Case cases[] = {
      {"a\xFF" "b", "a" + r + "b"},            // byte never valid
      {"a\x80" "b", "a" + r + "b"},            // stray continuation byte
      {"a\xC3", "a" + r},                      // truncated at end
      {"a\xE2\x82" "b", "a" + r + "b"},        // truncated 3-byte: one U+FFFD for the maximal subpart
      {"\xC0\xAF", r + r},                     // overlong '/'
      {"\xED\xA0\x80", r + r + r},             // UTF-16 surrogate
      {"\xF4\x90\x80\x80", r + r + r + r},     // above U+10FFFF
      {"ok\xE2\x82\xAC", "ok\xE2\x82\xAC"},    // valid euro sign
  };
  for (const Case& c : cases) {
    Event e;
    e.verb_text = c.in;
    std::string line = event_to_json(e);
    json j;
    ASSERT_NO_THROW(j = json::parse(line)) << line;
    EXPECT_EQ(j["verb_text"].get<std::string>(), c.out) << line;
  }
}

TEST(JsonWriter, EveryStringFieldIsEscaped) {
  Event e = full_event();
  const std::string nasty = "\"\\\n\xFF";
  e.id = e.story_id = e.date_phrase = e.source = e.target = e.code = e.root = e.codebook = nasty;
  e.verb_text = e.dict_version = e.coder_version = nasty;
  e.source_actor->text = nasty;
  e.location->name = e.location->country = e.location->admin1 = e.location->source = nasty;
  e.issues = {nasty};
  e.rules = {nasty};
  json j;
  ASSERT_NO_THROW(j = json::parse(event_to_json(e)));
  EXPECT_EQ(j["code"], "\"\\\n\xEF\xBF\xBD");
  EXPECT_EQ(j["location"]["admin1"], "\"\\\n\xEF\xBF\xBD");
  EXPECT_EQ(j["rules"][0], "\"\\\n\xEF\xBF\xBD");
}

TEST(RecordErrorJson, AllKeysPresent) {
  RecordError err{"in/stories.jsonl", 17, "story-9", "missing \"text\""};
  json j = json::parse(record_error_to_json(err));
  EXPECT_EQ(j["file"], "in/stories.jsonl");
  EXPECT_EQ(j["line"], 17);
  EXPECT_EQ(j["record_id"], "story-9");
  EXPECT_EQ(j["reason"], "missing \"text\"");
  EXPECT_EQ(j.size(), 4u);
}

TEST(RecordErrorJson, UnknownLineAndIdAreNull) {
  json j = json::parse(record_error_to_json(RecordError{"-", 0, "", "bad\xFF"}));
  EXPECT_TRUE(j["line"].is_null());
  EXPECT_TRUE(j["record_id"].is_null());
  EXPECT_EQ(j["reason"], "bad\xEF\xBF\xBD");
}

}  // namespace
}  // namespace dyad
