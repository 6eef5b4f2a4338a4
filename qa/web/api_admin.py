"""Token-guarded writes the pages use: delete or re-ingest an article, decide a merge
candidate or a newly found name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from flask import Blueprint, jsonify, request

from ingest.document import Article, IngestError
from kg.namespaces import ID, SCHEMA, article_iri
from kg.review import decide, decide_entity, list_candidates
from qa.browse import article_view
from qa.web.auth import requires_token
from qa.web.context import services

bp = Blueprint("admin", __name__)


ENTITY_PREFIX = str(ID)
SAFE_IRI = re.compile(r"[^\s<>\"{}|\\^`]+")


def _error(status: int, message: str) -> Any:
    return jsonify({"error": message}), status


@bp.delete("/api/articles/<article_id>")
@requires_token("deletes")
def delete_article(article_id: str) -> Any:
    svc = services()
    if article_view(svc.store, article_id) is None:
        return _error(404, f"no article {article_id}")
    with svc.store.write_lock:
        svc.ingestor.delete(article_id)
    return jsonify({"article_id": article_id, "status": "deleted"})


@bp.post("/api/articles/<article_id>/reingest")
@requires_token("re-ingests")
def reingest_article(article_id: str) -> Any:
    """Run today's pipeline (catalog, rules, review decisions) again over the stored text."""
    svc = services()
    article = stored_article(article_id)
    if article is None:
        return _error(404, f"no article {article_id}")
    with svc.store.write_lock:
        svc.ingestor.ensure_reference_graphs()
        try:
            result = svc.ingestor.ingest_article(article, article_iri(article_id), force=True)
        except IngestError as exc:
            return _error(400, str(exc))
    return jsonify(asdict(result))


def stored_article(article_id: str) -> Article | None:
    store = services().store
    view = article_view(store, article_id)
    if view is None:
        return None
    rows = store.select(f"SELECT ?a WHERE {{ GRAPH ?g {{ <{view['iri']}> <{SCHEMA.author}> ?a }} }}")
    return Article(
        id=article_id, body=view["text"] or "", title=view["title"] or article_id, lang=view["lang"] or "en",
        url=view["url"], date=view["date"], source=view["publisher"], authors=tuple(str(r["a"]) for r in rows),
        origin=view["iri"],
    )


@bp.get("/api/review")
def review_list() -> Any:
    state = request.args.get("state", "open")
    if state not in ("open", "accepted", "rejected", "all"):
        return _error(400, "state must be open, accepted, rejected or all")
    found = list_candidates(services().store, None if state == "all" else state)
    return jsonify({"candidates": [asdict(c) for c in found]})


@bp.post("/api/review/entities")
@requires_token("review decisions")
def review_entity() -> Any:
    """`{"entity": IRI, "decision": "accept"|"reject"}` for a newly found name."""
    svc = services()
    body = request.get_json(silent=True)
    entity = body.get("entity") if isinstance(body, dict) else None
    decision = body.get("decision") if isinstance(body, dict) else None
    if not isinstance(entity, str) or not entity.startswith(ENTITY_PREFIX) or decision not in ("accept", "reject"):
        return _error(400, f'send JSON {{"entity": "{ENTITY_PREFIX}…", "decision": "accept"|"reject"}}')
    if not SAFE_IRI.fullmatch(entity):
        return _error(400, "entity IRI has characters an IRI cannot hold")
    return _decision(lambda: {"entity": entity, "state": decide_entity(svc.store, entity, decision == "accept")})


@bp.post("/api/review/<cid>")
@requires_token("review decisions")
def review_decide(cid: str) -> Any:
    """`{"decision": "accept"|"reject"}`: accepting records owl:sameAs in the review graph."""
    svc = services()
    body = request.get_json(silent=True)
    decision = body.get("decision") if isinstance(body, dict) else None
    if decision not in ("accept", "reject"):
        return _error(400, 'send JSON {"decision": "accept"} or {"decision": "reject"}')
    return _decision(lambda: asdict(decide(svc.store, cid, decision == "accept")))


def _decision(write: Callable[[], dict[str, Any]]) -> Any:
    """Run one review write under the store's write lock; an unknown target is a 404."""
    with services().store.write_lock:
        try:
            return jsonify(write())
        except KeyError as exc:
            return _error(404, str(exc.args[0]))
