"""What the pipeline found in one article: plain data, offsets into the article body."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from spacy.tokens import Doc

from ingest.references import Reference


@dataclass
class Sentence:
    """A sentence span of the body; `doc` is its analysis, whose character 0 sits at `base`."""

    index: int
    start: int
    end: int
    text: str
    footnote: int | None
    doc: Doc = field(repr=False, compare=False)
    base: int = 0


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    type: str
    iri: str
    sentence: int
    label: str  # preferred label for display (catalog label or the text itself)
    is_new: bool = False


ORG_TYPES = {"Company", "ResearchOrg"}
AGENT_TYPES = ORG_TYPES | {"Person"}  # who can make, say, invest, partner
ARTIFACT_TYPES = {"Chip", "Product", "Platform"}  # what is made, used, offered


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    sentence: int
    start: int
    end: int
    status: str = "asserted"


@dataclass(frozen=True)
class Quantity:
    amount: float
    unit: str
    raw: str


@dataclass(frozen=True)
class Claim:
    text: str
    start: int
    end: int
    sentence: int
    values: tuple[Quantity, ...]
    about: tuple[str, ...]
    attributed_to: str | None  # entity IRI
    attributed_name: str | None
    citation: int | None  # footnote number
    target_date: str | None
    is_forecast: bool


@dataclass
class Extraction:
    lang: str
    sentences: list[Sentence]
    mentions: list[Mention]
    relations: list[Relation]
    claims: list[Claim]
    references: list[Reference]

    def to_json(self) -> dict[str, object]:
        """The `trendkg extract --json` shape."""
        refs = {r.number: r for r in self.references}
        return {
            "lang": self.lang,
            "entities": [
                {"text": m.text, "start": m.start, "end": m.end, "type": m.type, "iri": m.iri}
                for m in self.mentions
            ],
            "relations": [
                {
                    "subject": r.subject,
                    "predicate": r.predicate,
                    "object": r.object,
                    "start": r.start,
                    "end": r.end,
                    "status": r.status,
                }
                for r in self.relations
            ],
            "claims": [
                {
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "attributed_to": c.attributed_to or c.attributed_name,
                    "citation": refs[c.citation].text if c.citation in refs else None,
                    "values": [asdict(v) for v in c.values],
                    "target_date": c.target_date,
                    "forecast": c.is_forecast,
                }
                for c in self.claims
            ],
            "references": [{"number": r.number, "text": r.text} for r in self.references],
        }
