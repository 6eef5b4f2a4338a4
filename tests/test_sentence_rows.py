"""The answerer's sentence reads (qa.sentence_rows) on a real store: a sentence is read once and
kept, and read again once an article is written over it."""

from __future__ import annotations

from pathlib import Path

from kg.namespaces import NIF, TKG
from kg.store import Row
from qa.sentence_rows import SentenceRows
from qa.services import Services

ARTICLE = """---
title: HBM3E news
date: 2024-02-27
lang: en
---
{first}
SK hynix supplies HBM3E to Nvidia.
"""
SENTENCES = f"SELECT ?s WHERE {{ ?s a <{TKG.Sentence}> ; <{NIF.beginIndex}> ?i }} ORDER BY ?i"


def _ingest(svc: Services, folder: Path, first: str) -> list[str]:
    path = folder / "hbm.md"
    path.write_text(ARTICLE.format(first=first), encoding="utf-8")
    summary = svc.ingestor.ingest_paths([path])
    assert not summary.errors
    return [str(r["s"]) for r in svc.store.select(SENTENCES)]


def test_sentences_are_read_once_until_the_store_changes(fresh_services: Services, tmp_path: Path) -> None:
    keys = _ingest(fresh_services, tmp_path, "Samsung Electronics developed a 12-high HBM3E chip.")
    reads: list[str] = []
    select = fresh_services.store.select

    def counted(query: str) -> list[Row]:
        reads.append(query)
        return select(query)

    fresh_services.store.select = counted  # type: ignore[method-assign]
    rows = SentenceRows(fresh_services.store)
    first = rows.rows(keys)
    assert [str(first[k]["text"]) for k in keys][0].startswith("Samsung Electronics developed")
    assert "https://trendkg.org/id/nvidia" in rows.mentions(keys)[keys[1]]
    assert len(reads) == 2
    assert rows.rows(keys) == first and rows.mentions(keys[:1]) and len(reads) == 2  # kept: no new read
    assert rows.rows([*keys, "https://trendkg.org/id/no-such-sentence"]).keys() == set(keys)

    fresh_services.store.select = select  # type: ignore[method-assign]
    keys = _ingest(fresh_services, tmp_path, "Micron shipped its first HBM3E memory in volume.")
    again = rows.rows(keys)
    assert str(again[keys[0]]["text"]).startswith("Micron shipped")
    assert "https://trendkg.org/id/micron" in rows.mentions(keys)[keys[0]]
