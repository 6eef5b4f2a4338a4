"""The `evidence` list of an answer: the quoted sentences, shaped from SPARQL rows."""

from __future__ import annotations

from typing import Any

from rdflib.term import Node

from kg.store import Row

QUOTED = 5  # sentences quoted at most


def _text(row: Row, key: str) -> str | None:
    value: Node | None = row.get(key)
    return str(value) if value is not None else None


def evidence_json(rows: list[Row]) -> list[dict[str, Any]]:
    """The sentences an answer quotes, one per (article, offset), at most five, as the JSON of
    DESIGN.md: the sentence with its article, title, URL, date, language, offsets and citation."""
    seen: set[tuple[str | None, str | None]] = set()
    out: list[dict[str, Any]] = []
    for row in rows:
        key = (_text(row, "article"), _text(row, "start"))
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "sentence": _text(row, "text"),
                "article": _text(row, "article"),
                "title": _text(row, "title"),
                "url": _text(row, "url"),
                "date": _text(row, "date"),
                "lang": _text(row, "lang"),
                "start": int(str(row["start"])),
                "end": int(str(row["end"])),
                "citation": _text(row, "citation"),
            }
        )
        if len(out) >= QUOTED:
            break
    return out
