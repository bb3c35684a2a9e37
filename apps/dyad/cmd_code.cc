// dyad code: read stories, code them with a dictionary set, write events in
// input order (JSON Lines or TSV).
#include <iostream>
#include <memory>
#include <string>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/reader.h"
#include "dyad/sink.h"

namespace dyad::cli {
namespace {

struct CodeCommand {
  InputGroup input;
  OutputGroup output;
  DictionaryGroup dictionary;
  bool all_modalities = false;
  int run();
};

// The CAMEO codebook table of the data directory; null when absent (codes then
// carry no Goldstein value or quad class, and the events say so by omission).
std::shared_ptr<const EventCodebook> load_codebook() {
  auto cb = EventCodebook::load(data_dir() + "/dict/cameo.txt");
  if (!cb.ok()) {
    std::cerr << "dyad: no CAMEO codebook (" << cb.status().to_string() << "); Goldstein and quad class omitted\n";
    return nullptr;
  }
  return std::make_shared<const EventCodebook>(std::move(*cb));
}

int CodeCommand::run() {
  auto opts = input.options();
  if (!opts.ok()) return fail(opts.status());
  auto profile = parse_profile(dictionary.profile);
  if (!profile) return fail("unknown profile: " + dictionary.profile);
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto frontend = FrontEnd::load();
  if (!frontend.ok()) return fail(frontend.status());
  auto dict = dictionary.load();
  if (!dict.ok()) return fail(dict.status());
  CoderOptions co;
  co.profile = *profile;
  co.all_modalities = all_modalities;
  co.code_titles = input.code_titles;
  Coder coder(*frontend, *dict, load_codebook(), co);
  auto sink = make_sink(output.format, output.out());
  if (!sink.ok()) return fail(sink.status());
  auto reader = open_inputs(input.inputs, *opts);
  if (!reader.ok()) return fail(reader.status());
  ReadItem item;
  while ((*reader)->next(&item)) {
    for (const auto& note : item.notes) std::cerr << "dyad: " << note << "\n";
    if (item.error) {
      output.report_error(*item.error);
      continue;
    }
    StoryResult r;
    r.seq = item.seq;
    r.story = &*item.story;
    r.events = coder.code(*item.story);
    if (Status s = (*sink)->write(r); !s.ok()) return fail(s);
  }
  if (Status s = (*sink)->finish(); !s.ok()) return fail(s);
  output.out().flush();
  if (!output.out()) return fail("write error on output");
  return output.errors_reported() ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(code, "code", "Code stories into events (who did what to whom)",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<CodeCommand>();
                        cmd->input.add_to(app);
                        cmd->output.add_to(app, {"jsonl", "tsv"});
                        cmd->dictionary.add_to(app);
                        app.add_flag("--all-modalities", cmd->all_modalities,
                                     "Emit negated and hypothetical events too (with negated/modality set)");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
