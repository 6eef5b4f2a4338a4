"""REST API: ask, ingest (token), OpenAPI description, health."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, request

from ingest.document import IngestError
from ingest.readers import read_text
from qa.browse import stats
from qa.services import Services
from qa.web.auth import token_problem
from qa.web.openapi import OPENAPI

bp = Blueprint("api", __name__)


def services() -> Services:
    svc: Services = current_app.extensions["trendkg"]
    return svc


def error(status: int, message: str) -> Any:
    return jsonify({"error": message}), status


@bp.route("/api/ask", methods=["GET", "POST"])
def ask() -> Any:
    if request.method == "POST":
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return error(400, 'send JSON like {"question": "..."}')
        question = body.get("question")
    else:
        question = request.args.get("q")
    if not isinstance(question, str) or not question.strip():
        return error(400, "question is missing or empty")
    if len(question) > 500:
        return error(400, "question is longer than 500 characters")
    return jsonify(services().answerer.ask(question))


@bp.post("/api/ingest")
def ingest() -> Any:
    """Ingest one pasted text (JSON) or uploaded files (multipart); token required."""
    svc = services()
    problem = token_problem(svc.settings.token, "ingests")
    if problem:
        response = jsonify({"error": problem.message})
        response.headers.update(problem.headers)
        return response, problem.status
    items: list[tuple[bytes, str]] = []
    if request.files:
        items = [(f.read(), f.filename or "upload.txt") for f in request.files.getlist("file")]
    else:
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return error(400, 'send JSON {"text": "...", "title": "...", "lang": "ko|en"} or files')
        items = [(_as_markdown(body), str(body.get("name") or "pasted.md"))]
    results = []
    with svc.store.write_lock:
        svc.ingestor.ensure_reference_graphs()
        for data, name in items:
            try:
                article = read_text(data, name)
                result = svc.ingestor.ingest_article(article, name)
                results.append(result.__dict__)
            except IngestError as exc:
                results.append({"source": name, "status": "error", "message": str(exc)})
    failed = all(r["status"] == "error" for r in results)
    return jsonify({"results": results}), 400 if failed else 200


def _as_markdown(body: dict[str, Any]) -> bytes:
    meta = {k: body[k] for k in ("title", "lang", "date", "url", "source", "author", "id") if body.get(k)}
    if not meta:
        return str(body["text"]).encode("utf-8")
    import yaml

    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{body['text']}".encode()


@bp.get("/api/openapi.json")
def openapi() -> Any:
    return jsonify(OPENAPI)


@bp.get("/healthz")
def healthz() -> Any:
    """Cheap liveness: answers from the store without scanning it."""
    graphs = services().store.graph_iris()
    return jsonify({"status": "ok", "graphs": len(graphs)})


@bp.get("/api/stats")
def api_stats() -> Any:
    return jsonify(stats(services().store))
