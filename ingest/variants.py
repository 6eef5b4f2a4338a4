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
arm (`Snowflake Ventures`, `Cisco Investments`, `Samsung Catalyst Fund`, `AMD 벤처스`, `Samsung
Securities`, `삼성벤처투자`) is a new company.
A new name is minted from the family's catalog id plus a tail without Hangul, so `엑사원 3.0`
and `EXAONE 3.0` get one IRI in both languages; a Korean edition word is read as its English one
(`블랙웰 울트라` and `Blackwell Ultra` are one chip). A model code written before a catalog name
that itself carries a number (`GB300 NVL72`, where `NVL72` is the catalog's short form of
`GB200 NVL72`) names a sibling product, a new one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.extraction import ARTIFACT_TYPES
from ingest.mentions import QUOTES
from ingest.names_common import VARIANT
from kg.catalog import Catalog

EDITION = r"(?:Pro|Max|Ultra|Plus|Elite|Mini|Nano|Lite|Turbo|Air)"
TAIL = re.compile(rf"^ (?:\d+\.\d+(?:\.\d+)?(?![\d.A-Za-z])|(?:(?:[A-Z]|\d{{1,3}}) )?{EDITION}(?![A-Za-z]))")
# a number that ends there (not `8x7B`, `1,000`, `3.5`) and is no quantity (`208 billion`, `192 GB`)
# (a Korean particle may follow: `라마 4는`, not a counter: `4개`)
PARTICLES = "은|는|이|가|을|를|의|와|과|도|로|으로|에|에서|에도|보다"
NUMBER_END = (
    rf"(?=$|[^\w%]|(?:{PARTICLES})(?![가-힣]))(?![.,]\d)"  # (`1만` is ten thousand)
    r"(?! ?(?:billion|million|trillion|thousand|percent|times|[KMGT]B|W|TOPS|cores)\b)"
)
# `Phi-3-mini`, `Llama 2-Chat`: an edition word hyphened to the family's name (the family still)
HYPHEN_EDITION = re.compile(
    r"^-(?:mini|small|medium|large|vision|instruct|turbo|nano|lite|pro|plus|max|ultra|preview|chat|code)"
    r"(?:-[a-z0-9]+)*(?![A-Za-z0-9-])",  # a Korean particle may follow: `Phi-3-mini를`
    re.IGNORECASE,
)
# `블랙웰 울트라`, `울트라는`: a Korean edition word (a particle may follow; `프로젝트` is no edition)
KOREAN_EDITIONS = {
    "프로": "Pro", "맥스": "Max", "울트라": "Ultra", "플러스": "Plus", "엘리트": "Elite",
    "미니": "Mini", "나노": "Nano", "라이트": "Lite", "터보": "Turbo", "에어": "Air",
}  # fmt: skip
KOREAN_TAIL = re.compile(rf"^ ({'|'.join(KOREAN_EDITIONS)})(?=$|[^가-힣]|(?:{PARTICLES}|만)(?![가-힣]))")
CODE_BEFORE = re.compile(r"(?:^|(?<=[\s‘“'\"(]))[A-Z]{1,4}\d{2,4}[A-Z]? $")  # `GB300 ` before `NVL72`
STACK = re.compile(r"^ \d{1,2}H(?![\w-])")
SIZE = re.compile(r"^ \d{1,4}(?:\.\d)?[BM](?![\w-])")
GENERATION = re.compile(rf"^ \d{{1,2}}[a-z]?{NUMBER_END}")  # `아이폰 16e`, `Pixel 9a`: a lettered model too
SERIES = re.compile(rf"^ \d{{3}}[A-Z]?{NUMBER_END}")
PART = re.compile(r"^ [A-Z]{1,3}\d{2,4}[A-Z]?(?![\w-])")
# a company's investment arm or listed affiliate written after its name: another company than the
# group (a Korean particle may follow the Korean words: `AMD 벤처스는`)
COMPANY_ARM = re.compile(
    r"^ (?:(?:[A-Z][a-z]+ )?(?:Ventures|Investments?|Capital|Fund|Securities|Asset Management)(?![\w-])"
    # a group's listed affiliates (`LG Energy Solution`, `Samsung SDI`)
    r"|(?:Energy Solution|Display|Chem|Biologics|SDI|SDS|Innotek|Uplus|Mobis|Glovis|Electro-Mechanics|"
    r"Heavy Industries|Life Sciences)(?![\w-])"
    r"|(?:벤처스|벤처캐피털|캐피털|캐피탈|인베스트먼트|인베스트먼츠|파트너스|증권|벤처투자|자산운용)(?![A-Za-z0-9-]))"
)


def variant_name(family_id: str, tail: str) -> str | None:
    """The name a new edition's IRI is minted from (`exaone 3.0`, `blackwell Ultra` for `블랙웰
    울트라`), when its tail reads the same in both languages; None for another tail in Hangul or a
    company's arm."""
    korean = KOREAN_TAIL.match(tail)
    if korean:
        return family_id + " " + KOREAN_EDITIONS[korean.group(1)]
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
        arm = COMPANY_ARM.match(rest)
        return (arm.end() if arm else 0), False
    if not ent.ent_id_ or ent.label_ not in ARTIFACT_TYPES:
        return 0, False
    alias = ALIAS.match(rest)
    if alias:
        edition = TAIL.match(text[ent.end_char + alias.end() : ent.end_char + alias.end() + 40])
        return (alias.end() + edition.end() if edition else 0), False
    new = TAIL.match(rest) or KOREAN_TAIL.match(rest) or (STACK.match(rest) if ent.label_ == "Chip" else None)
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


def _sibling(doc: Doc, ent: Span, text: str) -> Span | None:
    """`GB300 NVL72`: a model code right before a catalog chip or product named by a code (the
    catalog's short form of `GB200 NVL72`) names another product; the longer span, or None."""
    if not ent.ent_id_ or ent.label_ not in ARTIFACT_TYPES or not re.search(r"\d", ent.text) or ent.start == 0:
        return None
    code = CODE_BEFORE.search(text[max(0, ent.start_char - 12) : ent.start_char])
    if code is None or doc[ent.start - 1].ent_type_:
        return None
    return doc.char_span(ent.start_char - len(code.group(0)), ent.end_char, alignment_mode="expand")


@Language.component("trendkg_variants")
def extend_variants(doc: Doc) -> Doc:
    text = doc.text
    ents = []
    for ent in doc.ents:
        sibling = _sibling(doc, ent, text)
        if sibling is None:
            ents.append(ent)
            continue
        name = sibling.text.strip(QUOTES)
        ents.append(Span(doc, sibling.start, sibling.end, label=ent.label_, kb_id=name, span_id=VARIANT))
    out: list[Span] = []
    skip_to = 0  # the alias inside an edition's name (`EXAONE` of `엑사원(EXAONE) 3.0`) is part of it
    for i, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        if ent.ent_id_ == VARIANT:
            out.append(ent)
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
