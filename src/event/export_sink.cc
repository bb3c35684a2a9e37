// The export formats as EventSinks, so `dyad code --output-format phoenix`
// writes what `dyad export --format phoenix` writes (each event one mention
// of one article, numbered in output order).
#include <mutex>

#include "dyad/frontend.h"
#include "dyad/store.h"

namespace dyad {
namespace {

// Loaded once per process: the codebook and country table never change
// during a run.
const ExportContext& shared_context() {
  static const ExportContext ctx = [] {
    std::vector<std::string> warnings;   // a sink has no channel for them: fields stay empty
    return ExportContext::load(data_dir(), &warnings);
  }();
  return ctx;
}

class ExportSink final : public EventSink {
 public:
  ExportSink(std::unique_ptr<EventExporter> exporter, std::ostream& out)
      : exporter_(std::move(exporter)), out_(out) {}

  Status write(const StoryResult& result) override {
    if (!failed_.ok()) return failed_;
    for (const Event& e : result.events) {
      StoredEvent se;
      se.row_id = ++counter_;
      se.event = e;
      se.num_mentions = e.mentions;
      se.story_ids = {e.story_id};
      if (result.story) {
        if (!result.story->url.empty()) se.urls = {result.story->url};
        if (!result.story->source.empty()) se.sources = {result.story->source};
      }
      if (Status s = exporter_->write(se); !s.ok()) return failed_ = s;
    }
    return check_stream();
  }

  Status finish() override {
    if (!failed_.ok()) return failed_;
    if (Status s = exporter_->finish(); !s.ok()) return failed_ = s;
    out_.flush();
    return check_stream();
  }

 private:
  // A failed stream (full disk, closed pipe) fails this and every later call.
  Status check_stream() {
    if (!out_) failed_ = Status(ErrorCode::kIoError, "write error on the output stream");
    return failed_;
  }

  std::unique_ptr<EventExporter> exporter_;
  std::ostream& out_;
  Status failed_;
  int64_t counter_ = 0;
};

}  // namespace

Result<std::unique_ptr<EventSink>> make_export_sink(std::string_view format, std::ostream& out) {
  auto exporter = make_exporter(format, out, shared_context());
  if (!exporter.ok()) return exporter.status();
  return std::unique_ptr<EventSink>(std::make_unique<ExportSink>(std::move(*exporter), out));
}

}  // namespace dyad
