// Event exports in the field's formats (docs/exports.md): Phoenix daily TSV
// (26 columns), GDELT 2.0 event table (61 columns), PLOVER JSON Lines, a
// documented CSV, and dyad's JSON Lines with the store's counts.
//
// Each exporter formats one StoredEvent per line into a reused buffer and
// hands the stream large writes; a stream error is sticky.
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "dyad/store.h"

namespace dyad {

// ------------------------------------------------------------ country table

Result<CountryTable> CountryTable::parse(std::string_view text, std::string_view file_name) {
  CountryTable t;
  size_t pos = 0;
  uint64_t line_no = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || t1 == 0 || t2 == t1 + 1) {
      return Status(ErrorCode::kParseError, "expected code<TAB>fips<TAB>name",
                    SourceLocation{std::string(file_name), line_no, 0});
    }
    std::string code(line.substr(0, t1));
    if (t.fips_.count(code)) {
      return Status(ErrorCode::kParseError, "duplicate code " + code, SourceLocation{std::string(file_name), line_no, 0});
    }
    t.fips_[code] = std::string(line.substr(t1 + 1, t2 - t1 - 1));
    t.name_[code] = std::string(line.substr(t2 + 1));
  }
  return t;
}

Result<CountryTable> CountryTable::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot read country table " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

std::string CountryTable::fips(std::string_view iso3) const {
  auto it = fips_.find(iso3);
  return it == fips_.end() ? std::string() : it->second;
}

std::string CountryTable::name(std::string_view iso3) const {
  auto it = name_.find(iso3);
  return it == name_.end() ? std::string() : it->second;
}

bool CountryTable::is_country(std::string_view code) const { return fips_.find(code) != fips_.end(); }

ExportContext ExportContext::load(const std::string& data_dir, std::vector<std::string>* warnings) {
  ExportContext c;
  auto cb = EventCodebook::load(data_dir + "/dict/cameo.txt");
  if (cb.ok()) {
    c.codebook = std::make_shared<const EventCodebook>(std::move(*cb));
  } else if (warnings) {
    warnings->push_back("no CAMEO codebook (" + cb.status().to_string() + "): PLOVER records cannot be made");
  }
  auto ct = CountryTable::load(data_dir + "/fips10-4.tsv");
  if (ct.ok()) {
    c.countries = std::make_shared<const CountryTable>(std::move(*ct));
  } else if (warnings) {
    warnings->push_back("no country table (" + ct.status().to_string() + "): country names and FIPS codes left empty");
  }
  return c;
}

std::vector<std::string_view> export_format_names() { return {"phoenix", "gdelt", "plover", "csv", "jsonl"}; }

std::optional<int> phoenix_quad(std::string_view code) {
  auto q = EventCodebook::quad_for_root(code);
  if (!q) return std::nullopt;
  std::string_view root = code.substr(0, 2);
  if (root == "01" || root == "02") return 0;
  if (root == "16") return 3;
  return q;
}

namespace {

using nlohmann::json;

constexpr size_t kFlushBytes = 1 << 16;
constexpr std::array<std::string_view, 4> kKnownGroupRoots = {"IGO", "NGO", "IMG", "MNC"};
// Phoenix's agent codes (phoenix_pipeline postprocess.py).
constexpr std::array<std::string_view, 13> kPhoenixAgents = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                                            "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& set) {
  for (auto x : set) {
    if (x == s) return true;
  }
  return false;
}

