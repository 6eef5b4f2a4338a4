"""Answer composition from ranked evidence: which sentence answers, and the span in it.

Each composer takes the question and the ranked evidence (best first, each with the
entities it mentions) and returns the answer line, the answer entities and the evidence
rows used, or None when the evidence holds nothing of the asked kind.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.extraction import AGENT_TYPES, ARTIFACT_TYPES, ORG_TYPES, Quantity
from ingest.values import find_values
from kg.store import Row
from qa.attributes import (
    measure_ends,
    measured_otherwise,
    measures_asked,
    measures_named,
    qualifiers,
    superseded,
)
from qa.eval_match import dates, figures, normalize
from qa.figures import in_language
from qa.intents import PERSON_NOUNS
from qa.question import YEAR, Question
from qa.reporting import reporting_subject, told_outlet
from qa.retrieval.lexicon import group_patterns
from qa.spans import counted, counted_by_another, dates_in, figures_in, name_positions, nearest, wanted_units

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
    context: set[str] = field(default_factory=set)  # entities of the sentences it leans on (hybrid.context_keys)

    @property
    def text(self) -> str:
        return str(self.row["text"])

    @property
    def year(self) -> str | None:
        date = self.row.get("date")
        return str(date)[:4] if date is not None else None


Composed = tuple[str, list[str], list[Evidence]]


MARKET = re.compile(r"\s*(?:market|시장)", re.I)  # `HBM market`: what is shared, not who holds it
TIME_PREDICATES = {"announced"}  # `출시때`, `at launch`: when the figure held, not a figure between two parties
MANY = re.compile(r"\b(?:sizes|versions|variants|each|all)\b|각각|모두|크기들|종류", re.I)  # asks for every figure


def compose_figure(q: Question, ranked: list[Evidence], names_of: Callable[[str], list[str]]) -> Composed | None:
    """The figure of the asked unit nearest the asked entity in the best sentence measuring
    what the question asks; for a comparison, figures of the same unit until every compared
    entity is covered, and a ratio (`twice`) only when no sentence gives the asked unit.
    `names_of` gives an entity's surface forms."""
    if q.compare and wanted_units(q.text):
        found = _figures(q, ranked, names_of, ratios=False)
        if found:
            return found
    quarters = quarters_in(q.text)
    if quarters and not q.compare:  # `fourth-quarter results`: not the sentence on the third quarter
        ranked = [ev for ev in ranked if quarters & (named := quarters_in(ev.text)) or not named]
    if q.years and not q.compare:  # `2027년 시장 규모`: not the sentence about 2024 only
        asked = set(q.years)
        dated = [ev for ev in ranked[:LOOK_AT] if asked & (told := _told_years(ev)) or not told]
        return _figures(q, dated, names_of, ratios=False)
    return _figures(q, ranked, names_of, ratios=q.compare)


QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|\bQ([1-4])\b|([1-4])\s*분기", re.I)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def quarters_in(text: str) -> set[int]:
    """The quarters a text names (`fourth-quarter`, `Q4`, `4분기`)."""
    found = QUARTER.finditer(text)
    return {ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2) or m.group(3)) for m in found}


def _years(text: str) -> set[str]:
    return set(YEAR.findall(text))


# years a sentence names relative to its article's date (`올해 상반기 매출`, `last year's revenue`)
RELATIVE_YEARS = ((re.compile(r"올해|금년|this year", re.I), 0), (re.compile(r"지난해|작년|last year", re.I), -1))


def _told_years(ev: Evidence) -> set[str]:
    """The years a sentence tells of: those it writes, and `올해`/`last year` read from its article's date."""
    years = _years(ev.text)
    if ev.year is not None and ev.year.isdigit():
        years |= {str(int(ev.year) + shift) for pattern, shift in RELATIVE_YEARS if pattern.search(ev.text)}
    return years


