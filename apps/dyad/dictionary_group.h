// The dictionary option group every coding subcommand shares:
//   --dict DIR|FILE.bin        a dyad set folder or a compiled binary
//   --petrarch-verbs FILE --petrarch-actors FILE[,FILE...] --petrarch-agents FILE
//   --petrarch-discards FILE --petrarch-issues FILE --petrarch-ontology FILE
//   --petrarch-verbs-syntax auto|petrarch1|petrarch2
//   --tabari-project FILE      a TABARI .project (its actors, verbs, agents, options)
//   --suite DIR                a ../shared/eval suite folder (its suite.json names the files)
//   --profile NAME             recorded for the engine (auto|dyad|tabari|petrarch1|petrarch2)
// With none of them the bundled set is used: data_dir()/dict/dyad.bin, else the
// text set data_dir()/dict/dyad.
#ifndef DYAD_APPS_DICTIONARY_GROUP_H_
#define DYAD_APPS_DICTIONARY_GROUP_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/coder_options.h"
#include "dyad/dictionary.h"
#include "dyad/status.h"

namespace dyad::cli {

struct DictionaryGroup {
  std::string dict;
  std::string petrarch_verbs;
  std::vector<std::string> petrarch_actors;
  std::string petrarch_agents, petrarch_discards, petrarch_issues, petrarch_ontology;
  std::string petrarch_verbs_syntax = "auto";
  std::string tabari_project;
  std::string suite;
  std::string profile = "auto";

  void add_to(CLI::App& app);

  // True when peer files (not a dyad set) were named.
  bool peer() const;
  // What the options name, as a description for messages ("dict/dyad", "TABARI project x").
  std::string describe() const;

  // Reads the source model. `bin` (optional) receives a loaded binary when
  // --dict names one (then `set` is its decompiled model). Diagnostics of bad
  // lines accumulate; the Status fails only when nothing could be read.
  Status read(DictionarySet* set, std::vector<Diagnostic>* diags,
              std::shared_ptr<const CompiledDictionary>* bin = nullptr) const;

  // The compiled dictionary the options name (the bundled one by default).
  // Errors in the dictionary text are printed on stderr as warnings; they do
  // not stop loading (the bad lines are skipped).
  Result<std::shared_ptr<const CompiledDictionary>> load() const;

  // A Coder over the front end, these dictionaries and the CAMEO codebook of
  // the data dir, with --profile applied on top of `options`. Without a
  // codebook the events carry no Goldstein value or quad class (a note says so
  // on stderr unless `quiet`).
  Result<std::unique_ptr<Coder>> make_coder(CoderOptions options, bool quiet = false) const;
};

}  // namespace dyad::cli

#endif  // DYAD_APPS_DICTIONARY_GROUP_H_
