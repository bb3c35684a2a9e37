// event_from_json: the inverse of event_to_json (docs/output.md), so mention
// records kept as JSON in the store come back as Events for exports and recode.
#include <nlohmann/json.hpp>

#include "dyad/store.h"

namespace dyad {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

Span span_of(const json& j) {
  Span s;
  if (j.is_array() && j.size() == 2 && j[0].is_number_unsigned() && j[1].is_number_unsigned()) {
    s.begin = j[0].get<uint32_t>();
    s.end = j[1].get<uint32_t>();
  }
  return s;
}

TextBase base_of(const json& j) { return j.is_string() && j.get<std::string>() == "title" ? TextBase::kTitle : TextBase::kText; }

std::optional<ActorMention> actor_of(const json& j) {
  if (!j.is_object()) return std::nullopt;
  ActorMention a;
  a.text = str(j, "text");
  if (j.contains("base")) a.base = base_of(j["base"]);
  if (j.contains("span")) a.span = span_of(j["span"]);
  if (j.contains("antecedent") && j["antecedent"].is_array()) a.antecedent = span_of(j["antecedent"]);
  return a;
}

std::optional<Location> location_of(const json& j) {
  if (!j.is_object()) return std::nullopt;
  Location l;
  l.name = str(j, "name");
  l.country = str(j, "country");
  l.admin1 = str(j, "admin1");
  if (j.contains("lat") && j["lat"].is_number()) l.lat = j["lat"].get<double>();
  if (j.contains("lon") && j["lon"].is_number()) l.lon = j["lon"].get<double>();
  l.source = str(j, "source");
  l.ambiguous = j.value("ambiguous", false);
  return l;
}

DatePrecision precision_of(const std::string& s) {
  for (int p = 0; p <= static_cast<int>(DatePrecision::kUnknown); ++p) {
    if (s == date_precision_name(static_cast<DatePrecision>(p))) return static_cast<DatePrecision>(p);
  }
  return DatePrecision::kUnknown;
}

Modality modality_of(const std::string& s) {
  for (int m = 0; m <= static_cast<int>(Modality::kDemanded); ++m) {
    if (s == modality_name(static_cast<Modality>(m))) return static_cast<Modality>(m);
  }
  return Modality::kAsserted;
}

std::vector<std::string> strings_of(const json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const auto& v : j) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

void fill_event(const json& j, Event* e) {
  e->schema_version = j.value("schema_version", kEventSchemaVersion);
  e->id = str(j, "id");
  e->story_id = str(j, "story_id");
  e->sentence = j.value("sentence", 0u);
  if (j.contains("date") && j["date"].is_string()) e->date = Date::parse_iso(j["date"].get<std::string>());
  e->date_precision = precision_of(str(j, "date_precision"));
  e->date_phrase = str(j, "date_phrase");
  e->source = str(j, "source");
  e->target = str(j, "target");
  if (j.contains("source_actor")) e->source_actor = actor_of(j["source_actor"]);
  if (j.contains("target_actor")) e->target_actor = actor_of(j["target_actor"]);
  e->code = str(j, "code");
  e->root = str(j, "root");
  e->codebook = str(j, "codebook");
  if (j.contains("quad_class") && j["quad_class"].is_number_integer()) e->quad_class = j["quad_class"].get<int>();
  if (j.contains("goldstein") && j["goldstein"].is_number()) e->goldstein = j["goldstein"].get<double>();
  e->verb_text = str(j, "verb_text");
  if (j.contains("location")) e->location = location_of(j["location"]);
  e->negated = j.value("negated", false);
  e->modality = modality_of(str(j, "modality"));
  e->mentions = j.value("mentions", 1);
  if (j.contains("evidence") && j["evidence"].is_array()) {
    for (const auto& ev : j["evidence"]) {
      Evidence x;
      x.sentence = ev.value("sentence", 0u);
      if (ev.contains("base")) x.base = base_of(ev["base"]);
      if (ev.contains("spans") && ev["spans"].is_array()) {
        for (const auto& s : ev["spans"]) x.spans.push_back(span_of(s));
      }
      e->evidence.push_back(std::move(x));
    }
  }
  if (j.contains("issues")) e->issues = strings_of(j["issues"]);
  if (j.contains("rules")) e->rules = strings_of(j["rules"]);
  e->dict_version = str(j, "dict_version");
  e->coder_version = str(j, "coder_version");
}

}  // namespace

Result<Event> event_from_json(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status(ErrorCode::kParseError, "event record is not a JSON object");
  Event e;
  try {
    fill_event(j, &e);
  } catch (const json::exception& ex) {
    // A field of the wrong type (e.g. "sentence":"x"): report, don't throw out of the library.
    return Status(ErrorCode::kParseError, std::string("event record: ") + ex.what());
  }
  return e;
}

}  // namespace dyad
