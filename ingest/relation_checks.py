"""Checks every rule's relation against the catalog before it is kept.

Rules read one sentence; the catalog knows who makes what. A subject carried over from
earlier sentences never makes or launches a product the catalog credits to another maker
(`공개된 챗GPT` in an article about Microsoft), and a company that manufactures another
maker's chip (`made by Samsung Foundry`, `TSMC 4NP 공정으로 생산`) supplies that maker
rather than developing the chip. A subject that is neither the catalog's maker, its unit, nor
listed with it does not launch a product whose maker the sentence names (`뉘앙스는 애플에 …
공급해 … 나온 ‘시리’`). Two products of one maker are generations, not rivals.
Nothing relates to itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ingest.extraction import Mention
from ingest.mentions import maker_mention
from kg.catalog import Catalog

MANUFACTURING = re.compile(r"manufactur|fabricat|\bmade\b|\bproduc|생산|제조|만들어|양산|공정")
Triple = tuple[Mention, str, Mention, str]


class RelationChecks:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def sentence(self, triples: list[Triple], found: list[tuple[Span, Mention]], text: str) -> list[Triple]:
        """Every triple of one sentence reviewed; where one pair got both `uses` and the
        more specific `builtOn`, only `builtOn` stays."""
        kept = [t for t in (self.review(t, found, text) for t in triples) if t is not None]
        built = {(s.iri, o.iri) for s, p, o, _ in kept if p == "builtOn"}
        return [t for t in kept if not (t[1] == "uses" and (t[0].iri, t[2].iri) in built)]

    def review(self, triple: Triple, found: list[tuple[Span, Mention]], text: str) -> Triple | None:
        """The triple as kept (possibly corrected), or None to drop it."""
        subject, predicate, obj, status = triple
        if subject.iri == obj.iri:
            return None  # `코히어는 … 투자를 유치했다` read as Cohere investing in itself
        if predicate == "competesWith":
            a, b = self.catalog.by_iri(subject.iri), self.catalog.by_iri(obj.iri)
            same_maker = a is not None and b is not None and a.parent is not None and a.parent == b.parent
            return None if same_maker else triple  # a maker's own generations do not compete
        if predicate not in ("develops", "announced"):
            return triple
        maker = maker_mention(self.catalog, obj)
        if maker is None or maker.iri == subject.iri:
            return triple
        if not any(m.iri == subject.iri for _, m in found):
            return None  # a carried topic claiming someone else's product
        if predicate == "announced" and self._maker_apart(subject, maker, found):
            return None  # `뉘앙스는 애플에 … 공급해 … 나온 ‘시리’`: its maker is named right there
        if predicate == "develops" and subject.type == "Company" and MANUFACTURING.search(text):
            return (subject, "supplies", maker, status)
        return triple

    def _maker_apart(self, subject: Mention, maker: Mention, found: list[tuple[Span, Mention]]) -> bool:
        """The catalog's maker is named in the sentence, neither as the subject's partner in a
        list (`Cerebras and G42 announced`) nor as the subject's own parent (`Habana Labs`, Intel's)."""
        own = self.catalog.by_iri(subject.iri)
        parent = self.catalog.get(own.parent) if own is not None and own.parent else None
        if parent is not None and parent.iri == maker.iri:
            return False
        makers = [span for span, m in found if m.iri == maker.iri]
        subjects = [span for span, m in found if m.iri == subject.iri]
        return bool(makers) and not any(_listed_together(a, b) for a in makers for b in subjects)


# what may stand between two names listed together (`Cerebras and G42`, `삼성전자(Samsung)와 구글`)
LIST_GAP = re.compile(r"\)?\s*(?:,|and|&|와|과|·|및)?")


def _listed_together(a: Span, b: Span) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and bool(LIST_GAP.fullmatch(first.doc[first.end : second.start].text.strip()))
