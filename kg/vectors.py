"""The vector index seam: sentence IRIs -> vectors, exact cosine search, on disk.

Vectors live next to the graph, one file pair per article (`<id>.npy` + `<id>.json`),
written to a temp name and renamed, so a crash never leaves half an article. Exact
search is right for the demo corpus; `VectorIndex` is the seam an ANN backend
(usearch/hnswlib/faiss) would implement for a million sentences.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    group: str


class VectorIndex(Protocol):
    def put(self, group: str, keys: list[str], vectors: np.ndarray) -> None: ...

    def delete(self, group: str) -> bool: ...

    def search(self, query: np.ndarray, k: int) -> list[Hit]: ...

    def __len__(self) -> int: ...


class ExactIndex:
    """All vectors in one float32 matrix in memory; groups are articles."""

    def __init__(self, path: Path | None, dim: int | None = None) -> None:
        self.path = path
        self.dim = dim
        self._groups: dict[str, tuple[list[str], np.ndarray]] = {}
        self._matrix: np.ndarray | None = None
        self._keys: list[tuple[str, str]] = []
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

    def __len__(self) -> int:
        return sum(len(keys) for keys, _ in self._groups.values())
