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
  explicit ExportSink(std::unique_ptr<EventExporter> exporter) : exporter_(std::move(exporter)) {}

  Status write(const StoryResult& result) override {
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
      if (Status s = exporter_->write(se); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status finish() override { return exporter_->finish(); }

 private:
  std::unique_ptr<EventExporter> exporter_;
  int64_t counter_ = 0;
};

}  // namespace

Result<std::unique_ptr<EventSink>> make_export_sink(std::string_view format, std::ostream& out) {
  auto exporter = make_exporter(format, out, shared_context());
  if (!exporter.ok()) return exporter.status();
  return std::unique_ptr<EventSink>(std::make_unique<ExportSink>(std::move(*exporter)));
}

}  // namespace dyad
