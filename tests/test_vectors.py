"""The vector index seam: the exact and the HNSW backends agree, persist, and forget."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kg.vectors import ExactIndex, HnswIndex, make_index


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture()
def vectors() -> np.ndarray:
    return _unit(np.random.default_rng(7).normal(size=(600, 32)))


def _fill(index: ExactIndex, vectors: np.ndarray) -> None:
    for g in range(6):  # six "articles" of 100 sentences
        block = vectors[g * 100 : (g + 1) * 100]
        index.put(f"a{g}", [f"a{g}/s/{i}" for i in range(100)], block)


def test_exact_and_hnsw_return_the_same_top_hits(tmp_path: Path, vectors: np.ndarray) -> None:
    exact, approx = ExactIndex(tmp_path / "exact"), HnswIndex(tmp_path / "hnsw")
    _fill(exact, vectors)
    _fill(approx, vectors)
    queries = _unit(vectors[::37] + np.random.default_rng(1).normal(scale=0.1, size=vectors[::37].shape))
    for query in queries:
        want = [h.key for h in exact.search(query, 5)]
        got = approx.search(query, 5)
        assert [h.key for h in got] == want
        assert got[0].score == pytest.approx(exact.search(query, 1)[0].score, abs=1e-4)


def test_hnsw_follows_replace_and_delete_and_reloads_from_disk(tmp_path: Path, vectors: np.ndarray) -> None:
    index = HnswIndex(tmp_path)
    _fill(index, vectors)
    query = vectors[150]
    assert index.search(query, 1)[0].key == "a1/s/50"
    index.put("a1", ["a1/s/0"], vectors[:1])  # article a1 re-ingested with other text
    assert all(h.group != "a1" or h.key == "a1/s/0" for h in index.search(query, 10))
    assert index.delete("a0")
    assert all(h.group != "a0" for h in index.search(vectors[0], 10))
    reloaded = make_index("hnsw", tmp_path)
    assert len(reloaded) == len(index) == 401
    assert reloaded.search(vectors[250], 1)[0].key == "a2/s/50"


def test_unknown_backend_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="vector_backend"):
        make_index("faiss-gpu", tmp_path)
