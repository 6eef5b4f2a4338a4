"""Test helper: what the extractor finds in a text written for a test, in short ids."""

from __future__ import annotations

from ingest.document import Article
from ingest.extract import Extractor


def extracted(extractor: Extractor, text: str, lang: str) -> tuple[set[tuple[str, str, str, str]], dict[str, str]]:
    """The relations (short ids, with status) and the mentions (text -> short id) of a text."""
    x = extractor.extract(Article(id="t", body=text, title="t", lang=lang))
    short = lambda iri: iri.rsplit("/", 1)[1]  # noqa: E731
    relations = {(short(r.subject), r.predicate, short(r.object), r.status) for r in x.relations}
    return relations, {m.text: short(m.iri) for m in x.mentions}


def triples(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    """The relations of a text as (subject, predicate, object) in short ids, status left out."""
    relations, _ = extracted(extractor, text, lang)
    return {(s, p, o) for s, p, o, _ in relations}
