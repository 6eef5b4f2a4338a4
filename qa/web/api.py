"""REST API: ask, ingest (token), OpenAPI description, health."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import Any

import yaml
from flask import Blueprint, current_app, jsonify, request

from ingest.document import IngestError, slugify
from ingest.readers import read_bytes
from ingest.web import is_url
from qa.browse import stats
from qa.complete import KINDS
from qa.web.auth import requires_token
from qa.web.context import services
from qa.web.jobs import JobRunner
from qa.web.openapi import OPENAPI

bp = Blueprint("api", __name__)
MAX_URLS = 100

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
@requires_token("ingests")
def ingest() -> Any:
    """Ingest one pasted text (JSON) or uploaded files (multipart), or start a URL job."""
    svc = services()
    body = request.get_json(silent=True) if not request.files else None
    if isinstance(body, dict) and "urls" in body:
        return _start_url_job(body["urls"])
    if request.files:
        items = [(f.read(), f.filename or "upload.txt") for f in request.files.getlist("file")]
        if not items:
            return error(400, "multipart upload without a 'file' field")
    else:
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return error(
                400, 'send JSON {"text": "...", "title": "...", "lang": "ko|en"}, {"urls": ["https://..."]} or files'
            )
        items = [(_as_markdown(body), _pasted_name(body))]
    results: list[dict[str, Any]] = []
    with svc.store.write_lock:
        svc.ingestor.ensure_reference_graphs()
        for data, name in items:
            try:
                result = svc.ingestor.ingest_article(read_bytes(data, name), name)
                results.append(asdict(result))
            except IngestError as exc:
                results.append({"source": name, "status": "error", "message": str(exc)})
    if all(r["status"] == "error" for r in results):
        return jsonify({"error": results[0]["message"], "results": results}), 400
    return jsonify({"results": results})


def _start_url_job(urls: object) -> Any:
    """Pages and feeds are fetched in the background: 202 and a job to poll."""
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        return error(400, '"urls" must be a non-empty list of http(s) URLs')
    if len(urls) > MAX_URLS:
        return error(400, f"at most {MAX_URLS} URLs per request")
    bad = next((u for u in urls if not is_url(u.strip())), None)
    if bad is not None:
        return error(400, f"not an http(s) URL: {bad[:200]!r}")
    job = _jobs().submit([u.strip() for u in urls])
    return jsonify({"job": job.id, "status_url": f"/api/jobs/{job.id}"}), 202


@bp.get("/api/jobs/<job_id>")
def job_status(job_id: str) -> Any:
    job = _jobs().get(job_id)
    if job is None:
        return error(404, f"no job {job_id}")
    return jsonify(job.to_json())


def _jobs() -> JobRunner:
    runner: JobRunner = current_app.extensions["trendkg_jobs"]
    return runner


def _pasted_name(body: dict[str, Any]) -> str:
    """A name whose stem becomes the article id: given, else from the title, else the text."""
    if body.get("name"):
        return str(body["name"])
    title = str(body.get("title") or "")
    stem = slugify(title) if title else "pasted-" + hashlib.sha1(str(body["text"]).encode()).hexdigest()[:10]
    return f"{stem}.md"


def _as_markdown(body: dict[str, Any]) -> bytes:
    meta = {k: body[k] for k in ("title", "lang", "date", "url", "source", "author", "id") if body.get(k)}
    if not meta:
        return str(body["text"]).encode("utf-8")
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{body['text']}".encode()


@bp.get("/api/complete")
def complete() -> Any:
    """Editor completion: `prefix` (a label start, `id:…`, `tkg:…`) and `kind` (entity|class|predicate)."""
    prefix, kind = request.args.get("prefix", ""), request.args.get("kind", "entity")
    if kind not in KINDS:
        return error(400, f"kind must be one of {', '.join(KINDS)}")
    if len(prefix) > 100:
        return error(400, "prefix is longer than 100 characters")
    return jsonify({"prefix": prefix, "kind": kind, "items": services().completer.complete(prefix, kind)})


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
