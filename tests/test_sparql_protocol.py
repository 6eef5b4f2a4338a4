"""The /sparql endpoint against the 34 W3C SPARQL 1.1 Protocol tests, plus trendkg's extras.

Each W3C case (manifest `protocol/manifest.ttl`) is written out here as its own test, with
`/sparql/` mapped to `/sparql`. The graphs the suite names by URL (kasei.us/.../dataN.rdf)
are pre-loaded as named graphs with those IRIs: trendkg never fetches URLs. Update cases send
the bearer token, since trendkg accepts updates only with it.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient

from kg.settings import Settings
from kg.sparql_runner import SparqlRunner
from kg.sparql_worker import prepare_update
from kg.store import OxigraphGraphStore
from qa.web.sparql_endpoint import bp

TOKEN = "secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
KASEI = "http://kasei.us/2009/09/sparql/data/"
DATA0 = "default-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata0.rdf"
D1 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf"
D2 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf"
D3 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata3.rdf"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _doc(i: int) -> str:
    """data{i}.nt of the W3C suite: one foaf:Document triple about the graph's own IRI."""
    return (
        f"<{KASEI}data{i}.rdf> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<http://xmlns.com/foaf/0.1/Document> ."
    )


_GRAPHS = " ".join(f"GRAPH <{KASEI}data{i}.rdf> {{ {_doc(i)} }}" for i in (1, 2, 3))
W3C_DATA = f"DROP ALL ; INSERT DATA {{ {_GRAPHS} }}"


@dataclass
class Env:
    app: Flask
    client: FlaskClient
    store: OxigraphGraphStore
    runner: SparqlRunner
    settings: Settings


def make_app(store: OxigraphGraphStore, runner: SparqlRunner, settings: Settings) -> Flask:
    app = Flask("t", template_folder=str(settings.data_dir / "no-templates"))
    app.extensions["trendkg"] = SimpleNamespace(store=store, sparql=runner, settings=settings)
    app.register_blueprint(bp)
    return app


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    data = tmp_path_factory.mktemp("sparql")
    settings = Settings(data_dir=data, token=TOKEN, query_timeout_s=2.0, query_workers=2)
    store = OxigraphGraphStore(settings.graph_dir)
    runner = SparqlRunner(
        store, settings.snapshots_dir, settings.query_timeout_s, settings.query_workers
    )
    app = make_app(store, runner, settings)
    yield Env(app, app.test_client(), store, runner, settings)
    runner.close()
    store.close()


@pytest.fixture
def client(env: Env) -> FlaskClient:
    """The W3C data loaded afresh (update tests clear the store)."""
    env.store.update(W3C_DATA)
    return env.client


def js(resp: Any) -> Any:
    return json.loads(resp.data)


def boolean(resp: Any) -> bool:
    assert 200 <= resp.status_code < 400, resp.get_data(as_text=True)
    if resp.mimetype == "application/sparql-results+json":
        return bool(json.loads(resp.data)["boolean"])
    assert resp.mimetype == "application/sparql-results+xml", resp.mimetype
    element = ET.fromstring(resp.data).find(f"{RESULTS_NS}boolean")
    assert element is not None
    return element.text == "true"


def post(client: FlaskClient, path: str, body: str | bytes, ctype: str | None, **kw: Any) -> Any:
    return client.post(path, data=body, content_type=ctype, **kw)


# -- W3C: queries ---------------------------------------------------------------------------
def test_query_post_form(client: FlaskClient) -> None:
    assert boolean(post(client, f"/sparql?{DATA0}", "query=ASK%20%7B%7D", FORM))


def test_query_dataset_default_graphs_get(client: FlaskClient) -> None:
    q = urllib.parse.quote(f"ASK {{ <{KASEI}data1.rdf> a ?type . <{KASEI}data2.rdf> a ?type . }}")
    resp = client.get(f"/sparql?query={q}&default-graph-uri={D1}&default-graph-uri={D2}")
    assert boolean(resp)


def test_query_dataset_default_graphs_post(client: FlaskClient) -> None:
    body = f"ASK {{ <{KASEI}data1.rdf> a ?type . <{KASEI}data2.rdf> a ?type . }}"
    path = f"/sparql?default-graph-uri={D1}&default-graph-uri={D2}"
    assert boolean(post(client, path, body, QUERY))


NAMED_ASK = (
    f"ASK {{ GRAPH ?g1 {{ <{KASEI}data1.rdf> a ?type }} "
    f"GRAPH ?g2 {{ <{KASEI}data2.rdf> a ?type }} }}"
)


