"""Relations stated about a group of names rather than by a verb and its arguments.

Rivalry: `SK하이닉스, 삼성전자, 마이크론의 HBM3E 공급 경쟁`, `Nvidia now considers AMD a real
competitor` — with a word of rivalry, every pair of same-kind names (organisations with
organisations, products with products) competes; a long list is a market overview and is
skipped. Partnership: `the partnership between Microsoft and OpenAI`, `네이버와 삼성전자의
업무협약` — with a word of partnership and exactly two organisations, they are partners."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Span

from ingest.en_phrases import denied
from ingest.extraction import Mention

RIVALRY_KO = {"경쟁", "맞수", "경쟁자", "경쟁사", "라이벌", "맞서", "대항마", "추격", "도전장", "맞붙"}
RIVALRY_EN = {
    "compete", "competitor", "competition", "rival", "rivalry", "challenger", "versus", "vs", "vs.",
    "chase", "contest", "contender",
}
KIND = {"Company": "org", "ResearchOrg": "org", "Chip": "thing", "Product": "thing", "Platform": "thing"}
MAX_PER_KIND = 4
PARTNERSHIP_KO = {"협력", "제휴", "파트너", "파트너십", "동맹", "협약", "업무협약", "손잡", "맞손", "협업"}
PARTNERSHIP_EN = {"partnership", "partner", "alliance", "collaboration", "relationship", "collaborate"}


def _has_word(doc: Doc, words: set[str], names: set[int], named: bool = False) -> bool:
    """A word of the set, outside the names (`JPMorgan Chase`) and not denied (`is not a
    competitor`); with `named`, not one about an unnamed party (`sell it to a partner`)."""
    return any(
        (t.lemma_.lower() in words or t.text.lower() in words)
        and t.i not in names
        and not denied(t)
        and not (t.dep_ in ("attr", "dobj") and denied(t.head))
        and not (named and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children))
        for t in doc
    )


def _by_kind(mentions: list[tuple[Span, Mention]]) -> dict[str, dict[str, Mention]]:
    groups: dict[str, dict[str, Mention]] = {}
    for _, mention in mentions:
        kind = KIND.get(mention.type)
        if kind:
            groups.setdefault(kind, {}).setdefault(mention.iri, mention)
    return groups


def group_relations(
    doc: Doc, mentions: list[tuple[Span, Mention]], rivals_read: bool = False
) -> list[tuple[Mention, str, Mention, str]]:
    """`rivals_read`: the verb rules found who competes with whom in the sentence (`It competes
    with Meta's Llama 3 and Google's Gemma`, `키옥시아는 삼성전자, 마이크론 등과 경쟁한다`): the
    owners and the items, or the rivals listed, are no rivals of each other."""
    korean = doc.lang_ == "ko"
    groups = _by_kind(mentions)
    out: list[tuple[Mention, str, Mention, str]] = []
    names = {t.i for span, _ in mentions for t in span}
    rivalry = _has_word(doc, RIVALRY_KO if korean else RIVALRY_EN, names) and not rivals_read
    if rivalry and not _described_rival(doc, mentions):
        for group in groups.values():
            if 2 <= len(group) <= MAX_PER_KIND:
                out.extend((a, "competesWith", b, "asserted") for a, b in combinations(group.values(), 2))
    orgs = list(groups.get("org", {}).values())
    if len(orgs) == 2 and _has_word(doc, PARTNERSHIP_KO if korean else PARTNERSHIP_EN, names, named=True):
        out.append((orgs[0], "partnersWith", orgs[1], "asserted"))
    return out + comparisons(doc, mentions)


def _described_rival(doc: Doc, mentions: list[tuple[Span, Mention]]) -> bool:
    """`Micron, the American competitor, said …`: the rivalry word describes one name."""
    starts = {s.root.i for s, _ in mentions}
    named = {t.i for s, _ in mentions for t in s}
    return any(
        t.lemma_.lower() in RIVALRY_EN
        and ((t.dep_ == "appos" and t.head.i in starts) or (t.dep_ == "amod" and t.head.i not in named))
        for t in doc
    )  # `competing products` names no rival either


BEAT_EN = {"outperform", "beat", "surpass", "outpace", "outrun", "trail"}
AHEAD_EN = {("ahead", "of"), ("lead", "over"), ("edge", "over"), ("advantage", "over")}


def _ahead_of(before: Span) -> bool:
    """`ahead of` / `a lead over` / `an edge over` right before a name (a determiner may sit between)."""
    words = [t.lower_ for t in before if t.lower_ not in ("the", "a", "an", "its", "their")]
    return len(words) >= 2 and (words[-2], words[-1]) in AHEAD_EN


def comparisons(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Mention, str, Mention, str]]:
    """`TPU v4 was 1.7 times faster than Nvidia's A100`, `DBRX outperformed Llama 2 and
    Mixtral`, `H100이 MI300X보다 빠르다`: the two sides of a comparison compete."""
    by_token = {t.i: m for s, m in mentions for t in s}
    pairs: list[tuple[Mention, Mention]] = []
    for span, right in mentions:
        before = doc[max(0, span.start - 4) : span.start]
        after = doc[span.end : span.end + 3]
        korean_than = doc.lang_ == "ko" and any(t.text == "보다" for t in after[:2])
        english_than = doc.lang_ != "ko" and any(
            t.lower_ == "than" and t.i > 0 and (doc[t.i - 1].tag_ in ("JJR", "RBR") or doc[t.i - 1].lower_ == "more")
            for t in before
        )
        beater = next((t for t in before if t.lemma_.lower() in BEAT_EN and t.pos_ == "VERB"), None)
        if doc.lang_ == "ko":
            beater = None
        elif _ahead_of(before) and KIND.get(right.type):  # `ahead of TSMC`, `a lead over ChatGPT`
            same = [m for s, m in mentions if KIND.get(m.type) == KIND.get(right.type) and s.end <= span.start]
            if same and same[-1].iri != right.iri:
                pairs.append((same[-1], right))
            continue
        if (korean_than or english_than or beater is not None) and KIND.get(right.type) == "thing":
            things = [(s, m) for s, m in mentions if KIND.get(m.type) == "thing" and m.iri != right.iri]
            earlier = [m for s, m in things if s.end <= span.start]
            left = earlier[-1] if earlier else None
            if beater is not None:  # `DBRX outperformed X … and it beat Y`: the verb's subject, `it` the first
                subject = next((c for c in beater.children if c.dep_ == "nsubj"), None)
                named = by_token.get(subject.i) if subject is not None else None
                first = earlier[0] if earlier else None
                left = named if named is not None and KIND.get(named.type) == "thing" else first
            if left is not None:
                pairs.append((left, right))
                pairs += [(left, m) for m in _listed(doc, span, by_token) if KIND.get(m.type) == KIND.get(right.type)]
    return [(a, "competesWith", b, "asserted") for a, b in pairs if a.iri != b.iri]


def _listed(doc: Doc, span: Span, by_token: dict[int, Mention]) -> list[Mention]:
    """Names after `span` joined by commas, `and` or possessive makers (`Mistral AI's Mixtral`)."""
    out: list[Mention] = []
    i = span.end
    glue = (",", "and", "or", "'s", "’s", "\"", "“", "”")
    while i < len(doc) and (doc[i].text in glue or i in by_token or doc[i].text[:1].isdigit()):  # `Llama 2 70B`
        if i in by_token and by_token[i].type in ("Chip", "Product", "Platform") and by_token[i] not in out:
            out.append(by_token[i])
        i += 1
    return out
