"""BM25 (bm25s) over terms: article sentences, and entity labels for name lookup.

Built lazily from the store and saved under `<data>/bm25/<name>/`, stamped with a
fingerprint of the ingested articles (ids + content hashes): an ingest or delete changes
it, and the next search rebuilds. Within a process, `store.generation` says when to look.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import bm25s
import numpy as np

from kg.namespaces import TKG
from kg.store import GraphStore
from qa.store_cache import store_generation

T = TypeVar("T")
FINGERPRINT_QUERY = f"SELECT ?a ?h WHERE {{ GRAPH ?g {{ ?a <{TKG.contentHash}> ?h }} }}"


def fingerprint(store: GraphStore) -> str:
    pairs = sorted(f"{r['a']} {r['h']}" for r in store.select(FINGERPRINT_QUERY))
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()[:16]


class TermIndex:
    """Keys with their term lists, scored by BM25; empty documents are allowed."""

    def __init__(self, keys: list[str], bm25: bm25s.BM25 | None) -> None:
        self.keys = keys
        self.bm25 = bm25
        self._derived: dict[str, Any] = {}

    def derived(self, name: str, build: Callable[[TermIndex], T]) -> T:
        """A value read from this index (a label map, a script mask), built on first use and
        kept as long as the index is: a rebuilt index starts without it."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return cast(T, self._derived[name])

    @classmethod
    def build(cls, keys: list[str], terms: list[list[str]]) -> TermIndex:
        if not keys:
            return cls([], None)
        bm25 = bm25s.BM25()
        bm25.index([t or [""] for t in terms], show_progress=False)
        return cls(keys, bm25)

    def scores(self, terms: list[str]) -> np.ndarray:
        if self.bm25 is None:
            return np.zeros(0, dtype=np.float32)
        vocab = self.bm25.vocab_dict
        known = [t for t in terms if t in vocab and t]
        if not known:
            return np.zeros(len(self.keys), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(known), dtype=np.float32)

    def search(self, terms: list[str], k: int) -> list[tuple[str, float]]:
        scores = self.scores(terms)
        top = [i for i in np.argsort(-scores)[:k] if scores[i] > 0]
        return [(self.keys[i], float(scores[i])) for i in top]

    def save(self, folder: Path, stamp: str) -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.bm25 is not None:
            self.bm25.save(str(tmp), show_progress=False)
        (tmp / "keys.json").write_text(json.dumps({"stamp": stamp, "keys": self.keys}), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, stamp: str) -> TermIndex | None:
        meta = folder / "keys.json"
        if not meta.is_file():
            return None
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data.get("stamp") != stamp:
            return None
        keys = list(data["keys"])
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if keys else None
        return cls(keys, bm25)


class CachedIndex:
    """A TermIndex rebuilt when the store's articles change, persisted between processes."""

    def __init__(
        self,
        store: GraphStore,
        folder: Path | None,
        build: Callable[[], tuple[list[str], list[list[str]]]],
        version: str = "",
    ) -> None:
        """`version` names how `build` reads the store: a saved index of another version is rebuilt."""
        self.store = store
        self.folder = folder
        self._build = build
        self.version = version
        self._generation = -1
        self._stamp = ""
        self._index: TermIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> TermIndex:
        with self._lock:
            generation = store_generation(self.store)  # a remote store: always re-check
            if self._index is not None and generation >= 0 and self._generation == generation:
                return self._index
            stamp = fingerprint(self.store) + self.version
            if self._index is None or stamp != self._stamp:
                index = TermIndex.load(self.folder, stamp) if self.folder else None
                if index is None:
                    index = TermIndex.build(*self._build())
                    if self.folder:
                        index.save(self.folder, stamp)
                self._index, self._stamp = index, stamp
            self._generation = generation
            return self._index
