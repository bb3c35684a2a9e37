// dyad eval: code every record of an evaluation suite (or a gold.jsonl) and
// score the result by the suite rules of ../shared/eval/SOURCES.md.
//
//   dyad eval ../shared/eval/tabari-validate            # suite.json names the dictionaries
//   dyad eval SUITE --diff                              # failing records, gold vs produced
//   dyad eval SUITE --score-predictions baseline.pred.jsonl   # score a peer's output instead of coding
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

struct GoldRecord {
  std::string id;
  std::string category;
  std::optional<Date> date;
  std::string text;
  std::vector<ScoredEvent> events;
  RecordOverrides overrides;
  uint64_t line = 0;
};

struct EvalCommand {
  std::string target;          // suite folder or gold.jsonl
  DictionaryGroup dictionary;
  bool diff = false;
  bool as_json = false;
  std::string predictions;     // write produced events here
  std::string score_file;      // score these predictions instead of coding
  int run();
};

std::vector<ScoredEvent> triples(const json& events) {
  std::vector<ScoredEvent> out;
  if (!events.is_array()) return out;
  for (const auto& e : events) {
    if (!e.is_object()) continue;
    out.push_back({e.value("source", ""), e.value("target", ""), e.value("code", "")});
  }
  return out;
}

// notes.config: a list of TABARI commands, or an object of PETRARCH options.
RecordOverrides overrides_of(const json& notes) {
  RecordOverrides o;
  auto it = notes.find("config");
  if (it == notes.end()) return o;
  if (it->is_array()) {
    for (const auto& c : *it)
      if (c.is_string()) o.settings.emplace_back("tabari", c.get<std::string>());
  } else if (it->is_object()) {
    for (const auto& [k, v] : it->items()) o.settings.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
  }
  return o;
}

// Reads the scored records (notes.evaluated == true); bad lines are reported and skipped.
std::vector<GoldRecord> read_gold(const std::string& path, int* bad) {
  std::vector<GoldRecord> out;
  std::ifstream in(path);
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      std::cerr << "dyad: " << path << ":" << n << ": not a JSON object; record skipped\n";
      ++*bad;
      continue;
    }
    json notes = j.value("notes", json::object());
    if (!notes.is_object() || !notes.value("evaluated", false)) continue;
    GoldRecord r;
    r.id = j.value("id", "");
    r.category = notes.value("category", "");
    if (j.contains("date") && j["date"].is_string()) r.date = Date::parse_iso(j["date"].get<std::string>());
    r.text = j.value("text", "");
    r.events = triples(j.value("events", json::array()));
    r.overrides = overrides_of(notes);
    r.line = n;
    out.push_back(std::move(r));
  }
  return out;
}

std::map<std::string, std::vector<ScoredEvent>> read_predictions(const std::string& path) {
  std::map<std::string, std::vector<ScoredEvent>> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    out[j.value("id", "")] = triples(j.value("events", json::array()));
  }
  return out;
}

