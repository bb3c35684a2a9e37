// Story layout <-> JSON (see layout.h).
#include "store/layout.h"

#include "event/text_escape.h"

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

void append_spans(std::string& out, const std::vector<Span>& spans) {
  out += '[';
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) out += ',';
    out += '[' + std::to_string(spans[i].begin) + ',' + std::to_string(spans[i].end) + ']';
  }
  out += ']';
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

// Written by hand rather than through layout_to_json: the ingest writer
// calls it once per story, and building the JSON object first cost as much
// as inserting the story row. Same members in the same (sorted) order.
std::string layout_json(const Story& s) {
  std::string out = "{\"body\":";
  append_spans(out, s.body);
  if (s.dateline) {
    const Dateline& d = *s.dateline;
    out += ",\"dateline\":{\"agency\":";
    internal::append_json_string(out, d.agency);
    out += ",\"date\":";
    if (d.date) {
      internal::append_json_string(out, d.date->iso());
    } else {
      out += "null";
    }
    out += ",\"date_text\":";
    internal::append_json_string(out, d.date_text);
    out += ",\"place\":";
    internal::append_json_string(out, d.place);
    out += ",\"span\":[" + std::to_string(d.span.begin) + ',' + std::to_string(d.span.end) + "],\"time\":";
    internal::append_json_string(out, d.time);
    out += '}';
  }
  out += ",\"line\":" + std::to_string(s.line) + ",\"metadata\":";
  append_spans(out, s.metadata);
  out += ",\"origin\":";
  internal::append_json_string(out, s.origin);
  out += '}';
  return out;
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

Result<std::string> sentences_json(const std::vector<StoredSentence>& sentences) {
  std::string out = "[";
  for (size_t i = 0; i < sentences.size(); ++i) {
    const StoredSentence& s = sentences[i];
    if (s.index != i) {
      return Status(ErrorCode::kInvalidArgument, "sentence " + std::to_string(i) + " is numbered " +
                                                      std::to_string(s.index) + " (sentences are stored as 0, 1, 2, ...)");
    }
    if (i) out += ',';
    out += '[';
    out += std::to_string(s.span.begin);
    out += ',';
    out += std::to_string(s.span.end);
    if (s.base == TextBase::kTitle) out += ",\"title\"";
    out += ']';
  }
  out += ']';
  return out;
}

Result<std::vector<StoredSentence>> sentences_from_json(std::string_view text) {
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  auto bad = [] { return Status(ErrorCode::kParseError, "stored sentences are not [[begin, end], ...]"); };
  if (!j.is_array()) return bad();
  std::vector<StoredSentence> out;
  out.reserve(j.size());
  for (const auto& e : j) {
    if (!e.is_array() || e.size() < 2 || !e[0].is_number_unsigned() || !e[1].is_number_unsigned()) return bad();
    StoredSentence s;
    s.index = static_cast<uint32_t>(out.size());
    s.span = Span{e[0].get<uint32_t>(), e[1].get<uint32_t>()};
    s.base = e.size() > 2 && e[2] == "title" ? TextBase::kTitle : TextBase::kText;
    out.push_back(s);
  }
  return out;
}

}  // namespace dyad::store
