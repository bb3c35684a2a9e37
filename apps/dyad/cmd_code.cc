// dyad code: read stories, code them with a dictionary set, write events in
// input order (JSON Lines or TSV). Coding runs on the ordered parallel
// pipeline (-j N, default all cores): stories are coded on worker threads and
// written strictly in input order, so the output is byte-identical for any
// -j. --shard I/N keeps only the stories whose id hashes to I mod N, so that
// N independent runs (Slurm array tasks, say) together code the input once.
// --coded FILE also writes each coded story (text, layout, sentences, events)
// as one line for `dyad ingest --coded`, which stores shards without coding.
#include <fstream>
#include <iostream>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "cli.h"
#include "dictionary_group.h"
#include "dyad/codebook.h"
#include "dyad/coded_story.h"
#include "dyad/coder.h"
#include "dyad/frontend.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/sink.h"

namespace dyad::cli {
namespace {

struct CodeCommand {
  InputGroup input;
  OutputGroup output;
  DictionaryGroup dictionary;
  ParallelGroup parallel;
  bool all_modalities = false;
  bool no_story = false;
  std::string coded_path;   // --coded FILE
  int run();
};

// What a worker hands to the ordered writer: the record as read (story or
// error, plus reader notes) and the events coded from it. With --coded the
// story and its events live in `coded` instead (with the sentences).
struct Coded {
  ReadItem item;
  std::vector<Event> events;
  std::optional<CodedStory> coded;
  const Story* story() const { return coded ? &coded->story : item.story ? &*item.story : nullptr; }
};

bool owns_error(const std::optional<Shard>& shard, const RecordError& e) {
  if (!shard) return true;
  return e.record_id.empty() ? shard->index == 0 : shard->owns(e.record_id);
}

int CodeCommand::run() {
  auto opts = input.options();
  if (!opts.ok()) return fail(opts.status());
  auto pipeline = parallel.options();
  if (!pipeline.ok()) return fail(pipeline.status());
  auto shard = parallel.parsed_shard();
  if (!shard.ok()) return fail(shard.status());
  if (Status s = output.open(); !s.ok()) return fail(s);
  CoderOptions co;
  co.all_modalities = all_modalities;
  co.story_reasoning = !no_story;
  co.code_titles = input.code_titles;
  auto made = dictionary.make_coder(co);
  if (!made.ok()) return fail(made.status());
  const Coder& coder = **made;
  auto sink = make_sink(output.format, output.out());
  if (!sink.ok()) return fail(sink.status());
  auto reader = open_inputs(input.inputs, *opts);
  if (!reader.ok()) return fail(reader.status());
  std::ofstream coded_out;
  if (!coded_path.empty()) {
    coded_out.open(coded_path, std::ios::binary | std::ios::trunc);
    if (!coded_out) return fail("cannot write " + coded_path);
  }
  const bool keep_coded = !coded_path.empty();
  const std::optional<Shard>& sh = *shard;
  // Workers only code (Coder::code is const and thread-safe); everything that
  // writes (notes, errors, the sink) happens in emit, on this thread, in input
  // order -- which is what makes -j N print exactly what -j 1 prints.
  std::function<Coded(ReadItem&&)> work = [&](ReadItem&& item) {
    Coded c{std::move(item), {}, {}};
    if (!c.item.story || (sh && !sh->owns(c.item.story->id))) return c;
    if (!keep_coded) {
      c.events = coder.code(*c.item.story);
      return c;
    }
    c.coded = code_story(coder, std::move(*c.item.story), c.item.seq);
    c.item.story.reset();
    return c;
  };
  std::function<Status(Coded&&)> emit = [&](Coded&& c) -> Status {
    for (const auto& note : c.item.notes) std::cerr << "dyad: " << note << "\n";
    if (c.item.error) {
      // A bad record is reported by exactly one shard (by its id when the
      // reader found one, else by shard 0), so the union of the shards'
      // --errors files equals the errors of one run.
      if (owns_error(sh, *c.item.error)) output.report_error(*c.item.error);
      return Status::Ok();
    }
    if (sh && !sh->owns(c.story()->id)) return Status::Ok();
    if (c.coded) {
      coded_out << coded_story_to_json(*c.coded) << '\n';
      if (!coded_out) return Status(ErrorCode::kIoError, "write error on " + coded_path);
    }
    StoryResult r;
    r.seq = c.item.seq;
    r.story = c.story();
    r.events = c.coded ? c.coded->events : std::move(c.events);
    return (*sink)->write(r);
  };
  if (Status s = run_ordered<Coded>(**reader, *pipeline, work, emit); !s.ok()) return fail(s);
  if (Status s = (*sink)->finish(); !s.ok()) return fail(s);
  if (keep_coded && !coded_out.flush()) return fail("write error on " + coded_path);
  output.out().flush();
  if (!output.out()) return fail("write error on output");
  return output.errors_reported() ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(code, "code", "Code stories into events (who did what to whom)",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<CodeCommand>();
                        cmd->input.add_to(app);
                        cmd->output.add_to(app, {"jsonl", "tsv", "table", "phoenix", "gdelt", "plover", "csv"});
                        cmd->dictionary.add_to(app);
                        cmd->parallel.add_to(app);
                        app.add_flag("--all-modalities", cmd->all_modalities,
                                     "Emit negated and hypothetical events too (with negated/modality set)");
                        app.add_flag("--no-story", cmd->no_story,
                                     "Dyad profile: code each sentence on its own, without coreference across "
                                     "sentences, transcript turns, story dates and places or the within-story merge");
                        app.add_option("--coded", cmd->coded_path,
                                       "Also write each coded story (text, layout, sentences, events) as a JSON line "
                                       "to FILE, for `dyad ingest --coded`");
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
