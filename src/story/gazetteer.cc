// The offline gazetteer (see include/dyad/story_reasoning.h): a TSV written at
// build time by scripts/build-gazetteer.py, read once per process.
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>

#include "dyad/story_reasoning.h"

namespace dyad {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::optional<double> parse_coord(std::string_view s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  std::string tmp(s);
  double v = std::strtod(tmp.c_str(), &end);
  if (end != tmp.c_str() + tmp.size()) return std::nullopt;
  return v;
}

}  // namespace

void Gazetteer::add(Place p) {
  std::string key = normalize_key(p.name);
  by_name_[key].push_back(std::move(p));
  ++count_;
}

const std::vector<Place>* Gazetteer::lookup(std::string_view name) const {
  auto it = by_name_.find(normalize_key(name));
  return it == by_name_.end() ? nullptr : &it->second;
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kNotFound, "gazetteer: cannot open " + path, {path, 0, 0});
  auto g = std::make_shared<Gazetteer>();
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() != 6 || f[0].empty() || f[1].empty() || (f[5] != "city" && f[5] != "admin1"))
      return Status(ErrorCode::kParseError, "gazetteer: expected name, country, admin1, lat, lon, kind", {path, n, 0});
    Place p;
    p.name = std::string(f[0]);
    p.country = std::string(f[1]);
    p.admin1 = std::string(f[2]);
    p.lat = parse_coord(f[3]);
    p.lon = parse_coord(f[4]);
    p.admin = f[5] == "admin1";
    g->add(std::move(p));
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

std::shared_ptr<const Gazetteer> Gazetteer::shared_default() {
  static std::once_flag once;
  static std::shared_ptr<const Gazetteer> g;
  std::call_once(once, [] {
    auto r = load(data_dir() + "/gazetteer/places.tsv");
    g = r.ok() ? *r : std::make_shared<const Gazetteer>();
  });
  return g;
}

}  // namespace dyad
