// Small pieces of the dictionary model: names, date ranges, diagnostics, stats.
#include <set>
#include <tuple>

#include "dict/dict_internal.h"

namespace dyad {

const char* codebook_name(Codebook c) {
  switch (c) {
    case Codebook::kCameo: return "cameo";
    case Codebook::kWeis: return "weis";
    case Codebook::kFree: return "free";
  }
  return "cameo";
}

bool DateRange::contains(const Date& d) const {
  if (from && d < *from) return false;
  if (to && *to < d) return false;
  return true;
}

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line) out += ":" + std::to_string(line);
  if (line && column) out += ":" + std::to_string(column);
  out += severity == Severity::kError ? ": error: " : severity == Severity::kWarning ? ": warning: " : ": note: ";
  out += message;
  if (!text.empty()) out += ": " + text;
  return out;
}

const char* match_kind_name(MatchKind k) {
  static const char* const kNames[] = {"actor", "adjective", "demonym", "capital", "city", "agent",
                                       "verb", "discard", "issue", "time", "synset"};
  auto i = static_cast<size_t>(k);
  return i < std::size(kNames) ? kNames[i] : "unknown";
}

namespace {

DictionaryStats::Counts& counts_for(DictionaryStats* st, const DictionarySet& set, const EntrySource& src) {
  static const std::string kNone = "(no file)";
  return st->per_file[src.file < set.files.size() ? set.files[src.file] : kNone];
}

void add(DictionaryStats::Counts* to, const DictionaryStats::Counts& c) {
  auto* a = reinterpret_cast<uint64_t*>(to);
  const auto* b = reinterpret_cast<const uint64_t*>(&c);
  for (size_t i = 0; i < sizeof(c) / sizeof(uint64_t); ++i) a[i] += b[i];
}

void count_actor(const Actor& a, DictionaryStats::Counts* c) {
  if (a.kind == ActorKind::kCountry) ++c->countries;
  else if (a.kind == ActorKind::kPerson) ++c->people;
  else if (a.kind == ActorKind::kRegion) ++c->regions;
  else ++c->organisations;
  c->names += a.names.size() + a.adjectives.size() + a.demonyms.size() + a.capitals.size() + a.cities.size();
  for (const auto& dc : a.codes) c->dated_roles += dc.range.has_value();
}

std::string words_key(const Phrase& p) {
  std::string k;
  for (const auto& w : p.words) k += w + ' ';
  return k;
}

}  // namespace

DictionaryStats dictionary_stats(const DictionarySet& set) {
  DictionaryStats st;
  for (const auto& a : set.actors) count_actor(a, &counts_for(&st, set, a.src));
  std::set<std::string> agent_phrases;
  for (const auto& a : set.agents) {
    auto& c = counts_for(&st, set, a.src);
    for (const auto& p : a.phrases) {
      if (agent_phrases.insert(words_key(p)).second) ++c.agents;
    }
  }
  std::set<std::tuple<std::string, std::string, std::string>> vpc;
  for (const auto& v : set.verbs) {
    auto& c = counts_for(&st, set, v.src);
    ++c.verbs;
    c.verb_phrases += v.lemmas.size();
    c.patterns += v.patterns.size();
    for (const auto& l : v.lemmas) {
      if (!v.code.code.empty() && vpc.emplace(words_key(l), "", v.code.code).second) ++c.verb_pattern_codes;
      for (const auto& p : v.patterns) {
        if (vpc.emplace(words_key(l), internal::pattern_tokens_to_text(p.tokens), p.code.code).second)
          ++c.verb_pattern_codes;
      }
    }
  }
  for (const auto& s : set.synsets) ++counts_for(&st, set, s.src).synsets;
  for (const auto& d : set.discards) ++counts_for(&st, set, d.src).discards;
  for (const auto& i : set.issues) ++counts_for(&st, set, i.src).issues;
  for (const auto& t : set.transformations) ++counts_for(&st, set, t.src).transformations;
  for (const auto& t : set.time_shifts) ++counts_for(&st, set, t.src).time_shifts;
  for (const auto& o : set.ontology) ++counts_for(&st, set, o.src).ontology;
  for (const auto& [file, c] : st.per_file) add(&st.total, c);
  return st;
}

}  // namespace dyad
