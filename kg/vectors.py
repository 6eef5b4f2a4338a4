"""The vector index seam: sentence IRIs -> vectors, exact cosine search, on disk.

Vectors live next to the graph, one file pair per article (`<id>.npy` + `<id>.json`),
written to a temp name and renamed, so a crash never leaves half an article. Exact
search is right for the demo corpus; `HnswIndex` (hnswlib, approximate) keeps search
sub-linear for a million sentences over the same files. `make_index` picks one by name
(setting `vector_backend`).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    import hnswlib


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    group: str


class VectorIndex(Protocol):
    def put(self, group: str, keys: list[str], vectors: np.ndarray) -> None: ...

    def delete(self, group: str) -> bool: ...

    def search(self, query: np.ndarray, k: int) -> list[Hit]: ...

    def score_keys(self, query: np.ndarray, keys: list[str]) -> dict[str, float]: ...

    def __len__(self) -> int: ...


class ExactIndex:
    """All vectors in one float32 matrix in memory; groups are articles."""

    def __init__(self, path: Path | None, dim: int | None = None) -> None:
        self.path = path
        self.dim = dim
        self._groups: dict[str, tuple[list[str], np.ndarray]] = {}
        self._matrix: np.ndarray | None = None
        self._keys: list[tuple[str, str]] = []
        self._rows: dict[str, int] = {}
        self._lock = threading.RLock()
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
            for meta in sorted(path.glob("*.json")):
                vec_file = meta.with_suffix(".npy")
                if vec_file.exists():
                    keys = json.loads(meta.read_text(encoding="utf-8"))["keys"]
                    vectors = np.load(vec_file)
                    self._groups[meta.stem] = (keys, vectors)
                    self.dim = self.dim or int(vectors.shape[1])

    def put(self, group: str, keys: list[str], vectors: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = self.dim or int(vectors.shape[1])
        vectors = vectors.reshape(len(keys), self.dim)
        with self._lock:
            if self.path is not None:
                tmp_vec = self.path / f".{group}.npy.tmp"
                tmp_meta = self.path / f".{group}.json.tmp"
                with tmp_vec.open("wb") as fh:
                    np.save(fh, vectors)
                tmp_meta.write_text(json.dumps({"keys": keys}), encoding="utf-8")
                os.replace(tmp_vec, self.path / f"{group}.npy")
                os.replace(tmp_meta, self.path / f"{group}.json")
            self._groups[group] = (keys, vectors)
            self._matrix = None

    def delete(self, group: str) -> bool:
        with self._lock:
            if self.path is not None:
                for suffix in (".json", ".npy"):
                    (self.path / f"{group}{suffix}").unlink(missing_ok=True)
            self._matrix = None
            return self._groups.pop(group, None) is not None

    def groups(self) -> list[str]:
        return sorted(self._groups)

    def _build(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                self._keys = [(g, k) for g, (keys, _) in self._groups.items() for k in keys]
                self._rows = {k: i for i, (_, k) in enumerate(self._keys)}
                parts = [v for _, v in self._groups.values()]
                self._matrix = np.vstack(parts) if parts else np.zeros((0, self.dim or 0), np.float32)
            return self._matrix

    def search(self, query: np.ndarray, k: int) -> list[Hit]:
        matrix = self._build()
        if not len(matrix):
            return []
        scores = matrix @ np.asarray(query, dtype=np.float32)
        top = np.argsort(-scores)[:k]
        return [Hit(self._keys[i][1], float(scores[i]), self._keys[i][0]) for i in top]

    def score_keys(self, query: np.ndarray, keys: list[str]) -> dict[str, float]:
        """Cosine of the query with the given keys' vectors (unknown keys are left out):
        exact scores for a candidate set chosen another way (e.g. by entity)."""
        matrix = self._build()
        rows = [(k, self._rows[k]) for k in keys if k in self._rows]
        if not rows:
            return {}
        scores = matrix[[i for _, i in rows]] @ np.asarray(query, dtype=np.float32)
        return {k: float(v) for (k, _), v in zip(rows, scores, strict=True)}

    def __len__(self) -> int:
        return sum(len(keys) for keys, _ in self._groups.values())


class HnswIndex(ExactIndex):
    """The same on-disk files, searched through an in-memory HNSW graph (cosine).

    The graph is built from the files on first search and then updated in place: an
    article's new vectors are added, its old ones marked deleted."""

    def __init__(self, path: Path | None, dim: int | None = None, ef: int = 128, m: int = 16) -> None:
        super().__init__(path, dim)
        self.ef, self.m = ef, m
        self._hnsw: hnswlib.Index | None = None
        self._labels: dict[int, tuple[str, str]] = {}
        self._group_labels: dict[str, list[int]] = {}
        self._next = 0

    def _add(self, group: str, keys: list[str], vectors: np.ndarray) -> None:
        assert self._hnsw is not None
        labels = list(range(self._next, self._next + len(keys)))
        self._next += len(keys)
        needed = self._hnsw.get_current_count() + len(keys)
        if needed > self._hnsw.get_max_elements():
            self._hnsw.resize_index(max(needed, 2 * self._hnsw.get_max_elements()))
        if keys:
            self._hnsw.add_items(vectors, labels)
        self._labels.update({label: (group, key) for label, key in zip(labels, keys, strict=True)})
        self._group_labels[group] = labels

    def _forget(self, group: str) -> None:
        assert self._hnsw is not None
        for label in self._group_labels.pop(group, []):
            self._hnsw.mark_deleted(label)
            del self._labels[label]

    def _graph(self) -> hnswlib.Index | None:
        with self._lock:
            if self._hnsw is None and self.dim:
                import hnswlib  # only this backend needs it (a compiled extension)

                self._hnsw = hnswlib.Index(space="cosine", dim=self.dim)
                self._hnsw.init_index(max_elements=max(1024, len(self)), ef_construction=200, M=self.m)
                self._hnsw.set_ef(self.ef)
                for group, (keys, vectors) in self._groups.items():
                    self._add(group, keys, vectors)
            return self._hnsw

    def put(self, group: str, keys: list[str], vectors: np.ndarray) -> None:
        with self._lock:
            super().put(group, keys, vectors)
            if self._hnsw is not None:
                self._forget(group)
                self._add(group, keys, self._groups[group][1])

    def delete(self, group: str) -> bool:
        with self._lock:
            if self._hnsw is not None:
                self._forget(group)
            return super().delete(group)

    def search(self, query: np.ndarray, k: int) -> list[Hit]:
        graph = self._graph()
        if graph is None or not self._labels:
            return []
        with self._lock:
            k = min(k, len(self._labels))
            graph.set_ef(max(self.ef, k))
            labels, distances = graph.knn_query(np.asarray(query, dtype=np.float32), k=k)
        hits = [(self._labels[int(lb)], 1.0 - float(d)) for lb, d in zip(labels[0], distances[0], strict=True)]
        return [Hit(key, score, group) for (group, key), score in hits]


BACKENDS = {"exact": ExactIndex, "hnsw": HnswIndex}


def make_index(backend: str, path: Path | None) -> ExactIndex:
    """The vector index named by the `vector_backend` setting."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown vector_backend {backend!r} (choose from {', '.join(BACKENDS)})")
    return BACKENDS[backend](path)