def test_query_dataset_named_graphs_post(client: FlaskClient) -> None:
    path = f"/sparql?named-graph-uri={D1}&named-graph-uri={D2}"
    assert boolean(post(client, path, NAMED_ASK, QUERY))


def test_query_dataset_named_graphs_get(client: FlaskClient) -> None:
    q = urllib.parse.quote(NAMED_ASK)
    assert boolean(client.get(f"/sparql?query={q}&named-graph-uri={D1}&named-graph-uri={D2}"))


def test_query_dataset_full(client: FlaskClient) -> None:
    body = f"""ASK {{
  <{KASEI}data3.rdf> a ?type
  GRAPH ?g1 {{ <{KASEI}data1.rdf> a ?type }}
  GRAPH ?g2 {{ <{KASEI}data2.rdf> a ?type }}
}}"""
    path = f"/sparql?default-graph-uri={D3}&named-graph-uri={D1}&named-graph-uri={D2}"
    assert boolean(post(client, path, body, QUERY))


def test_query_multiple_dataset(client: FlaskClient) -> None:
    """The protocol dataset wins over the query's FROM."""
    body = NAMED_ASK.replace("ASK {", f"ASK FROM <{KASEI}data3.rdf> {{", 1)
    path = f"/sparql?named-graph-uri={D1}&named-graph-uri={D2}"
    assert boolean(post(client, path, body, QUERY))


def test_query_get(client: FlaskClient) -> None:
    assert boolean(client.get(f"/sparql?query=ASK%20%7B%7D&{DATA0}"))


def test_query_content_type_select(client: FlaskClient) -> None:
    resp = post(client, f"/sparql?{DATA0}", "SELECT (1 AS ?value) {}", QUERY)
    assert resp.status_code == 200
    assert resp.mimetype == "application/sparql-results+json"
    assert json.loads(resp.data)["results"]["bindings"][0]["value"]["value"] == "1"


def test_query_content_type_ask(client: FlaskClient) -> None:
    resp = post(client, f"/sparql?{DATA0}", "ASK {}", QUERY)
    assert resp.mimetype in ("application/sparql-results+json", "application/sparql-results+xml")
    assert boolean(resp)


def test_query_content_type_describe(client: FlaskClient) -> None:
    resp = post(client, f"/sparql?{DATA0}", "DESCRIBE <http://example.org/>", QUERY)
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    assert len(rdflib.Graph().parse(data=resp.data, format="turtle")) == 0


def test_query_content_type_construct(client: FlaskClient) -> None:
    resp = post(client, f"/sparql?{DATA0}", "CONSTRUCT { <s> <p> 1 } WHERE {}", QUERY)
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=resp.data, format="turtle")
    assert [str(o) for o in graph.objects()] == ["1"]


def test_query_post_direct(client: FlaskClient) -> None:
    assert boolean(post(client, "/sparql", "ASK {}", QUERY))


# -- W3C: updates ---------------------------------------------------------------------------
PROLOGUE = "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
INSERT_ALL = f"""DROP ALL ;
INSERT DATA {{
    GRAPH <{KASEI}data1.rdf> {{ {_doc(1)} }}
    GRAPH <{KASEI}data2.rdf> {{ {_doc(2)} }}
    GRAPH <{KASEI}data3.rdf> {{ {_doc(3)} }}
}} ;
"""
BIB = "<http://purl.org/dc/terms/BibliographicResource>"


def _two_of_three(graph: str, p: str = "a", o1: str = BIB, o2: str = BIB) -> str:
    return f"""ASK {{
    GRAPH <{graph}> {{
        <{KASEI}data1.rdf> {p} {o1} .
        <{KASEI}data2.rdf> {p} {o2} .
    }}
    FILTER NOT EXISTS {{ GRAPH <{graph}> {{ <{KASEI}data3.rdf> ?p ?o }} }}
}}"""


def test_update_dataset_default_graph(client: FlaskClient) -> None:
    update = f"""{PROLOGUE}CLEAR ALL ;
INSERT DATA {{ GRAPH <{KASEI}data1.rdf> {{ <{KASEI}data1.rdf> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-test/> {{
    ?s a dc:BibliographicResource }} }}
WHERE {{ ?s a foaf:Document }}"""
    resp = post(client, f"/sparql?using-graph-uri={D1}", update, UPDATE, headers=AUTH)
    assert resp.status_code == 204, resp.get_data(as_text=True)
    ask = f"""ASK {{ GRAPH <http://example.org/protocol-update-dataset-test/> {{
        <{KASEI}data1.rdf> a {BIB} }} }}"""
    assert boolean(post(client, "/sparql", ask, QUERY))


