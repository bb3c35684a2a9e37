#include "cli.h"

#include <fstream>
#include <iostream>

#include "dyad/sink.h"

namespace dyad::cli {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

int fail(const Status& s) { return fail(s.to_string()); }

int fail(const std::string& message) {
  std::cerr << "dyad: " << message << "\n";
  return kExitFatal;
}

void InputGroup::add_to(CLI::App& app) {
  app.add_option("INPUT", inputs,
                 "Files or folders (recursive: .txt .text .jsonl .ndjson .xml and .gz); '-' or none for stdin");
  app.add_option("--input-format", format, "auto|text|jsonl|petrarch-xml|tabari (auto: by extension and content)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "petrarch-xml", "tabari"}));
  app.add_option("--date", date, "YYYY-MM-DD for stories that carry no date");
  app.add_flag("--code-titles", code_titles, "Analyse and code story titles too (off by default)");
}

Result<InputOptions> InputGroup::options() const {
  InputOptions opt;
  auto f = parse_input_format(format);
  if (!f) return Status(ErrorCode::kInvalidArgument, "unknown --input-format '" + format + "'");
  opt.format = *f;
  if (!date.empty()) {
    auto d = Date::parse_iso(date);
    if (!d) return Status(ErrorCode::kInvalidArgument, "--date must be YYYY-MM-DD, got '" + date + "'");
    opt.default_date = *d;
  }
  return opt;
}

void OutputGroup::add_to(CLI::App& app, std::vector<std::string> formats) {
  std::string help = "Output format:";
  for (const auto& f : formats) help += " " + f;
  app.add_option("--output-format", format, help)->check(CLI::IsMember(formats));
  app.add_option("-o,--output", output, "Write to FILE instead of stdout");
  app.add_option("--errors", errors, "Write one JSON line per skipped record to FILE");
}

Status OutputGroup::open() {
  if (!output.empty() && output != "-") {
    auto f = std::make_unique<std::ofstream>(output, std::ios::binary);
    if (!*f) return Status(ErrorCode::kIoError, "cannot open output file '" + output + "'");
    out_file_ = std::move(f);
  }
  if (!errors.empty()) {
    auto f = std::make_unique<std::ofstream>(errors, std::ios::binary);
    if (!*f) return Status(ErrorCode::kIoError, "cannot open errors file '" + errors + "'");
    errors_file_ = std::move(f);
  }
  return Status::Ok();
}

std::ostream& OutputGroup::out() { return out_file_ ? *out_file_ : std::cout; }

void OutputGroup::report_error(const RecordError& e) {
  ++errors_reported_;
  std::cerr << "dyad: skipped " << e.file;
  if (e.line) std::cerr << ":" << e.line;
  if (!e.record_id.empty()) std::cerr << " (" << e.record_id << ")";
  std::cerr << ": " << e.reason << "\n";
  if (errors_file_) *errors_file_ << record_error_to_json(e) << "\n";
}

void ParallelGroup::add_to(CLI::App& app) {
  app.add_option("-j,--jobs", jobs, "Coding threads (default: all cores); output is identical for any value");
  app.add_option("--shard", shard, "Handle only stories whose id hashes to I mod N (I/N, e.g. 3/8)");
}

Result<PipelineOptions> ParallelGroup::options() const {
  PipelineOptions opt;
  opt.threads = jobs;
  return opt;
}

Result<std::optional<Shard>> ParallelGroup::parsed_shard() const {
  if (shard.empty()) return std::optional<Shard>();
  auto s = Shard::parse(shard);
  if (!s.ok()) return s.status();
  return std::optional<Shard>(*s);
}

}  // namespace dyad::cli
