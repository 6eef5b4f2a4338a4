"""`trendkg_en_names`: English names beyond the catalog, as a spaCy component.

Keeps the small model's ORG/PERSON/PRODUCT spans that look like names, retyped by the
words around them (`X chip` -> Chip, `… Labs` -> Company, `its chatbot X` -> Product);
never trusts its type for anything the catalog ruler already claimed; lone surnames wait
for a full name. Drops what the words around a span show is no name of the six types
(`Bristol-based`, `the Apache 2.0 license`, `mixture-of-experts (MoE)`), and adds model
codes the small model skips when a chip word follows (`the M4 chip`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest.en_acronyms import defined_acronym
from ingest.en_cue_words import (
    APPOSITIVE_TYPES,
    CUE_TYPES,
    EN_CHIP_CUES,
    EN_PLATFORM_CUES,
    EN_PRODUCT_CUES,
    EN_TYPES,
)
from ingest.en_divisions import company_divisions
from ingest.en_hyphen_names import HYPHENS, widen_hyphen_chains
from ingest.en_letter_names import letter_hyphen_names
from ingest.en_list_names import list_names
from ingest.en_lone_names import acting_nationality
from ingest.en_name_context import (
    DETERMINERS,
    FIRM_NOUNS,
    PLACES,
    bought_slot,
    dateline,
    firm_before,
    firm_name_start,
    given_name_before,
)
from ingest.name_types import CUED_TYPES
from ingest.names_common import EVENTS, GENERIC_NAMES, SURNAME, link_parentheticals, set_names
from ingest.org_slots_en import STOP_WORDS, launched, slot_names


def label_is_term(span: Span) -> bool:
    """English spans that are terms, not names: bare acronyms, `Data Center`, `Software`."""
    text = span.text
    if re.fullmatch(r"[A-Z]{2,5}s?", text):
        spelled = defined_acronym(span.doc, span.start, span.end)
        if spelled is not None and not NOT_ORG_WORDS.search(spelled):
            return False  # `Metro-Goldwyn-Mayer (MGM)`: the short form of a name (not of a regulator's)
        if span.start > 0 and span.doc[span.start - 1].lower_ in FIRM_NOUNS and span.doc[span.start - 1].is_lower:
            return False  # `the private equity firm IMM`
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
    "inc", "inc.", "corp", "corp.", "corporation", "labs", "systems", "computing", "technologies", "technology",
    "partners", "ventures", "capital", "group", "holdings", "semiconductor", "electronics", "ai", "networks",
    "collective", "associates", "management", "robotics", "industries", "communications", "motors", "energy",
    "international", "incorporated", "limited", "ltd", "ltd.", "plc", "llc", "devices", "instruments", "global",
    "equity", "securities", "investments", "fund", "bank",
}  # fmt: skip


LICENSE_WORDS = {"license", "licence", "licenses", "licences"}
MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}")  # M4, A17
EDITIONS = {"Pro", "Max", "Ultra", "Plus"}


def _cue_type(word: str) -> str | None:
    return next((label for words, label in CUE_TYPES if word in words), None)


def _kind_of_noun(word: str) -> str | None:
    return _cue_type(word) or APPOSITIVE_TYPES.get(word)


UNCLAIMED = {"FAC", "WORK_OF_ART"}  # the small model's buildings and works: `SmolLM`, `Stable Audio`


MADE_BY = {("maker", "of"), ("developer", "of"), ("studio", "behind")}


def _described_as(doc: Doc, start: int) -> str | None:
    """`its first chatbot, Grok`, `a chip called Gaudi`, `its chatbot Grok`, `the startup X`:
    the class word just before a name types it (the small model calls Grok a person)."""
    # a class word is written in lower case: `a CHIPS Act award` names no chip
    before = [t.lower_ if t.is_lower or not t.is_alpha else "" for t in doc[max(0, start - 3) : start]]
    if before[-1:] == [","] or before[-1:] in (["called"], ["named"], ["dubbed"]):
        return _cue_type(before[-2]) if len(before) >= 2 else None  # `its chip, X`, `a chip called X`
    if len(before) >= 2 and before[-2] in DETERMINERS:
        return _cue_type(before[-1])
    if len(before) >= 2 and (before[-2], before[-1]) in MADE_BY:
        return "Product"  # `Mojang, the developer of Minecraft`, `the studio behind Doom`
    return None


def _prefixed_products(doc: Doc, kept: list[Span]) -> list[Span]:
    """`Einstein Copilot`: a proper noun no name claims, right before a catalog product, names
    another product (a maker's name before it is a name of its own: `Microsoft Copilot`); the
    longer spans, which replace the catalog's."""
    taken = {t.i for span in kept for t in span}
    out: list[Span] = []
    for span in kept:
        prev = doc[span.start - 1] if span.start > 0 else None
        prefixed = (
            prev is not None
            and bool(span.ent_id_)
            and span.label_ in ("Product", "Platform")
            and prev.i not in taken
            and not prev.is_sent_start
            and prev.tag_ == "NNP"
            and prev.is_alpha
            and prev.text[:1].isupper()
            and prev.text not in STOP_WORDS | GENERIC_NAMES
        )
        if prefixed:
            out.append(Span(doc, span.start - 1, span.end, label="Product"))
    return out


PLACE_LABELS = {"GPE", "NORP", "LOC"}


def _place_described(doc: Doc, span: Span) -> bool:
    """`its earlier chip, Sycamore`, `a model called Zephyr`: a name the small model took for a
    place or a people, which a class word before it says is a thing."""
    return span.label_ in PLACE_LABELS and _described_as(doc, span.start) not in (None, "Company")


def _appositive_type(span: Span) -> str | None:
    """`Apstra, software that …`, `Data Cloud, Salesforce's data platform`, `X is a cloud
    service`: the head noun of an apposition or a copula's complement types the name (read on
    the surface: the small model often parses the name as a modifier of that noun)."""
    doc, i = span.doc, span.end
    if i >= len(doc) or not (doc[i].text == "," or doc[i].lemma_ == "be"):
        return None
    i += 1
    while i < len(doc) and i < span.end + 9:
        token = doc[i]
        possessor = i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")
        if token.lower_ in DETERMINERS or possessor or token.text in HYPHENS:  # `a data-labeling startup`
            i += 1
            continue
        if token.text.isupper() and token.is_alpha and len(token) <= 3:  # `a legal AI startup`
            i += 1
            continue
        if not (token.is_lower and (token.is_alpha or "-" in token.text)):
            return None
        following = doc[i + 1] if i + 1 < len(doc) else None
        joined = following is not None and following.text in HYPHENS  # `data` of `data-labeling`: read on
        if token.pos_ == "NOUN" and not joined and (following is None or following.pos_ not in ("NOUN", "PROPN")):
            return _kind_of_noun(token.lower_)
        i += 1
    return None


def _middle_initial_end(doc: Doc, end: int) -> bool:
    """A person's name cut after a middle initial: `G`, `.`, then the capitalised surname."""
    initial = doc[end - 1].text
    if end + 1 >= len(doc) or len(initial) != 1 or not initial.isupper() or doc[end].text != ".":
        return False
    return doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_stop


def _not_a_name(doc: Doc, start: int, end: int) -> bool:
    """Context that shows a span is no entity: a place (`Bristol-based`, a `BRISTOL —`
    dateline), a licence (`the Apache 2.0 license`), or the abbreviation of a common term
    written in lower case just before it (`mixture-of-experts (MoE)`)."""
    nxt = [t.text for t in doc[end : end + 2]]
    if nxt[:1] in (["-"], ["–"]) and nxt[1:] == ["based"]:
        return True
    if dateline(doc, start, end):
        return True
    if nxt[:1] and nxt[0].lower() in LICENSE_WORDS:
        return True
    bracketed = start >= 2 and doc[start - 1].text == "(" and nxt[:1] == [")"]
    return bracketed and doc[start - 2].is_alpha and doc[start - 2].is_lower


def _model_codes(doc: Doc, taken: set[int]) -> list[Span]:
    """`the M4 chip`, `the A17 Pro chip`: a bare model code (with an edition word) right
    before a chip word is a chip, whether or not the small model saw a name there."""
    out: list[Span] = []
    for token in doc:
        if token.i in taken or not MODEL_CODE.fullmatch(token.text):
            continue
        end = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text in EDITIONS)
        if end < len(doc) and doc[end].lower_ in EN_CHIP_CUES and not any(i in taken for i in range(token.i, end)):
            out.append(Span(doc, token.i, end, label="Chip"))
    return out


