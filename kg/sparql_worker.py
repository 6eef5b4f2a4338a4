"""A SPARQL query worker process: evaluates one query at a time over a read-only snapshot.

Why a process: a pyoxigraph evaluation cannot be interrupted, so kg.sparql_runner runs user
queries here and SIGKILLs the process when one runs too long. The live store cannot be
opened by a second process (RocksDB lock), so the worker opens a checkpoint of it read-only.

Started as `python -I .../kg/sparql_worker.py` (a script, not `-m kg.sparql_worker`), so it
imports only the standard library and pyoxigraph and is ready in tens of milliseconds.
This module also holds what the runner shares with it: the wire format, the result format
tables and a small SPARQL lexer (query form, FROM, SERVICE; USING rewriting for updates),
since pyoxigraph has no parse-only API.

Wire protocol on stdin/stdout, both ways: a frame is `>IQ` (header length, body length), a
UTF-8 JSON header, then the body bytes. The worker first sends {"ready": true, ...}; then for
each request header {"snapshot", "query", "base_iri", "default_graph_uris",
"named_graph_uris", "results_format", "graph_format", "prefixes"} it answers
{"ok": true, "media_type"} + the serialized result, or {"ok": false, "kind", "message"}.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import struct
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyoxigraph as ox

# Format name -> (pyoxigraph attribute, media types it answers to; the first is the canonical
# one). The order is the server's preference: the first entry is the default.
RESULT_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "json": ("JSON", ("application/sparql-results+json", "application/json")),
    "xml": ("XML", ("application/sparql-results+xml", "application/xml", "text/xml")),
    "csv": ("CSV", ("text/csv",)),
    "tsv": ("TSV", ("text/tab-separated-values",)),
}
GRAPH_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "turtle": ("TURTLE", ("text/turtle", "application/x-turtle")),
    "ntriples": ("N_TRIPLES", ("application/n-triples", "text/plain")),
    "rdfxml": ("RDF_XML", ("application/rdf+xml", "application/xml", "text/xml")),
    "jsonld": ("JSON_LD", ("application/ld+json", "application/json")),
    "nquads": ("N_QUADS", ("application/n-quads",)),
}
_PREFIXED = {"turtle", "rdfxml"}  # formats where namespace prefixes make the output readable

# Every format name with its canonical media type (for a `format=` download parameter).
FORMATS: dict[str, str] = {n: t[0] for n, (_, t) in {**RESULT_FORMATS, **GRAPH_FORMATS}.items()}


def negotiate(accept: str | None, formats: dict[str, tuple[str, tuple[str, ...]]]) -> str | None:
    """The format name the Accept header prefers (server order breaks ties), or None."""
    if not accept or not accept.strip():
        return next(iter(formats))
    ranges: list[tuple[str, float]] = []
    for part in accept.lower().split(","):
        media, *params = (f.strip() for f in part.split(";"))
        q = 1.0
        for key, _, value in (p.partition("=") for p in params):
            if key.strip() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))

    def quality(media_type: str) -> float:  # the most specific matching range decides
        for pattern in (media_type, media_type.split("/")[0] + "/*", "*/*"):
            found = [q for media, q in ranges if media == pattern]
            if found:
                return max(found)
        return 0.0

    scored = [(max(map(quality, types)), name) for name, (_, types) in formats.items()]
    top = max(q for q, _ in scored)
    return next(name for q, name in scored if q == top) if top > 0 else None


def offer(form: str, formats: dict[str, tuple[str, tuple[str, ...]]]) -> str:
    offered = ", ".join(types[0] for _, types in formats.values())
    return f"no acceptable format for {form} results; available: {offered}"


FRAME = struct.Struct(">IQ")


def write_frame(out: BinaryIO, header: dict[str, Any], body: bytes = b"") -> None:
    data = json.dumps(header).encode("utf-8")
    out.write(FRAME.pack(len(data), len(body)) + data)
    if body:
        out.write(body)
    out.flush()


def read_frame(inp: BinaryIO) -> tuple[dict[str, Any], bytes] | None:
    """The next frame, or None at end of input (the parent closed the pipe or died)."""
    prefix = inp.read(FRAME.size)
    if len(prefix) < FRAME.size:
        return None
    header_len, body_len = FRAME.unpack(prefix)
    header = json.loads(inp.read(header_len).decode("utf-8"))
    body = inp.read(body_len) if body_len else b""
    return header, body


# -- SPARQL lexing -------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n\r]*)
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<var>[?$]\w+)
      | (?P<pname>(?:[^\W\d][\w.-]*)?:[\w.:%\\-]*)
      | (?P<word>[^\W\d]\w*)
      | (?P<open>\{)
      | (?P<close>\})
      | (?P<other>.)""",
    re.S | re.X,
)
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Token:
    kind: str  # iri, string, var, pname, word, open, close, other
    text: str
    start: int
    end: int
    depth: int  # brace depth; a closing brace has the depth of its opening one


