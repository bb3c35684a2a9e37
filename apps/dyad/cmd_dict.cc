// dyad dict: lint, compile, decompile, format, stats and explain dictionaries.
//
//   dyad dict lint [--dict DIR | peer options]         every finding with file:line:col
//   dyad dict compile [--dict DIR | peer options] -o FILE.bin
//   dyad dict decompile FILE.bin -o DIR                  dyad text, canonical form
//   dyad dict format DIR                                 rewrite a dyad set in canonical form
//   dyad dict stats [--dict DIR | peer options]          counts per kind and per file
//   dyad dict explain "TEXT" --date YYYY-MM-DD           what matches, which entry, which role
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/dictionary.h"
#include "dyad/frontend.h"

namespace dyad::cli {
namespace {

struct DictCommand {
  DictionaryGroup group;
  std::string output;
  std::string input;
  std::string codebook;
  std::string text;
  std::string date;
  bool warnings = true;

  int lint_cmd();
  int compile_cmd();
  int decompile_cmd();
  int format_cmd();
  int stats_cmd();
  int explain_cmd();
};

size_t print_diags(const std::vector<Diagnostic>& diags, bool warnings) {
  size_t errors = 0;
  for (const auto& d : diags) {
    errors += d.severity == Diagnostic::Severity::kError;
    if (d.severity == Diagnostic::Severity::kError || warnings) std::cerr << d.to_string() << "\n";
  }
  return errors;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("VmHWM:")) return std::atol(line.c_str() + 6);
  }
  return 0;
}

// The event codes lint checks against: --codebook, else cameo.txt beside the set or in the data dir.
std::vector<std::string> codebook_codes(const DictCommand& c, const DictionarySet& set) {
  if (set.manifest.codebook != Codebook::kCameo) return {};
  std::vector<std::string> candidates;
  if (!c.codebook.empty()) candidates.push_back(c.codebook);
  if (!c.group.dict.empty()) candidates.push_back(c.group.dict + "/cameo.txt");
  candidates.push_back(data_dir() + "/dict/dyad/cameo.txt");
  for (const auto& p : candidates) {
    auto r = read_codebook_codes(p);
    if (r.ok() && !r->empty()) return std::move(r).value();
  }
  return {};
}

int DictCommand::lint_cmd() {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  if (auto s = group.read(&set, &diags); !s.ok()) return fail(s);
  LintOptions opt;
  opt.peer = group.peer();
  opt.event_codes = codebook_codes(*this, set);
  auto found = lint(set, opt);
  diags.insert(diags.end(), found.begin(), found.end());
  size_t errors = print_diags(diags, warnings);
  std::cerr << "dyad dict lint: " << group.describe() << ": " << errors << " error(s), " << diags.size() - errors
            << " warning(s)/note(s)\n";
  return errors ? kExitSkipped : kExitOk;
}

int DictCommand::compile_cmd() {
  if (output.empty()) return fail("dict compile needs -o FILE");
  auto t0 = std::chrono::steady_clock::now();
  DictionarySet set;
  std::vector<Diagnostic> diags;
  if (auto s = group.read(&set, &diags); !s.ok()) return fail(s);
  size_t errors = print_diags(diags, false);
  DictionaryBuilder b;
  b.add_set(std::move(set));
  auto d = b.compile();
  if (!d.ok()) return fail(d.status());
  std::error_code ec;
  auto parent = std::filesystem::path(output).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (auto s = (*d)->save(output); !s.ok()) return fail(s);
  std::fprintf(stderr, "dyad dict compile: %s -> %s: version %s, %zu bytes, %.3f s, max RSS %ld kB%s\n",
               group.describe().c_str(), output.c_str(), (*d)->version().c_str(), (*d)->bytes().size(),
               seconds_since(t0), rss_kb(), errors ? " (some lines skipped)" : "");
  return errors ? kExitSkipped : kExitOk;
}

int DictCommand::decompile_cmd() {
  if (output.empty()) return fail("dict decompile needs -o DIR");
  std::shared_ptr<const CompiledDictionary> d;
  if (!input.empty()) {
    auto r = CompiledDictionary::load(input);
    if (!r.ok()) return fail(r.status());
    d = *r;
  } else {
    auto r = group.load();
    if (!r.ok()) return fail(r.status());
    d = *r;
  }
  if (auto s = write_dyad_dir(d->set(), output); !s.ok()) return fail(s);
  std::cerr << "dyad dict decompile: wrote " << output << " (version " << d->version() << ")\n";
  return kExitOk;
}

