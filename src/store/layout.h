// A story's layout as JSON: what the readers worked out beyond its text (body
// and metadata spans, dateline, origin file and line). The store keeps it per
// story and coded-story files carry it, so a story read back analyses exactly
// the regions the first read found.
#ifndef DYAD_STORE_LAYOUT_H_
#define DYAD_STORE_LAYOUT_H_

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "dyad/story.h"

namespace dyad::store {

// [[begin, end], ...]
nlohmann::json spans_json(const std::vector<Span>& spans);
nlohmann::json layout_to_json(const Story& s);
// The JSON text stored in stories.layout (invalid UTF-8 replaced, not thrown).
std::string layout_json(const Story& s);
// Set the layout members of *s from layout_to_json's object (apply_layout) or
// its text (restore_layout); a damaged layout only loses regions.
void apply_layout(const nlohmann::json& j, Story* s);
void restore_layout(std::string_view text, Story* s);

// A story's sentences as stories.sentences keeps them: [[begin, end], ...]
// with a third element "title" for a sentence of the title; a sentence's
// index is its position, so sentences must come numbered 0, 1, 2, ...
// (sentences_json refuses others, naming the first that is not).
Result<std::string> sentences_json(const std::vector<StoredSentence>& sentences);
Result<std::vector<StoredSentence>> sentences_from_json(std::string_view text);

}  // namespace dyad::store

#endif  // DYAD_STORE_LAYOUT_H_
