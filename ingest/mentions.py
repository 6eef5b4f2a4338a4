"""Entity mentions of a sentence Doc, linked to catalog IRIs (or minted for new names)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ingest.discovery import SURNAME
from ingest.document import slugify
from ingest.extraction import Mention
from kg.catalog import Catalog
from kg.namespaces import ENTITY_TYPES, entity_iri

NOT_NAMES = {"ai", "ceo", "cto", "gpu", "cpu", "npu", "llm", "api", "hbm", "cloud", "data", "ml"}


def new_entity_iri(name: str) -> str:
    """A stable IRI for a name the catalog lacks: same name, same IRI, in every article.
    Korean names are romanised so the IRI stays readable (모빌린트 -> new-mobillinteu)."""
    if re.search(r"[가-힣]", name):
        name = romanize(name)
    return entity_iri("new-" + slugify(name))


def romanize(text: str) -> str:
    from korean_romanizer.romanizer import Romanizer

    return str(Romanizer(text).romanize())


QUOTES = " “”\"'‘’()"


def _clean_name(span: Span) -> tuple[str, int]:
    """The name without quotes or a possessive, and how many characters were cut in front."""
    raw = span.text
    lead = len(raw) - len(raw.lstrip(QUOTES))
    return re.sub(r"(’s|'s)$", "", raw.strip(QUOTES)).strip(QUOTES), lead


def sentence_mentions(
    doc: Doc, offset: int, index: int, catalog: Catalog, people: dict[str, Mention] | None = None
) -> list[tuple[Span, Mention]]:
    """Mentions in one sentence with the spans they came from (for relation rules).

    `people` maps surnames to full-name Person mentions seen earlier in the same article,
    so `Su` after `Lisa Su` is the same person; a surname with no antecedent is dropped."""
    found: list[tuple[Span, Mention]] = []
    people = people if people is not None else {}
    for span in doc.ents:
        if span.label_ not in ENTITY_TYPES:
            continue
        if span.kb_id_ == SURNAME:
            antecedent = people.get(span.text)
            if antecedent:
                start = offset + span.start_char
                found.append(
                    (span, replace(antecedent, text=span.text, start=start, end=start + len(span.text), sentence=index))
                )
            continue
        entity = catalog.get(span.ent_id_) if span.ent_id_ else None
        name, lead = _clean_name(span)
        entity = entity or catalog.lookup(name) or (catalog.lookup(span.kb_id_) if span.kb_id_ else None)
        start = offset + span.start_char
        if entity is not None:
            label = entity.label("ko" if doc.lang_ == "ko" else "en")
            found.append(
                (span, Mention(span.text, start, offset + span.end_char, entity.type, entity.iri, index, label))
            )
            continue
        if len(name) < 2 or name.casefold() in NOT_NAMES or not re.search(r"[A-Za-z가-힣]", name):
            continue
        start += lead
        iri = new_entity_iri(span.kb_id_ or name)
        found.append((span, Mention(name, start, start + len(name), span.label_, iri, index, name, is_new=True)))
    for _, mention in found:
        if mention.type == "Person" and " " in mention.text:
            people[mention.text.split()[-1]] = mention
    return found
