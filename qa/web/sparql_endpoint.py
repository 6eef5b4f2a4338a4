"""The SPARQL 1.1 Protocol endpoint at /sparql: queries for everyone, updates with a token.

Queries: GET ?query=, POST application/x-www-form-urlencoded (query=), POST
application/sparql-query; dataset via default-graph-uri / named-graph-uri (graphs already in
the store; URLs are never fetched). Updates: POST form (update=) or application/sparql-update,
with `Authorization: Bearer <settings.token>`; using-graph-uri / using-named-graph-uri apply.
Results follow the Accept header, or `format=` (json, xml, csv, tsv, turtle, ntriples,
nquads, rdfxml, jsonld) for a download.

Status codes: 400 malformed request or syntax error (JSON body with line/column), 401/403
auth, 405 other methods, 406 no acceptable format, 415 wrong or missing Content-Type or a
non-UTF-8 charset. A query over the time limit gets 503 Service Unavailable, not 504: 504
claims an upstream gateway timed out, while here this server itself stopped the work (it
killed the query's worker) and stays up; 503 says "not served now" without blaming a hop.
Errors are always JSON, never a 500 with a traceback.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from flask import Blueprint, Response, current_app, jsonify, render_template, request
from jinja2 import TemplateNotFound
from werkzeug.datastructures import MultiDict

from kg.sparql_runner import (
    FORMATS,
    BadRequest,
    NotAcceptable,
    QueryFailed,
    QueryTimeout,
    SparqlError,
    SparqlSyntaxError,
)
from qa.web.auth import token_problem
from qa.web.context import services

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
_EXTENSIONS = {"json": "srj", "xml": "srx", "turtle": "ttl", "ntriples": "nt", "nquads": "nq"}
_EXTENSIONS |= {"rdfxml": "rdf", "jsonld": "jsonld", "csv": "csv", "tsv": "tsv"}


class _Reject(Exception):
    """A protocol-level refusal: status, message and extra headers or JSON fields."""

    def __init__(
        self, status: int, message: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.headers, self.extra = status, message, headers, extra


def _error(
    status: int, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    response = jsonify({"error": message, **extra})
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


@bp.route("/sparql", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
def sparql() -> Any:
    try:
        return _handle()
    except _Reject as exc:
        return _error(exc.status, exc.message, exc.headers, **exc.extra)
    except SparqlSyntaxError as exc:
        return _error(400, str(exc), line=exc.line, column=exc.column)
    except NotAcceptable as exc:
        return _error(406, str(exc))
    except (BadRequest, QueryFailed) as exc:
        return _error(400, str(exc))
    except QueryTimeout as exc:
        return _error(503, str(exc))
    except SparqlError as exc:  # ServiceError: a worker crashed, the store is unreadable
        return _error(503, str(exc))
    except Exception:  # a bug must not leak a traceback to the client
        current_app.logger.exception("SPARQL request failed")
        return _error(503, "the SPARQL service failed unexpectedly; see the server log")


def _handle() -> Any:
    method = request.method
    if method not in ("GET", "HEAD", "POST"):
        raise _Reject(405, f"{method} is not allowed; use GET or POST", {"Allow": "GET, POST"})
    url = request.args
    if method in ("GET", "HEAD"):
        if "update" in url:
            raise _Reject(400, "updates must be sent with POST")
        if "query" not in url:
            if _wants_html():
                return _page()
            raise _Reject(400, "missing the 'query' parameter")
        return _query(url.getlist("query"), url)
    ctype = request.mimetype
    if ctype == FORM:
        _check_charset()
        params = MultiDict(list(url.items(multi=True)) + _form_pairs())
        queries, updates = params.getlist("query"), params.getlist("update")
        if queries and updates:
            raise _Reject(400, "send either 'query' or 'update', not both")
        if updates:
            return _update(updates, params)
        if queries:
            return _query(queries, params)
        raise _Reject(400, "missing the 'query' or 'update' parameter")
    if ctype in (QUERY_TYPE, UPDATE_TYPE):
        _check_charset()
        if "query" in url or "update" in url:
            raise _Reject(400, f"with {ctype} the operation goes in the body, not the URL")
        text = _utf8(request.get_data(cache=True))
        return _query([text], url) if ctype == QUERY_TYPE else _update([text], url)
    hint = f"use {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}"
    if not ctype:
        raise _Reject(415, f"a POST needs a Content-Type: {hint}")
    raise _Reject(415, f"unsupported Content-Type {ctype!r}: {hint}")


def _check_charset() -> None:
    charset = request.mimetype_params.get("charset")
    if charset and charset.strip().lower().replace("-", "").replace("_", "") != "utf8":
        raise _Reject(415, f"unsupported charset {charset!r}: SPARQL requests must be UTF-8")


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Reject(400, f"the request body is not valid UTF-8 ({exc.reason})") from None


def _form_pairs() -> list[tuple[str, str]]:
    body = _utf8(request.get_data(cache=True))
    try:
        return parse_qsl(body, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Reject(400, f"the form body is not valid UTF-8 URL encoding ({exc})") from None


def _query(queries: list[str], params: MultiDict[str, str]) -> Response:
    if len(queries) != 1:
        raise _Reject(400, f"exactly one 'query' parameter is allowed, got {len(queries)}")
    query = queries[0]
    if not query.strip():
        raise _Reject(400, "the query is empty")
    fmt = params.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise _Reject(400, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    accept = FORMATS[fmt] if fmt else request.headers.get("Accept")
    result = services().sparql.run(
        query,
        accept=accept,
        default_graph_uris=params.getlist("default-graph-uri"),
        named_graph_uris=params.getlist("named-graph-uri"),
        base_iri=request.base_url,
    )
    media_type = result.media_type
    if media_type.startswith("text/"):
        media_type += "; charset=utf-8"
    response = Response(result.body, status=200, content_type=media_type)
    response.vary.add("Accept")
    if fmt:
        name = f"query-result.{_EXTENSIONS[fmt]}"
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _update(updates: list[str], params: MultiDict[str, str]) -> Response:
    _authorize()
    if len(updates) != 1:
        raise _Reject(400, f"exactly one 'update' parameter is allowed, got {len(updates)}")
    if not updates[0].strip():
        raise _Reject(400, "the update is empty")
    services().sparql.update(
        updates[0],
        base_iri=request.base_url,
        using_graph_uris=params.getlist("using-graph-uri"),
        using_named_graph_uris=params.getlist("using-named-graph-uri"),
    )
    response = Response(status=204)
    del response.headers["Content-Type"]  # no body, so no (default text/html) type
    return response


def _authorize() -> None:
    """Updates need `Authorization: Bearer <token>`; with no token configured, none pass."""
    problem = token_problem(services().settings.token, "updates")
    if problem:
        raise _Reject(problem.status, problem.message, problem.headers or None)


def _wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/sparql-results+json", "text/html"])
    return best == "text/html"


def _page() -> Any:
    try:
        from qa.web.i18n import ui_lang
        from qa.web.pages.editor import editor_context

        return render_template("sparql.html", **editor_context(request.args.get("text"), ui_lang()))
    except TemplateNotFound:
        html = "<!doctype html><title>SPARQL</title><p>Send a query as <code>?query=</code>.</p>"
        return Response(html, content_type="text/html; charset=utf-8")
