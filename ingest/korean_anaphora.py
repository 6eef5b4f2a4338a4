"""Korean noun phrases that point back to a product named before: `이 칩은`, `해당 모델을`.

`퓨리오사AI는 레니게이드를 공개했다. 이 칩은 HBM3를 쓴다`: Korean news refers to the product
of the previous sentence with a demonstrative and a class noun. The phrase stands for the
latest earlier product whose type fits the noun (a chip for `칩`, a product or platform for
`모델`, `서비스`), so every rule reads it as that name with the phrase's own particle. The
product a sentence is about (`MI300X는 …`) is also kept as the topic a next sentence may drop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ingest.extraction import ARTIFACT_TYPES, Mention
from ingest.korean_roles import OBJECT_PARTICLES, SUBJECT_PARTICLES, particle

CHIPS = {"Chip"}
SOFTWARE = {"Product", "Platform"}
CLASS_NOUNS: dict[str, set[str]] = {
    "칩": CHIPS,
    "반도체": CHIPS,
    "가속기": CHIPS,
    "프로세서": CHIPS,
    "GPU": CHIPS,
    "CPU": CHIPS,
    "NPU": CHIPS,
    "모델": SOFTWARE,
    "서비스": SOFTWARE,
    "챗봇": SOFTWARE,
    "기능": SOFTWARE,
    "비서": SOFTWARE,
    "플랫폼": SOFTWARE,
    "제품": {"Product", "Chip"},
    "시스템": {"Product", "Platform"},
    "PC": {"Product"},
    "노트북": {"Product"},
    "스마트폰": {"Product"},
    "기기": {"Product"},
    "서버": {"Product"},
    "슈퍼컴퓨터": {"Product"},
}
DEMONSTRATIVES = {"이", "그", "해당", "동"}
TOPIC_MARKS = {"은", "는", "이", "가"}


def _anaphors(doc: Doc) -> list[tuple[Span, set[str]]]:
    """`이 칩`, `해당 모델`: a demonstrative right before a class noun, with the types it may stand for."""
    out: list[tuple[Span, set[str]]] = []
    for tok in doc[1:]:
        if tok.text not in CLASS_NOUNS:
            continue
        before = doc[tok.i - 1]
        pointing = before.text in DEMONSTRATIVES and before.tag_.split("+")[0] in ("MM", "NNG", "NP")
        if pointing and tok.text in CLASS_NOUNS:
            out.append((doc[before.i : tok.i + 1], CLASS_NOUNS[tok.text]))
    return out


@dataclass
class KoreanAntecedents:
    """Reads one article's sentences in order; remembers the products the last one named."""

    things: list[Mention] = field(default_factory=list)
    topic: Mention | None = None  # the product the last sentence with a subject was about

    def resolve(self, doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """Each pointing phrase of the sentence paired with the product it stands for: one named
        earlier in the same sentence (`HBM3E 양산을 시작했고, 이 제품이`), else in the one before."""
        out: list[tuple[Span, Mention]] = []
        for span, types in _anaphors(doc):
            earlier = _salient(doc, [(s, m) for s, m in mentions if s.end <= span.start])
            thing = next((m for m in [*reversed(earlier), *self.things] if m.type in types), None)
            if thing is not None:
                out.append((span, thing))
        return out

    def remember(self, doc: Doc, mentions: list[tuple[Span, Mention]]) -> None:
        """Keep the products the sentence is about, if it names any."""
        named = _salient(doc, mentions)
        if named:
            self.things = named
        subject = next((m for span, m in mentions if particle(doc, span) in TOPIC_MARKS), None)
        if subject is not None:  # `MI300X는 …`: a product; `AMD는 …`: an organisation, so no product topic
            self.topic = subject if subject.type in ARTIFACT_TYPES else None


def _salient(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[Mention]:
    """Products named as subject or object: what a sentence is about, not what it mentions in passing."""
    named = [(span, m) for span, m in mentions if m.type in ARTIFACT_TYPES]
    return [m for span, m in named if particle(doc, span) in SUBJECT_PARTICLES | OBJECT_PARTICLES]