int DictCommand::format_cmd() {
  std::string dir = input.empty() ? group.dict : input;
  if (dir.empty()) return fail("dict format needs a set folder");
  std::vector<Diagnostic> diags;
  auto r = read_dyad_set(dir, &diags);
  if (!r.ok()) return fail(r.status());
  // A line that did not parse would be lost by rewriting: refuse until it is fixed.
  if (print_diags(diags, false)) return fail("not rewriting '" + dir + "': fix the errors above first");
  WriteOptions opt;
  opt.provenance = false;
  size_t changed = 0;
  for (const auto& [name, text] : write_dyad_set(*r, opt)) {
    auto path = std::filesystem::path(dir) / name;
    std::ifstream in(path, std::ios::binary);
    std::stringstream old;
    old << in.rdbuf();
    if (in && old.str() == text) continue;
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) return fail("cannot write '" + path.string() + "'");
    std::cerr << "formatted " << path.string() << "\n";
    ++changed;
  }
  std::cerr << "dyad dict format: " << changed << " file(s) changed\n";
  return kExitOk;
}

void print_counts(std::ostream& o, const std::string& name, const DictionaryStats::Counts& c) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%-40s %7llu %7llu %7llu %7llu %8llu %7llu %7llu %7llu %8llu %8llu %6llu %7llu %6llu %5llu\n",
                name.c_str(), (unsigned long long)c.countries, (unsigned long long)c.people,
                (unsigned long long)c.organisations, (unsigned long long)c.regions, (unsigned long long)c.names,
                (unsigned long long)c.dated_roles, (unsigned long long)c.agents, (unsigned long long)c.verbs,
                (unsigned long long)c.patterns, (unsigned long long)c.verb_pattern_codes,
                (unsigned long long)c.synsets, (unsigned long long)c.discards, (unsigned long long)c.issues,
                (unsigned long long)c.transformations);
  o << buf;
}

int DictCommand::stats_cmd() {
  DictionarySet set;
  std::vector<Diagnostic> diags;
  if (auto s = group.read(&set, &diags); !s.ok()) return fail(s);
  auto st = dictionary_stats(set);
  std::ostream& o = std::cout;
  char head[512];
  std::snprintf(head, sizeof head, "%-40s %7s %7s %7s %7s %8s %7s %7s %7s %8s %8s %6s %7s %6s %5s\n", "file",
                "country", "people", "orgs", "regions", "names", "roles", "agents", "verbs", "patterns",
                "v-p-code", "synset", "discard", "issues", "xform");
  o << head;
  for (const auto& [file, c] : st.per_file) print_counts(o, file, c);
  print_counts(o, "TOTAL", st.total);
  o << "agents = distinct role phrases (generated plurals not counted); roles = dated codes; "
       "v-p-code = distinct (verb phrase, pattern, code) entries before inflection\n";
  return kExitOk;
}

std::string internal_range(const DatedCode& c) {
  const DateRange& r = *c.range;
  return (r.from ? r.from->iso() : "") + ".." + (r.to ? r.to->iso() : "") +
         (c.confidence == Confidence::kApproximate ? " approximate" : " exact");
}

std::string code_of(const CompiledDictionary& d, const PhraseMatch& m, const Date& date, std::string* role) {
  const DatedCode* c = nullptr;
  const auto& s = d.set();
  if (m.kind == MatchKind::kAgent) {
    c = d.resolve_agent(m.index, date);
    if (c) return s.agents[m.index].prefix ? c->code + "~" : "~" + c->code;
    return "(no code)";
  }
  if (m.kind <= MatchKind::kCity) {
    c = d.resolve_actor(m.index, date);
    if (!c) return s.actors[m.index].compound.empty() ? "(no role on " + date.iso() + ")" : "compound";
    *role = c->range ? "role " + internal_range(*c) : "default";
    if (!c->note.empty()) *role += " \"" + c->note + "\"";
    if (c->src.line) *role += " at " + d.where(c->src);
    return c->code;
  }
  if (m.kind == MatchKind::kVerb) return s.verbs[m.index].code.code.empty() ? "(patterns only)" : s.verbs[m.index].code.code;
  if (m.kind == MatchKind::kIssue) return s.issues[m.index].code;
  return "";
}