def test_update_dataset_default_graphs(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-graphs-test/"
    update = f"""{PROLOGUE}{INSERT_ALL}
INSERT {{ GRAPH <{target}> {{ ?s a dc:BibliographicResource }} }} WHERE {{ ?s a foaf:Document }}"""
    path = f"/sparql?using-graph-uri={D1}&using-graph-uri={D2}"
    assert post(client, path, update, UPDATE, headers=AUTH).status_code == 204
    assert boolean(post(client, "/sparql", _two_of_three(target), QUERY))


def test_update_dataset_named_graphs(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-named-graphs-test/"
    update = f"""{PROLOGUE}{INSERT_ALL}
INSERT {{ GRAPH <{target}> {{ ?s a dc:BibliographicResource }} }}
WHERE {{ GRAPH ?g {{ ?s a foaf:Document }} }}"""
    path = f"/sparql?using-named-graph-uri={D1}&using-named-graph-uri={D2}"
    assert post(client, path, update, UPDATE, headers=AUTH).status_code == 204
    assert boolean(post(client, "/sparql", _two_of_three(target), QUERY))


def test_update_dataset_full(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-full-test/"
    update = f"""{PROLOGUE}{INSERT_ALL}
INSERT {{ GRAPH <{target}> {{ ?s <http://example.org/in> ?in }} }}
WHERE {{
    {{ GRAPH ?g {{ ?s a foaf:Document }} BIND(?g AS ?in) }}
    UNION
    {{ ?s a foaf:Document . BIND("default" AS ?in) }}
}}"""
    path = f"/sparql?using-graph-uri={D1}&using-named-graph-uri={D2}"
    assert post(client, path, update, UPDATE, headers=AUTH).status_code == 204
    ask = _two_of_three(target, "<http://example.org/in>", '"default"', f"<{KASEI}data2.rdf>")
    assert boolean(post(client, "/sparql", ask, QUERY))


def test_update_post_form(client: FlaskClient) -> None:
    resp = post(client, "/sparql", "update=CLEAR+ALL", FORM, headers=AUTH)
    assert resp.status_code == 204
    assert boolean(client.get("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")) is False


def test_update_post_direct(client: FlaskClient) -> None:
    assert post(client, "/sparql", "CLEAR ALL", UPDATE, headers=AUTH).status_code == 204


def test_update_base_uri(client: FlaskClient) -> None:
    graph = "http://example.org/protocol-base-test/"
    update = f"""CLEAR SILENT GRAPH <{graph}> ;
INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p> <test> }} }}"""
    assert post(client, "/sparql", update, UPDATE, headers=AUTH).status_code == 204
    ask = f"""ASK {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p> ?o
        FILTER (isIRI(?o) && STR(?o) != "test") }} }}"""
    assert boolean(post(client, "/sparql", ask, QUERY))


# -- W3C: requests that must fail with 4xx --------------------------------------------------
CONFLICT = """PREFIX foaf:  <http://xmlns.com/foaf/0.1/>
WITH <http://example/addresses>
DELETE { ?person foaf:givenName 'Bill' }
INSERT { ?person foaf:givenName 'William' }
WHERE {
    ?person foaf:givenName 'Bill'
}"""
BAD_CASES: list[tuple[str, str, str, str | bytes | None, str | None, int]] = [
    # (W3C name, method, path, body, content type, status)
    ("bad_query_method", "PUT", f"/sparql?query=ASK%20%7B%7D&{DATA0}", None, FORM, 405),
    ("bad_multiple_queries", "GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D",
     None, None, 400),
    ("bad_query_wrong_media_type", "POST", "/sparql", "ASK {}", "text/plain", 415),
    ("bad_query_missing_form_type", "POST", "/sparql", "query=ASK%20%7B%7D", None, 415),
    ("bad_query_missing_direct_type", "POST", "/sparql", "ASK {}", None, 415),
    ("bad_query_non_utf8", "POST", "/sparql", "ASK {}".encode("utf-16"),
     "application/sparql-query; charset=UTF-16", 415),
    ("bad_query_syntax", "GET", "/sparql?query=ASK%20%7B", None, None, 400),
    ("bad_update_get", "GET", "/sparql?update=CLEAR%20ALL", None, None, 400),
    ("bad_multiple_updates", "POST", "/sparql", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
     FORM, 400),
    ("bad_update_wrong_media_type", "POST", "/sparql", "CLEAR NAMED", "text/plain", 415),
    ("bad_update_missing_form_type", "POST", "/sparql", "update=CLEAR%20NAMED", None, 415),
    ("bad_update_non_utf8", "POST", "/sparql", "CLEAR NAMED".encode("utf-16"),
     "application/sparql-update; charset=UTF-16", 415),
    ("bad_update_syntax", "POST", "/sparql", "update=CLEAR%20XYZ", FORM, 400),
    ("bad_update_dataset_conflict", "POST",
     "/sparql?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople", CONFLICT, UPDATE, 400),
]  # fmt: skip


@pytest.mark.parametrize(
    "method,path,body,ctype,status", [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_w3c_bad_request(
    client: FlaskClient, env: Env, method: str, path: str, body: Any, ctype: Any, status: int
) -> None:
    resp = client.open(path, method=method, data=body, content_type=ctype, headers=AUTH)
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json and js(resp)["error"]
    assert len(list(env.store.quads())) == 3  # nothing was cleared


# -- trendkg extras -----------------------------------------------------------------------------
SELECT_DOCS = "SELECT ?s WHERE { ?s a <http://xmlns.com/foaf/0.1/Document> } ORDER BY ?s"
CONSTRUCT_DOCS = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }"


def _rows(media_type: str, data: bytes) -> list[str]:
    if media_type == "application/sparql-results+json":
        return [b["s"]["value"] for b in json.loads(data)["results"]["bindings"]]
    if media_type == "application/sparql-results+xml":
        root = ET.fromstring(data)
        return [u.text or "" for u in root.iter(f"{RESULTS_NS}uri")]
    if media_type == "text/csv":
        return [r[0] for r in list(csv.reader(io.StringIO(data.decode())))[1:]]
    rows = list(csv.reader(io.StringIO(data.decode()), delimiter="\t"))[1:]
    return [r[0].strip("<>") for r in rows]


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_select_formats_parse(client: FlaskClient, accept: str) -> None:
    resp = client.get("/sparql", query_string={"query": SELECT_DOCS}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == accept
    assert _rows(accept, resp.data) == [f"{KASEI}data{i}.rdf" for i in (1, 2, 3)]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
@pytest.mark.parametrize(
    "fmt,media_type,rdflib_format",
    [
        ("turtle", "text/turtle", "turtle"),
        ("ntriples", "application/n-triples", "nt"),
        ("rdfxml", "application/rdf+xml", "xml"),
        ("jsonld", "application/ld+json", "json-ld"),
        ("nquads", "application/n-quads", "nquads"),
    ],
)
def test_graph_formats_parse(
    client: FlaskClient, fmt: str, media_type: str, rdflib_format: str
) -> None:
    by_accept = client.get(
        "/sparql", query_string={"query": CONSTRUCT_DOCS}, headers={"Accept": media_type}
    )
    by_param = client.get("/sparql", query_string={"query": CONSTRUCT_DOCS, "format": fmt})
    for resp in (by_accept, by_param):
        assert resp.status_code == 200 and resp.mimetype == media_type
        if fmt == "nquads":  # rdflib's N-Quads parser warns about its own deprecations
            assert len(list(ox.parse(resp.data, format=ox.RdfFormat.N_QUADS))) == 3
        else:
            assert len(rdflib.Graph().parse(data=resp.data, format=rdflib_format)) == 3
    assert "attachment" in by_param.headers["Content-Disposition"]


def test_negotiation_and_format_errors(client: FlaskClient) -> None:
    q = {"query": SELECT_DOCS}
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    resp = client.get("/sparql", query_string=q, headers={"Accept": browser})
    assert resp.mimetype == "application/sparql-results+xml"  # application/xml;q=0.9 wins
    resp = client.get("/sparql", query_string=q, headers={"Accept": "text/turtle"})
    assert resp.status_code == 406 and "application/sparql-results+json" in js(resp)["error"]
    assert client.get("/sparql", query_string={**q, "format": "csv"}).mimetype == "text/csv"
    assert client.get("/sparql", query_string={**q, "format": "pdf"}).status_code == 400
    resp = client.get("/sparql", query_string={"query": CONSTRUCT_DOCS, "format": "csv"})
    assert resp.status_code == 406


def test_default_graph_is_union_but_from_wins(client: FlaskClient) -> None:
    ask = f"ASK {{ <{KASEI}data1.rdf> a ?t }}"
    assert boolean(client.get("/sparql", query_string={"query": ask})) is True
    scoped = ask.replace("ASK", f"ASK FROM <{KASEI}data3.rdf>")
    assert boolean(client.get("/sparql", query_string={"query": scoped})) is False


def test_syntax_error_has_line_and_column(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": "SELECT ?s\nWHERE {\n  ?s ?p \n}"})
    assert resp.status_code == 400
    assert js(resp)["line"] == 4 and js(resp)["column"] in (1, 2)  # as Oxigraph reports it
    assert "line 4" in js(resp)["error"]


def test_update_needs_token(env: Env, client: FlaskClient) -> None:
    update = "CLEAR ALL"
    resp = post(client, "/sparql", update, UPDATE)
    assert resp.status_code == 401 and resp.headers["WWW-Authenticate"].startswith("Bearer")
    resp = post(client, "/sparql", update, UPDATE, headers={"Authorization": "Bearer nope"})
    assert resp.status_code == 403
    locked = make_app(env.store, env.runner, Settings(data_dir=env.settings.data_dir, token=None))
    resp = post(locked.test_client(), "/sparql", update, UPDATE, headers=AUTH)
    assert resp.status_code == 403 and "updates are disabled" in js(resp)["error"]
    assert len(list(env.store.quads())) == 3


def test_update_is_visible_and_old_snapshots_go(env: Env, client: FlaskClient) -> None:
    for i in range(5):
        update = f"INSERT DATA {{ GRAPH <http://example.org/g{i}> {{ <http://example.org/s> "
        update += f"<http://example.org/p> {i} }} }}"
        assert post(client, "/sparql", update, UPDATE, headers=AUTH).status_code == 204
        q = "SELECT (COUNT(*) AS ?n) { <http://example.org/s> ?p ?o }"
        resp = client.get("/sparql", query_string={"query": q})
        assert js(resp)["results"]["bindings"][0]["n"]["value"] == str(i + 1)
    assert len(env.runner.snapshot_dirs()) <= env.settings.query_workers + 1


def test_service_and_load_are_refused(client: FlaskClient) -> None:
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    resp = client.get("/sparql", query_string={"query": q})
    assert resp.status_code == 400 and "SERVICE" in js(resp)["error"]
    in_string = 'ASK { FILTER("SERVICE" != "") }  # SERVICE'
    assert boolean(client.get("/sparql", query_string={"query": in_string}))
    resp = post(client, "/sparql", "LOAD <http://example.org/x.ttl>", UPDATE, headers=AUTH)
    assert resp.status_code == 400 and "LOAD" in js(resp)["error"]


def test_using_graph_uri_with_delete_where(client: FlaskClient, env: Env) -> None:
    rewritten = prepare_update("DELETE WHERE { ?s ?p ?o }", ["http://g/1"], [])
    assert rewritten == "DELETE { ?s ?p ?o } USING <http://g/1> WHERE { ?s ?p ?o }"
    update = f"DELETE {{ GRAPH <{KASEI}data1.rdf> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}"
    resp = post(client, f"/sparql?using-graph-uri={D1}", update, UPDATE, headers=AUTH)
    assert resp.status_code == 204
    left = sorted(str(q.graph_name.value) for q in env.store.quads())  # type: ignore[union-attr]
    assert left == [f"{KASEI}data2.rdf", f"{KASEI}data3.rdf"]


def test_html_page_only_for_browsers(client: FlaskClient) -> None:
    resp = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    assert client.get("/sparql", headers={"Accept": "*/*"}).status_code == 400


# -- real HTTP: a runaway query is stopped and the server stays up ------------------------------
def test_waitress_timeout_then_recovers(env: Env) -> None:
    from waitress.server import create_server

    p = rdflib.URIRef("http://example.org/next")
    chain = [(rdflib.URIRef(f"http://example.org/n{i}"), p, rdflib.Literal(i)) for i in range(300)]
    env.store.add_quads("http://example.org/chain", chain)
    server: Any = create_server(env.app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}/sparql"
    try:
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(f"{base}?query={urllib.parse.quote(RUNAWAY)}", timeout=15)
        elapsed = time.monotonic() - started
        assert info.value.code == 503
        assert json.loads(info.value.read()) == {
            "error": "query exceeded the 2 s time limit and was stopped"
        }
        assert elapsed < env.runner.timeout_s + 3
        started = time.monotonic()
        q = urllib.parse.quote(
            "SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/chain> {?s ?p ?o} }"
        )
        with urllib.request.urlopen(f"{base}?query={q}", timeout=15) as resp:
            assert resp.status == 200
            assert json.loads(resp.read())["results"]["bindings"][0]["n"]["value"] == "300"
        after = time.monotonic() - started
        print(f"\n503 after {elapsed:.2f} s; next query {after * 1000:.0f} ms; worker start-up "
              f"{[round(s * 1000) for s in env.runner.worker_startup_s()]} ms")  # fmt: skip
    finally:
        server.close()
        server.task_dispatcher.shutdown()
        thread.join(timeout=5)