def _anchors(q: Question, text: str, names_of: Callable[[str], list[str]]) -> list[int]:
    """Where the figure asked about sits: by the year the question names, when the sentence
    names it among others (`2024년에는 671억 달러, 2027년에는 1,194억 달러`); else by the word
    qualifying what it measures (qa.attributes.qualifiers: `데이터센터 매출`); else by the
    question's entities, not counting a market it names (`Samsung's share of the HBM market`)."""
    years = [y for y in q.years if y in text]
    if years and len(_years(text)) > 1:  # the year tells figures apart only beside other years
        return name_positions(text, years)
    measured = measure_ends(q.text, text)
    if measured:  # `operating profit` -> the figure after `영업이익`, not revenue before it
        return measured
    qualified = name_positions(text, qualifiers(q.text, q.names))
    if qualified:  # `데이터센터 매출`: the figure beside 데이터센터, not the company's total
        return qualified
    holders = [m for m in q.entities if not MARKET.match(q.text[m.end :])]
    names = [n for m in holders for n in [m.text, *names_of(m.iri)]] if holders else q.names
    return name_positions(text, names)


def _figures(
    q: Question, ranked: list[Evidence], names_of: Callable[[str], list[str]], ratios: bool
) -> Composed | None:
    used: list[Evidence] = []
    parts: list[str] = []
    told: set[tuple[float, str]] = set()  # the figures given already, by value
    wanted = {iri for iri, _ in ((m.iri, m.type) for m in q.entities)}
    units: set[str] | None = None  # a comparison compares like with like
    asked_things = {m.iri for m in q.entities if m.type in ARTIFACT_TYPES}
    for ev in ranked[:LOOK_AT]:
        if not measures_asked(q.text, ev.text) or not measures_named(q.text, ev.text):
            continue  # a figure about something else the entity has
        # `애플이 오픈AI에 투자한 금액`: a figure between both parties, not about OpenAI alone; but a
        # figure of the measure asked (`주니퍼 주가`) belongs to the one party the sentence names
        between = q.predicate not in (None, *TIME_PREDICATES) and len(wanted) > 1 and not measure_ends(q.text, ev.text)
        if between and not q.compare and ev.coverage < 1.0:
            continue
        named = {iri for iri, _ in ev.entities}
        others = [iri for iri, t in ev.entities if t in ARTIFACT_TYPES and iri not in wanted]
        values = [
            v
            for v in figures_in(ev.text, q.text, strict=True, compare=ratios)
            if (units is None or v.unit in units) and not measured_otherwise(q.text, ev.text, v.raw)
        ]
        if not q.compare:  # a comparison may set the earlier value against the later
            values = [v for v in values if not superseded(q.text, ev.text, v.raw)] or values
        if not q.compare and asked_things and not asked_things & named and others:
            # `H100의 트랜지스터가 800억 개인 것과 비교하면`: another product's figure, unless the
            # sentence continues one about the asked thing and the figure's clause names no other
            # (`- 학습 데이터: 15조 개 이상의 토큰으로, 라마 2의 약 7배` under a `라마 3` lead-in)
            other_names = [n for iri in others for n in names_of(iri) if not _baseline(ev.text, n)]
            values = [v for v in values if asked_things & ev.context and not _clause_names(ev.text, v.raw, other_names)]
        if not values or (not q.compare and _another_subject(q, ev, names_of)):
            continue
        if not q.compare:  # the figure nearest the entity asked about
            counts = counted(ev.text, q.text)  # `유료 고객 몇 명`: not the `13 million users` beside the customers
            values = [v for v in values if not counted_by_another(ev.text, v.raw, counts)] or values
            best = nearest([ev.text.find(v.raw) for v in values], _anchors(q, ev.text, names_of))
            values = values[best:] + values[:best]
            exact = _told_exactly(values[0], [e for e in ranked[:LOOK_AT] if e is not ev])
            if exact:  # a headline's `7조 원` is the body's `7조 300억 원`
                values[0] = exact[0]
                used.append(exact[1])
        used.append(ev)
        units = units or {values[0].unit}
        limit = 3 if q.compare or MANY.search(q.text) else 2
        fresh = [v for v in values if v.unit in units and (v.amount, v.unit) not in told]  # `48TOPS` = `초당 48조 회`
        told |= {(v.amount, v.unit) for v in fresh[:limit]}
        parts += [in_language(v, q.lang) for v in fresh][:limit]
        covered = {iri for e in used for iri, _ in e.entities}
        if not q.compare or (wanted <= covered and len(set(parts)) > 1):
            break  # a comparison has two sides, even of one entity (`valuation in 2021 vs now`)
    if not used:
        return None
    return ", ".join(dict.fromkeys(parts)), [], used


