"""The OpenAPI 3.1 description served at /api/openapi.json (kept next to the routes)."""

from __future__ import annotations

from typing import Any

_ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
_EVIDENCE = {
    "type": "object",
    "properties": {
        "sentence": {"type": "string"}, "article": {"type": "string"}, "title": {"type": "string"},
        "url": {"type": ["string", "null"]}, "date": {"type": ["string", "null"]},
        "lang": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "citation": {"type": ["string", "null"]},
    },
}
_ANSWER = {
    "type": "object",
    "required": ["question", "lang", "answer", "answers", "evidence", "sparql", "confidence", "abstained"],
    "properties": {
        "question": {"type": "string"}, "lang": {"enum": ["ko", "en"]}, "answer": {"type": "string"},
        "answers": {"type": "array", "items": {"type": "object", "properties": {
            "label": {"type": "string"}, "iri": {"type": ["string", "null"]},
            "labels": {"type": "object", "properties": {"ko": {"type": "string"}, "en": {"type": "string"}}}}}},
        "evidence": {"type": "array", "items": _EVIDENCE},
        "sparql": {"type": ["string", "null"]}, "confidence": {"type": "number"}, "abstained": {"type": "boolean"},
    },
}


_RESULT = {
    "type": "object",
    "required": ["source", "status", "article_id", "title", "message", "entities", "relations", "claims"],
    "properties": {
        "source": {"type": "string", "description": "file name or URL (a feed's item URL)"},
        "status": {"enum": ["added", "replaced", "skipped", "duplicate", "error"],
                   "description": "duplicate: a copy of a stored article, linked to it with tkg:duplicateOf"},
        "article_id": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
        "message": {"type": ["string", "null"], "description": "why it failed, was skipped or is a duplicate"},
        "entities": {"type": "integer"}, "relations": {"type": "integer"}, "claims": {"type": "integer"},
    },
}
_JOB = {
    "type": "object",
    "required": ["job", "state", "total", "done", "results"],
    "properties": {
        "job": {"type": "string"}, "state": {"enum": ["queued", "running", "done", "failed"]},
        "total": {"type": "integer", "description": "items known so far (a feed counts its items)"},
        "done": {"type": "integer"}, "results": {"type": "array", "items": _RESULT},
        "error": {"type": "string", "description": "only when state is failed"},
    },
}
_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "trendkg", "version": "0.1.0",
             "description": "Bilingual (ko/en) knowledge graph and QA over tech-trend articles."},
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    "paths": {
        "/api/ask": {
            "post": {
                "summary": "Answer a question in Korean or English, with evidence and SPARQL",
                "requestBody": {"required": True, **_json({"type": "object", "required": ["question"],
                                "properties": {"question": {"type": "string", "maxLength": 500}}})},
                "responses": {"200": {"description": "answer", **_json(_ANSWER)},
                              "400": {"description": "bad question", **_json(_ERROR)}},
            },
            "get": {
                "summary": "Same as POST, question in ?q=",
                "parameters": [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "answer", **_json(_ANSWER)},
                              "400": {"description": "bad question", **_json(_ERROR)}},
            },
        },
        "/api/ingest": {
            "post": {
                "summary": "Ingest pasted text (JSON) or uploaded .md/.txt/.html files (multipart 'file') at once, "
                           "or web pages and RSS/Atom feeds ({\"urls\": [...]}) as a background job",
                "security": [{"bearer": []}],
                "requestBody": {"content": {
                    "application/json": {"schema": {"oneOf": [
                        {"type": "object", "required": ["text"], "properties": {
                            "text": {"type": "string"}, "title": {"type": "string"}, "lang": {"enum": ["ko", "en"]},
                            "date": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"},
                            "id": {"type": "string", "description": "article id; default from the title"},
                            "name": {"type": "string", "description": "file name whose stem is the id"}}},
                        {"type": "object", "required": ["urls"], "properties": {
                            "urls": {"type": "array", "minItems": 1, "maxItems": 100,
                                     "items": {"type": "string", "format": "uri"},
                                     "description": "http(s) pages or RSS/Atom feeds (a feed's items are fetched)"}}},
                    ]}},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}},
                "responses": {"200": {"description": "per-item results (text and files)", **_json(
                                  {"type": "object", "properties": {"results": {"type": "array", "items": _RESULT}}})},
                              "202": {"description": "URL job started; poll status_url", **_json(
                                  {"type": "object", "required": ["job", "status_url"],
                                   "properties": {"job": {"type": "string"}, "status_url": {"type": "string"}}})},
                              "400": {"description": "nothing ingested, or bad urls", **_json(_ERROR)},
                              "401": {"description": "no token", **_json(_ERROR)},
                              "403": {"description": "wrong token or writes disabled", **_json(_ERROR)},
                              "413": {"description": "upload too large", **_json(_ERROR)}},
            }
        },
        "/api/jobs/{job}": {
            "get": {
                "summary": "Progress and per-item results of a URL ingest job",
                "parameters": [{"name": "job", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the job", **_json(_JOB)},
                              "404": {"description": "unknown job", **_json(_ERROR)}},
            }
        },
        "/api/complete": {"get": {
            "summary": "SPARQL editor completion from the graph: entities by ko/en label or id, classes, predicates",
            "parameters": [
                {"name": "prefix", "in": "query", "required": True, "schema": {"type": "string", "maxLength": 100}},
                {"name": "kind", "in": "query", "schema": {"enum": ["entity", "class", "predicate"]}}],
            "responses": {"200": {"description": "{prefix, kind, items: [{text, label, detail}]}"},
                          "400": {"description": "bad kind or prefix", **_json(_ERROR)}}}},
        "/api/articles/{id}": {"delete": {
            "summary": "Delete an article (its named graph and vectors)", "security": [{"bearer": []}],
            "parameters": [_ID],
            "responses": {"200": {"description": "deleted"}, "401": {"description": "no token", **_json(_ERROR)},
                          "403": {"description": "wrong token", **_json(_ERROR)},
                          "404": {"description": "no such article", **_json(_ERROR)}}}},
        "/api/articles/{id}/reingest": {"post": {
            "summary": "Run the current pipeline again over the stored article text", "security": [{"bearer": []}],
            "parameters": [_ID],
            "responses": {"200": {"description": "the ingest result (status replaced)"},
                          "401": {"description": "no token", **_json(_ERROR)},
                          "404": {"description": "no such article", **_json(_ERROR)}}}},
        "/api/review": {"get": {
            "summary": "Cross-language merge candidates",
            "parameters": [{"name": "state", "in": "query",
                            "schema": {"enum": ["open", "accepted", "rejected", "all"]}}],
            "responses": {"200": {"description": "{candidates: [{id, source, target, label, score, state}]}"}}}},
        "/api/review/entities": {"post": {
            "summary": "Confirm or reject a newly found name (state recorded in the review graph)",
            "security": [{"bearer": []}],
            "requestBody": {"required": True, **_json({"type": "object", "required": ["entity", "decision"],
                            "properties": {"entity": {"type": "string", "format": "iri"},
                                           "decision": {"enum": ["accept", "reject"]}}})},
            "responses": {"200": {"description": "{entity, state}"},
                          "400": {"description": "bad body", **_json(_ERROR)},
                          "401": {"description": "no token", **_json(_ERROR)},
                          "404": {"description": "not a new entity", **_json(_ERROR)}}}},
        "/api/review/{id}": {"post": {
            "summary": "Accept (records owl:sameAs) or reject a merge candidate", "security": [{"bearer": []}],
            "parameters": [_ID],
            "requestBody": {"required": True, **_json({"type": "object", "required": ["decision"],
                            "properties": {"decision": {"enum": ["accept", "reject"]}}})},
            "responses": {"200": {"description": "the decided candidate"},
                          "400": {"description": "bad decision", **_json(_ERROR)},
                          "401": {"description": "no token", **_json(_ERROR)},
                          "404": {"description": "no such candidate", **_json(_ERROR)}}}},
        "/api/stats": {"get": {"summary": "Counts of articles, entities, relations, claims, triples",
                               "responses": {"200": {"description": "counts"}}}},
        "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "ok"}}}},
        "/api/openapi.json": {"get": {"summary": "This description", "responses": {"200": {"description": "OpenAPI"}}}},
        "/sparql": {
            "get": {"summary": "SPARQL 1.1 Protocol query (query=, default-graph-uri=, named-graph-uri=)",
                    "responses": {"200": {"description": "results"}, "400": {"description": "syntax error"},
                                  "503": {"description": "query time limit exceeded"}}},
            "post": {"summary": "SPARQL 1.1 Protocol query or update (update needs the bearer token)",
                     "responses": {"200": {"description": "results"}, "204": {"description": "updated"},
                                   "400": {"description": "syntax error"}, "401": {"description": "no token"}}},
        },
    },
}
