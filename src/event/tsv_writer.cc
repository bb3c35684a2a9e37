// The TSV form of an event: a flat subset of the record for spreadsheets and
// R/pandas (docs/output.md lists the columns). Absent values are empty
// fields; lists are joined with ';'. Escapes (\t \n \r \\ and \; inside list
// items) keep every record on one line with a fixed number of columns.
#include <charconv>
#include <cmath>

#include "dyad/sink.h"
#include "event/text_escape.h"

namespace dyad {

namespace {

// Keep in step with append_event_tsv below and docs/output.md.
constexpr const char* kTsvColumns[] = {
    "id",        "story_id",    "sentence",    "date",          "date_precision",   "source",  "target",
    "code",      "root",        "quad_class",  "goldstein",     "modality",         "negated", "mentions",
    "source_text", "target_text", "verb_text", "location_name", "location_country", "issues",  "rules",
};

template <typename Int>
void append_int(std::string& out, Int v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out.append(buf, static_cast<size_t>(end - buf));
}

void append_list(std::string& out, const std::vector<std::string>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ';';
    internal::append_tsv_field(out, list[i], /*list_item=*/true);
  }
}

void append_double(std::string& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v)) internal::append_json_double(out, *v);
}

// id .. target: identity, date and actor codes.
void append_tsv_head(std::string& out, const Event& e) {
  internal::append_tsv_field(out, e.id);
  out += '\t';
  internal::append_tsv_field(out, e.story_id);
  out += '\t';
  append_int(out, e.sentence);
  out += '\t';
  if (e.date && e.date->valid()) out += e.date->iso();
  out += '\t';
  out += date_precision_name(e.date_precision);
  out += '\t';
  internal::append_tsv_field(out, e.source);
  out += '\t';
  internal::append_tsv_field(out, e.target);
  out += '\t';
}

// code .. rules: the action and its qualifiers.
void append_tsv_tail(std::string& out, const Event& e) {
  internal::append_tsv_field(out, e.code);
  out += '\t';
  internal::append_tsv_field(out, e.root);
  out += '\t';
  if (e.quad_class) append_int(out, *e.quad_class);
  out += '\t';
  append_double(out, e.goldstein);
  out += '\t';
  out += modality_name(e.modality);
  out += '\t';
  out += e.negated ? "true" : "false";
  out += '\t';
  append_int(out, e.mentions);
  out += '\t';
  if (e.source_actor) internal::append_tsv_field(out, e.source_actor->text);
  out += '\t';
  if (e.target_actor) internal::append_tsv_field(out, e.target_actor->text);
  out += '\t';
  internal::append_tsv_field(out, e.verb_text);
  out += '\t';
  if (e.location) internal::append_tsv_field(out, e.location->name);
  out += '\t';
  if (e.location) internal::append_tsv_field(out, e.location->country);
  out += '\t';
  append_list(out, e.issues);
  out += '\t';
  append_list(out, e.rules);
}

}  // namespace

namespace internal {
void append_event_tsv(std::string& out, const Event& e) {
  append_tsv_head(out, e);
  append_tsv_tail(out, e);
}
}  // namespace internal

std::string tsv_header() {
  std::string out;
  for (const char* column : kTsvColumns) {
    if (!out.empty()) out += '\t';
    out += column;
  }
  return out;
}

std::string event_to_tsv(const Event& e) {
  std::string out;
  out.reserve(256);
  internal::append_event_tsv(out, e);
  return out;
}

}  // namespace dyad
