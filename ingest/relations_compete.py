"""Competition stated about a group: `SK하이닉스, 삼성전자, 마이크론의 HBM3E 공급 경쟁`,
`Nvidia now considers AMD a real competitor`. When a sentence carries a word of rivalry,
every pair of same-kind names in it (organisations with organisations, products with
products) competes; a long list is a market overview, not a rivalry, and is skipped."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Span

from ingest.extraction import Mention

RIVALRY_KO = {"경쟁", "맞수", "경쟁자", "경쟁사", "라이벌", "맞서", "대항마", "추격", "도전장", "맞붙"}
RIVALRY_EN = {"compete", "competitor", "competition", "rival", "rivalry", "challenger", "versus", "vs", "vs."}
KIND = {"Company": "org", "ResearchOrg": "org", "Chip": "thing", "Product": "thing", "Platform": "thing"}
MAX_PER_KIND = 4


def competitors(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Mention, str, Mention, str]]:
    words = RIVALRY_KO if doc.lang_ == "ko" else RIVALRY_EN
    if not any(t.lemma_.lower() in words or t.text.lower() in words for t in doc):
        return []
    by_kind: dict[str, dict[str, Mention]] = {}
    for _, mention in mentions:
        kind = KIND.get(mention.type)
        if kind:
            by_kind.setdefault(kind, {}).setdefault(mention.iri, mention)
    out: list[tuple[Mention, str, Mention, str]] = []
    for group in by_kind.values():
        if 2 <= len(group) <= MAX_PER_KIND:
            for a, b in combinations(group.values(), 2):
                out.append((a, "competesWith", b, "asserted"))
    return out