LOWER_MODEL_CODE = re.compile(r"[a-z]{1,4}\d+[a-z]?(?:-[a-z0-9]+)+")


def _lowercase_models(doc: Doc, taken: set[int]) -> list[Span]:
    """`o1-preview`, `o1-mini`: a short lower-case code with a digit, hyphened to more lower-case
    parts, is a model name (a year or a count is no head: `mid-2024`, `top-10`). The tokenizer
    keeps such a code one token (`english.LOWER_MODEL_CODE`)."""
    return [
        Span(doc, t.i, t.i + 1, label="Product")
        for t in doc
        if t.i not in taken and LOWER_MODEL_CODE.fullmatch(t.text)
    ]


SEGMENT_WORDS = {
    "laptop", "server", "desktop", "mobile", "client", "notebook", "edge", "pc", "ai", "datacenter", "networking",
}  # fmt: skip
RUN_BEFORE = DETERMINERS | {",", "and", "or", ":"}


def _cued_chip_names(doc: Doc, catalog: set[int]) -> list[Span]:
    """`the Panther Lake laptop processor`, `the Clearwater Forest server chip`: capitalised
    words after a determiner and before a chip word (a market segment may sit between) name a
    chip, whatever type the small model gave them (it calls Clearwater Forest a company)."""
    out: list[Span] = []
    for cue in doc:
        modifier = cue.is_lower and cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ in ("NOUN", "PROPN")
        if cue.lower_ not in EN_CHIP_CUES or modifier:
            continue  # `the Silicon Valley chip startup`: the chip word modifies another noun
        end = cue.i - (1 if cue.i > 0 and doc[cue.i - 1].lower_ in SEGMENT_WORDS else 0)
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == end or start == 0 or doc[start - 1].lower_ not in RUN_BEFORE:
            continue
        if any(i in catalog or doc[i].ent_type_ == "NORP" for i in range(start, end)):  # not `the Chinese AI chip`
            continue
        if doc[start:end].text in GENERIC_NAMES:
            continue
        # `a Tensor Contraction Processor`: part of the name (an acronym is not: `Giglio DPUs`)
        named_cue = cue.text[:1].isupper() and not cue.text[:3].isupper() and end == cue.i
        out.append(Span(doc, start, cue.i + 1 if named_cue else end, label="Chip"))
    return out


