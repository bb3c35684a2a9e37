// JSON Lines: one story per line, parsed with simdjson's DOM API (which also
// validates UTF-8).
//
// Known fields: id, date, title, text (aliases event_text, story), source,
// url, dateline. Every other field is kept, minified, in Story::extra_json.
// A known field of the wrong type is an error for that record only. A date
// that is a string but not YYYY-MM-DD ("yesterday") does not cost the story:
// it is kept with a warning and treated as missing (--date applies), because
// losing a whole story over its metadata is worse than coding it undated.
#include <simdjson.h>

#include "io/story_parsers.h"

namespace dyad::io {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Reads an optional string field; null counts as absent. False on a wrong type.
bool optional_string(element e, std::string_view* out) {
  if (e.is_null()) return true;
  if (!e.is_string()) return false;
  *out = e.get_string().value_unsafe();
  return true;
}

const char* type_name(element e) {
  switch (e.type()) {
    case element_type::ARRAY: return "an array";
    case element_type::OBJECT: return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return "a number";
    case element_type::STRING: return "a string";
    case element_type::BOOL: return "a boolean";
    case element_type::NULL_VALUE: return "null";
  }
  return "a value";
}

// The fields a story is built from, before checks.
struct Fields {
  std::string id;
  std::string_view date, title, text, source, url, dateline;
  bool has_id = false, has_text = false;
  int text_rank = 99;  // text < event_text < story
  std::string extra = "{";
};

// Fills f from the object; returns an error reason or empty.
std::string collect(simdjson::dom::object obj, Fields* f) {
  for (auto field : obj) {
    std::string_view key = field.key;
    element v = field.value;
    if (key == "id") {
      if (v.is_string()) f->id = std::string(v.get_string().value_unsafe());
      else if (v.is_int64()) f->id = std::to_string(v.get_int64().value_unsafe());
      else if (v.is_uint64()) f->id = std::to_string(v.get_uint64().value_unsafe());
      else if (!v.is_null()) return std::string("\"id\" is ") + type_name(v) + ", expected a string";
      f->has_id = !f->id.empty();
      continue;
    }
    int rank = key == "text" ? 0 : key == "event_text" ? 1 : key == "story" ? 2 : -1;
    if (rank >= 0 && rank < f->text_rank) {
      if (!v.is_string())
        return "\"" + std::string(key) + "\" is " + type_name(v) + ", expected a string";
      f->text = v.get_string().value_unsafe();
      f->has_text = true;
      f->text_rank = rank;
      continue;
    }
    std::string_view* slot = key == "date" ? &f->date : key == "title" ? &f->title
                           : key == "source" ? &f->source : key == "url" ? &f->url
                           : key == "dateline" ? &f->dateline : nullptr;
    if (slot) {
      if (!optional_string(v, slot))
        return "\"" + std::string(key) + "\" is " + type_name(v) + ", expected a string or null";
      continue;
    }
    if (f->extra.size() > 1) f->extra.push_back(',');
    append_json_string(&f->extra, key);
    f->extra.push_back(':');
    f->extra += simdjson::minify(v);
  }
  f->extra.push_back('}');
  return {};
}

void apply_dateline(std::string_view field, Story* s) {
  std::string_view t = trim(field);
  if (t.empty()) return;
  auto m = match_dateline(t, true);
  if (!m || m->length < t.size()) {
    // Keep what we cannot parse, losslessly, with the other extra fields.
    s->extra_json.pop_back();
    if (s->extra_json.size() > 1) s->extra_json.push_back(',');
    s->extra_json += "\"dateline\":";
    append_json_string(&s->extra_json, field);
    s->extra_json.push_back('}');
    return;
  }
  m->dateline.date = resolve_month_day(m->month, m->day, m->year, s->date);
  m->dateline.span = Span{};
  s->dateline = std::move(m->dateline);
}

// Builds the story from checked fields; returns an error reason or empty.
std::string build(Fields* f, const InputOptions& options, Story* s) {
  if (!f->has_text) return "no \"text\" field (or event_text/story)";
  if (f->text.size() >= 0xFFFFFFFFu) return "text larger than 4 GiB";
  if (f->text.find('\0') != std::string_view::npos) return "NUL byte in \"text\"";
  s->text = std::string(f->text);
  s->title = std::string(f->title);
  s->source = std::string(f->source);
  s->url = std::string(f->url);
  s->extra_json = std::move(f->extra);
  if (f->has_id) {
    s->id = std::move(f->id);
  } else {
    s->id = content_hash_id(s->text);
    s->warnings.push_back("no id: content hash used");
  }
  std::optional<Date> date;
  if (!f->date.empty()) {
    date = Date::parse_iso(f->date);
    if (!date) s->warnings.push_back("bad date '" + std::string(f->date) + "' ignored (expected YYYY-MM-DD)");
  }
  settle_date(s, date, options);
  apply_dateline(f->dateline, s);
  if (!s->text.empty()) s->body.push_back(Span{0, static_cast<uint32_t>(s->text.size())});
  return {};
}

}  // namespace

struct JsonlParser::Impl {
  simdjson::dom::parser parser;
};

JsonlParser::JsonlParser() : impl_(std::make_unique<Impl>()) {}
JsonlParser::~JsonlParser() = default;

ReadItem JsonlParser::parse(std::string* line, std::string_view origin, uint64_t line_no,
                            const InputOptions& options) {
  ReadItem item;
  size_t len = line->size();
  line->reserve(len + simdjson::SIMDJSON_PADDING);  // parse in place, no copy
  element doc;
  auto err = impl_->parser.parse(line->data(), len, false).get(doc);
  if (err) {
    item.error = make_error(origin, line_no, "", std::string("invalid JSON: ") + simdjson::error_message(err));
    return item;
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) {
    item.error = make_error(origin, line_no, "", std::string("record is ") + type_name(doc) + ", expected an object");
    return item;
  }
  Fields f;
  std::string why = collect(obj, &f);
  element id_value;
  if (!why.empty() && !obj["id"].get(id_value) && id_value.is_string())
    f.id = std::string(id_value.get_string().value_unsafe());  // name the record in the error
  Story s;
  s.origin = std::string(origin);
  s.line = line_no;
  if (why.empty()) why = build(&f, options, &s);
  if (!why.empty()) {
    item.error = make_error(origin, line_no, f.id, why);
    return item;
  }
  item.story = std::move(s);
  return item;
}

}  // namespace dyad::io
