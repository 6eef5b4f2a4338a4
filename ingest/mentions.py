"""Entity mentions of a sentence Doc, linked to catalog IRIs (or minted for new names)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.document import slugify
from ingest.extraction import Mention
from kg.catalog import Catalog
from kg.namespaces import ENTITY_TYPES, entity_iri

# spaCy labels whose spans are names worth keeping when the catalog does not know them
NEW_NAME_TYPES = {"ORG": "Company", "PERSON": "Person", "PRODUCT": "Product"}
NOT_NAMES = {"ai", "ceo", "cto", "gpu", "cpu", "npu", "llm", "api", "hbm", "cloud", "data", "ml"}


def new_entity_iri(name: str) -> str:
    """A stable IRI for a name the catalog lacks: same name, same IRI, in every article."""
    return entity_iri("new-" + slugify(name))


QUOTES = " “”\"'‘’()"


def _clean_name(span: Span) -> tuple[str, int]:
    """The name without quotes or a possessive, and how many characters were cut in front."""
    raw = span.text
    lead = len(raw) - len(raw.lstrip(QUOTES))
    return re.sub(r"(’s|'s)$", "", raw.strip(QUOTES)).strip(QUOTES), lead


def sentence_mentions(doc: Doc, offset: int, index: int, catalog: Catalog) -> list[tuple[Span, Mention]]:
    """Mentions in one sentence with the spans they came from (for relation rules)."""
    found: list[tuple[Span, Mention]] = []
    for span in doc.ents:
        entity = catalog.get(span.ent_id_) if span.ent_id_ else None
        if entity is None and span.label_ in ENTITY_TYPES:
            entity = catalog.lookup(span.text)
        if entity is None and span.label_ in NEW_NAME_TYPES:
            name, lead = _clean_name(span)
            entity = catalog.lookup(name)
            if entity is None:
                if len(name) < 2 or name.casefold() in NOT_NAMES or not re.search(r"[A-Z가-힣]", name):
                    continue
                start = offset + span.start_char + lead
                found.append(
                    (
                        span,
                        Mention(name, start, start + len(name), NEW_NAME_TYPES[span.label_],
                                new_entity_iri(name), index, name, is_new=True),
                    )
                )
                continue
        if entity is None:
            continue
        start = offset + span.start_char
        found.append(
            (span, Mention(span.text, start, offset + span.end_char, entity.type, entity.iri, index,
                           entity.label(doc.lang_ if doc.lang_ in ("ko", "en") else "en")))
        )
    return found
