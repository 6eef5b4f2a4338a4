"""Answer composition from ranked evidence: which sentence answers, and the span in it.

Each composer takes the question and the ranked evidence (best first, each with the
entities it mentions) and returns the answer line, the answer entities and the evidence
rows used, or None when the evidence holds nothing of the asked kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.extraction import AGENT_TYPES, ARTIFACT_TYPES
from kg.store import Row
from qa.attributes import measures_asked
from qa.eval_match import figures
from qa.question import Question
from qa.spans import dates_in, figures_in, format_date, name_positions, nearest

PERSON_TYPES = {"Person"}
LOOK_AT = 12  # sentences considered for a span, best first
SPAN_BONUS = 0.5  # ranking bonus of a sentence holding a span of the asked kind


def has_span(q: Question, row: Row) -> bool:
    """Does the sentence hold something of the kind the question asks for (a date, a figure)?"""
    text = str(row["text"])
    if q.kind == "date":
        date = row.get("date")
        return bool(dates_in(text, str(date)[:4] if date is not None else None))
    if q.kind == "figure" or q.compare:
        return bool(figures_in(text, q.text, strict=True, compare=q.compare))
    if q.kind == "source":  # the sentence states the figure the question quotes
        return bool(set(figures(q.text)) & set(figures(text)))
    return False


@dataclass
class Evidence:
    key: str
    row: Row
    score: float
    coverage: float  # share of the question's entities the sentence mentions
    dense: float
    entities: list[tuple[str, str]] = field(default_factory=list)  # (iri, type) in the sentence

    @property
    def text(self) -> str:
        return str(self.row["text"])

    @property
    def year(self) -> str | None:
        date = self.row.get("date")
        return str(date)[:4] if date is not None else None


Composed = tuple[str, list[str], list[Evidence]]


def compose_date(q: Question, ranked: list[Evidence]) -> Composed | None:
    """The date nearest the question's entities in the best sentence holding one."""
    for ev in ranked[:LOOK_AT]:
        found = [(at, d) for at, d in dates_in(ev.text, ev.year) if str(d[0]) not in q.years or d[1]]
        if found:
            best = nearest([at for at, _ in found], name_positions(ev.text, q.names))
            return format_date(found[best][1], q.lang), [], [ev]
    return None


def compose_figure(q: Question, ranked: list[Evidence]) -> Composed | None:
    used: list[Evidence] = []
    parts: list[str] = []
    wanted = {iri for iri, _ in ((m.iri, m.type) for m in q.entities)}
    units: set[str] | None = None  # a comparison compares like with like
    asked_things = {m.iri for m in q.entities if m.type in ARTIFACT_TYPES}
    for ev in ranked[:LOOK_AT]:
        if not measures_asked(q.text, ev.text):
            continue  # a figure about something else the entity has
        named = {iri for iri, _ in ev.entities}
        if not q.compare and asked_things and not asked_things & named and any(
            t in ARTIFACT_TYPES and iri not in wanted for iri, t in ev.entities
        ):
            continue  # `H100의 트랜지스터가 800억 개인 것과 비교하면`: another product's figure
        values = [
            v for v in figures_in(ev.text, q.text, strict=True, compare=q.compare) if units is None or v.unit in units
        ]
        if not values:
            continue
        if not q.compare:  # the figure nearest the entity asked about
            best = nearest([ev.text.find(v.raw) for v in values], name_positions(ev.text, q.names))
            values = values[best:] + values[:best]
        used.append(ev)
        units = units or {values[0].unit}
        parts += [v.raw for v in values if v.unit in units][: 3 if q.compare else 2]
        covered = {iri for e in used for iri, _ in e.entities}
        if not q.compare or wanted <= covered:
            break
    if not used:
        return None
    return ", ".join(dict.fromkeys(parts)), [], used


def compose_place(q: Question, ranked: list[Evidence], places: Callable[[str], list[str]]) -> Composed | None:
    """The place nearest the asked entity in the best sentence that names one."""
    for ev in ranked[:LOOK_AT]:
        found = places(ev.text)
        if found:
            best = nearest([ev.text.find(p) for p in found], name_positions(ev.text, q.names))
            return found[best], [], [ev]
    return None


def compose_entities(q: Question, ranked: list[Evidence], types: set[str] | None) -> Composed | None:
    """Entities of the wanted types in the best sentence that has any, not those asked about;
    of the class the question names (`어떤 칩`) first when the sentence has one."""
    asked = {m.iri for m in q.entities}
    for ev in ranked[:LOOK_AT]:
        found = [(iri, t) for iri, t in ev.entities if iri not in asked and (types is None or t in types)]
        if found:
            preferred = [iri for iri, t in found if t == q.entity_type] or [iri for iri, _ in found]
            return "", list(dict.fromkeys(preferred)), [ev]
    return None


OUTLET = re.compile(r"(매체|보도|곳|기관|출처|outlet|newspaper|paper|report|publication|firm|agency|source)", re.I)


def compose_source(q: Question, ranked: list[Evidence], claims: dict[str, list[Row]]) -> Composed | None:
    """Who made the claim the best sentence states, or the reference that backs it:
    `which outlet reported` wants the citation, `who said` the speaker."""
    asked = {m.iri for m in q.entities}
    wants_outlet = bool(OUTLET.search(q.text))
    for ev in ranked[:LOOK_AT]:
        for claim in claims.get(ev.key, []):
            speaker = claim.get("speaker")
            name, citation = claim.get("speakerName"), claim.get("citation")
            if speaker is not None and str(speaker) in asked:
                speaker = None
            people = [iri for iri, t in ev.entities if t == "Person" and iri not in asked]
            if wants_outlet and citation is not None:
                return str(citation), [str(speaker)] if speaker is not None else [], [ev]
            if speaker is not None:
                return "", [str(speaker)], [ev]
            if people:
                return "", people[:1], [ev]
            if name is not None or citation is not None:
                return str(name if name is not None else citation), [], [ev]
    return compose_entities(q, ranked, AGENT_TYPES)
