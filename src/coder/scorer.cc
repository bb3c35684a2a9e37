// Suite scoring for `dyad eval` (rules: ../shared/eval/SOURCES.md).
#include <algorithm>
#include <set>
#include <utility>

#include "dyad/coder.h"

namespace dyad {
namespace {

bool is_null_actor(const std::string& code) { return code.empty() || code == "---"; }

bool has_null_actor(const ScoredEvent& e) { return is_null_actor(e.source) || is_null_actor(e.target); }

std::set<ScoredEvent> to_set(const std::vector<ScoredEvent>& events, bool keep_null) {
  std::set<ScoredEvent> out;
  for (const auto& e : events) {
    if (keep_null || !has_null_actor(e)) out.insert(e);
  }
  return out;
}

// Relaxed form: first three letters of each actor, first two characters of the code.
std::set<ScoredEvent> relax(const std::set<ScoredEvent>& events) {
  std::set<ScoredEvent> out;
  for (const auto& e : events) out.insert({e.source.substr(0, 3), e.target.substr(0, 3), e.code.substr(0, 2)});
  return out;
}

struct Overlap {
  uint32_t tp = 0, fp = 0, fn = 0;
};

Overlap overlap(const std::set<ScoredEvent>& gold, const std::set<ScoredEvent>& produced) {
  Overlap o;
  for (const auto& e : produced) (gold.count(e) ? o.tp : o.fp) += 1;
  for (const auto& e : gold) o.fn += produced.count(e) ? 0 : 1;
  return o;
}

double ratio(uint64_t a, uint64_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

RecordScore score_record(std::string id, std::string category, const std::vector<ScoredEvent>& gold,
                         const std::vector<ScoredEvent>& produced) {
  RecordScore r;
  r.id = std::move(id);
  r.category = std::move(category);
  // Why: the peers' runners ignored null-actor output unless the record tested it.
  bool keep_null = std::any_of(gold.begin(), gold.end(), has_null_actor);
  std::set<ScoredEvent> g = to_set(gold, true);
  std::set<ScoredEvent> p = to_set(produced, keep_null);
  r.passed = g == p;
  Overlap strict = overlap(g, p);
  r.tp = strict.tp;
  r.fp = strict.fp;
  r.fn = strict.fn;
  Overlap rel = overlap(relax(g), relax(p));
  r.relaxed_tp = rel.tp;
  r.relaxed_fp = rel.fp;
  r.relaxed_fn = rel.fn;
  r.gold.assign(g.begin(), g.end());
  r.produced.assign(p.begin(), p.end());
  return r;
}

double PrfCounts::precision() const { return ratio(tp, tp + fp); }
double PrfCounts::recall() const { return ratio(tp, tp + fn); }
double PrfCounts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void EvalTotals::add(const RecordScore& r) {
  ++records;
  passed += r.passed ? 1 : 0;
  strict.tp += r.tp;
  strict.fp += r.fp;
  strict.fn += r.fn;
  relaxed.tp += r.relaxed_tp;
  relaxed.fp += r.relaxed_fp;
  relaxed.fn += r.relaxed_fn;
  Category& c = categories[r.category];
  ++c.records;
  c.passed += r.passed ? 1 : 0;
  c.strict.tp += r.tp;
  c.strict.fp += r.fp;
  c.strict.fn += r.fn;
}

}  // namespace dyad
