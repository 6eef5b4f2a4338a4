"""Names the catalog does not know: spaCy components registered by name.

`trendkg_ko_names` (after the catalog ruler, Korean): Kiwi proper nouns (NNP) and OOV runs,
Latin-script runs, short quoted names, parenthetical acronyms `LONG(ACR)`; typed from name
suffixes (전자, 랩스, 연구소 …) and context cues (`X 칩`, `스타트업 X`, `X 대표`).
`trendkg_en_names` (after `ner`, English): keeps the statistical ORG/PERSON/PRODUCT spans
that look like names, retyped by the words around them (`X chip` → Chip); never trusts
the small model's type for anything the catalog already claimed.
Spans carry their type as label; `kb_id_` holds the name an IRI should be minted from
(the Latin alias of `리벨리온(Rebellions)`), so one new entity gets one IRI in both languages.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

GENERIC_NAMES = {
    # Kiwi tags these as proper nouns; they are common words in tech writing
    "클라우드",
    "데이터센터",
    "인공지능",
    "생성형",
    "반도체",
    "메모리",
    "파운드리",
    "스타트업",
    "팹리스",
    "엔비",
    "디아",
    "오픈",
    "소스",
    "빅테크",
    "에지",
    "엣지",
    "온디바이스",
    "트랜스포머",
    "미국",
    "중국",
    "한국",
    "일본",
    "대만",
    "유럽",
    "서울",
    "실리콘밸리",
    "판교",
    "정부",
    "하이퍼",
    "스케일러",
    "코로나",
    "AI",
    "GPU",
    "CPU",
    "NPU",
    "TPU",
    "LLM",
    "API",
    "HBM",
    "SoC",
    "ASIC",
    "FPGA",
    "DRAM",
    "NAND",
    "SRAM",
    "PC",
    "IT",
    "ICT",
    "CEO",
    "CTO",
    "CFO",
    "VP",
    "SW",
    "HW",
    "ML",
    "DL",
    "IoT",
    "R&D",
    "TOPS",
    "TFLOPS",
    "PFLOPS",
    "GB",
    "TB",
    "MB",
    "W",
    "nm",
    "K",
    "OS",
    "UI",
    "UX",
    "B2B",
    "SaaS",
    "PaaS",
    "IaaS",
    "OEM",
    "ODM",
    "IP",
    "EUV",
    "CXL",
    "PCIe",
    "NVLink",
    "FP8",
    "FP4",
    "FP16",
    "INT8",
    "USD",
    "KRW",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "The",
    "And",
}
# events, conferences and awards are not entities of the six types
EVENTS = {
    "GTC",
    "Ignite",
    "Build",
    "re:Invent",
    "Invent",
    "Hot Chips",
    "Computex",
    "CES",
    "MWC",
    "I/O",
    "DAN",
    "Cloud Next",
    "Next",
    "Advancing AI",
    "ISCA",
    "ISSCC",
    "NeurIPS",
    "ICML",
    "SC",
    "Hot",
    "Chips",
    "핫칩스",
    "이그나이트",
    "빌드",
    "컴퓨텍스",
    "리인벤트",
    "TOP500",
    "MLPerf",
}
CHIP_CUES = {"칩", "GPU", "가속기", "NPU", "프로세서", "CPU", "반도체", "메모리", "D램", "칩셋", "SoC"}
PLATFORM_CUES = {"플랫폼", "서비스", "클라우드"}
PRODUCT_CUES = {"모델", "LLM", "언어모델", "챗봇", "슈퍼컴퓨터", "시스템", "서버"}
COMPANY_CUES = {"스타트업", "기업", "업체", "회사", "팹리스", "계열사", "자회사", "법인"}
PERSON_CUES = {"대표", "CEO", "회장", "사장", "부사장", "교수", "의장", "창업자", "최고경영자", "본부장", "부문장"}
COMPANY_SUFFIX = re.compile(
    r"(전자|반도체|테크|랩스|시스템즈|소프트|네트웍스|코리아|컴퍼니|그룹|모빌리티|바이오|로보틱스)$"
)
ORG_SUFFIX = re.compile(r"(연구소|연구원|대학교|대학|재단|협회)$")


SURNAME = "trendkg:surname"  # kb_id of a lone surname span, resolved per article
ENTITY_LABELS = {"Company", "Chip", "Platform", "Product", "ResearchOrg", "Person"}


def _first_tag(token_tag: str) -> str:
    return token_tag.split("+")[0]


def _glued(doc: Doc, i: int) -> bool:
    """Token i follows token i-1 with no space between them."""
    return i > 0 and not doc[i - 1].whitespace_


def _type_from_context(doc: Doc, start: int, end: int, text: str, default: str) -> str:
    nxt = doc[end].text if end < len(doc) else ""
    prev = doc[start - 1].text if start > 0 else ""
    if nxt in PERSON_CUES:
        return "Person"
    if ORG_SUFFIX.search(text):
        return "ResearchOrg"
    if COMPANY_SUFFIX.search(text) or prev in COMPANY_CUES:
        return "Company"
    if nxt in CHIP_CUES:
        return "Chip"
    if nxt in PLATFORM_CUES:
        return "Platform"
    if nxt in PRODUCT_CUES:
        return "Product"
    if nxt == "같" or (nxt in COMPANY_CUES):
        return "Company"
    return default


def _name_evidence(doc: Doc, i: int) -> bool:
    """A Kiwi proper noun is a name if Kiwi did not know it, or the context says so."""
    tok = doc[i]
    if Token.has_extension("oov") and tok._.oov:
        return True
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    prev = doc[i - 1].text if i > 0 else ""
    text = tok.text
    return bool(
        nxt in PERSON_CUES
        or prev in COMPANY_CUES
        or COMPANY_SUFFIX.search(text)
        or ORG_SUFFIX.search(text)
        or (nxt == "같" and i + 2 < len(doc) and doc[i + 2].text == "은")
    )


def _bare_acronym(doc: Doc, start: int, end: int, text: str) -> bool:
    """`TCP`, `SQL`, `TSV`: short all-caps words are terms unless a cue word types them."""
    if not re.fullmatch(r"[A-Z]{2,5}s?", text):
        return False
    nxt = doc[end].text if end < len(doc) else ""
    prev = doc[start - 1].text if start > 0 else ""
    return nxt not in CHIP_CUES | PLATFORM_CUES | PRODUCT_CUES | PERSON_CUES and prev not in COMPANY_CUES


def _latin_run(doc: Doc, i: int) -> int:
    """End of a Latin-script name starting at i (SL, then glued SL/SN/hyphen pieces)."""
    j = i + 1
    while (
        j < len(doc)
        and _glued(doc, j)
        and (_first_tag(doc[j].tag_) in ("SL", "SN", "SH") or doc[j].text in ("-", ".", "+"))
    ):
        j += 1
    # `Hot Chips`, `Gaudi 3`, `TPU v5p`: capitalised words or a version after one space
    while j + 0 < len(doc) and doc[j - 1].whitespace_ and j < len(doc) and re.fullmatch(r"[A-Z][A-Za-z]+", doc[j].text):
        j += 1
    if j < len(doc) and doc[j - 1].whitespace_ and re.fullmatch(r"v?\d+[a-z]?|[A-Z]\d*", doc[j].text):
        j += 1
    while j > i + 1 and doc[j - 1].text in ("-", ".", "+"):
        j -= 1
    return j


@Language.component("trendkg_ko_names")
def korean_names(doc: Doc) -> Doc:
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        tag = _first_tag(tok.tag_)
        if i in taken:
            i += 1
            continue
        end = None
        default = "Company"
        if tag == "NNP" and len(tok.text) > 1 and tok.text not in GENERIC_NAMES and _name_evidence(doc, i):
            end = i + 1
            while (
                end < len(doc)
                and end not in taken
                and _glued(doc, end)
                and _first_tag(doc[end].tag_) in ("SL", "SN", "NNP")
            ):
                end += 1
            if end > i + 1:
                default = "Product"
        elif tag == "SL" and re.search(r"[A-Z]", tok.text):
            end = _latin_run(doc, i)
            default = "Product" if any(c.isdigit() for c in doc[i:end].text) else "Company"
        if end is not None:
            text = doc[i:end].text
            first = text.split()[0]
            keep = (
                first not in GENERIC_NAMES and EVENTS.isdisjoint({first, text}) and not _bare_acronym(doc, i, end, text)
            )
            if keep and not any(k in taken for k in range(i, end)):
                found.append(Span(doc, i, end, label=_type_from_context(doc, i, end, text, default)))
            i = end
            continue
        i += 1
    found += _quoted(doc, taken)
    spans = filter_spans(list(doc.ents) + found)
    doc.ents = spans
    _link_parentheticals(doc)
    return doc


def _quoted(doc: Doc, taken: set[int]) -> list[Span]:
    """‘마음.AI’, “Solar”: a short name inside quotes, not a quoted sentence."""
    out: list[Span] = []
    for i, tok in enumerate(doc):
        if tok.text not in ("‘", "“", "'", '"'):
            continue
        for j in range(i + 2, min(i + 7, len(doc))):
            if doc[j].text in ("’", "”", "'", '"'):
                inner = doc[i + 1 : j]
                tags = {tag for t in inner for tag in t.tag_.split("+")}
                named = bool(tags & {"NNP", "SL", "SH"}) or any(t._.oov for t in inner if t.has_extension("oov"))
                if (
                    named
                    and len(inner.text) <= 20
                    and len(inner.text.split()) <= 2
                    and not re.search(r"[()]", inner.text)
                    and not tags & {"VV", "VA", "XSA", "XSV", "EF", "EC", "ETM", "JKS", "JKO", "JX"}
                    and not any(k in taken for k in range(i + 1, j))
                    and inner[0].text not in GENERIC_NAMES
                ):
                    out.append(Span(doc, i + 1, j, label=_type_from_context(doc, i + 1, j, inner.text, "Product")))
                break
    return out


def _link_parentheticals(doc: Doc) -> None:
    """`LONG(ACR)` / `한글명(Latin)`: the two spans name one entity; mint from the Latin."""
    ents = list(doc.ents)
    for n, (a, b) in enumerate(zip(ents, ents[1:], strict=False)):
        if not (b.start == a.end + 1 and doc[a.end].text == "(" and b.end < len(doc) and doc[b.end].text == ")"):
            continue
        if a.label_ not in ENTITY_LABELS or b.label_ not in ENTITY_LABELS:
            continue
        if a.ent_id_ and not b.ent_id_:
            ents[n + 1] = Span(doc, b.start, b.end, label=a.label_, span_id=a.ent_id_)
        elif b.ent_id_ and not a.ent_id_:
            ents[n] = Span(doc, a.start, a.end, label=b.label_, span_id=b.ent_id_)
        elif not a.ent_id_ and not b.ent_id_:
            latin = b.text if re.search(r"[A-Za-z]", b.text) else a.text
            ents[n] = Span(doc, a.start, a.end, label=a.label_, kb_id=latin)
            ents[n + 1] = Span(doc, b.start, b.end, label=a.label_, kb_id=latin)
    doc.ents = ents


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
        label = EN_TYPES[ent.label_]
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
    _link_parentheticals(doc)
    return doc
