// The JSON Lines form of an event (schema version 1, docs/output.md).
//
// Hand-written rather than built through nlohmann::json: it runs once per
// event on the output path, and building a DOM per event costs several times
// more than appending to one reused buffer. The field order here IS the
// documented order; change both together (and bump kEventSchemaVersion if a
// field changes meaning).
#include <charconv>

#include "dyad/sink.h"
#include "event/text_escape.h"

namespace dyad {

namespace internal {

namespace {

template <typename Int>
void append_int(std::string& out, Int v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;  // 24 bytes hold any 64-bit integer
  out.append(buf, static_cast<size_t>(end - buf));
}

// Keys are written as ASCII literals (`,"name":`), which need no escaping.

void append_span(std::string& out, const Span& s) {
  out += '[';
  append_int(out, s.begin);
  out += ',';
  append_int(out, s.end);
  out += ']';
}

void append_date(std::string& out, const std::optional<Date>& d) {
  if (!d || !d->valid()) {
    out += "null";
    return;
  }
  char buf[12] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"'};
  auto digits = [&](int pos, int len, int v) {
    for (int i = len - 1; i >= 0; --i, v /= 10) buf[pos + i] = static_cast<char>('0' + v % 10);
  };
  digits(1, 4, d->year);
  digits(6, 2, d->month);
  digits(9, 2, d->day);
  out.append(buf, sizeof buf);
}

void append_optional_double(std::string& out, const std::optional<double>& v) {
  if (v) {
    append_json_double(out, *v);
  } else {
    out += "null";
  }
}

void append_actor(std::string& out, const std::optional<ActorMention>& a) {
  if (!a) {
    out += "null";
    return;
  }
  out += '{';
  out.append("\"text\":");
  append_json_string(out, a->text);
  out.append(",\"base\":");
  append_json_string(out, text_base_name(a->base));
  out.append(",\"span\":");
  append_span(out, a->span);
  out.append(",\"antecedent\":");
  if (a->antecedent) {
    append_span(out, *a->antecedent);
  } else {
    out += "null";
  }
  out += '}';
}

void append_location(std::string& out, const std::optional<Location>& l) {
  if (!l) {
    out += "null";
    return;
  }
  out += '{';
  out.append("\"name\":");
  append_json_string(out, l->name);
  out.append(",\"country\":");
  append_json_string(out, l->country);
  out.append(",\"admin1\":");
  append_json_string(out, l->admin1);
  out.append(",\"lat\":");
  append_optional_double(out, l->lat);
  out.append(",\"lon\":");
  append_optional_double(out, l->lon);
  out.append(",\"source\":");
  append_json_string(out, l->source);
  out.append(",\"ambiguous\":");
  out += l->ambiguous ? "true" : "false";
  out += '}';
}

void append_evidence(std::string& out, const std::vector<Evidence>& list) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    const Evidence& ev = list[i];
    if (i) out += ',';
    out += '{';
    out.append("\"sentence\":");
    append_int(out, ev.sentence);
    out.append(",\"base\":");
    append_json_string(out, text_base_name(ev.base));
    out.append(",\"spans\":");
    out += '[';
    for (size_t j = 0; j < ev.spans.size(); ++j) {
      if (j) out += ',';
      append_span(out, ev.spans[j]);
    }
    out += "]}";
  }
  out += ']';
}

void append_string_list(std::string& out, const std::vector<std::string>& list) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, list[i]);
  }
  out += ']';
}

// Identity, time and actors: the first half of the record.
void append_head(std::string& out, const Event& e) {
  out += '{';
  out.append("\"schema_version\":");
  append_int(out, e.schema_version);
  out.append(",\"id\":");
  append_json_string(out, e.id);
  out.append(",\"story_id\":");
  append_json_string(out, e.story_id);
  out.append(",\"sentence\":");
  append_int(out, e.sentence);
  out.append(",\"date\":");
  append_date(out, e.date);
  out.append(",\"date_precision\":");
  append_json_string(out, date_precision_name(e.date_precision));
  out.append(",\"date_phrase\":");
  append_json_string(out, e.date_phrase);
  out.append(",\"source\":");
  append_json_string(out, e.source);
  out.append(",\"target\":");
  append_json_string(out, e.target);
  out.append(",\"source_actor\":");
  append_actor(out, e.source_actor);
  out.append(",\"target_actor\":");
  append_actor(out, e.target_actor);
}

// The action, its qualifiers and provenance: the second half.
void append_tail(std::string& out, const Event& e) {
  out.append(",\"code\":");
  append_json_string(out, e.code);
  out.append(",\"root\":");
  append_json_string(out, e.root);
  out.append(",\"codebook\":");
  append_json_string(out, e.codebook);
  out.append(",\"quad_class\":");
  if (e.quad_class) {
    append_int(out, *e.quad_class);
  } else {
    out += "null";
  }
  out.append(",\"goldstein\":");
  append_optional_double(out, e.goldstein);
  out.append(",\"verb_text\":");
  append_json_string(out, e.verb_text);
  out.append(",\"location\":");
  append_location(out, e.location);
  out.append(",\"negated\":");
  out += e.negated ? "true" : "false";
  out.append(",\"modality\":");
  append_json_string(out, modality_name(e.modality));
  out.append(",\"mentions\":");
  append_int(out, e.mentions);
  out.append(",\"evidence\":");
  append_evidence(out, e.evidence);
  out.append(",\"issues\":");
  append_string_list(out, e.issues);
  out.append(",\"rules\":");
  append_string_list(out, e.rules);
  out.append(",\"dict_version\":");
  append_json_string(out, e.dict_version);
  out.append(",\"coder_version\":");
  append_json_string(out, e.coder_version);
  out += '}';
}

}  // namespace

void append_event_json(std::string& out, const Event& e) {
  append_head(out, e);
  append_tail(out, e);
}

}  // namespace internal

std::string event_to_json(const Event& e) {
  std::string out;
  out.reserve(1024);
  internal::append_event_json(out, e);
  return out;
}

std::string record_error_to_json(const RecordError& e) {
  std::string out = "{\"file\":";
  internal::append_json_string(out, e.file);
  out += ",\"line\":";
  if (e.line) {
    out += std::to_string(e.line);
  } else {
    out += "null";
  }
  out += ",\"record_id\":";
  if (e.record_id.empty()) {
    out += "null";
  } else {
    internal::append_json_string(out, e.record_id);
  }
  out += ",\"reason\":";
  internal::append_json_string(out, e.reason);
  out += '}';
  return out;
}

}  // namespace dyad
