"""Chunks of the body that sentence splitters may see, with footnote markers cut off.

Offsets are Python string indices into the article body, carried end to end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.references import FOOTNOTE

LIST_ITEM = re.compile(r"[ \t]*(?:[-•*·▪]|\d{1,2}[.)])\s")  # `- item`, `• item`, `2) item`


def starts_list_item(text: str, at: int = 0) -> bool:
    """Does the line starting at `at` open a bulleted or numbered list item?"""
    return bool(LIST_ITEM.match(text, at))


@dataclass(frozen=True)
class Chunk:
    """A stretch of one line that ends at most at one footnote marker."""

    start: int
    end: int
    text: str
    footnote: int | None  # the marker right after this chunk, if any


def chunks(body: str, exclude: tuple[int, int] | None = None) -> list[Chunk]:
    """Lines of the body, split after every footnote marker, outside `exclude`."""
    out: list[Chunk] = []
    for line in re.finditer(r"[^\n]+", body):
        if exclude and exclude[0] <= line.start() < exclude[1]:
            continue
        pos = line.start()
        for marker in FOOTNOTE.finditer(body, line.start(), line.end()):
            _add(out, body, pos, marker.start(), int(marker.group(1)))
            pos = marker.end()
        _add(out, body, pos, line.end(), None)
    return out


def _add(out: list[Chunk], body: str, start: int, end: int, footnote: int | None) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Chunk(start, end, body[start:end], footnote))
