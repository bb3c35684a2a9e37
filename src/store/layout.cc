// Story layout <-> JSON (see layout.h).
#include "store/layout.h"

namespace dyad::store {
namespace {

std::vector<Span> spans_from(const nlohmann::json& a) {
  std::vector<Span> out;
  if (!a.is_array()) return out;
  for (const auto& s : a) {
    if (s.is_array() && s.size() == 2) out.push_back(Span{s[0].get<uint32_t>(), s[1].get<uint32_t>()});
  }
  return out;
}

Dateline dateline_from(const nlohmann::json& d) {
  Dateline dl;
  dl.place = d.value("place", "");
  dl.date_text = d.value("date_text", "");
  if (d.contains("date") && d["date"].is_string()) dl.date = Date::parse_iso(d["date"].get<std::string>());
  dl.agency = d.value("agency", "");
  dl.time = d.value("time", "");
  auto sp = spans_from(nlohmann::json::array({d.value("span", nlohmann::json::array())}));
  if (!sp.empty()) dl.span = sp[0];
  return dl;
}

}  // namespace

nlohmann::json spans_json(const std::vector<Span>& spans) {
  auto a = nlohmann::json::array();
  for (const Span& s : spans) a.push_back({s.begin, s.end});
  return a;
}

nlohmann::json layout_to_json(const Story& s) {
  nlohmann::json j;
  j["body"] = spans_json(s.body);
  j["metadata"] = spans_json(s.metadata);
  if (s.dateline) {
    const Dateline& d = *s.dateline;
    j["dateline"] = {{"place", d.place}, {"date_text", d.date_text},
                     {"date", d.date ? nlohmann::json(d.date->iso()) : nlohmann::json(nullptr)},
                     {"agency", d.agency}, {"time", d.time}, {"span", {d.span.begin, d.span.end}}};
  }
  j["origin"] = s.origin;
  j["line"] = s.line;
  return j;
}

std::string layout_json(const Story& s) {
  return layout_to_json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void apply_layout(const nlohmann::json& j, Story* s) {
  if (!j.is_object()) return;
  try {
    s->body = spans_from(j.value("body", nlohmann::json::array()));
    s->metadata = spans_from(j.value("metadata", nlohmann::json::array()));
    if (j.contains("dateline") && j["dateline"].is_object()) s->dateline = dateline_from(j["dateline"]);
    s->origin = j.value("origin", "");
    s->line = j.value("line", uint64_t{0});
  } catch (const nlohmann::json::exception&) {
    // A damaged layout only loses regions; the story text itself is intact.
  }
}

void restore_layout(std::string_view text, Story* s) {
  apply_layout(nlohmann::json::parse(text, nullptr, false), s);
}

}  // namespace dyad::store
