"""Pages and feeds from a local HTTP server into a real store: provenance, feeds with
conditional GET and a persisted seen-set, syndicated copies, per-item errors, the REST
job API and the CLI. Real pipelines and embeddings; each test has an empty store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.extract import Extractor
from ingest.pages import url_article_id
from kg.embedding.embedder import Embedder
from kg.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, SCHEMA, TKG, article_iri, graph_iri
from kg.settings import Settings
from qa.services import Services
from qa.web import create_app
from tests.conftest import TOKEN
from tests.fetch_site import EXAONE, FEED_ETAG, GAUDI, HYPERCLOVA, MICRON, MISSING_SUMMARY, TSMC, Site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embedder]:
    svc = Services(Settings(data_dir=tmp_path_factory.mktemp("embedder")))
    yield svc.embedder
    svc.close()


def web_settings(data: Path) -> Settings:
    """The test server (127.0.0.1) is allowed explicitly; small limits keep the slow test short."""
    return Settings(data_dir=data, token=TOKEN, fetch_allow=("127.0.0.1",), fetch_timeout_s=1.0,
                    fetch_max_bytes=300_000, fetch_max_redirects=4)


def open_services(data: Path, extractor: Extractor, embedder: Embedder) -> Services:
    svc = Services(web_settings(data))
    svc.__dict__["extractor"] = extractor
    svc.__dict__["embedder"] = embedder
    return svc


@pytest.fixture()
def svc(tmp_path: Path, extractor: Extractor, embedder: Embedder) -> Iterator[Services]:
    svc = open_services(tmp_path, extractor, embedder)
    yield svc
    svc.close()


def article_graphs(svc: Services) -> list[str]:
    return [g for g in svc.store.graph_iris() if g not in (str(CATALOG_GRAPH), str(ONTOLOGY_GRAPH))]


def value(svc: Services, article_id: str, prop: str) -> str | None:
    rows = svc.store.select(
        f"SELECT ?v WHERE {{ GRAPH <{graph_iri(article_id)}> {{ <{article_iri(article_id)}> <{prop}> ?v }} }}"
    )
    return str(rows[0]["v"]) if rows else None


def count(svc: Services, article_id: str, cls: str) -> int:
    rows = svc.store.select(f"SELECT (COUNT(?s) AS ?n) WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s a <{cls}> }} }}")
    return int(str(rows[0]["n"]))


def test_pages_in_utf8_and_euc_kr_go_in_with_their_url_as_provenance(site: Site, svc: Services) -> None:
    urls = [site.base + p for p in ("/en/micron-hbm3e.html", "/ko/exaone.html", "/ko/hyperclova-x.html")]
    results = svc.web.ingest_urls(urls)
    assert [r.status for r in results] == ["added"] * 3, [r.message for r in results]
    for url, result, sentences in zip(urls, results, (MICRON, EXAONE, HYPERCLOVA), strict=True):
        assert result.article_id == url_article_id(url) and result.entities > 0
        text = value(svc, url_article_id(url), str(TKG.text)) or ""
        assert all(s in text for s in sentences)
        assert "All rights reserved" not in text and "무단 전재" not in text and "관련기사" not in text
        assert value(svc, result.article_id, str(SCHEMA.url)) == url
        assert value(svc, result.article_id, "http://www.w3.org/ns/prov#wasDerivedFrom") == url
    assert value(svc, results[1].article_id, str(SCHEMA.inLanguage)) == "ko"
    # the same page again, and through a redirect chain to the same canonical URL: nothing new
    again = svc.web.ingest_urls([urls[0], site.base + "/redirect/1"])
    assert [r.status for r in again] == ["skipped", "skipped"]
    assert len(article_graphs(svc)) == 3


def test_bad_urls_fail_one_by_one_and_store_nothing(site: Site, svc: Services) -> None:
    bad = {"/missing": "HTTP 404", "/big.html": "too large", "/slow.html": "timed out", "/report.pdf": "not HTML",
           "/loop/1": "redirects", "/to-metadata": "non-public"}
    urls = [site.base + p for p in bad] + [site.base + "/news/tsmc-3nm.html"]
    start = time.monotonic()
    results = svc.web.ingest_urls(urls)
    assert time.monotonic() - start < 30
    assert [r.status for r in results] == ["error"] * len(bad) + ["added"]
    for result, words in zip(results, bad.values(), strict=False):
        assert words in (result.message or "") and result.article_id is None
    assert article_graphs(svc) == [graph_iri(results[-1].article_id or "")]
    assert len(svc.index) > 0 and set(svc.index._groups) == {results[-1].article_id}  # no stray vectors


def test_rss_feed_items_are_fetched_as_pages_and_repolling_adds_nothing(
    site: Site, tmp_path: Path, extractor: Extractor, embedder: Embedder
) -> None:
    feed = site.base + "/feeds/rss.xml"
    svc = open_services(tmp_path, extractor, embedder)
    try:
        results = svc.web.poll_feed(feed)
        assert [r.status for r in results] == ["added", "added"], [r.message for r in results]
        tsmc, gone = results
        assert all(s in (value(svc, tsmc.article_id or "", str(TKG.text)) or "") for s in TSMC)
        assert value(svc, tsmc.article_id or "", str(TKG.bodySource)) is None
        # the second item's page is a 404: its summary went in, marked as such
        assert value(svc, gone.article_id or "", str(TKG.text)) == MISSING_SUMMARY
        assert value(svc, gone.article_id or "", str(TKG.bodySource)) == "feed-summary"
        before = len(site.requests)
        assert svc.web.poll_feed(feed) == []
        (path, headers), *rest = site.requests[before:]
        assert path == "/feeds/rss.xml" and headers.get("if-none-match") == FEED_ETAG and not rest
    finally:
        svc.close()
    state = json.loads((tmp_path / "feeds.json").read_text(encoding="utf-8"))
    assert len(state[feed]["seen"]) == 2 and state[feed]["etag"] == FEED_ETAG
    # a restart, and a server that no longer honours the validators: the seen-set still holds
    state[feed]["etag"] = state[feed]["last_modified"] = None
    (tmp_path / "feeds.json").write_text(json.dumps(state), encoding="utf-8")
    svc = open_services(tmp_path, extractor, embedder)
    try:
        before = len(site.requests)
        assert svc.web.poll_feed(feed) == []
        assert [p for p, _ in site.requests[before:]] == ["/feeds/rss.xml"]  # no item fetched again
        assert len(article_graphs(svc)) == 2
    finally:
        svc.close()


def test_atom_feed_via_ingest_expands_to_its_items(site: Site, svc: Services) -> None:
    discovered: list[int] = []
    results = svc.web.ingest_urls([site.base + "/feeds/atom.xml"], discovered=discovered.append)
    assert discovered == [1]
    assert [(r.status, r.source) for r in results] == [
        ("added", site.base + "/blog/gaudi3.html"), ("added", site.base + "/ko/exaone.html")]
    assert all(s in (value(svc, results[0].article_id or "", str(TKG.text)) or "") for s in GAUDI)


def test_syndicated_copy_is_linked_not_extracted_twice(site: Site, svc: Services) -> None:
    first, copy = svc.web.ingest_urls([site.base + "/wire/mi300x.html", site.base + "/mirror/mi300x.html"])
    assert first.status == "added" and first.claims + first.relations > 0
    assert copy.status == "duplicate" and first.article_id and first.article_id in (copy.message or "")
    assert copy.article_id and copy.article_id != first.article_id
    link = value(svc, copy.article_id, str(TKG.duplicateOf))
    assert link == article_iri(first.article_id)
    assert 0.7 <= float(value(svc, copy.article_id, str(TKG.similarity)) or 0) < 1
    assert value(svc, copy.article_id, str(SCHEMA.publisher)) == "Mirror Daily"
    for cls in (TKG.Sentence, TKG.Claim, TKG.RelationAssertion, TKG.Mention, SCHEMA.NewsArticle):
        assert count(svc, copy.article_id, str(cls)) == 0
    assert copy.article_id not in svc.index._groups
    # re-fetching either copy changes nothing
    assert [r.status for r in svc.web.ingest_urls([site.base + "/mirror/mi300x.html"])] == ["skipped"]


def test_api_job_runs_urls_in_the_background(site: Site, svc: Services) -> None:
    client = create_app(services=svc, warm=False).test_client()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    urls = [site.base + "/en/micron-hbm3e.html", site.base + "/missing", site.base + "/feeds/rss.xml"]
    assert client.post("/api/ingest", json={"urls": urls}).status_code == 401
    for bad in ([], "x", ["ftp://example.org/a"], [1]):
        response = client.post("/api/ingest", json={"urls": bad}, headers=auth)
        assert response.status_code == 400 and "error" in response.get_json()
    response = client.post("/api/ingest", json={"urls": urls}, headers=auth)
    assert response.status_code == 202
    job = response.get_json()
    assert job["status_url"] == f"/api/jobs/{job['job']}"
    deadline = time.monotonic() + 120
    while True:
        status = client.get(job["status_url"]).get_json()
        assert status["state"] in ("queued", "running", "done")
        if status["state"] == "done" or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert status["state"] == "done" and status["total"] == status["done"] == 4
    assert [r["status"] for r in status["results"]] == ["added", "error", "added", "added"]
    assert status["results"][1]["message"].endswith("HTTP 404 Not Found")
    assert set(status["results"][0]) == {"source", "status", "article_id", "title", "message", "entities",
                                         "relations", "claims"}
    missing = client.get("/api/jobs/no-such-job")
    assert missing.status_code == 404 and "error" in missing.get_json()
    # pasted text still ingests synchronously next to the jobs
    pasted = client.post("/api/ingest", headers=auth, json={"text": " ".join(TSMC), "title": "TSMC 3nm", "lang": "en"})
    assert pasted.status_code == 200 and pasted.get_json()["results"][0]["status"] == "added"


def test_cli_ingests_files_and_urls_then_watch_sees_nothing_new(site: Site, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "config.toml").write_text('fetch_allow = ["127.0.0.1"]\nfetch_timeout_s = 2\n', encoding="utf-8")
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Gaudi 3\nlang: en\n---\n" + " ".join(GAUDI) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRENDKG_") or k == "TRENDKG_HOME"}
    env.update(TRENDKG_DATA=str(data), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    feed = site.base + "/feeds/rss.xml"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "qa.cli", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)

    done = run("ingest", str(note), site.base + "/ko/exaone.html", site.base + "/missing", feed)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {site.base}/missing: HTTP 404 Not Found"]
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("4 added, 0 replaced, 0 skipped, 0 duplicates, 1 failed"), done.stdout
    watched = run("watch", feed, "--once", "--every", "1s")
    assert watched.returncode == 0, watched.stderr
    assert f"{feed}: 0 added" in watched.stdout
    assert site.requests[-1][0] == "/feeds/rss.xml" and site.requests[-1][1].get("if-none-match") == FEED_ETAG
    bad = run("watch", feed, "--every", "soon")
    assert bad.returncode == 1 and bad.stderr.strip().startswith("trendkg: --every 'soon'")
