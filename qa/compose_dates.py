"""Date answers: the date of the asked event in the best sentence stating it.

`When did X announce Y` is answered from the sentence that states the event (its relation
word in either language, the names and figures the question gives), by the date nearest the
question's names; `처음`/`first` asks for the earliest of the best sentences' dates, and a
month is told to the day when another sentence stating the event gives it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.extraction import ORG_TYPES
from ingest.scripts import HANGUL
from qa.compose import LOOK_AT, Composed, Evidence
from qa.eval_match import figures
from qa.intents import EXACT_DAY, key_terms, relation_cue
from qa.question import Question
from qa.retrieval.lexicon import asked_events, asks_completion, lexicon_forms
from qa.spans import Date, dates_in, format_date, name_positions, nearest


def compose_date(q: Question, ranked: list[Evidence], entries: Mapping[str, Date] | None = None) -> Composed | None:
    """The date nearest the question's entities in the best sentence holding one; sentences
    stating the asked event (its relation word in either language, the model names and
    figures the question states) first, and for `날짜`/`what date` a date with its day first.
    A sentence with no date of its own under a timeline entry (`entries`, by sentence key:
    qa.timeline) holds its entry's date."""
    entries = entries or {}

    def dates_of(ev: Evidence) -> list[tuple[int, Date]]:
        own = dates_in(ev.text, ev.year)
        return own or ([(0, entries[ev.key])] if ev.key in entries else [])

    terms = key_terms(q.text, [m.text for m in q.entities])
    cue = relation_cue(q.predicate) if q.predicate else None
    exact = bool(EXACT_DAY.search(q.text))
    stated = {f for f in figures(q.text) if str(int(f)) not in q.years}  # `3나노 양산`: the 3 nm one
    translated = lexicon_forms(q.text)  # `정식 출시` -> `generally available`, in either language
    ahead = bool(EXPECTED.search(q.text))  # `when are they expecting to start`: the date looked ahead to

    def states_event(ev: Evidence) -> int:
        lowered = ev.text.lower()
        return (
            (ev.coverage == 1.0)
            + any(form in lowered for form in translated)
            + all(t.lower() in lowered for t in terms)
            + bool(cue is None or cue.search(lowered))
            + 2 * (stated <= set(figures(ev.text)))  # `3나노 양산`: the figure outweighs the event word
            + 2 * (not exact or any(d[2] for _, d in dates_of(ev)))  # `날짜`: the day decides
            + 3 * bool(looked_ahead[ev.key])  # the expectation outweighs a figure
            + (not ahead and not PLANNED.search(ev.text))  # `끝났어`: what happened, not a plan (`마무리할 계획`)
            + 3 * bool(closed_on[ev.key])  # `the deal closed in May 2012`: the closing's own date
        )

    events = asked_events(q.text)  # `언제 마무리됐나`: only a sentence telling the closing dates it
    closing = asks_completion(q.text)
    events += [closing] if closing is not None and closing not in events else []
    candidates = [ev for ev in ranked[:LOOK_AT] if all(e.search(ev.text.lower()) for e in events)]
    if closing is not None and not ahead:  # `when did X close`: a sentence telling it only as a plan dates nothing
        candidates = [ev for ev in candidates if not _only_planned(closing, ev.text)]
    if closing is not None and not ahead:  # `깃허브 인수는 언제 마무리됐어`: not another deal of the buyer
        candidates = [ev for ev in candidates if _names_the_parties(q, ev)]
    looked_ahead = {ev.key: _ahead(ev.text) if ahead else [] for ev in candidates}
    closed_on = {ev.key: _by_event(closing, ev) if closing is not None and not ahead else [] for ev in candidates}
    scores = {ev.key: states_event(ev) for ev in candidates}  # read once: sorting and ties ask again and again
    ordered = sorted(candidates, key=lambda ev: -scores[ev.key])
    if FIRST.search(q.text) and ordered:  # `처음 나온 날`: the earliest of the best sentences' dates
        best = scores[ordered[0].key]
        tied = [ev for ev in ordered if scores[ev.key] == best]
        tied.sort(key=lambda ev: _earliest(q, dates_of(ev), exact))
        ordered = tied + [ev for ev in ordered if scores[ev.key] < best]
    for ev in ordered:
        found = looked_ahead[ev.key] or closed_on[ev.key] or _dated(q, dates_of(ev), exact)
        if found:
            date = found[nearest([at for at, _ in found], name_positions(ev.text, q.names))][1]
            others = [e for e in ordered if e is not ev and (scores[e.key] == scores[ev.key] or closed_on[e.key])]
            finer = None if ahead else _finer(date, others)  # an expected date is no other event's
            if finer:
                return format_date(finer[0], q.lang), [], [finer[1], ev]
            return format_date(date, q.lang), [], [ev]
    return None


