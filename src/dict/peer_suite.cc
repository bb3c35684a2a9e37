// Loads the dictionaries a ../shared/eval/<suite>/suite.json names.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dict/peer_internal.h"

namespace dyad {

namespace {

using json = nlohmann::json;

Codebook codebook_from(const std::string& text) {
  std::string t = peer::upper_ascii(text);
  if (t.rfind("FREE", 0) == 0) return Codebook::kFree;
  if (t.rfind("WEIS", 0) == 0) return Codebook::kWeis;
  // "CAMEO plus test codes": codes outside CAMEO are expected, so lint must not reject them.
  if (t.rfind("CAMEO", 0) == 0 && t.find("PLUS") == std::string::npos) return Codebook::kCameo;
  return Codebook::kFree;
}

Status suite_error(std::vector<Diagnostic>& diags, const std::string& file, const std::string& why) {
  diags.push_back(Diagnostic{Diagnostic::Severity::kError, file, 0, 0, why, ""});
  return Status(ErrorCode::kParseError, why, SourceLocation{file, 0, 0});
}

std::vector<std::string> names_of(const json& v) {
  std::vector<std::string> out;
  if (v.is_string()) out.push_back(v.get<std::string>());
  else if (v.is_array())
    for (const json& x : v)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

Status load_petrarch(const std::filesystem::path& dir, const json& files, PetrarchVerbSyntax syntax,
                     DictionarySet& set, std::vector<Diagnostic>& diags, PetrarchVerbSyntax* used) {
  Status result;
  auto keep = [&](Status s) {
    if (!s.ok() && result.ok()) result = s;
  };
  auto each = [&](const char* key, auto reader) {
    if (!files.contains(key)) return;
    for (const std::string& f : names_of(files[key])) keep(reader((dir / f).string(), set, diags));
  };
  if (files.contains("verbs"))
    for (const std::string& f : names_of(files["verbs"]))
      keep(read_petrarch_verbs((dir / f).string(), syntax, set, diags, used));
  each("actors", read_petrarch_actors);
  each("agents", read_petrarch_agents);
  each("discards", read_petrarch_discards);
  each("issues", read_petrarch_issues);
  each("ontology", read_petrarch_ontology);
  return result;
}

Status load_tabari(const std::filesystem::path& dir, const json& dicts, DictionarySet& set,
                   std::vector<Diagnostic>& diags) {
  if (dicts.contains("project") && dicts["project"].is_string())
    return read_tabari_project((dir / dicts["project"].get<std::string>()).string(), set, diags);
  const json files = dicts.value("files", json::object());
  Status result;
  auto keep = [&](Status s) {
    if (!s.ok() && result.ok()) result = s;
  };
  for (const std::string& f : names_of(files.value("actors", json()))) keep(read_tabari_actors((dir / f).string(), set, diags));
  for (const std::string& f : names_of(files.value("verbs", json()))) keep(read_tabari_verbs((dir / f).string(), set, diags));
  for (const std::string& f : names_of(files.value("agents", json()))) keep(read_tabari_agents((dir / f).string(), set, diags));
  for (const std::string& f : names_of(files.value("options", json())))
    keep(read_tabari_options((dir / f).string(), set, diags));
  return result;
}

}  // namespace

Status read_suite_dictionaries(const std::string& suite_dir, DictionarySet& set, std::vector<Diagnostic>& diags,
                               std::string* profile_hint) {
  std::filesystem::path dir(suite_dir);
  std::string manifest = (dir / "suite.json").string();
  Result<std::string> text = peer::read_file(manifest);
  if (!text.ok()) {
    diags.push_back(Diagnostic{Diagnostic::Severity::kError, manifest, 0, 0, text.status().message(), ""});
    return text.status();
  }
  json doc = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) return suite_error(diags, manifest, "suite.json is not a JSON object");
  const json dicts = doc.value("dictionaries", json::object());
  if (!dicts.is_object()) return suite_error(diags, manifest, "suite.json: \"dictionaries\" must be an object");
  std::string format = dicts.value("format", std::string());
  set.manifest.name = doc.value("suite", dir.filename().string());
  set.manifest.codebook = codebook_from(doc.value("codebook", std::string("free")));
  if (format == "tabari") {
    if (profile_hint) *profile_hint = "tabari";
    return load_tabari(dir, dicts, set, diags);
  }
  if (format != "petrarch") return suite_error(diags, manifest, "suite.json: unknown dictionary format '" + format + "'");
  std::string syntax_name = dicts.value("verbs_syntax", std::string());
  PetrarchVerbSyntax syntax = syntax_name == "petrarch1"   ? PetrarchVerbSyntax::kPetrarch1
                              : syntax_name == "petrarch2" ? PetrarchVerbSyntax::kPetrarch2
                                                           : PetrarchVerbSyntax::kAuto;
  PetrarchVerbSyntax used = syntax;
  Status s = load_petrarch(dir, dicts.value("files", json::object()), syntax, set, diags, &used);
  if (profile_hint) *profile_hint = petrarch_verb_syntax_name(used == PetrarchVerbSyntax::kAuto ? PetrarchVerbSyntax::kPetrarch1 : used);
  return s;
}

}  // namespace dyad