def tokens(text: str) -> list[Token]:
    """Tokens outside comments, with brace depth; enough to find keywords, not to parse."""
    out: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        if kind == "close":
            depth = max(0, depth - 1)
        out.append(Token(kind, match.group(), match.start(), match.end(), depth))
        if kind == "open":
            depth += 1
    return out


def _keyword(tok: Token, word: str, depth: int | None = 0) -> bool:
    return tok.kind == "word" and tok.text.upper() == word and depth in (None, tok.depth)


@dataclass(frozen=True)
class QueryShape:
    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, or None when unrecognised
    has_dataset: bool  # FROM / FROM NAMED present
    uses_service: bool


def analyse_query(query: str) -> QueryShape:
    toks = tokens(query)
    top = [t.text.upper() for t in toks if t.kind == "word" and t.depth == 0]
    form = next((w for w in top if w not in ("PREFIX", "BASE", "VERSION")), None)
    return QueryShape(
        form=form if form in QUERY_FORMS else None,
        has_dataset="FROM" in top,
        uses_service=any(_keyword(t, "SERVICE", None) for t in toks),
    )


def prepare_update(update: str, using: list[str], using_named: list[str]) -> str:
    """Refuse LOAD/SERVICE; apply protocol using-(named-)graph-uri as USING clauses.

    Every top-level WHERE in an update belongs to a DELETE/INSERT operation, so the clauses
    go right before it; `DELETE WHERE {P}` (which allows no USING) becomes
    `DELETE {P} USING ... WHERE {P}`. Raises ValueError with a message for the user.
    """
    toks = tokens(update)
    top = {t.text.upper() for t in toks if t.kind == "word" and t.depth == 0}
    if "LOAD" in top:
        raise ValueError("LOAD is disabled: trendkg never fetches URLs; use INSERT DATA")
    if any(_keyword(t, "SERVICE", None) for t in toks):
        raise ValueError("SERVICE (federated query) is disabled: trendkg never fetches URLs")
    if not using and not using_named:
        return update
    if top & {"USING", "WITH"}:
        raise ValueError(
            "using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH"
        )
    clause = " ".join([f"USING <{u}>" for u in using] + [f"USING NAMED <{u}>" for u in using_named])
    edits: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if not _keyword(tok, "WHERE"):
            continue
        if i and _keyword(toks[i - 1], "DELETE"):
            opening = toks[i + 1] if i + 1 < len(toks) else None
            closing = next((t for t in toks[i + 2 :] if t.kind == "close" and t.depth == 0), None)
            if opening is None or opening.kind != "open" or closing is None:
                continue  # malformed: Oxigraph reports it
            pattern = update[opening.start : closing.end]
            edits.append((tok.start, closing.end, f"{pattern} {clause} WHERE {pattern}"))
        else:
            edits.append((tok.start, tok.start, f"{clause} "))
    for start, end, text in reversed(edits):
        update = update[:start] + text + update[end:]
    return update