# a date looked ahead to: planned, expected, aimed at
EXPECTED = re.compile(
    r"\b(?:expect\w*|supposed to|scheduled|slated|plan(?:s|ned)? to|aim(?:s|ed)? to|target\w*|due to|by when|"
    r"will|going to)\b|예정|계획|목표|언제까지|예상|전망",
    re.I,
)
# a sentence telling a plan rather than what happened (`to target servers` tells no plan)
PLANNED = re.compile(
    r"\b(?:plan(?:s|ned)? to|was to|were to|expected to|scheduled to|slated to|aim(?:s|ed)? to|will)\b|계획|예정",
    re.I,
)
FIRST = re.compile(r"처음|최초|\b(?:first|initially|originally)\b", re.I)


def _only_planned(event: re.Pattern[str], text: str) -> bool:
    """Every mention of the event in the sentence has a word of planning or expecting next to it
    (`expects to complete`, `closing expected in`, `마무리할 계획`)."""
    spans = [m.span() for m in event.finditer(text.lower())]
    return bool(spans) and all(EXPECTED.search(text[max(0, a - PLAN_REACH) : b + PLAN_REACH]) for a, b in spans)


PLAN_REACH = 16  # characters either side of the event word


EVENT_REACH = 12  # characters between a closing word and its date (`closed in May 2012`, `2012년 마무리한`)


def _by_event(event: re.Pattern[str], ev: Evidence) -> list[tuple[int, Date]]:
    """The sentence's dates written right by the event word: those tell when it happened."""
    spans = [m.span() for m in event.finditer(ev.text.lower())]
    return [
        (at, d)
        for at, d in dates_in(ev.text, ev.year)
        if any(b <= at <= b + EVENT_REACH or 0 <= a - at <= EVENT_REACH + 10 for a, b in spans)
    ]


def _names_the_parties(q: Question, ev: Evidence) -> bool:
    """The sentence, or those it leans on, names every organisation the question names."""
    parties = {m.iri for m in q.entities if m.type in ORG_TYPES}
    return parties <= {iri for iri, _ in ev.entities} | ev.context


def _ahead(text: str) -> list[tuple[int, Date]]:
    """The dates after the sentence's first word of expectation (`expected to start in 2027`);
    in Korean, where the word closes the clause, the date right before it (`2026년 양산을 목표로`)."""
    cue = EXPECTED.search(text)
    if cue is None:
        return []
    if HANGUL.match(cue.group()):
        return [(at, d) for at, d in dates_in(text, None) if at < cue.start()][-1:]
    return [(at, d) for at, d in dates_in(text, None) if at > cue.start()]


def _earliest(q: Question, dates: list[tuple[int, Date]], exact: bool) -> tuple[int, int, int]:
    """The sentence's earliest date, as (year, month, day) with unknown parts 0; none sorts last."""
    return min(((d[0], d[1] or 0, d[2] or 0) for _, d in _dated(q, dates, exact)), default=(9999, 0, 0))


def _dated(q: Question, dates: list[tuple[int, Date]], exact: bool) -> list[tuple[int, Date]]:
    """The sentence's dates (`dates`) that can answer (a bare year the question names cannot),
    those with a day first when the question asks for the day."""
    found = [(at, d) for at, d in dates if str(d[0]) not in q.years or d[1]]
    return [f for f in found if f[1][2]] or found if exact else found


def _finer(date: Date, others: list[Evidence]) -> tuple[Date, Evidence] | None:
    """The same date told more exactly by another sentence stating the event as well
    (`September 2023` -> `- September 27, 2023: the company released …`)."""
    year, month, day = date
    if day:
        return None
    for ev in others:
        for _, (y, m, d) in dates_in(ev.text, ev.year):
            if y == year and m and (month is None or m == month) and (d or not month):
                return (y, m, d), ev
    return None
