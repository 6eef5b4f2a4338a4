"""`Nvidia's H100`, `엔비디아의 H100`: a possessive names the maker when the catalog agrees.

A possessive alone is weak evidence (`Microsoft's investment`, `OpenAI's models`); with the
catalog recording the owner as the product's maker it is a safe `develops`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ingest.extraction import Mention
from kg.catalog import Catalog


def owned_products(
    doc: Doc, mentions: list[tuple[Span, Mention]], catalog: Catalog
) -> list[tuple[Mention, str, Mention, str]]:
    out: list[tuple[Mention, str, Mention, str]] = []
    for i, (owner_span, owner) in enumerate(mentions):
        owner_entity = catalog.by_iri(owner.iri)
        if owner_entity is None:
            continue
        for thing_span, thing in mentions[i + 1 : i + 3]:
            entity = catalog.by_iri(thing.iri)
            if entity is None or entity.parent != owner_entity.id:
                continue
            between = doc[owner_span.end : thing_span.start]
            if [t.text for t in between] in (["'s"], ["’s"], ["의"], []):
                out.append((owner, "develops", thing, "asserted"))
    return out
