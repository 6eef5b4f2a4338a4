"""The default embedder runs the converted e5 model on ONNX Runtime: same vectors as torch."""

from __future__ import annotations

import numpy as np
import pytest

from kg.embedding.embedder import SentenceTransformerEmbedder, load_embedder
from kg.embedding.onnx_embedder import ONNX_FILE, OnnxEmbedder
from qa.services import Services

TEXTS = [
    "엔비디아 H100 메모리 대역폭은?",
    "Who led the Series D round?",
    "SK하이닉스는 2024년 3월 HBM3E를 양산하기 시작했다고 밝혔다. " * 3,  # longer: padding in a batch
    "x",
]


@pytest.fixture(scope="module")
def onnx(corpus_services: Services) -> OnnxEmbedder:
    embedder = corpus_services.embedder
    assert isinstance(embedder, OnnxEmbedder)  # the default runtime
    return embedder


def test_onnx_vectors_equal_the_torch_ones(onnx: OnnxEmbedder) -> None:
    torch_path = SentenceTransformerEmbedder(onnx.model_dir)
    queries = np.stack([onnx.embed_query(t) for t in TEXTS])
    assert np.allclose(queries, np.stack([torch_path.embed_query(t) for t in TEXTS]), atol=1e-4)
    passages = onnx.embed_passages(TEXTS)  # one padded batch, sorted by length inside
    assert np.allclose(passages, torch_path.embed_passages(TEXTS), atol=1e-4)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert onnx.embed_passages([]).shape == (0, onnx.dim)


def test_export_happens_once_and_threads_can_change(onnx: OnnxEmbedder) -> None:
    exported = onnx.model_dir / ONNX_FILE
    stamp = exported.stat().st_mtime_ns
    again = OnnxEmbedder(onnx.model_dir, threads=1)
    assert exported.stat().st_mtime_ns == stamp
    before = again.embed_query(TEXTS[0])
    again.set_threads(2)
    assert np.allclose(again.embed_query(TEXTS[0]), before, atol=1e-5)


def test_unknown_runtime_is_a_clear_error(onnx: OnnxEmbedder) -> None:
    with pytest.raises(ValueError, match="runtime"):
        load_embedder(onnx.model_dir, "", "tensorflow")