# -- the worker process ----------------------------------------------------------------------
def _isolate_network() -> bool:
    """Best effort: move into a fresh network namespace so no query can reach the network.

    Oxigraph's SERVICE can fetch URLs; the lexer refuses it before evaluation, and this is
    the second fence. Works as root, or unprivileged where user namespaces are allowed
    (mapping our own uid/gid so the snapshot stays readable); elsewhere a no-op.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    clone_newuser, clone_newnet = 0x10000000, 0x40000000
    if os.geteuid() == 0:
        return bool(libc.unshare(clone_newnet) == 0)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(clone_newuser | clone_newnet) != 0:
        return False
    try:
        for name, value in (
            ("setgroups", "deny"),
            ("uid_map", f"{uid} {uid} 1"),
            ("gid_map", f"{gid} {gid} 1"),
        ):
            with open(f"/proc/self/{name}", "w") as fh:
                fh.write(value)
    except OSError:
        pass  # still cut off from the network; only file ownership shows as unmapped
    return True


def _exit_with_parent(parent: int) -> None:
    """Exit when the parent dies; pyoxigraph releases the GIL while evaluating, so this runs."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class _NotAcceptable(Exception):
    pass


class _Refused(Exception):
    pass


def _used_prefixes(triples: list[ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """Only the prefixes some IRI in the result starts with: no wall of unused @prefix lines."""
    iris = {
        t.value
        for tr in triples
        for t in (tr.subject, tr.predicate, tr.object)
        if isinstance(t, ox.NamedNode)
    }
    return {p: ns for p, ns in prefixes.items() if any(i.startswith(ns) for i in iris)}


def evaluate(store: ox.Store, req: dict[str, Any]) -> tuple[str, bytes]:
    """Run the query over `store` and serialize it; returns (media type, body)."""
    shape = analyse_query(req["query"])
    if shape.uses_service:
        raise _Refused("SERVICE (federated query) is disabled: trendkg never fetches URLs")
    options: dict[str, Any] = {"base_iri": req.get("base_iri")}
    default_graphs = [ox.NamedNode(u) for u in req.get("default_graph_uris") or []]
    named_graphs = [ox.NamedNode(u) for u in req.get("named_graph_uris") or []]
    if default_graphs or named_graphs:
        # A protocol dataset replaces FROM/FROM NAMED; the part not given is empty.
        options["default_graph"] = default_graphs
        options["named_graphs"] = named_graphs
    elif not shape.has_dataset:  # the union would override FROM / FROM NAMED
        options["use_default_graph_as_union"] = True
    result = store.query(req["query"], **options)
    if isinstance(result, ox.QueryTriples):
        name = req.get("graph_format")
        if name not in GRAPH_FORMATS:
            raise _NotAcceptable("graph")
        attr, (media_type, *_) = GRAPH_FORMATS[name]
        triples = list(result)
        prefixes = _used_prefixes(triples, req.get("prefixes") or {}) if name in _PREFIXED else None
        body = ox.serialize(triples, format=getattr(ox.RdfFormat, attr), prefixes=prefixes)
        return media_type, bytes(body or b"")
    name = req.get("results_format")
    if name not in RESULT_FORMATS:
        raise _NotAcceptable("results")
    attr, (media_type, *_) = RESULT_FORMATS[name]
    body = result.serialize(format=getattr(ox.QueryResultsFormat, attr))
    return media_type, bytes(body or b"")


def main() -> None:
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the frame stream
    isolated = _isolate_network()
    _exit_with_parent(os.getppid())
    write_frame(out, {"ready_at": time.monotonic(), "pid": os.getpid(), "isolated": isolated})
    store: ox.Store | None = None
    opened: str | None = None
    while True:
        frame = read_frame(inp)
        if frame is None:
            return
        req, _ = frame
        try:
            if req["snapshot"] != opened:
                store = None  # drop the old snapshot before opening the new one
                store = ox.Store.read_only(req["snapshot"])
                opened = req["snapshot"]
            assert store is not None
            media_type, body = evaluate(store, req)
            write_frame(out, {"ok": True, "media_type": media_type}, body)
        except SyntaxError as exc:
            write_frame(out, {"ok": False, "kind": "syntax", "message": str(exc)})
        except _Refused as exc:
            write_frame(out, {"ok": False, "kind": "refused", "message": str(exc)})
        except _NotAcceptable as exc:
            write_frame(out, {"ok": False, "kind": "not_acceptable", "message": str(exc)})
        except OSError as exc:
            write_frame(out, {"ok": False, "kind": "store", "message": str(exc)})
        except Exception as exc:  # evaluation errors: unsupported function, bad IRI, ...
            message = f"{type(exc).__name__}: {exc}"
            write_frame(out, {"ok": False, "kind": "query", "message": message})


if __name__ == "__main__":
    main()