def _told_exactly(value: Quantity, others: list[Evidence]) -> tuple[Quantity, Evidence] | None:
    """The same figure told with more digits by another of the best sentences: the nearest
    one that, rounded to the digits this one has, is this one (`7조 300억 원` for `7조 원`)."""
    digits = len(re.findall(r"\d", value.raw))
    told = [
        (other, ev)
        for ev in others
        for other in find_values(ev.text)
        if len(re.findall(r"\d", other.raw)) > digits and other.unit == value.unit and other.amount > 0
        and math.isclose(float(f"{other.amount:.{digits}g}"), value.amount, rel_tol=1e-9)
    ]  # fmt: skip
    return min(told, key=lambda t: abs(t[0].amount - value.amount)) if told else None


def _another_subject(q: Question, ev: Evidence, names_of: Callable[[str], list[str]]) -> bool:
    """The sentence opens on another organisation and names none the question asks about
    (`삼성전자는 … 영업이익 3조 8,600억 원` after a sentence on SK hynix): its figures are that one's."""
    asked = {m.iri for m in q.entities if m.type in ORG_TYPES}
    named = {iri for iri, _ in ev.entities}
    if not asked or asked & named:
        return False
    others = [iri for iri, t in ev.entities if t in ORG_TYPES]
    return any(ev.text.startswith(name) for iri in others for name in names_of(iri) if len(name) > 1)


CLAUSE_BREAK = re.compile(r"[,;:()]|(?:고|며|지만|는데|으나)\s")


BASELINE_AFTER = re.compile(r"^(?:\s*[^\s,.]{1,6}){0,2}?\s*(?:대비|보다|에 비해|과 비교|와 비교)")  # `HBM3 8단 대비`
BASELINE_BEFORE = re.compile(r"(?:\bthan|\bcompared (?:to|with)|\bversus|\bvs\.?|\bover)\s+(?:the\s+|its\s+)?$", re.I)


def _baseline(text: str, name: str) -> bool:
    """Is the name only what a figure is measured against (`HBM3 8단 대비 34% 빨라`, `faster
    than the H100`)? Its clause's figure is then the subject's."""
    lowered, key = text.lower(), name.lower()
    at = lowered.find(key)
    while at >= 0:
        if BASELINE_AFTER.match(text[at + len(name) :]) or BASELINE_BEFORE.search(text[:at]):
            return True
        at = lowered.find(key, at + 1)
    return False


def _clause_names(text: str, raw: str, names: list[str]) -> bool:
    """Does the clause holding the figure `raw` name any of `names`?"""
    at = text.find(raw)
    if at < 0:
        return False
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text[:at])]
    end = CLAUSE_BREAK.search(text, at + len(raw))
    clause = text[breaks[-1] if breaks else 0 : end.start() if end else len(text)].lower()
    return any(len(n) > 1 and n.lower() in clause for n in names)


def compose_place(q: Question, ranked: list[Evidence], places: Callable[[str], list[str]]) -> Composed | None:
    """The place nearest the asked entity in the best sentence that names one."""
    for ev in ranked[:LOOK_AT]:
        found = places(ev.text)
        if found:
            best = nearest([ev.text.find(p) for p in found], name_positions(ev.text, q.names))
            return found[best], [], [ev]
    return None


def compose_entities(
    q: Question, ranked: list[Evidence], types: set[str] | None, stated: frozenset[str] = frozenset()
) -> Composed | None:
    """Entities of the wanted types in the best sentence that has any, not those asked about
    nor those the question `stated` by name; of the class the question names (`어떤 칩`)
    first when the sentence has one."""
    asked = {m.iri for m in q.entities} | stated
    candidates = [
        (ev, [(iri, t) for iri, t in ev.entities if iri not in asked and (types is None or t in types)])
        for ev in ranked[:LOOK_AT]
    ]
    # `Which foundry makes ATOM?`: the best sentence naming a company, not the CEO in a better one
    typed = [(ev, [(iri, t) for iri, t in found if t == q.entity_type]) for ev, found in candidates]
    for ev, found in [c for c in typed if c[1]] or candidates:
        if found:
            return "", list(dict.fromkeys(iri for iri, _ in found)), [ev]
    return None


OUTLET = re.compile(r"(매체|보도|곳|기관|출처|outlet|newspaper|paper|report|publication|firm|agency|source)", re.I)
REPORTED = re.compile(r"(보도|전한|전했|\breport(ed|s)?\b|outlet|newspaper|publication)", re.I)
REPORT_REACH = 5
PERSON_ASKED = re.compile(r"(사람|누구|누가|\bwho\b)", re.I)


