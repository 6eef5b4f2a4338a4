"""Shared fixtures: one real store with the bundled corpus ingested, once per test session.

Real models, real Oxigraph store on disk, real embeddings; HF hub access is off.
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import threading  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import AbstractContextManager, contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from flask import Flask  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402

from ingest.extract import Extractor  # noqa: E402
from kg.settings import Settings  # noqa: E402
from qa.services import Services  # noqa: E402
from qa.web import create_app  # noqa: E402
from tests.fetch_site import Site, serve  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TOKEN = "test-token"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The language pipelines, loaded once per session."""
    return Extractor()


@pytest.fixture(scope="session")
def corpus_services(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[Services]:
    """Services over a temp data dir holding the whole bundled corpus."""
    data = tmp_path_factory.mktemp("corpus-data")
    # the product's default time limit: the first query over the whole corpus also opens its checkpoint
    svc = Services(Settings(data_dir=data, token=TOKEN, query_timeout_s=10.0))
    svc.__dict__["extractor"] = extractor
    summary = svc.ingestor.ingest_paths([CORPUS])
    assert not summary.errors, [e.message for e in summary.errors]
    yield svc
    svc.close()


@pytest.fixture()
def fresh_services(tmp_path: Path, corpus_services: Services) -> Iterator[Services]:
    """An empty store of its own that reuses the session's loaded models (fast)."""
    svc = Services(Settings(data_dir=tmp_path, token=TOKEN))
    svc.__dict__["extractor"] = corpus_services.extractor
    svc.__dict__["embedder"] = corpus_services.embedder
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    """The local news site (pages, feeds, redirects, failures) on 127.0.0.1, for the fetch tests."""
    site = Site()
    server, thread = serve(site)
    yield site
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
@pytest.fixture(scope="module")
def app(corpus_services: Services) -> Flask:
    """The web app over the corpus store (read-only tests)."""
    return create_app(services=corpus_services, warm=False)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture()
def fresh_client(fresh_services: Services) -> FlaskClient:
    """A client of an app over an empty store of its own (for writes)."""
    return create_app(services=fresh_services, warm=False).test_client()


@contextmanager
def _serving(app: Flask) -> Iterator[str]:
    from waitress.server import create_server

    server: Any = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        server.task_dispatcher.shutdown()


@pytest.fixture(scope="session")
def serving() -> Callable[[Flask], AbstractContextManager[str]]:
    """`with serving(app) as base_url:` the app under waitress on a free port of 127.0.0.1."""
    return _serving