std::string show(const std::vector<ScoredEvent>& v) {
  std::string s;
  for (const auto& e : v) s += (s.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.code;
  return s.empty() ? "(none)" : s;
}

std::string fmt3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

json prf_json(const PrfCounts& c) {
  return {{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()}, {"recall", c.recall()},
          {"f1", c.f1()}};
}

int EvalCommand::run() {
  std::string gold_path = target;
  std::error_code ec;
  if (fs::is_directory(target, ec)) {
    gold_path = (fs::path(target) / "gold.jsonl").string();
    if (dictionary.suite.empty() && !dictionary.peer() && dictionary.dict.empty()) dictionary.suite = target;
  }
  if (!fs::is_regular_file(gold_path, ec)) return fail("no gold file: " + gold_path);
  int bad = 0;
  std::vector<GoldRecord> gold = read_gold(gold_path, &bad);

  std::map<std::string, std::vector<ScoredEvent>> given;
  std::unique_ptr<Coder> coder;
  std::map<std::string, std::vector<std::string>> rules_fired;
  if (!score_file.empty()) {
    if (!fs::is_regular_file(score_file, ec)) return fail("no predictions file: " + score_file);
    given = read_predictions(score_file);
  } else {
    auto made = dictionary.make_coder(CoderOptions{}, /*quiet=*/true);
    if (!made.ok()) return fail(made.status());
    coder = std::move(*made);
  }
  std::unique_ptr<std::ofstream> pred_out;
  if (!predictions.empty()) {
    pred_out = std::make_unique<std::ofstream>(predictions);
    if (!*pred_out) return fail("cannot write " + predictions);
  }

  EvalTotals totals;
  std::vector<RecordScore> failures;
  Story previous;   // the record coded before this one (TABARI FORWARD)
  for (const GoldRecord& g : gold) {
    std::vector<ScoredEvent> produced;
    if (coder) {
      Story story;
      story.id = g.id;
      story.date = g.date;
      story.text = g.text;
      story.origin = gold_path;
      story.line = g.line;
      RecordOverrides overrides = g.overrides;
      if (!previous.id.empty()) overrides.previous = &previous;
      auto& rules = rules_fired[g.id];
      for (const Event& e : coder->code(story, &overrides)) {
        produced.push_back({e.source, e.target, e.code});
        for (const auto& r : e.rules) rules.push_back(r);
      }
      previous = std::move(story);
    } else {
      produced = given[g.id];
    }
    if (pred_out) {
      json ev = json::array();
      for (const auto& e : produced) ev.push_back({{"source", e.source}, {"target", e.target}, {"code", e.code}});
      *pred_out << json{{"id", g.id}, {"events", ev}}.dump() << "\n";
    }
    RecordScore r = score_record(g.id, g.category, g.events, produced);
    totals.add(r);
    if (!r.passed) failures.push_back(std::move(r));
  }

  std::ostream& out = std::cout;
  if (as_json) {
    json cats = json::object();
    for (const auto& [name, c] : totals.categories)
      cats[name] = {{"records", c.records}, {"passed", c.passed}, {"strict", prf_json(c.strict)}};
    json j = {{"gold", gold_path}, {"records", totals.records}, {"passed", totals.passed},
              {"strict", prf_json(totals.strict)}, {"relaxed", prf_json(totals.relaxed)}, {"categories", cats}};
    if (diff) {
      json f = json::array();
      for (const auto& r : failures) f.push_back({{"id", r.id}, {"gold", show(r.gold)}, {"produced", show(r.produced)}});
      j["failures"] = f;
    }
    out << j.dump() << "\n";
  } else {
    out << "records passed: " << totals.passed << "/" << totals.records << " ("
        << fmt3(totals.records ? 100.0 * totals.passed / totals.records : 0) << "%)\n";
    out << "strict  P " << fmt3(totals.strict.precision()) << " R " << fmt3(totals.strict.recall()) << " F1 "
        << fmt3(totals.strict.f1()) << "\n";
    out << "relaxed P " << fmt3(totals.relaxed.precision()) << " R " << fmt3(totals.relaxed.recall()) << " F1 "
        << fmt3(totals.relaxed.f1()) << "\n";
    out << "category\trecords\tpassed\tstrict_f1\n";
    for (const auto& [name, c] : totals.categories)
      out << name << "\t" << c.records << "\t" << c.passed << "\t" << fmt3(c.strict.f1()) << "\n";
    if (diff) {
      for (const auto& r : failures) {
        out << "FAIL " << r.id << "\n  gold:     " << show(r.gold) << "\n  produced: " << show(r.produced) << "\n";
        auto it = rules_fired.find(r.id);
        if (it != rules_fired.end() && !it->second.empty()) {
          out << "  rules:   ";
          for (const auto& x : it->second) out << " " << x;
          out << "\n";
        }
      }
    }
  }
  out.flush();
  return bad ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(eval, "eval", "Code an evaluation suite and score it against its gold events",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<EvalCommand>();
                        app.add_option("SUITE", cmd->target, "Suite folder (with suite.json, gold.jsonl) or a gold.jsonl")
                            ->required();
                        cmd->dictionary.add_to(app);
                        app.add_flag("--diff", cmd->diff, "Show each failing record: gold, produced, rules that fired");
                        app.add_flag("--json", cmd->as_json, "Print the figures as one JSON object");
                        app.add_option("--predictions", cmd->predictions,
                                       "Write produced events, one {\"id\",\"events\"} line per record");
                        app.add_option("--score-predictions", cmd->score_file,
                                       "Score this predictions file (same format) instead of coding");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
