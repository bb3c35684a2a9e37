// Coded-story lines and the k-way merge of coded-story files (see
// include/dyad/coded_story.h). A line is
//   {"seq":N,"id":..,"date":"YYYY-MM-DD"|null,"title":..,"source":..,"url":..,
//    "text":..,"extra":"<the input's other fields, as JSON text>",
//    "layout":{...},"sentences":[[idx,"text"|"title",begin,end],...],
//    "dict_version":..,"coder_version":..,"events":[<event records>]}
// `extra` stays a string so its bytes come back exactly (as a parsed object
// its keys would be reordered); events are the records of docs/output.md.
#include "dyad/coded_story.h"

#include <nlohmann/json.hpp>

#include <optional>

#include "dyad/sink.h"
#include "io/line_reader.h"
#include "store/layout.h"

namespace dyad {
namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json head_json(const CodedStory& c) {
  const Story& s = c.story;
  json j;
  j["seq"] = c.seq;
  j["id"] = s.id;
  j["date"] = s.date ? json(s.date->iso()) : json(nullptr);
  j["title"] = s.title;
  j["source"] = s.source;
  j["url"] = s.url;
  j["text"] = s.text;
  j["extra"] = s.extra_json;
  j["layout"] = store::layout_to_json(s);
  auto sentences = json::array();
  for (const StoredSentence& x : c.sentences) sentences.push_back({x.index, text_base_name(x.base), x.span.begin, x.span.end});
  j["sentences"] = std::move(sentences);
  j["dict_version"] = c.dict_version;
  j["coder_version"] = c.coder_version;
  return j;
}

Status fill_story(const json& j, CodedStory* c) {
  Story& s = c->story;
  c->seq = j.at("seq").get<uint64_t>();
  s.id = j.at("id").get<std::string>();
  if (j.at("date").is_string()) {
    s.date = Date::parse_iso(j["date"].get<std::string>());
    if (!s.date) return Status(ErrorCode::kParseError, "bad date");
  }
  s.title = j.at("title").get<std::string>();
  s.source = j.at("source").get<std::string>();
  s.url = j.at("url").get<std::string>();
  s.text = j.at("text").get<std::string>();
  s.extra_json = j.at("extra").get<std::string>();
  store::apply_layout(j.at("layout"), &s);
  for (const json& x : j.at("sentences")) {
    StoredSentence t;
    t.index = x.at(0).get<uint32_t>();
    t.base = x.at(1).get<std::string>() == "title" ? TextBase::kTitle : TextBase::kText;
    t.span = Span{x.at(2).get<uint32_t>(), x.at(3).get<uint32_t>()};
    c->sentences.push_back(t);
  }
  c->dict_version = j.at("dict_version").get<std::string>();
  c->coder_version = j.at("coder_version").get<std::string>();
  for (const json& e : j.at("events")) {
    auto ev = event_from_json(dump(e));
    if (!ev.ok()) return ev.status();
    c->events.push_back(std::move(*ev));
  }
  return Status::Ok();
}

}  // namespace

CodedStory code_story(const Coder& coder, Story story, uint64_t seq) {
  CodedStory c;
  c.seq = seq;
  AnalyzedStory a = coder.frontend().analyze(story, coder.options().code_titles);
  for (const Sentence& s : a.sentences) c.sentences.push_back(StoredSentence{s.index, s.base, s.span});
  c.events = coder.code_analyzed(a);
  c.story = std::move(story);
  c.dict_version = coder.dictionary().version();
  c.coder_version = coder_version();
  return c;
}

std::string coded_story_to_json(const CodedStory& c) {
  // The event records are event_to_json's own text, spliced in rather than
  // re-serialised, so they are byte for byte what `dyad code` prints.
  std::string line = dump(head_json(c));
  line.pop_back();  // the closing brace
  line += ",\"events\":[";
  for (size_t i = 0; i < c.events.size(); ++i) {
    if (i) line += ',';
    line += event_to_json(c.events[i]);
  }
  line += "]}";
  return line;
}

Result<CodedStory> coded_story_from_json(std::string_view line) {
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status(ErrorCode::kParseError, "coded story is not a JSON object");
  CodedStory c;
  try {
    if (Status s = fill_story(j, &c); !s.ok()) return s;
  } catch (const json::exception& ex) {
    // A missing member or one of the wrong type: this is not a coded-story line.
    return Status(ErrorCode::kParseError, std::string("coded story: ") + ex.what());
  }
  return c;
}

// ------------------------------------------------------------------ reader

namespace {

// One open file and the story it has read ahead.
struct CodedFile {
  std::string path;
  std::unique_ptr<io::LineReader> lines;
  std::optional<CodedStory> head;
  Status error;   // of the read-ahead, reported once the stories before it are out

  // Reads the next story into head (nullopt at the end).
  Status advance() {
    std::optional<uint64_t> last;
    if (head) last = head->seq;
    head.reset();
    std::string line;
    while (true) {
      auto r = lines->next(&line);
      if (r == io::LineReader::Status::kEnd) return Status::Ok();
      if (r == io::LineReader::Status::kError) return Status(ErrorCode::kIoError, path + ": " + lines->error());
      if (r == io::LineReader::Status::kTooLong) return failure("line too long");
      if (line.empty()) continue;
      auto c = coded_story_from_json(line);
      if (!c.ok()) return failure(c.status().message());
      if (last && c->seq <= *last) return failure("sequence numbers not ascending (not a file `dyad code --coded` wrote)");
      head = std::move(*c);
      return Status::Ok();
    }
  }

  Status failure(const std::string& why) const {
    return Status(ErrorCode::kParseError, path + ":" + std::to_string(lines->line_number()) + ": " + why);
  }
};

}  // namespace

struct CodedStoryReader::Impl {
  std::vector<CodedFile> files;
};

CodedStoryReader::CodedStoryReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CodedStoryReader::~CodedStoryReader() = default;

Result<std::unique_ptr<CodedStoryReader>> CodedStoryReader::open(const std::vector<std::string>& paths) {
  auto impl = std::make_unique<Impl>();
  for (const std::string& p : paths) {
    std::string why;
    auto source = io::open_byte_source(p, &why);
    if (!source) return Status(ErrorCode::kIoError, p + ": " + why);
    CodedFile f;
    f.path = p;
    // Coded lines hold whole stories: allow what the story readers allow, times a margin for events.
    f.lines = std::make_unique<io::LineReader>(std::move(source), size_t{256} << 20);
    if (Status s = f.advance(); !s.ok()) return s;
    impl->files.push_back(std::move(f));
  }
  return std::unique_ptr<CodedStoryReader>(new CodedStoryReader(std::move(impl)));
}

Result<bool> CodedStoryReader::next(CodedStory* out) {
  // A linear scan for the smallest head: shard counts are at most a few
  // hundred, and each story costs far more to store than to find.
  CodedFile* best = nullptr;
  for (CodedFile& f : impl_->files) {
    if (!f.error.ok()) return f.error;
    if (f.head && (!best || f.head->seq < best->head->seq)) best = &f;
  }
  if (!best) return false;
  *out = std::move(*best->head);
  best->head->seq = out->seq;  // advance() checks the order against it
  best->error = best->advance();
  return true;
}

}  // namespace dyad
