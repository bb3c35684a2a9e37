// open_inputs and read_buffer: turn paths, folders, stdin or a buffer into a
// stream of ReadItems, choosing a parser per input.
//
// Memory: JSON Lines and TABARI inputs are streamed line by line (one record
// in memory at a time, lines capped by max_line_bytes). Plain text files are
// one story each and PETRARCH XML files are read whole (capped at 1 GiB),
// since a story's spans need its whole text and the XML record files are small.
#include <algorithm>
#include <filesystem>

#include "io/story_parsers.h"

namespace dyad {

namespace {

using io::LineReader;

constexpr size_t kMaxWholeFileBytes = size_t{1} << 30;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The extension after removing ".gz": ".jsonl", ".txt", ...
std::string_view story_extension(std::string_view path) {
  if (ends_with(path, ".gz")) path.remove_suffix(3);
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot);
}

bool is_story_file(std::string_view path) {
  std::string_view ext = story_extension(path);
  return ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext == ".ndjson" || ext == ".xml";
}

// First non-blank line of head that is not a '#' comment line.
std::string_view first_content_line(std::string_view head) {
  size_t pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    std::string_view line = head.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    std::string_view t = io::trim(line);
    if (!t.empty() && t[0] != '#') return line;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return {};
}

// Content sniffing. TABARI record files often open with '#' comment blocks,
// so those lines are passed over when looking for the first record header.
InputFormat sniff(std::string_view head, bool text_or_tabari_only) {
  if (!text_or_tabari_only) {
    std::string_view t = io::trim(head);
    if (!t.empty() && t[0] == '{') return InputFormat::kJsonl;
    if (!t.empty() && t[0] == '<' && head.find("<Sentence") != std::string_view::npos)
      return InputFormat::kPetrarchXml;
  }
  if (io::is_tabari_header(first_content_line(head))) return InputFormat::kTabari;
  return InputFormat::kText;
}

// By extension, then by content.
InputFormat detect(std::string_view path, LineReader* lines) {
  std::string_view ext = story_extension(path);
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".xml") return InputFormat::kPetrarchXml;
  bool text_like = ext == ".txt" || ext == ".text";
  return sniff(lines->peek(64 * 1024), text_like);
}

// Reads one input (a file, stdin or a buffer) in one format.
class SingleInput {
 public:
  SingleInput(std::string origin, InputFormat format, std::unique_ptr<LineReader> lines,
              const InputOptions& options)
      : origin_(std::move(origin)), format_(format), lines_(std::move(lines)), options_(options) {}

  bool next(ReadItem* item) {
    if (!started_) start();
    switch (format_) {
      case InputFormat::kJsonl: return next_jsonl(item);
      case InputFormat::kTabari: return tabari_->next(item);
      case InputFormat::kPetrarchXml: return next_xml(item);
      default: return next_whole(item);
    }
  }

 private:
  void start() {
    started_ = true;
    if (format_ == InputFormat::kAuto) format_ = detect(origin_, lines_.get());
    if (format_ == InputFormat::kTabari)
      tabari_ = std::make_unique<io::TabariRecordReader>(lines_.get(), origin_, options_);
    if (format_ == InputFormat::kJsonl) jsonl_ = std::make_unique<io::JsonlParser>();
    if (format_ == InputFormat::kPetrarchXml || format_ == InputFormat::kText) {
      std::string bytes;
      if (!lines_->read_all(&bytes, kMaxWholeFileBytes)) {
        failed_ = lines_->error();
        return;
      }
      if (format_ == InputFormat::kPetrarchXml)
        xml_ = std::make_unique<io::PetrarchXmlScanner>(std::move(bytes), origin_, options_);
      else
        whole_ = std::move(bytes);
    }
  }

  bool fail(ReadItem* item, uint64_t line, std::string reason) {
    *item = ReadItem{};
    item->error = io::make_error(origin_, line, "", std::move(reason));
    return true;
  }

  bool next_jsonl(ReadItem* item) {
    if (done_) return false;
    for (;;) {
      switch (lines_->next(&line_)) {
        case LineReader::Status::kEnd: return false;
        case LineReader::Status::kError:
          done_ = true;
          return fail(item, lines_->line_number(), "read error: " + lines_->error());
        case LineReader::Status::kTooLong:
          return fail(item, lines_->line_number(),
                      "line longer than " + std::to_string(options_.max_line_bytes) + " bytes");
        case LineReader::Status::kLine:
          if (io::is_blank(line_)) continue;
          *item = jsonl_->parse(&line_, origin_, lines_->line_number(), options_);
          return true;
      }
    }
  }

  bool next_xml(ReadItem* item) {
    if (done_) return false;
    if (!failed_.empty()) {
      done_ = true;
      return fail(item, 0, "read error: " + failed_);
    }
    if (xml_->next(item)) {
      ++records_;
      return true;
    }
    done_ = true;
    if (records_ == 0) return fail(item, 0, "no <Sentence> records found");
    return false;
  }

