// Write and coding routes: POST /api/code (code a story, store nothing) and
// POST /api/stories (code and store; bearer token checked by the router).
#include <string>

#include "dyad/reader.h"
#include "server/server_internal.h"

namespace dyad::server {
namespace {

// A body read into stories, or the response that explains why not.
struct ParsedBody {
  std::vector<ReadItem> items;
  std::optional<ApiResponse> error;
};

std::string header(const ApiRequest& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? std::string() : it->second;
}

bool media_is(const std::string& content_type, std::string_view type) {
  std::string t = content_type.substr(0, content_type.find(';'));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  for (char& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return t == type;
}

// A JSON object or array of objects -> one JSON Lines buffer, so the stories
// go through the same reader as `dyad code` input (same fields, same errors).
Result<std::string> json_to_lines(const std::string& body) {
  auto j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status(ErrorCode::kParseError, "the body is not valid JSON");
  if (j.is_object()) j = nlohmann::json::array({j});
  if (!j.is_array()) return Status(ErrorCode::kParseError, "expected a JSON story object or an array of them");
  std::string lines;
  for (const auto& s : j) {
    lines += s.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    lines += '\n';
  }
  return lines;
}

ParsedBody parse_body(const RequestContext& c, const Params& p) {
  ParsedBody out;
  if (Status s = p.check_known({"date", "id"}); !s.ok()) {
    out.error = status_response(s);
    return out;
  }
  InputOptions opts;
  if (auto d = p.get("date"); d && !d->empty()) {
    opts.default_date = Date::parse_iso(*d);
    if (!opts.default_date) {
      out.error = error_response(400, "parameter 'date': expected YYYY-MM-DD, got \"" + *d + "\"");
      return out;
    }
  }
  if (c.request.body.empty()) {
    out.error = error_response(400, "empty body: send a JSON story {id,date,title,text} or text/plain");
    return out;
  }
  std::string type = header(c.request, "content-type");
  if (media_is(type, "text/plain")) {
    std::string id = p.get("id").value_or("");
    out.items = read_buffer(c.request.body, id.empty() ? "pasted.txt" : id + ".txt", InputFormat::kText, opts);
  } else if (media_is(type, "application/x-ndjson") || media_is(type, "application/jsonl")) {
    out.items = read_buffer(c.request.body, "request", InputFormat::kJsonl, opts);
  } else if (type.empty() || media_is(type, "application/json")) {
    auto lines = json_to_lines(c.request.body);
    if (!lines.ok()) {
      out.error = status_response(lines.status());
      return out;
    }
    out.items = read_buffer(*lines, "request", InputFormat::kJsonl, opts);
  } else {
    out.error = error_response(415, "unsupported Content-Type \"" + type +
                                        "\": use application/json, application/x-ndjson or text/plain");
  }
  return out;
}

nlohmann::json record_error_json(const RecordError& e) {
  return {{"line", e.line}, {"id", e.record_id}, {"reason", e.reason}};
}

// Analyses and codes one story; the sentences as the store keeps them.
std::vector<Event> code_story(const CodingKit& kit, const Story& story, std::vector<StoredSentence>* sentences) {
  AnalyzedStory a = kit.frontend->analyze(story, kit.coder->options().code_titles);
  for (const Sentence& s : a.sentences) sentences->push_back(StoredSentence{s.index, s.base, s.span});
  return kit.coder->code_analyzed(a);
}

nlohmann::json sentences_json(const std::vector<StoredSentence>& sentences) {
  nlohmann::json out = nlohmann::json::array();
  for (const StoredSentence& s : sentences) {
    out.push_back({{"index", s.index}, {"base", text_base_name(s.base)}, {"begin", s.span.begin}, {"end", s.span.end}});
  }
  return out;
}

const char* outcome_name(PutOutcome o) {
  switch (o) {
    case PutOutcome::kAdded: return "added";
    case PutOutcome::kReplaced: return "replaced";
    case PutOutcome::kUnchanged: return "unchanged";
  }
  return "unchanged";
}

}  // namespace

ApiResponse route_code(const RequestContext& c) {
  Params p(c.request);
  ParsedBody body = parse_body(c, p);
  if (body.error) return *body.error;
  if (body.items.size() != 1) {
    return error_response(400, "POST /api/code codes one story; got " + std::to_string(body.items.size()) +
                                   " (use POST /api/stories for several)");
  }
  const ReadItem& item = body.items.front();
  if (item.error) return error_response(400, "the story could not be read: " + item.error->reason);
  auto kit = c.api.current_kit();
  std::vector<StoredSentence> sentences;
  std::vector<Event> events = code_story(*kit, *item.story, &sentences);
  nlohmann::json ej = nlohmann::json::array();
  for (const Event& e : events) ej.push_back(event_json(e));
  return json_response({{"story", story_json(*item.story)},
                        {"sentences", sentences_json(sentences)},
                        {"events", std::move(ej)},
                        {"warnings", item.story->warnings},
                        {"dictionary", kit->dict_version}});
}

ApiResponse route_ingest(const RequestContext& c) {
  Params p(c.request);
  ParsedBody body = parse_body(c, p);
  if (body.error) return *body.error;
  auto kit = c.api.current_kit();
  auto lease = c.api.pool->acquire();
  if (!lease.ok()) return status_response(lease.status());
  RunInfo run{kit->dict_version, coder_version(), "serve"};
  nlohmann::json stored = nlohmann::json::array();
  nlohmann::json errors = nlohmann::json::array();
  for (const ReadItem& item : body.items) {
    if (item.error) {
      errors.push_back(record_error_json(*item.error));
      continue;
    }
    std::vector<StoredSentence> sentences;
    std::vector<Event> events = code_story(*kit, *item.story, &sentences);
    auto outcome = (*lease)->put_story(*item.story, sentences, events, run);
    if (!outcome.ok()) {
      errors.push_back({{"line", item.story->line}, {"id", item.story->id}, {"reason", outcome.status().message()}});
      continue;
    }
    stored.push_back({{"id", item.story->id}, {"outcome", outcome_name(*outcome)}, {"events", events.size()}});
  }
  if (stored.empty()) {
    std::string why = errors.empty() ? "no story in the body" : errors.front()["reason"].get<std::string>();
    return error_response(400, "no story could be stored: " + why);
  }
  return json_response({{"stories", std::move(stored)}, {"errors", std::move(errors)}});
}

}  // namespace dyad::server
