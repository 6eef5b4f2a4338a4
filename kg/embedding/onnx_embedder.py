"""The default embedder's runtime: the converted e5 model exported once to ONNX, run by ONNX Runtime.

sentence-transformers on torch takes ~16 ms to embed one short question on a 2-core CPU;
ONNX Runtime runs the same graph in ~6 ms and gives the same vectors (cosine 1.0 to the
torch path), so stored vector indexes stay valid. The export (torch.onnx, a few seconds)
happens once, into the model directory, under the conversion lock (`make` runs it:
`python -m kg.embedding.onnx_embedder DIR`; else on first use). The tokenizer, prompts,
truncation, mean pooling and normalisation follow that directory's sentence-transformers
files, so the two runtimes cannot drift apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from kg.embedding.e5_convert import locked
from kg.embedding.embedder import PromptedEmbedder, quiet_transformers

ONNX_FILE = "model.onnx"
BATCH = 32


def _is_current(model_dir: Path) -> bool:
    target, weights = model_dir / ONNX_FILE, model_dir / "model.safetensors"
    return target.is_file() and weights.is_file() and target.stat().st_mtime >= weights.stat().st_mtime


def export_onnx(model_dir: Path) -> Path:
    """`model_dir/model.onnx`, exported from the sentence-transformers model there if missing or stale."""
    model_dir = Path(model_dir).absolute()
    if _is_current(model_dir):
        return model_dir / ONNX_FILE
    with locked(model_dir):
        if not _is_current(model_dir):  # another process may have finished meanwhile
            _export(model_dir)
    return model_dir / ONNX_FILE


def _export(model_dir: Path) -> None:
    quiet_transformers()
    import torch
    from sentence_transformers import SentenceTransformer

    first: Any = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)[0]
    transformer = first.auto_model.eval()

    class HiddenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = transformer

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    ids = torch.tensor([[0, 6, 5, 2]])
    partial = model_dir / f"{ONNX_FILE}.partial"
    with warnings.catch_warnings():  # the tracer's notes on shapes it fixes are not the user's concern
        warnings.simplefilter("ignore")
        _trace(torch, HiddenStates(), ids, partial)
    os.replace(partial, model_dir / ONNX_FILE)


def _trace(torch: Any, module: Any, ids: Any, partial: Path) -> None:
    torch.onnx.export(
        module,
        (ids, torch.ones_like(ids)),
        str(partial),
        input_names=["input_ids", "attention_mask"],
        output_names=["hidden"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "hidden")},
        opset_version=17,
        dynamo=False,
    )


class OnnxEmbedder(PromptedEmbedder):
    """E5-style prompts, mean pooling over real tokens, normalised vectors, as the model's
    sentence-transformers configuration says."""

    def __init__(self, model_dir: Path, threads: int = 0) -> None:
        from tokenizers import Tokenizer

        self.model_dir = Path(model_dir)
        self._path = export_onnx(self.model_dir)
        config = json.loads((self.model_dir / "sentence_bert_config.json").read_text())
        prompts = json.loads((self.model_dir / "config_sentence_transformers.json").read_text()).get("prompts", {})
        self.prompts: dict[str, str] = {"query": prompts.get("query", ""), "passage": prompts.get("passage", "")}
        self.tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=int(config.get("max_seq_length", 512)))
        self.tokenizer.no_padding()
        self.dim = int(json.loads((self.model_dir / "config.json").read_text())["hidden_size"])
        self._lock = threading.Lock()
        self._threads = threads
        self._session: Any = None  # opened on first use, so a server that sets its threads loads it once

    def _open(self, threads: int) -> Any:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(0, threads)  # 0: one per core
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        return ort.InferenceSession(str(self._path), options, providers=["CPUExecutionProvider"])

    def set_threads(self, threads: int) -> None:
        """Threads per embedding from now on (a server embeds one short question at a time)."""
        with self._lock:
            if threads != self._threads and self._session is not None:
                self._session = self._open(threads)
            self._threads = threads

    def _encode(self, texts: list[str], prompt_name: str) -> np.ndarray:
        prompt = self.prompts[prompt_name]
        encodings = self.tokenizer.encode_batch([prompt + t for t in texts])
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))  # batches of like length
        for first in range(0, len(order), BATCH):
            batch = order[first : first + BATCH]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = 1
            with self._lock:
                if self._session is None:
                    self._session = self._open(self._threads)
                hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            out[batch] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out


def main(argv: list[str] | None = None) -> int:
    """CLI: export (or confirm) `DIR/model.onnx` for the converted model in DIR; one line out."""
    parser = argparse.ArgumentParser(description="Export the converted e5 model to ONNX once.")
    parser.add_argument("model_dir", type=Path)
    args = parser.parse_args(argv)
    if not (args.model_dir / "model.safetensors").is_file():
        print(f"error: no converted model in {args.model_dir}", file=sys.stderr)
        return 2
    fresh = not _is_current(args.model_dir.absolute())
    path = export_onnx(args.model_dir)
    print(f"{'exported' if fresh else 'up to date'}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
