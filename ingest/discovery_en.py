"""`trendkg_en_names`: English names beyond the catalog, as a spaCy component.

Keeps the small model's ORG/PERSON/PRODUCT spans that look like names, retyped by the
words around them (`X chip` -> Chip, `… Labs` -> Company); never trusts its type for
anything the catalog ruler already claimed; lone surnames wait for a full name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.names_common import EVENTS, GENERIC_NAMES, SURNAME, link_parentheticals


def label_is_term(span: Span) -> bool:
    """English spans that are terms, not names: bare acronyms, `Data Center`, `Software`."""
    text = span.text
    if re.fullmatch(r"[A-Z]{2,5}s?", text):
        nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        return nxt not in EN_CHIP_CUES | EN_PLATFORM_CUES | EN_PRODUCT_CUES
    words = text.split()
    return all(w.lower() in GENERIC_EN_WORDS for w in words)


GENERIC_EN_WORDS = {
    "ai",
    "data",
    "center",
    "centre",
    "software",
    "hardware",
    "cloud",
    "engine",
    "generative",
    "enterprise",
    "foundry",
    "memory",
    "chip",
    "chips",
    "model",
    "models",
    "explainer",
    "compute",
    "network",
    "networking",
    "research",
    "science",
    "technology",
    "labs",
    "lab",
    "team",
    "group",
    "division",
    "unit",
    "office",
}


NOT_ORG_WORDS = re.compile(
    r"\b(Department|Ministry|Bureau|Commission|Agency|Congress|Parliament|Government|Forum|Council|Senate|"
    r"White House|Court|Administration)\b"
)
ORG_LAST_WORDS = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "labs",
    "systems",
    "computing",
    "technologies",
    "technology",
    "partners",
    "ventures",
    "capital",
    "group",
    "holdings",
    "semiconductor",
    "electronics",
    "ai",
    "networks",
}


EN_TYPES = {"ORG": "Company", "PERSON": "Person", "PRODUCT": "Product"}
EN_CHIP_CUES = {
    "chip",
    "chips",
    "gpu",
    "gpus",
    "accelerator",
    "accelerators",
    "processor",
    "processors",
    "cpu",
    "cpus",
    "npu",
    "superchip",
    "lpu",
}
EN_PLATFORM_CUES = {"platform", "service", "cloud"}
EN_PRODUCT_CUES = {"model", "models", "supercomputer", "system", "chatbot", "assistant"}


def _described_as(doc: Doc, start: int) -> str | None:
    """`its first chatbot, Grok`, `a chip called Gaudi`: the class word just before a name
    types it (the small model calls Grok a person)."""
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before[-1:] == [","] or before[-1:] in (["called"], ["named"], ["dubbed"]):
        cue = before[-2] if before[-1:] == [","] and len(before) >= 2 else (before[-3] if len(before) >= 3 else "")
        for words, label in ((EN_CHIP_CUES, "Chip"), (EN_PLATFORM_CUES, "Platform"), (EN_PRODUCT_CUES, "Product")):
            if cue in words:
                return label
    return None


@Language.component("trendkg_en_names")
def english_names(doc: Doc) -> Doc:
    kept: list[Span] = []
    for ent in doc.ents:
        if ent.ent_id_ or ent.label_ not in EN_TYPES:
            if ent.ent_id_ or ent.label_ in ("MONEY", "PERCENT", "DATE", "QUANTITY", "CARDINAL"):
                kept.append(ent)
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = ent.end - (1 if ent[-1].text in ("'s", "’s") else 0)
        if start >= end:
            continue
        span = doc[start:end]
        text = span.text
        if text in GENERIC_NAMES or text in EVENTS or not re.search(r"[A-Z]", text) or len(text) < 2 or "\n" in text:
            continue
        if label_is_term(span) or NOT_ORG_WORDS.search(text) or re.search(r",| or | and ", text):
            continue
        label = _described_as(doc, start) or EN_TYPES[ent.label_]
        nxt = doc[end].lower_ if end < len(doc) else ""
        last = text.split()[-1].lower()
        if label == "Person" and re.search(r"\d", text):
            continue
        if label == "Person" and len(span) < 2:  # a lone surname: linked only to a full name seen before
            kept.append(Span(doc, start, end, label="Person", kb_id=SURNAME))
            continue
        if label == "Person" and last in ORG_LAST_WORDS:
            label = "Company"
        if label != "Person":
            if last in EN_CHIP_CUES or last in ("unit", "core"):
                label = "Chip"
            elif last in ORG_LAST_WORDS:
                label = "Company"
            elif nxt in EN_CHIP_CUES:
                label = "Chip"
            elif nxt in EN_PLATFORM_CUES:
                label = "Platform"
            elif nxt in EN_PRODUCT_CUES:
                label = "Product"
        kept.append(Span(doc, start, end, label=label))
    doc.ents = filter_spans(kept)
    link_parentheticals(doc)
    return doc
