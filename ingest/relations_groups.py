"""Relations stated about a group of names rather than by a verb and its arguments.

Rivalry: `SK하이닉스, 삼성전자, 마이크론의 HBM3E 공급 경쟁`, `Nvidia now considers AMD a real
competitor` — with a word of rivalry, every pair of same-kind names (organisations with
organisations, products with products) competes; a long list is a market overview and is
skipped. Partnership: `the partnership between Microsoft and OpenAI`, `네이버와 삼성전자의
업무협약` — with a word of partnership and exactly two organisations, they are partners."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Span

from ingest.extraction import Mention

RIVALRY_KO = {"경쟁", "맞수", "경쟁자", "경쟁사", "라이벌", "맞서", "대항마", "추격", "도전장", "맞붙"}
RIVALRY_EN = {"compete", "competitor", "competition", "rival", "rivalry", "challenger", "versus", "vs", "vs."}
KIND = {"Company": "org", "ResearchOrg": "org", "Chip": "thing", "Product": "thing", "Platform": "thing"}
MAX_PER_KIND = 4
PARTNERSHIP_KO = {"협력", "제휴", "파트너", "파트너십", "동맹", "협약", "업무협약", "손잡", "맞손", "협업"}
PARTNERSHIP_EN = {"partnership", "partner", "alliance", "collaboration", "relationship", "collaborate"}


def _has_word(doc: Doc, words: set[str]) -> bool:
    return any(t.lemma_.lower() in words or t.text.lower() in words for t in doc)


def _by_kind(mentions: list[tuple[Span, Mention]]) -> dict[str, dict[str, Mention]]:
    groups: dict[str, dict[str, Mention]] = {}
    for _, mention in mentions:
        kind = KIND.get(mention.type)
        if kind:
            groups.setdefault(kind, {}).setdefault(mention.iri, mention)
    return groups


def group_relations(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Mention, str, Mention, str]]:
    korean = doc.lang_ == "ko"
    groups = _by_kind(mentions)
    out: list[tuple[Mention, str, Mention, str]] = []
    if _has_word(doc, RIVALRY_KO if korean else RIVALRY_EN):
        for group in groups.values():
            if 2 <= len(group) <= MAX_PER_KIND:
                out.extend((a, "competesWith", b, "asserted") for a, b in combinations(group.values(), 2))
    orgs = list(groups.get("org", {}).values())
    if len(orgs) == 2 and _has_word(doc, PARTNERSHIP_KO if korean else PARTNERSHIP_EN):
        out.append((orgs[0], "partnersWith", orgs[1], "asserted"))
    return out
