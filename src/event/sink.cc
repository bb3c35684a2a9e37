// The "jsonl" and "tsv" event sinks.
//
// Both serialise into one reused buffer and hand it to the stream in large
// writes (an ostream call per field would dominate the cost). A stream error
// is sticky: once a write fails, every later write() and finish() returns the
// same Status, so the caller sees it whichever call it checks.
#include <algorithm>
#include <array>
#include <string>

#include "dyad/sink.h"
#include "dyad/store.h"
#include "event/text_escape.h"

namespace dyad {

namespace {

constexpr size_t kFlushBytes = 1 << 16;   // hand the stream ~64 KiB at a time
// jsonl and tsv are written here; the exchange formats (phoenix, gdelt, plover,
// csv) by the exporters in export_sink.cc, which share the store's conventions.
constexpr std::array<std::string_view, 7> kSinkNames = {"jsonl", "tsv", "table", "phoenix", "gdelt", "plover", "csv"};

// Buffering, ordering checks and error handling shared by the two formats;
// subclasses only say how one event becomes one line.
class LineSink : public EventSink {
 public:
  explicit LineSink(std::ostream& out) : out_(out) { buffer_.reserve(kFlushBytes * 2); }

  Status write(const StoryResult& result) override {
    if (!status_.ok()) return status_;
    if (result.seq < last_seq_) {
      // The pipeline must deliver in input order; writing anyway would break
      // the documented ordering of the output silently.
      return Status(ErrorCode::kInternal, "sink received story seq " + std::to_string(result.seq) +
                                              " after seq " + std::to_string(last_seq_));
    }
    last_seq_ = result.seq;
    start();
    for (const Event& e : result.events) {
      append_line(buffer_, e);
      buffer_ += '\n';
      if (buffer_.size() >= kFlushBytes) drain();
    }
    return status_;
  }

  Status finish() override {
    if (!status_.ok()) return status_;
    start();
    drain();
    if (status_.ok()) {
      out_.flush();
      check_stream();
    }
    return status_;
  }

 protected:
  virtual void append_line(std::string& out, const Event& e) = 0;
  // Text written once before the first event (the TSV header).
  virtual void append_preamble(std::string& /*out*/) {}

 private:
  void start() {
    if (started_) return;
    started_ = true;
    append_preamble(buffer_);
  }

  void drain() {
    if (buffer_.empty()) return;
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    check_stream();
  }

  void check_stream() {
    if (!out_.good() && status_.ok()) {
      status_ = Status(ErrorCode::kIoError, "writing events failed (output stream error)");
    }
  }

  std::ostream& out_;
  std::string buffer_;
  Status status_;
  uint64_t last_seq_ = 0;
  bool started_ = false;
};

class JsonlSink final : public LineSink {
 public:
  using LineSink::LineSink;

 protected:
  void append_line(std::string& out, const Event& e) override { internal::append_event_json(out, e); }
};

class TsvSink final : public LineSink {
 public:
  using LineSink::LineSink;

 protected:
  void append_line(std::string& out, const Event& e) override { internal::append_event_tsv(out, e); }
  void append_preamble(std::string& out) override {
    out += tsv_header();
    out += '\n';
  }
};

class TableSink final : public LineSink {
 public:
  using LineSink::LineSink;

 protected:
  void append_line(std::string& out, const Event& e) override {
    out += event_to_table_row(e, std::to_string(e.mentions));
  }
  void append_preamble(std::string& out) override {
    out += table_header();
    out += '\n';
  }
};

}  // namespace

std::vector<std::string_view> sink_names() { return {kSinkNames.begin(), kSinkNames.end()}; }

Result<std::unique_ptr<EventSink>> make_sink(std::string_view name, std::ostream& out) {
  if (name == "jsonl") return std::unique_ptr<EventSink>(std::make_unique<JsonlSink>(out));
  if (name == "tsv") return std::unique_ptr<EventSink>(std::make_unique<TsvSink>(out));
  if (name == "table") return std::unique_ptr<EventSink>(std::make_unique<TableSink>(out));
  if (std::find(kSinkNames.begin(), kSinkNames.end(), name) != kSinkNames.end()) return make_export_sink(name, out);
  std::string message = "unknown output format \"" + std::string(name) + "\" (valid:";
  for (std::string_view n : kSinkNames) {
    message += ' ';
    message += n;
  }
  message += ')';
  return Status(ErrorCode::kInvalidArgument, message);
}

}  // namespace dyad
