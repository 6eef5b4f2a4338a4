"""Versions and editions written after a known name are a different product.

`엑사원 3.0`, `Llama 3.2`, `Snapdragon X Plus`, `iPhone 15 Pro`: the catalog knows the family
(`엑사원`, `Llama`, `Snapdragon`, `iPhone`) and the phrase matcher stops there, which would link
the edition to the family. The span is extended over the version or edition words and its
catalog link dropped, so it becomes a new entity of the same type (and can be reviewed or
added to the catalog later). A memory stack height (`HBM3E 12H`) is such a new product too.
A whole-number generation the catalog lacks (`Mistral Large 2`, `Llama 4`, `Xeon 6`) is a new
product too. A model's parameter count (`Llama 2 70B`) or hyphened size (`Phi-3-mini`), a
three-digit series number after a chip family (`Ryzen AI 300`) and an unknown part number
after a chip (`Colossus MK2 GC200`) are one size, series or part of the catalog entity: the
span is extended and keeps its link. A company's investment
arm (`Snowflake Ventures`, `Cisco Investments`, `Samsung Catalyst Fund`, `AMD 벤처스`) is a new company.
A new name is minted from the family's catalog id plus a tail without Hangul, so `엑사원 3.0`
and `EXAONE 3.0` get one IRI in both languages.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.extraction import ARTIFACT_TYPES
from ingest.names_common import VARIANT
from kg.catalog import Catalog

EDITION = r"(?:Pro|Max|Ultra|Plus|Elite|Mini|Nano|Lite|Turbo|Air)"
TAIL = re.compile(rf"^ (?:\d+\.\d+(?:\.\d+)?(?![\d.A-Za-z])|(?:(?:[A-Z]|\d{{1,3}}) )?{EDITION}(?![A-Za-z]))")
# a number that ends there (not `8x7B`, `1,000`, `3.5`) and is no quantity (`208 billion`, `192 GB`)
NUMBER_END = r"(?![\w%]|[.,]\d)(?! ?(?:billion|million|trillion|thousand|percent|times|[KMGT]B|W|TOPS|cores)\b)"
# `Phi-3-mini`, `Llama 2-Chat`: an edition word hyphened to the family's name (the family still)
HYPHEN_EDITION = re.compile(
    r"^-(?:mini|small|medium|large|vision|instruct|turbo|nano|lite|pro|plus|max|ultra|preview|chat|code)"
    r"(?:-[a-z0-9]+)*(?![A-Za-z0-9-])",  # a Korean particle may follow: `Phi-3-mini를`
    re.IGNORECASE,
)
STACK = re.compile(r"^ \d{1,2}H(?![\w-])")
SIZE = re.compile(r"^ \d{1,4}(?:\.\d)?[BM](?![\w-])")
GENERATION = re.compile(rf"^ \d{{1,2}}{NUMBER_END}")
SERIES = re.compile(rf"^ \d{{3}}[A-Z]?{NUMBER_END}")
PART = re.compile(r"^ [A-Z]{1,3}\d{2,4}[A-Z]?(?![\w-])")
INVESTMENT_ARM = re.compile(  # a Korean particle may follow the Korean words: `AMD 벤처스는`
    r"^ (?:(?:[A-Z][a-z]+ )?(?:Ventures|Investments|Capital|Fund)(?![\w-])"
    r"|(?:벤처스|벤처캐피털|캐피털|캐피탈|인베스트먼트|인베스트먼츠|파트너스)(?![A-Za-z0-9-]))"
)


def variant_name(family_id: str, tail: str) -> str | None:
    """The name a new edition's IRI is minted from (`exaone 3.0`), when its tail reads the same in
    both languages; None for a tail in Hangul (`프로`) or an investment arm."""
    return None if re.search(r"[가-힣]", tail) else family_id + tail


ALIAS = re.compile(r"^\([^()]{1,40}\)")  # `엑사원(EXAONE) 3.0`: the version follows the alias


def edition_of(name: str, catalog: Catalog) -> str | None:
    """`엑사원 3.0` -> `exaone 3.0`: the name an edition of a catalog product is minted from,
    None when `name` is no such edition."""
    head, _, tail = name.rpartition(" ")
    entity = catalog.lookup(head) if head and TAIL.match(" " + tail) else None
    if entity is None or entity.type not in ARTIFACT_TYPES:
        return None
    return variant_name(entity.id, " " + tail)


def _tail(ent: Span, text: str) -> tuple[int, bool]:
    """How many characters written right after a catalog name belong to it (0: none), and
    whether the longer name is still the catalog entity (a size, release or series of it).
    `text` is the Doc's text, built once (`Doc.text` joins every token on each call)."""
    rest = text[ent.end_char : ent.end_char + 40]
    if ent.ent_id_ and ent.label_ == "Company":
        arm = INVESTMENT_ARM.match(rest)
        return (arm.end() if arm else 0), False
    if not ent.ent_id_ or ent.label_ not in ARTIFACT_TYPES:
        return 0, False
    alias = ALIAS.match(rest)
    if alias:
        edition = TAIL.match(text[ent.end_char + alias.end() : ent.end_char + alias.end() + 40])
        return (alias.end() + edition.end() if edition else 0), False
    new = TAIL.match(rest) or (STACK.match(rest) if ent.label_ == "Chip" else None)
    if new:
        return new.end(), False
    hyphened = HYPHEN_EDITION.match(rest)  # `Phi-3-mini`: one size of the family, as the gold set links it
    if hyphened:
        return hyphened.end(), True
    if ent.label_ == "Product":
        size = SIZE.match(rest)
        if size:
            return size.end(), True
        generation = GENERATION.match(rest)  # `Mistral Large 2`, `Llama 4`: another model than the family
        return (generation.end() if generation else 0), False
    if ent.label_ != "Chip":
        return 0, True
    part = (SERIES.match(rest) if ent.text[-1:].isalpha() else None) or PART.match(rest)
    if part:
        return part.end(), True
    generation = GENERATION.match(rest) if ent.text[-1:].isalpha() else None  # `Xeon 6`, `Zen 5`
    return (generation.end() if generation else 0), False


@Language.component("trendkg_variants")
def extend_variants(doc: Doc) -> Doc:
    ents = list(doc.ents)
    out: list[Span] = []
    text = doc.text
    skip_to = 0  # the alias inside an edition's name (`EXAONE` of `엑사원(EXAONE) 3.0`) is part of it
    for i, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        extra, same = _tail(ent, text)
        longer = doc.char_span(ent.start_char, ent.end_char + extra, alignment_mode="expand") if extra else None
        inside = [e for e in ents[i + 1 :] if longer is not None and e.start < longer.end]
        if longer is None or any(e.end > longer.end or e.ent_id_ != ent.ent_id_ for e in inside):
            out.append(ent)
            continue
        skip_to = longer.end
        if same:
            out.append(Span(doc, longer.start, longer.end, label=ent.label_, span_id=ent.ent_id_))
        else:
            alias = ALIAS.match(text[ent.end_char : longer.end_char])
            tail_text = text[ent.end_char + (alias.end() if alias else 0) : longer.end_char]
            minted = variant_name(ent.ent_id_, tail_text) if ent.label_ in ARTIFACT_TYPES else None
            name = minted or longer.text
            out.append(Span(doc, longer.start, longer.end, label=ent.label_, kb_id=name, span_id=VARIANT))
    doc.ents = out
    return doc
