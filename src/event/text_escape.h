// Internal helpers shared by the event writers: JSON and TSV string escaping,
// number formatting, and the per-event serialisers that append to a buffer.
//
// Everything here appends to a caller-owned std::string so that a sink can
// reuse one buffer for many events (the writers are on the hot path). All
// functions are pure and thread-safe.
#ifndef DYAD_EVENT_TEXT_ESCAPE_H_
#define DYAD_EVENT_TEXT_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dyad/event.h"

namespace dyad::internal {

// Length of the maximal ill-formed subsequence starting at s[0] (Unicode 15
// section 3.9 "U+FFFD substitution of maximal subparts"), or 0 when s starts with a
// well-formed UTF-8 sequence. s must not be empty.
size_t invalid_utf8_prefix(std::string_view s);

// True when all of s is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

// Appends s as a JSON string literal, quotes included. Invalid UTF-8 becomes
// \ufffd (one per maximal ill-formed subsequence).
void append_json_string(std::string& out, std::string_view s);

// Appends a double as a JSON number: shortest round-trip digits, always with a
// '.' or exponent so readers see a float ("1.0", not "1"); NaN and infinities,
// which JSON cannot express, become null.
void append_json_double(std::string& out, double v);

// Appends s as one TSV field: '\\' -> "\\\\", tab -> "\\t", newline -> "\\n",
// carriage return -> "\\r"; invalid UTF-8 becomes U+FFFD (bytes EF BF BD).
// When list_item is true ';' becomes "\\;" too (lists are joined with ';').
void append_tsv_field(std::string& out, std::string_view s, bool list_item = false);

// One event as one line (no newline).
void append_event_json(std::string& out, const Event& e);
void append_event_tsv(std::string& out, const Event& e);

}  // namespace dyad::internal

#endif  // DYAD_EVENT_TEXT_ESCAPE_H_
