"""Duplicate articles: the same body word for word, or a near-copy of it (the same story
syndicated on several sites) found with MinHash LSH (datasketch).

The store is the source of truth: the index is built from the stored article texts on
first use and rebuilt whenever someone else has written to the store since.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from kg.namespaces import SCHEMA, TKG
from kg.store import GraphStore

NUM_PERM = 128
SHINGLE = 5  # characters: works the same for Korean (no spaces needed) and English
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets that counts as the same story
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Duplicate:
    article_id: str  # the first copy
    similarity: float  # 1.0 for an identical body
    exact: bool


def _normal(body: str) -> str:
    return SPACES.sub(" ", body).strip().lower()


def body_hash(body: str) -> str:
    return hashlib.sha256(_normal(body).encode("utf-8")).hexdigest()


def minhash(body: str) -> MinHash:
    text = _normal(body)
    shingles = {text[i : i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))}
    sketch = MinHash(num_perm=NUM_PERM)
    sketch.update_batch([s.encode("utf-8") for s in shingles])
    return sketch


class DuplicateIndex:
    """Exact body hashes plus an LSH index of MinHash sketches over every stored article."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._hashes: dict[str, str] = {}
        self._sketches: dict[str, MinHash] = {}
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)

    def _fresh(self) -> None:
        generation = getattr(self.store, "generation", None)
        if self._generation is not None and generation == self._generation:
            return
        rows = self.store.select(
            f"SELECT ?id ?text WHERE {{ GRAPH ?g {{ ?a a <{SCHEMA.NewsArticle}> ; "
            f"<{TKG.articleId}> ?id ; <{TKG.text}> ?text }} }}"
        )
        self._hashes, self._sketches = {}, {}
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        for row in rows:
            self._add(str(row["id"]), str(row["text"]))
        self._generation = generation

    def _add(self, article_id: str, body: str) -> None:
        if article_id in self._sketches:
            self._lsh.remove(article_id)
        self._hashes[article_id] = body_hash(body)
        self._sketches[article_id] = minhash(body)
        self._lsh.insert(article_id, self._sketches[article_id])

    def find(self, article_id: str, body: str) -> Duplicate | None:
        """The stored article (other than `article_id` itself) this body copies, if any."""
        with self._lock:
            self._fresh()
            digest = body_hash(body)
            for other, other_hash in sorted(self._hashes.items()):
                if other != article_id and other_hash == digest:
                    return Duplicate(other, 1.0, True)
            sketch = minhash(body)
            scored = [
                (sketch.jaccard(self._sketches[other]), other)
                for other in self._lsh.query(sketch)
                if other != article_id
            ]
            scored = [(score, other) for score, other in scored if score >= THRESHOLD]
            if not scored:
                return None
            score, other = max(scored)
            return Duplicate(other, round(score, 3), False)

    def added(self, article_id: str, body: str) -> None:
        """Record an article just written to the store (and the store generation it made)."""
        with self._lock:
            self._fresh_after_own_write(article_id, body)

    def _fresh_after_own_write(self, article_id: str, body: str) -> None:
        if self._generation is None:
            self._fresh()
            return
        self._add(article_id, body)
        self._generation = getattr(self.store, "generation", None)