def compose_source(q: Question, ranked: list[Evidence], claims: dict[str, list[Row]]) -> Composed | None:
    """Who made the claim the best sentence states, or the outlet/reference that carries it:
    `which outlet reported` wants the outlet (`told ZDNET`, `The Information reported`, the
    citation), `who said` the speaker. A speaker that is the question's own entity is not
    an answer (`Who said China was 20% of Nvidia's revenue?` is not `Nvidia`)."""
    wants_outlet = bool(OUTLET.search(q.text))
    speakers = {m.iri for m in q.entities if m.type == "Person"}  # `펠드먼이 … 말한 매체`: his sentences first
    ordered = sorted(ranked[:LOOK_AT], key=lambda ev: not speakers <= {iri for iri, _ in ev.entities})
    if wants_outlet and REPORTED.search(q.text):  # `보도한 데`: a sentence naming who reported it, before a footnote
        words = group_patterns(q.text)  # `turned down` asked: the sentence saying `rejected` first
        told = [ev for ev in ordered[:REPORT_REACH] if told_outlet(ev.text) or REPORTED.search(ev.text)]
        for ev in sorted(told, key=lambda ev: -sum(bool(w.search(ev.text.lower())) for w in words)):
            found = _source_in(q, ev, claims.get(ev.key, []), wants_outlet, footnotes=False)
            if found:
                return found[0], found[1], [ev]
    for ev in ordered:
        found = _source_in(q, ev, claims.get(ev.key, []), wants_outlet)
        if found:
            return found[0], found[1], [ev]
    return compose_entities(q, ranked, AGENT_TYPES)


def _source_in(
    q: Question, ev: Evidence, claims: list[Row], wants_outlet: bool, footnotes: bool = True
) -> tuple[str, list[str]] | None:
    asked = {m.iri for m in q.entities}
    own = {normalize(n) for n in q.names}
    subject = reporting_subject(ev.text)
    subject = subject if subject and normalize(subject) not in own else None
    citations = [str(c["citation"]) for c in claims if c.get("citation") is not None]
    speakers = [str(c["speaker"]) for c in claims if c.get("speaker") is not None and str(c["speaker"]) not in asked]
    if wants_outlet:
        told = told_outlet(ev.text)
        outlet = told or subject
        if outlet and normalize(outlet) not in own:
            # `WSJ는 … 보도했다`: the reporting subject is the claim's speaker, an entity to name
            types = dict(ev.entities)
            named = [s for s in speakers if types.get(s) in ("Company", "ResearchOrg")] if told is None else []
            return outlet, named[:1]
        return (citations[0], []) if citations and footnotes else None
    people = [iri for iri, t in ev.entities if t == "Person" and iri not in asked]
    if people and PERSON_NOUNS.search(q.text) and not set(speakers) & set(people):
        return "", people[:1]  # `…라고 한 사람`: the person, not the firm the claim was credited to
    if speakers:
        return "", speakers[:1]
    if people and (subject is None or PERSON_ASKED.search(q.text)):
        return "", people[:1]
    if subject:
        return subject, []
    names = [str(c["speakerName"]) for c in claims if c.get("speakerName") is not None]
    names = [n for n in names if normalize(n) not in own]
    return (names[0], []) if names else None


CORROBORATING = 2  # other sentences stating the same answer, shown as evidence too


def corroborating(line: str, answers: list[str], used: list[Evidence], ranked: list[Evidence]) -> list[Evidence]:
    """Retrieved sentences, best first, that state the same answer as the one composed: its
    entities, or the figures/dates of its line (`13억 달러` = `$1.3 billion`) in either
    language. The reader sees every article that says it, not only the first."""
    taken = {ev.key for ev in used}
    line_figures, line_dates = set(figures(line)), set(dates(line))
    out: list[Evidence] = []
    for ev in ranked[:LOOK_AT]:
        if ev.key in taken or len(out) >= CORROBORATING:
            continue
        if answers:
            states = set(answers) <= {iri for iri, _ in ev.entities}
        elif line_dates:
            states = line_dates <= set(dates(ev.text))
        elif line_figures:
            states = line_figures <= set(figures(ev.text))
        else:
            states = len(normalize(line)) > 1 and normalize(line) in normalize(ev.text)
        if states:
            out.append(ev)
    return out
