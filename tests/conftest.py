"""Shared fixtures: one real store with the bundled corpus ingested, once per test session.

Real models, real Oxigraph store on disk, real embeddings; HF hub access is off.
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ingest.extract import Extractor  # noqa: E402
from kg.settings import Settings  # noqa: E402
from qa.services import Services  # noqa: E402
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
    svc = Services(Settings(data_dir=data, token=TOKEN, query_timeout_s=5.0))
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
