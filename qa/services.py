"""The one place that wires the subsystems together for a process (CLI or server).

Heavy parts (language pipelines, the embedding model, SPARQL workers) load on first use,
so `trendkg stats` is instant and a server pays the cost once.
"""

from __future__ import annotations

import threading
from functools import cached_property

from ingest.extract import Extractor
from ingest.feed_state import FeedState
from ingest.fetch import Fetcher, FetchLimits
from ingest.netguard import NetPolicy
from ingest.pipeline import Ingestor
from ingest.web import WebIngestor
from kg.embedding.embedder import Embedder, load_embedder
from kg.embedding.onnx_embedder import OnnxEmbedder
from kg.settings import Settings
from kg.sparql_runner import SparqlRunner
from kg.store import OxigraphGraphStore
from kg.vectors import ExactIndex, make_index
from qa.answer import Answerer
from qa.complete import Completer


class Services:
    """Store, extractor, embedder, vector index, answerer and ingestor for one data dir."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = OxigraphGraphStore(settings.graph_dir)
        self._lock = threading.Lock()

    @cached_property
    def extractor(self) -> Extractor:
        return Extractor(english_model=self.settings.english_model)

    @cached_property
    def embedder(self) -> Embedder:
        return load_embedder(self.settings.embed_model_dir, self.settings.embed_model, self.settings.embed_runtime)

    @cached_property
    def index(self) -> ExactIndex:
        return make_index(self.settings.vector_backend, self.settings.vectors_dir)

    @cached_property
    def answerer(self) -> Answerer:
        return Answerer(self.store, self.extractor, self.embedder, self.index, self.settings.data_dir / "bm25")

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.store, lambda: self.extractor, lambda: self.embedder, self.index)

    @cached_property
    def web(self) -> WebIngestor:
        """Pages and feeds over HTTP, with the address policy and limits from the settings."""
        s = self.settings
        fetcher = Fetcher(
            NetPolicy(s.allow_private_fetch, s.fetch_allow),
            FetchLimits(s.fetch_timeout_s, s.fetch_max_bytes, s.fetch_max_redirects),
        )
        return WebIngestor(self.ingestor, fetcher, FeedState(s.data_dir), self.store.write_lock)

    @cached_property
    def completer(self) -> Completer:
        return Completer(self.store)

    @cached_property
    def sparql(self) -> SparqlRunner:
        return SparqlRunner(
            self.store, self.settings.snapshots_dir, self.settings.query_timeout_s, self.settings.query_workers
        )

    def warm_up(self) -> None:
        """Load models now rather than on the first request; tune torch and ONNX Runtime for one
        query at a time (on a busy 2-core machine one thread embeds a question ~8x faster than two)."""
        if self.settings.query_threads > 0:
            import torch

            torch.set_num_threads(self.settings.query_threads)
            if isinstance(self.embedder, OnnxEmbedder):
                self.embedder.set_threads(self.settings.query_threads)
        for lang in ("ko", "en"):
            self.extractor.pipeline(lang)
        self.embedder.embed_query("warm up")
        len(self.index)
        self.answerer.warm_up()

    def close(self) -> None:
        if "sparql" in self.__dict__:
            self.sparql.close()
        if "web" in self.__dict__:
            self.web.fetcher.close()
        self.store.close()
