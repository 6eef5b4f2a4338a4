"""Vocabulary and helpers shared by the Korean and English name finders."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

GENERIC_NAMES = {
    # Kiwi tags these as proper nouns; they are common words in tech writing
    "클라우드",
    "시리즈",  # `시리즈 D`: a funding round, not a company
    "낸드",  # NAND flash: a kind of memory
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
    "하이퍼스케일",
    # tech terms Kiwi knows as proper nouns
    "코어",
    "클러스터",
    "벤치마크",
    "스택",
    "인스턴스",
    "노드",
    "트래픽",
    "대역폭",
    "애플리케이션",
    "이더넷",
    "한국어",
    "영어",
    "스케일러",
    "하이퍼스케일러",
    "네오클라우드",
    "풀스택",
    "칩렛",
    "턴키",
    # business and engineering words Kiwi also reads as names
    "벤처캐피털",
    "벤처캐피탈",
    "사모펀드",
    "유니콘",
    "데카콘",
    "광네트워크",
    "노광장비",
    "호환성",
    "슈퍼사이클",
    "열설계전력",
    "연구개발",
    "자회사",
    "BF16",
    "Gb",
    "eSSD",
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
SURNAME = "trendkg:surname"  # kb_id of a lone surname span, resolved per article
ENTITY_LABELS = {"Company", "Chip", "Platform", "Product", "ResearchOrg", "Person"}


# Korean titles after a person's name; Kiwi splits 최고경영자 into 최고 + 경영자
KO_TITLES = {
    "CEO", "CTO", "CFO", "대표", "회장", "사장", "부사장", "전무", "상무", "교수", "의장", "최고경영자", "애널리스트",
    "연구원", "부문장", "본부장", "창업자", "관계자", "대변인", "측", "임원", "책임자", "최고", "경영자", "기술책임자",
    "재무책임자", "총괄", "이사", "수석", "재무", "운영",
}  # fmt: skip


# nouns for what a firm publishes: `UBS 분석에 따르면`, `IDC 자료를 보면`, `가트너의 보고서는`
KO_SOURCE_NOUNS = {"분석", "보고서", "리포트", "자료", "조사", "집계", "발표", "추정", "추산", "보도", "통계", "전망"}


def title_end(doc: Doc, i: int) -> int:
    """Index after the title words starting at i and a parenthetical after them:
    `최고경영자(CEO)`, `대표`, `부사장`; i itself when no title starts there."""
    j = i
    while j < len(doc) and doc[j].text in KO_TITLES:
        j += 1
    if j > i and j < len(doc) and doc[j].text == "(":
        close = next((t.i for t in doc[j : j + 4] if t.text == ")"), None)
        j = close + 1 if close is not None else j
    return j


NOT_PERSON_TITLES = {"측", "관계자", "연구원", "이사", "임원"}  # `삼성 측`, `엔비디아 관계자`: the organisation speaks


def person_cue(doc: Doc, i: int) -> bool:
    """A person's title starts at token i: `대표`, `최고경영자(CEO)` (Kiwi: 최고 + 경영자)."""
    return i < len(doc) and doc[i].text not in NOT_PERSON_TITLES and title_end(doc, i) > i


def first_tag(token_tag: str) -> str:
    return token_tag.split("+")[0]


VARIANT = "trendkg:variant"  # ent_id of an extended span: not a catalog id, a new name


def _catalog_id(span: Span) -> str:
    return span.ent_id_ if span.ent_id_ != VARIANT else ""


def set_names(doc: Doc, spans: list[Span], new: list[Span]) -> None:
    """The doc's entities: the longest of overlapping spans. A new name found over a shorter
    catalog name (`루미나리` over `루미`, `Einstein Copilot` over `Copilot`) leaves the catalog
    id of its tokens behind."""
    chosen = filter_spans(spans)
    doc.ents = chosen
    fresh = {id(span) for span in new}
    for span in chosen:
        if id(span) in fresh:
            for token in span:
                token.ent_id = 0


RENAMED = {"현", "구", "옛", "now", "formerly"}  # `도시바메모리(현 키옥시아)`, `Toshiba Memory (now Kioxia)`


def _defines_short(doc: Doc, i: int) -> bool:
    """`(Nuance Communications, 이하 뉘앙스)`: the gloss ends where the short name it defines begins."""
    return doc[i].text in (",", "，") and i + 1 < len(doc) and doc[i + 1].text == "이하"


ACRONYM = re.compile(r"[A-Z]{2,6}")
JOINERS = {"of", "and", "&", "the", "for", "de"}


def initials(words: Iterable[str]) -> str:
    """`Metro-Goldwyn-Mayer` -> `MGM`: the capitals starting each word or hyphened part."""
    return "".join(part[0] for word in words for part in word.split("-") if part and part[0].isupper())


def spells(acronym: str, name: str) -> bool:
    """`MGM` spells `Metro-Goldwyn-Mayer`, `BofA` does not spell `Bank of America` (small words skipped)."""
    words = [w for w in name.split() if w.lower() not in JOINERS]
    return bool(ACRONYM.fullmatch(acronym)) and initials(words) == acronym


def link_parentheticals(doc: Doc) -> None:
    """`LONG(ACR)` / `한글명(Latin)` / `옛 이름(현 새 이름)`: the two spans name one entity; mint
    from the Latin."""
    ents = list(doc.ents)
    for n, (a, b) in enumerate(zip(ents, ents[1:], strict=False)):
        renamed = b.start == a.end + 2 and doc[a.end + 1].text in RENAMED
        if not (doc[a.end].text == "(" and (b.start == a.end + 1 or renamed)):
            continue
        if not (b.end < len(doc) and (doc[b.end].text == ")" or _defines_short(doc, b.end))):
            continue
        if a.label_ not in ENTITY_LABELS or b.label_ not in ENTITY_LABELS:
            continue
        a_id, b_id = _catalog_id(a), _catalog_id(b)
        if a_id and b_id and a_id != b_id and re.search(r"[A-Za-z]", b.text) and not re.search(r"[A-Za-z]", a.text):
            ents[n] = Span(doc, a.start, a.end, label=b.label_, span_id=b_id)  # `그록(Grok)`: the gloss says which
        elif a_id and not b_id:
            ents[n + 1] = Span(doc, b.start, b.end, label=a.label_, span_id=a_id)
        elif b_id and not a_id:
            ents[n] = Span(doc, a.start, a.end, label=b.label_, span_id=b_id)
        elif not a_id and not b_id:
            latin = b.text if re.search(r"[A-Za-z]", b.text) or renamed else a.text  # the current name
            if spells(b.text, a.text):
                latin = a.text  # `Metro-Goldwyn-Mayer (MGM)`: the English name, not its acronym
            name = b.kb_id_ if b.ent_id_ == VARIANT else latin  # `아이패드 에어(iPad Air)`: the edition's name
            label = b.label_ if b.ent_id_ == VARIANT else a.label_
            ents[n] = Span(doc, a.start, a.end, label=label, kb_id=name)
            ents[n + 1] = Span(doc, b.start, b.end, label=label, kb_id=name, span_id=b.ent_id_)
    doc.ents = ents
