// The human-readable event table shared by `dyad code --output-format table`
// and `dyad query`: fixed-width columns, long cells cut with a '~'.
#include <cstdio>
#include <string>

#include "dyad/sink.h"

namespace dyad {
namespace {

void cell(std::string* out, std::string s, size_t width) {
  if (s.size() > width) s = s.substr(0, width - 1) + "~";
  s.resize(width, ' ');
  *out += s;
}

}  // namespace

std::string table_header() {
  std::string out;
  cell(&out, "date", 11);
  cell(&out, "source", 13);
  cell(&out, "target", 13);
  cell(&out, "code", 6);
  cell(&out, "quad", 5);
  cell(&out, "gold", 7);
  cell(&out, "m", 6);
  cell(&out, "place", 14);
  cell(&out, "story", 34);
  out += "verb";
  return out;
}

std::string event_to_table_row(const Event& e, const std::string& mentions) {
  char gold[16] = "-";
  if (e.goldstein) std::snprintf(gold, sizeof gold, "%.1f", *e.goldstein);
  std::string out;
  cell(&out, e.date ? e.date->iso() : "-", 11);
  cell(&out, e.source, 13);
  cell(&out, e.target, 13);
  cell(&out, e.code, 6);
  cell(&out, e.quad_class ? std::to_string(*e.quad_class) : "-", 5);
  cell(&out, gold, 7);
  cell(&out, mentions, 6);
  cell(&out, e.location ? e.location->name : "", 14);
  cell(&out, e.story_id, 34);
  out += e.verb_text;
  return out;
}

}  // namespace dyad
