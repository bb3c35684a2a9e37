#include "dictionary_group.h"

#include <filesystem>
#include <iostream>

#include "dyad/codebook.h"
#include "dyad/frontend.h"
#include "dyad/peer_dictionaries.h"

namespace dyad::cli {

void DictionaryGroup::add_to(CLI::App& app) {
  app.add_option("--dict", dict, "Dictionary set folder (dyad format) or compiled .bin (default: bundled)");
  app.add_option("--petrarch-verbs", petrarch_verbs, "PETRARCH verbs file");
  app.add_option("--petrarch-actors", petrarch_actors, "PETRARCH actor files (comma-separated)")->delimiter(',');
  app.add_option("--petrarch-agents", petrarch_agents, "PETRARCH agents file");
  app.add_option("--petrarch-discards", petrarch_discards, "PETRARCH discards file");
  app.add_option("--petrarch-issues", petrarch_issues, "PETRARCH issues file");
  app.add_option("--petrarch-ontology", petrarch_ontology, "PETRARCH-2 internal coding ontology file");
  app.add_option("--petrarch-verbs-syntax", petrarch_verbs_syntax, "auto|petrarch1|petrarch2")
      ->check(CLI::IsMember({"auto", "petrarch1", "petrarch2"}));
  app.add_option("--tabari-project", tabari_project, "TABARI .project file");
  app.add_option("--suite", suite, "Evaluation suite folder with a suite.json naming its dictionaries");
  app.add_option("--profile", profile, "auto|dyad|tabari|petrarch1|petrarch2")
      ->check(CLI::IsMember({"auto", "dyad", "tabari", "petrarch1", "petrarch2"}));
}

bool DictionaryGroup::peer() const {
  return !petrarch_verbs.empty() || !petrarch_actors.empty() || !petrarch_agents.empty() ||
         !petrarch_discards.empty() || !petrarch_issues.empty() || !petrarch_ontology.empty() ||
         !tabari_project.empty() || !suite.empty();
}

std::string DictionaryGroup::describe() const {
  if (!suite.empty()) return "suite " + suite;
  if (!tabari_project.empty()) return "TABARI project " + tabari_project;
  if (peer()) return "PETRARCH files";
  if (!dict.empty()) return dict;
  return data_dir() + "/dict/dyad";
}

namespace {

Status read_petrarch(const DictionaryGroup& g, DictionarySet* set, std::vector<Diagnostic>* diags) {
  auto syntax = g.petrarch_verbs_syntax == "petrarch1"   ? PetrarchVerbSyntax::kPetrarch1
                : g.petrarch_verbs_syntax == "petrarch2" ? PetrarchVerbSyntax::kPetrarch2
                                                         : PetrarchVerbSyntax::kAuto;
  if (!g.petrarch_verbs.empty()) {
    if (auto s = read_petrarch_verbs(g.petrarch_verbs, syntax, *set, *diags); !s.ok()) return s;
  }
  for (const auto& a : g.petrarch_actors) {
    if (auto s = read_petrarch_actors(a, *set, *diags); !s.ok()) return s;
  }
  using Reader = Status (*)(const std::string&, DictionarySet&, std::vector<Diagnostic>&);
  const std::pair<const std::string*, Reader> files[] = {{&g.petrarch_agents, &read_petrarch_agents},
                                                         {&g.petrarch_discards, &read_petrarch_discards},
                                                         {&g.petrarch_issues, &read_petrarch_issues},
                                                         {&g.petrarch_ontology, &read_petrarch_ontology}};
  for (const auto& [path, reader] : files) {
    if (path->empty()) continue;
    if (auto s = reader(*path, *set, *diags); !s.ok()) return s;
  }
  return Status::Ok();
}

bool is_binary_path(const std::string& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

}  // namespace

Status DictionaryGroup::read(DictionarySet* set, std::vector<Diagnostic>* diags,
                             std::shared_ptr<const CompiledDictionary>* bin) const {
  if (!suite.empty()) return read_suite_dictionaries(suite, *set, *diags);
  if (!tabari_project.empty()) {
    if (auto s = read_tabari_project(tabari_project, *set, *diags); !s.ok()) return s;
  }
  if (peer()) return read_petrarch(*this, set, diags);
  std::string path = dict.empty() ? data_dir() + "/dict/dyad" : dict;
  if (is_binary_path(path)) {
    auto d = CompiledDictionary::load(path);
    if (!d.ok()) return d.status();
    *set = (*d)->set();
    if (bin) *bin = *d;
    return Status::Ok();
  }
  auto r = read_dyad_set(path, diags);
  if (!r.ok()) return r.status();
  *set = std::move(r).value();
  return Status::Ok();
}

Result<std::shared_ptr<const CompiledDictionary>> DictionaryGroup::load() const {
  if (!peer() && dict.empty()) {
    std::string bin = data_dir() + "/dict/dyad.bin";
    std::error_code ec;
    if (std::filesystem::is_regular_file(bin, ec)) return CompiledDictionary::load(bin);
  }
  DictionarySet set;
  std::vector<Diagnostic> diags;
  std::shared_ptr<const CompiledDictionary> bin;
  if (auto s = read(&set, &diags, &bin); !s.ok()) return s;
  if (bin) return bin;
  size_t errors = 0;
  for (const auto& d : diags) errors += d.severity == Diagnostic::Severity::kError;
  if (errors)
    std::cerr << "dyad: " << errors << " dictionary line(s) skipped in " << describe()
              << " (run `dyad dict lint` for details)\n";
  DictionaryBuilder b;
  b.add_set(std::move(set));
  return b.compile();
}

Result<std::unique_ptr<Coder>> DictionaryGroup::make_coder(CoderOptions options, bool quiet) const {
  auto chosen = parse_profile(profile);
  if (!chosen) return Status(ErrorCode::kInvalidArgument, "unknown profile: " + profile);
  options.profile = *chosen;
  auto frontend = FrontEnd::load();
  if (!frontend.ok()) return frontend.status();
  auto dictionary = load();
  if (!dictionary.ok()) return dictionary.status();
  std::shared_ptr<const EventCodebook> codebook;
  if (auto cb = EventCodebook::load(data_dir() + "/dict/cameo.txt"); cb.ok()) {
    codebook = std::make_shared<const EventCodebook>(std::move(*cb));
  } else if (!quiet) {
    std::cerr << "dyad: no CAMEO codebook (" << cb.status().to_string() << "); Goldstein and quad class omitted\n";
  }
  return std::make_unique<Coder>(*frontend, *dictionary, codebook, options);
}

}  // namespace dyad::cli