@Language.component("trendkg_en_names")
def english_names(doc: Doc) -> Doc:
    widen_hyphen_chains(doc)  # `Metro-Goldwyn-Mayer`, tagged `Metro`
    kept: list[Span] = []
    cued: dict[tuple[int, int], str] = {}  # spans whose type the words around them gave
    clauses: list[Span] = []
    for ent in doc.ents:
        bought = ent.label_ in PLACES | {"NORP", "PERSON", "WORK_OF_ART"} and bought_slot(doc, ent.start, ent.end)
        kind = "ORG" if ent.label_ in PLACES and firm_before(doc, ent.start) or bought else ent.label_
        if kind == "NORP" and acting_nationality(doc, ent.start, ent.end):  # `Atlassian was founded …`
            kept.append(Span(doc, ent.start, ent.end, label="Person", kb_id=SURNAME))  # a lone word, read per article
            continue
        if ent.ent_id_ or kind not in EN_TYPES:
            if ent.ent_id_ or ent.label_ in ("MONEY", "PERCENT", "DATE", "QUANTITY", "CARDINAL"):
                kept.append(ent)
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = ent.end - (1 if ent[-1].text in ("'s", "’s") else 0)
        owner = next((t.i for t in doc[start:end] if t.text in ("'s", "’s")), None)
        if owner is not None and start < owner and kind != "PERSON" and doc[start:owner].text[:1].isupper():
            kept.append(Span(doc, start, owner, label="Company"))  # `Velmora's Quillstream`: two names
            cued[(start, owner)] = "Company"
            start = owner + 1
        if start >= end:
            continue
        if doc[end - 1].lower_ in ORG_LAST_WORDS:  # `Meridian7 Ventures`, tagged `Ventures`
            start = firm_name_start(doc, start, {t.i for e in doc.ents if e.start != ent.start for t in e})
        span = doc[start:end]
        text = span.text
        if text in GENERIC_NAMES or text in EVENTS or not re.search(r"[A-Z]", text) or len(text) < 2 or "\n" in text:
            continue
        if label_is_term(span) or NOT_ORG_WORDS.search(text) or re.search(r",|\b(?:or|and)\b", text):
            continue
        if any(t.is_lower and t.pos_ == "VERB" for t in span):
            clauses.append(ent)  # `Harman bought Arcam` is a clause, not a name (the slots find its names)
            continue
        if _not_a_name(doc, start, end):
            continue
        described = _described_as(doc, start) or _appositive_type(span)
        if kind == "PERSON" and len(span) == 1 and launched(doc, start, end):
            described = "Product"  # `unveiled Agentforce on …`: the small model calls it a person
        label = described or EN_TYPES[kind]
        nxt = doc[end].lower_ if end < len(doc) else ""
        last = text.split()[-1].lower()
        if label == "Person" and last in ORG_LAST_WORDS:
            label = "Company"
        if label == "Person" and re.search(r"\d", text):
            continue
        if label == "Person" and len(span) == 1 and given_name_before(doc, start, kept):
            start -= 1  # `Raghib Hussain becomes …`: the small model kept only the surname
            span, text = doc[start:end], doc[start:end].text
        if label == "Person" and _middle_initial_end(doc, end):
            end += 2  # `Michael G. Wilson`, tagged `Michael G`
            span, text = doc[start:end], doc[start:end].text
        if label == "Person" and len(span) < 2:  # a lone surname: linked only to a full name seen before
            kept.append(Span(doc, start, end, label="Person", kb_id=SURNAME))
            continue
        if label != "Person" and not described:
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
        if described or label != EN_TYPES[kind] or last in ORG_LAST_WORDS:
            cued[(start, end)] = label
        kept.append(Span(doc, start, end, label=label))
    divisions = company_divisions(doc)  # `Amazon Studios`
    prefixed = _prefixed_products(doc, kept) + divisions
    kept = [k for k in kept if not any(k.start < p.end and p.start < k.end for p in prefixed)] + prefixed
    catalog = {t.i for span in kept if span.ent_id_ for t in span}
    kept += _model_codes(doc, catalog)
    lower = _lowercase_models(doc, catalog)  # `o1-preview`: no capital for the small model to see
    kept = [k for k in kept if not any(k.start < m.end and m.start < k.end for m in lower)] + lower
    cued_chips = _cued_chip_names(doc, catalog)
    kept = [k for k in kept if not any(k.start < c.end and c.start < k.end for c in cued_chips)] + cued_chips
    kept += letter_hyphen_names(doc, {t.i for span in kept for t in span})  # `X-energy`
    listed = [ent for ent in doc.ents if ent.label_ in EN_TYPES and re.search(r",|\b(?:or|and)\b", ent.text)]
    claimed = [
        span
        for span in list(doc.ents) + kept
        if span not in listed + clauses and span.label_ not in UNCLAIMED and not _place_described(doc, span)
    ]
    slotted = slot_names(doc, {t.i for span in claimed for t in span}, _kind_of_noun, _described_as)
    kept += slotted + list_names(doc, filter_spans(kept + slotted))
    for span in [*lower, *cued_chips, *slotted, *divisions]:
        cued[(span.start, span.end)] = span.label_
    set_names(doc, kept, prefixed)
    doc.user_data[CUED_TYPES] = cued
    link_parentheticals(doc)
    return doc