  bool next_whole(ReadItem* item) {
    if (done_) return false;
    done_ = true;
    if (!failed_.empty()) return fail(item, 0, "read error: " + failed_);
    bool named = !origin_.empty() && origin_ != "-";
    *item = io::parse_wire_text(std::move(whole_), origin_,
                                named ? io::story_id_from_path(origin_) : std::string(), options_);
    return true;
  }

  std::string origin_;
  InputFormat format_;
  std::unique_ptr<LineReader> lines_;
  InputOptions options_;
  bool started_ = false, done_ = false;
  std::string failed_;
  std::string line_;
  std::string whole_;
  uint64_t records_ = 0;
  std::unique_ptr<io::JsonlParser> jsonl_;
  std::unique_ptr<io::TabariRecordReader> tabari_;
  std::unique_ptr<io::PetrarchXmlScanner> xml_;
};

// All inputs in order, with sequence numbers across them.
class MultiReader : public StoryReader {
 public:
  MultiReader(std::vector<std::string> paths, std::vector<std::string> notes,
              const InputOptions& options)
      : paths_(std::move(paths)), notes_(std::move(notes)), options_(options) {}

  bool next(ReadItem* item) override {
    for (;;) {
      if (current_ && current_->next(item)) return emit(item);
      current_.reset();
      if (index_ < paths_.size()) {
        if (open(paths_[index_++], item)) return emit(item);
        continue;
      }
      if (emitted_ == 0 && !notes_.empty()) {  // nothing readable: say why once
        *item = ReadItem{};
        item->error = io::make_error("", 0, "", "no story files in the inputs");
        return emit(item);
      }
      return false;
    }
  }

 private:
  // Opens path as the current input; on failure fills *item with the error.
  bool open(const std::string& path, ReadItem* item) {
    std::string why;
    auto source = io::open_byte_source(path, &why);
    if (!source) {
      *item = ReadItem{};
      item->error = io::make_error(path, 0, "", "cannot open: " + why);
      return true;
    }
    auto lines = std::make_unique<LineReader>(std::move(source), options_.max_line_bytes);
    current_ = std::make_unique<SingleInput>(path, options_.format, std::move(lines), options_);
    return false;
  }

  bool emit(ReadItem* item) {
    item->seq = emitted_++;
    if (!notes_.empty()) {
      item->notes.insert(item->notes.begin(), notes_.begin(), notes_.end());
      notes_.clear();
    }
    return true;
  }

  std::vector<std::string> paths_;
  std::vector<std::string> notes_;
  InputOptions options_;
  size_t index_ = 0;
  uint64_t emitted_ = 0;
  std::unique_ptr<SingleInput> current_;
};

// Adds the story files under dir (recursively, sorted) to *paths.
Status expand_folder(const std::string& dir, std::vector<std::string>* paths,
                     std::vector<std::string>* notes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    found.push_back(it->path().string());
  }
  if (ec) return Status(ErrorCode::kIoError, "cannot list folder: " + ec.message(), {dir});
  std::sort(found.begin(), found.end());
  for (auto& f : found) {
    if (is_story_file(f)) paths->push_back(std::move(f));
    else notes->push_back("skipped " + f + ": not a story file (.txt .text .jsonl .ndjson .xml, or .gz)");
  }
  return Status::Ok();
}

}  // namespace

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kPetrarchXml: return "xml";
    case InputFormat::kTabari: return "tabari";
  }
  return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "xml" || name == "petrarch") return InputFormat::kPetrarchXml;
  if (name == "tabari") return InputFormat::kTabari;
  return std::nullopt;
}

Result<std::unique_ptr<StoryReader>> open_inputs(const std::vector<std::string>& inputs,
                                                 const InputOptions& options) {
  std::vector<std::string> paths, notes;
  if (inputs.empty()) paths.push_back("-");
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in.empty() || in == "-") {
      paths.push_back("-");
    } else if (std::filesystem::is_directory(in, ec)) {
      if (Status st = expand_folder(in, &paths, &notes); !st.ok()) return st;
    } else if (std::filesystem::exists(in, ec)) {
      paths.push_back(in);  // a file named explicitly is read whatever its extension
    } else {
      return Status(ErrorCode::kNotFound, "no such file or folder", {in});
    }
  }
  std::unique_ptr<StoryReader> reader =
      std::make_unique<MultiReader>(std::move(paths), std::move(notes), options);
  return reader;
}

std::vector<ReadItem> read_buffer(std::string_view bytes, std::string_view name,
                                  InputFormat format, const InputOptions& options) {
  auto lines = std::make_unique<LineReader>(io::memory_byte_source(bytes), options.max_line_bytes);
  SingleInput input(std::string(name), format, std::move(lines), options);
  std::vector<ReadItem> items;
  ReadItem item;
  while (input.next(&item)) {
    item.seq = items.size();
    items.push_back(std::move(item));
    item = ReadItem{};
  }
  return items;
}

}  // namespace dyad