// Tab-separated formats have no escaping convention: control characters
// become spaces so a field never breaks a row.
void append_field(std::string& out, std::string_view s) {
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

std::string number(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  std::string s = buf;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string join(const std::vector<std::string>& v, char sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::string compact_date(const Event& e) {
  if (!e.date) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", e.date->year, e.date->month, e.date->day);
  return buf;
}

// An actor code split the Phoenix way: root (country or IGO/NGO/IMG/MNC),
// agent (one of the Phoenix agents), and the other 3-character groups.
struct ActorParts {
  std::string root, agent;
  std::vector<std::string> others;
};

ActorParts split_actor(std::string_view code, const CountryTable* countries) {
  ActorParts p;
  std::string_view rest = code;
  std::string_view first = code.substr(0, 3);
  if (code.size() >= 3 && ((countries && countries->is_country(first)) || one_of(first, kKnownGroupRoots))) {
    p.root = std::string(first);
    rest = code.substr(3);
  }
  if (rest.size() >= 3 && one_of(rest.substr(0, 3), kPhoenixAgents)) {
    p.agent = std::string(rest.substr(0, 3));
    rest = rest.substr(3);
  }
  for (size_t i = 0; i < rest.size(); i += 3) p.others.emplace_back(rest.substr(i, 3));
  return p;
}

class Exporter : public EventExporter {
 public:
  Exporter(std::ostream& out, ExportContext ctx) : out_(out), ctx_(std::move(ctx)) {}

  Status write(const StoredEvent& e) override {
    if (!status_.ok()) return status_;
    if (!started_) {
      started_ = true;
      preamble(buf_);
    }
    if (format(buf_, e) && buf_.size() >= kFlushBytes) drain();
    return status_;
  }

  Status finish() override {
    if (!status_.ok()) return status_;
    if (!started_) {
      started_ = true;
      preamble(buf_);
    }
    drain();
    out_.flush();
    check();
    return status_;
  }

 protected:
  // Appends one line; returns false when the event has no record in this format.
  virtual bool format(std::string& out, const StoredEvent& e) = 0;
  virtual void preamble(std::string& /*out*/) {}
  const CountryTable* countries() const { return ctx_.countries.get(); }
  const EventCodebook* codebook() const { return ctx_.codebook.get(); }

 private:
  void drain() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    check();
  }
  void check() {
    if (!out_.good() && status_.ok()) status_ = Status(ErrorCode::kIoError, "writing the export failed (stream error)");
  }

  std::ostream& out_;
  ExportContext ctx_;
  std::string buf_;
  Status status_;
  bool started_ = false;
};

// ------------------------------------------------------------ Phoenix

class PhoenixExporter final : public Exporter {
 public:
  using Exporter::Exporter;

 protected:
  bool format(std::string& out, const StoredEvent& se) override {
    const Event& e = se.event;
    std::vector<std::string> f;
    f.reserve(26);
    f.push_back(std::to_string(se.row_id) + "_" + e.coder_version);
    f.push_back(compact_date(e));
    f.push_back(e.date ? std::to_string(e.date->year) : "");
    f.push_back(e.date ? std::to_string(e.date->month) : "");
    f.push_back(e.date ? std::to_string(e.date->day) : "");
    for (const std::string* actor : {&e.source, &e.target}) {
      ActorParts p = split_actor(*actor, countries());
      f.push_back(*actor);
      f.push_back(p.root);
      f.push_back(p.agent);
      std::string others;
      for (const auto& o : p.others) others += o + ";";
      f.push_back(others);
    }
    f.push_back(e.code);
    f.push_back(e.root);
    auto q = phoenix_quad(e.code);
    f.push_back(q ? std::to_string(*q) : "");
    f.push_back(e.goldstein ? number(*e.goldstein) : "");
    f.push_back(join(e.issues, ';'));
    const Location* l = e.location ? &*e.location : nullptr;
    f.push_back(l && l->lat ? number(*l->lat) : "");
    f.push_back(l && l->lon ? number(*l->lon) : "");
    f.push_back(l ? l->name : "");
    f.push_back(l ? l->admin1 : "");
    f.push_back(l && countries() ? countries()->name(l->country) : (l ? l->country : ""));
    f.push_back(join(se.story_ids, ';'));
    f.push_back(join(se.urls, ';'));
    f.push_back(join(se.sources, ';'));
    for (size_t i = 0; i < f.size(); ++i) {
      if (i) out += '\t';
      append_field(out, f[i]);
    }
    out += '\n';
    return true;
  }
};

// ------------------------------------------------------------ GDELT 2.0

class GdeltExporter final : public Exporter {
 public:
  using Exporter::Exporter;

 protected:
  bool format(std::string& out, const StoredEvent& se) override {
    const Event& e = se.event;
    std::vector<std::string> f;
    f.reserve(61);
    f.push_back(std::to_string(se.row_id));                       // 0 GlobalEventID
    f.push_back(compact_date(e));                                 // 1 Day
    f.push_back(e.date ? compact_date(e).substr(0, 6) : "");      // 2 MonthYear
    f.push_back(e.date ? std::to_string(e.date->year) : "");      // 3 Year
    f.push_back(fraction_date(e));                                // 4 FractionDate
    actor(f, e.source, e.source_actor);                           // 5-14
    actor(f, e.target, e.target_actor);                           // 15-24
    f.push_back(e.sentence == 0 ? "1" : "0");                     // 25 IsRootEvent
    f.push_back(e.code);                                          // 26 EventCode
    f.push_back(e.code.substr(0, 3));                             // 27 EventBaseCode
    f.push_back(e.root);                                          // 28 EventRootCode
    f.push_back(e.quad_class ? std::to_string(*e.quad_class) : "");   // 29 QuadClass
    f.push_back(e.goldstein ? number(*e.goldstein) : "");        // 30 GoldsteinScale
    f.push_back(std::to_string(se.num_mentions));                 // 31
    f.push_back(std::to_string(se.num_sources));                  // 32
    f.push_back(std::to_string(se.num_articles));                 // 33
    f.push_back("");                                              // 34 AvgTone: dyad computes no tone
    actor_geo(f, e.source);                                       // 35-42
    actor_geo(f, e.target);                                       // 43-50
    action_geo(f, e.location);                                    // 51-58
    f.push_back(e.date ? compact_date(e) + "000000" : "");       // 59 DATEADDED (event day, no clock)
    f.push_back(!se.urls.empty() ? se.urls[0] : (!se.story_ids.empty() ? se.story_ids[0] : e.story_id));   // 60
    for (size_t i = 0; i < f.size(); ++i) {
      if (i) out += '\t';
      append_field(out, f[i]);
    }
    out += '\n';
    return true;
  }

 private:
  static std::string fraction_date(const Event& e) {
    if (!e.date) return {};
    int64_t doy = e.date->days_since_epoch() - Date{e.date->year, 1, 1}.days_since_epoch() + 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f", e.date->year + static_cast<double>(doy) / 365.0);
    return buf;
  }

  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
  // Religion2Code, Type1Code, Type2Code, Type3Code.
  void actor(std::vector<std::string>& f, const std::string& code, const std::optional<ActorMention>& m) const {
    std::string country, group;
    std::string_view rest = code;
    std::string_view first = std::string_view(code).substr(0, 3);
    if (code.size() >= 3 && countries() && countries()->is_country(first)) {
      country = std::string(first);
      rest = rest.substr(3);
    } else if (code.size() >= 3 && one_of(first, kKnownGroupRoots)) {
      rest = rest.substr(3);
      if (rest.size() >= 3) {
        group = std::string(rest.substr(0, 3));
        rest = rest.substr(3);
      } else {
        group = std::string(first);
      }
    }
    std::string types[3];
    for (int i = 0; i < 3 && rest.size() >= 3; ++i) {
      types[i] = std::string(rest.substr(0, 3));
      rest = rest.substr(3);
    }
    f.push_back(code);
    f.push_back(m ? m->text : "");
    f.push_back(country);
    f.push_back(group);
    f.push_back("");
    f.push_back("");
    f.push_back("");
    for (auto& t : types) f.push_back(t);
  }

  // Type, Fullname, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
  void actor_geo(std::vector<std::string>& f, const std::string& code) const {
    std::string first = code.substr(0, 3);
    std::string fips = countries() ? countries()->fips(first) : "";
    if (fips.empty()) {
      f.insert(f.end(), 8, "");
      return;
    }
    f.insert(f.end(), {"1", countries()->name(first), fips, fips, "", "", "", fips});
  }

  void action_geo(std::vector<std::string>& f, const std::optional<Location>& l) const {
    std::string fips = l && countries() ? countries()->fips(l->country) : "";
    if (!l || (fips.empty() && !l->lat)) {
      f.insert(f.end(), 8, "");
      return;
    }
    std::string country_name = countries() ? countries()->name(l->country) : "";
    bool us = l->country == "USA";
    std::string type;
    std::vector<std::string> parts;
    if (l->name.empty() || l->name == country_name) {
      type = "1";
    } else if (!l->admin1.empty() && l->name == l->admin1) {
      type = us ? "2" : "5";
      parts.push_back(l->name);
    } else {
      type = us ? "3" : "4";
      parts.push_back(l->name);
      if (!l->admin1.empty()) parts.push_back(l->admin1);
    }
    if (!country_name.empty()) parts.push_back(country_name);
    std::string full;
    for (size_t i = 0; i < parts.size(); ++i) full += (i ? ", " : "") + parts[i];
    f.insert(f.end(), {type, full, fips, fips, "", l->lat ? number(*l->lat) : "", l->lon ? number(*l->lon) : "",
                       type == "1" ? fips : ""});
  }
};

// ------------------------------------------------------------ PLOVER

int plover_quad(std::string_view type) {
  static constexpr std::array<std::pair<std::string_view, int>, 16> kQuads = {{
      {"AGREE", 1}, {"CONSULT", 1}, {"SUPPORT", 1}, {"CONCEDE", 1}, {"COOPERATE", 2}, {"AID", 2},
      {"RETREAT", 2}, {"REQUEST", 3}, {"ACCUSE", 3}, {"REJECT", 3}, {"THREATEN", 3}, {"PROTEST", 4},
      {"SANCTION", 4}, {"MOBILIZE", 4}, {"COERCE", 4}, {"ASSAULT", 4}}};
  for (auto [t, q] : kQuads) {
    if (t == type) return q;
  }
  return 0;
}

json plover_entity(const std::string& code, const std::optional<ActorMention>& m) {
  json j;
  j["code"] = code.substr(0, 3);
  j["sector"] = code.size() > 3 ? code.substr(3, 3) : "";
  j["entity_text"] = m ? m->text : "";
  j["cameo_code"] = code;
  return j;
}

class PloverExporter final : public Exporter {
 public:
  using Exporter::Exporter;

 protected:
  bool format(std::string& out, const StoredEvent& se) override {
    const Event& e = se.event;
    // CAMEO 01 and 02 (statements, appeals) have no PLOVER type: left out.
    const CodebookEntry* entry = codebook() ? codebook()->resolve(e.code) : nullptr;
    if (!entry || entry->plover_type.empty() || e.codebook != "cameo") return false;
    json j;
    j["id"] = e.id;
    j["date"] = e.date ? json(e.date->iso()) : json(nullptr);
    j["actor"] = json::array({plover_entity(e.source, e.source_actor)});
    j["recipient"] = e.target.empty() ? json::array() : json::array({plover_entity(e.target, e.target_actor)});
    j["event"] = json::array({entry->plover_type});
    j["mode"] = entry->plover_mode.empty() ? json::array() : json::array({entry->plover_mode});
    j["context"] = entry->plover_contexts;
    j["quad_code"] = plover_quad(entry->plover_type);
    j["has_event"] = true;
    j["event_text"] = e.verb_text;
    j["event_loc"] = location(e);
    j["text_info"] = text_info(e);
    j["cite_info"] = {{"coder", "dyad"}, {"codebook", "CAMEO via CAMEO2PLOVER"}, {"version", e.coder_version},
                      {"url", se.urls.empty() ? "" : se.urls[0]}};
    j["coder"] = "dyad " + e.coder_version;
    j["cameo_code"] = e.code;
    out += j.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
    return true;
  }

 private:
  json location(const Event& e) const {
    if (!e.location) return nullptr;
    const Location& l = *e.location;
    json j;
    j["extracted_place"] = l.name;
    j["resolved_place"] = l.name;
    j["province"] = l.admin1;
    j["country"] = countries() ? countries()->name(l.country) : "";
    j["country_code"] = l.country;
    j["lat"] = l.lat ? json(*l.lat) : json(nullptr);
    j["lon"] = l.lon ? json(*l.lon) : json(nullptr);
    return j;
  }

  static json text_info(const Event& e) {
    uint32_t begin = UINT32_MAX, end = 0;
    for (const Evidence& ev : e.evidence) {
      for (const Span& s : ev.spans) {
        begin = std::min(begin, s.begin);
        end = std::max(end, s.end);
      }
    }
    json j;
    j["sequence"] = e.sentence;
    j["start"] = begin == UINT32_MAX ? json(nullptr) : json(begin);
    j["end"] = begin == UINT32_MAX ? json(nullptr) : json(end);
    j["offsets"] = "utf8-bytes";
    j["text_story"] = e.story_id;
    return j;
  }
};

// ------------------------------------------------------------ CSV

constexpr std::array<std::string_view, 28> kCsvColumns = {
    "id",          "story_id",    "sentence",      "date",         "date_precision", "source",     "target",
    "code",        "root",        "quad_class",    "goldstein",    "source_text",    "target_text", "verb_text",
    "place_name",  "place_country", "place_admin1", "lat",          "lon",           "negated",    "modality",
    "num_mentions", "num_sources", "num_articles", "story_ids",    "urls",           "dict_version", "coder_version"};

void csv_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

class CsvExporter final : public Exporter {
 public:
  using Exporter::Exporter;

 protected:
  void preamble(std::string& out) override {
    for (size_t i = 0; i < kCsvColumns.size(); ++i) {
      if (i) out += ',';
      out += kCsvColumns[i];
    }
    out += '\n';
  }

  bool format(std::string& out, const StoredEvent& se) override {
    const Event& e = se.event;
    const Location* l = e.location ? &*e.location : nullptr;
    auto q = [&](std::string_view s) {   // text: always quoted (codes keep leading zeros)
      csv_quoted(out, s);
      out += ',';
    };
    auto n = [&](const std::string& s) {   // number: bare, empty when absent
      out += s;
      out += ',';
    };
    q(e.id);
    q(e.story_id);
    n(std::to_string(e.sentence));
    q(e.date ? e.date->iso() : "");
    q(date_precision_name(e.date_precision));
    q(e.source);
    q(e.target);
    q(e.code);
    q(e.root);
    n(e.quad_class ? std::to_string(*e.quad_class) : "");
    n(e.goldstein ? number(*e.goldstein) : "");
    q(e.source_actor ? e.source_actor->text : "");
    q(e.target_actor ? e.target_actor->text : "");
    q(e.verb_text);
    q(l ? l->name : "");
    q(l ? l->country : "");
    q(l ? l->admin1 : "");
    n(l && l->lat ? number(*l->lat) : "");
    n(l && l->lon ? number(*l->lon) : "");
    n(e.negated ? "true" : "false");
    q(modality_name(e.modality));
    n(std::to_string(se.num_mentions));
    n(std::to_string(se.num_sources));
    n(std::to_string(se.num_articles));
    q(join(se.story_ids, ';'));
    q(join(se.urls, ';'));
    q(e.dict_version);
    csv_quoted(out, e.coder_version);
    out += '\n';
    return true;
  }
};

// ------------------------------------------------------------ JSON Lines

class JsonlExporter final : public Exporter {
 public:
  using Exporter::Exporter;

 protected:
  bool format(std::string& out, const StoredEvent& se) override {
    std::string j = event_to_json(se.event);
    // The schema-1 record, with the store's counts added at the end (new
    // fields at the end do not change the schema version: docs/output.md).
    if (!j.empty() && j.back() == '}') j.pop_back();
    out += j;
    out += ",\"num_sources\":" + std::to_string(se.num_sources) +
           ",\"num_articles\":" + std::to_string(se.num_articles) + "}\n";
    return true;
  }
};

}  // namespace

Result<std::unique_ptr<EventExporter>> make_exporter(std::string_view format, std::ostream& out,
                                                     ExportContext context) {
  std::unique_ptr<EventExporter> e;
  if (format == "phoenix") e = std::make_unique<PhoenixExporter>(out, std::move(context));
  else if (format == "gdelt") e = std::make_unique<GdeltExporter>(out, std::move(context));
  else if (format == "plover") e = std::make_unique<PloverExporter>(out, std::move(context));
  else if (format == "csv") e = std::make_unique<CsvExporter>(out, std::move(context));
  else if (format == "jsonl") e = std::make_unique<JsonlExporter>(out, std::move(context));
  else return Status(ErrorCode::kInvalidArgument, "unknown export format \"" + std::string(format) +
                                                      "\" (valid: phoenix gdelt plover csv jsonl)");
  return e;
}

}  // namespace dyad
