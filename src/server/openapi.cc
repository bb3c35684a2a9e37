// The OpenAPI 3.0 description served at /openapi.json, written by hand next to
// the routes it describes; a unit test checks that it parses and that its
// paths are exactly the route table's.
#include "dyad/server.h"

namespace dyad {

std::string_view Api::openapi_json() {
  static constexpr std::string_view kDoc = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "dyad API",
    "version": "1",
    "description": "Coded political events (CAMEO: who did what to whom, when, where) from a dyad store, and coding of stories on demand. Every 4xx/5xx answer is {\"error\": {\"status\", \"code\", \"message\"}}. Read endpoints are open unless the server runs with --auth all; POST /api/stories always needs the bearer token."
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "parameters": {
      "source": {"name": "source", "in": "query", "schema": {"type": "string"}, "description": "Source actor code prefix (CHN matches CHN, CHNGOV, ...)"},
      "target": {"name": "target", "in": "query", "schema": {"type": "string"}, "description": "Target actor code prefix"},
      "dyad": {"name": "dyad", "in": "query", "schema": {"type": "string"}, "example": "CHN,CAN", "description": "A,B: events A->B or B->A (prefixes)"},
      "from": {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "First day, inclusive (YYYY-MM-DD)"},
      "to": {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Last day, inclusive (YYYY-MM-DD)"},
      "code": {"name": "code", "in": "query", "schema": {"type": "string"}, "description": "Exact event code (\"041\")"},
      "root": {"name": "root", "in": "query", "schema": {"type": "string"}, "description": "CAMEO root (\"04\")"},
      "quad": {"name": "quad", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 4}, "description": "GDELT QuadClass"},
      "place": {"name": "place", "in": "query", "schema": {"type": "string"}, "description": "Country code (exact) or place name (case-insensitive)"},
      "text": {"name": "text", "in": "query", "schema": {"type": "string"}, "description": "Full-text words over the stories; all must occur; word* is a prefix"},
      "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}},
      "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
    },
    "responses": {
      "Error": {"description": "Any error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["status", "code", "message"], "properties": {"status": {"type": "integer"}, "code": {"type": "string", "example": "bad_request"}, "message": {"type": "string"}}}}},
      "Event": {"type": "object", "description": "The event record of docs/output.md (schema_version 1); store rows add row_id, num_mentions, num_sources, num_articles, story_ids, urls, sources"},
      "Story": {"type": "object", "required": ["text"], "properties": {"id": {"type": "string"}, "date": {"type": "string", "format": "date"}, "title": {"type": "string"}, "text": {"type": "string"}}, "additionalProperties": true},
      "CodedStory": {"type": "object", "properties": {"story": {"type": "object"}, "sentences": {"type": "array", "items": {"type": "object", "properties": {"index": {"type": "integer"}, "base": {"type": "string", "enum": ["text", "title"]}, "begin": {"type": "integer"}, "end": {"type": "integer"}}}}, "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}, "description": "Offsets are UTF-8 byte offsets into story.text (or story.title for base title)"}
    }
  },
  "paths": {
    "/health": {"get": {"summary": "Liveness and store check", "responses": {"200": {"description": "{\"status\": \"ok\"}"}, "503": {"$ref": "#/components/responses/Error"}}}},
    "/version": {"get": {"summary": "Program, coder, dictionary and schema versions", "responses": {"200": {"description": "Versions"}}}},
    "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3 JSON"}}}},
    "/api/events": {"get": {"summary": "Events matching the filter, by date then row id, paginated",
      "parameters": [{"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/target"}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/quad"}, {"$ref": "#/components/parameters/place"}, {"$ref": "#/components/parameters/text"}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
      "responses": {"200": {"description": "{total, limit, offset, events: [Event]}"}, "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/series": {"get": {"summary": "Per period and direction: events, counts per quad class, Goldstein sum and mean; empty periods as zeros",
      "parameters": [{"name": "by", "in": "query", "schema": {"type": "string", "enum": ["day", "week", "month", "year"], "default": "month"}}, {"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/target"}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/quad"}, {"$ref": "#/components/parameters/place"}, {"$ref": "#/components/parameters/text"}],
      "responses": {"200": {"description": "{by, points: [{period, direction, events, quad: [q1,q2,q3,q4], goldstein_sum, goldstein_mean}]}"}, "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/top": {"get": {"summary": "Top dyads, actors, codes or places by event count",
      "parameters": [{"name": "by", "in": "query", "schema": {"type": "string", "enum": ["dyad", "actor", "code", "place"], "default": "dyad"}}, {"name": "n", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 20}}, {"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/target"}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/quad"}, {"$ref": "#/components/parameters/place"}, {"$ref": "#/components/parameters/text"}],
      "responses": {"200": {"description": "{by, rows: [{key, events, goldstein_sum}]}"}, "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/stories/{id}": {"get": {"summary": "One stored story with its sentences and the events coded from it",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "CodedStory", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CodedStory"}}}}, "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/search": {"get": {"summary": "Full-text story search",
      "parameters": [{"name": "text", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"}],
      "responses": {"200": {"description": "{stories: [{id, date, title, source, url}]}"}, "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/code": {"post": {"summary": "Code one story without storing it",
      "parameters": [{"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Story date when the body has none (text/plain)"}, {"name": "id", "in": "query", "schema": {"type": "string"}, "description": "Story id for text/plain bodies"}],
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Story"}}, "text/plain": {"schema": {"type": "string"}}}},
      "responses": {"200": {"description": "CodedStory", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CodedStory"}}}}, "400": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
    "/api/stories": {"post": {"summary": "Code and store stories (idempotent by id and text hash)", "security": [{"bearer": []}],
      "parameters": [{"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}}, {"name": "id", "in": "query", "schema": {"type": "string"}}],
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/Story"}, {"type": "array", "items": {"$ref": "#/components/schemas/Story"}}]}}, "application/x-ndjson": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}}},
      "responses": {"200": {"description": "{stories: [{id, outcome: added|replaced|unchanged, events}], errors: [{line, id, reason}]}"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}}
  }
})json";
  return kDoc;
}

}  // namespace dyad
