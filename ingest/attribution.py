"""Who speaks in an article: the speaker carried from sentence to sentence, and the
`X:` label that names a source at the head of a sentence or list item. Shared by the
Korean and English attribution rules (ingest.attribution_ko, ingest.attribution_en)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ingest.extraction import AGENT_TYPES, Mention

PRONOUNS = {"she", "he", "it", "they", "company", "companies", "firm", "chipmaker", "group", "ceo", "executive"}


@dataclass
class Speaker:
    """Who spoke last in the article: the antecedent of `she`, `it`, a dropped subject."""

    mention: Mention | None = None
    topic: Mention | None = None  # the organisation the article was last about (set by the extractor)
    person: Mention | None = None  # the person last named as a subject
    lead: Mention | None = None  # who a list's lead-in (`as AMD presented them:`) names
    sentence: int = 0  # the sentence being read
    mention_at: int = -9  # the sentence the last speaker was named in

    def antecedent(self, word: str = "") -> Mention | None:
        """`she said` -> the last person; `the company said`, a dropped Korean subject -> the
        current topic, unless a person spoke in the sentence just before (`그러다 … 올렸다`);
        else the last speaker."""
        if word in ("she", "he"):
            return self.person or (self.mention if self.mention and self.mention.type == "Person" else None)
        if not word and self.mention and self.mention.type == "Person" and self.sentence - self.mention_at == 1:
            return self.mention
        return self.topic or self.mention


def leading_label(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    """`가트너: 2023년 534억 달러`, `AMD: from $150 billion …`."""
    for span, mention in mentions:
        if (
            span.start <= 1
            and span.end < len(doc)
            and doc[span.end].text == ":"
            and mention.type in AGENT_TYPES
            and not mention.is_new
        ):
            return mention
    return None
