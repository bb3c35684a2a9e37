// Coded stories: a story together with everything coding worked out for it
// (its sentences, its events, the dictionary and coder versions), one JSON
// object per line. `dyad code --coded FILE` writes them; `dyad ingest --coded
// FILE...` stores them without coding again. That is the merge step of a
// sharded run (docs/cluster.md): N shards code, one job fills the store.
//
//   dyad::CodedStory c{seq, story, sentences, events, dict_version, coder_version};
//   out << dyad::coded_story_to_json(c) << '\n';
//   auto in = dyad::CodedStoryReader::open({"coded.0.jsonl", "coded.1.jsonl"});
//   while (true) { auto more = (*in)->next(&c); if (!more.ok() || !*more) break; ... }
//
// Each line carries the story's input sequence number (ReadItem::seq). Every
// shard reads the whole input, so a story has the same number in every
// shard, and merging the shard files by it restores the input order. The
// store's cross-story merge depends on arrival order, so that is what makes
// the merged store equal one `dyad ingest` of the input.
#ifndef DYAD_CODED_STORY_H_
#define DYAD_CODED_STORY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "dyad/story.h"

namespace dyad {

struct CodedStory {
  uint64_t seq = 0;                        // position in the input (ReadItem::seq)
  Story story;                             // text, metadata and layout as read
  std::vector<StoredSentence> sentences;   // as the front end split it
  std::vector<Event> events;               // as the coder produced them
  std::string dict_version;                // of the dictionaries that coded it
  std::string coder_version;
};

// Codes one story as `coder.code` does, keeping the sentences the front end
// found (the store keeps them). Safe to call from several threads at once.
CodedStory code_story(const Coder& coder, Story story, uint64_t seq);

// One line (no trailing newline). Story fields, the layout and the event
// records are kept exactly, so a stored round trip equals coding in place.
std::string coded_story_to_json(const CodedStory& c);
Result<CodedStory> coded_story_from_json(std::string_view line);

// Reads coded-story files (plain or gzip) and hands out their stories by
// ascending sequence number: a k-way merge, holding one story per file. Each
// file must be in ascending order, as `dyad code` writes it; a file that is
// not, or a line that does not parse, is an error naming file and line.
// Equal numbers (the same story in two files) come out in file order.
// Not thread-safe.
class CodedStoryReader {
 public:
  ~CodedStoryReader();
  CodedStoryReader(const CodedStoryReader&) = delete;
  CodedStoryReader& operator=(const CodedStoryReader&) = delete;

  static Result<std::unique_ptr<CodedStoryReader>> open(const std::vector<std::string>& paths);
  // True with *out filled; false at the end of every file.
  Result<bool> next(CodedStory* out);

  struct Impl;

 private:
  explicit CodedStoryReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_CODED_STORY_H_
