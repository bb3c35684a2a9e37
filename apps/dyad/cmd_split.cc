// dyad split: read stories and print their sentences (and, on request, tokens
// with tags and lemmas) with exact byte spans. Shows what the text front end
// sees before any coding.
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli.h"
#include "dyad/frontend.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"

namespace dyad::cli {
namespace {

struct SplitCommand {
  InputGroup input;
  OutputGroup output;
  ParallelGroup parallel;

  int run();
  void write_sentence(const AnalyzedStory& a, const Sentence& s, std::string* out) const;
};

// What a worker hands to the ordered writer: the formatted lines of one story,
// or the record to report as skipped.
struct SplitResult {
  ReadItem item;
  std::string lines;
};

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    bool ws = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string slice(std::string_view base, Span span) {
  return std::string(base.substr(span.begin, span.size()));
}

void SplitCommand::write_sentence(const AnalyzedStory& a, const Sentence& s, std::string* lines) const {
  std::ostringstream out;
  std::string_view base = a.base_text(s.base);
  const std::string& id = a.story->id;
  if (output.format == "jsonl") {
    nlohmann::json j;
    j["story_id"] = id;
    j["sentence"] = s.index;
    j["base"] = text_base_name(s.base);
    j["span"] = {s.span.begin, s.span.end};
    j["text"] = slice(base, s.span);
    auto& tokens = j["tokens"] = nlohmann::json::array();
    for (const Token& t : s.tokens) {
      tokens.push_back({{"text", slice(base, t.span)}, {"span", {t.span.begin, t.span.end}},
                        {"pos", pos_name(t.pos)}, {"lemma", t.lemma}});
    }
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    *lines += out.str();
    return;
  }
  out << id << "\t" << s.index << "\t" << text_base_name(s.base) << ":" << s.span.begin << "-" << s.span.end << "\t";
  if (output.format == "tokens") {
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      out << (i ? " " : "") << base.substr(t.span.begin, t.span.size()) << "/" << pos_name(t.pos);
    }
  } else {
    out << one_line(base.substr(s.span.begin, s.span.size()));
  }
  out << "\n";
  *lines += out.str();
}

int SplitCommand::run() {
  auto opts = input.options();
  if (!opts.ok()) return fail(opts.status());
  auto pipeline = parallel.options();
  if (!pipeline.ok()) return fail(pipeline.status());
  auto shard = parallel.parsed_shard();
  if (!shard.ok()) return fail(shard.status());
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto frontend = FrontEnd::load();
  if (!frontend.ok()) return fail(frontend.status());
  auto reader = open_inputs(input.inputs, *opts);
  if (!reader.ok()) return fail(reader.status());

  const FrontEnd& fe = **frontend;
  auto work = [&](ReadItem&& item) {
    SplitResult r{std::move(item), {}};
    if (r.item.story && (!*shard || (*shard)->owns(r.item.story->id))) {
      AnalyzedStory a = fe.analyze(*r.item.story, input.code_titles);
      for (const Sentence& s : a.sentences) write_sentence(a, s, &r.lines);
    }
    return r;
  };
  auto emit = [&](SplitResult&& r) {
    for (const auto& note : r.item.notes) std::cerr << "dyad: " << note << "\n";
    if (r.item.error) {
      output.report_error(*r.item.error);
      return Status::Ok();
    }
    for (const auto& w : r.item.story->warnings) std::cerr << "dyad: " << r.item.story->id << ": " << w << "\n";
    output.out() << r.lines;
    return output.out() ? Status::Ok() : Status(ErrorCode::kIoError, "write error on output");
  };
  Status s = run_ordered<SplitResult>(**reader, *pipeline, work, emit);
  if (!s.ok()) return fail(s);
  output.out().flush();
  if (!output.out()) return fail("write error on output");
  return output.errors_reported() ? kExitSkipped : kExitOk;
}

}  // namespace

DYAD_REGISTER_COMMAND(split, "split", "Split stories into sentences and tokens (with tags) and print them",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<SplitCommand>();
                        cmd->output.format = "text";
                        cmd->input.add_to(app);
                        cmd->output.add_to(app, {"text", "tokens", "jsonl"});
                        cmd->parallel.add_to(app);
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
