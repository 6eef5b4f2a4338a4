"""Investors listed under a label, in either language: `- Lead: Accel`, `- New investors: A, B`,
`Returning investors: C`, `- 리드 투자자: A`, `신규 투자자: B, C`.

Explainers and press releases list a round's investors as labelled items under the sentence
that names the round; the items name no company and no verb, so the sentence rules find
nothing. The company is the one that raised money before the list (each language's funding
reader remembers it), and a lead-in ending in a colon (`The investors:`) keeps it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ingest.extraction import AGENT_TYPES, Mention

EN_LABEL = r"(?:lead|new|returning|existing|other|follow-on|strategic)?\s*(?:investors?|backers?|participants?)|lead"
KO_LABEL = r"(?:리드|주도|신규|기존|전략적|재무적|기타)?\s*(?:투자자|투자사|투자\s*기관|참여사)|리드"
LABEL = re.compile(rf"^\s*(?:[-•*·▪]\s*)?(?:{EN_LABEL}|{KO_LABEL})\s*[:：]", re.I)


def labelled_investors(text: str, mentions: list[tuple[Span, Mention]]) -> list[Mention] | None:
    """The people and organisations after an investor label, or None when the text is no such item."""
    label = LABEL.match(text)
    if label is None:
        return None
    named = [m for span, m in mentions if span.start_char >= label.end() and m.type in AGENT_TYPES]
    return list(dict.fromkeys(named))


def is_lead_in(text: str) -> bool:
    """`The investors:`, `투자자는 다음과 같다:` — a line introducing the items below it."""
    return text.rstrip().endswith((":", "："))