EntrySource source_of(const CompiledDictionary& d, const PhraseMatch& m) {
  const auto& s = d.set();
  switch (m.kind) {
    case MatchKind::kAgent: return s.agents[m.index].src;
    case MatchKind::kVerb: return s.verbs[m.index].src;
    case MatchKind::kDiscard: return s.discards[m.index].src;
    case MatchKind::kIssue: return s.issues[m.index].src;
    case MatchKind::kTimeShift: return s.time_shifts[m.index].src;
    case MatchKind::kSynsetMember: return s.synsets[m.index].src;
    default: return s.actors[m.index].src;
  }
}

int DictCommand::explain_cmd() {
  auto when = Date::parse_iso(date);
  if (!when) return fail("--date must be YYYY-MM-DD, got '" + date + "'");
  auto d = group.load();
  if (!d.ok()) return fail(d.status());
  auto tokens = tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
  if (auto fe = FrontEnd::load(); fe.ok()) (*fe)->tag(text, &tokens);  // lemmas ("held" -> "hold")
  const auto& dict = **d;
  std::cout << "dictionary " << group.describe() << " version " << dict.version() << ", date " << when->iso() << "\n";
  size_t shown = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const auto& m : dict.match(tokens, i, 0xFFFFFFFFu)) {
      if (m.kind == MatchKind::kSynsetMember) continue;
      std::string role;
      std::string code = code_of(dict, m, *when, &role);
      uint32_t b = tokens[m.begin].span.begin, e = tokens[m.end - 1].span.end;
      std::cout << "  \"" << text.substr(b, e - b) << "\" [" << b << "," << e << ") " << match_kind_name(m.kind)
                << (m.generated ? " (generated form)" : "") << " -> " << code << "  entry "
                << dict.where(source_of(dict, m));
      if (!role.empty()) std::cout << "  " << role;
      std::cout << "\n";
      ++shown;
    }
  }
  if (!shown) std::cout << "  no dictionary phrase matches\n";
  return kExitOk;
}

DYAD_REGISTER_COMMAND(dict, "dict", "Lint, compile, decompile, format, count and explain dictionaries",
                      [](CLI::App& app) -> std::function<int()> {
                        static DictCommand cmd;
                        static std::function<int()> chosen;
                        app.require_subcommand(1);
                        auto* lint = app.add_subcommand("lint", "Report every error and suspicious entry");
                        cmd.group.add_to(*lint);
                        lint->add_option("DIR", cmd.group.dict, "Dictionary set folder or .bin (same as --dict)");
                        lint->add_option("--codebook", cmd.codebook, "Codebook table (default: cameo.txt)");
                        lint->add_flag("!--no-warnings", cmd.warnings, "Print errors only");
                        lint->callback([] { chosen = [] { return cmd.lint_cmd(); }; });
                        auto* comp = app.add_subcommand("compile", "Write the compiled binary");
                        cmd.group.add_to(*comp);
                        comp->add_option("DIR", cmd.group.dict, "Dictionary set folder or .bin (same as --dict)");
                        comp->add_option("-o,--output", cmd.output, "Output .bin file")->required();
                        comp->callback([] { chosen = [] { return cmd.compile_cmd(); }; });
                        auto* dec = app.add_subcommand("decompile", "Write dyad text from a compiled binary");
                        dec->add_option("FILE", cmd.input, "Compiled .bin file");
                        cmd.group.add_to(*dec);
                        dec->add_option("-o,--output", cmd.output, "Output folder")->required();
                        dec->callback([] { chosen = [] { return cmd.decompile_cmd(); }; });
                        auto* fmt = app.add_subcommand("format", "Rewrite a dyad set in canonical form, in place");
                        fmt->add_option("DIR", cmd.input, "Set folder")->required();
                        fmt->callback([] { chosen = [] { return cmd.format_cmd(); }; });
                        auto* st = app.add_subcommand("stats", "Counts per kind and per file");
                        cmd.group.add_to(*st);
                        st->add_option("DIR", cmd.group.dict, "Dictionary set folder or .bin (same as --dict)");
                        st->callback([] { chosen = [] { return cmd.stats_cmd(); }; });
                        auto* ex = app.add_subcommand("explain", "Show what matches in a text and which role applies");
                        ex->add_option("TEXT", cmd.text, "Text to explain")->required();
                        ex->add_option("--date", cmd.date, "Event date YYYY-MM-DD")->required();
                        cmd.group.add_to(*ex);
                        ex->callback([] { chosen = [] { return cmd.explain_cmd(); }; });
                        return [] { return chosen ? chosen() : kExitFatal; };
                      });

}  // namespace
}  // namespace dyad::cli
